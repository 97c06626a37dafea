import { effectivePolicyItem, localSettingsItem, remotePolicyCacheItem } from '@/utils/storage/items';
import type { PolicyServiceDeps } from './policy-service';

/** The policy service's dependencies in the real browser. */
export function createBrowserPolicyDeps(): PolicyServiceDeps {
  return {
    readManaged: () => browser.storage.managed.get(),
    readLocal: () => localSettingsItem.getValue(),
    readEffective: () => effectivePolicyItem.get(),
    writeEffective: (record) => effectivePolicyItem.set(record),
    readRemoteCache: () => remotePolicyCacheItem.get(),
    writeRemoteCache: (cache) => remotePolicyCacheItem.set(cache),
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
  };
}

export const POLICY_REFRESH_ALARM = 'vigie-policy-refresh';

/** Schedules the next fetch of the policy URL, or clears the schedule when there is none. */
export async function schedulePolicyRefresh(policyUrl: string | undefined, refreshMinutes: number): Promise<void> {
  if (!policyUrl) {
    await browser.alarms.clear(POLICY_REFRESH_ALARM);
    return;
  }
  const existing = await browser.alarms.get(POLICY_REFRESH_ALARM);
  if (existing?.periodInMinutes === refreshMinutes) return;
  await browser.alarms.create(POLICY_REFRESH_ALARM, { delayInMinutes: refreshMinutes, periodInMinutes: refreshMinutes });
}
