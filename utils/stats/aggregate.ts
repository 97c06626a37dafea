import type { StatRow } from './rows';

/** Pure views of the counters for the popup and the dashboard. */

/** Outcomes that mean "the agent was warned" (a dialog appeared). */
export const WARNING_OUTCOMES = ['modified', 'pseudonymised', 'sent-anyway', 'cancelled'] as const;
/** Outcomes that mean "something was stopped". */
export const BLOCK_OUTCOMES = ['blocked', 'net-blocked', 'failed-closed'] as const;
/** Outcomes that are checks of a prompt (every one of them was a prompt checked). */
export const CHECK_OUTCOMES = ['sent-clean', ...WARNING_OUTCOMES, ...BLOCK_OUTCOMES, 'observed'] as const;

const isIn = (list: readonly string[], value: string) => list.includes(value);
const totals = (rows: readonly StatRow[]) => rows.filter((row) => row.dimension === 'total');

export interface DaySummary {
  checks: number;
  warnings: number;
  blocks: number;
  toolBlocked: number;
}

/** Checks, warnings and blocks (prompts stopped and blocked tool pages) for one day. */
export function summaryOf(rows: readonly StatRow[], day?: string): DaySummary {
  const summary: DaySummary = { checks: 0, warnings: 0, blocks: 0, toolBlocked: 0 };
  for (const row of totals(rows)) {
    if (day && row.day !== day) continue;
    if (isIn(CHECK_OUTCOMES, row.event)) summary.checks += row.count;
    if (isIn(WARNING_OUTCOMES, row.event)) summary.warnings += row.count;
    if (isIn(BLOCK_OUTCOMES, row.event)) summary.blocks += row.count;
    if (row.event === 'tool-blocked') summary.toolBlocked += row.count;
  }
  return summary;
}

export type Grouping = 'day' | 'week' | 'month';

/** The period a day falls in: the day itself, its ISO week (2026-W47) or its month (2026-11). */
export function periodOf(day: string, grouping: Grouping): string {
  if (grouping === 'day') return day;
  if (grouping === 'month') return day.slice(0, 7);
  const [year, month, date] = day.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, date));
  const weekday = utc.getUTCDay() || 7;
  utc.setUTCDate(utc.getUTCDate() + 4 - weekday); // Thursday of the week decides its year
  const isoYear = utc.getUTCFullYear();
  const week = Math.ceil(((utc.getTime() - Date.UTC(isoYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${isoYear}-W${String(week).padStart(2, '0')}`;
}

export interface Series {
  /** Row labels (periods, tools, types…), sorted. */
  labels: string[];
  /** Column keys (events, outcomes…). */
  keys: string[];
  /** values[labelIndex][keyIndex]. */
  values: number[][];
}

function pivot(entries: Iterable<[label: string, key: string, count: number]>, keys?: readonly string[], sortLabels: (a: string, b: string) => number = (a, b) => a.localeCompare(b)): Series {
  const table = new Map<string, Map<string, number>>();
  const seenKeys = new Set<string>();
  for (const [label, key, count] of entries) {
    const row = table.get(label) ?? new Map<string, number>();
    row.set(key, (row.get(key) ?? 0) + count);
    table.set(label, row);
    seenKeys.add(key);
  }
  const columnKeys = keys ? [...keys] : [...seenKeys].sort();
  const labels = [...table.keys()].sort(sortLabels);
  return { labels, keys: columnKeys, values: labels.map((label) => columnKeys.map((key) => table.get(label)?.get(key) ?? 0)) };
}

/** Checks per period and outcome (tool-blocked pages included as their own column). */
export function outcomesOverTime(rows: readonly StatRow[], grouping: Grouping): Series {
  const keys = [...CHECK_OUTCOMES, 'tool-blocked'];
  return pivot(
    totals(rows).filter((row) => keys.includes(row.event)).map((row) => [periodOf(row.day, grouping), row.event, row.count]),
    keys,
  );
}

/** Checks, warnings and blocks per AI tool. */
export function byTool(rows: readonly StatRow[]): Series {
  return pivot(
    totals(rows).flatMap((row): Array<[string, string, number]> => {
      const entries: Array<[string, string, number]> = [];
      if (isIn(CHECK_OUTCOMES, row.event)) entries.push([row.tool, 'checks', row.count]);
      if (isIn(WARNING_OUTCOMES, row.event)) entries.push([row.tool, 'warnings', row.count]);
      if (isIn(BLOCK_OUTCOMES, row.event) || row.event === 'tool-blocked') entries.push([row.tool, 'blocks', row.count]);
      return entries;
    }),
    ['checks', 'warnings', 'blocks'],
  );
}

/** Findings per data type, split by what happened to the prompt (most found first). */
export function byDataType(rows: readonly StatRow[]): Series {
  const typeRows = rows.filter((row) => row.dimension === 'type');
  const totalsByType = new Map<string, number>();
  for (const row of typeRows) totalsByType.set(row.category, (totalsByType.get(row.category) ?? 0) + row.count);
  return pivot(
    typeRows.map((row) => [row.category, isIn(BLOCK_OUTCOMES, row.event) ? 'blocked' : isIn(WARNING_OUTCOMES, row.event) ? 'warned' : 'other', row.count]),
    ['warned', 'blocked', 'other'],
    (a, b) => (totalsByType.get(b) ?? 0) - (totalsByType.get(a) ?? 0) || a.localeCompare(b),
  );
}

export interface Resolution {
  /** Warnings resolved by modifying or pseudonymising. */
  corrected: number;
  sentAnyway: number;
  cancelled: number;
  /** corrected / (corrected + sentAnyway), null when there was nothing to resolve. */
  correctedShare: number | null;
}

/** How warnings ended: corrected (modified or pseudonymised), sent anyway, cancelled. */
export function resolutionOf(rows: readonly StatRow[]): Resolution {
  let corrected = 0;
  let sentAnyway = 0;
  let cancelled = 0;
  for (const row of totals(rows)) {
    if (row.event === 'modified' || row.event === 'pseudonymised') corrected += row.count;
    else if (row.event === 'sent-anyway') sentAnyway += row.count;
    else if (row.event === 'cancelled') cancelled += row.count;
  }
  return { corrected, sentAnyway, cancelled, correctedShare: corrected + sentAnyway > 0 ? corrected / (corrected + sentAnyway) : null };
}

/** "Send anyway" reasons chosen, most frequent first. */
export function reasons(rows: readonly StatRow[]): Array<{ reason: string; count: number }> {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.dimension === 'reason') counts.set(row.category, (counts.get(row.category) ?? 0) + row.count);
  return [...counts.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
