import type { MessageRequest } from '@/utils/messaging';
import { dayOf, type StatRow } from './rows';

/**
 * Turns guard events into counter rows. Only ids and counts go in: the tool id, the outcome, data
 * type names, reason and detector ids (all validated by the message schemas), the policy version
 * the background holds (never the one a page claims), the day.
 */

export function rowsForOutcome(request: MessageRequest<'recordOutcome'>, policyVersion: string, now: number): StatRow[] {
  const base = { day: dayOf(now), tool: request.tool, event: request.outcome, policyVersion } as const;
  const rows: StatRow[] = [{ ...base, dimension: 'total', category: '', count: 1 }];
  for (const [type, count] of Object.entries(request.types)) {
    if (count) rows.push({ ...base, dimension: 'type', category: type, count });
  }
  if (request.reason) rows.push({ ...base, dimension: 'reason', category: request.reason, count: 1 });
  return rows;
}

export function rowsForFalseAlarm(request: MessageRequest<'reportFalseAlarm'>, policyVersion: string, now: number): StatRow[] {
  const base = { day: dayOf(now), tool: request.tool, event: 'false-alarm', policyVersion } as const;
  return [{ ...base, dimension: 'total', category: '', count: 1 }, ...[...new Set(request.detectors)].map((detector) => ({ ...base, dimension: 'detector' as const, category: detector, count: 1 }))];
}

export function rowsForToolBlocked(tool: string, policyVersion: string, now: number): StatRow[] {
  return [{ day: dayOf(now), tool, event: 'tool-blocked', dimension: 'total', category: '', policyVersion, count: 1 }];
}

/**
 * Decides whether a "blocked tool page shown" is counted. The page is an extension page that AI
 * sites may also frame or open, so a page must not be able to inflate the count: one per tab and
 * tool per `minIntervalMs` (a reload or a loop of redirects counts once), and at most `maxPerDay`
 * in all per day.
 */
export function createToolBlockedGate({ minIntervalMs = 10 * 60_000, maxPerDay = 200 } = {}) {
  const lastByTab = new Map<string, number>();
  let day = '';
  let countToday = 0;
  return {
    allow(tabId: number, tool: string, now: number): boolean {
      const today = dayOf(now);
      if (today !== day) {
        day = today;
        countToday = 0;
      }
      const key = `${tabId}|${tool}`;
      const last = lastByTab.get(key);
      if (last !== undefined && now - last < minIntervalMs) return false;
      if (countToday >= maxPerDay) return false;
      lastByTab.set(key, now);
      if (lastByTab.size > 1_000) lastByTab.delete(lastByTab.keys().next().value as string);
      countToday++;
      return true;
    },
  };
}

/**
 * Decides whether a guard event (outcome or false alarm) sent by a content script is counted. A
 * compromised or buggy content context must not inflate statistics without bound: at most
 * `perMinute` events per tab in any minute and `maxPerDay` in all per day. A person sends far fewer.
 */
export function createGuardEventGate({ perMinute = 30, maxPerDay = 5_000 } = {}) {
  const recentByTab = new Map<number, number[]>();
  let day = '';
  let countToday = 0;
  return {
    allow(tabId: number | undefined, now: number): boolean {
      const today = dayOf(now);
      if (today !== day) {
        day = today;
        countToday = 0;
      }
      if (countToday >= maxPerDay) return false;
      const key = tabId ?? -1;
      const recent = (recentByTab.get(key) ?? []).filter((time) => now - time < 60_000);
      if (recent.length >= perMinute) {
        recentByTab.set(key, recent);
        return false;
      }
      recent.push(now);
      recentByTab.delete(key);
      recentByTab.set(key, recent);
      if (recentByTab.size > 1_000) recentByTab.delete(recentByTab.keys().next().value as number);
      countToday++;
      return true;
    },
  };
}
