import { scratch16, scratch8, SCRATCH_MIN_LENGTH, UTF16, UTF8 } from './scratch-buffers';

/**
 * The folded text: lower case, no accents, one UTF-16 unit for each unit of the text, so that its
 * offsets are the text's. Context words, term lists and dictionaries are written folded.
 */

/**
 * Characters above U+00FF that prompts often hold, folded to a Latin-1 character of the same
 * Unicode category and case: `€` to `¤` (currency symbols), `→` to `¬` (math symbols), `œ` and `Œ`
 * to `þ` (lower-case letters; normalizeText spells them out first, see LATIN_LIGATURES in
 * normalize.ts). A long folded text without other characters above U+00FF is then stored one byte
 * per character, on which V8 searches and runs regexes faster (measured: 4 KB scans 8 % faster). No
 * keyword, term or check names these characters, nor uses a class that holds one of a pair without
 * the other: tests/unit/detection/normalize.test.ts checks the categories and every regex that runs
 * on the folded text. Unlike the one-byte copy's stand-ins (STAND_INS in one-byte-copy.ts, C1
 * controls checked pattern by pattern), these keep the category: code of every kind reads the
 * folded text, not only patterns.
 */
export const LATIN1_FOLDS: ReadonlyMap<string, string> = new Map([
  ['\u20ac', '\u00a4'],
  ['\u2192', '\u00ac'],
  ['\u0153', '\u00fe'],
]);

/** Lower case, accent-free fold of one UTF-16 unit, keeping the length at one unit. */
const foldChar = (ch: string): string => {
  const base = plainFoldChar(ch);
  return LATIN1_FOLDS.get(base) ?? base;
};

/** `foldChar` without LATIN1_FOLDS. */
const plainFoldChar = (ch: string): string => {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return ch;
  return lower.normalize('NFD').charAt(0);
};

const LATIN1_FOLD_RESULTS = new RegExp(`[${[...LATIN1_FOLDS.values()].join('')}]`, 'g');

/**
 * `foldText` without LATIN1_FOLDS (`œ` stays `œ`): the fold of policy terms, whose hashes
 * (policies/custom-rules.ts) must not depend on how the engine stores its folded text.
 */
export const foldTextPlain = (value: string): string => foldText(value).replace(LATIN1_FOLD_RESULTS, (_fold, at: number) => plainFoldChar(value[at]));

const FOLD_CACHE = new Map<string, string>();
const foldCached = (ch: string): string => {
  let folded = FOLD_CACHE.get(ch);
  if (folded === undefined) {
    folded = foldChar(ch);
    FOLD_CACHE.set(ch, folded);
  }
  return folded;
};

/** Fold of every code unit below U+0250 (Latin, Latin-1, Latin Extended-A/B), built once. */
const FOLD_TABLE_SIZE = 0x250;
let foldTable: Uint16Array | null = null;
const getFoldTable = (): Uint16Array => {
  if (!foldTable) {
    foldTable = new Uint16Array(FOLD_TABLE_SIZE);
    for (let code = 0; code < FOLD_TABLE_SIZE; code++) foldTable[code] = foldChar(String.fromCharCode(code)).charCodeAt(0);
  }
  return foldTable;
};

/** The fold of one UTF-16 unit, as `foldText` folds it in a string. */
export const foldUnit = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code < FOLD_TABLE_SIZE ? String.fromCharCode(getFoldTable()[code]) : foldCached(ch).charAt(0);
};

/**
 * A name's words folded as the first-name list and the name word lists are written: lower case,
 * no accents (decomposed, marks dropped). For short words, not texts: `foldText` keeps offsets.
 * Most words are ASCII: they skip the decomposition, which costs more than the rest of a name check.
 */
export const foldName = (value: string): string => NON_ASCII.test(value) ? value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() : value.toLowerCase();

/**
 * Lower case and strip accents of a whole string (same rule as the folded text), keeping the
 * length. Table-driven: it runs on every prompt, so it must cost about as much as a copy.
 */
export const foldText = (value: string): string => {
  if (value.length < SCRATCH_MIN_LENGTH && !NON_ASCII.test(value)) return value.toLowerCase();
  const table = getFoldTable();
  const out = scratch16(value.length);
  let highest = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const folded = code < FOLD_TABLE_SIZE ? table[code] : foldCached(value[i]).charCodeAt(0);
    out[i] = folded;
    highest |= folded;
  }
  // A text folded to Latin-1 only is returned one byte per character (see oneByteCopy in
  // one-byte-copy.ts): the UTF-16 decoder of a browser may return two bytes per character whatever
  // they hold.
  return highest < 0x100 ? latin1String(out) : UTF16.decode(out);
};

/** The one-byte string of Latin-1 character codes `codes`, decoded from UTF-8. */
const latin1String = (codes: Uint16Array): string => {
  const bytes = scratch8(codes.length * 2);
  let length = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < 0x80) bytes[length++] = code;
    else {
      bytes[length++] = 0xc0 | (code >> 6);
      bytes[length++] = 0x80 | (code & 0x3f);
    }
  }
  return UTF8.decode(bytes.subarray(0, length));
};

const NON_ASCII = /[^\u0000-\u007f]/;
