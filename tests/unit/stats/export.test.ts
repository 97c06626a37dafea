import { afterEach, describe, expect, it } from 'vitest';
import { buildExport, exportToCsv, exportToJson, ImportError, parseExport } from '@/utils/stats/export';
import { rowsForOutcome, rowsForToolBlocked } from '@/utils/stats/record';
import type { StatRow } from '@/utils/stats/rows';
import type { StatsStore } from '@/utils/stats/store';
import { at, freshStore } from './helpers';

const ID_A = '3f0c8a52-6a7e-4c3b-9f53-0d5b7e0c1a11';
const ID_B = '9b2d4e61-1c3f-4a8d-8e72-5f6a7b8c9d22';
const ID_C = 'c4e5f6a7-2b3c-4d5e-9f60-718293a4b533';

const rows: StatRow[] = [
  ...rowsForOutcome({ tool: 'chatgpt', outcome: 'blocked', types: { NIR: 1 }, action: 'block', trigger: 'enter' }, 'pol-1', at(2026, 11, 19)),
  ...rowsForOutcome({ tool: 'claude', outcome: 'sent-anyway', types: { EMAIL: 2 }, action: 'warn', reason: 'public-data', trigger: 'click' }, 'pol-1', at(2026, 11, 20)),
  ...rowsForToolBlocked('grok', 'pol-1', at(2026, 11, 20)),
];

let stores: StatsStore[] = [];
afterEach(() => {
  stores.forEach((store) => store.close());
  stores = [];
});

describe('export and import', () => {
  it('round-trips through JSON and CSV without changing a count', () => {
    const data = buildExport(rows, ID_A, '2026-11-21');
    expect(parseExport(exportToJson(data))).toEqual(data);
    expect(parseExport(exportToCsv(data))).toEqual(data);
    expect(exportToCsv(data).split('\r\n')[0]).toBe('schema_version,export_id,exported_on,day,tool,event,dimension,category,policy_version,count');
  });

  it('merges several exports into one view, and refuses the same export twice', async () => {
    const { store } = freshStore();
    stores.push(store);
    const a = buildExport(rows, ID_A, '2026-11-21');
    const b = buildExport(rows.slice(0, 1), ID_B, '2026-11-21');
    expect(await store.addImport({ ...parseExport(exportToJson(a)), importedAt: 1 })).toBe(true);
    expect(await store.addImport({ ...parseExport(exportToCsv(b)), importedAt: 2 })).toBe(true);
    expect(await store.addImport({ ...parseExport(exportToCsv(a)), importedAt: 3 })).toBe(false);
    // An organisation view re-exported (contains A and B) overlaps them too.
    const merged = buildExport([...a.rows, ...b.rows], ID_C, '2026-11-22', [ID_A, ID_B]);
    expect(await store.addImport({ ...merged, importedAt: 4 })).toBe(false);
    const imports = await store.readImports();
    expect(imports.map((record) => record.exportId).sort()).toEqual([ID_A, ID_B].sort());
    const blockedTotal = imports.flatMap((record) => record.rows).filter((row) => row.event === 'blocked' && row.dimension === 'total').reduce((sum, row) => sum + row.count, 0);
    expect(blockedTotal).toBe(2);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['a file that is not JSON', '{ nope', 'not-an-export'],
    ['another JSON document', '{"hello": 1}', 'not-an-export'],
    ['a future schema version', JSON.stringify({ ...buildExport(rows, ID_A, '2026-11-21'), schemaVersion: 2 }), 'wrong-version'],
    ['a row with text in a category', JSON.stringify({ ...buildExport(rows, ID_A, '2026-11-21'), rows: [{ ...rows[0], category: 'Mme Dubois' }] }), 'invalid-rows'],
    ['a negative count', JSON.stringify({ ...buildExport(rows, ID_A, '2026-11-21'), rows: [{ ...rows[0], count: -3 }] }), 'invalid-rows'],
    ['an unknown field', JSON.stringify({ ...buildExport(rows, ID_A, '2026-11-21'), user: 'jdupont' }), 'invalid-rows'],
    ['a CSV with another header', 'a,b,c\r\n1,2,3', 'not-an-export'],
    ['a CSV line with a missing cell', `${exportToCsv(buildExport(rows, ID_A, '2026-11-21')).split('\r\n')[0]}\r\n1,${ID_A},2026-11-21,2026-11-20,chatgpt,blocked,total,,pol-1`, 'invalid-rows'],
    ['a CSV mixing two exports', exportToCsv(buildExport(rows, ID_A, '2026-11-21')).trim() + `\r\n1,${ID_B},2026-11-21,2026-11-20,chatgpt,blocked,total,,pol-1,1`, 'mixed-exports'],
  ])('refuses %s with a clear reason', (_label, text, reason) => {
    expect(() => parseExport(text)).toThrow(ImportError);
    try {
      parseExport(text);
    } catch (error) {
      expect((error as ImportError).reason).toBe(reason);
    }
  });
});
