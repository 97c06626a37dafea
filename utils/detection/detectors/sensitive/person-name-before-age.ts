import { defineName } from './_define-name';
import { foldName } from '../../fold';
import type { DetectorExamples } from '../../types';
import { isNotANameWord, isPlainFirstName } from './_name-words';
import { matchStartBefore } from '../../text-window';

/**
 * A child's name typed in lower case before its age, its class or its birth, as field notes typed
 * fast give them: `2 enfants perrin, lucas 9a et maelys 4a`, `la mere de yasmine (3eA)`, `aux
 * parents de dylan roux 4eC`, `clara v. 4eD`, `la pesee de lina nee le 14/02/2026`. Capitalised names
 * are person-name's. In lower case, a word is a name here only when it is a first name of the list
 * that is no common word (not `rose 3a`), optionally followed by a surname or an initial, right
 * before the age (`9a`, `6 ans`), the class (`5eB`) or `né le` and a date.
 */

// Matched from the age's or class's first digit, the word before checked behind it: a pattern that
// starts with letters would be tried at every word of the text.
const PATTERN = /\d(?<=\p{Ll}\.? (?:\(|n[ée]e? le )?\d)\d?(?: ?ans|a|e(?:me)?[A-D]|(?<=le \d\d?)\/\d\d?\/\d{2,4})(?![\p{L}\p{N}])/gu;
/** Up to three words in lower case right before the age (and its `(` or `né le`): first name, then surname or initial. */
const WORDS_BEFORE = /(?:(?<![\p{L}\p{N}'-])(?:\p{Ll}[\p{Ll}'-]{1,24}|\p{Ll}\.?) ){1,3}(?:\(|n[ée]e? le )?$/u;
/** A first name with an age or a class names a child surely: 0.8 ties the paragraph below to it (see keepAnchoredCategories in category-anchoring.ts). */
const SCORE = 0.8;

export default defineName({
  id: 'person-name-before-age',
  pattern: PATTERN,
  baseScore: SCORE,
  // Back from the age to the name's first word (see `validate`); the age itself is not part of the name.
  candidateStart: (text, anchor, minStart) => matchStartBefore(text, anchor.index, WORDS_BEFORE, 60, minStart),
  validate: (value) => {
    // `value` runs from the first word back to the age: the name is the longest run of words that opens with a first name.
    const words = value.slice(0, value.search(/ (?:\(|n[ée]e? le )?\d/)).split(' ');
    const folded = words.map(foldName);
    for (let first = 0; first < words.length; first++) {
      if (!isPlainFirstName(folded[first]) || isNotANameWord(folded[first]) || folded.slice(first + 1).some((word) => isNotANameWord(word.replace(/\.$/, '')))) continue;
      const start = words.slice(0, first).reduce((length, word) => length + word.length + 1, 0);
      return { score: SCORE, start, end: start + words.slice(first).join(' ').length };
    }
    return false;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'appel gendarmerie 23h40 : 2 enfants seuls, lucas 9a, au domicile',
    'ecris un mot, la mere de yasmine (3eA) demande qu elle soit dispensee',
    'il me faut un courrier aux parents de dylan roux 4eC : convocation',
    'un mail pr le medecin scolaire : clara v. 4eD vue 3 fois ce mois ci',
    'visite chez la famille, noah 6 ans dort mal',
    'vu mme en vad pr la pesee de lina nee le 14/02/2026, bb calme',
    'soiree agitee: moussa k (16a, mna) retrouve ds sa chambre',
  ],
  noMatch: ['la rose 3a du catalogue', 'il a 9 ans', 'la classe de 4eC', 'Lucas 9a', 'reunion 4eB demain', 'slt jsui oceane jai 19 ans', 'CLM : 3 ans max (1 an plein traitement)'],
};
