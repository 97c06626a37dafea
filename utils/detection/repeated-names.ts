import { defineName } from './detectors/sensitive/_define-name';
import { isNotANameWord } from './detectors/sensitive/_name-words';
import { isFirstName } from './data/first-names-fr';
import { foldText } from './fold';
import { overlapsAny } from './sorted';
import { testAfter, testBefore } from './text-window';

/**
 * A person named in full is then often called by one of their names alone: `Compte rendu de
 * l'entretien avec Chloé MASSON…` ↵ `Chloé explique que…`, `Fratrie Vasseur`. Alone, such a word
 * gives the name detectors nothing to go on (a capitalised word opening a sentence), yet it names
 * the same person, and pseudonymising the prompt must replace it too.
 *
 * Once a name is found with a score of at least MIN_SCORE, each of its capitalised words (three
 * letters or more, not a title or a grammar word) is a name wherever it comes again below, written
 * the same way (`MASSON` does not make `Masson` a name), as a whole word outside other findings.
 * Only below: a surname above its first full mention is as often a company or a place named after
 * a family (`SARL Delbecq`). A word in capitals that is not a first name does not repeat among
 * other words in capitals (see `inCapitals`). A mention keeps the person in view for WINDOW more
 * characters (about two paragraphs), so that a long document is searched near its names, not whole
 * for each of them.
 */
const MIN_SCORE = 0.7;
/** Score of a repeated name: it adds mentions of a person the prompt already names. */
export const REPEATED_NAME_SCORE = 0.7;
const WINDOW = 1500;
const NAME_WORD = /\p{Lu}[\p{L}'’-]{2,}/gu;
/** A word in capitals, then a space (or a line's start) and the next word in capitals. */
const CAPITALS_AFTER = /^[^\S\n]+\p{Lu}{2}/u;
const CAPITALS_BEFORE = /\p{Lu}{2}[^\S\n]+$/u;

/**
 * Whether a word sits among words in capitals (a heading, a text typed in capitals): there a word
 * of a name that is not a first name is as often an ordinary word (`FOSTER CHILD`), and the name
 * detectors read such runs with care already.
 */
const inCapitals = (text: string, start: number, end: number): boolean => testBefore(text, start, CAPITALS_BEFORE, 24) || testAfter(text, end, CAPITALS_AFTER, 24);

/** Characters that may not touch a repeated word: letters, digits, and those of e-mail addresses and paths. */
const JOINED = /[\p{L}\p{N}@_/\\]/u;

/**
 * The detector the engine reports repeated names under. Its findings are derived from the other
 * names (`repeatedNames`), never matched: it is not in the registry, and its pattern never runs.
 */
export const REPEATED_NAME = defineName({
  id: 'repeated-name',
  severity: 'medium',
  pattern: /(?!)/g,
  baseScore: REPEATED_NAME_SCORE,
});

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The spans of `text` that repeat a word of `names` (the name findings, sorted by start) below its
 * first mention, outside `taken` (every finding, sorted by start, not overlapping). Sorted by start.
 */
export const repeatedNames = (text: string, names: readonly (Span & { readonly score: number })[], taken: readonly Span[]): Span[] => {
  const firstSeen = new Map<string, number>();
  // A name written the same way again has the same words, all seen already (a list repeats its names).
  const read = new Set<string>();
  for (const name of names) {
    if (name.score < MIN_SCORE) continue;
    const value = text.slice(name.start, name.end);
    if (read.has(value)) continue;
    read.add(value);
    for (const match of value.matchAll(NAME_WORD)) {
      const word = match[0].replace(/['’-]+$/, '');
      if (word.length < 3 || firstSeen.has(word) || isNotANameWord(foldText(word))) continue;
      firstSeen.set(word, name.start + (match.index ?? 0) + word.length);
    }
  }
  const found: Span[] = [];
  for (const [word, after] of firstSeen) {
    const capitals = word === word.toUpperCase() && !isFirstName(foldText(word));
    let from = after;
    let until = Math.min(text.length, from + WINDOW);
    while (from < until) {
      const at = text.slice(from, until).indexOf(word);
      if (at < 0) break;
      const start = from + at;
      const end = start + word.length;
      from = end;
      // Joined by a hyphen on either side, it is another compound (`le prix Marcelle-Tardieu`, `Tardieu-Roux`).
      if (start > 0 && (JOINED.test(text[start - 1]) || (text[start - 1] === '-' && JOINED.test(text[start - 2] ?? '')))) continue;
      if (end < text.length && (JOINED.test(text[end]) || (text[end] === '-' && JOINED.test(text[end + 1] ?? '')))) continue;
      until = Math.min(text.length, end + WINDOW);
      if (!overlapsAny(taken, start, end) && !(capitals && inCapitals(text, start, end))) found.push({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
};

/**
 * The name findings of `names` (sorted by start) scored below MIN_SCORE that repeat, written the
 * same way, a name found with MIN_SCORE or more above them (`> Lemoine Arnaud : …` quoting a chat's
 * message under its header `Lemoine Arnaud (MDPH)`, `👍 Lemoine Arnaud`): they name the same person.
 */
export const weakRepeats = <T extends Span & { readonly score: number },>(text: string, names: readonly T[]): Set<T> => {
  const surely = new Set<string>();
  const weak = new Set<T>();
  for (const name of names) {
    const value = text.slice(name.start, name.end);
    if (name.score >= MIN_SCORE) surely.add(value);
    else if (surely.has(value)) weak.add(name);
  }
  return weak;
};
