import { dispatchMessage, type Handlers } from '@/utils/messaging';
import { createBrowserPolicyDeps, POLICY_REFRESH_ALARM, schedulePolicyRefresh } from '@/utils/policy-sync/browser-deps';
import { createPolicyRefresher, type RefreshOptions } from '@/utils/policy-sync/policy-service';
import { createBrowserStatsService } from '@/utils/stats/browser-stats';
import { forgetSiteStatus } from '@/utils/storage/site-status';
import { handleSiteStatusReport } from '@/utils/site-status/handle-report';

export default defineBackground(() => {
  const stats = createBrowserStatsService();
  const handlers: Handlers = {
    recordOutcome: async (request, sender) => ({ recorded: await stats.service.recordOutcome(request, sender) }),
    reportFalseAlarm: async (request, sender) => ({ recorded: await stats.service.recordFalseAlarm(request, sender) }),
    recordToolBlocked: async (request, sender) => ({ recorded: await stats.service.recordToolBlocked(request, sender) }),
    reportSiteStatus: (request, sender) => handleSiteStatusReport(request, sender),
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
  browser.tabs.onRemoved.addListener((tabId) => void forgetSiteStatus(tabId));
  // A tab that starts loading another page loses its status, unless the new page reported already.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetSiteStatus(tabId, Date.now() - 2_000);
  });
  browser.runtime.onMessage.addListener((message, sender) => dispatchMessage(handlers, message, sender, browser.runtime.id));
});
