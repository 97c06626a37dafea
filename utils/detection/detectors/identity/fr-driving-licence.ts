import { defineDetector, withoutSeparators } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Old French driving licence number (pink paper licence, before 2013, valid until 2033) and the
 * NEPH (numéro d'enregistrement préfectoral harmonisé, 12 digits, kept for life and printed on the
 * new card): 12 digits, e.g. `120775300123`, sometimes grouped.
 * No checksum and a common shape, so a context word is required ("permis de conduire", "NEPH"…),
 * and building or hunting permits ("permis de construire", "permis de chasser"…) are excluded.
 * The new card number has the passport shape (fr-passport).
 *
 * Source: https://ants.gouv.fr (France Titres, issuer of driving licences)
 * Examples are fictitious or public test values.
 */
export default defineDetector({
  id: 'fr-driving-licence',
  type: 'ID_DOCUMENT',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  // The look-ahead, implied by the rest of the pattern, is cheaper than the look-behind: it goes first.
  pattern: /\d(?=[ .\-]?\d)(?<!(?:[\p{L}\p{N}]|\d[ .\-])\d)(?:[ .\-]?\d){11}(?![\p{L}\p{N}]|[ .\-]\d)/gu,
  baseScore: 0.7,
  keywords: phraseList('permis de conduire|permis|n° de permis|numero de permis|neph'),
  requiresContext: true,
  negativeKeywords: phraseList(
    "permis de construire|permis de demolir|permis d'amenager|permis de lotir|permis de chasser",
    'permis de chasse|permis de feu|permis de sejour|permis de travail|permis de peche',
  ),
  prefilter: ['permis', 'neph'],
  priority: 65,
  normalize: withoutSeparators,
  validate: (digits) => !/^(\d)\1{11}$/.test(digits),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['n° de permis : 120775300123', 'NEPH 123456789012', 'permis de conduire n° 850690100234'],
  noMatch: ['120775300123', 'permis de construire n° 075112230004', 'n° de permis : 12077530012', 'NEPH 000000000000'],
};
