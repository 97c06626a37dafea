import { describe, expect, it, vi } from 'vitest';
import { IdleQueue, type IdleWindow, whenIdle } from '@/utils/guard/idle';

function idleWindow() {
  const callbacks: Array<() => void> = [];
  const win: IdleWindow = {
    setTimeout: vi.fn() as unknown as Window['setTimeout'],
    requestIdleCallback: vi.fn((callback: (deadline: { timeRemaining(): number }) => void) => callbacks.push(() => callback({ timeRemaining: () => 10 }))),
  };
  return { win, idle: () => callbacks.splice(0).forEach((run) => run()) };
}

describe('IdleQueue', () => {
  it('runs nothing until the page is idle, then every task in order', () => {
    const { win, idle } = idleWindow();
    const queue = new IdleQueue(win);
    const ran: number[] = [];
    queue.push(() => ran.push(1));
    queue.push(() => ran.push(2));
    expect(ran).toEqual([]);
    expect(win.requestIdleCallback).toHaveBeenCalledTimes(1);
    idle();
    expect(ran).toEqual([1, 2]);
    queue.push(() => ran.push(3));
    expect(win.requestIdleCallback).toHaveBeenCalledTimes(2);
    idle();
    expect(ran).toEqual([1, 2, 3]);
  });

  it('runs what waits at once on flush (the page going away), and only once', () => {
    const { win, idle } = idleWindow();
    const queue = new IdleQueue(win);
    const task = vi.fn();
    queue.push(task);
    queue.flush();
    expect(task).toHaveBeenCalledTimes(1);
    idle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('falls back to a short timer where idle callbacks do not exist (older Firefox)', () => {
    const timers: Array<() => void> = [];
    const win: IdleWindow = { setTimeout: ((run: () => void) => timers.push(run)) as unknown as Window['setTimeout'] };
    const work = vi.fn();
    whenIdle(win, work);
    expect(work).not.toHaveBeenCalled();
    timers[0]();
    expect(work).toHaveBeenCalledTimes(1);
  });
});
