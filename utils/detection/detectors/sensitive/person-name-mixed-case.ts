import { defineName } from './_define-name';
import { foldName } from '../../fold';
import type { DetectorExamples } from '../../types';
import { matchStartBefore } from '../../text-window';
import { wordSet } from '../../word-list';
import { ACRONYMS, isNotANameWord, isPlainFirstName, NOTE_WORDS, PLACE_WORDS } from './_name-words';

/**
 * A surname in capitals beside a first name in lower case, as notes typed half-carefully give them:
 * the surname kept in capitals as forms write it, the first name typed fast (`DUVAL kevin`, `agent
 * BLANC thierry`, `enzo MARCHAL (4eB)`, `LE GALL yann`, `sofia EL AMRANI`). Capitalised names are
 * person-name's; names all in lower case, person-name-lower-case's and person-name-typed-lower-case's.
 * The first name must be one of the list that is no common word (not `rose`, `pierre`); the word in
 * capitals no acronym (`suivi CMP lucas`, `README court`) and no word of the language (`RDV lundi`).
 * Examples are fictitious.
 */

/** Latin-1 only, like the normalised text (`’` is read as `'`): such a pattern runs on the text's one-byte copy. */
const UPPER = "A-ZÀ-ÖØ-Þ";
const LOWER = 'a-zß-öø-ÿ';
/** One or two words in capitals (`DUVAL`, `LE GALL`), or an initial (`said B.`), their left boundary checked after the first capital. */
const SURNAME = `[${UPPER}](?<![\\p{L}\\p{N}'@._/\\\\-][${UPPER}])(?:[${UPPER}'-]{1,29}(?: [${UPPER}][${UPPER}'-]{1,29})?|\\.)`;
const LOWER_WORD = `[${LOWER}][${LOWER}-]{1,24}`;
/**
 * Matched from the surname's first capital: the surname, then the lower-case word after it, or else a
 * lower-case word before it, looked behind at once the surname has matched (`candidateStart` takes it
 * in). A pattern that opened with the lower-case word would be tried at every word of the text, and
 * a surname with no lower-case word beside it (`DUPONT;Marie;`) is no candidate.
 */
const PATTERN = new RegExp(
  `${SURNAME}(?: ${LOWER_WORD}(?![\\p{L}\\p{N}'@])|(?![\\p{L}\\p{N}'@])(?<=(?<![\\p{L}\\p{N}'@._/\\\\-])${LOWER_WORD} [${UPPER}'. -]{2,61}))`,
  'gu',
);
/** The lower-case word right before the surname, not joined to what precedes it. */
const WORD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'@._/\\\\-])${LOWER_WORD} $`, 'u');
const SCORE = 0.8;

/** A first name of the list typed in lower case, no common word nor a word of notes (`README court`). */
const isLowerFirstName = (word: string): boolean => {
  const folded = foldName(word);
  return word.length > 1 && word === word.toLowerCase() && isPlainFirstName(folded) && !isNotANameWord(folded) && !NOTE_WORDS.has(folded);
};

/** Particles that open a surname of two words (`LE GALL`, `EL AMRANI`, `DA COSTA`). */
const PARTICLES = wordSet('le la de du des el al ben ait da di dos van von del');

/** Words in capitals that may be a surname: no acronym, no word of the language (but a particle before another word). */
const isSurnameInCapitals = (words: readonly string[]): boolean => words.every((word, index) => {
    const folded = foldName(word);
    if (index < words.length - 1 && PARTICLES.has(folded)) return true;
    return word.length > 1 && word === word.toUpperCase() && !ACRONYMS.has(word) && !ACRONYMS.has(folded.toUpperCase()) && !isNotANameWord(folded);
  });

export default defineName({
  id: 'person-name-mixed-case',
  pattern: PATTERN,
  baseScore: SCORE,
  // Below person-name (30): a capitalised name it reads wins where they overlap.
  priority: 28,
  candidateStart: (text, anchor, minStart) => {
    const start = matchStartBefore(text, anchor.index, WORD_BEFORE, 27, minStart);
    return start < 0 ? anchor.index : start;
  },
  validate: (value, context) => {
    const words = value.split(' ');
    const upper = words.filter((word) => word === word.toUpperCase());
    const first = words[0];
    const last = words[words.length - 1];
    // An initial follows the first name (`rachid B.`), never opens the name.
    if (upper.length === 1 && /^\p{Lu}\.$/u.test(upper[0])) return words.length === 2 && upper[0] === last && isLowerFirstName(first) ? { score: SCORE, start: 0, end: value.length } : false;
    if (upper.length === 0 || !isSurnameInCapitals(upper)) return false;
    // First name before the surname (`enzo MARCHAL`), unless it ends a place's name (`rue victor HUGO`).
    if (first !== first.toUpperCase() && isLowerFirstName(first)) {
      const placeBefore = /([a-z-]+) $/.exec(context.folded.slice(Math.max(0, context.start - 16), context.start));
      if (placeBefore !== null && PLACE_WORDS.has(placeBefore[1])) return false;
      return { score: SCORE, start: 0, end: first.length + 1 + upper.join(' ').length };
    }
    // First name after it (`DUVAL kevin`).
    if (last !== last.toUpperCase() && isLowerFirstName(last)) {
      const from = first === first.toUpperCase() ? 0 : first.length + 1;
      return { score: SCORE, start: from, end: value.length };
    }
    return false;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'planning nuits\nlun\tDUVAL kevin / a pourvoir',
    '00h30 MEZIANE ines reveillee (cauchemars)',
    'bousculade ds le couloir, enzo MARCHAL (4eB) a fait une crise',
    'blesse hier : agent BLANC thierry, coupure main gauche',
    '- LE GALL yann 06 39 98 20 17',
    'cantine : sofia EL AMRANI (5eA) ne mange plus a midi',
    'Reunion ess pr lucas P. (6eC) jeudi 17h',
  ],
  noMatch: ['suivi CMP lucas', 'RDV lundi avec le CPE', 'la rose ROUGE du catalogue', 'rue victor HUGO', 'DUVAL Kevin', 'il fait beau, RAS cette nuit', 'ATTENTION enzo'],
};
