import { i18n } from '#i18n';
import { PolicyProblems } from '@/components/policy-problems';
import { POLICY_FIELD_DOCS } from '@/policies/field-docs';
import { POLICY_KEYS } from '@/policies/policy-schema';
import type { EffectivePolicyRecord } from '@/utils/storage/policy-records';
import { POLICY_SOURCE_LABEL } from '@/components/policy-source-label';

function remoteLine(remote: NonNullable<EffectivePolicyRecord['remote']>): string {
  const state =
    remote.state === 'ok'
      ? i18n.t('options.remoteOk')
      : remote.state === 'not-modified'
        ? i18n.t('options.remoteNotModified')
        : remote.state === 'cached'
          ? i18n.t('options.remoteCached', [remote.message ?? ''])
          : i18n.t('options.remoteError', [remote.message ?? '']);
  return i18n.t('options.remote', [`${remote.url} — ${state}`]);
}

/** The policy in force: where each field comes from, which are locked, and what was refused. */
export function EffectivePolicy({ record }: { record: EffectivePolicyRecord }) {
  const { policy } = record;
  return (
    <div>
      <p data-vigie="policy-summary" data-mode={policy.mode}>
        {i18n.t('options.summary', [policy.policyVersion, policy.mode === 'enforce' ? i18n.t('options.modeEnforce') : i18n.t('options.modeObserve')])}
      </p>
      {record.remote && <p data-vigie="policy-remote" data-state={record.remote.state}>{remoteLine(record.remote)}</p>}
      <PolicyProblems title={i18n.t('options.problemsTitle')} intro={i18n.t('options.problemsIntro')} empty={i18n.t('options.noProblems')} problems={record.problems} />
      <table className="vigie-table">
        <thead>
          <tr>
            <th scope="col">{i18n.t('options.field')}</th>
            <th scope="col">{i18n.t('options.value')}</th>
            <th scope="col">{i18n.t('options.source')}</th>
          </tr>
        </thead>
        <tbody>
          {POLICY_KEYS.map((key) => {
            const source = (record.sources[key] ?? 'default') as keyof typeof POLICY_SOURCE_LABEL;
            const locked = record.locked.includes(key);
            const value = JSON.stringify(policy[key]) ?? '—';
            return (
              <tr key={key} data-vigie-field={key} data-source={source} data-locked={locked}>
                <th scope="row" title={POLICY_FIELD_DOCS[key].description}>
                  {POLICY_FIELD_DOCS[key].title} <code>{key}</code>
                </th>
                <td>
                  <code className="vigie-value">{value.length > 300 ? `${value.slice(0, 299)}…` : value}</code>
                </td>
                <td>
                  {POLICY_SOURCE_LABEL[source]()}
                  {locked && <span className="vigie-badge"> — {i18n.t('options.lockedBy')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
