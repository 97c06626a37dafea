import { lowerBound } from './sorted';

/**
 * Fixed-width tables: the screens and text exports of business applications, and tables a word
 * processor pads with spaces, align their columns with runs of spaces:
 *
 *     NOM       PRENOM   NE(E) LE     N° ALLOCATAIRE
 *     DUPONT    Marie    12/03/1980   1234567
 *
 * Read as prose, a row is one line of words: `12/03/1980 1234567` looks like one long number and the
 * header no longer names the column. A run of two spaces or more is a column gap when the line
 * above or below has a gap that ends at the same column (the next column starts there), most gaps
 * of both lines are aligned so, and their widths vary (see alignedRows). Normalisation
 * then writes a tab there, so that the rows read as TSV rows (see table-context.ts), and keeps the
 * line breaks between such rows. A justified line of prose rarely has its double spaces where the
 * next line has its own.
 */

/** The gaps of a line: runs of two spaces or more. */
interface LineGaps {
  /** Where each gap ends (the next cell's column from the line start), in increasing order. */
  readonly ends: readonly number[];
  /** Narrowest and widest gap, in spaces. */
  readonly narrowest: number;
  readonly widest: number;
}

const NO_GAPS: LineGaps = { ends: [], narrowest: 0, widest: 0 };

const isSpace = (code: number): boolean => code === 0x20 || code === 0xa0;

/** Gaps strictly inside the line [lineStart, lineEnd): indentation and trailing spaces are none. */
const readGaps = (input: string, lineStart: number, lineEnd: number): LineGaps => {
  let contentEnd = lineEnd;
  while (contentEnd > lineStart && (isSpace(input.charCodeAt(contentEnd - 1)) || input.charCodeAt(contentEnd - 1) === 0x0d)) contentEnd--;
  let k = lineStart;
  while (k < contentEnd && isSpace(input.charCodeAt(k))) k++;
  const ends: number[] = [];
  let narrowest = Infinity;
  let widest = 0;
  while (k < contentEnd) {
    if (!isSpace(input.charCodeAt(k))) {
      k++;
      continue;
    }
    const from = k;
    while (k < contentEnd && isSpace(input.charCodeAt(k))) k++;
    if (k - from < 2) continue;
    ends.push(k - lineStart);
    narrowest = Math.min(narrowest, k - from);
    widest = Math.max(widest, k - from);
  }
  return ends.length === 0 ? NO_GAPS : { ends, narrowest, widest };
};

/** Whether a gap of `line` ends at `column`. */
const endsAt = (line: LineGaps, column: number): boolean => line.ends[lowerBound(line.ends, column)] === column;

/**
 * Whether two lines are rows of one table: most gaps of each (two thirds, and at least two when it
 * has two) end where the other has one (the next column starts there), and the gaps are not all of
 * one width: padding to a column's width gives gaps of many widths, while text typed with two (or
 * three) spaces after every word has gaps of one width, and lists of records written alike
 * (`Lucas  PERRIN,  lucas.perrin@…`) then fall in line with each other.
 */
const alignedRows = (a: LineGaps, b: LineGaps): boolean => {
  if (a.ends.length === 0 || b.ends.length === 0) return false;
  if (Math.max(a.widest, b.widest) === Math.min(a.narrowest, b.narrowest)) return false;
  // Gap ends both lines share (both lists are in increasing order).
  let aligned = 0;
  for (let i = 0, j = 0; i < a.ends.length && j < b.ends.length; ) {
    if (a.ends[i] === b.ends[j]) {
      aligned++;
      i++;
      j++;
    } else if (a.ends[i] < b.ends[j]) i++;
    else j++;
  }
  return enoughAligned(aligned, a.ends.length) && enoughAligned(aligned, b.ends.length);
};

/** Two thirds of a line's `count` gaps, and at least two when it has two, are `aligned`. */
const enoughAligned = (aligned: number, count: number): boolean => aligned >= Math.min(2, count) && 3 * aligned >= 2 * count;

/** The last few values of a function of a line start: asked in text order, about a line and the lines around it. */
class RecentLines<T> {
  private readonly starts = [-1, -1, -1, -1];
  private readonly values: (T | undefined)[] = [undefined, undefined, undefined, undefined];
  private next = 0;

  get(lineStart: number, compute: () => T): T {
    for (let i = 0; i < 4; i++) if (this.starts[i] === lineStart) return this.values[i]!;
    const value = compute();
    this.starts[this.next] = lineStart;
    this.values[this.next] = value;
    this.next = (this.next + 1) & 3;
    return value;
  }
}

/**
 * The column layout of one text, asked in text order by normalisation: each line's gaps are read
 * once, so a long text costs one pass however many runs of spaces it holds. Only the lines around
 * the one asked about are kept (a text of 11,000 short rows spent a fifth of its time collecting
 * maps of them).
 */
export class FixedWidthColumns {
  private readonly gaps = new RecentLines<LineGaps>();
  /** alignedRows of a line and the next one, by the upper line's start: a long line has many gaps to ask about. */
  private readonly rows = new RecentLines<boolean>();
  /** The line last asked about: [start, end), and where the lines around it start (-1: none). */
  private line = { start: 0, end: -1, previous: -1, next: -1 };

  constructor(private readonly input: string) {}

  /** Whether the run of spaces [from, to) is a column gap of a fixed-width table (see the file comment). */
  isColumnGap(from: number, to: number): boolean {
    if (to - from < 2) return false;
    // Padding before or after a `|` (psql output, a text table): the pipe separates the columns.
    if (this.input.charCodeAt(to) === 124 || this.input.charCodeAt(from - 1) === 124) return false;
    const { start, previous, next } = this.lineOf(from);
    // A text of one line has no table (and its gaps are then never read).
    if (previous < 0 && next < 0) return false;
    const end = to - start;
    if (!endsAt(this.gapsAt(start), end)) return false;
    if (previous >= 0 && endsAt(this.gapsAt(previous), end) && this.areRows(previous, start)) return true;
    return next >= 0 && endsAt(this.gapsAt(next), end) && this.areRows(start, next);
  }

  /** Whether the line break at `at` separates two rows of one fixed-width table. */
  separatesRows(at: number): boolean {
    const { start, next } = this.lineOf(at);
    return next >= 0 && this.areRows(start, next);
  }

  /** Whether the line starting at `upper` and the next one, starting at `lower`, are rows of one table. */
  private areRows(upper: number, lower: number): boolean {
    return this.rows.get(upper, () => alignedRows(this.gapsAt(upper), this.gapsAt(lower)));
  }

  /** The line holding `offset` (a line break belongs to the line it ends); asked in text order, so each line is looked up once. */
  private lineOf(offset: number): { start: number; end: number; previous: number; next: number } {
    const { input } = this;
    if (offset < this.line.start || offset > this.line.end) {
      const start = input.lastIndexOf('\n', offset - 1) + 1;
      const newline = input.indexOf('\n', offset);
      const end = newline < 0 ? input.length : newline;
      this.line = { start, end, previous: start === 0 ? -1 : input.lastIndexOf('\n', start - 2) + 1, next: newline < 0 ? -1 : newline + 1 };
    }
    return this.line;
  }

  private gapsAt(lineStart: number): LineGaps {
    return this.gaps.get(lineStart, () => {
      const newline = this.input.indexOf('\n', lineStart);
      return readGaps(this.input, lineStart, newline < 0 ? this.input.length : newline);
    });
  }
}
