import { z } from 'zod';
import { DaySchema, mergeRows, type StatRow, StatRowSchema } from './rows';

/**
 * Exchange format of aggregated statistics (documented in README.md, "Statistics export format").
 * JSON is the full format; CSV carries the same rows, one counter per line, for spreadsheets.
 * Every field is an id, a day or a count: an export never contains text typed by an agent.
 */
export const EXPORT_FORMAT = 'vigie-stats-export';
export const EXPORT_SCHEMA_VERSION = 1;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_ROWS = 200_000;

const ExportIdSchema = z.string().uuid();

export const StatsExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    /** Random id of this export: importing the same export twice is refused. */
    exportId: ExportIdSchema,
    /** Day of the export (no time of day). */
    exportedOn: DaySchema,
    /** Ids of earlier exports merged into this one (an organisation view exported again). */
    contains: z.array(ExportIdSchema).max(10_000),
    rows: z.array(StatRowSchema).max(MAX_ROWS),
  })
  .strict();
export type StatsExport = z.infer<typeof StatsExportSchema>;

export const CSV_COLUMNS = ['schema_version', 'export_id', 'exported_on', 'day', 'tool', 'event', 'dimension', 'category', 'policy_version', 'count'] as const;

export function buildExport(rows: readonly StatRow[], exportId: string, exportedOn: string, contains: readonly string[] = []): StatsExport {
  const sorted = mergeRows(rows).sort((a, b) => a.day.localeCompare(b.day) || a.tool.localeCompare(b.tool) || a.event.localeCompare(b.event) || a.dimension.localeCompare(b.dimension) || a.category.localeCompare(b.category));
  return StatsExportSchema.parse({ format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportId, exportedOn, contains: [...contains], rows: sorted });
}

export function exportToJson(data: StatsExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** CSV (RFC 4180, comma, CRLF). No quoting is ever needed: every value matches an id pattern without commas. */
export function exportToCsv(data: StatsExport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of data.rows) {
    lines.push([data.schemaVersion, data.exportId, data.exportedOn, row.day, row.tool, row.event, row.dimension, row.category, row.policyVersion, row.count].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export class ImportError extends Error {
  constructor(
    /** i18n key suffix of the message shown to the person importing. */
    readonly reason: 'too-large' | 'not-an-export' | 'wrong-version' | 'invalid-rows' | 'mixed-exports' | 'empty',
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'ImportError';
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(document)'}: ${issue.message}`.slice(0, 200) : '';
}

/** Parses an export file (JSON or CSV); throws ImportError with a reason a person can act on. */
export function parseExport(text: string): StatsExport {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('too-large');
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new ImportError('empty');
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new ImportError('not-an-export');
    }
    if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) throw new ImportError('not-an-export');
    if ((json as { schemaVersion?: unknown }).schemaVersion !== EXPORT_SCHEMA_VERSION) throw new ImportError('wrong-version', String((json as { schemaVersion?: unknown }).schemaVersion).slice(0, 10));
    const parsed = StatsExportSchema.safeParse(json);
    if (!parsed.success) throw new ImportError('invalid-rows', firstIssue(parsed.error));
    return parsed.data;
  }
  return parseCsv(trimmed);
}

function parseCsv(text: string): StatsExport {
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  if (lines[0] !== CSV_COLUMNS.join(',')) throw new ImportError('not-an-export');
  if (lines.length - 1 > MAX_ROWS) throw new ImportError('too-large');
  let exportId = '';
  let exportedOn = '';
  const rows: unknown[] = [];
  for (const [index, line] of lines.slice(1).entries()) {
    const cells = line.split(',');
    if (cells.length !== CSV_COLUMNS.length) throw new ImportError('invalid-rows', `line ${index + 2}`);
    const [version, id, on, day, tool, event, dimension, category, policyVersion, count] = cells;
    if (version !== String(EXPORT_SCHEMA_VERSION)) throw new ImportError('wrong-version', version.slice(0, 10));
    if (index === 0) [exportId, exportedOn] = [id, on];
    else if (id !== exportId) throw new ImportError('mixed-exports', `line ${index + 2}`);
    rows.push({ day, tool, event, dimension, category, policyVersion, count: /^\d{1,10}$/.test(count) ? Number(count) : Number.NaN });
  }
  if (rows.length === 0) throw new ImportError('empty');
  const parsed = StatsExportSchema.safeParse({ format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportId, exportedOn, contains: [], rows });
  if (!parsed.success) throw new ImportError('invalid-rows', firstIssue(parsed.error));
  return parsed.data;
}

/** Ids an export stands for: its own and the ones it merged. */
export function idsOf(data: { exportId: string; contains: readonly string[] }): string[] {
  return [data.exportId, ...data.contains];
}

/**
 * Whether an export overlaps what was already merged (the same export, or an export merged into
 * either): its counts would be counted twice.
 */
export function overlaps(data: { exportId: string; contains: readonly string[] }, known: ReadonlyArray<{ exportId: string; contains: readonly string[] }>): boolean {
  const knownIds = new Set(known.flatMap(idsOf));
  return idsOf(data).some((id) => knownIds.has(id));
}
