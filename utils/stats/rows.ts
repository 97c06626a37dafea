import { z } from 'zod';
import { ToolIdSchema } from '@/policies/policy-schema';
import { OutcomeSchema } from '@/utils/messaging';

/**
 * What the statistics database holds: counters, nothing else. A row is "on this day, with this AI
 * tool, under this policy version, this event happened N times" — optionally broken down by one
 * category (a data type, a "send anyway" reason id, a detector id). Never text, never a detected
 * value, never a user or device identifier, never a URL or path, never a time finer than the day.
 */

/** Events counted: the guard's outcomes, plus a blocked tool page shown and a false-alarm report. */
export const StatEventSchema = z.union([OutcomeSchema, z.enum(['tool-blocked', 'false-alarm'])]);
export type StatEvent = z.infer<typeof StatEventSchema>;
export const STAT_EVENTS = [...OutcomeSchema.options, 'tool-blocked', 'false-alarm'] as const satisfies readonly StatEvent[];

/**
 * total: one per check (category empty); type: findings of a data type; reason: the "send anyway"
 * reason chosen; detector: a detector reported as a false alarm.
 */
export const StatDimensionSchema = z.enum(['total', 'type', 'reason', 'detector']);
export type StatDimension = z.infer<typeof StatDimensionSchema>;

export const DayPattern = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
export const DaySchema = z.string().regex(DayPattern, 'must be a day YYYY-MM-DD');
/** Ids only: kebab-case or an upper-case data type, so a category can never carry free text. */
export const CategorySchema = z.string().regex(/^(?:|[A-Z][A-Z_]{1,40}|[a-z0-9]+(?:-[a-z0-9]+)*)$/).max(60);
export const PolicyVersionSchema = z.string().regex(/^[\w.:-]{1,64}$/);
export const CountSchema = z.number().int().min(1).max(1_000_000_000);

export const StatRowSchema = z
  .object({
    day: DaySchema,
    tool: ToolIdSchema,
    event: StatEventSchema,
    dimension: StatDimensionSchema,
    category: CategorySchema,
    policyVersion: PolicyVersionSchema,
    count: CountSchema,
  })
  .strict();
export type StatRow = z.infer<typeof StatRowSchema>;
/** A row as stored: with its key. */
export type StoredStatRow = StatRow & { key: string };

/** The identity of a counter: every field but the count. */
export function rowKey(row: Omit<StatRow, 'count'>): string {
  return [row.day, row.tool, row.event, row.dimension, row.category, row.policyVersion].join('|');
}

/** The local calendar day of a timestamp (the agent's day, not UTC), as YYYY-MM-DD. */
export function dayOf(now: number): string {
  const date = new Date(now);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The day `days` days before the day of `now`. */
export function dayBefore(now: number, days: number): string {
  const date = new Date(now);
  date.setHours(12, 0, 0, 0); // noon: immune to daylight-saving shifts
  date.setDate(date.getDate() - days);
  return dayOf(date.getTime());
}

/** Adds rows with the same key together (order of first appearance kept). */
export function mergeRows(rows: Iterable<StatRow>): StatRow[] {
  const merged = new Map<string, StatRow>();
  for (const row of rows) {
    const key = rowKey(row);
    const existing = merged.get(key);
    if (existing) existing.count += row.count;
    else merged.set(key, { ...row });
  }
  return [...merged.values()];
}
