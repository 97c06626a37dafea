import { defineSecret } from './_define-secret';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * A password written in a sentence about a password, without a label and a colon before it:
 * `son mot de passe a été réinitialisé en Tr4nsp0rt#2026`, `le nouveau que m'a donné le support
 * Automne#2025`, `il m'a donné son mot de passe au téléphone (Autun.2026!)`.
 * password-assignment.ts reads the labelled forms (`mot de passe : …`).
 *
 * Check: a word of 8 to 32 characters made of letters, digits and symbols, with at least one of
 * each, the symbol one that passwords take and ordinary words do not (`!#$%&*+?^~`), within 80
 * characters after a password word (`mot de passe`, `mdp`, `password`, `identifiant`, `login`, `SSID`).
 * Not reported: e-mail addresses, URLs and paths (their `@`, `:`, `/` are outside the word), words
 * without a digit or without a symbol (`Soleil2024`, a version `v2.4.1`), a spreadsheet's number in
 * scientific notation (`2,87046E+12`).
 * Source: shared/reference/detectors.md §8.9 (passwords given in clear). Examples are synthetic.
 */

// The pattern starts at the word's first symbol, which prose seldom holds, and `candidateStart` goes back
// to the word's start: a pattern that may start at any letter is tried at every position (100 µs per 4 KB prompt).
// A symbol alone between blanks (`stp ?`, `+ 3`) starts no candidate.
const PATTERN = /[!#$%&*+?^~](?:(?<=[A-Za-z0-9].)|(?=[A-Za-z0-9]))[A-Za-z0-9!#$%&*+.?^~_-]*(?![A-Za-z0-9!#$%&*+.?^~_@/:-])/g;
const WORD_CHAR = /[A-Za-z0-9!#$%&*+.?^~_-]/;

/**
 * Where the word holding the symbol at `anchor` starts, or -1 when it is part of an address, a path
 * or a query string (`?user=agt05877&password=…`: password-assignment reads its value), or a
 * reference (`#INC-2025-18842`).
 */
const wordStart = (text: string, anchor: RegExpExecArray, minStart: number): number => {
  let start = anchor.index;
  while (start > minStart && WORD_CHAR.test(text[start - 1])) start--;
  return /[@/:=]/.test(text[start - 1] ?? '') || text[anchor.index + anchor[0].length] === '=' || text[start] === '#' ? -1 : start;
};

export default defineSecret({
  id: 'password-in-prose',
  pattern: PATTERN,
  prefilter: phraseList('de passe|mdp|password|passwd|pwd|identifiant|login|ssid'),
  keywords: phraseList('mot de passe|mots de passe|mdp|password|passwd|pwd|identifiant|identifiants|login|ssid'),
  requiresContext: true,
  contextWindow: { before: 80, after: 0 },
  candidateStart: wordStart,
  baseScore: 0.8,
  priority: 95,
  // A spreadsheet's number in scientific notation (`2,87046E+12`) has the three too.
  validate: (value) => value.length >= 8 && value.length <= 32 && /\d/.test(value) && /[A-Za-z]/.test(value) && !/^\d+E\+\d+$/.test(value),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Nous avons réinitialisé son mot de passe en Tr4nsp0rt#2026 mais l’erreur persiste.',
    'le mot de passe avait été changé le 15/09 en Automne2025! (retrouvé en clair)',
    "il m'a donné son mot de passe au téléphone (Autun.2026!), je lui ai dit de le changer",
    'SSID DEP49-GUEST, clé Gu3st-Juil26!xZ',
  ],
  noMatch: [
    'le mot de passe doit faire 12 caractères avec un chiffre',
    'mot de passe oublié pour nathalie.dupont@example.fr',
    'mot de passe changé sur https://portail.example.fr/compte?id=2025',
    'mot de passe Soleil2024 trop simple',
    'mot de passe expiré depuis la version 2.4.1-rc',
    'Le colis n° AB12#4567 est arrivé',
    'Nom Prénom NIR Clé\nFONTAINE Lucie 2,87046E+12 83',
    'Identifiant du poste : PC-0412. Ticket #INC-2025-18842 ouvert',
    '"GET /login?user=agt05877&password=… HTTP/1.1" 302 (mot de passe en clair dans le journal)',
  ],
};
