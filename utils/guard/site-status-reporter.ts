import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/utils/messaging';
import { GENERIC_ADAPTER } from '@/utils/sites/registry';
import { evaluateSiteStatus, sameStatus, type SiteStatus } from '@/utils/sites/site-status';
import type { SiteAdapter } from '@/utils/sites/types';

/** Often at first (composers appear late in SPAs), then a slow watch so that a redesign is still noticed. */
const FAST_MS = 1_000;
const FAST_FOR_MS = 30_000;
const SLOW_MS = 10_000;

/**
 * Tells the background which adapter protects this tab and whether the composer was found; sends
 * only when that changes. A few selector queries per tick: no work on keystrokes.
 */
export function startSiteStatusReporter(ctx: ContentScriptContext, toolId: string, adapter: SiteAdapter): void {
  let last: SiteStatus | null = null;
  const tick = () => {
    if (!document.documentElement) return;
    const status = evaluateSiteStatus(document, adapter, GENERIC_ADAPTER);
    if (sameStatus(last, status)) return;
    last = status;
    void sendMessage('reportSiteStatus', { tool: toolId, ...status });
  };
  const startedAt = Date.now();
  const schedule = () =>
    ctx.setTimeout(() => {
      tick();
      schedule();
    }, Date.now() - startedAt < FAST_FOR_MS ? FAST_MS : SLOW_MS);
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', tick);
  else tick();
  schedule();
}
