import { i18n } from '#i18n';
import type { Policy } from '@/policies/policy-schema';
import { FINDING_TYPES, type FindingType } from '@/utils/detection/types';

/** Kinds of data the policy blocks and warns about, for the memo's two lists. */
function typesBy(policy: Policy, level: 'block' | 'warn'): FindingType[] {
  return FINDING_TYPES.filter((type) => {
    if (type === 'CUSTOM') return false;
    const action = policy.dataTypes[type]?.action ?? policy.defaultDataAction;
    return level === 'block' ? action === 'block' : action === 'warn' || action === 'pseudonymise';
  });
}

/** One printed page of good practice (A4, print style sheet in training.css). */
export function GoodPracticeMemo({ policy }: { policy: Policy }) {
  const list = (prefix: string, count: number) => (
    <ul>
      {Array.from({ length: count }, (_, index) => (
        <li key={index}>{i18n.t(`${prefix}.item${index + 1}` as 'training.memo.do.item1')}</li>
      ))}
    </ul>
  );
  return (
    <article className="vt-memo" data-vigie-training="memo" aria-labelledby="vt-memo-title">
      <h2 id="vt-memo-title">{i18n.t('training.memo.title')}</h2>
      <p>{i18n.t('training.memo.intro')}</p>
      <div className="vt-memo-columns">
        <section>
          <h3>{i18n.t('training.memo.doTitle')}</h3>
          {list('training.memo.do', 5)}
        </section>
        <section>
          <h3>{i18n.t('training.memo.dontTitle')}</h3>
          {list('training.memo.dont', 5)}
        </section>
      </div>
      <section>
        <h3>{i18n.t('training.memo.blockedTitle')}</h3>
        <p>{typesBy(policy, 'block').map((type) => i18n.t(`types.${type}`)).join(' · ')}</p>
        <h3>{i18n.t('training.memo.warnedTitle')}</h3>
        <p>{typesBy(policy, 'warn').map((type) => i18n.t(`types.${type}`)).join(' · ')}</p>
      </section>
      <section>
        <h3>{i18n.t('training.memo.exampleTitle')}</h3>
        <p>
          <strong>✗</strong> {i18n.t('training.memo.exampleBad')}
          <br />
          <strong>✓</strong> {i18n.t('training.memo.exampleGood')}
        </p>
      </section>
      <section>
        <h3>{i18n.t('training.memo.lawTitle')}</h3>
        <p>{i18n.t('training.memo.law')}</p>
        <p>{i18n.t('training.memo.contact', [policy.organisation.dpoContact ?? i18n.t('training.memo.dpoDefault')])}</p>
      </section>
      <p className="vt-noprint">
        <button type="button" className="vt-button vt-button--primary" data-vigie-training="print" onClick={() => window.print()}>
          {i18n.t('training.memo.print')}
        </button>
      </p>
    </article>
  );
}
