import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import type { Policy } from '@/policies/policy-schema';
import { toolStatusFor } from '@/utils/guard/tool-access';

/**
 * The active tab's address. `activeTab` (granted when the agent opens the popup) is enough to read
 * it; no "tabs" permission, no host permission.
 */
function useActiveTabUrl(): string | null | undefined {
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    browser.tabs.query({ active: true, currentWindow: true }).then(
      (tabs) => setUrl(tabs[0]?.url ?? null),
      () => setUrl(null),
    );
  }, []);
  return url;
}

/** Whether the current site is an AI tool, and what the policy says about it. */
export function SiteAccess({ policy }: { policy: Policy }) {
  const url = useActiveTabUrl();
  if (url === undefined) return null;
  const status = url ? toolStatusFor(url, policy) : null;
  const access = status?.access ?? 'none';
  const text = !url
    ? i18n.t('popupStats.siteUnknown')
    : !status
      ? i18n.t('popupStats.siteNone')
      : access === 'allowed'
        ? i18n.t('popupStats.siteAllowed', [status.tool.name])
        : access === 'blocked'
          ? i18n.t('popupStats.siteBlocked', [status.tool.name])
          : i18n.t('popupStats.siteGuarded', [status.tool.name]);
  return (
    <section aria-label={i18n.t('popupStats.site')} className={`vigie-site vigie-site--${access}`} data-vigie="site-access" data-access={access}>
      {text}
      {status && status.mode === 'observe' && access !== 'allowed' && <> {i18n.t('popupStats.siteObserve')}</>}
    </section>
  );
}
