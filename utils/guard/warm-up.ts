import { warmUpSteps } from '@/utils/detection/warm-up';
import { type IdleDeadline, type IdleWindow, whenIdle } from './idle';

/**
 * Prepares the detection engine while the page is idle, so that the agent's first Enter does not
 * pay for compiling it (see utils/detection/warm-up.ts). One detector at a time, so the page never
 * freezes for the whole warm-up. Warming up is an optimisation: a failing step is skipped.
 */
export function warmUpWhenIdle(win: IdleWindow = window): void {
  const steps = warmUpSteps();
  const work = (deadline: IdleDeadline) => {
    do {
      const step = steps.shift();
      try {
        step?.();
      } catch {
        // The real checks compile what they need themselves.
      }
    } while (steps.length > 0 && deadline.timeRemaining() > 5);
    if (steps.length > 0) whenIdle(win, work);
  };
  whenIdle(win, work);
}
