import { isFirstName } from '../../data/first-names-fr';
import { defineName } from './_define-name';
import { foldName as fold } from '../../fold';
import type { DetectorExamples, ValidationResult } from '../../types';
import { isNotANameWord, isPlainFirstName, LEADS, LOWER_LETTERS, NAME_END, NAME_START, STOP, UPPER_LETTERS, WORD_CHARACTERS } from './_name-words';

/**
 * A name given in a self- or third-person introduction: `je m'appelle Karim Benali`, `il s'appelle
 * lucas`, `mon nom est Diallo`, `moi c'est Inès` (shared/reference/detectors.md §10). The name may
 * be typed in lower case: the introduction says it is one. The first word must be capitalised or a
 * first name of the list; a second capitalised word is its surname.
 * `je suis` and `c'est` (in text messages `c`, `cé`: `bjr c kevin marchal`) introduce many other things
 * (`je suis ravi de…`, `c'est marie qui…`): after them a name is read only as a first name of the
 * list that is no common word, then a surname (`bonjour, je suis samia belkacem`, `c'est fatou
 * diop`), or alone before a punctuation mark or the parent it is (`cc c lina.`, `c jennifer la maman
 * de lola`); capitalised names are person-name.ts's.
 *
 * Apart from person-name.ts so that its pattern starts with a word-boundary look-behind: the
 * engine then tries it only where an introduction begins (see start-positions.ts), and
 * person-name.ts's pattern only at capitals.
 */

const INTRODUCTION = "(?:[Jj]e m'appel+e|[Ii]l s'appel+e|[Ee]lle s'appel+e|[Jj]e me nomme|[Mm]on (?:pr[ée])?nom est|[Mm]oi,? c'est)";
/** Introductions of many other things than a name: see the file comment. */
const WEAK_INTRODUCTION = "(?:[Jj]e suis|[Cc]'est|[Cc]é?)";
const NAME = `[${WORD_CHARACTERS}][${WORD_CHARACTERS}'-]{1,30}(?: {1,2}[${UPPER_LETTERS}][${WORD_CHARACTERS}'-]{1,30})?`;
const LOWER_WORD = `[${LOWER_LETTERS}][${LOWER_LETTERS}'-]{1,30}`;

/** After a first name alone: a punctuation mark or the parent it is (`cc c lina.`, `c jennifer la maman de lola`). */
const ALONE_AFTER = '(?=[.,!]| (?:la|le) (?:maman|papa|m[eè]re|p[eè]re)(?![a-z]))';

/**
 * Group 1: the name after an introduction; group 2: a first name alone after a weak one, then
 * ALONE_AFTER (tried first: `jennifer la` would be two words); groups 3 and 4: the two words after a weak one.
 */
const PATTERN = new RegExp(
  `${NAME_START}(?:${INTRODUCTION} {1,2}(${NAME})|${WEAK_INTRODUCTION} {1,2}(?:(${LOWER_WORD})${ALONE_AFTER}|(${LOWER_WORD}) {1,2}(${LOWER_WORD})))${NAME_END}`,
  'gu',
);

/** First names of the list that are also words after `je suis` (`ravi`, `marié`, `tombé`, `chrétien`). */
const AFTER_JE_SUIS = new Set(['ravi', 'marie', 'tombe', 'chretien']);

const validate = (value: string, name: string): ValidationResult => {
  const offset = value.length - name.length;
  const words = [...name.matchAll(/\p{L}[\p{L}'-]{0,40}/gu)];
  if (words.length === 0) return false;
  const first = words[0];
  const firstFolded = fold(first[0]);
  const capitalised = /^\p{Lu}/u.test(first[0]);
  if (STOP.has(firstFolded) || LEADS.has(firstFolded)) return false;
  if (!isFirstName(firstFolded) && !capitalised) return false;
  let end = (first.index ?? 0) + first[0].length;
  const second = words[1];
  if (second && /^\p{Lu}/u.test(second[0]) && !STOP.has(fold(second[0]))) end = (second.index ?? 0) + second[0].length;
  return { score: isFirstName(firstFolded) || capitalised ? 0.85 : 0.7, start: offset + (first.index ?? 0), end: offset + end };
};

/** A first name after `je suis` or `c'est` that is no participle, adjective or common word (see validateWeak). */
const weakFirstName = (first: string): boolean => {
  const folded = fold(first);
  // `marié`, `ravie`: a participle or an adjective, whatever the list says.
  if (/[éè]e?s?$/.test(first) || AFTER_JE_SUIS.has(folded)) return false;
  return isPlainFirstName(folded) && !isNotANameWord(folded);
};

/** A lower-case first name alone after `je suis` or `c'est`, before a punctuation mark or the parent it is. */
const validateAlone = (value: string, first: string): ValidationResult => weakFirstName(first) ? { score: 0.8, start: value.length - first.length, end: value.length } : false;

/** A lower-case first name and surname after `je suis` or `c'est`, or nothing. */
const validateWeak = (value: string, first: string, second: string): ValidationResult => {
  const secondFolded = fold(second);
  if (!weakFirstName(first)) return false;
  if (isNotANameWord(secondFolded) || STOP.has(secondFolded)) return false;
  // The match ends with the two words and the spaces between them.
  let firstEnd = value.length - second.length;
  while (value[firstEnd - 1] === ' ') firstEnd--;
  return { score: 0.8, start: firstEnd - first.length, end: value.length };
};

export default defineName({
  id: 'person-name-introduction',
  pattern: PATTERN,
  baseScore: 0.85,
  validate: (value, { groups }) => {
    if (groups[1] !== undefined) return validate(value, groups[1]);
    return groups[2] !== undefined ? validateAlone(value, groups[2]) : validateWeak(value, groups[3] ?? '', groups[4] ?? '');
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'bjr madame cé mamadou diallo je peu pas venir ojourdhui',
    'bjr c kevin marchal jpeu pas jeudi, j ai le bracelet',
    'cc c lina. jsuis a la mecs',
    'bjr mme c jennifer la maman de lola et enzo',
    "Bonjour, je m'appelle Karim Benali",
    'bonjour, je suis samia belkacem, maman de rayan',
    "c'est fatou diop, mon numéro a changé",
    "il s'appelle lucas et il a 8 ans",
    'Mon nom est Diallo, je vous écris pour mon fils',
    "moi c'est Inès, la maman de Tom",
    'Je me nomme Yvette',
  ],
  noMatch: [
    "je m'appelle comme vous voulez",
    "qu'il s'appelle ainsi",
    "l'enfant ne sait pas comment il s'appelle",
    'Le nom est Contrat de projet',
    'je suis ravi de vous aider',
    'je suis marié depuis dix ans',
    "c'est lucas qui a appelé",
    "c'est top, merci",
    'je suis rose de honte',
  ],
};
