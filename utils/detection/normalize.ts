import { isAsciiAlphanumeric, isAsciiDigit, isSpaceOrTab } from './char-codes';
import { FixedWidthColumns } from './fixed-width-columns';
import { foldText } from './fold';
import { foldedCopy, oneByteCopy, type OneByteCopy } from './one-byte-copy';
import { scratch16, UTF16 } from './scratch-buffers';
import { textAfter } from './text-window';

/**
 * Text normalisation with an offset map back to the original text.
 *
 * Agents paste text full of typographic and invisible characters that dodge naive patterns:
 * no-break and thin spaces between digit groups, runs of spaces (justified PDFs, double spaces
 * typed after a colon), line breaks that only wrap prose (PDF and e-mail copies), e-mail quote
 * marks (`> `) and list bullets (`• `, `- `) at line starts, zero-width characters and direction
 * marks, Markdown escapes (`jean\_dupont@…`, added by some chat composers), JSON escapes
 * (`H\u00e9l\u00e8ne`), HTML character references (`t&eacute;l`, `&nbsp;`) and the percent escapes
 * of URLs (`jean.dupont%40gmail.com`), Markdown emphasis (`**Dupont**`, `_06 12…_`), PDF
 * ligatures (`insuﬃsance`) and words hyphenated at a PDF's line ends (`hospita-` ↵ `lisée`), the dot
 * leaders of filled forms (`Nom : ....... DUPONT`), tables written as HTML or as fixed-width columns
 * (read as TSV rows), full-width digits, decomposed accents, and an OCR's letters read in numbers
 * (`né le 18/O3/1957`).
 * Detectors run on the normalised copy; findings are mapped back so the UI can mark the
 * original characters (shared/reference/detectors.md §0.1).
 */

export interface NormalizedText {
  /** The text detectors see. */
  readonly text: string;
  /** Lower-cased, accent-free copy of `text` with the same length, for keyword matching. */
  readonly folded: string;
  /** Where each stretch of `text` comes from in the input; absent when `text` keeps the input's offsets. */
  readonly offsets?: OffsetMap;
  /**
   * The one-byte copy of `text` (see oneByteCopy), for a text that holds characters it replaces;
   * null when `text` is one byte per character itself or holds other characters above U+00FF.
   */
  readonly copy: OneByteCopy | null;
}

/** The normalised characters of a text, before the fold and the one-byte copy. */
interface NormalizedCharacters {
  readonly text: string;
  readonly offsets?: OffsetMap;
}

// Invisible characters, with the direction marks and isolates that messaging apps and mail clients
// put around numbers and names (`06\u200e 12…`, `\u2066+33 6…\u2069`).
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
// Spaces people and word processors put between digit groups or before French punctuation. This
// list's codes and ZERO_WIDTH's are all U+00A0 or above: ASCII is checked without a lookup.
const SPACE_LIKE = new Set([0x00a0, 0x202f, 0x2007, 0x2009, 0x200a, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x205f, 0x3000]);
const DASH_LIKE = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]);
// Characters a Markdown escape can protect (`\_` and `\*` are the ones composers actually add), and
// quotes, escaped in the JSON strings and shell commands agents paste from logs (`\"pwd\": \"…\"`).
const MARKDOWN_ESCAPABLE = new Set('\\`*_{}[]()#+-.!|~<>"\''.split(''));

/** Typographic ligatures of PDF copies (`insuﬃsance`, `certiﬁcat`, `ﬁls`), U+FB00 to U+FB06. */
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];
/** The French ligatures, spelt out as word lists write them (`œdème`, `sa sœur`, `Lætitia`). */
const LATIN_LIGATURES: Readonly<Record<number, string>> = { 0xc6: 'AE', 0xe6: 'ae', 0x152: 'OE', 0x153: 'oe' };

/** `text` with the French ligatures spelt out as normalizeText spells them (`sœur` → `soeur`), for text matched against the normalised one. */
export const spellOutLigatures = (text: string): string => text.replace(/[\u00c6\u00e6\u0152\u0153]/g, (ch) => LATIN_LIGATURES[ch.charCodeAt(0)]);

/** Names of the accents in HTML character references (`&eacute;`). */
const ACCENT_NAMES: Readonly<Record<string, string>> = { '\u0301': 'acute', '\u0300': 'grave', '\u0302': 'circ', '\u0308': 'uml', '\u0327': 'cedil', '\u0303': 'tilde' };

/**
 * HTML character references agents paste with the source of a web page or an e-mail template
 * (`t&eacute;l 06&nbsp;12…`): the named ones of French text, and all numeric ones.
 */
const HTML_ENTITIES: ReadonlyMap<string, number> = new Map([
  ['nbsp', 0xa0], ['amp', 0x26], ['lt', 0x3c], ['gt', 0x3e], ['quot', 0x22], ['apos', 0x27], ['rsquo', 0x2019], ['lsquo', 0x2018],
  ['ldquo', 0x201c], ['rdquo', 0x201d], ['laquo', 0xab], ['raquo', 0xbb], ['ndash', 0x2013], ['mdash', 0x2014], ['hellip', 0x2026],
  ['euro', 0x20ac], ['deg', 0xb0], ['shy', 0xad], ['thinsp', 0x2009], ['ensp', 0x2002], ['emsp', 0x2003], ['zwnj', 0x200c],
  ['zwj', 0x200d], ['oelig', 0x153], ['OElig', 0x152], ['aelig', 0xe6], ['AElig', 0xc6], ['szlig', 0xdf],
  // `&eacute;` … `&Ccedil;`: the base letter and the name of its accent.
  ...[...'àâäáéèêëíìîïóòôöúùûüýÿçñÀÂÄÁÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜÝŸÇÑ'].map((char): [string, number] => {
    const [base, mark] = char.normalize('NFD');
    return [`${base}${ACCENT_NAMES[mark]}`, char.charCodeAt(0)];
  }),
]);
const HTML_ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/;
const JSON_ESCAPE = /^\\u([0-9a-fA-F]{4})/;
/**
 * The bytes 0x80–0x9F as Windows-1252 shows them, by byte − 0x80. An export written in UTF-8 and read
 * as Windows-1252 shows `é` as `Ã©` and `É` as `Ã‰`: the second character gives the byte after 0xC3.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The value of hex digit `code`, or -1. */
const hexValue = (code: number): number => {
  if (isAsciiDigit(code)) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
};

/** The byte of a percent escape at `at` (`%40`), or -1. */
const percentByte = (input: string, at: number): number => {
  if (input.charCodeAt(at) !== 0x25) return -1;
  const high = hexValue(input.charCodeAt(at + 1));
  const low = hexValue(input.charCodeAt(at + 2));
  return high < 0 || low < 0 ? -1 : (high << 4) | low;
};

/**
 * The character of the percent escapes of a URL starting at `at` (`%40` is `@`, `%C3%A9` is `é`)
 * and where they end, or null: one escape of a printable ASCII character, or the escapes of one
 * character's UTF-8 bytes. Addresses copied from a browser or a business application carry the
 * values of their query that way (`?email=jean.dupont%40gmail.com&nom=Dupont%20Marie`).
 */
const percentDecoded = (input: string, at: number): { point: number; end: number } | null => {
  const first = percentByte(input, at);
  if (first < 0) return null;
  if (first < 0x80) return first >= 0x20 && first < 0x7f ? { point: first, end: at + 3 } : null;
  const extra = first >= 0xc2 && first <= 0xdf ? 1 : first >= 0xe0 && first <= 0xef ? 2 : first >= 0xf0 && first <= 0xf4 ? 3 : -1;
  if (extra < 0) return null;
  let point = first & (0x3f >> extra);
  for (let k = 1; k <= extra; k++) {
    const next = percentByte(input, at + 3 * k);
    if ((next & 0xc0) !== 0x80) return null;
    point = (point << 6) | (next & 0x3f);
  }
  const tooShort = (extra === 2 && point < 0x800) || (extra === 3 && point < 0x10000);
  if (tooShort || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
  return { point, end: at + 3 * (extra + 1) };
};

/**
 * Lines shorter than this are not wrapped prose (addresses, lists, signatures, records). The
 * columns of a two-column PDF wrap at about 35 to 45 characters.
 */
const WRAPPED_LINE_MIN_LENGTH = 30;
/** Civil titles after which a line may be wrapped before the name (`…de Mme` ↵ `Karima Haddad`). */
const WRAPPED_TITLES = 'M\\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dr\\.?|Me';
const TITLE_AT_LINE_END = new RegExp(`(?:^|[\\s(])(?:${WRAPPED_TITLES})$`);
const LINE_OF_RECORDS = /[\t|]|;[^;]*;|<</;
/**
 * A line that a time ends, or that a bracketed time opens, heads a copied chat's message
 * (`Dupont-Leroy, Claire (DEF-ASE) 09:02`, `[11/03 16:20] Girard Stéphanie (MDPH)`) or a log's: the next line is the message.
 */
const CHAT_HEADER_LINE = /(?<![\d:])\d{1,2}:\d{2}$|^\[[^\]\n]{0,20}\d:\d\d(?::\d\d)?\]/;
/**
 * A whole French phone number opening a line. After a line that ends with digits it is a value of
 * its own (`TVA FR94418726394` ↵ `05 36 49 33 70` in a signature), not the rest of a hard-wrapped
 * one, whose next part would not be a whole number (`FR76 3000 4001` ↵ `2300 0123…`).
 */
const PHONE_OPENING_LINE = /^0[1-9](?:[ .-]?\d\d){4}(?![ .-]?\d)/;
/**
 * Two lower-case words and a field separator opening a line: `lucas perrin, lucas.perrin@…`,
 * `barrau nicole — FR76…`. Two lines in a row that open alike are records typed in lower case, not
 * prose wrapped by a PDF. Group 1: the separator.
 */
const RECORD_HEAD = /^(?:[-•*–—][ \t]+)?[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'-]*[ \t]+[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'-]*[ \t]*([,;:(—–-])/;

/**
 * Whether the line break at `at` only wraps a line of prose, so that a value or a phrase cut by it
 * (`FR76 3000 4001` ↵ `2300 0123…`, `garde` ↵ `à vue`, `Mme` ↵ `Karima Haddad`) reads as one: the
 * line before is long and does not end a sentence, and the next line goes on in lower case or with
 * digits (or gives the name after a title). Kept as line breaks: short lines (addresses, lists,
 * signatures), table rows, MRZ lines, list items, lines of records that each start with digits
 * (logs), and lines that open alike with two lower-case words and a separator (lists of names
 * typed in lower case). `next` is where the next line's text starts, after its e-mail quote marks
 * if any; the line before is read without its own.
 */
const isSoftLineBreak = (input: string, at: number, next: number): boolean => {
  const lineStart = afterLineMarks(input, input.lastIndexOf('\n', at - 1) + 1);
  let lineEnd = at;
  while (lineEnd > lineStart && isWhiteSpace(input.charCodeAt(lineEnd - 1))) lineEnd--;
  if (lineEnd - lineStart < WRAPPED_LINE_MIN_LENGTH) return false;
  const last = input.charCodeAt(lineEnd - 1);
  // . : ; ! ? (the regex checks this for unquoted lines only)
  const endsSentence = last === 46 || last === 58 || last === 59 || last === 33 || last === 63;
  const before = input.slice(lineStart, lineEnd);
  if (LINE_OF_RECORDS.test(before) || CHAT_HEADER_LINE.test(before)) return false;
  const afterEnd = input.indexOf('\n', next);
  const after = input.slice(next, afterEnd === -1 ? input.length : afterEnd);
  if (LINE_OF_RECORDS.test(after)) return false;
  const first = input.charCodeAt(next);
  // A capital goes on the line only after a title.
  if ((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde)) return TITLE_AT_LINE_END.test(before);
  if (endsSentence) return false;
  if (isAsciiDigit(first)) {
    return !/^\d{1,2}[.)]\s/.test(after) && !/^\s*\d/.test(before) && !(isAsciiDigit(last) && PHONE_OPENING_LINE.test(after));
  }
  return isLowerLetterCode(first) && !sameRecordHead(before, after);
};

/** True when both lines open with two lower-case words and the same field separator (see RECORD_HEAD). */
const sameRecordHead = (line: string, next: string): boolean => {
  const head = RECORD_HEAD.exec(next);
  return head !== null && RECORD_HEAD.exec(line)?.[1] === head[1];
};

/**
 * Whether a soft line break whose blanks are [from, to) ends a word hyphenated by a PDF's
 * justification: a hyphen right after a letter (not part of the run before `runStart`), and a
 * lower-case letter after the break. A compound cut at its own hyphen (`grand-` ↵ `mère`) loses its
 * hyphen too; it read as two words before, so nothing found before is lost.
 */
const isHyphenation = (input: string, from: number, to: number, runStart: number): boolean => {
  if (from - 2 < runStart || input.charCodeAt(from - 1) !== 0x2d) return false;
  return isLetterCode(input.charCodeAt(from - 2)) && isLowerLetterCode(input.charCodeAt(to));
};

const isLowerLetterCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);

const isLetterCode = (code: number): boolean => isLowerLetterCode(code) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);

/** Where the text of a line starting at `at` starts, after e-mail quote marks (`> `, `>> `, `> > `). */
const afterQuoteMarks = (input: string, at: number): number => {
  let k = at;
  while (input.charCodeAt(k) === 62) {
    k++;
    if (input.charCodeAt(k) === 32) k++;
  }
  return k;
};

/**
 * List bullets of pasted lists (Word, Markdown, e-mails): `•`, `◦`, `▪`, `‣`, `⁃`, `●`, `○`, `■`,
 * `□`, `·`, `*`, `-`, `–`, `—`, `➢`, `►`. Numbers (`1.`, `a)`) are kept: they may belong to a value.
 */
const BULLETS = new Set([0x2022, 0x25e6, 0x25aa, 0x2023, 0x2043, 0x25cf, 0x25cb, 0x25a0, 0x25a1, 0xb7, 0x2a, 0x2013, 0x2014, 0x27a2, 0x25ba, 0x2d]);
const BULLET = `[${[...BULLETS].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`;
/** A bullet at a line start, as `afterLineMarks` reads it. */
const LIST_ITEM = `[ \\t]{0,8}${BULLET}[ \\t\\u00a0]`;
/** Indentation before a bullet, at most. */
const MAX_BULLET_INDENT = 8;

/**
 * Where the text of a line starting at `at` starts: after its e-mail quote marks, then after a list
 * bullet and the blanks around it (`• Nom : …`, `  - Confidentiel`). Removed, so that a label, a
 * marking or a table cell opens its line as it does without the bullet.
 */
const afterLineMarks = (input: string, at: number): number => {
  const quoted = afterQuoteMarks(input, at);
  let k = quoted;
  while (k - quoted < MAX_BULLET_INDENT && isSpaceOrTab(input.charCodeAt(k))) k++;
  if (!BULLETS.has(input.charCodeAt(k))) return quoted;
  const afterBullet = k + 1;
  if (input.charCodeAt(afterBullet) !== 32 && input.charCodeAt(afterBullet) !== 9 && input.charCodeAt(afterBullet) !== 0xa0) return quoted;
  k = afterBullet;
  while (input.charCodeAt(k) === 32 || input.charCodeAt(k) === 9 || input.charCodeAt(k) === 0xa0) k++;
  return k;
};

/** Tab, carriage return and the spaces `trimEnd` removes that are common in pasted text. */
const isWhiteSpace = (code: number): boolean => code === 32 || code === 9 || code === 13 || (code >= 0xa0 && SPACE_LIKE.has(code));

/** A space of any kind, or a zero-width character (removed anyway). */
const isBlankOrInvisible = (code: number): boolean => code === 0x20 || (code >= 0xa0 && (SPACE_LIKE.has(code) || ZERO_WIDTH.has(code)));

const isCombiningMark = (code: number): boolean => (code >= 0x0300 && code <= 0x036f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x20d0 && code <= 0x20ff);

/**
 * Markdown emphasis around a value (`**Marie Dupont**`, `_06 12 34 56 78_`, `` `NIR` ``): prompts
 * copied from a chat answer, a wiki or a Markdown file are full of it, and `_` is a word character
 * that hides the value's boundaries. A delimiter run (one to three `*`, `_` or `` ` ``) is removed
 * when it opens an emphasis (after a blank, a punctuation mark or the line start, before a
 * non-blank) and a run of the same characters closes it later on the same line (after a non-blank,
 * before anything but a letter or a digit). Runs inside words (`rsa_key`, `2*3`) and unpaired runs
 * (a password ending in `*`) are kept.
 */
const EMPHASIS_CHARS = new Set([0x2a, 0x5f, 0x60]);
const MAX_EMPHASIS_RUN = 3;
/** Longest emphasised stretch searched for its closing run. */
const MAX_EMPHASIS_LENGTH = 300;
/** Letters and digits that a delimiter run must not touch on its outer side (ASCII and Latin). */
const EMPHASIS_WORD = '0-9A-Za-z\\u00C0-\\u024F';
const EMPHASIS_DELIMITER = '[*_`]';
/** The first character of a run that may open or close an emphasis (checked in full by `EmphasisClosers` and the normalisation loop). */
const EMPHASIS_CANDIDATE =
  `${EMPHASIS_DELIMITER}(?:(?<=(?:^|[^${EMPHASIS_WORD}*_\`\\\\])${EMPHASIS_DELIMITER})(?=[*_\`]{0,2}[^\\s*_\`])` +
  `|(?<=[^\\s*_\`]${EMPHASIS_DELIMITER})(?![*_\`]{0,2}[${EMPHASIS_WORD}]))`;

const isEmphasisWord = (code: number): boolean => isAsciiAlphanumeric(code) || (code >= 0xc0 && code <= 0x24f);

/** End of the run of `input[at]` starting at `at`. */
const runEnd = (input: string, at: number): number => {
  const code = input.charCodeAt(at);
  let end = at + 1;
  while (input.charCodeAt(end) === code) end++;
  return end;
};

/** Whether the run [from, to) may close an emphasis: after a non-blank, before no letter, digit or delimiter. */
const closesEmphasis = (input: string, from: number, to: number): boolean => {
  const before = input.charCodeAt(from - 1);
  const after = input.charCodeAt(to);
  return from > 0 && !isBlankOrLineCode(before) && !EMPHASIS_CHARS.has(before) && !isEmphasisWord(after) && !EMPHASIS_CHARS.has(after);
};

const isBlankOrLineCode = (code: number): boolean => code === 0x0a || code === 0x0d || isWhiteSpace(code);

/**
 * The runs of a text that may close an emphasis, listed once by delimiter and length, so that
 * finding an opening run's closing run is a step forward, not a search of the rest of its line (a
 * text of `_a _a _a …` has an opening run every three characters). Asked in text order.
 */
class EmphasisClosers {
  /** Starts of closing runs, by `code * 4 + length`. */
  private readonly starts = new Map<number, number[]>();
  private readonly cursors = new Map<number, number>();
  /** The first line break at or after the last opening run's end (the text's length when none). */
  private lineEnd = -1;

  constructor(private readonly input: string) {
    // One `indexOf` pass per character: faster than a regex over a long text (measured: 0.6 → 0.1 ms per MB).
    for (const char of ['*', '_', '`']) {
      for (let from = input.indexOf(char); from >= 0; ) {
        const to = runEnd(input, from);
        if (to - from <= MAX_EMPHASIS_RUN && closesEmphasis(input, from, to)) {
          const key = input.charCodeAt(from) * 4 + (to - from);
          let list = this.starts.get(key);
          if (!list) this.starts.set(key, (list = []));
          list.push(from);
        }
        from = input.indexOf(char, to);
      }
    }
  }

  /**
   * Where the run opening an emphasis at [from, to) is closed (the closing run's start), or -1 when
   * it opens none: the first closing run of the same characters after it, on its line, within
   * MAX_EMPHASIS_LENGTH (see EMPHASIS_CHARS).
   */
  closeOf(from: number, to: number): number {
    const { input } = this;
    const length = to - from;
    if (length > MAX_EMPHASIS_RUN) return -1;
    const before = from > 0 ? input.charCodeAt(from - 1) : 0x20;
    if (isEmphasisWord(before) || before === 0x5c || isBlankOrLineCode(input.charCodeAt(to)) || to >= input.length) return -1;
    const key = input.charCodeAt(from) * 4 + length;
    const list = this.starts.get(key);
    if (!list) return -1;
    let cursor = this.cursors.get(key) ?? 0;
    while (cursor < list.length && list[cursor] <= to) cursor++;
    this.cursors.set(key, cursor);
    if (cursor === list.length || list[cursor] >= to + MAX_EMPHASIS_LENGTH) return -1;
    if (this.lineEnd < to) {
      const newline = input.indexOf('\n', to);
      this.lineEnd = newline < 0 ? input.length : newline;
    }
    return list[cursor] < this.lineEnd ? list[cursor] : -1;
  }
}

/**
 * Dot leaders of forms filled in and copied from a PDF or a word processor (`Nom : ....... DUPONT`,
 * `Nom……………… DUPONT`, `Prénom : ______ Marie`, `. . . . .`): a run worth four dots or more (`…`
 * counts three), spaces between allowed. With the blanks around it, it becomes one space after a
 * colon, and ` : ` after a word, so that the label reads as a label.
 */
const MIN_LEADER_UNITS = 4;

/** End of the dot leader starting at `at` (see MIN_LEADER_UNITS), or -1. */
const leaderEnd = (input: string, at: number): number => {
  let units = 0;
  let end = at;
  for (let k = at; k < input.length; k++) {
    const code = input.charCodeAt(k);
    if (code === 0x2e || code === 0x5f) units++;
    else if (code === 0x2026) units += 3;
    else if (code !== 0x20) break;
    if (code !== 0x20) end = k + 1;
  }
  return units >= MIN_LEADER_UNITS ? end : -1;
};

/**
 * HTML table markup (`<tr><td>DUPONT</td><td>Marie</td></tr>`), pasted with the source of a page or
 * an e-mail: a run of table tags and the blanks between them becomes a tab between two cells and a
 * line break where a row ends, so that the rows read as the TSV rows of a spreadsheet (header cells
 * give the columns their meaning, see table-context.ts). Other tags stay as they are.
 */
const TABLE_TAG = /^<\/?(?:t[dhr]|table|thead|tbody|tfoot)(?=[\s>/])[^<>]{0,200}>/i;
/** The first character of a table tag (see TABLE_TAG). */
const TABLE_TAG_CANDIDATE = '<(?=\\/?[tT](?:[dDhHrR]|[aA][bB][lL][eE]|[hH][eE][aA][dD]|[bB][oO][dD][yY]|[fF][oO][oO][tT])[\\s>/])';

/** The run of table tags and blanks starting at `at`, and whether it crosses a row's end, or null when no table tag starts there. */
const tableTagRun = (input: string, at: number): { end: number; row: boolean } | null => {
  let end = at;
  let row = false;
  let tags = 0;
  for (;;) {
    let k = end;
    while (k < input.length && isBlankOrLineCode(input.charCodeAt(k))) k++;
    if (input.charCodeAt(k) !== 0x3c) break;
    const tag = TABLE_TAG.exec(textAfter(input, k, 220));
    if (!tag) break;
    if (!/^<\/?t[dh]/i.test(tag[0])) row = true;
    tags++;
    end = k + tag[0].length;
  }
  if (tags === 0) return null;
  while (end < input.length && isBlankOrLineCode(input.charCodeAt(end))) end++;
  return { end, row };
};

/**
 * In a document's name (`IP_LEROY_Enzo_2026-03.docx`, `Indu_RSA_ARNAUD_Kevin_3 846,00.pdf`) or a
 * folder's in a Windows path or a tree listing (`S:\Autonomie\BOYER_Michel`, `├───LEROY_Enzo`),
 * an underscore between two letters or digits separates words, and so does the backslash or slash
 * before the file's own name in a path that is no URL (`/ged/ASE/placements/MARTINEZ_Jade.pdf`): they
 * become spaces, so that names and terms read as in prose (a name is never read right after a
 * slash). The folders' separators stay (`\ASE\` names a service's folder, see _terms.ts), and so
 * does everything elsewhere (code, URLs, `access_token=…`, dates). The regex finds the candidates
 * between two letters or digits; `inFileName` reads their token.
 */
const FILE_SEPARATOR = `[_/](?<=[${EMPHASIS_WORD}][_/])(?=[${EMPHASIS_WORD}])`;
const FILE_EXTENSION = '\\.(?:pdf|docx?|xlsx?|xlsm|od[tsp]|pptx?|jpe?g|png|tiff?|heic|txt|rtf|msg|eml|zip|csv)(?![0-9A-Za-z\\u00C0-\\u024F])';
/** The extension ends the token, or comes a little further on its line (`…_2025 (1).pdf`, `…_3 846,00.pdf`). */
const FILE_EXTENSION_AT_END = new RegExp(`${FILE_EXTENSION}$`, 'i');
const FILE_EXTENSION_SOON = new RegExp(`^[^\\n=;"<>|]{0,24}?${FILE_EXTENSION}`, 'i');
/** A drive's or a server's path (`S:\…`, `\\srv\…`; not `DOMAINE\user`), or a tree listing's lines. */
const FOLDER_MARK = /^(?:[A-Za-z]:\\|\\\\)|[\u2500-\u257f]/;
/** The characters that end a file's token, by code: a token is read character by character, and a Set lookup for each cost more than the rest of the reading. */
const FILE_TOKEN_BREAKS = new Uint8Array(128);
for (const char of '"\'<>|;,?#&=()[]') FILE_TOKEN_BREAKS[char.charCodeAt(0)] = 1;

const breaksFileToken = (code: number): boolean => isBlankOrLineCode(code) || (code < 128 && FILE_TOKEN_BREAKS[code] === 1);

interface FileToken {
  end: number;
  /** A file's or a folder's name. */
  file: boolean;
  /** Its last backslash or slash, before the file's own name, unless it holds `://` (a URL's stay). */
  lastSeparator: number;
}

/**
 * Whether the separator at `at` lies in a file's or a folder's name (see FILE_SEPARATOR). Its token
 * is read once: `token` keeps its end and the answers for the next separators in it.
 */
const inFileName = (input: string, at: number, token: FileToken): boolean => {
  if (at < token.end) return token.file;
  let start = at;
  while (start > 0 && !breaksFileToken(input.charCodeAt(start - 1))) start--;
  let end = at + 1;
  while (end < input.length && !breaksFileToken(input.charCodeAt(end))) end++;
  const text = input.slice(start, end);
  token.end = end;
  token.file = FILE_EXTENSION_AT_END.test(text) || FOLDER_MARK.test(text) || FILE_EXTENSION_SOON.test(textAfter(input, end, 40));
  token.lastSeparator = text.includes('://') ? -1 : start + Math.max(text.lastIndexOf('\\'), text.lastIndexOf('/'));
  return token.file;
};

/**
 * Characters normalisation may change, double spaces, and line breaks that may only wrap a line of
 * prose (see isSoftLineBreak; the regex keeps the other line breaks out of the loop, where they
 * cost a call each, and tests its look-behinds after the `\n`: a leading look-behind is tried at
 * every position); most prompts have none and skip the offset map.
 */
export const NORMALIZATION_CANDIDATES =
  // The characters above U+00FF are matched by one range, then checked in their class: a class of many ranges,
  // tried first at every position of a two-byte text, was 40 % of this scan (the bench's 4 KB prompts: 42 → 24 µs).
  '[\\\\\\u00a0\\u00ad\\u00c6\\u00e6]|[\\u0152-\\uff5e](?<=[\\u0152\\u0153\\u02bc\\u0300-\\u036f\\u180e\\u1ab0-\\u1aff\\u2000-\\u206f\\u20d0-\\u20ff\\u2212\\u3000\\ufb00-\\ufb06\\ufe63\\ufeff\\uff01-\\uff5e])| {2}' +
    '|&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});' +
    `|\u00c3(?=[\u0080-\u00bf${CP1252_HIGH}])` +
    `|\\n(?:(?<![.:;!?][ \\t\\r]*\\n)(?=[0-9a-z\\u00DF-\\u00FF])|(?<=(?:${WRAPPED_TITLES})[ \\t\\r]*\\n)(?=[A-Z\\u00C0-\\u00DE])|(?=>|${LIST_ITEM}))|^(?:>|${LIST_ITEM})` +
    // Last: the regex engine tries the alternatives in order where a candidate may start (measured: 0.5 ms per MB less).
    `|${EMPHASIS_CANDIDATE}` +
    '|%(?=[0-9a-fA-F]{2})' +
    '|\\.(?=\\.\\.\\.| \\. \\.)|_(?=___)' +
    `|${TABLE_TAG_CANDIDATE}|${FILE_SEPARATOR}`;
/**
 * The characters NORMALIZATION_CANDIDATES' alternatives start with (normalize.test.ts checks it), looked ahead first, with
 * the text's start: for V8 compiled without its search optimisations (see _name-things.ts's lineNamesPlant), which tried
 * every alternative at every position. Normalising a 4 KB prompt of the bench then took 204 µs, 129 µs with it (76 -> 79 µs optimised);
 * the regex alone on the 1 MB document of bench (b) in Chromium 150: 31 -> 16 ms so, 5.8 -> 6.3 ms optimised.
 */
export const CANDIDATE_FIRST_CHARACTERS = '[\\\\\\u00a0\\u00ad\\u00c6\\u00e6\\u0152-\\uff5e &\\u00c3\\n*_`%.</]';
const NEEDS_NORMALIZATION = new RegExp(`(?=${CANDIDATE_FIRST_CHARACTERS}|^)(?:${NORMALIZATION_CANDIDATES})`);
const NEXT_TO_NORMALIZE = new RegExp(NEEDS_NORMALIZATION.source, 'g');

/**
 * Offsets of a normalised text, kept as its edits only: each replaced, removed or composed stretch
 * of the input, in output order. Between edits the text is a copy of the input, so an offset maps
 * back by a constant shift: a long prompt with a few no-break spaces costs a few entries instead
 * of two arrays of its length.
 */
class OffsetMap {
  /**
   * @param edits Per edit, EDIT_SIZE numbers: output offset where it starts, its output length, the
   *   input span [from, to) it replaces, and its replacement (see normalizeText).
   * @param textLength Length of the normalised text.
   */
  constructor(
    private readonly edits: Int32Array,
    readonly inputLength: number,
    readonly textLength: number,
  ) {}

  /** Index (in `edits`) of the last edit starting at or before output offset `offset`, or a negative number. */
  private editAt(offset: number): number {
    const edits = this.edits;
    let low = 0;
    let high = edits.length / EDIT_SIZE;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (edits[mid * EDIT_SIZE] <= offset) low = mid + 1;
      else high = mid;
    }
    return (low - 1) * EDIT_SIZE;
  }

  /** Start of the original character(s) output offset `offset` came from (the input length past the end). */
  startOf(offset: number): number {
    return this.originOf(offset, 0);
  }

  /** End (exclusive) of the original character(s) output offset `offset` came from. */
  endOf(offset: number): number {
    return this.originOf(offset, 1);
  }

  /** startOf (`end` 0) or endOf (`end` 1): an edit maps to its input span, a copied character to itself. */
  private originOf(offset: number, end: 0 | 1): number {
    if (offset >= this.textLength) return this.inputLength;
    const k = this.editAt(offset);
    if (k < 0) return offset + end;
    const edits = this.edits;
    const editEnd = edits[k] + edits[k + 1];
    return offset < editEnd ? edits[k + 2 + end] : edits[k + 3] + offset - editEnd + end;
  }
}

/** Numbers per edit: output offset, output length, input from, input to, replacement. */
const EDIT_SIZE = 5;
/**
 * Replacement field of an edit: the empty string, or (≥ 0) one character code, or (≤ LONGER) a
 * longer string kept apart, at index LONGER - field of a list (a map keyed by edit cost 30 ms for
 * the 100,000 ligatures of a 100 KB PDF copy).
 */
const REMOVED = -1;
const LONGER = -2;

/** The replacement field for `value`, a string longer than one character, added to `longer`. */
const longerReplacement = (longer: string[], value: string): number => {
  longer.push(value);
  return LONGER - (longer.length - 1);
};
let editBuffer = new Int32Array(1024);

/**
 * `edits` with edit number `index` written (see EDIT_SIZE): output offset and length, the input
 * span [from, to) it replaces, its replacement. Grown (a new buffer returned) when full.
 */
const withEdit = (edits: Int32Array<ArrayBuffer>, index: number, outOffset: number, outLength: number, from: number, to: number, replacement: number): Int32Array<ArrayBuffer> => {
  let buffer = edits;
  if ((index + 1) * EDIT_SIZE > buffer.length) {
    buffer = new Int32Array(buffer.length * 2);
    buffer.set(edits);
  }
  const at = index * EDIT_SIZE;
  buffer[at] = outOffset;
  buffer[at + 1] = outLength;
  buffer[at + 2] = from;
  buffer[at + 3] = to;
  buffer[at + 4] = replacement;
  return buffer;
};

/** The plain form of a typographic character: dashes `-`, apostrophes `'`, full-width ASCII; others as they are. */
const plainCode = (code: number): number => {
  if (DASH_LIKE.has(code)) return 0x2d;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc) return 0x27;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code;
};

/** A character decoded from an escape or a reference, as normalisation writes it (REMOVED when invisible). */
const decodedCode = (code: number): number => {
  if (ZERO_WIDTH.has(code)) return REMOVED;
  if (SPACE_LIKE.has(code)) return 0x20;
  return plainCode(code);
};

/** The replacement field and length of a decoded code point: beyond the BMP, its two units kept apart (see LONGER). */
const decodedReplacement = (longer: string[], point: number): [number, number] => {
  if (point > 0xffff) return [longerReplacement(longer, String.fromCodePoint(point)), 2];
  const code = decodedCode(point);
  return [code, code === REMOVED ? 0 : 1];
};

/** A text that normalisation leaves as it is: its offsets are the input's. */
const unchanged = (input: string): NormalizedCharacters => ({ text: input });

/**
 * An OCR's letters for digits in a number (`18/O3/1957`, `O6 39 98 O4 63`, `21/1l/2O18`): each a
 * digit again. A number is a run of digits and such letters, one beside a digit, between other characters
 * than letters and digits (`H2O`, `CAR0N` stay), and not a code's letter before a zero (`offre
 * O012-2026`). Its `l` for `I` in a word in capitals too (`GARNlER`, `MlLLAU`; not in a token's mixed case).
 * Same length: the offsets stay.
 */
const OCR_DIGIT_SLIP = /\d[OlI]|[OlI]\d/;
const OCR_CAPITAL_SLIP = /[A-Z]l[A-Z]/;
// Each pattern opens on its first character and looks behind it then (a leading look-behind is tried at every
// position); a number is taken only when it holds a slip, so that a text's other numbers cost no call.
const OCR_NUMBER = /[\dOlI](?<=(?<![\p{L}\d])(?=[\dOlI]*?(?:\d[OlI]|[OlI]\d))(?!O0).)[\dOlI]*(?![\p{L}\d])/gu;
const OCR_CAPITALS = /[A-Z\u00C0-\u00DE](?<=(?<![\p{L}\d_]).)[A-Z\u00C0-\u00DE]*(?:l[A-Z\u00C0-\u00DE]+)+(?![\p{L}\d_])/gu;

export const normalizeText = (input: string): NormalizedText => {
  // A page's strings may be stored two bytes per character whatever they hold (the fields of a send's
  // body), and V8 compiles a regex apart for one-byte and for two-byte strings: a text of Latin-1
  // characters only is normalised and scanned as its one-byte copy, so that regexes meet two-byte
  // strings only for texts that hold other characters.
  const inputCopy = oneByteCopy(input);
  const source = inputCopy?.replaced === 0 ? inputCopy.text : input;
  const { text: characters, offsets } = normalizeCharacters(source);
  let text = characters;
  if (OCR_DIGIT_SLIP.test(text)) text = text.replace(OCR_NUMBER, (number) => number.replace(/O/g, '0').replace(/[lI]/g, '1'));
  if (OCR_CAPITAL_SLIP.test(text)) text = text.replace(OCR_CAPITALS, (word) => word.replace(/l/g, 'I'));
  // Most texts come out of normalisation unchanged: their copy is the one just made.
  const copy = text === source ? inputCopy : oneByteCopy(text);
  if (copy === null) return { text, folded: foldText(text), offsets, copy };
  const folded = foldedCopy(copy) ?? foldText(text);
  return copy.replaced === 0 ? { text: copy.text, folded, offsets, copy: null } : { text, folded, offsets, copy };
};

/**
 * Normalise `input`. Linear in the input length: a regex jumps from one character that may need a
 * change to the next, the runs in between are copied as slices and offsets are kept as edits, so
 * a long prompt costs little more than a copy.
 */
const normalizeCharacters = (input: string): NormalizedCharacters => {
  if (!NEEDS_NORMALIZATION.test(input)) return unchanged(input);
  const length = input.length;
  // Edits go to a reused buffer (a growing array of a long text's edits costs more than the edits).
  let edits = editBuffer;
  let count = 0;
  const longer: string[] = [];
  // Closing runs of Markdown emphasis to remove when the loop reaches them: start → end.
  let closings: Map<number, number> | undefined;
  let emphasis: EmphasisClosers | undefined;
  let columns: FixedWidthColumns | undefined;
  // The file name's token around the last separator read (see inFileName).
  const fileToken: FileToken = { end: -1, file: false, lastSeparator: -1 };
  let leader = -1;
  let outLength = 0;
  let runStart = 0;
  const next = NEXT_TO_NORMALIZE;
  next.lastIndex = 0;
  // E-mail quote marks and a list bullet opening the text: removed, as on the lines below.
  const textStart = afterLineMarks(input, 0);
  if (textStart > 0) {
    edits = withEdit(edits, 0, 0, 0, 0, textStart, REMOVED);
    count = 1;
    runStart = textStart;
    next.lastIndex = textStart;
  }
  // `test` moves `lastIndex` past the match (one character, or the second of two spaces) without
  // building a match array.
  while (next.test(input)) {
    const i = next.lastIndex - 1;
    const code = input.charCodeAt(i);
    let replacement: number;
    let replacementLength = 1;
    let from = i;
    let to = i + 1;
    if (code === 0x0a) {
      // A line break inside wrapped prose (a PDF or an e-mail copied with its line ends) is a
      // space; the e-mail quote marks and the list bullet after a line break (`> `, `• `) are
      // removed, and a list item always starts a line.
      const quoted = afterQuoteMarks(input, i + 1);
      const next = afterLineMarks(input, i + 1);
      // Rows of a fixed-width table keep their line breaks, as TSV rows do (LINE_OF_RECORDS).
      if (next === quoted && isSoftLineBreak(input, i, next) && !(columns ??= new FixedWidthColumns(input)).separatesRows(i)) {
        // With the blanks around it (`\r`, trailing spaces): one space, as for a run of spaces.
        while (from > runStart && isWhiteSpace(input.charCodeAt(from - 1))) from--;
        to = next;
        while (to < length && input.charCodeAt(to) === 0x20) to++;
        replacement = 0x20;
        if (isHyphenation(input, from, to, runStart)) {
          // A word hyphenated at the line end of a PDF (`hospita-` ↵ `lisée`, `Fran-` ↵ `çoise`): one word again.
          from--;
          replacement = REMOVED;
          replacementLength = 0;
        }
      } else if (next > i + 1) {
        // Quote marks or a bullet only: the line break stays.
        from = i + 1;
        to = next;
        replacement = REMOVED;
        replacementLength = 0;
      } else continue;
    } else if (code === 0xc3) {
      // Mojibake (`LEFÃˆVRE HÃ©lÃ¨ne`): a letter's two UTF-8 bytes shown as two characters, read as the letter.
      const second = input.charCodeAt(i + 1);
      replacement = 0x40 + (second < 0xc0 ? second : 0x80 + CP1252_HIGH.indexOf(input[i + 1]));
      to = i + 2;
    } else if (code === 0x5c) {
      const escaped = input[i + 1] === 'u' ? JSON_ESCAPE.exec(textAfter(input, i, 6)) : null;
      if (escaped) {
        // A JSON escape of a log or an API answer (`H\u00e9l\u00e8ne`): the character itself.
        [replacement, replacementLength] = decodedReplacement(longer, Number.parseInt(escaped[1], 16));
        to = i + 6;
      } else if (isEmphasisWord(input.charCodeAt(i + 1))) {
        // A Windows path's separator (see FILE_SEPARATOR).
        if (!inFileName(input, i, fileToken) || i !== fileToken.lastSeparator) continue;
        replacement = 0x20;
      } else {
        // Markdown escape: drop the backslash when it protects a punctuation character.
        if (i + 1 >= length || input[i + 1] === '\\' || !MARKDOWN_ESCAPABLE.has(input[i + 1])) continue;
        replacement = input.charCodeAt(i + 1);
        to = i + 2;
      }
    } else if (code === 0x25) {
      // A URL's percent escapes (`%40`, `%C3%A9`). Its `+` stay: in a query they may be spaces, but
      // base64 values (signatures, tokens) hold them too, and a secret must not be cut in two.
      const decoded = percentDecoded(input, i);
      if (!decoded) continue;
      to = decoded.end;
      [replacement, replacementLength] = decodedReplacement(longer, decoded.point);
    } else if (code === 0x3c) {
      // HTML table markup: a tab between cells, a line break between rows (see TABLE_TAG).
      const run = tableTagRun(input, i);
      if (!run) continue;
      to = run.end;
      replacement = run.row ? 0x0a : 0x09;
    } else if (code === 0x3b) {
      // The end of an HTML character reference (`&eacute;`, `&#233;`, `&nbsp;`): the character itself.
      from = input.lastIndexOf('&', i);
      const reference = HTML_ENTITY.exec(input.slice(from, i + 1));
      const point = !reference ? undefined : reference[3] !== undefined ? HTML_ENTITIES.get(reference[3]) : Number.parseInt(reference[1] ?? reference[2], reference[1] !== undefined ? 10 : 16);
      if (point === undefined || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) continue;
      [replacement, replacementLength] = decodedReplacement(longer, point);
    } else if ((code === 0x2e || code === 0x5f || code === 0x2026) && (leader = leaderEnd(input, i)) > 0) {
      // A dot leader of a form (see MIN_LEADER_UNITS), with the blanks around it.
      while (from > runStart && input.charCodeAt(from - 1) === 0x20) from--;
      to = leader;
      while (to < length && input.charCodeAt(to) === 0x20) to++;
      const before = from > 0 ? input.charCodeAt(from - 1) : 0x0a;
      // The form's own colon after the leader (`NOM ........ : LACOMBE`) stays the only one. A line of
      // underscores after it is a field left blank (`Nom : ________`): one underscore stands for it.
      if (code === 0x5f && before === 0x3a) {
        replacementLength = 3;
        replacement = longerReplacement(longer, ' _ ');
      } else if (before === 0x3a || !isLetterCode(before) || input.charCodeAt(to) === 0x3a) replacement = 0x20;
      else {
        replacementLength = 3;
        replacement = longerReplacement(longer, ' : ');
      }
    } else if ((code === 0x5f || code === 0x2f) && isEmphasisWord(input.charCodeAt(i - 1)) && isEmphasisWord(input.charCodeAt(i + 1))) {
      // Between two letters or digits: a word separator in a file's name only (see FILE_SEPARATOR).
      if (!inFileName(input, i, fileToken) || (code === 0x2f && i !== fileToken.lastSeparator)) continue;
      replacement = 0x20;
    } else if (EMPHASIS_CHARS.has(code)) {
      // Markdown emphasis (see EMPHASIS_CHARS): the opening run and, when the loop reaches it, the closing one are removed.
      to = runEnd(input, i);
      const closingEnd = closings?.get(i);
      if (closingEnd === to) closings!.delete(i);
      else {
        const close = (emphasis ??= new EmphasisClosers(input)).closeOf(i, to);
        // A closing run already paired closes nothing else (`_sk-ant-api03-_zb…_`: the inner `_` stays).
        if (close < 0 || closings?.has(close)) {
          next.lastIndex = to;
          continue;
        }
        (closings ??= new Map()).set(close, close + (to - i));
      }
      replacement = REMOVED;
      replacementLength = 0;
    } else if ((code >= 0xfb00 && code <= 0xfb06) || LATIN_LIGATURES[code]) {
      // Ligature of a PDF copy, or of French spelling: its letters.
      const letters = LATIN_LIGATURES[code] ?? LIGATURES[code - 0xfb00];
      replacementLength = letters.length;
      replacement = longerReplacement(longer, letters);
    } else if (code >= 0xc0 && code < 0x300) {
      // Latin letters need nothing (this also leaves U+02BC, listed below, as it is).
      continue;
    } else if (isBlankOrInvisible(code)) {
      // Zero-width characters are removed, and a run of spaces of any kind is one space: patterns
      // expect one between words and digit groups, and pasted text often holds more (justified
      // PDFs, `FR76  3000…`, `né  le`).
      while (from > runStart && input.charCodeAt(from - 1) === 0x20) from--;
      while (to < length && isBlankOrInvisible(input.charCodeAt(to))) to++;
      let blanks = 0;
      for (let k = from; k < to; k++) if (!ZERO_WIDTH.has(input.charCodeAt(k))) blanks++;
      if (blanks === 0) {
        replacement = REMOVED;
        replacementLength = 0;
      } else if (to - from === 1 && code === 0x20) continue;
      // The gap between two columns of a fixed-width table is a tab, as in a TSV row (see fixed-width-columns.ts).
      else replacement = blanks >= 2 && (columns ??= new FixedWidthColumns(input)).isColumnGap(from, to) ? 0x09 : 0x20;
    } else if (isCombiningMark(code)) {
      if (runStart >= i) continue;
      // Combining marks after a base character: compose (NFC) and map the result to the cluster.
      while (to < length && isCombiningMark(input.charCodeAt(to))) to++;
      from = i - 1;
      const composed = input.slice(from, to).normalize('NFC');
      replacementLength = composed.length;
      if (composed.length === 1) replacement = composed.charCodeAt(0);
      else {
        replacement = composed.length === 0 ? REMOVED : longerReplacement(longer, composed);
      }
    } else {
      replacement = plainCode(code);
      if (replacement === code) continue;
    }
    outLength += from - runStart;
    edits = withEdit(edits, count, outLength, replacementLength, from, to, replacement);
    count++;
    outLength += replacementLength;
    runStart = to;
    next.lastIndex = to;
  }
  if (edits.length <= 1 << 18) editBuffer = edits;
  if (count === 0) return unchanged(input);
  outLength += length - runStart;
  const kept = edits.slice(0, count * EDIT_SIZE);
  const text = applyEdits(input, kept, longer, outLength);
  return { text, offsets: new OffsetMap(kept, length, outLength) };
};

/**
 * Many edits close together (one every 64 characters or less) are applied in a buffer: thousands
 * of tiny slices cost more than a copy loop. Otherwise slices of the input are joined.
 */
const MANY_EDITS = 1024;
const DENSE_EDITS = 64;

const replacementOf = (edits: Int32Array, at: number, longer: readonly string[]): string => {
  const replacement = edits[at + 4];
  if (replacement === REMOVED) return '';
  if (replacement <= LONGER) return longer[LONGER - replacement];
  return String.fromCharCode(replacement);
};

const applyEdits = (input: string, edits: Int32Array, longer: readonly string[], outLength: number): string => {
  const count = edits.length / EDIT_SIZE;
  if (count <= MANY_EDITS || count * DENSE_EDITS < input.length) {
    const parts: string[] = [];
    let runStart = 0;
    for (let at = 0; at < edits.length; at += EDIT_SIZE) {
      const from = edits[at + 2];
      if (from > runStart) parts.push(input.slice(runStart, from));
      parts.push(replacementOf(edits, at, longer));
      runStart = edits[at + 3];
    }
    if (input.length > runStart) parts.push(input.slice(runStart));
    return parts.length === 1 ? parts[0] : parts.join('');
  }
  const out = scratch16(outLength);
  let written = 0;
  let runStart = 0;
  for (let at = 0; at <= edits.length; at += EDIT_SIZE) {
    const from = at < edits.length ? edits[at + 2] : input.length;
    for (let i = runStart; i < from; i++) out[written++] = input.charCodeAt(i);
    if (at === edits.length) break;
    const replacement = edits[at + 4];
    if (replacement >= 0) out[written++] = replacement;
    else if (replacement <= LONGER) {
      const composed = longer[LONGER - replacement];
      for (let i = 0; i < composed.length; i++) out[written++] = composed.charCodeAt(i);
    }
    runStart = edits[at + 3];
  }
  return UTF16.decode(out);
};

/** Maps a [start, end) span of the normalised text back to the original text. */
export const toOriginalSpan = ({ offsets }: NormalizedText, start: number, end: number): [number, number] => {
  if (!offsets) return [start, Math.max(start, end)];
  if (end <= start) return [offsets.startOf(start), offsets.startOf(start)];
  return [offsets.startOf(start), offsets.endOf(end - 1)];
};
