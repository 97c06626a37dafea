import { nirIsValid } from '../../checksums/nir';
import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * NIR, the French social security number (numéro d'inscription au répertoire, "numéro INSEE"), and
 * the NIA (temporary number of people born abroad, first digit 7/8, same layout and key).
 * Format `S AA MM DD CCC OOO KK` (15 characters): sex, year, month (01–12 or the pseudo-months
 * 20–42 and 50–99), département (01–99, 2A/2B for Corsica, 97x/98x overseas with a 2-digit
 * commune, 99 abroad with a country code), commune, order, key. Typed solid, grouped by spaces,
 * dots or hyphens in any position (`1 78 12 974 11 123 66`), or with the key apart (`… 034 clé 49`,
 * `… 034 - 49`, `… 034 / 49`, `… 034 (49)`).
 * A candidate may be followed by another number (`… 034 49 12 rue …`): the key is strong enough.
 * Check: structure (checksums/nir.ts), then key = 97 − (N mod 97) with 2A → 19, 2B → 18.
 *
 * Source: https://xml.insee.fr/schema/2004/nir.html (INSEE NIR schema, decree 82-103)
 * Examples are fictitious or public test values.
 */
export default defineDetector({
  id: 'fr-nir',
  type: 'NIR',
  pattern:
    /[1-478](?<!(?:[\p{L}\p{N}]|\d[ .\-])[1-478])(?:[ .\-]?\d){4}[ .\-]?(?:\d[ .\-]?\d|2[ABab])(?:[ .\-]?\d){6}(?:(?:[ .\-]?\d){2}|[ ]{0,2}\(?(?:[Cc]l[ée]|CL[EÉ])[ ]?:?[ ]?\d{2}\)?|[ ]{0,2}[-/][ ]{0,2}(?:(?:[Cc]l[ée]|CL[EÉ])[ ]?:?[ ]?)?\d{2}|[ ]{0,2}\(\d{2}\))(?![\p{L}\p{N}])/gu,
  baseScore: 0.95,
  keywords: phraseList(
    'securite sociale|secu|nir|nss|nia|insee|carte vitale|vitale|ins|matricule|n° ss|immatriculation',
    'assure|assuree',
  ),
  priority: 90,
  normalize: (raw) => raw.replace(/\(?(?:cl[ée]|CL[EÉ]|Cl[ée])[ ]?:?|[ .\-()/]/g, '').toUpperCase(),
  validate: (nir) => nirIsValid(nir),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    '1 85 05 75 112 034 49',
    'NIR : 2 92 11 2A 004 012 64',
    '178129741112366',
    '1 78 12 974 11 123 66',
    '2.01.03.99.350.007.08',
    'NIA 7 90 06 99 109 123 37',
    'n° SS 1850575112034 clé 49',
    'DUPONT 185057511203449 12 rue des Lilas',
    'NIR : 1 85 05 75 112 034 - 49',
    'NIR : 1 85 05 75 112 034 / clé 49',
    'NIR 1 85 05 75 112 034 (49)',
  ],
  noMatch: [
    '1 85 05 75 112 034 48',
    '1 85 05 75 112 034 4',
    '2 92 11 2C 004 012 64',
    '1 85 13 75 112 034 80',
    '9 90 06 99 109 123 37',
    '1 85 05 75 112 034 - 48',
  ],
};
