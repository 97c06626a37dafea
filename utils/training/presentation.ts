/**
 * Presentation mode: the scenarios shown one step at a time on a projector. Pure state logic,
 * tested without a browser (tests/unit/training/presentation.test.ts).
 */

/** The steps of one scenario, in the order a trainer tells it. */
export const PRESENTATION_STEPS = ['prompt', 'detection', 'explanation', 'rewrite'] as const;
export type PresentationStep = (typeof PRESENTATION_STEPS)[number];

export interface PresentationPosition {
  readonly scenario: number;
  readonly step: number;
}

export type PresentationMove = 'next' | 'previous' | 'first' | 'last';

/**
 * What a key does. Projector remotes send PageDown/PageUp (some send ArrowRight/ArrowLeft or
 * Space); Home/End jump to the start or the end. Space with Shift goes back, as in slide software.
 */
export function presentationMoveFor(key: string, shiftKey = false): PresentationMove | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case 'Enter':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The position after a move; stays put at either end (a remote's extra press must not wrap around). */
export function movePresentation(position: PresentationPosition, move: PresentationMove, scenarioCount: number): PresentationPosition {
  const steps = PRESENTATION_STEPS.length;
  const total = Math.max(0, scenarioCount) * steps;
  if (total === 0) return { scenario: 0, step: 0 };
  const flat = Math.min(Math.max(position.scenario * steps + position.step, 0), total - 1);
  const target = move === 'first' ? 0 : move === 'last' ? total - 1 : move === 'next' ? Math.min(flat + 1, total - 1) : Math.max(flat - 1, 0);
  return { scenario: Math.floor(target / steps), step: target % steps };
}

/** 1-based number of the slide and the total, for the step counter. */
export function slideNumber(position: PresentationPosition, scenarioCount: number): { current: number; total: number } {
  return { current: position.scenario * PRESENTATION_STEPS.length + position.step + 1, total: scenarioCount * PRESENTATION_STEPS.length };
}
