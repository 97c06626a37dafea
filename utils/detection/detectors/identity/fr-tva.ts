import { frVatIsValid } from '../../checksums/tva';
import { defineDetector, withoutSeparators } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * French intra-community VAT number (numéro de TVA intracommunautaire): `FR` + 2-character key +
 * SIREN, e.g. `FR 40 303 265 045`, `FRK7399859412` (new-style alphabetic key).
 * Check: SIREN Luhn (not for Monaco numbers) and the key, numeric `(12 + 3 × (SIREN mod 97)) mod 97`
 * or alphabetic (checksums/tva.ts). Without the `FR` prefix (`N° TVA : 40 303 265 045`) a context
 * word (TVA, VAT, intracommunautaire) is required.
 *
 * Source: https://ec.europa.eu/taxation_customs/vies/ (EU VAT number validation service)
 * Examples are fictitious or public test values.
 */
export default defineDetector({
  id: 'fr-tva',
  type: 'COMPANY_ID',
  pattern:
    /(?:[Ff][Rr][ .\-]?)?[0-9A-HJ-NP-Za-hj-np-z]{2}[ .\-]?\d{3}[ .\-]?\d{3}[ .\-]?\d{3}(?![\p{L}\p{N}]|[ .\-]\d)/gu,
  baseScore: 0.85,
  keywords: phraseList('tva|vat|intracommunautaire|intracom|tva intracommunautaire|numero de tva|n° tva'),
  priority: 80,
  normalize: (raw) => withoutSeparators(raw).toUpperCase(),
  validate: (value, context) => {
    // Start boundary checked here rather than by a leading lookbehind: a lookbehind evaluated at
    // every letter of the text made this pattern the slowest of the family.
    if (context.start > 0 && /[\p{L}\p{N}]/u.test(context.text[context.start - 1])) return false;
    const prefixed = value.length === 13 && value.startsWith('FR');
    // Without the prefix a context word is needed, and `FR` + SIREN is not a key + SIREN.
    if (!prefixed && (!context.hasContext || value.startsWith('FR'))) return false;
    return frVatIsValid(prefixed ? value.slice(2) : value);
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['FR 40 303 265 045', 'FR44732829320', 'Fr11 123 456 782', 'FRK7399859412', 'N° TVA intracommunautaire : 40 303 265 045'],
  noMatch: ['FR 84 323 140 391', 'FR4073282932', 'FRIO334175221', '40 303 265 045', 'TVA : FR 123 456 782'],
};
