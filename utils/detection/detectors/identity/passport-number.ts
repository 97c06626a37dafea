import { defineDetector } from '../../define-detector';
import type { DetectorExamples, ValidationResult } from '../../types';
import { codeAt } from '../../char-codes';

/**
 * A passport number of any country, right after the word that names it (`passport EK1234567`,
 * `passeport n° C01X00T47`, `Passport No: 123456789`): the département's agents deal with foreign
 * nationals (unaccompanied minors, asylum, residence permits), whose passports have other shapes
 * than the French one (fr-passport.ts finds that one anywhere).
 * A nationality or a remark may come between the word and its `n°` (`passeport marocain n° …`,
 * `Passeport ukrainien (biométrique) n° …`, `passport (no. …`), or without it before letters and
 * digits (`passeport afghan P05512846`).
 * Further on the line, the `n°` must be there and the number must hold a letter (`passeport guinéen
 * obtenu au consulat (n° R03315628)`, `PASSEPORT / PASSPORT  Type P  Code GIN  N° R02874196`).
 * The number is 6 to 9 letters and digits, with two digits at least, its letters all in upper case
 * or all in lower case (typed fast: `passport ek1234567`); all digits, it
 * has 8 or 9 (US, Canada…). The word right before it is what makes it a passport number: `passeport
 * talent` (a French residence permit) has no digit, `passeport 2024` is too short.
 * Examples are fictitious.
 */
const PATTERN = /[Pp](?:ass(?:e)?port|asaporte|ASS(?:E)?PORT|ASAPORTE)(?: [a-zà-ÿ]{4,14} ([A-Z]{1,3}\d{6,8})|(?:(?: [a-zà-ÿ]{4,14})?(?: \([^()\n]{1,24}\))? \(?(?:n[°o]\.?|N[°O]\.?|no\.?|No\.?|number|numéro|numero|nr\.?))? ?:? ?([A-Z0-9]{6,9}|[a-z0-9]{6,9})|[^\n]{1,40}?[ (][Nn]° ?(?=\d{0,8}[A-Z])([A-Z0-9]{6,9}))(?![\p{L}\p{N}])/gu;

const validate = (value: string, number: string): ValidationResult => {
  let digits = 0;
  for (let i = 0; i < number.length; i++) if (codeAt(number, i) <= 57) digits++;
  if (digits < 2) return false;
  if (digits === number.length && number.length < 8) return false;
  return { score: 0.85, start: value.length - number.length, end: value.length };
};

export default defineDetector({
  id: 'passport-number',
  type: 'ID_DOCUMENT',
  pattern: PATTERN,
  baseScore: 0.85,
  // Below fr-passport (70), which scores a French number found here the same way.
  priority: 65,
  validate: (value, { groups }) => validate(value, groups[1] ?? groups[2] ?? groups[3] ?? ''),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Mrs. Anna Kowalska, Polish citizen, passport EK1234567, requests asylum.',
    'passeport n° C01X00T47 (Allemagne)',
    'Passport No: 123456789',
    'PASSEPORT : AB1234567',
    'son passport ek1234567 expire en mars',
    'Passeport ukrainien (biométrique) n° FT482913 – valide',
    'His passport (no. A02748193, issued in Dakar)',
    'passeport bangladais au nom de HOSEN Sk Arif, n° EB0912457, valide',
    'Pasaporte No. : PE0487213',
    'née le 02/08/1990, passeport afghan P05512846, tél +92 300 555 0187',
  ],
  noMatch: ['passeport talent pour chercheur', 'passeport 2024', 'passport 123456', 'passeport biométrique', 'passport ABCDEFG1', 'Le passeport ADOS est gratuit', 'passport Ek1234567', 'le passeport marocain 2024'],
};
