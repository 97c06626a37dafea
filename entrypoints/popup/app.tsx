import { useState } from 'react';
import { i18n } from '#i18n';
import { FindingList } from '@/components/finding-list';
import { scan } from '@/utils/detection/engine';
import { maskSpan } from '@/utils/detection/mask';
import type { Finding } from '@/utils/detection/types';
import { defaultVerdict } from '@/utils/guard/verdict';
import { PolicyProblems } from '@/components/policy-problems';
import { useEffectivePolicy } from '@/utils/hooks/use-effective-policy';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { PolicySource } from './components/policy-source';
import { SiteAccess } from './components/site-access';
import { TodayStats } from './components/today-stats';
import { SiteStatusLine } from '@/components/site-status';
import { useSiteStatuses, useTargetTabId } from '@/utils/hooks/use-site-statuses';

/** Popup: protection status and a local "try a text" check. */
export function App() {
  const [text, setText] = useState('');
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const verdict = findings ? defaultVerdict(findings) : null;
  const { record, loaded } = useEffectivePolicy();
  const siteStatuses = useSiteStatuses();
  const tabId = useTargetTabId();

  return (
    <main style={{ width: 360, padding: '0.75rem' }}>
      <h1 style={{ fontSize: '1.2rem', margin: 0, color: 'var(--vigie-blue)' }}>{i18n.t('popup.title')}</h1>
      <p style={{ margin: '0.25rem 0 0.75rem' }}>{i18n.t('popup.subtitle')}</p>
      <p role="status">{i18n.t('popup.status')}</p>
      {loaded && <SiteAccess policy={record?.policy ?? DEFAULT_POLICY} />}
      <TodayStats />
      {/* The adapter line only when the page reported one: the access line above already covers other pages. */}
      {siteStatuses && typeof tabId === 'number' && siteStatuses[String(tabId)] && <SiteStatusLine entry={siteStatuses[String(tabId)]} />}
      {record && (
        <>
          <p data-vigie="popup-policy">{i18n.t('popupPolicy.inForce', [record.policy.policyVersion, record.policy.mode === 'enforce' ? i18n.t('options.modeEnforce') : i18n.t('options.modeObserve')])}</p>
          <PolicySource record={record} />
          {record.problems.length > 0 && (
            <PolicyProblems title={i18n.t('popupPolicy.problems', [String(record.problems.length)])} intro="" empty="" problems={record.problems.slice(0, 5)} />
          )}
          <p>
            <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
              {i18n.t('popupPolicy.openOptions')}
            </a>
          </p>
        </>
      )}
      <ul className="vigie-links" data-vigie="popup-links">
        <li>
          <a href={`${browser.runtime.getURL('/options.html')}#stats`} target="_blank" rel="noreferrer" data-vigie="link-dashboard">
            {i18n.t('popupStats.dashboard')}
          </a>
        </li>
        <li>
          <a href={browser.runtime.getURL('/training.html')} target="_blank" rel="noreferrer" data-vigie="link-training">
            {i18n.t('popupStats.training')}
          </a>
        </li>
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setFindings(scan(text));
        }}
      >
        <label htmlFor="vigie-try">{i18n.t('popup.tryLabel')}</label>
        <textarea id="vigie-try" className="vigie-textarea" rows={4} value={text} placeholder={i18n.t('popup.tryPlaceholder')} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="vigie-button">{i18n.t('popup.check')}</button>
      </form>
      {findings && verdict && (
        <section aria-live="polite">
          <p className={`vigie-verdict vigie-verdict--${verdict}`}>
            {i18n.t(`verdict.${verdict}`)} — {findings.length === 0 ? i18n.t('popup.nothingFound') : i18n.t('popup.foundCount', findings.length)}
          </p>
          <FindingList label={i18n.t('popup.check')} items={findings.map((finding) => ({ label: i18n.t(`types.${finding.type}`), excerpt: maskSpan(text, finding.start, finding.end) }))} />
        </section>
      )}
    </main>
  );
}
