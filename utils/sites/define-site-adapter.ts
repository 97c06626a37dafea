import type { SiteAdapter } from './types';

/** Declares a site adapter; checks the declaration once at load time. */
export function defineSiteAdapter(adapter: SiteAdapter): SiteAdapter {
  for (const rule of adapter.network) new RegExp(rule.url);
  if (adapter.composers.length === 0 || adapter.sendButtons.length === 0) throw new Error(`Site adapter ${adapter.id}: needs composer and send selectors`);
  return adapter;
}
