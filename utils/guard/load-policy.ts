import { DEFAULT_POLICY } from '@/policies/defaults';
import type { Policy } from '@/policies/policy-schema';
import { effectivePolicyItem } from '@/utils/storage/items';

/**
 * The policy in force for pages and content scripts: the record the background stored, or the
 * embedded default when there is none yet (first start) or it cannot be read. Never "no policy".
 */
export async function loadEffectivePolicy(): Promise<Policy> {
  try {
    return (await effectivePolicyItem.get())?.policy ?? DEFAULT_POLICY;
  } catch {
    return DEFAULT_POLICY;
  }
}
