import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { StatRow, StoredStatRow } from './rows';

/**
 * The IndexedDB database `vigie-stats` (Dexie). Schema history — never edit a published version,
 * add a new one with its upgrade:
 * - v1: `counters` keyed by day|tool|event|dimension|category (no policy version).
 * - v2: policy version added to the key (v1 rows get "unknown"); `imports` (exports merged into the
 *   organisation view, one per exportId); `reportQueue` (batches waiting for the reporting endpoint);
 *   `meta` (reporting schedule).
 */
export const STATS_DB_NAME = 'vigie-stats';
export const STATS_DB_VERSION = 2;

/** An export merged into the organisation view in the dashboard. */
export interface ImportRecord {
  exportId: string;
  importedAt: number;
  /** Export ids this export already merged (an organisation view exported again). */
  contains: string[];
  rows: StatRow[];
}

/** A report batch waiting to be sent. */
export interface QueuedReport {
  id?: number;
  day: string;
  batchId: string;
  body: string;
  attempts: number;
  nextAttemptAt: number;
}

export interface MetaEntry {
  name: string;
  value: number | string;
}

export type StatsDbOptions = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

export class StatsDb extends Dexie {
  counters!: Table<StoredStatRow, string>;
  imports!: Table<ImportRecord, string>;
  reportQueue!: Table<QueuedReport, number>;
  meta!: Table<MetaEntry, string>;

  constructor(options: StatsDbOptions = {}, upTo: number = STATS_DB_VERSION) {
    super(STATS_DB_NAME, { ...options, autoOpen: false });
    defineStatsVersions(this, upTo);
  }
}

/** Declares versions 1..upTo (tests open an older version to check migrations). */
export function defineStatsVersions(db: Dexie, upTo: number): void {
  db.version(1).stores({ counters: '&key, day' });
  if (upTo < 2) return;
  db.version(2)
    .stores({ counters: '&key, day, event', imports: '&exportId', reportQueue: '++id, day, nextAttemptAt', meta: '&name' })
    .upgrade(async (tx) => {
      const counters = tx.table<StoredStatRow & { policyVersion?: string }, string>('counters');
      const old = await counters.toArray();
      const migrated = new Map<string, StoredStatRow>();
      for (const row of old) {
        const policyVersion = row.policyVersion ?? 'unknown';
        const key = [row.day, row.tool, row.event, row.dimension, row.category, policyVersion].join('|');
        const existing = migrated.get(key);
        if (existing) existing.count += row.count;
        else migrated.set(key, { ...row, policyVersion, key });
      }
      await counters.clear();
      await counters.bulkPut([...migrated.values()]);
    });
}
