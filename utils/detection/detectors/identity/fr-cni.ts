import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Number of the French national identity card (carte nationale d'identité), two formats:
 * - old laminated card (1988–2021, valid until 2031): 12 characters `YYMM` (issue year and month)
 *   + 3-character office code (`750`, `2A1`, `GVA`) + 5-digit serial, e.g. `150375012345`;
 * - new card (CNIe, since August 2021): 9 characters A–Z/0–9 with at least one digit, e.g. `X4RTBPFW4`.
 * The number itself has no check digit (it lives in the MRZ, see mrz.ts), so a context word is
 * required ("carte d'identité", "CNI", "pièce d'identité"…). Nine digits alone are more likely a
 * SIREN: they get a lower score.
 *
 * Source: https://ants.gouv.fr (France Titres, issuer of identity documents)
 * Examples are fictitious or public test values.
 */
export default defineDetector({
  id: 'fr-cni',
  type: 'ID_DOCUMENT',
  // The left boundary is checked after the first character, and "at least one digit among the
  // nine" after the nine characters (`(?<![A-Z]{9})`): a pattern that starts with a look-around is
  // tried at every position of the text.
  // `(?=[A-Z0-9]{8})` is implied by both forms and rules out most capitals before the look-behind.
  // The old format may be printed in its groups (`1906 122 02187`: month, département, number).
  pattern: /[A-Z0-9](?=[A-Z0-9]{8}|\d{3} )(?<![\p{L}\p{N}][A-Z0-9])(?:(?<=\d)\d(?:0[1-9]|1[0-2])(?:[0-9A-Z]{3}| [0-9A-Z]{3} )\d{5}|[A-Z0-9]{8}(?<![A-Z]{9}))(?![\p{L}\p{N}])/gu,
  baseScore: 0.75,
  keywords: phraseList(
    "carte d'identite|carte nationale d'identite|carte identite|carte d identite|cni|cnie|carte nationale d identite",
    "piece d'identite|titre d'identite|n° de carte d'identite",
    // The bilingual fields of the card (`N° du document / Document No : T7KX3R9P2`).
    "n° du document|document no|id card|identity card",
  ),
  requiresContext: true,
  prefilter: ['identite', 'cni', 'du document', 'document no', 'id card', 'identity card'],
  priority: 70,
  validate: (value) => {
    if (value.length >= 12) return true;
    // New format: a mix of letters and digits is typical; nine digits could be a SIREN.
    return /[A-Z]/.test(value) ? true : 0.5;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'CNI n° 150375012345',
    "carte d'identité 880692310285",
    "Pièce d'identité : CNI 21032A112345",
    'CNI n° X4RTBPFW4',
    "numéro de la carte nationale d'identité : 4FK27RZ93",
    // A form typed without the apostrophe.
    'Piece presentee : carte nationale d identite n° T7KX42PM9',
    'CNI n° 1906 122 02187',
  ],
  noMatch: ['Facture 150375012345', 'CNI n° 151375012345', 'CNI n° 15037501234', 'CNI numérique', 'CNI n° X4RTBPFW', 'Référence X4RTBPFW4'],
};
