import { queryFirst } from './dom/query-first';
import type { SiteAdapter } from './types';

/**
 * Which layer protects an AI page: the site's own adapter, the generic adapter (the site's
 * composer is no longer recognised, e.g. after a redesign, or the tool has no adapter of its own),
 * or only the main-world network net (no composer recognised at all).
 */
export type SiteMode = 'adapter' | 'generic-fallback' | 'net-only';

export interface SiteStatus {
  /** Adapter id in use: the tool's own, or `generic`. */
  readonly adapter: string;
  readonly composerFound: boolean;
  readonly mode: SiteMode;
}

/** Pure apart from reading the DOM: what protects this page now. */
export function evaluateSiteStatus(root: ParentNode, adapter: SiteAdapter, generic: SiteAdapter): SiteStatus {
  const ownAdapter = adapter.id !== generic.id;
  if (ownAdapter && queryFirst(root, adapter.composers)) return { adapter: adapter.id, composerFound: true, mode: 'adapter' };
  if (queryFirst(root, generic.composers)) return { adapter: generic.id, composerFound: true, mode: 'generic-fallback' };
  return { adapter: adapter.id, composerFound: false, mode: 'net-only' };
}

export const sameStatus = (a: SiteStatus | null, b: SiteStatus): boolean => a !== null && a.adapter === b.adapter && a.composerFound === b.composerFound && a.mode === b.mode;
