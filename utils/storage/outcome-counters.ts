import { z } from 'zod';
import type { MessageRequest } from '@/utils/messaging';

/**
 * Interim counters of guard outcomes, per day: counts and categories only (no text, no value, no
 * URL, no user). The statistics issue replaces this with the Dexie store and its dashboard.
 */
export const OutcomeCountersSchema = z.record(
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  z.object({
    outcomes: z.record(z.string(), z.number().int().min(0)),
    types: z.record(z.string(), z.number().int().min(0)),
    falseAlarms: z.record(z.string(), z.number().int().min(0)),
  }),
);
export type OutcomeCounters = z.infer<typeof OutcomeCountersSchema>;

const item = storage.defineItem<unknown>('local:outcomeCounters');

export function dayOf(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

async function update(now: number, change: (day: OutcomeCounters[string]) => void): Promise<void> {
  const parsed = OutcomeCountersSchema.safeParse(await item.getValue());
  const counters: OutcomeCounters = parsed.success ? parsed.data : {};
  const key = dayOf(now);
  const day = counters[key] ?? { outcomes: {}, types: {}, falseAlarms: {} };
  change(day);
  counters[key] = day;
  await item.setValue(counters);
}

export function countOutcome(request: MessageRequest<'recordOutcome'>, now = Date.now()): Promise<void> {
  return update(now, (day) => {
    day.outcomes[`${request.tool}:${request.outcome}`] = (day.outcomes[`${request.tool}:${request.outcome}`] ?? 0) + 1;
    for (const [type, count] of Object.entries(request.types)) day.types[type] = (day.types[type] ?? 0) + (count ?? 0);
  });
}

export function countFalseAlarm(request: MessageRequest<'reportFalseAlarm'>, now = Date.now()): Promise<void> {
  return update(now, (day) => {
    for (const detector of request.detectors) day.falseAlarms[detector] = (day.falseAlarms[detector] ?? 0) + 1;
  });
}

export async function readOutcomeCounters(): Promise<OutcomeCounters> {
  const parsed = OutcomeCountersSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : {};
}
