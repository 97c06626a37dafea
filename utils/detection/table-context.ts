/**
 * Identifiers pasted as tables (CSV/TSV rows, Markdown tables) carry their context in the column
 * header, often far above the value: "N° allocataire" in the first row, numbers in the next ones
 * (shared/reference/detectors.md §6.4). This finds the header cell of the column a value sits in.
 */

const DELIMITERS = [';', '\t', '|', ','] as const;
const MAX_ROWS_UP = 200;

function lineBounds(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return [start, newline === -1 ? text.length : newline];
}

function count(line: string, delimiter: string): number {
  let n = 0;
  for (let i = line.indexOf(delimiter); i !== -1; i = line.indexOf(delimiter, i + 1)) n++;
  return n;
}

/** What a line says about its table: its delimiter and the header row's cells, or null when it has no header. */
interface TableLine {
  readonly delimiter: string;
  /** Cells of the header row (outer empty cells of a Markdown table dropped). */
  readonly headerCells: readonly string[];
  /** True for a Markdown row (`| a | b |`): its first cell is the empty one before the first `|`. */
  readonly markdownRow: boolean;
}

/**
 * Lines already looked at in the last text, by bounds. A scan asks for the header of every value
 * of a table, and walking up the table once per value made tables the costliest prompts to scan.
 */
let linesOf: string | null = null;
let lines = new Map<number, TableLine | null>();

function tableLine(folded: string, lineStart: number, lineEnd: number): TableLine | null {
  if (linesOf !== folded) lines = new Map();
  // Keep the caller's string even when the contents were equal: later calls then compare pointers,
  // not a long text character by character.
  linesOf = folded;
  // A line's start gives its end (the next line break), except for the empty line before a break
  // at offset 0: a small integer key, where the pair of bounds was a float past 2^30 on long texts.
  const key = lineEnd >= lineStart ? lineStart : -1;
  let found = lines.get(key);
  if (found === undefined) {
    found = readTableLine(folded, lineStart, lineEnd);
    lines.set(key, found);
  }
  return found;
}

function readTableLine(folded: string, lineStart: number, lineEnd: number): TableLine | null {
  const line = folded.slice(lineStart, lineEnd);
  // Tabs are rare in prose, so one is enough; so is one `;` of a two-column CSV export
  // (`Nom;N° allocataire`), whose rows must then all have exactly one. Commas and `|` need two per row.
  const delimiter = DELIMITERS.find((candidate) => count(line, candidate) >= (candidate === '\t' || candidate === ';' ? 1 : 2));
  if (!delimiter) return null;
  const cells = count(line, delimiter);
  // Cells may be missing at a row's end, so counts may differ by one, except in two-column CSV.
  const tolerance = delimiter === ';' && cells === 1 ? 0 : 1;
  // Walk up the rows of the same table (same delimiter count) to its first row.
  let headerStart = lineStart;
  for (let rows = 0, start = lineStart; rows < MAX_ROWS_UP && start > 0; rows++) {
    const [previousStart, previousEnd] = lineBounds(folded, start - 1);
    const previous = folded.slice(previousStart, previousEnd);
    const previousCells = count(previous, delimiter);
    if (Math.abs(previousCells - cells) > tolerance) break;
    headerStart = previousStart;
    start = previousStart;
  }
  if (headerStart === lineStart) return null;
  const [, headerEnd] = lineBounds(folded, headerStart);
  let headerCells = folded.slice(headerStart, headerEnd).split(delimiter);
  // Markdown tables start and end with "|": drop the empty outer cells.
  if (delimiter === '|' && headerCells[0].trim() === '') headerCells = headerCells.slice(1);
  return { delimiter, headerCells, markdownRow: delimiter === '|' && line.trimStart().startsWith('|') };
}

/**
 * The header cell (folded text, as given) of the table column holding `offset`, or null when the
 * offset is not in a delimited row under a header. `folded` is the lower-case accent-free text.
 */
export function columnHeader(folded: string, offset: number): string | null {
  const [lineStart, lineEnd] = lineBounds(folded, offset);
  const table = tableLine(folded, lineStart, lineEnd);
  if (!table) return null;
  const column = count(folded.slice(lineStart, offset), table.delimiter);
  const header = table.headerCells[table.markdownRow ? column - 1 : column];
  return header && /[a-z]/.test(header) ? header.trim() : null;
}
