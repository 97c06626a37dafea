import { dispatchMessage, type Handlers } from '@/utils/messaging';
import { createBrowserPolicyDeps, POLICY_REFRESH_ALARM, schedulePolicyRefresh } from '@/utils/policy-sync/browser-deps';
import { createPolicyRefresher, type RefreshOptions } from '@/utils/policy-sync/policy-service';
import { countFalseAlarm, countOutcome } from '@/utils/storage/outcome-counters';

const handlers: Handlers = {
  recordOutcome: async (request) => {
    await countOutcome(request);
    return { recorded: true };
  },
  reportFalseAlarm: async (request) => {
    await countFalseAlarm(request);
    return { recorded: true };
  },
};

export default defineBackground(() => {
  const refresh = createPolicyRefresher(createBrowserPolicyDeps());
  const refreshAndSchedule = async (options?: RefreshOptions) => {
    const record = await refresh(options);
    await schedulePolicyRefresh(record.policy.policyUrl, record.policy.refreshMinutes);
  };

  void refreshAndSchedule();
  browser.runtime.onStartup.addListener(() => void refreshAndSchedule());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLICY_REFRESH_ALARM) void refreshAndSchedule();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void refreshAndSchedule();
    // Local settings change what applies, not what the organisation publishes: no need to fetch.
    if (area === 'local' && 'localSettings' in changes) void refreshAndSchedule({ fetchRemote: false });
  });
  browser.runtime.onMessage.addListener((message, sender) => dispatchMessage(handlers, message, sender, browser.runtime.id));
});
