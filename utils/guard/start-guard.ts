import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_POLICY } from '@/policies/defaults';
import type { Policy } from '@/policies/policy-schema';
import { adapterFor } from '@/utils/sites/registry';
import { effectivePolicyItem } from '@/utils/storage/items';
import { loadEffectivePolicy } from './load-policy';
import { AttachmentGuard } from './attachment-guard';
import { activeFromPolicy, PromptGuard } from './prompt-guard';
import { startSiteStatusReporter } from './site-status-reporter';
import { blockedPagePath, toolStatusFor } from './tool-access';
import { warmUpWhenIdle } from './warm-up';

/** Leaves a blocked tool for Vigie's explanation page before the agent can type anything. */
function applyToolAccess(policy: Policy): boolean {
  const status = toolStatusFor(location.href, policy);
  if (status?.access !== 'blocked' || status.mode !== 'enforce') return false;
  location.replace(browser.runtime.getURL(blockedPagePath(status.tool.id) as '/blocked.html'));
  return true;
}

/**
 * Content-side entry point on AI tool pages. Listeners are registered at once, with the embedded
 * default policy, so that no send slips through while the stored policy is read.
 */
export async function startGuard(ctx: ContentScriptContext): Promise<void> {
  const initial = toolStatusFor(location.href, DEFAULT_POLICY);
  if (!initial) return;
  const guard = new PromptGuard(ctx, initial.tool, adapterFor(initial.tool.id), activeFromPolicy(DEFAULT_POLICY));
  guard.start();
  const attachmentGuard = new AttachmentGuard(ctx, initial.tool, activeFromPolicy(DEFAULT_POLICY));
  attachmentGuard.start();
  startSiteStatusReporter(ctx, initial.tool.id, adapterFor(initial.tool.id));
  warmUpWhenIdle();

  const apply = (policy: Policy) => {
    if (applyToolAccess(policy)) return;
    const active = activeFromPolicy(policy);
    guard.setPolicy(active);
    attachmentGuard.setPolicy(active);
  };
  apply(await loadEffectivePolicy());
  const unwatch = effectivePolicyItem.watch((record) => apply(record?.policy ?? DEFAULT_POLICY));
  ctx.onInvalidated(unwatch);
}
