import { i18n } from '#i18n';
import type { EffectivePolicyRecord } from '@/utils/storage/policy-records';
import { POLICY_SOURCE_LABEL } from '@/components/policy-source-label';

/** Where the policy in force comes from: every source that set at least one field, the organisation's first. */
export function PolicySource({ record }: { record: EffectivePolicyRecord }) {
  const order = ['managed', 'remote', 'last-valid', 'local', 'default'] as const;
  const used = new Set(Object.values(record.sources));
  const labels = order.filter((source) => used.has(source)).map((source) => POLICY_SOURCE_LABEL[source]());
  return <p data-vigie="popup-policy-source">{i18n.t('popupStats.source', [labels.join(', ') || POLICY_SOURCE_LABEL.default()])}</p>;
}
