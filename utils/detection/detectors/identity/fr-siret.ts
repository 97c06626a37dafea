import { luhnIsValid } from '../../checksums/luhn';
import { defineDetector, withoutSeparators } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { codeAt } from '../../char-codes';

/**
 * SIRET, the 14-digit number of a French establishment: SIREN (9) + NIC (5), usually
 * `732 829 320 00074`, sometimes with dots or other groupings.
 * Check: the 14 digits and the SIREN pass Luhn; La Poste's establishments (SIREN 356000000, except
 * the head office 35600000000048) instead have a digit sum that is a multiple of 5.
 * Severity info (legal person); context words raise the score.
 *
 * Source: https://xml.insee.fr/schema/2004/siret.html (INSEE SIREN/NIC/SIRET schema)
 * Examples are fictitious or public test values.
 */
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

export const siretIsValid = (siret: string): boolean => {
  if (!/^\d{14}$/.test(siret) || /^(\d)\1{13}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE) {
    let sum = 0;
    for (let i = 0; i < 14; i++) sum += codeAt(siret, i) - 48;
    return sum % 5 === 0;
  }
  return luhnIsValid(siret) && luhnIsValid(siret.slice(0, 9));
};

export default defineDetector({
  id: 'fr-siret',
  type: 'COMPANY_ID',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  // The look-ahead, implied by the rest of the pattern, is cheaper than the look-behind: it goes first.
  pattern: /\d(?=[ .\-]?\d)(?<!(?:[\p{L}\p{N}]|\d[ .\-])\d)(?:[ .\-]?\d){13}(?![\p{L}\p{N}]|[ .\-]\d)/gu,
  baseScore: 0.7,
  keywords: phraseList('siret|siren|etablissement|rcs|societe|entreprise|fournisseur|prestataire|nic'),
  priority: 80,
  normalize: withoutSeparators,
  validate: (siret) => siretIsValid(siret),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['SIRET 732 829 320 00074', '12345678200010', 'La Poste, SIRET 356 000 000 00015'],
  noMatch: ['73282932000079', '35600000000011', '7328293200007', '00000000000000'],
};
