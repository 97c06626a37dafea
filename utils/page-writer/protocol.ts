/**
 * The private channel between Vigie's isolated content script and its main-world page writer.
 * At document_start, before any page script runs, the main-world script creates a MessageChannel
 * and hands one port to the isolated world in a single window message; every later command goes
 * over that port, which page scripts never see. The isolated world takes the first port only.
 */

export const PAGE_WRITER_TAG = '__vigiePageWriter';
/** Attribute the isolated world puts on the composer so the main world finds the same element. */
export const PAGE_WRITER_MARK = 'data-vigie-write';

export interface PageWriterReplacement {
  readonly start: number;
  readonly end: number;
  readonly placeholder: string;
}

export interface PageWriterCommand {
  readonly id: number;
  /** Value of PAGE_WRITER_MARK on the composer. */
  readonly mark: string;
  readonly replacements: readonly PageWriterReplacement[];
}

export interface PageWriterAnswer {
  readonly id: number;
  readonly ok: boolean;
}

export function isPageWriterCommand(data: unknown): data is PageWriterCommand {
  const value = data as Partial<PageWriterCommand> | null;
  return (
    !!value &&
    typeof value.id === 'number' &&
    typeof value.mark === 'string' &&
    /^[\w-]{8,64}$/.test(value.mark) &&
    Array.isArray(value.replacements) &&
    value.replacements.length <= 1_000 &&
    value.replacements.every((r) => !!r && Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end >= r.start && typeof r.placeholder === 'string' && r.placeholder.length <= 64)
  );
}

export function isPageWriterAnswer(data: unknown): data is PageWriterAnswer {
  const value = data as Partial<PageWriterAnswer> | null;
  return !!value && typeof value.id === 'number' && typeof value.ok === 'boolean';
}
