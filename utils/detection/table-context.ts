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

/**
 * The header cell (folded text, as given) of the table column holding `offset`, or null when the
 * offset is not in a delimited row under a header. `folded` is the lower-case accent-free text.
 */
export function columnHeader(folded: string, offset: number): string | null {
  const [lineStart, lineEnd] = lineBounds(folded, offset);
  const line = folded.slice(lineStart, lineEnd);
  // Tabs are rare in prose, so one is enough; other delimiters need two per row.
  const delimiter = DELIMITERS.find((candidate) => count(line, candidate) >= (candidate === '\t' ? 1 : 2));
  if (!delimiter) return null;
  const cells = count(line, delimiter);
  const column = count(folded.slice(lineStart, offset), delimiter);
  // Walk up the rows of the same table (same delimiter count) to its first row.
  let headerStart = lineStart;
  for (let rows = 0, start = lineStart; rows < MAX_ROWS_UP && start > 0; rows++) {
    const [previousStart, previousEnd] = lineBounds(folded, start - 1);
    const previous = folded.slice(previousStart, previousEnd);
    if (Math.abs(count(previous, delimiter) - cells) > 1) break;
    headerStart = previousStart;
    start = previousStart;
  }
  if (headerStart === lineStart) return null;
  const [, headerEnd] = lineBounds(folded, headerStart);
  let headerCells = folded.slice(headerStart, headerEnd).split(delimiter);
  // Markdown tables start and end with "|": drop the empty outer cells.
  if (delimiter === '|' && headerCells[0].trim() === '') headerCells = headerCells.slice(1);
  const lineCells = delimiter === '|' && line.trimStart().startsWith('|') ? column - 1 : column;
  const header = headerCells[lineCells];
  return header && /[a-z]/.test(header) ? header.trim() : null;
}
