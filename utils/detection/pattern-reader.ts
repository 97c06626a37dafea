import { foldUnit } from './fold';
import { textAfter } from './text-window';

/**
 * Reads a detector pattern's source into a small tree of what each part may match, in folded
 * characters (lower case, no accents, as in the engine's folded text). Shared by the start-position
 * pass (start-positions.ts), which lists the prefixes every match starts with, and by the check
 * that every match holds one of a detector's prefilter needles (required-text.ts).
 */

export type Node =
  | { readonly kind: 'chars'; readonly chars: readonly string[] } // one character among these (folded)
  | { readonly kind: 'any' } // a character (or more) this reader cannot narrow down
  | { readonly kind: 'empty' } // zero width: look-arounds, anchors, \b
  | { readonly kind: 'lookbehind'; readonly negative: boolean; readonly body: Node }
  | { readonly kind: 'alternation'; readonly branches: readonly Node[] }
  | { readonly kind: 'sequence'; readonly items: readonly Node[] }
  | { readonly kind: 'repeat'; readonly body: Node; readonly min: number; readonly max: number };

export class Unsupported extends Error {}

/** Throws Unsupported: one call rather than the same `throw new` at each of the reader's checks (the engine ships in every AI page). */
function unsupported(reason: string): never {
  throw new Unsupported(reason);
}

/** Parses the subset of `u`-mode regex syntax the detectors use; throws Unsupported on anything else. */
export class PatternReader {
  private i = 0;

  constructor(private readonly source: string) {}

  read(): Node {
    const node = this.alternation();
    if (this.i !== this.source.length) unsupported('unbalanced');
    return node;
  }

  /** The characters of the class the source holds from the current `[` (exclusive) to its `]`. */
  private classSource(): string {
    const start = this.i;
    for (; this.i < this.source.length && this.source[this.i] !== ']'; this.i++) if (this.source[this.i] === '\\') this.i++;
    if (this.i >= this.source.length) unsupported('class');
    this.i++;
    return this.source.slice(start, this.i - 1);
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : { kind: 'alternation', branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'sequence', items };
  }

  private quantified(body: Node): Node {
    const ch = this.source[this.i];
    let min: number;
    let max: number;
    if (ch === '?') [min, max] = [0, 1];
    else if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(textAfter(this.source, this.i, 16));
      if (!bounds) unsupported('quantifier');
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3]);
      this.i += bounds[0].length - 1;
    } else return body;
    this.i++;
    if (this.source[this.i] === '?') this.i++; // lazy: same set of matches
    return { kind: 'repeat', body, min, max };
  }

  private atom(): Node {
    const { source } = this;
    const ch = source[this.i];
    if (ch === '(') return this.group();
    if (ch === '[') {
      this.i++;
      return classNode(this.classSource());
    }
    if (ch === '\\') return this.escape();
    if (ch === '.') {
      this.i++;
      return { kind: 'any' };
    }
    if (ch === '^' || ch === '$') {
      this.i++;
      return { kind: 'empty' };
    }
    if ('*+?{'.includes(ch)) unsupported('quantifier without atom');
    const code = source.codePointAt(this.i) ?? 0;
    this.i += code > 0xffff ? 2 : 1;
    return literal(String.fromCodePoint(code));
  }

  private group(): Node {
    const { source } = this;
    let kind: 'group' | 'lookahead' | 'lookbehind' = 'group';
    let negative = false;
    if (source.startsWith('(?:', this.i)) this.i += 3;
    else if (source.startsWith('(?=', this.i) || source.startsWith('(?!', this.i)) {
      kind = 'lookahead';
      this.i += 3;
    } else if (source.startsWith('(?<=', this.i) || source.startsWith('(?<!', this.i)) {
      kind = 'lookbehind';
      negative = source[this.i + 3] === '!';
      this.i += 4;
    } else if (source.startsWith('(?<', this.i)) {
      const close = source.indexOf('>', this.i);
      if (close < 0) unsupported('group name');
      this.i = close + 1;
    } else if (source[this.i + 1] === '?') unsupported('group');
    else this.i++;
    const body = this.alternation();
    if (source[this.i] !== ')') unsupported('unclosed group');
    this.i++;
    if (kind === 'lookahead') return { kind: 'empty' };
    if (kind === 'lookbehind') return { kind: 'lookbehind', negative, body };
    return body;
  }

  private escape(): Node {
    const { source } = this;
    const next = source[this.i + 1];
    if (next === undefined) unsupported('escape');
    this.i += 2;
    if (next === 'd') return { kind: 'chars', chars: [...'0123456789'] };
    if (next === 'b' || next === 'B') return { kind: 'empty' };
    if ('DwWsS'.includes(next)) return { kind: 'any' };
    if (next === 'p' || next === 'P' || next === 'k') {
      const close = source.indexOf(next === 'k' ? '>' : '}', this.i);
      if (close < 0) unsupported('escape');
      this.i = close + 1;
      return { kind: 'any' };
    }
    if (next >= '1' && next <= '9') {
      while (source[this.i] >= '0' && source[this.i] <= '9') this.i++;
      return { kind: 'any' };
    }
    const value = escapedChar(source, this.i - 2);
    this.i = value.end;
    return literal(value.char);
  }
}

/** The character an escape such as `\u00C0`, `\x41`, `\n` or `\.` stands for, and where the escape ends. */
const escapedChar = (source: string, at: number): { char: string; end: number } => {
  const next = source[at + 1];
  const hex = (digits: string): string => {
    if (!/^[0-9a-fA-F]+$/.test(digits)) unsupported('escape');
    return String.fromCodePoint(parseInt(digits, 16));
  };
  if (next === 'u' && source[at + 2] === '{') {
    const close = source.indexOf('}', at);
    return { char: hex(source.slice(at + 3, close)), end: close + 1 };
  }
  if (next === 'u') return { char: hex(source.slice(at + 2, at + 6)), end: at + 6 };
  if (next === 'x') return { char: hex(source.slice(at + 2, at + 4)), end: at + 4 };
  const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
  if (next === 'c') unsupported('escape');
  return { char: controls[next] ?? next, end: at + 2 };
};

/** A character as the folded text holds it (a character beyond the BMP stays two units, and ends a prefix). */
export const fold = (char: string): string => char.length === 1 ? foldUnit(char) : char;

const literal = (char: string): Node => ({ kind: 'chars', chars: [fold(char)] });

/** Classes already read, by source: the term lists repeat the same few (`[eéèêëEÉÈÊË]`) thousands of times. */
const CLASS_NODES = new Map<string, Node>();

const classNode = (body: string): Node => {
  let node = CLASS_NODES.get(body);
  if (!node) {
    node = readClass(body);
    CLASS_NODES.set(body, node);
  }
  return node;
};

/** A class as the set of folded characters it may match, or `any` when it is negated or too wide to list. */
const readClass = (body: string): Node => {
  if (body.startsWith('^')) return { kind: 'any' };
  const folded = new Set<string>();
  let i = 0;
  const next = (): string => {
    if (body[i] === '\\') {
      const escape = body[i + 1];
      if (escape === undefined || 'dDwWsSpPbB'.includes(escape)) unsupported('class escape');
      const value = escapedChar(body, i);
      i = value.end;
      return value.char;
    }
    const code = body.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    return String.fromCodePoint(code);
  };
  try {
    while (i < body.length) {
      if (body[i] === '\\' && body[i + 1] === 'd') {
        for (const digit of '0123456789') folded.add(digit);
        i += 2;
        continue;
      }
      const first = next();
      if (body[i] === '-' && i + 1 < body.length) {
        i++;
        const last = next();
        const from = first.codePointAt(0) ?? 0;
        const to = last.codePointAt(0) ?? 0;
        if (to - from > 0x400) return { kind: 'any' };
        for (let code = from; code <= to; code++) folded.add(fold(String.fromCodePoint(code)));
      } else folded.add(fold(first));
    }
  } catch (error) {
    if (error instanceof Unsupported) return { kind: 'any' };
    throw error;
  }
  return { kind: 'chars', chars: [...folded] };
};

