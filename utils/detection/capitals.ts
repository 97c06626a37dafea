import { lineAround } from './person-anchor';
import { testBefore } from './text-window';

/**
 * Whether text is typed without capitals, as notes typed fast on a phone are (`vu mme roux en vad,
 * suivie au cmp`, `- kevin : couche 23h15`). There, acronyms and first names are written in lower
 * case too, and can be read as such; in text written with capitals they would be code, words or
 * names of things. A class `CP`, a plate or an initial may slip in: at most one word in 25 may open
 * with a capital, that is one per 150 characters (French words and their spaces average six). Any
 * text written properly has more, one per sentence at least.
 */
const CHARACTERS_PER_CAPITAL = 150;

/** A capital letter (Latin-1), tried by the regex engine rather than character by character in JS: a 4 KB text is read in microseconds. */
const CAPITAL = /[A-ZÀ-ÖØ-Þ]/g;

/** Letters, digits and apostrophes join a capital to the word before it (`5eB`, `l'ASE`, `McDo`): it opens none. */
const IN_WORD = /[\p{L}\p{N}'’]/u;
/** CAPITAL, tested at one position. */
const CAPITAL_CODE = /[A-ZÀ-ÖØ-Þ]/;

/**
 * A chat export's message header: from its line's start to the sender's colon (`[17/01/2026 21:47:12] Sandrine Morel:`,
 * `18/01/2026 07:44 - Fatou D:`, `[10:02] Ines Barbier :`), or a whole line that names the sender
 * and the time (Teams `Aurélie Mercier  08:05`, `Julien Caron, 08:04`; Signal `Thomas MDPH — 09:05`;
 * `Nanou 🌸 · 17/02 19:12`). The phone or the software writes the senders' names with capitals; the
 * messages are typed as they were (a group chat typed in a hurry reads in lower case).
 */
const CHAT_HEADER = /[ \t]*(?:(?:\[[^\]\n]{4,25}\]|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,? \d{1,2}:\d{2}(?::\d{2})? -)[^:\n]{1,40}:|[^\n]{1,60}?(?: {2}|, | [·—–-] (?:[^\n]{1,16} )?)\d{1,2}:\d{2}[ \t]*(?=\n|$))/y;

/** Where the chat header opening the line at `lineStart` ends (see CHAT_HEADER), or -1 when the line opens with none. */
const chatHeaderEnd = (text: string, lineStart: number): number => {
  CHAT_HEADER.lastIndex = lineStart;
  return CHAT_HEADER.test(text) ? CHAT_HEADER.lastIndex : -1;
};

/**
 * True when text[from, to) (the whole text by default) has at most one word opening with a capital
 * per 150 characters, chat senders' names aside; stops at the first one too many. In a copied chat
 * (three lines or more open with a chat's header) the services' acronyms are left aside too
 * (`ip reçue pour kenzo, on saisit le JE ?`), and in text typed on a phone (two words of text-message
 * shorthand) the capitals its keyboard puts at sentence and line starts.
 */
export const typedWithoutCapitals = (text: string, from = 0, to = text.length): boolean => (
    fewCapitals(text, from, to) ||
    (isChatExport(text, from, to) && fewCapitals(text, from, to, (index) => CAPITAL_CODE.test(text.charAt(index + 1)))) ||
    (matchesAtLeast(SHORTHAND, text, from, to, 2, SHORTHAND_LENGTH) && fewCapitals(text, from, to, (index) => testBefore(text, index, SENTENCE_START_BEFORE, 12)))
  );

/**
 * The shorthand of text messages, typed in lower case (`stp`, `pr`, `ds`, `tjs`, `dmn`, `ajd`). The
 * words open the pattern, and the look-behind follows them: opening with it, the search tried it at
 * every position (three times slower). No word ends another, so the look-behind reads the matched one;
 * the list is written once, so that the two stay the same.
 */
const SHORTHAND_WORDS = 'stp|pr|ds|tjs|qd|dmn|ajd|ac|bcp|mtn|jsp|jpeux|pcq|ptet|tte|slt|bjr|dsl';
/** The longest shorthand word, and the character its look-ahead reads after it (two UTF-16 units: a letter beyond U+FFFF). */
const SHORTHAND_LENGTH = Math.max(...SHORTHAND_WORDS.split('|').map((word) => word.length)) + 2;
const SHORTHAND = new RegExp(`(?:${SHORTHAND_WORDS})(?<![\\p{L}\\p{N}'’](?:${SHORTHAND_WORDS}))(?![\\p{L}\\p{N}'’])`, 'gu');
/** What the keyboard capitalises after: the text's or a line's start, a list's bullet, a sentence's end. */
const SENTENCE_START_BEFORE = /(?:^|[\n.!?…:])[ \t]*(?:[-*•–][ \t]+)?$/;
/** A time: every chat header holds one. TIME_LENGTH is the length of what it matches. */
const TIME = /\d:\d\d/g;
const TIME_LENGTH = 4;

/**
 * The text up to `length` characters past `to`, for searches of matches that start before `to` and
 * are at most that long, look-ahead included. Searched in the whole text, a range that held none went
 * on to the next match, or to the text's end, for each acronym typed in lower case whose neighbourhood
 * is read (see _define-category.ts): with the search back to each line's start, 385 ms for 100 KB of
 * `Il touche l'aah. `, 18 ms now.
 */
const upTo = (text: string, to: number, length: number): string => (to + length < text.length ? text.slice(0, to + length) : text);

/** Whether `regex` (global) matches at least `wanted` times in text[from, to), with matches at most `longest` characters long, look-ahead included. */
const matchesAtLeast = (regex: RegExp, text: string, from: number, to: number, wanted: number, longest: number): boolean => {
  const subject = upTo(text, to, longest);
  regex.lastIndex = from;
  for (let match = regex.exec(subject); match !== null && match.index < to; match = regex.exec(subject)) if (--wanted === 0) return true;
  return false;
};

/**
 * Whether three lines of text[from, to) open with a chat's header. Only the lines that hold a time
 * are tried: a long text without chats is read in one search.
 */
const isChatExport = (text: string, from: number, to: number): boolean => {
  let headers = 0;
  let lineEnd = -1;
  const subject = upTo(text, to, TIME_LENGTH);
  TIME.lastIndex = from;
  for (let match = TIME.exec(subject); match !== null && match.index < to; match = TIME.exec(subject)) {
    if (match.index < lineEnd) continue;
    const [lineStart, end] = lineAround(text, match.index);
    lineEnd = end;
    if (chatHeaderEnd(text, Math.max(from, lineStart)) >= 0 && ++headers === 3) return true;
  }
  return false;
};

/** The count behind typedWithoutCapitals; a capital at an index that `aside` holds does not count. */
const fewCapitals = (text: string, from: number, to: number, aside?: (index: number) => boolean): boolean => {
  const allowed = (to - from) / CHARACTERS_PER_CAPITAL;
  let capitals = 0;
  // The header of the line being read, looked for once per line (a search back to each capital's
  // line start read a long line again and again: 10 ms for a 100 KB line with a capital per 150 characters).
  let lineEnd = -1;
  let headerEnd = -1;
  const subject = upTo(text, to, 0);
  CAPITAL.lastIndex = from;
  for (let match = CAPITAL.exec(subject); match !== null && match.index < to; match = CAPITAL.exec(subject)) {
    const index = match.index;
    if (IN_WORD.test(text.charAt(index - 1))) continue;
    if (index > lineEnd) {
      const [lineStart, end] = lineAround(text, index);
      lineEnd = end;
      headerEnd = chatHeaderEnd(text, lineStart);
    }
    if (index >= headerEnd && !aside?.(index) && ++capitals > allowed) return false;
  }
  return true;
};
