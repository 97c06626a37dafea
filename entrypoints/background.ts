import { dispatchMessage, type Handlers } from '@/utils/messaging';
import { createBrowserPolicyDeps, POLICY_REFRESH_ALARM, schedulePolicyRefresh } from '@/utils/policy-sync/browser-deps';
import { createPolicyRefresher, type RefreshOptions } from '@/utils/policy-sync/policy-service';
import { createBrowserStatsService } from '@/utils/stats/browser-stats';

export default defineBackground(() => {
  const stats = createBrowserStatsService();
  const handlers: Handlers = {
    recordOutcome: async (request) => ({ recorded: await stats.service.recordOutcome(request) }),
    reportFalseAlarm: async (request) => ({ recorded: await stats.service.recordFalseAlarm(request) }),
    recordToolBlocked: async (request, sender) => ({ recorded: await stats.service.recordToolBlocked(request, sender) }),
  };
  const refresh = createPolicyRefresher(createBrowserPolicyDeps());
  const refreshAndSchedule = async (options?: RefreshOptions) => {
    const record = await refresh(options);
    await schedulePolicyRefresh(record.policy.policyUrl, record.policy.refreshMinutes);
  };

  void refreshAndSchedule();
  void stats.start();
  browser.runtime.onStartup.addListener(() => void refreshAndSchedule());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLICY_REFRESH_ALARM) void refreshAndSchedule();
    stats.onAlarm(alarm.name);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void refreshAndSchedule();
    // Local settings change what applies, not what the organisation publishes: no need to fetch.
    if (area === 'local' && 'localSettings' in changes) void refreshAndSchedule({ fetchRemote: false });
  });
  browser.runtime.onMessage.addListener((message, sender) => dispatchMessage(handlers, message, sender, browser.runtime.id));
});
