import { useEffect, useState } from 'react';
import { readSiteStatuses, type SiteStatuses, watchSiteStatuses } from '@/utils/storage/site-status';

/** The per-tab statuses of AI pages, kept up to date (extension pages only: storage.session). */
export function useSiteStatuses(): SiteStatuses | null {
  const [statuses, setStatuses] = useState<SiteStatuses | null>(null);
  useEffect(() => {
    let live = true;
    void readSiteStatuses().then((value) => live && setStatuses(value));
    const unwatch = watchSiteStatuses((value) => live && setStatuses(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return statuses;
}

/** The tab the popup is about: `?tab=<id>` (tests, links from the options page) or the active tab. */
export function useTargetTabId(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return setTabId(fromQuery);
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id ?? null))
      .catch(() => setTabId(null));
  }, []);
  return tabId;
}
