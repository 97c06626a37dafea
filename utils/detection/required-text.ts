import { PatternReader, Unsupported, type Node } from './pattern-reader';

/**
 * Does every match of a pattern hold one of a detector's prefilter needles? A detector whose
 * needles all miss the text is not run at all, so a match without a needle is silently lost (as
 * `clé wi-fi : …` was, with the needle `wifi`). This works it out from the pattern's source, for
 * the registry test; the engine does not use it.
 *
 * Texts are compared folded (as the engine's folded text, where needles are searched) and with
 * blanks canonical: a run of spaces and tabs counts as one space, as it does when the engine looks
 * for a needle that holds a space (see `blankRunRegex` in engine.ts).
 *
 * A match is read as a path through the pattern: literal stretches separated by gaps (a wide class,
 * `\p{L}`, `.`, a long repeat). A needle counts only inside a stretch, never across a gap, so the
 * answer errs on the side of "not covered": what it reports covered is covered. Look-arounds are
 * read as empty: their text is not part of the match.
 */

/** Classes with more characters than this count as a gap. */
const MAX_CLASS_CHARS = 8;
/** Paths followed at once; past this a node counts as a gap (never as covered). */
const MAX_PATHS = 20_000;
/** Repeats spelled out up to this count (`s?`, `(?:ab){1,2}`); longer ones keep their first copies and a gap. */
const MAX_SPELLED_REPEAT = 4;

/** One way through a pattern that holds no needle yet: its first and last literal stretches. */
interface Path {
  /** The text when `gap` is false; otherwise the first stretch's start (enough to complete a needle). */
  readonly head: string;
  /** True when something unknown (or an already-checked middle) separates `head` from `tail`. */
  readonly gap: boolean;
  /** The last stretch's end (the whole text when `gap` is false). */
  readonly tail: string;
  /** The way through as reported: its known text, `…` for what is unknown (shortened when long). */
  readonly shown: string;
}

/** The ways through a node that hold no needle yet (those that do need no more attention): none when every way holds one. */
interface Paths {
  readonly open: readonly Path[];
}

const EMPTY: Paths = { open: [{ head: '', gap: false, tail: '', shown: '' }] };
const GAP: Paths = { open: [{ head: '', gap: true, tail: '', shown: '…' }] };
/** Every way through holds a needle. */
const COVERED: Paths = { open: [] };
/** Longest `shown` kept. */
const SHOWN_LENGTH = 48;

/** Spaces and tabs, the blanks that needles' spaces stand for. */
const isBlank = (char: string): boolean => char === ' ' || char === '\t';

/** Folds runs of blanks to one space. */
export const canonicalBlanks = (text: string): string => text.replace(/[ \t]+/g, ' ');

class Analysis {
  /** Longest needle, less one: how much of a stretch's edge can still complete one. */
  private readonly edge: number;

  constructor(private readonly needles: readonly string[]) {
    this.edge = Math.max(0, ...needles.map((needle) => needle.length - 1));
  }

  private holdsNeedle(text: string): boolean {
    return this.needles.some((needle) => text.includes(needle));
  }

  /** A path made of one literal stretch, or null when the stretch holds a needle. */
  private stretch(text: string, shown = text): Path | null {
    if (this.holdsNeedle(text)) return null;
    if (text.length <= 2 * this.edge) return { head: text, gap: false, tail: text, shown };
    // The middle cannot take part in a needle any more: keep the edges only.
    return { head: text.slice(0, this.edge), gap: true, tail: text.slice(text.length - this.edge), shown };
  }

  private join(a: Path, b: Path): Path | null {
    const shown = joinShown(a.shown, b.shown);
    // A blank ending one side and a blank starting the other make one run.
    const right = a.tail.endsWith(' ') && b.head.startsWith(' ') ? b.head.slice(1) : b.head;
    if (!a.gap && !b.gap) return this.stretch(a.head + right, shown);
    const junction = a.tail + right;
    if (this.holdsNeedle(junction)) return null;
    const head = a.gap ? a.head : junction.slice(0, this.edge);
    const tail = b.gap ? b.tail : junction.slice(Math.max(0, junction.length - this.edge));
    return { head, gap: true, tail, shown };
  }

  private concat(a: Paths, b: Paths): Paths {
    if (a.open.length * b.open.length > MAX_PATHS) return this.withGap(a, b);
    const open = new Map<string, Path>();
    for (const first of a.open) {
      for (const second of b.open) {
        const joined = this.join(first, second);
        if (joined) open.set(key(joined), joined);
      }
    }
    return { open: [...open.values()] };
  }

  /** `a` then `b` with a gap between them: no needle across the junction is relied on. */
  private withGap(a: Paths, b: Paths): Paths {
    const heads = new Map<string, Path>();
    // Behind the gap only the head matters, whether or not the path had one.
    for (const first of a.open) heads.set(first.head, first);
    const tails = new Map<string, Path>();
    for (const second of b.open) tails.set(second.tail, second);
    const open: Path[] = [];
    for (const first of heads.values()) for (const second of tails.values()) open.push({ head: first.head, gap: true, tail: second.tail, shown: joinShown(joinShown(first.shown, '…'), second.shown) });
    return open.length > MAX_PATHS ? GAP : { open };
  }

  private union(all: readonly Paths[]): Paths {
    const open = new Map<string, Path>();
    for (const paths of all) for (const path of paths.open) open.set(key(path), path);
    return open.size > MAX_PATHS ? GAP : { open: [...open.values()] };
  }

  paths(node: Node): Paths {
    switch (node.kind) {
      case 'empty':
      case 'lookbehind':
        return EMPTY;
      case 'any':
        return GAP;
      case 'chars': {
        if (node.chars.length > MAX_CLASS_CHARS) return GAP;
        const texts = new Set(node.chars.map((char) => (isBlank(char) ? ' ' : char)));
        return this.union([...texts].map((text) => this.pathsOf(this.stretch(text))));
      }
      case 'alternation':
        return this.union(node.branches.map((branch) => this.paths(branch)));
      case 'sequence':
        return node.items.reduce<Paths>((paths, item) => (paths.open.length === 0 ? COVERED : this.concat(paths, this.paths(item))), EMPTY);
      case 'repeat':
        return this.repeat(node.body, node.min, node.max);
    }
  }

  private repeat(body: Node, min: number, max: number): Paths {
    if (max === 0) return EMPTY;
    // A run of blanks (`[ \t]+`, ` {1,3}`) is one canonical space.
    if (body.kind === 'chars' && body.chars.every(isBlank)) return min === 0 ? this.union([EMPTY, this.paths(body)]) : this.paths(body);
    const once = this.paths(body);
    const counts: Paths[] = [];
    if (max <= MAX_SPELLED_REPEAT) {
      // Spelled out: `s?`, `(?:ab){1,2}`.
      let current = EMPTY;
      for (let count = 1; count <= max; count++) {
        current = this.concat(current, once);
        if (count >= min) counts.push(current);
      }
      if (min === 0) counts.push(EMPTY);
      return this.union(counts);
    }
    // Longer: the first `min` copies (at most a few) are literal, whatever follows is a gap.
    let current = EMPTY;
    for (let count = 1; count <= Math.min(min, MAX_SPELLED_REPEAT); count++) current = this.concat(current, once);
    const withRest = this.concat(current, GAP);
    return min === 0 ? this.union([EMPTY, withRest]) : withRest;
  }

  private pathsOf(path: Path | null): Paths {
    return path ? { open: [path] } : COVERED;
  }
}

const joinShown = (a: string, b: string): string => {
  const joined = a.endsWith('…') && b.startsWith('…') ? a + b.slice(1) : a + b;
  return joined.length <= SHOWN_LENGTH ? joined : `${joined.slice(0, SHOWN_LENGTH - 1)}…`;
};

const key = (path: Path): string => path.gap ? `${path.head}\u0000${path.tail}` : path.head;

/**
 * Ways through `pattern` that hold none of `needles` (folded, blanks canonical), each shown as its
 * known start and end (`…` for the unknown middle); empty when every match holds a needle. Throws
 * when the pattern uses syntax the reader does not know.
 */
export const pathsWithoutNeedle = (pattern: RegExp, needles: readonly string[]): string[] => {
  const canonical = needles.map(canonicalBlanks);
  if (canonical.some((needle) => needle.length === 0)) throw new Error('Empty needle');
  let root: Node;
  try {
    root = new PatternReader(pattern.source).read();
  } catch (error) {
    if (error instanceof Unsupported) throw new Error(`Pattern not understood (${error.message}): ${pattern.source.slice(0, 80)}`);
    throw error;
  }
  return [...new Set(new Analysis(canonical).paths(root).open.map((path) => path.shown))];
};
