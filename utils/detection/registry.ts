import contact from './detectors/contact';
import finance from './detectors/finance';
import identity from './detectors/identity';
import secrets from './detectors/secrets';
import sensitive from './detectors/sensitive';
import type { Detector } from './types';

/**
 * Every built-in detector. Each family folder's `index.ts` lists its detectors, one file each;
 * adding a detector is one file plus its lines there (see "Adding a detector" in README.md).
 */
export const DETECTORS: readonly Detector[] = [...secrets, ...finance, ...identity, ...contact, ...sensitive];

export const DETECTOR_IDS: readonly string[] = DETECTORS.map((detector) => detector.id);

/** Old detector ids still accepted in IT policies after a rename (refined-github's feature-renames). */
export const RENAMED_DETECTORS: Readonly<Record<string, string>> = {};

export const getDetector = (id: string): Detector | undefined => DETECTORS.find((detector) => detector.id === (RENAMED_DETECTORS[id] ?? id));
