import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { createGuardEventGate } from '@/utils/stats/record';
import type { StatRow } from '@/utils/stats/rows';
import { createStatsService } from '@/utils/stats/stats-service';
import type { StatsStore } from '@/utils/stats/store';

describe('guard event gate (content scripts cannot inflate statistics without bound)', () => {
  it('lets at most perMinute events per tab in a minute, tabs apart, and frees up after a minute', () => {
    const gate = createGuardEventGate({ perMinute: 3, maxPerDay: 100 });
    const t0 = new Date(2026, 10, 21, 10).getTime();
    expect([1, 2, 3, 4].map((i) => gate.allow(7, t0 + i))).toEqual([true, true, true, false]);
    expect(gate.allow(8, t0 + 5)).toBe(true);
    expect(gate.allow(7, t0 + 30_000)).toBe(false);
    expect(gate.allow(7, t0 + 61_000)).toBe(true);
  });

  it('caps the whole day, then starts again the next day', () => {
    const gate = createGuardEventGate({ perMinute: 1_000, maxPerDay: 5 });
    const t0 = new Date(2026, 10, 21, 10).getTime();
    const results = Array.from({ length: 8 }, (_, i) => gate.allow(i, t0 + i));
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(gate.allow(1, t0 + 24 * 3_600_000)).toBe(true);
  });

  it('the stats service records a flood of outcomes and false alarms from one tab only up to the limit', async () => {
    const recorded: StatRow[][] = [];
    const store = { record: async (rows: readonly StatRow[]) => (recorded.push([...rows]), true) } as unknown as StatsStore;
    const service = createStatsService({ store, readPolicy: async () => DEFAULT_POLICY, blockedPageUrl: 'x', fetch, now: () => new Date(2026, 10, 21, 10).getTime(), random: () => 0.5, uuid: () => crypto.randomUUID() });
    const outcome = { tool: 'chatgpt', outcome: 'blocked', types: {}, action: 'block', trigger: 'enter' } as const;
    const results: boolean[] = [];
    for (let i = 0; i < 100; i++) results.push(await service.recordOutcome(outcome, { tabId: 3 }));
    for (let i = 0; i < 10; i++) results.push(await service.recordFalseAlarm({ tool: 'chatgpt', detectors: ['iban'] }, { tabId: 3 }));
    expect(results.filter(Boolean)).toHaveLength(30);
    expect(recorded).toHaveLength(30);
    expect(await service.recordOutcome(outcome, { tabId: 4 })).toBe(true);
  });
});
