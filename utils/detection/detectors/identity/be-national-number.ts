import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Belgian national register number (numéro de registre national, rijksregisternummer, NISS): the
 * birth date as YY.MM.DD, a 3-digit serial, and a 2-digit check (`85.11.22-284.45`). A département on
 * the border deals with Belgian cross-border workers and families. The check is 97 minus the first
 * nine digits modulo 97, with a 2 before them for people born from 2000. Reported only next to a
 * word that names it: eleven digits with a valid check are also other references.
 *
 * Source: Arrêté royal du 8 février 1991 (Registre national des personnes physiques), SPF Intérieur.
 * Examples are fictitious: their checks are computed.
 */
const checkHolds = (value: string): boolean => {
  const digits = value.replace(/\D/g, '');
  const check = Number(digits.slice(9));
  const base = digits.slice(0, 9);
  return 97 - (Number(base) % 97) === check || 97 - (Number(`2${base}`) % 97) === check;
};

export default defineDetector({
  id: 'be-national-number',
  type: 'ID_DOCUMENT',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  pattern: /\d(?<![\p{L}\p{N}.-]\d)\d\.?[01]\d\.?[0-3]\d[- ]?\d{3}\.?\d\d(?![\p{L}\p{N}]|[.-]\d)/gu,
  baseScore: 0.85,
  keywords: phraseList('registre national|numero national|n° national|rijksregister|rijksregisternummer|niss|insz|carte d\'identite belge|belge'),
  requiresContext: true,
  prefilter: phraseList('national|rijksregister|niss|insz|belge'),
  priority: 65,
  validate: (value) => checkHolds(value),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['Numéro de registre national : 85.11.22-284.45, né le 22/11/1985', 'NISS 78051415333', 'frontalier belge, registre national 78.05.14-153.33'],
  noMatch: ['registre national 85.11.22-284.46', 'commande 85.11.22-284.45', 'registre national 85.13.22-284.45'],
};
