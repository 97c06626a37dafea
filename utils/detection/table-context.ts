/**
 * Identifiers pasted as tables (CSV/TSV rows, Markdown tables) carry their context in the column
 * header, often far above the value: "N° allocataire" in the first row, numbers in the next ones
 * (shared/reference/detectors.md §6.4). This finds the header cell of the column a value sits in.
 */

import { lowerBound } from './sorted';
import { codeAt } from './char-codes';
import { perText } from './per-text';

const DELIMITERS = [';', '\t', '|', ','] as const;
/** A line that only draws a rule: dashes, with `+` or `|` where columns cross it (psql, MySQL's `+-----+`). */
const RULE_LINE = /^[ \t]*[+|]?[-=]{3,}[-=+|: \t]*$/;

/**
 * The line holding `offset` in the last text indexed (see `indexText`), as `lastIndexOf` and
 * `indexOf` of a line break would find it, by binary search: scanning a long line for each value on
 * it made 100 KB of `12000 Rodez, ` take 120 ms.
 */
const lineBounds = (text: string, offset: number): Line => {
  // Last line break at or before max(offset - 1, 0): String#lastIndexOf clamps a negative start to 0.
  const previous = lowerBound(newlines, Math.max(offset - 1, 0) + 1) - 1;
  const next = lowerBound(newlines, offset);
  return [previous >= 0 ? newlines[previous] + 1 : 0, next < newlines.length ? newlines[next] : text.length, next];
};

const count = (line: string, delimiter: string): number => {
  let n = 0;
  for (let i = line.indexOf(delimiter); i !== -1; i = line.indexOf(delimiter, i + 1)) n++;
  return n;
};

/** What a line says about its table: its delimiter and the header row's cells, or null when it has no header. */
interface TableLine {
  readonly delimiter: string;
  /** Cells of the header row (outer empty cells of a Markdown table dropped). */
  readonly headerCells: readonly string[];
  /**
   * What columnHeader gives for each column: the trimmed cell, or null without a letter. Made once per
   * table and shared by its rows, so that each value asks for the same string, whose hash a Set lookup then keeps.
   */
  readonly headers: ReadonlyArray<string | null>;
  /** Where the header row starts. */
  readonly headerStart: number;
  /** How many delimiters the row holds. */
  readonly cells: number;
  /** True for a Markdown row (`| a | b |`): its first cell is the empty one before the first `|`. */
  readonly markdownRow: boolean;
  /** Offsets of the line's delimiters, listed when a value of the line first asks for its column. */
  delimiters?: number[];
}

/**
 * A line of the text last indexed: its start, its end (its line break, or the text's end) and its
 * number, which keys what is read of it (see onceForLine). When the text opens with a line break,
 * the line of offset 0 reads [1, 0, 0]: it ends before it starts, and line 1 starts at 1 too.
 */
export type Line = [start: number, end: number, index: number];

/**
 * Lines already looked at in the last text, by number. A scan asks for the header of every value
 * of a table, and walking up the table once per value made tables the costliest prompts to scan.
 */
let linesOf: string | null = null;
let lines: LineMemo<TableLine | null> = [];
/** Offsets of the line breaks of `linesOf`. */
let newlines: number[] = [];

/** Makes `folded` the text that `lines` and `newlines` describe. */
const indexText = (folded: string): void => {
  if (linesOf !== folded) {
    newlines = [];
    for (let i = folded.indexOf('\n'); i !== -1; i = folded.indexOf('\n', i + 1)) newlines.push(i);
    lines = new Array(newlines.length + 1);
  }
  // Keep the caller's string even when the contents were equal: later calls then compare pointers,
  // not a long text character by character.
  linesOf = folded;
};

/**
 * What was read of each line of a text, by line number, made with one entry per line (lineMemo): a
 * Map by line start grew its table anew past a few thousand lines, and that fresh memory cost
 * 2.5 ms per Map on a list of 11,000 addresses, one per line.
 */
export type LineMemo<T> = Array<T | undefined>;

/** A LineMemo for the lines of `folded`. */
export const lineMemo = <T>(folded: string): LineMemo<T> => {
  indexText(folded);
  return new Array(newlines.length + 1);
};

/**
 * What `read` says of `line` of `text`, read once and then kept in `known`: a scan asks about a
 * line for each value on it (the terms of a CSV row).
 */
export const onceForLine = <T>(known: LineMemo<T>, text: string, [lineStart, lineEnd, index]: Line, read: (text: string, lineStart: number, lineEnd: number) => T): T => {
  let value = known[index];
  if (value === undefined) {
    value = read(text, lineStart, lineEnd);
    known[index] = value;
  }
  return value;
};

const tableLine = (folded: string, line: Line): TableLine | null => onceForLine(lines, folded, line, readTableLine);

/**
 * The delimiter of a line that may be a table row, or undefined. Tabs are rare in prose, so one is
 * enough; so is one `;` of a two-column CSV export (`Nom;N° allocataire`), whose rows must then all
 * have exactly one. Commas and `|` need two per row.
 */
export const rowDelimiter = (line: string): string | undefined => DELIMITERS.find((candidate) => count(line, candidate) >= (candidate === '\t' || candidate === ';' ? 1 : 2));

/** The bounds of the line holding `offset` in `folded` (line breaks indexed once per text). */
export const lineAt = (folded: string, offset: number): Line => {
  indexText(folded);
  return lineBounds(folded, offset);
};

/** The cells of the header row at `headerStart`, and what columnHeader gives for each. */
const readHeader = (folded: string, headerStart: number, delimiter: string): Pick<TableLine, 'headerCells' | 'headers'> => {
  let headerCells = folded.slice(headerStart, lineBounds(folded, headerStart)[1]).split(delimiter);
  // A header announced in a sentence (`Colonnes : classe ; nom ; …`): its first cell is what follows the colon.
  headerCells[0] = headerCells[0].slice(headerCells[0].lastIndexOf(':') + 1);
  // Markdown tables start and end with "|": drop the empty outer cells.
  if (delimiter === '|' && headerCells[0].trim() === '') headerCells = headerCells.slice(1);
  return { headerCells, headers: headerCells.map((cell) => (/[a-z]/.test(cell) ? cell.trim() : null)) };
};

const readTableLine = (folded: string, lineStart: number, lineEnd: number): TableLine | null => {
  const line = folded.slice(lineStart, lineEnd);
  const delimiter = rowDelimiter(line);
  if (!delimiter) return null;
  const cells = count(line, delimiter);
  // Cells may be missing at a row's end, so counts may differ by one, except in two-column CSV.
  const tolerance = delimiter === ';' && cells === 1 ? 0 : 1;
  // Walk up the rows of the same table (same delimiter count) to its first row, however far. A row
  // on the way with this line's delimiter and cell count walks up the same rows from there: where
  // its walk is known the walk stops, and where not, it gets this walk's answer. Each row of a table
  // is then walked over about once (a walk of up to 200 rows per row cost 60 ms of the first scan
  // of a 4,800-row export, and rows past the 200th lost their header).
  const sameRows: Array<[index: number, start: number, row: string]> = [];
  let headerStart = lineStart;
  let sameTable: TableLine | undefined;
  for (let start = lineStart; start > 0; ) {
    const [previousStart, previousEnd, previousIndex] = lineBounds(folded, start - 1);
    // A row above of this table, already read (the row before, in a scan's order): its header, down to
    // the same cells, is this row's.
    const known = lines[previousIndex];
    if (known && known.delimiter === delimiter && known.cells === cells) {
      headerStart = (sameTable = known).headerStart;
      break;
    }
    const previous = folded.slice(previousStart, previousEnd);
    if (previous.trim() === '' && previousStart > 0) {
      // A blank line between the header and the rows (`Colonnes : nom ; prénom ; …`, a blank line,
      // then the rows). Crossed only when the rows below have no header of their own (their first
      // row holds digits: data), and only to a line whose cells hold none: a header, not the last
      // row of another table.
      const firstRow = folded.slice(start, lineBounds(folded, start)[1]);
      const [aboveStart, aboveEnd] = lineBounds(folded, previousStart - 1);
      const above = folded.slice(aboveStart, aboveEnd);
      const aboveCells = above.slice(above.lastIndexOf(':', above.indexOf(delimiter)) + 1);
      if (/\d/.test(firstRow) && Math.abs(count(above, delimiter) - cells) <= tolerance && !/\d/.test(aboveCells)) headerStart = aboveStart;
      break;
    }
    // The rule under the header of psql or MySQL output (`------+------`, `+------+`) or of a text table: crossed.
    if (RULE_LINE.test(previous)) {
      start = previousStart;
      continue;
    }
    const previousCells = count(previous, delimiter);
    if (Math.abs(previousCells - cells) > tolerance) break;
    headerStart = previousStart;
    start = previousStart;
    if (previousCells === cells && rowDelimiter(previous) === delimiter) {
      // Read already and not a row under a header (one would have stopped the walk above): the
      // table's first row, its header.
      if (known !== undefined) break;
      sameRows.push([previousIndex, previousStart, previous]);
    }
  }
  if (headerStart === lineStart) return null;
  const { headerCells, headers } = sameTable ?? readHeader(folded, headerStart, delimiter);
  const tableLineOf = (row: string): TableLine => ({ delimiter, headerStart, headerCells, headers, cells, markdownRow: delimiter === '|' && row.trimStart().startsWith('|') });
  for (const [index, start, row] of sameRows) lines[index] = start === headerStart ? null : tableLineOf(row);
  return tableLineOf(line);
};

/** The longest line read as a table's header row (see inHeaderRow). */
const HEADER_ROW_MAX_LENGTH = 400;
/** A header cell naming a person's field (folded): the row it heads holds people. */
const PERSON_FIELD_CELL = /(?:^|[\t|;])[ \t]*(?:noms?|nom de famille|prenoms?|prenom\(s\)|ddn|date de naissance|date naiss\.?|nee? le|ne\(e\) le|beneficiaire|enfant|agent|usager)[ \t]*(?:[\t|;]|$)/;

/**
 * Whether `offset` (folded text) lies in a table's header row: a delimited line without digits that
 * names a person's field, above a line of as many cells. Its words are the columns' names
 * (`NOM;Prénom;NIR;Obligés alimentaires`, `…	Lieu d'accueil	Réf. ASE`), no one's data.
 */
export const inHeaderRow = (folded: string, offset: number): boolean => onceForLine(headerRowsAt(folded), folded, lineAt(folded, offset), isHeaderRow);

/** inHeaderRow's answers in the last text, by line. */
const headerRowsAt = perText((folded: string) => lineMemo<boolean>(folded));

const isHeaderRow = (folded: string, lineStart: number, lineEnd: number): boolean => {
  // A header is short, and a long line read again for each of its terms would cost its length each time.
  if (lineEnd >= folded.length || lineEnd - lineStart > HEADER_ROW_MAX_LENGTH) return false;
  const line = folded.slice(lineStart, lineEnd);
  const delimiter = rowDelimiter(line);
  if (delimiter === undefined || delimiter === ',' || /\d/.test(line) || !PERSON_FIELD_CELL.test(line)) return false;
  const [nextStart, nextEnd] = lineBounds(folded, lineEnd + 1);
  return Math.abs(count(folded.slice(nextStart, nextEnd), delimiter) - count(line, delimiter)) <= 1;
};

/** The header's cells (folded text, as given) of the delimited table whose row holds `offset`, or null. */
export const headerRow = (folded: string, offset: number): readonly string[] | null => tableLine(folded, lineAt(folded, offset))?.headerCells ?? null;

/**
 * The header cell (folded text, as given) of the table column holding `offset`, or null when the
 * offset is not in a delimited row under a header. `folded` is the lower-case accent-free text.
 * A value of an SQL `INSERT` has its column's name as header (`num_caf` read `num caf`).
 */
export const columnHeader = (folded: string, offset: number): string | null => {
  // First: the rows of a long INSERT look like a table whose header is its first row.
  const insert = insertColumn(folded, offset);
  if (insert !== null) return insert.replace(/[_.-]/g, ' ');
  const line = lineAt(folded, offset);
  const table = tableLine(folded, line);
  if (!table) return null;
  const [lineStart, lineEnd] = line;
  if (!table.delimiters) {
    table.delimiters = [];
    for (let i = folded.indexOf(table.delimiter, lineStart); i !== -1 && i < lineEnd; i = folded.indexOf(table.delimiter, i + 1)) table.delimiters.push(i);
  }
  // Delimiters before the offset, as counting them in the line up to it would.
  return table.headers[lowerBound(table.delimiters, offset) - (table.markdownRow ? 1 : 0)] ?? null;
};

/**
 * A comma between two values of a row: after a closing quote or a bare number or NULL (`appt 14, 3 rue`
 * inside a quoted address is neither), before an opening quote, a number or NULL.
 */
const VALUE_BREAK = /(?<='|(?:^|,)[ \t]*(?:[+-]?[\d.]+|null))[ \t]*,[ \t\r\n]*(?=['\d+-]|null)/g;
/** How far above its value an `INSERT`'s column list may be (a long list of rows). */
const SQL_INSERT_LOOK_BACK = 3000;
/** Where `values` stands in a folded text, read once per text (a text holds few, and most none). */
const valuesAtOf = perText((folded) => {
  const at: number[] = [];
  for (let k = folded.indexOf('values'); k >= 0; k = folded.indexOf('values', k + 6)) at.push(k);
  return at;
});

/**
 * The column of an SQL `INSERT` whose quoted value starts at `at` (folded text), as written in the
 * column list without quotes or blanks, or null: `INSERT INTO usagers (nom, num_caf) VALUES
 * ('DUPONT', '1234567')` gives `nom`, then `num_caf`. The column list may be far above a long list
 * of rows.
 */
export const insertColumn = (folded: string, at: number): string | null => {
  if (codeAt(folded, at - 1) !== 39) return null;
  const valuesAt = valuesAtOf(folded);
  // The last `values` before the value, within SQL_INSERT_LOOK_BACK.
  const next = lowerBound(valuesAt, at);
  const values = next > 0 ? valuesAt[next - 1] : -1;
  if (values < 0 || at - values > SQL_INSERT_LOOK_BACK || /[a-z_]/.test(folded.charAt(values - 1))) return null;
  // The row's opening bracket: after `values`, a comma or the row before; not one inside a value
  // (`'tutelle (UDAF)'`), from which the values would be counted wrong.
  let tupleStart = folded.lastIndexOf('(', at);
  while (tupleStart > values && !/(?:values|[,)])\s*$/.test(folded.slice(Math.max(values, tupleStart - 16), tupleStart))) tupleStart = folded.lastIndexOf('(', tupleStart - 1);
  if (tupleStart < values) return null;
  // `(nom, prenom)` right before `values`.
  const listEnd = folded.lastIndexOf(')', values);
  const listStart = folded.lastIndexOf('(', listEnd);
  if (listEnd < 0 || listStart < 0 || values - listEnd > 6 || !/^[ \t\r\n]*$/.test(folded.slice(listEnd + 1, values))) return null;
  const columns = folded.slice(listStart + 1, listEnd).split(',');
  // Values before this one in its row: the commas between two values, not those inside a quoted
  // one, even when a quote in it was not doubled (`'N'GUESSAN'` pasted from a form).
  const place = folded.slice(tupleStart + 1, at).match(VALUE_BREAK)?.length ?? 0;
  return place < columns.length ? columns[place].replace(/[`"\s]/g, '') : null;
};
