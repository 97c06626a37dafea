import type { Policy } from '@/policies/policy-schema';
import { modeFor, toolAccessFor } from '@/utils/guard/decide';
import type { MessageRequest } from '@/utils/messaging';
import { createGuardEventGate, createToolBlockedGate, rowsForFalseAlarm, rowsForOutcome, rowsForToolBlocked } from './record';
import { flushQueue, type FlushResult, queueCompletedDays } from './reporting';
import type { StatsStore } from './store';

export interface StatsServiceDeps {
  store: StatsStore;
  readPolicy: () => Promise<Policy>;
  /** Address of the blocked-tool page (`runtime.getURL('/blocked.html')`). */
  blockedPageUrl: string;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  uuid: () => string;
}

/**
 * The background's statistics: records events, purges, reports. Every method resolves, never
 * rejects: statistics must not get in the guard's way.
 */
export function createStatsService(deps: StatsServiceDeps) {
  const gate = createToolBlockedGate();
  const guardEvents = createGuardEventGate();
  const safely = async <T>(fallback: T, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch {
      return fallback;
    }
  };

  return {
    recordOutcome: (request: MessageRequest<'recordOutcome'>, sender: { tabId?: number } = {}) =>
      safely(false, async () => guardEvents.allow(sender.tabId, deps.now()) && deps.store.record(rowsForOutcome(request, (await deps.readPolicy()).policyVersion, deps.now()))),

    recordFalseAlarm: (request: MessageRequest<'reportFalseAlarm'>, sender: { tabId?: number } = {}) =>
      safely(false, async () => guardEvents.allow(sender.tabId, deps.now()) && deps.store.record(rowsForFalseAlarm(request, (await deps.readPolicy()).policyVersion, deps.now()))),

    /**
     * Counts a blocked-tool page, only when it really is ours, in a tab's top frame, for the tool
     * its own address names, that tool is blocked by the policy in force, and the gate lets it through.
     */
    recordToolBlocked: (request: MessageRequest<'recordToolBlocked'>, sender: { tabId?: number; url?: string; frameId?: number }) =>
      safely(false, async () => {
        if (sender.tabId === undefined || sender.frameId !== 0 || !sender.url) return false;
        const [address, query = ''] = sender.url.split('#')[0].split('?');
        if (address !== deps.blockedPageUrl || new URLSearchParams(query).get('tool') !== request.tool) return false;
        const policy = await deps.readPolicy();
        if (toolAccessFor(policy, request.tool) !== 'blocked' || modeFor(policy, request.tool) !== 'enforce') return false;
        if (!gate.allow(sender.tabId, request.tool, deps.now())) return false;
        return deps.store.record(rowsForToolBlocked(request.tool, policy.policyVersion, deps.now()));
      }),

    purge: () => safely(0, async () => deps.store.purge((await deps.readPolicy()).statistics.retentionDays, deps.now())),

    /** Queues due days and sends due batches when the policy sets an endpoint. */
    report: (force = false) =>
      safely<FlushResult | null>(null, async () => {
        const { statistics } = await deps.readPolicy();
        const db = await deps.store.database();
        if (!statistics.reportingEndpoint || !db) return null;
        const reportingDeps = { db, fetch: deps.fetch, now: deps.now, random: deps.random, uuid: deps.uuid };
        const settings = { endpoint: statistics.reportingEndpoint, minCount: statistics.reportingMinCount };
        await queueCompletedDays(reportingDeps, settings, force);
        return flushQueue(reportingDeps, settings);
      }),
  };
}
export type StatsService = ReturnType<typeof createStatsService>;
