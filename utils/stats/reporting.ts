import { z } from 'zod';
import type { StatsDb } from './db';
import { dayBefore, dayOf, mergeRows, type StatRow, StatRowSchema } from './rows';

/**
 * Optional reporting of daily aggregates to the HTTPS endpoint the policy sets
 * (`statistics.reportingEndpoint`). Payload documented in policies/README.md ("Statistics reports").
 *
 * - Once a day, at a jittered time, each completed day not yet reported becomes batches of at most
 *   `MAX_ROWS_PER_BATCH` rows, queued in the database (survives restarts and offline periods).
 * - Counts below the policy threshold are bucketed (the tool and category are replaced by "*") and,
 *   if the bucket is still below the threshold, suppressed: rare events cannot single out an agent.
 * - A failed send is retried with exponential backoff and jitter; a 4xx other than 408/429 drops the
 *   batch (the collector refuses it: resending the same bytes will not help).
 */

export const REPORT_SCHEMA_VERSION = 1;
export const MAX_ROWS_PER_BATCH = 500;
/** Days looked back when catching up (a machine that was off for a while). */
export const MAX_CATCH_UP_DAYS = 14;
export const BASE_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 6 * 3_600_000;
export const MAX_ATTEMPTS = 12;
const REPORT_INTERVAL_MS = 24 * 3_600_000;

export const ReportRowSchema = StatRowSchema.extend({
  tool: z.string().regex(/^(?:\*|[a-z0-9]+(?:-[a-z0-9]+)*)$/).max(40),
  category: z.string().regex(/^(?:|\*|[A-Z][A-Z_]{1,40}|[a-z0-9]+(?:-[a-z0-9]+)*)$/).max(60),
});
export type ReportRow = z.infer<typeof ReportRowSchema>;

export const ReportPayloadSchema = z
  .object({
    format: z.literal('vigie-stats-report'),
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    /** Random per batch: lets a collector drop a batch it received twice; identifies nobody. */
    batchId: z.string().uuid(),
    day: z.string(),
    part: z.number().int().min(1),
    parts: z.number().int().min(1),
    minCount: z.number().int().min(1),
    rows: z.array(ReportRowSchema),
  })
  .strict();
export type ReportPayload = z.infer<typeof ReportPayloadSchema>;

/**
 * Applies the threshold: rows with count ≥ minCount are kept; the others are added up per
 * (day, event, dimension, policy version) with tool and category "*", and those buckets are kept
 * only if they reach minCount.
 */
export function applyThreshold(rows: readonly StatRow[], minCount: number): ReportRow[] {
  const kept: ReportRow[] = [];
  const buckets = new Map<string, ReportRow>();
  for (const row of mergeRows(rows)) {
    if (row.count >= minCount) {
      kept.push(row);
      continue;
    }
    const bucket: ReportRow = { ...row, tool: '*', category: row.dimension === 'total' ? '' : '*' };
    const key = [bucket.day, bucket.event, bucket.dimension, bucket.category, bucket.policyVersion].join('|');
    const existing = buckets.get(key);
    if (existing) existing.count += row.count;
    else buckets.set(key, bucket);
  }
  return [...kept, ...[...buckets.values()].filter((bucket) => bucket.count >= minCount)];
}

/** Delay before attempt number `attempts + 1`: exponential, capped, with ±50 % jitter. */
export function retryDelay(attempts: number, random: () => number): number {
  const base = Math.min(MAX_RETRY_MS, BASE_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.5 + random()));
}

export interface ReportingDeps {
  db: StatsDb;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  uuid: () => string;
}

export interface ReportingSettings {
  endpoint: string;
  minCount: number;
}

const META_LAST_DAY = 'report.lastQueuedDay';
const META_NEXT_AT = 'report.nextRunAt';

async function readMeta(db: StatsDb, name: string): Promise<string | number | undefined> {
  return (await db.meta.get(name))?.value;
}

/**
 * Queues the completed days after the last one queued (at most MAX_CATCH_UP_DAYS back), when the
 * jittered daily time has come. Returns the number of batches queued.
 */
export async function queueCompletedDays(deps: ReportingDeps, settings: ReportingSettings, force = false): Promise<number> {
  const { db, now } = deps;
  const nextAt = await readMeta(db, META_NEXT_AT);
  if (!force && typeof nextAt === 'number' && now() < nextAt) return 0;
  if (!force && nextAt === undefined) {
    // First run: pick a random time in the next 24 hours, so that a fleet installed together does not report together.
    await db.meta.put({ name: META_NEXT_AT, value: now() + Math.round(deps.random() * REPORT_INTERVAL_MS) });
    return 0;
  }
  const yesterday = dayBefore(now(), 1);
  const lastQueued = await readMeta(db, META_LAST_DAY);
  const firstDay = typeof lastQueued === 'string' && lastQueued >= dayBefore(now(), MAX_CATCH_UP_DAYS) ? nextDay(lastQueued) : dayBefore(now(), MAX_CATCH_UP_DAYS);
  let queued = 0;
  if (firstDay <= yesterday) {
    const rows = (await db.counters.where('day').between(firstDay, yesterday, true, true).toArray()).map(({ key: _key, ...row }) => row as StatRow);
    const byDay = new Map<string, StatRow[]>();
    for (const row of rows) byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
    await db.transaction('rw', db.reportQueue, db.meta, async () => {
      for (const [day, dayRows] of [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const reportRows = applyThreshold(dayRows, settings.minCount);
        if (reportRows.length === 0) continue;
        const parts = Math.ceil(reportRows.length / MAX_ROWS_PER_BATCH);
        for (let part = 0; part < parts; part++) {
          const payload: ReportPayload = {
            format: 'vigie-stats-report',
            schemaVersion: REPORT_SCHEMA_VERSION,
            batchId: deps.uuid(),
            day,
            part: part + 1,
            parts,
            minCount: settings.minCount,
            rows: reportRows.slice(part * MAX_ROWS_PER_BATCH, (part + 1) * MAX_ROWS_PER_BATCH),
          };
          await db.reportQueue.add({ day, batchId: payload.batchId, body: JSON.stringify(payload), attempts: 0, nextAttemptAt: now() });
          queued++;
        }
      }
      await db.meta.put({ name: META_LAST_DAY, value: yesterday });
    });
  }
  // Next run: about a day later, ±2 hours of jitter.
  await db.meta.put({ name: META_NEXT_AT, value: now() + REPORT_INTERVAL_MS + Math.round((deps.random() - 0.5) * 4 * 3_600_000) });
  return queued;
}

function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return dayOf(new Date(year, month - 1, date + 1, 12).getTime());
}

export interface FlushResult {
  sent: number;
  failed: number;
  dropped: number;
  /** When the earliest remaining batch is due, if any. */
  nextAttemptAt?: number;
}

/** Sends every due batch in order; failures are rescheduled with backoff. Never throws. */
export async function flushQueue(deps: ReportingDeps, settings: ReportingSettings): Promise<FlushResult> {
  const { db, now } = deps;
  const result: FlushResult = { sent: 0, failed: 0, dropped: 0 };
  const due = await db.reportQueue.where('nextAttemptAt').belowOrEqual(now()).sortBy('id');
  for (const batch of due) {
    let status = 0;
    try {
      const response = await deps.fetch(settings.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: batch.body,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
        signal: AbortSignal.timeout(30_000),
      });
      status = response.status;
    } catch {
      status = 0; // offline, DNS, TLS, timeout
    }
    if (status >= 200 && status < 300) {
      await db.reportQueue.delete(batch.id!);
      result.sent++;
    } else if ((status >= 400 && status < 500 && status !== 408 && status !== 429) || batch.attempts + 1 >= MAX_ATTEMPTS) {
      await db.reportQueue.delete(batch.id!);
      result.dropped++;
    } else {
      const attempts = batch.attempts + 1;
      await db.reportQueue.update(batch.id!, { attempts, nextAttemptAt: now() + retryDelay(attempts, deps.random) });
      result.failed++;
      // Offline or server down: the later batches would fail the same way; keep their order.
      if (status === 0 || status >= 500) break;
    }
  }
  const next = await db.reportQueue.orderBy('nextAttemptAt').first();
  if (next) result.nextAttemptAt = next.nextAttemptAt;
  return result;
}
