import { defineDetector } from '../../define-detector';
import type { Detector, DetectorSpec } from '../../types';

/**
 * Below the identifiers and the categories: where a name's span overlaps a number or a term, that
 * finding is kept. The family's detectors share it, so that the longer or surer of two readings of
 * the same name wins (see the engine's ranking).
 */
const NAME_PRIORITY = 30;

/**
 * Declares a detector of the person-name family: it finds a PERSON_NAME, at the family's priority
 * unless it states its own. Written once here rather than in each declaration, since the engine
 * ships in every AI page.
 */
export const defineName = (spec: Omit<DetectorSpec, 'type'>): Detector => defineDetector({ priority: NAME_PRIORITY, ...spec, type: 'PERSON_NAME' });
