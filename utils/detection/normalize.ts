/**
 * Text normalisation with an offset map back to the original text.
 *
 * Agents paste text full of typographic and invisible characters that dodge naive patterns:
 * no-break and thin spaces between digit groups, zero-width characters, Markdown escapes
 * (`jean\_dupont@…`, added by some chat composers), full-width digits, decomposed accents.
 * Detectors run on the normalised copy; findings are mapped back so the UI can mark the
 * original characters (shared/reference/detectors.md §0.1).
 */

export interface NormalizedText {
  /** The text detectors see. */
  readonly text: string;
  /** Lower-cased, accent-free copy of `text` with the same length, for keyword matching. */
  readonly folded: string;
  /** For each index of `text`, the start of the original character(s) it came from; null when `text` is the input itself. */
  readonly originStart: Uint32Array | null;
  /** For each index of `text`, the end (exclusive) of the original character(s) it came from; null likewise. */
  readonly originEnd: Uint32Array | null;
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);
// Spaces people and word processors put between digit groups or before French punctuation.
const SPACE_LIKE = new Set([0x00a0, 0x202f, 0x2007, 0x2009, 0x200a, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x205f, 0x3000]);
const DASH_LIKE = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]);
// Characters a Markdown escape can protect; `\_` and `\*` are the ones composers actually add.
const MARKDOWN_ESCAPABLE = new Set('\\`*_{}[]()#+-.!|~<>'.split(''));

/** Lower case, accent-free fold of one UTF-16 unit, keeping the length at one unit. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return ch;
  const base = lower.normalize('NFD').charAt(0);
  return base;
}

const FOLD_CACHE = new Map<string, string>();
function foldCached(ch: string): string {
  let folded = FOLD_CACHE.get(ch);
  if (folded === undefined) {
    folded = foldChar(ch);
    FOLD_CACHE.set(ch, folded);
  }
  return folded;
}

/** Fold of every code unit below U+0250 (Latin, Latin-1, Latin Extended-A/B), built once. */
const FOLD_TABLE_SIZE = 0x250;
let foldTable: Uint16Array | null = null;
function getFoldTable(): Uint16Array {
  if (!foldTable) {
    foldTable = new Uint16Array(FOLD_TABLE_SIZE);
    for (let code = 0; code < FOLD_TABLE_SIZE; code++) foldTable[code] = foldChar(String.fromCharCode(code)).charCodeAt(0);
  }
  return foldTable;
}
const UTF16 = new TextDecoder('utf-16le');

/**
 * Lower case and strip accents of a whole string (same rule as the folded text), keeping the
 * length. Table-driven: it runs on every prompt, so it must cost about as much as a copy.
 */
export function foldText(value: string): string {
  if (!NON_ASCII.test(value)) return value.toLowerCase();
  const table = getFoldTable();
  const out = new Uint16Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    out[i] = code < FOLD_TABLE_SIZE ? table[code] : foldCached(value[i]).charCodeAt(0);
  }
  return UTF16.decode(out);
}

const NON_ASCII = /[^\u0000-\u007f]/;

function isCombiningMark(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x20d0 && code <= 0x20ff);
}

/**
 * Normalise `input`. Linear in the input length: runs of characters that need no change are
 * copied as slices, so the common ASCII text costs little more than the offset arrays.
 */
/** Characters normalisation may change; most prompts have none and skip the offset map. */
const NEEDS_NORMALIZATION = /[\\\u00a0\u00ad\u02bc\u0300-\u036f\u180e\u1ab0-\u1aff\u2000-\u206f\u20d0-\u20ff\u2212\u3000\ufe63\ufeff\uff01-\uff5e]/;

export function normalizeText(input: string): NormalizedText {
  if (!NEEDS_NORMALIZATION.test(input)) return { text: input, folded: foldText(input), originStart: null, originEnd: null };
  const length = input.length;
  const originStart = new Uint32Array(length + 1);
  const originEnd = new Uint32Array(length + 1);
  const parts: string[] = [];
  let outLength = 0;
  let runStart = 0;

  const flushRun = (upTo: number) => {
    if (upTo <= runStart) return;
    parts.push(input.slice(runStart, upTo));
    for (let k = runStart; k < upTo; k++) {
      originStart[outLength] = k;
      originEnd[outLength] = k + 1;
      outLength++;
    }
  };
  const emit = (ch: string, from: number, to: number) => {
    parts.push(ch);
    for (let k = 0; k < ch.length; k++) {
      originStart[outLength] = from;
      originEnd[outLength] = to;
      outLength++;
    }
  };

  for (let i = 0; i < length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      // Markdown escape: drop the backslash when it protects a punctuation character.
      if (code === 0x5c && i + 1 < length && input[i + 1] !== '\\' && MARKDOWN_ESCAPABLE.has(input[i + 1])) {
        flushRun(i);
        emit(input[i + 1], i, i + 2);
        i++;
        runStart = i + 1;
      }
      continue;
    }
    // Accented letters (Latin-1 to Latin Extended-B) need nothing: the common French case.
    if (code >= 0xc0 && code < 0x300) continue;
    let replacement: string | null = null;
    let consumedTo = i + 1;
    if (ZERO_WIDTH.has(code)) replacement = '';
    else if (SPACE_LIKE.has(code)) replacement = ' ';
    else if (DASH_LIKE.has(code)) replacement = '-';
    else if (code === 0x2019 || code === 0x2018 || code === 0x02bc) replacement = "'";
    else if (code >= 0xff01 && code <= 0xff5e) replacement = String.fromCharCode(code - 0xfee0);
    else if (isCombiningMark(code) && runStart < i) {
      // Combining marks after a base character: compose (NFC) and map the result to the cluster.
      let clusterEnd = i + 1;
      while (clusterEnd < length && isCombiningMark(input.charCodeAt(clusterEnd))) clusterEnd++;
      flushRun(i - 1);
      emit(input.slice(i - 1, clusterEnd).normalize('NFC'), i - 1, clusterEnd);
      i = clusterEnd - 1;
      runStart = clusterEnd;
      continue;
    }
    if (replacement === null) continue;
    flushRun(i);
    emit(replacement, i, consumedTo);
    i = consumedTo - 1;
    runStart = consumedTo;
  }
  flushRun(length);
  originStart[outLength] = length;
  originEnd[outLength] = length;
  const text = parts.length === 1 ? parts[0] : parts.join('');
  return {
    text,
    folded: foldText(text),
    originStart: originStart.subarray(0, outLength + 1),
    originEnd: originEnd.subarray(0, outLength + 1),
  };
}

/** Maps a [start, end) span of the normalised text back to the original text. */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  if (!normalized.originStart || !normalized.originEnd) return [start, Math.max(start, end)];
  if (end <= start) return [normalized.originStart[start], normalized.originStart[start]];
  return [normalized.originStart[start], normalized.originEnd[end - 1]];
}
