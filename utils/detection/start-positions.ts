import { fold, PatternReader, Unsupported, type Node } from './pattern-reader';

/**
 * Where a pattern may start, worked out from its source, so that long term lists are tried only
 * where one of their terms may begin.
 *
 * The vocabulary patterns (health, social case, art. 9 and 10, markings) and the person anchors
 * are alternations of hundreds of terms behind a left word boundary `(?<![letters digits])`. The regex engine tries
 * that look-behind and the alternation's first characters at every position of the text, which
 * made them the costliest part of a long scan. Their matches can only start where the look-behind
 * holds and where the folded text begins with one of a few hundred short prefixes (the first four
 * folded characters of every term). One pass over the text lists those positions for all such
 * patterns at once; each pattern then runs as a sticky regex at its positions only.
 *
 * Finding the same matches: a global regex resumes at `lastIndex` and stops at the first position
 * where it matches; run sticky at every listed position from `lastIndex` on, it stops at the same
 * position with the same match, provided the list holds every position where the pattern can match.
 * The prefixes guarantee that: every match of the pattern begins with one of them (see
 * `prefixesOf`), and the list is a superset (hash collisions only add positions).
 */

/**
 * Longest prefix kept per term: four characters tell most terms apart from ordinary words. A
 * pattern with too many prefixes of four (dates: `12/0`, `3 ja`…) is read again with shorter ones.
 */
const PREFIX_LENGTH = 4;
/**
 * Folded characters that a case-insensitive pattern matches in other characters whose fold differs
 * (`s` matches `ſ`, `µ` matches `μ`): they end a prefix. tests/unit/detection/start-positions.test.ts
 * checks the list against every character.
 */
export const CASELESS_OUTLIERS = 'sµ';
/** A pattern with more prefixes than this is not worth filtering (and its analysis stops). */
const MAX_PREFIXES = 4096;
/** A class with more distinct folded characters than this ends a prefix (it rules out little). */
const MAX_CLASS_BRANCHES = 12;
/** Characters whose membership of the leading look-behind's class is computed; the others count as outside. */
const BOUNDARY_TABLE_SIZE = 0x500;
/** Buckets of the hashed prefix tables (a power of two): small enough to stay in the processor's cache. */
const TABLE_BITS = 12;
/** Patterns sharing one pass (bits of a Uint32 mask). */
export const MAX_SHARING = 32;

/** What a match of a pattern must start with. */
export interface StartCondition {
  /** Per character code below BOUNDARY_TABLE_SIZE: 1 when the leading look-behind refuses a match after it. */
  readonly boundary: Uint8Array;
  /** Folded prefixes (1 to PREFIX_LENGTH characters, each below U+0100) one of which begins every match. */
  readonly prefixes: readonly string[];
}

// --- Prefixes -----------------------------------------------------------------------------------

/** A prefix of the matches of a node: `complete` when the whole match is `text`, else the match only starts with it. */
interface Prefix {
  readonly text: string;
  readonly complete: boolean;
}

const EMPTY_COMPLETE: Prefix = { text: '', complete: true };
const UNKNOWN: Prefix = { text: '', complete: false };

class TooManyPrefixes extends Error {}

const addPrefix = (into: Map<string, Prefix>, prefix: Prefix): void => {
  const key = `${prefix.complete ? 1 : 0}${prefix.text}`;
  if (!into.has(key)) {
    into.set(key, prefix);
    if (into.size > MAX_PREFIXES) throw new TooManyPrefixes();
  }
};

/** Prefixes such that every match of `node` starts with one of them (or, when complete, equals it). */
/** How a pattern is read: the prefix length, and whether the pattern ignores case. */
interface Reading {
  readonly prefixLength: number;
  readonly caseless: boolean;
}

const prefixesOf = (node: Node, reading: Reading): Prefix[] => {
  switch (node.kind) {
    case 'empty':
    case 'lookbehind':
      return [EMPTY_COMPLETE];
    case 'any':
      return [UNKNOWN];
    case 'chars':
      if (node.chars.length > MAX_CLASS_BRANCHES) return [UNKNOWN];
      // A character beyond Latin-1 (or a fold longer than one unit) ends the prefix: the pass compares bytes.
      return node.chars.map((char) => (char.length === 1 && char.charCodeAt(0) < 0x100 && !(reading.caseless && CASELESS_OUTLIERS.includes(char)) ? { text: char, complete: true } : UNKNOWN));
    case 'alternation': {
      const all = new Map<string, Prefix>();
      for (const branch of node.branches) for (const prefix of prefixesOf(branch, reading)) addPrefix(all, prefix);
      return [...all.values()];
    }
    case 'repeat': {
      if (node.max === 0) return [EMPTY_COMPLETE];
      const once = prefixesOf(node.body, reading);
      const body = node.max === 1 ? once : once.map((prefix) => ({ text: prefix.text, complete: false }));
      return node.min === 0 ? [EMPTY_COMPLETE, ...body] : body;
    }
    case 'sequence': {
      let current: Prefix[] = [EMPTY_COMPLETE];
      for (const item of node.items) {
        if (current.every((prefix) => !prefix.complete)) break;
        const following = prefixesOf(item, reading);
        const next = new Map<string, Prefix>();
        for (const prefix of current) {
          if (!prefix.complete) {
            addPrefix(next, prefix);
            continue;
          }
          for (const after of following) {
            const text = prefix.text + after.text;
            addPrefix(next, text.length >= reading.prefixLength ? { text: text.slice(0, reading.prefixLength), complete: false } : { text, complete: after.complete });
          }
        }
        current = [...next.values()];
      }
      return current;
    }
  }
};

const CONDITIONS = new WeakMap<RegExp, StartCondition | null>();
const FOLDED_CONDITIONS = new WeakMap<RegExp, StartCondition | null>();

/**
 * The start condition of `pattern`, or null when it has none this module can use: the pattern
 * must open with a negative look-behind of one character class, and every match must begin with
 * a known non-empty prefix. Prefixes are folded, so a case-insensitive pattern has the same ones,
 * except where it matches characters whose fold differs (CASELESS_OUTLIERS). `onFoldedText`: the pattern runs on
 * the folded copy of the text, so its look-behind refuses a character whose fold it refuses.
 */
export const startCondition = (pattern: RegExp, onFoldedText = false): StartCondition | null => {
  const cache = onFoldedText ? FOLDED_CONDITIONS : CONDITIONS;
  let condition = cache.get(pattern);
  if (condition === undefined) {
    condition = computeStartCondition(pattern, onFoldedText);
    cache.set(pattern, condition);
  }
  return condition;
};

const computeStartCondition = (pattern: RegExp, onFoldedText: boolean): StartCondition | null => {
  if (!pattern.unicode || pattern.flags.includes('v')) return null;
  const boundaryClass = /^\(\?<!\[((?:\\.|[^\]\\])+)\]\)/.exec(pattern.source);
  if (!boundaryClass || boundaryClass[1].startsWith('^')) return null;
  let root: Node;
  try {
    root = new PatternReader(pattern.source).read();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  let prefixes: Prefix[] | null = null;
  for (let prefixLength = PREFIX_LENGTH; !prefixes && prefixLength > 0; prefixLength--) {
    try {
      prefixes = prefixesOf(root, { prefixLength, caseless: pattern.ignoreCase });
    } catch (error) {
      if (!(error instanceof TooManyPrefixes)) throw error;
    }
  }
  if (!prefixes) return null;
  // The look-behind must apply to every match: it opens the only branch of the pattern.
  const first = root.kind === 'sequence' ? root.items[0] : null;
  if (!first || first.kind !== 'lookbehind' || !first.negative) return null;
  if (prefixes.some((prefix) => prefix.text === '')) return null;
  return { boundary: boundaryTable(boundaryClass[1], onFoldedText), prefixes: [...new Set(prefixes.map((prefix) => prefix.text))] };
};

/** Boundary tables by class source (most patterns share one): 1 for each character the class holds (or whose fold it holds). */
const BOUNDARY_TABLES = new Map<string, Uint8Array>();

const boundaryTable = (classBody: string, onFoldedText: boolean): Uint8Array => {
  const key = `${onFoldedText ? 'f' : 't'}${classBody}`;
  let boundary = BOUNDARY_TABLES.get(key);
  if (boundary) return boundary;
  const inClass = new RegExp(`^[${classBody}]$`, 'u');
  boundary = new Uint8Array(BOUNDARY_TABLE_SIZE);
  for (let code = 0; code < BOUNDARY_TABLE_SIZE; code++) {
    const char = String.fromCharCode(code);
    boundary[code] = inClass.test(onFoldedText ? fold(char) : char) ? 1 : 0;
  }
  BOUNDARY_TABLES.set(key, boundary);
  return boundary;
};

// --- The shared pass ------------------------------------------------------------------------------

/** Bucket of the hashed tables for a prefix of two to four characters packed in `key` (one byte each). */
const bucket = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);

/**
 * The prefix tables of a set of patterns, built once per set. Per prefix length, `ends` holds the
 * patterns with a prefix of exactly that length and `goesOn` those with a longer prefix that starts
 * the same way, so that the pass stops reading a word as soon as no prefix can follow. The first
 * character indexes its table directly; longer prefixes are hashed (a collision only adds
 * positions). A character refuses a start only when every pattern's look-behind refuses it.
 */
export class StartTables {
  readonly ends: readonly Uint32Array[];
  readonly goesOn: readonly Uint32Array[];
  readonly boundary = new Uint8Array(BOUNDARY_TABLE_SIZE);

  constructor(conditions: readonly StartCondition[]) {
    if (conditions.length > MAX_SHARING) throw new Error(`At most ${MAX_SHARING} patterns share a start pass`);
    const sizes = [0, 0x100, 1 << TABLE_BITS, 1 << TABLE_BITS, 1 << TABLE_BITS];
    this.ends = sizes.map((size) => new Uint32Array(size));
    this.goesOn = sizes.map((size) => new Uint32Array(size));
    this.boundary.fill(1);
    conditions.forEach((condition, index) => {
      const bit = 1 << index;
      for (let code = 0; code < BOUNDARY_TABLE_SIZE; code++) this.boundary[code] &= condition.boundary[code];
      for (const prefix of condition.prefixes) {
        let key = 0;
        for (let n = 1; n <= prefix.length; n++) {
          key = (key | (prefix.charCodeAt(n - 1) << (8 * (n - 1)))) >>> 0;
          const slot = n === 1 ? key : bucket(key);
          if (n === prefix.length) this.ends[n][slot] |= bit;
          else this.goesOn[n][slot] |= bit;
        }
      }
    });
  }
}

/**
 * The first position after `i` whose previous character the look-behind lets through: past a
 * word character, the rest of the word is skipped in a tight loop.
 */
const nextOpen = (text: string, boundary: Uint8Array, i: number, to: number): number => {
  let code = text.charCodeAt(i);
  while (code < BOUNDARY_TABLE_SIZE && boundary[code] === 1 && ++i < to) code = text.charCodeAt(i);
  return i + 1;
};

/**
 * Lists, for each pattern of `tables`, the positions of `text` where it may match:
 * the previous character of `text` passes the look-behind and `folded` (same length) begins there
 * with one of its prefixes. Positions are ascending.
 */
export const startPositions = (tables: StartTables, count: number, text: string, folded: string): number[][] => {
  const { boundary } = tables;
  const [, ends1, ends2, ends3, ends4] = tables.ends;
  const [, goesOn1, goesOn2, goesOn3] = tables.goesOn;
  const found: number[][] = Array.from({ length: count }, () => []);
  const length = folded.length;
  // The look-behind lets a match start at the text's start, then after each character it refuses.
  for (let i = 0; i < length; i = nextOpen(text, boundary, i, length)) {
    const code = text.charCodeAt(i);
    // Unrolled over the four prefix lengths: this runs at every word start of the text.
    const c1 = code >= 0x61 && code <= 0x7a ? code : folded.charCodeAt(i);
    if (c1 >= 0x100) continue;
    let mask = ends1[c1];
    let more = goesOn1[c1];
    if (more !== 0 && i + 1 < length) {
      const c2 = folded.charCodeAt(i + 1);
      if (c2 < 0x100) {
        const key2 = c1 | (c2 << 8);
        const slot2 = bucket(key2);
        mask |= ends2[slot2] & more;
        more &= goesOn2[slot2];
        if (more !== 0 && i + 2 < length) {
          const c3 = folded.charCodeAt(i + 2);
          if (c3 < 0x100) {
            const key3 = key2 | (c3 << 16);
            const slot3 = bucket(key3);
            mask |= ends3[slot3] & more;
            more &= goesOn3[slot3];
            if (more !== 0 && i + 3 < length) {
              const c4 = folded.charCodeAt(i + 3);
              if (c4 < 0x100) mask |= ends4[bucket((key3 | (c4 << 24)) >>> 0)] & more;
            }
          }
        }
      }
    }
    while (mask !== 0) {
      const bit = mask & -mask;
      found[31 - Math.clz32(bit)].push(i);
      mask ^= bit;
    }
  }
  return found;
};

/** The tables of the last set of start conditions (the set only changes with the policy's detectors). */
let lastTables: { readonly conditions: readonly StartCondition[]; readonly tables: StartTables } | null = null;

export const tablesFor = (conditions: readonly StartCondition[]): StartTables => {
  if (lastTables && lastTables.conditions.length === conditions.length && lastTables.conditions.every((each, i) => each === conditions[i])) return lastTables.tables;
  lastTables = { conditions, tables: new StartTables(conditions) };
  return lastTables.tables;
};

/**
 * The next match of `sticky` at or after its `lastIndex`, tried only at `positions` (ascending,
 * a superset of where it can match) below `limit`: the same match a global copy would find from
 * there. `cursor.next` remembers how far the positions were read.
 */
export const execAtPositions = (sticky: StickyMatcher, subject: string, positions: readonly number[], cursor: { next: number }, limit = subject.length): RegExpExecArray | null => {
  const from = sticky.lastIndex;
  let k = cursor.next;
  while (k < positions.length && positions[k] < from) k++;
  for (; k < positions.length && positions[k] < limit; k++) {
    sticky.lastIndex = positions[k];
    const match = sticky.exec(subject);
    if (match !== null) {
      cursor.next = k + 1;
      return match;
    }
  }
  cursor.next = k;
  return null;
};

/** A sticky regex, or what stands in for one: `exec` matches at `lastIndex` only, and sets it past the match (0 when none). */
export interface StickyMatcher {
  lastIndex: number;
  exec(subject: string): RegExpExecArray | null;
}

const STICKY_TWINS = new WeakMap<RegExp, StickyMatcher>();

/**
 * The sticky copy of `pattern`, compiled once (compiling a long pattern costs more than scanning a
 * prompt). Callers set its `lastIndex` before each `exec` and finish with it before anything else
 * may use it.
 */
export const stickyTwin = (pattern: RegExp): StickyMatcher => {
  let sticky = STICKY_TWINS.get(pattern);
  if (!sticky) {
    sticky = stickyCopy(pattern);
    STICKY_TWINS.set(pattern, sticky);
  }
  return sticky;
};

const STAND_INS = new WeakMap<RegExp, () => StickyMatcher>();

/** Declares what makes a matcher that finds the same matches as a sticky copy of `pattern` (the term lists' trie walk, see _terms.ts). */
export const standInForSticky = (pattern: RegExp, create: () => StickyMatcher): void => {
  STAND_INS.set(pattern, create);
};

/** True when `pattern`'s sticky runs have a stand-in: its own regex need not be compiled to run at start positions. */
export const hasStandIn = (pattern: RegExp): boolean => STAND_INS.has(pattern);

/** A new sticky copy of `pattern` (its global flag dropped), or its stand-in. */
export const stickyCopy = (pattern: RegExp): StickyMatcher => STAND_INS.get(pattern)?.() ?? new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
