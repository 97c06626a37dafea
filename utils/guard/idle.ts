export type IdleDeadline = { timeRemaining(): number };
export type IdleWindow = Pick<Window, 'setTimeout'> & { requestIdleCallback?: (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number };

/** Runs `work` when the page is idle, within `timeoutMs` at the latest (a short timer where idle callbacks do not exist). */
export function whenIdle(win: IdleWindow, work: (deadline: IdleDeadline) => void, timeoutMs = 1_000): void {
  if (win.requestIdleCallback) win.requestIdleCallback(work, { timeout: timeoutMs });
  else win.setTimeout(() => work({ timeRemaining: () => 0 }), 50);
}

/**
 * Tasks kept until the page is idle, in order. The owner runs `flush` when the page goes away
 * (`pagehide`), so that nothing queued is lost with the tab.
 */
export class IdleQueue {
  private readonly pending: Array<() => void> = [];

  constructor(private readonly win: IdleWindow) {}

  push(task: () => void): void {
    if (this.pending.push(task) === 1) whenIdle(this.win, () => this.flush());
  }

  flush(): void {
    for (const task of this.pending.splice(0)) task();
  }
}
