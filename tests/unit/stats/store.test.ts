import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { defineStatsVersions, STATS_DB_NAME, StatsDb } from '@/utils/stats/db';
import { createToolBlockedGate, rowsForFalseAlarm, rowsForOutcome, rowsForToolBlocked } from '@/utils/stats/record';
import { dayBefore, dayOf } from '@/utils/stats/rows';
import type { StatsHealth } from '@/utils/stats/health';
import { createStatsStore, type StatsStore } from '@/utils/stats/store';
import { at, freshStore } from './helpers';

let opened: StatsStore[] = [];
afterEach(() => {
  opened.forEach((store) => store.close());
  opened = [];
});
function track<T extends { store: StatsStore }>(value: T): T {
  opened.push(value.store);
  return value;
}

const warned = { tool: 'chatgpt', outcome: 'sent-anyway', types: { EMAIL: 2, PHONE: 1 }, action: 'warn', reason: 'fictitious-data', trigger: 'enter' } as const;

describe('recording', () => {
  it('turns an outcome into counters: a check, its data types with their counts, the reason', () => {
    const rows = rowsForOutcome(warned, 'pol-7', at(2026, 11, 20));
    expect(rows).toEqual([
      { day: '2026-11-20', tool: 'chatgpt', event: 'sent-anyway', dimension: 'total', category: '', policyVersion: 'pol-7', count: 1 },
      { day: '2026-11-20', tool: 'chatgpt', event: 'sent-anyway', dimension: 'type', category: 'EMAIL', policyVersion: 'pol-7', count: 2 },
      { day: '2026-11-20', tool: 'chatgpt', event: 'sent-anyway', dimension: 'type', category: 'PHONE', policyVersion: 'pol-7', count: 1 },
      { day: '2026-11-20', tool: 'chatgpt', event: 'sent-anyway', dimension: 'reason', category: 'fictitious-data', policyVersion: 'pol-7', count: 1 },
    ]);
    expect(rowsForFalseAlarm({ tool: 'claude', detectors: ['fr-nir', 'fr-nir', 'email'] }, 'p', at(2026, 11, 20)).map((row) => row.category)).toEqual(['', 'fr-nir', 'email']);
    expect(rowsForToolBlocked('grok', 'p', at(2026, 11, 20))).toHaveLength(1);
  });

  it('adds counts to the same counter and keeps days apart', async () => {
    const { store } = track(freshStore());
    await store.record(rowsForOutcome(warned, 'p', at(2026, 11, 20, 9)));
    await store.record(rowsForOutcome(warned, 'p', at(2026, 11, 20, 17)));
    await store.record(rowsForOutcome(warned, 'p', at(2026, 11, 21, 9)));
    const rows = await store.readRows();
    expect(rows.find((row) => row.day === '2026-11-20' && row.category === 'EMAIL')?.count).toBe(4);
    expect(rows.find((row) => row.day === '2026-11-21' && row.dimension === 'total')?.count).toBe(1);
    expect(await store.readRows('2026-11-21')).toHaveLength(4);
  });

  it('stores nothing but day, tool, event, dimension, category, policy version and count', async () => {
    const { store, dbOptions } = track(freshStore());
    await store.record(rowsForOutcome(warned, 'p', at(2026, 11, 20)));
    const db = new StatsDb(dbOptions);
    await db.open();
    for (const row of await db.counters.toArray()) expect(Object.keys(row).sort()).toEqual(['category', 'count', 'day', 'dimension', 'event', 'key', 'policyVersion', 'tool']);
    db.close();
  });

  it('refuses rows that could carry text', async () => {
    const { store } = track(freshStore());
    const bad = { day: '2026-11-20', tool: 'chatgpt', event: 'blocked', dimension: 'reason', category: 'Mme Dubois', policyVersion: 'p', count: 1 } as const;
    expect(await store.record([bad])).toBe(false);
    expect(await store.readRows()).toEqual([]);
  });
});

describe('retention', () => {
  it('keeps the last retentionDays days (today included) and deletes older counters', async () => {
    const { store } = track(freshStore());
    const now = at(2026, 11, 20);
    for (const back of [0, 1, 179, 180, 400]) await store.record(rowsForToolBlocked('grok', 'p', at(2026, 11, 20) - back * 86_400_000));
    await store.addImport({ exportId: 'old-export', importedAt: 1, contains: [], rows: [{ ...rowsForToolBlocked('grok', 'p', now - 200 * 86_400_000)[0] }, { ...rowsForToolBlocked('grok', 'p', now)[0] }] });
    expect(await store.purge(180, now)).toBe(2);
    expect((await store.readImports())[0].rows.map((row) => row.day)).toEqual([dayOf(now)]);
    expect((await store.readRows()).map((row) => row.day).sort()).toEqual([dayBefore(now, 179), dayBefore(now, 1), dayOf(now)].sort());
  });
});

describe('delete all', () => {
  it('empties counters and imports', async () => {
    const { store } = track(freshStore());
    await store.record(rowsForToolBlocked('grok', 'p', at(2026, 11, 20)));
    await store.addImport({ exportId: 'e1', importedAt: 1, contains: [], rows: [] });
    expect(await store.deleteAll()).toBe(true);
    expect(await store.readRows()).toEqual([]);
    expect(await store.readImports()).toEqual([]);
  });
});

describe('migration', () => {
  it('v1 → v2 keeps every count and gives old rows the policy version "unknown"', async () => {
    const { dbOptions } = freshStore();
    const v1 = new Dexie(STATS_DB_NAME, dbOptions);
    defineStatsVersions(v1, 1);
    await v1.open();
    await v1.table('counters').bulkAdd([
      { key: '2026-11-19|chatgpt|blocked|total|', day: '2026-11-19', tool: 'chatgpt', event: 'blocked', dimension: 'total', category: '', count: 3 },
      { key: '2026-11-19|chatgpt|blocked|type|NIR', day: '2026-11-19', tool: 'chatgpt', event: 'blocked', dimension: 'type', category: 'NIR', count: 5 },
    ]);
    v1.close();

    const { store } = track({ store: createStatsStore({ dbOptions, health: { read: async () => null, write: async () => undefined } }) });
    const rows = await store.readRows();
    expect(rows).toEqual([
      { day: '2026-11-19', tool: 'chatgpt', event: 'blocked', dimension: 'total', category: '', policyVersion: 'unknown', count: 3 },
      { day: '2026-11-19', tool: 'chatgpt', event: 'blocked', dimension: 'type', category: 'NIR', policyVersion: 'unknown', count: 5 },
    ]);
    // New counts land on the migrated counters.
    await store.record([{ day: '2026-11-19', tool: 'chatgpt', event: 'blocked', dimension: 'total', category: '', policyVersion: 'unknown', count: 1 }]);
    expect((await store.readRows()).find((row) => row.dimension === 'total')?.count).toBe(4);
    expect((await store.database())?.verno).toBe(2);
  });
});

describe('a broken database', () => {
  it('is deleted and rebuilt, says so in the health flag, and recording goes on', async () => {
    const { dbOptions } = freshStore();
    const seed = createStatsStore({ dbOptions, health: { read: async () => null, write: async () => undefined } });
    await seed.record(rowsForToolBlocked('grok', 'p', at(2026, 11, 19)));
    seed.close();
    // Corruption as Chromium reports it: opening fails with UnknownError until the database is deleted.
    let corrupted = true;
    const factory = dbOptions.indexedDB as unknown as IDBFactory;
    const corruptFactory = {
      open: (...args: [string, number?]) => {
        if (corrupted) throw new DOMException('Internal error opening backing store', 'UnknownError');
        return factory.open(...args);
      },
      deleteDatabase: (name: string) => {
        corrupted = false;
        return factory.deleteDatabase(name);
      },
      cmp: factory.cmp.bind(factory),
      databases: factory.databases.bind(factory),
    };
    const healthLog: StatsHealth[] = [];
    const store = createStatsStore({ dbOptions: { ...dbOptions, indexedDB: corruptFactory }, health: { read: async () => healthLog.at(-1) ?? null, write: async (value) => void healthLog.push(value) } });
    opened.push(store);

    expect(await store.record(rowsForToolBlocked('grok', 'p', at(2026, 11, 20)))).toBe(true);
    expect((await store.readRows()).map((row) => row.day)).toEqual(['2026-11-20']);
    expect(healthLog.at(-1)).toMatchObject({ state: 'rebuilt', error: 'UnknownError' });
    expect(healthLog.at(-1)?.rebuiltAt).toBeTypeOf('number');
  });

  it('copes with a database of another layout under its name', async () => {
    const { store, dbOptions } = track(freshStore());
    const alien = new Dexie(STATS_DB_NAME, dbOptions);
    alien.version(50).stores({ junk: '++id' });
    await alien.open();
    alien.close();
    expect(await store.record(rowsForToolBlocked('grok', 'p', at(2026, 11, 20)))).toBe(true);
    expect(await store.readRows()).toHaveLength(1);
  });

  it('never throws into the caller when IndexedDB is missing altogether', async () => {
    const healthLog: unknown[] = [];
    const store = createStatsStore({ dbOptions: { indexedDB: undefined, IDBKeyRange: undefined }, health: { read: async () => null, write: async (value) => void healthLog.push(value) } });
    const broken = createStatsStore({
      dbOptions: { indexedDB: { open: () => { throw new Error('boom'); } } as never, IDBKeyRange: undefined },
      health: { read: async () => null, write: async (value) => void healthLog.push(value) },
    });
    await expect(broken.record(rowsForToolBlocked('grok', 'p', at(2026, 11, 20)))).resolves.toBe(false);
    await expect(broken.readRows()).resolves.toEqual([]);
    await expect(broken.purge(180, Date.now())).resolves.toBe(0);
    expect(healthLog.length).toBeGreaterThan(0);
    store.close();
  });
});

describe('blocked-tool gate', () => {
  it('counts once per tab and tool per interval, and caps the day', () => {
    const gate = createToolBlockedGate({ minIntervalMs: 60_000, maxPerDay: 3 });
    const t = at(2026, 11, 20);
    expect(gate.allow(1, 'grok', t)).toBe(true);
    expect(gate.allow(1, 'grok', t + 1_000)).toBe(false);
    expect(gate.allow(2, 'grok', t + 1_000)).toBe(true);
    expect(gate.allow(1, 'grok', t + 61_000)).toBe(true);
    expect(gate.allow(3, 'grok', t + 62_000)).toBe(false); // day cap
    expect(gate.allow(3, 'grok', at(2026, 11, 21))).toBe(true);
  });
});
