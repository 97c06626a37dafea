import { ribKeyIsValid } from '../../checksums/rib';
import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * French RIB (relevé d'identité bancaire, the French BBAN) pasted on its own: code banque (5 digits),
 * code guichet (5 digits), numéro de compte (11 letters/digits), clé RIB (2 digits), often as
 * `30004 00123 00012345678 43` or as the four cells of a table row.
 * Check: the RIB key, `97 − ((89 × banque + 15 × guichet + 3 × compte) mod 97)`, letters converted
 * with the RIB table (see checksums/rib.ts); bank code 00000 does not exist.
 * Reported as IBAN: it is the same account.
 *
 * Source: https://fr.wikipedia.org/wiki/Relev%C3%A9_d%27identit%C3%A9_bancaire (no public CFONB text online)
 * Examples are fictitious or public test values.
 */
export default defineDetector({
  id: 'fr-rib',
  type: 'IBAN',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  pattern: /\d(?<![\p{L}\p{N}]\d)\d{4}[ .\-\t]?\d{5}[ .\-\t]?[0-9A-Za-z]{11}[ .\-\t]?\d{2}(?![\p{L}\p{N}])/gu,
  baseScore: 0.85,
  keywords: phraseList('rib|code banque|code guichet|n° de compte|numero de compte|cle rib|bic|iban|compte|banque'),
  priority: 85,
  normalize: (raw) => raw.replace(/[ .\-\t]/g, '').toUpperCase(),
  validate: (bban) => !bban.startsWith('00000') && ribKeyIsValid(bban),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['30004 00123 00012345678 43', 'RIB : 20041 01005 0500013M026 06', 'code banque 30002 00550 0000157845Z 02 à la CAF', '30004\t00123\t00012345678\t43'],
  noMatch: ['30004 00123 00012345678 44', '30004 00123 0001234567 43', '3000400123000123456784', '00000 00000 00000000000 97'],
};
