import { warmUpSteps } from '@/utils/detection/warm-up';

type IdleDeadline = { timeRemaining(): number };
type IdleWindow = Window & { requestIdleCallback?: (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number };

/**
 * Prepares the detection engine while the page is idle, so that the agent's first Enter does not
 * pay for compiling it (see utils/detection/warm-up.ts). One detector at a time, so the page never
 * freezes for the whole warm-up. Warming up is an optimisation: a failing step is skipped.
 */
export function warmUpWhenIdle(win: IdleWindow = window): void {
  const steps = warmUpSteps();
  const schedule = (run: (deadline: IdleDeadline) => void) => {
    if (win.requestIdleCallback) win.requestIdleCallback(run, { timeout: 1_000 });
    else setTimeout(() => run({ timeRemaining: () => 0 }), 50);
  };
  const work = (deadline: IdleDeadline) => {
    do {
      const step = steps.shift();
      try {
        step?.();
      } catch {
        // The real checks compile what they need themselves.
      }
    } while (steps.length > 0 && deadline.timeRemaining() > 5);
    if (steps.length > 0) schedule(work);
  };
  schedule(work);
}
