import { lineAround } from './person-anchor';
import { perText } from './per-text';
import { lowerBound } from './sorted';
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
    (atLeast(shorthandPositions(text), from, to, 2) && fewCapitals(text, from, to, (index) => testBefore(text, index, SENTENCE_START_BEFORE, 12)))
  );

/**
 * The shorthand of text messages, typed in lower case (`stp`, `pr`, `ds`, `tjs`, `dmn`, `ajd`). The
 * words open the pattern, and the look-behind follows them: opening with it, the search tried it at
 * every position (three times slower). No word ends another, so the look-behind reads the matched one;
 * the list is written once, so that the two stay the same.
 */
const SHORTHAND_WORDS = 'stp|pr|ds|tjs|qd|dmn|ajd|ac|bcp|mtn|jsp|jpeux|pcq|ptet|tte|slt|bjr|dsl';
const SHORTHAND = new RegExp(`(?:${SHORTHAND_WORDS})(?<![\\p{L}\\p{N}'’](?:${SHORTHAND_WORDS}))(?![\\p{L}\\p{N}'’])`, 'gu');
/** What the keyboard capitalises after: the text's or a line's start, a list's bullet, a sentence's end. */
const SENTENCE_START_BEFORE = /(?:^|[\n.!?…:])[ \t]*(?:[-*•–][ \t]+)?$/;
/** A time, by its first digit: every chat header holds one. */
const TIME = /\d(?=:\d\d)/g;

/**
 * Where SHORTHAND and TIME match in a text, each searched once: a scan reads ranges of one text again and
 * again (the whole text, each paragraph, the neighbourhood of each acronym typed in lower case), each
 * with a search of its own before (the bench's 4 KB prompts: 30 µs per prompt in those searches). The
 * shorthand's words stand apart and a time is one character long, so that a search from inside a match
 * would find nothing more.
 */
const positionsOf = (regex: RegExp) =>
  perText((text) => {
    // An `exec` loop: `matchAll` would search with a copy of the regex, a new RegExp per text.
    const positions: number[] = [];
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) positions.push(match.index);
    return positions;
  });
const shorthandPositions = positionsOf(SHORTHAND);
const timePositions = positionsOf(TIME);

/** Whether `positions` (sorted) hold at least `wanted` in [from, to). */
const atLeast = (positions: readonly number[], from: number, to: number, wanted: number): boolean => {
  const first = lowerBound(positions, from);
  return first + wanted <= positions.length && positions[first + wanted - 1] < to;
};

/**
 * Whether three lines of text[from, to) open with a chat's header. Only the lines that hold a time
 * are tried: a long text without chats is read in one search.
 */
const isChatExport = (text: string, from: number, to: number): boolean => {
  let headers = 0;
  let lineEnd = -1;
  const times = timePositions(text);
  for (let k = lowerBound(times, from); k < times.length && times[k] < to; k++) {
    if (times[k] < lineEnd) continue;
    const [lineStart, end] = lineAround(text, times[k]);
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
  // The search ends at `to`: in the whole text, a range that held too few capitals went on to the next
  // one, or to the text's end, for each acronym typed in lower case whose neighbourhood is read (see
  // _define-category.ts): 385 ms for 100 KB of `Il touche l'aah. ` with a search back to each line's start.
  const subject = to < text.length ? text.slice(0, to) : text;
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
