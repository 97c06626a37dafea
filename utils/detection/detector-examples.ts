import { examplesById as contact } from './detectors/contact';
import { examplesById as finance } from './detectors/finance';
import { examplesById as identity } from './detectors/identity';
import { examplesById as secrets } from './detectors/secrets';
import { examplesById as sensitive } from './detectors/sensitive';
import type { DetectorExamples } from './types';

/**
 * Every built-in detector's examples, by detector id: the registry test runs them, and
 * `npm run compare-engine` scans them. They live next to their detector, in its file, but outside
 * the detector object, so that nothing the engine imports reaches them and the bundlers leave them
 * out of the extension (about 20 KB of text that every AI page would otherwise load). Each family's
 * `examplesById` is a function: bundlers drop it when unused, where an object built from
 * `detector.id` reads (which may have side effects, as far as they know) would be kept.
 */
export const DETECTOR_EXAMPLES: Readonly<Record<string, DetectorExamples>> = { ...secrets(), ...finance(), ...identity(), ...contact(), ...sensitive() };
