import { loadEffectivePolicy } from '@/utils/guard/load-policy';
import { storageHealthSink } from './health';
import { createStatsService } from './stats-service';
import { createStatsStore, type StatsStore } from './store';

export const STATS_RETENTION_ALARM = 'vigie-stats-retention';
export const STATS_REPORT_ALARM = 'vigie-stats-report';
export const STATS_REPORT_RETRY_ALARM = 'vigie-stats-report-retry';

let sharedStore: StatsStore | null = null;
/** The statistics store of this extension context (background or extension page). */
export function statsStore(): StatsStore {
  sharedStore ??= createStatsStore({ health: storageHealthSink });
  return sharedStore;
}

/** The background's statistics service, with the real browser around it. */
export function createBrowserStatsService() {
  const service = createStatsService({
    store: statsStore(),
    readPolicy: loadEffectivePolicy,
    blockedPageUrl: browser.runtime.getURL('/blocked.html'),
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    random: () => Math.random(),
    uuid: () => crypto.randomUUID(),
  });

  /** Reports, then wakes up again for the earliest retry. */
  const reportAndScheduleRetry = async (force = false) => {
    const result = await service.report(force);
    if (result?.nextAttemptAt !== undefined) await browser.alarms.create(STATS_REPORT_RETRY_ALARM, { when: Math.max(result.nextAttemptAt, Date.now() + 60_000) });
  };

  return {
    service,
    /** Purge now and daily; reporting checked hourly (the jittered daily time is kept in the database). */
    async start(): Promise<void> {
      try {
        // The background starts again on every wake-up: keep existing alarms, or they would never come due.
        if (!(await browser.alarms.get(STATS_RETENTION_ALARM))) {
          await browser.alarms.create(STATS_RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
        }
        if (!(await browser.alarms.get(STATS_REPORT_ALARM))) await browser.alarms.create(STATS_REPORT_ALARM, { delayInMinutes: 5, periodInMinutes: 60 });
        // The interim per-day counters of development builds (before this database) are not kept.
        await browser.storage.local.remove('outcomeCounters');
      } catch {
        // Statistics never stop the background.
      }
    },
    onAlarm(name: string): boolean {
      if (name === STATS_RETENTION_ALARM) void service.purge();
      else if (name === STATS_REPORT_ALARM || name === STATS_REPORT_RETRY_ALARM) void reportAndScheduleRetry().catch(() => undefined);
      else return false;
      return true;
    },
  };
}
