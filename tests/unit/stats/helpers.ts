import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { StatsHealth } from '@/utils/stats/health';
import { createStatsStore } from '@/utils/stats/store';

/** A fresh in-memory IndexedDB per test, and a health sink that remembers what it was told. */
export function freshStore(now = () => new Date(2026, 10, 20, 10).getTime()) {
  const dbOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
  const healthLog: StatsHealth[] = [];
  const health = { read: async () => healthLog.at(-1) ?? null, write: async (value: StatsHealth) => void healthLog.push(value) };
  const store = createStatsStore({ dbOptions, health, now });
  return { store, dbOptions, healthLog, health };
}

export const at = (year: number, month: number, day: number, hour = 10) => new Date(year, month - 1, day, hour).getTime();
