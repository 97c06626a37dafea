import { IBAN_LENGTHS, ibanIsValid } from '../../checksums/iban';
import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * International Bank Account Number (ISO 13616): country code, 2 check digits, national BBAN.
 * Printed in groups of 4 (`FR76 3000 4001 2300 0123 4567 843`), also typed solid, in lower case,
 * with hyphens, or dictated in pairs (`FR 76 10 27 …`). Check: the country's registry length, ISO 7064 MOD 97-10 (check digits 02–98), and
 * for FR/MC (and the French overseas codes) the RIB key of the embedded BBAN as well, so a forged
 * IBAN whose check digits were recomputed is still caught.
 *
 * The pattern is generated from the length table: one branch per length, each of exactly that many
 * characters, so a candidate never swallows the word that follows (`… 843 merci`, `… 8741 ALL CAPS`)
 * and two IBANs in a row are two candidates.
 *
 * Source: https://www.swift.com/standards/data-standards/iban-international-bank-account-number
 * Examples are fictitious or public test values.
 */
const SEPARATOR = '[ .\\-]?';

const lengthBranches = (): string => {
  const byLength = new Map<number, string[]>();
  for (const [country, length] of Object.entries(IBAN_LENGTHS)) {
    byLength.set(length, [...(byLength.get(length) ?? []), country]);
  }
  return [...byLength]
    .sort(([a], [b]) => b - a)
    .map(([length, countries]) => `(?:${countries.join('|')})(?<![\\p{L}\\p{N}][\\s\\S]{2}) ?\\d{2}(?:${SEPARATOR}[0-9A-Z]){${length - 4}}`)
    .join('|');
};

export default defineDetector({
  id: 'iban',
  type: 'IBAN',
  // `i`: lower-case IBANs are pasted too; there is no \p{Lu} here, so `i` is safe.
  // Each branch checks the left boundary after its country code: a pattern that starts with a
  // look-behind is tried at every position of the text. The look-ahead is for V8 compiled without
  // its search optimisations (see _name-things.ts's lineNamesPlant): it then tried the 18 branches at
  // every position, 247 ms on the 1 MB document of bench (b), 10 ms with it. Optimised: 3 -> 5 ms in Node 20,
  // 28-34 -> 27-30 ms in Chromium 150.
  pattern: new RegExp(`(?=[a-z][a-z] ?\\d)(?:${lengthBranches()})(?![\\p{L}\\p{N}])`, 'giu'),
  baseScore: 0.95,
  keywords: phraseList('iban|rib|bic|virement|compte|compte bancaire|coordonnees bancaires|prelevement'),
  priority: 90,
  validate: (raw) => {
    const compact = raw.replace(/[ .-]/g, '');
    // Letters of the BBAN are all upper case or all lower case: `LV80 bANK…` is not an IBAN.
    const bban = compact.slice(4);
    if (/[a-z]/.test(bban) && /[A-Z]/.test(bban)) return false;
    return ibanIsValid(compact.toUpperCase());
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'IBAN : FR76 3000 4001 2300 0123 4567 843',
    'Virement sur FR98 1010 7001 750A 1234 5678 924 avant vendredi',
    'iban fr7617515900000412345678958 merci',
    'DE89 3704 0044 0532 0130 00',
    'AL47212110090000000235698741 ALL CAPS',
    'IBAN FR 76 30 00 40 01 23 00 01 23 45 67 843 point',
  ],
  noMatch: [
    'FR76 3000 4001 2300 0123 4567 844',
    'FR49 3000 4001 2300 0123 4567 844',
    'FR76 3000 4001 2300 0123 4567 84',
    'DE89 3704 0044 0532 0130 01',
    'LV80 bANK 0000 4351 9500 1',
    'XX89 3704 0044 0532 0130 00',
  ],
};
