import { describe, expect, it } from 'vitest';
import { byDataType, byTool, outcomesOverTime, periodOf, reasons, resolutionOf, summaryOf } from '@/utils/stats/aggregate';
import { rowsForOutcome, rowsForToolBlocked } from '@/utils/stats/record';
import { mergeRows, type StatRow } from '@/utils/stats/rows';
import { at } from './helpers';

type OutcomeName = Parameters<typeof rowsForOutcome>[0]['outcome'];
const event = (tool: string, outcome: OutcomeName, day: number, types: Record<string, number> = {}, reason?: string) =>
  rowsForOutcome({ tool, outcome, types, action: 'warn', trigger: 'enter', ...(reason ? { reason } : {}) }, 'p', at(2026, 11, day));

const rows: StatRow[] = mergeRows([
  ...event('chatgpt', 'sent-clean', 16),
  ...event('chatgpt', 'sent-clean', 17),
  ...event('chatgpt', 'modified', 17, { EMAIL: 1 }),
  ...event('claude', 'pseudonymised', 23, { EMAIL: 2, PHONE: 1 }),
  ...event('claude', 'sent-anyway', 23, { PERSON_NAME: 1 }, 'public-data'),
  ...event('claude', 'blocked', 23, { NIR: 1 }),
  ...event('gemini', 'cancelled', 23, { EMAIL: 1 }),
  ...rowsForToolBlocked('grok', 'p', at(2026, 11, 23)),
]);

describe('aggregation', () => {
  it('sums checks, warnings and blocks for a day or overall', () => {
    expect(summaryOf(rows, '2026-11-23')).toEqual({ checks: 4, warnings: 3, blocks: 1, toolBlocked: 1 });
    expect(summaryOf(rows)).toEqual({ checks: 7, warnings: 4, blocks: 1, toolBlocked: 1 });
  });

  it('groups days into ISO weeks and months', () => {
    expect(periodOf('2026-11-16', 'week')).toBe('2026-W47');
    expect(periodOf('2026-11-22', 'week')).toBe('2026-W47');
    expect(periodOf('2026-11-23', 'week')).toBe('2026-W48');
    expect(periodOf('2027-01-01', 'week')).toBe('2026-W53');
    expect(periodOf('2026-11-23', 'month')).toBe('2026-11');
    const weekly = outcomesOverTime(rows, 'week');
    expect(weekly.labels).toEqual(['2026-W47', '2026-W48']);
    expect(weekly.values[0][weekly.keys.indexOf('sent-clean')]).toBe(2);
    expect(weekly.values[1][weekly.keys.indexOf('tool-blocked')]).toBe(1);
    expect(outcomesOverTime(rows, 'month').labels).toEqual(['2026-11']);
  });

  it('breaks down by tool and by data type', () => {
    const tools = byTool(rows);
    expect(tools.labels).toEqual(['chatgpt', 'claude', 'gemini', 'grok']);
    expect(tools.values[tools.labels.indexOf('claude')]).toEqual([3, 2, 1]);
    expect(tools.values[tools.labels.indexOf('grok')]).toEqual([0, 0, 1]);
    const types = byDataType(rows);
    expect(types.labels[0]).toBe('EMAIL');
    expect(types.values[0]).toEqual([4, 0, 0]);
    expect(types.values[types.labels.indexOf('NIR')]).toEqual([0, 1, 0]);
  });

  it('computes the share of warnings resolved by correcting rather than sending anyway', () => {
    expect(resolutionOf(rows)).toEqual({ corrected: 2, sentAnyway: 1, cancelled: 1, correctedShare: 2 / 3 });
    expect(resolutionOf([]).correctedShare).toBeNull();
    expect(reasons(rows)).toEqual([{ reason: 'public-data', count: 1 }]);
  });
});
