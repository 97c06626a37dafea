import { defineSecret } from './_define-secret';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * BitLocker recovery keys: eight groups of six digits joined by hyphens, as Windows prints them and as
 * a helpdesk pastes them from the directory (`Clé de récupération : 466895-217492-…`). Whoever holds
 * one unlocks the disk of a lost or stolen laptop.
 * Check: every group is 11 times a 16-bit number (a multiple of 11 below 720,896), which a run of
 * random groups passes less than once in 11⁸ (214 million).
 * Source: Microsoft Learn, "BitLocker recovery overview" (the 48-digit recovery password).
 * Examples are synthetic.
 */
export default defineSecret({
  id: 'bitlocker-recovery-key',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  pattern: /\d(?<![\d-]\d)\d{5}(?:-\d{6}){7}(?![\d-])/g,
  keywords: phraseList('bitlocker|recovery'),
  validate: (value) => value.split('-').every((group) => +group % 11 === 0 && +group < 720896),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Clé de récupération BitLocker du PC-DIE-0412 : 466895-217492-569250-069608-104434-135707-527241-083622',
    '309540-054054-123915-625218-602910-100716-346984-130779',
    'Recovery key: 612062-085217-178486-321860-089188-571923-071489-318747 (ID 6E1F…)',
  ],
  noMatch: [
    // One group is no multiple of 11.
    '466895-217492-569250-069608-104434-135707-527241-083623',
    // Seven groups only.
    '309540-054054-123915-625218-602910-100716-346984',
    // 727,287 is 11 × 66,117: more than 16 bits.
    '727287-085217-178486-321860-089188-571923-071489-318747',
  ],
};
