import { defineDetector } from '../../define-detector';
import type { Detector, DetectorSpec } from '../../types';

/**
 * Declares a detector of the secrets family. Every one of them finds a SECRET, critical as its type
 * is (a leaked credential opens a system to whoever reads it), so a declaration holds the rest only:
 * written once here rather than in each of the family's declarations, since the engine ships in
 * every AI page.
 */
export function defineSecret(spec: Omit<DetectorSpec, 'type' | 'severity'>): Detector {
  return defineDetector({ ...spec, type: 'SECRET' });
}
