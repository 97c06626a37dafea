import { type ImportRecord, StatsDb, type StatsDbOptions } from './db';
import { overlaps } from './export';
import { errorName, type HealthSink, type StatsHealth } from './health';
import { dayBefore, rowKey, type StatRow, StatRowSchema } from './rows';

/**
 * The statistics store over the `vigie-stats` database. Every method swallows its errors: a
 * statistics failure must never reach the guard. An unopenable database is deleted and rebuilt,
 * and the health flag says so.
 */
export interface StatsStore {
  /** Adds the rows' counts to their counters; false when nothing could be recorded. */
  record(rows: readonly StatRow[]): Promise<boolean>;
  /** Every valid counter, from `fromDay` on (all when omitted). Invalid rows are dropped. */
  readRows(fromDay?: string): Promise<StatRow[]>;
  /** Deletes counters (and imported rows, queued reports) older than `retentionDays` days before `now`; returns how many counters went. */
  purge(retentionDays: number, now: number): Promise<number>;
  /** Deletes every counter, import and queued report. */
  deleteAll(): Promise<boolean>;
  readImports(): Promise<ImportRecord[]>;
  /** Stores an import; false when it overlaps an export already imported (same exportId, or merged into one). */
  addImport(record: ImportRecord): Promise<boolean>;
  removeImports(): Promise<void>;
  /** The open database, or null when it cannot be used (for the reporting queue). */
  database(): Promise<StatsDb | null>;
  close(): void;
}

export interface StatsStoreDeps {
  dbOptions?: StatsDbOptions;
  health: HealthSink;
  now?: () => number;
}

export function createStatsStore({ dbOptions = {}, health, now = Date.now }: StatsStoreDeps): StatsStore {
  let opening: Promise<StatsDb | null> | null = null;

  async function setHealth(change: Omit<StatsHealth, 'at' | 'rebuiltAt'> & { rebuilt?: boolean }): Promise<void> {
    try {
      const previous = await health.read();
      if (change.state === 'ok' && (previous === null || previous.state === 'ok')) return;
      const at = now();
      await health.write({
        state: change.state,
        at,
        ...(change.error ? { error: change.error } : {}),
        ...(change.rebuilt ? { rebuiltAt: at } : previous?.rebuiltAt ? { rebuiltAt: previous.rebuiltAt } : {}),
      });
    } catch {
      // The health flag is best effort too.
    }
  }

  async function openOrRebuild(): Promise<StatsDb | null> {
    const db = new StatsDb(dbOptions);
    try {
      await db.open();
      await db.counters.count(); // a database that opens but cannot be read is as broken
      await setHealth({ state: 'ok' });
      return db;
    } catch (error) {
      db.close();
      if (errorName(error) === 'MissingAPIError') {
        await setHealth({ state: 'unavailable', error: 'MissingAPIError' });
        return null;
      }
      try {
        await new StatsDb(dbOptions).delete();
        const fresh = new StatsDb(dbOptions);
        await fresh.open();
        await setHealth({ state: 'rebuilt', error: errorName(error), rebuilt: true });
        return fresh;
      } catch (rebuildError) {
        await setHealth({ state: 'unavailable', error: errorName(rebuildError) });
        return null;
      }
    }
  }

  function database(): Promise<StatsDb | null> {
    opening ??= openOrRebuild().then((db) => {
      if (!db) opening = null; // try again next time
      return db;
    });
    return opening;
  }

  /** Runs `work` on the database; on failure flags the health, forgets the connection, returns `fallback`. */
  async function guarded<T>(fallback: T, work: (db: StatsDb) => Promise<T>): Promise<T> {
    try {
      const db = await database();
      if (!db) return fallback;
      const result = await work(db);
      return result;
    } catch (error) {
      const db = await opening?.catch(() => null);
      db?.close();
      opening = null;
      await setHealth({ state: 'error', error: errorName(error) });
      return fallback;
    }
  }

  return {
    record: (rows) =>
      guarded(false, async (db) => {
        const valid = rows.filter((row) => StatRowSchema.safeParse(row).success);
        if (valid.length === 0) return false;
        await db.transaction('rw', db.counters, async () => {
          for (const row of valid) {
            const key = rowKey(row);
            const existing = await db.counters.get(key);
            await db.counters.put({ ...row, key, count: (existing?.count ?? 0) + row.count });
          }
        });
        return true;
      }),
    readRows: (fromDay) =>
      guarded([] as StatRow[], async (db) => {
        const stored = fromDay ? await db.counters.where('day').aboveOrEqual(fromDay).toArray() : await db.counters.toArray();
        const rows: StatRow[] = [];
        for (const { key: _key, ...row } of stored) {
          const parsed = StatRowSchema.safeParse(row);
          if (parsed.success) rows.push(parsed.data);
        }
        return rows;
      }),
    purge: (retentionDays, at) =>
      guarded(0, async (db) => {
        const oldestKept = dayBefore(at, retentionDays - 1);
        const removed = await db.counters.where('day').below(oldestKept).delete();
        await db.reportQueue.where('day').below(oldestKept).delete();
        // Imported exports age the same way; the record itself stays so that it cannot be imported twice.
        await db.imports.toCollection().modify((record) => {
          record.rows = record.rows.filter((row) => row.day >= oldestKept);
        });
        return removed;
      }),
    deleteAll: () =>
      guarded(false, async (db) => {
        await db.transaction('rw', [db.counters, db.imports, db.reportQueue], async () => {
          await db.counters.clear();
          await db.imports.clear();
          await db.reportQueue.clear();
        });
        return true;
      }),
    readImports: () => guarded([] as ImportRecord[], (db) => db.imports.toArray()),
    addImport: (record) =>
      guarded(false, (db) =>
        db.transaction('rw', db.imports, async () => {
          if (overlaps(record, await db.imports.toArray())) return false;
          await db.imports.add(record);
          return true;
        }),
      ),
    removeImports: () => guarded(undefined, (db) => db.imports.clear()),
    database,
    close() {
      void opening?.then((db) => db?.close());
      opening = null;
    },
  };
}
