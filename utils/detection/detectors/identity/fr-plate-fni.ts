import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Old French licence plate (FNI system, 1950–2009), still seen on older vehicles and documents:
 * 1–4 digits, 1–3 letters, département (`01`–`95`, `2A`, `2B`, `971`–`976`), e.g. `123 ABC 75`.
 * No checksum and an ambiguous shape, so a context word is required (immatriculation, plaque,
 * véhicule, voiture, carte grise).
 *
 * Source: https://ants.gouv.fr (France Titres, vehicle registration)
 * Examples are fictitious or public test values.
 */
export default defineDetector({
  id: 'fr-plate-fni',
  type: 'LICENSE_PLATE',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  // A road's reference point is no plate (`RD 916 PR 12+300`).
  pattern: /\d(?<![\p{L}\p{N}/]\d)\d{0,3}[ -]?[A-Z]{1,3}[ -]?(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?![\p{L}\p{N}]|\+\d|\/\d)/gu,
  baseScore: 0.65,
  keywords: phraseList(
    'immatriculation|immatricule|immatriculee|immat|plaque|vehicule|voiture|carte grise',
    "certificat d'immatriculation",
  ),
  requiresContext: true,
  prefilter: phraseList('immat|plaque|vehicule|voiture|carte grise'),
  priority: 50,
  // A time written in capitals (`LE 10/03 A 6H40`).
  validate: (plate) => !/^\d\d?H[0-5]\d$/.test(plate),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['immatriculé 123 ABC 75', 'plaque 4567 XY 2A', 'véhicule 12 AB 974', "WHERE v.immat IN ('4127 VK 42')"],
  noMatch: ['123 ABC 75', 'plaque 12345 AB 75', 'plaque 123 ABCD 75', 'véhicule : pneu 225/45 R17 à changer', 'Véhicule de service accidenté, RD 916 PR 12+300', 'INTERVENTION LE 10/03 A 6H40. VEHICULE ENDOMMAGE'],
};
