import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { effectivePolicyItem } from '@/utils/storage/items';
import { DEFAULT_POLICY } from '@/policies/defaults';
import type { Policy } from '@/policies/policy-schema';
import { loadEffectivePolicy } from './load-policy';
import { blockedPagePath, toolStatusFor } from './tool-access';

/** Leaves a blocked tool for Vigie's explanation page before the agent can type anything. */
function applyToolAccess(policy: Policy): boolean {
  const status = toolStatusFor(location.href, policy);
  if (status?.access !== 'blocked' || status.mode !== 'enforce') return false;
  location.replace(browser.runtime.getURL(blockedPagePath(status.tool.id) as '/blocked.html'));
  return true;
}

/** Content-side entry point on AI tool pages. */
export async function startGuard(ctx: ContentScriptContext): Promise<void> {
  const policy = await loadEffectivePolicy();
  if (applyToolAccess(policy)) return;
  const unwatch = effectivePolicyItem.watch((record) => applyToolAccess(record?.policy ?? DEFAULT_POLICY));
  ctx.onInvalidated(unwatch);
}
