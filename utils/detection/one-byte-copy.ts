import { foldUnit } from './fold';
import { scratch8, UTF8 } from './scratch-buffers';
import { stickyTwin } from './start-positions';
import { testAfter } from './text-window';

/**
 * One-byte copies. V8 stores a string holding only Latin-1 characters one byte per character, and
 * its regex engine then runs about twice as fast on it (`\p{L}` becomes a table lookup); a text
 * with a single `€` is stored two bytes per character, and so is any slice of it. The engine
 * therefore scans a one-byte copy of the normalised text in which each of the common characters
 * above U+00FF below is replaced by a Latin-1 stand-in of the same kind: symbols by C1 control
 * characters (never typed, neither letters, digits, spaces nor word characters; `œ` and `Œ` are
 * spelt out before, see LATIN_LIGATURES in normalize.ts). The copy has the same length and offsets.
 * A pattern runs on it only when each replaced character and its stand-in match exactly the same
 * atoms of the pattern (checked once per pattern by the engine), and the copy is only made when no
 * stand-in occurs in the text itself, so that replacing is one-to-one and back-references compare
 * alike.
 *
 * Each character below stands in as the next C1 control character from U+0080, U+0085 (NEL, read as
 * a line break) left out: `€` → U+0080, `…` → U+0081, `„` → U+0084, `•` → U+0086, …, `†` → U+009E.
 */
const STAND_INS: readonly (readonly [string, number])[] = [...'€…“”„•●■□▪✓✔✗✅❌→←⇒↑↓≤≥≠≈‰™№‹›†'].map((char, index) => [char, 0x80 + index + (index < 5 ? 0 : 1)]);

/** Characters the one-byte copy replaces, with their stand-ins; bit `i` of a mask is `PROXY_CHARS[i]`. */
export const PROXY_CHARS: readonly (readonly [string, string])[] = STAND_INS.map(([char, standIn]) => [char, String.fromCharCode(standIn)]);

const STAND_IN_OF = new Map<number, number>(STAND_INS.map(([char, standIn], index) => [char.charCodeAt(0), standIn | (index << 8)]));
const IS_STAND_IN = new Uint8Array(0x100);
for (const [, standIn] of STAND_INS) IS_STAND_IN[standIn] = 1;

export interface OneByteCopy {
  /** Same length and offsets as the text, Latin-1 characters only. */
  readonly text: string;
  /** Bit mask of the characters of PROXY_CHARS that were replaced. */
  readonly replaced: number;
}

/**
 * A one-byte copy of `text` (see STAND_INS), or null when the text holds another character above
 * U+00FF, or a stand-in as well as a character to replace. Built as UTF-8, which the decoder turns
 * into a one-byte string.
 */
export const oneByteCopy = (text: string): OneByteCopy | null => {
  const bytes = scratch8(text.length * 2);
  let length = 0;
  let replaced = 0;
  let standInSeen = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[length++] = code;
      continue;
    }
    if (code > 0xff) {
      const entry = STAND_IN_OF.get(code);
      if (entry === undefined) return null;
      replaced |= 1 << (entry >> 8);
      code = entry & 0xff;
    } else if (IS_STAND_IN[code] === 1) standInSeen = true;
    bytes[length++] = 0xc0 | (code >> 6);
    bytes[length++] = 0x80 | (code & 0x3f);
  }
  if (standInSeen && replaced !== 0) return null;
  return { text: UTF8.decode(bytes.subarray(0, length)), replaced: replaced >>> 0 };
};

/** What `foldedCopy` replaces in a lower-cased copy, built on first use. */
interface CopyFolds {
  /** Fold of each character code the regexes below match. */
  readonly foldOf: readonly string[];
  /** Lower-case Latin-1 letters whose fold differs (`é` → `e`). */
  readonly accented: RegExp;
  /** The same, and the stand-ins of characters that fold to Latin-1 (`€` → `¤`, see LATIN1_FOLDS). */
  readonly accentedOrStandIn: RegExp;
  /** Bit mask of the characters of PROXY_CHARS whose fold is a Latin-1 character. */
  readonly standInMask: number;
}

let copyFolds: CopyFolds | null = null;

const buildCopyFolds = (): CopyFolds => {
  const foldOf: string[] = [];
  let accented = '';
  // ASCII and upper-case letters: `toLowerCase` folds them (to a letter listed here when accented).
  for (let code = 0x80; code <= 0xff; code++) {
    const char = String.fromCharCode(code);
    const folded = foldUnit(char);
    if (char.toLowerCase() !== char || folded === char) continue;
    foldOf[code] = folded;
    accented += char;
  }
  let standIns = '';
  let standInMask = 0;
  PROXY_CHARS.forEach(([char, standIn], bit) => {
    const folded = foldUnit(char);
    if (folded.charCodeAt(0) > 0xff) return;
    foldOf[standIn.charCodeAt(0)] = folded;
    standIns += standIn;
    standInMask |= 1 << bit;
  });
  return { foldOf, accented: new RegExp(`[${accented}]`, 'g'), accentedOrStandIn: new RegExp(`[${accented}${standIns}]`, 'g'), standInMask };
};

/**
 * The folded text (see foldText) of the text `copy` was made from, one byte per character, or null
 * when a character the copy replaced folds above U+00FF. Built from the copy: lowered natively,
 * then only its accented letters and stand-ins are replaced, instead of folding every character in
 * a loop and decoding the result (measured: the bench's 4 KB prompts, 25 → 11 µs).
 */
export const foldedCopy = (copy: OneByteCopy): string | null => {
  const folds = (copyFolds ??= buildCopyFolds());
  if ((copy.replaced & ~folds.standInMask) !== 0) return null;
  // A text the copy replaced nothing in may hold C1 controls of its own, which fold to themselves.
  const replaced = copy.replaced === 0 ? folds.accented : folds.accentedOrStandIn;
  return copy.text.toLowerCase().replace(replaced, (char) => folds.foldOf[char.charCodeAt(0)]);
};

/**
 * Whether a detector's pattern may run on the one-byte copy of a text (see `oneByteCopy`
 * above), where the characters of PROXY_CHARS above U+00FF stand in for themselves: only
 * when none of the pattern's atoms tells a replaced character from its stand-in. The analysis reads
 * the pattern's source once; a match found on the copy is read again on the real text when one of
 * its groups holds a stand-in.
 */

/**
 * The atoms of a `u` pattern that may match a character above U+007F (classes, escapes, `.`,
 * non-ASCII literals; `\b` counts as `\w`), or null when the pattern uses syntax this reader does
 * not know. ASCII literals are left out: none of them matches a character of PROXY_CHARS or a
 * stand-in, even with the `i` flag.
 */
const patternAtoms = (source: string): string[] | null => {
  const atoms = new Set<string>();
  let i = 0;
  const skipTo = (close: string): boolean => {
    const at = source.indexOf(close, i);
    if (at < 0) return false;
    i = at + 1;
    return true;
  };
  while (i < source.length) {
    const ch = source[i];
    const from = i;
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === undefined) return null;
      if (next === 'p' || next === 'P') {
        if (source[i + 2] !== '{' || !skipTo('}')) return null;
      } else if (next === 'k') {
        if (!skipTo('>')) return null;
        continue; // back-reference: alike because replacing is one-to-one (see oneByteCopy)
      } else if (next >= '1' && next <= '9') {
        i += 2;
        while (source[i] >= '0' && source[i] <= '9') i++;
        continue;
      } else if (next === 'b' || next === 'B') {
        atoms.add('\\w');
        i += 2;
        continue;
      } else if (next === 'u' && source[i + 2] === '{') {
        if (!skipTo('}')) return null;
      } else if (next === 'u') {
        i += testAfter(source, i, /^\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}/, 12) ? 12 : 6;
      } else if (next === 'x') i += 4;
      else if (next === 'c') i += 3;
      else i += 2;
      atoms.add(source.slice(from, i));
    } else if (ch === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
      if (j >= source.length) return null;
      i = j + 1;
      atoms.add(source.slice(from, i));
    } else if (ch === '(') {
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) i += 4;
      else if (source.startsWith('(?<', i)) {
        if (!skipTo('>')) return null;
      } else if (source[i + 1] === '?') {
        if (!':=!'.includes(source[i + 2])) return null;
        i += 3;
      } else i++;
    } else if (ch === '{') {
      if (!skipTo('}')) return null;
    } else if (')|^$*+?'.includes(ch)) i++;
    else {
      const width = (source.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      i += width;
      if (ch === '.' || source.charCodeAt(from) >= 0x80) atoms.add(source.slice(from, i));
    }
  }
  return [...atoms];
};

/**
 * What is known of a pattern: its atoms compiled alone (null when it cannot be analysed), which
 * PROXY_CHARS were checked against them, and which of those the pattern may tell apart from their
 * stand-in. Characters are checked when a text first holds them.
 */
interface CopySafety {
  readonly atoms: readonly RegExp[] | null;
  checked: number;
  unsafe: number;
}

/** Per pattern (flags and source), and per RegExp object: a pattern's source can be kilobytes long, too long to hash on every scan. */
const COPY_SAFETY = new Map<string, CopySafety>();
const COPY_SAFETY_BY_PATTERN = new WeakMap<RegExp, CopySafety>();
const ALL_UNSAFE = -1;

/** Mask of the characters of `replaced` (a PROXY_CHARS mask) that `pattern` may tell apart from their stand-ins. */
export const copyUnsafeMask = (pattern: RegExp, replaced: number): number => {
  let safety = COPY_SAFETY_BY_PATTERN.get(pattern);
  if (!safety) {
    const key = `${pattern.flags}/${pattern.source}`;
    safety = COPY_SAFETY.get(key);
    if (!safety) {
      safety = { atoms: compileAtoms(pattern), checked: 0, unsafe: 0 };
      if (!safety.atoms) safety.unsafe = ALL_UNSAFE;
      COPY_SAFETY.set(key, safety);
    }
    COPY_SAFETY_BY_PATTERN.set(pattern, safety);
  }
  const unchecked = replaced & ~safety.checked;
  if (unchecked !== 0 && safety.atoms) {
    PROXY_CHARS.forEach(([char, standIn], index) => {
      const bit = 1 << index;
      if ((unchecked & bit) === 0) return;
      if (safety!.atoms!.some((atom) => atom.test(char) !== atom.test(standIn))) safety!.unsafe |= bit;
    });
    safety.checked |= unchecked;
  }
  return safety.unsafe & replaced;
};

/**
 * Works out, for the warm-up, what the first texts holding each replaced character would otherwise
 * work out in the middle of a scan (tens of milliseconds for the long word lists' patterns).
 */
export const prepareCopyChecks = (pattern: RegExp): void => {
  copyUnsafeMask(pattern, (1 << PROXY_CHARS.length) - 1);
  groupsInsideMatch(pattern);
};

/**
 * True when `pattern` may tell `char` from `other`: one of its atoms matches one and not the other,
 * or the pattern cannot be analysed. For checks of characters other than PROXY_CHARS (tests).
 */
export const mayTellApart = (pattern: RegExp, char: string, other: string): boolean => {
  const atoms = compileAtoms(pattern, [[char, other]]);
  return atoms === null || atoms.some((atom) => atom.test(char) !== atom.test(other));
};

/**
 * The atoms of `pattern`, each as an anchored regex with the pattern's flags, or null when it cannot
 * be analysed. Literal characters are kept only when one of them matches a character of `pairs`.
 */
const compileAtoms = (pattern: RegExp, pairs: readonly (readonly [string, string])[] = PROXY_CHARS): RegExp[] | null => {
  const all = pattern.unicode && !pattern.flags.includes('v') ? patternAtoms(pattern.source) : null;
  if (!all) return null;
  const flags = pattern.flags.replace(/[gy]/g, '');
  // Literal characters (`é`, `°`, `«`) are tried together first: when none of them matches a
  // character or its stand-in, none tells them apart; otherwise each is tried alone.
  const literals = all.filter((atom) => atom.length <= 2 && [...atom].length === 1 && !'.\\'.includes(atom));
  const atoms = all.filter((atom) => !literals.includes(atom));
  try {
    if (literals.length > 0) {
      const together = new RegExp(`^[${literals.map((literal) => literal.replace(/[\]\\^-]/g, '\\$&')).join('')}]$`, flags);
      const touched = pairs.some(([char, standIn]) => together.test(char) || together.test(standIn));
      if (touched) atoms.push(...literals);
    }
    return atoms.map((atom) => {
      // Patterns share many atoms (`[ée]`, `\p{L}`): each is compiled once.
      const key = `${flags}/${atom}`;
      let regex = ATOM_REGEXES.get(key);
      if (!regex) {
        regex = new RegExp(`^(?:${atom})$`, flags);
        ATOM_REGEXES.set(key, regex);
      }
      return regex;
    });
  } catch {
    return null;
  }
};

const ATOM_REGEXES = new Map<string, RegExp>();

/** Marks a pattern as never to run on the one-byte copy. */
export const markCopyUnsafe = (pattern: RegExp): void => {
  const safety: CopySafety = { atoms: null, checked: ALL_UNSAFE, unsafe: ALL_UNSAFE };
  COPY_SAFETY.set(`${pattern.flags}/${pattern.source}`, safety);
  COPY_SAFETY_BY_PATTERN.set(pattern, safety);
};

/** Per pattern: true when no capture group sits in a look-around, so that every group lies inside the match. */
const GROUPS_INSIDE = new WeakMap<RegExp, boolean>();

const groupsInsideMatch = (pattern: RegExp): boolean => {
  let inside = GROUPS_INSIDE.get(pattern);
  if (inside === undefined) {
    inside = !captureInLookaround(pattern.source);
    GROUPS_INSIDE.set(pattern, inside);
  }
  return inside;
};

/** True when a capture group of `source` opens inside a look-ahead or look-behind (or when unsure). */
const captureInLookaround = (source: string): boolean => {
  const open: boolean[] = []; // per open parenthesis: is it a look-around
  let lookarounds = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (ch === '(') {
      const lookaround = source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
      const capture = source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!');
      if (capture && lookarounds > 0) return true;
      if (lookaround) lookarounds++;
      open.push(lookaround);
    } else if (ch === ')') {
      if (open.length === 0) return true;
      if (open.pop()) lookarounds--;
    }
  }
  return open.length !== 0;
};

const STAND_IN = /[\u0080-\u009f]/;

/**
 * A match found on the one-byte copy, with its groups read from the real text when one of them
 * holds a stand-in (same offsets and lengths: the pattern cannot tell the two texts apart), or
 * null should the real text disagree after all.
 */
export const realMatch = (pattern: RegExp, match: RegExpExecArray, text: string): RegExpExecArray | null => {
  if (groupsInsideMatch(pattern) ? !STAND_IN.test(match[0]) : !match.some((group) => group !== undefined && STAND_IN.test(group))) return match;
  // Its sticky twin reads the match again on the real text.
  const sticky = stickyTwin(pattern);
  sticky.lastIndex = match.index;
  const real = sticky.exec(text);
  return real && real.index === match.index && real[0].length === match[0].length ? real : null;
};
