import { useState } from 'react';
import { i18n } from '#i18n';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { useEffectivePolicy } from '@/utils/hooks/use-effective-policy';
import { EffectivePolicy } from '@/components/options/effective-policy';
import { LocalSettings } from '@/components/options/local-settings';
import { PolicyLab } from '@/components/options/policy-lab';
import { RecordsView } from '@/components/stats/records-view';
import { StatsDashboard } from '@/components/stats/stats-dashboard';
import { useStatRows } from '@/utils/hooks/use-stat-rows';

const TABS = ['policy', 'local', 'lab', 'stats', 'records', 'sites'] as const;
import { SiteStatusTable } from '@/components/site-status';
import { useSiteStatuses } from '@/utils/hooks/use-site-statuses';
type Tab = (typeof TABS)[number];

/** Options page: the policy in force and the policy lab. */
export function App() {
  const { record, loaded } = useEffectivePolicy();
  // options.html#stats (popup link) and #records open those tabs.
  const [tab, setTab] = useState<Tab>(() => (TABS as readonly string[]).includes(location.hash.slice(1)) ? (location.hash.slice(1) as Tab) : 'policy');
  const stats = useStatRows();
  const siteStatuses = useSiteStatuses();
  const label = (value: Tab) => (value === 'sites' ? i18n.t('siteStatus.tab') : value === 'stats' ? i18n.t('stats.tab') : value === 'records' ? i18n.t('stats.recordsTab') : value === 'policy' ? i18n.t('options.tabPolicy') : value === 'local' ? i18n.t('localSettings.tab') : i18n.t('options.tabLab'));

  return (
    <main className="vigie-page">
      <h1>{i18n.t('options.title')}</h1>
      <p>
        <a href={browser.runtime.getURL('/training.html')} target="_blank" rel="noreferrer" data-vigie="open-training">
          {i18n.t('training.openLink')}
        </a>
      </p>
      <div role="tablist" aria-label={i18n.t('options.title')} className="vigie-tabs">
        {TABS.map((value) => (
          <button
            key={value}
            role="tab"
            id={`vigie-tab-${value}`}
            aria-selected={tab === value}
            aria-controls={`vigie-panel-${value}`}
            tabIndex={tab === value ? 0 : -1}
            onClick={() => setTab(value)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const next = TABS[(TABS.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
              setTab(next);
              document.getElementById(`vigie-tab-${next}`)?.focus();
            }}
          >
            {label(value)}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`vigie-panel-${tab}`} aria-labelledby={`vigie-tab-${tab}`}>
        {tab === 'policy' && loaded && record && <EffectivePolicy record={record} />}
        {tab === 'local' && loaded && <LocalSettings policy={record?.policy ?? DEFAULT_POLICY} />}
        {tab === 'lab' && <PolicyLab />}
        {tab === 'stats' && loaded && stats.loaded && <StatsDashboard policy={record?.policy ?? DEFAULT_POLICY} rows={stats.rows} imports={stats.imports} health={stats.health} onChanged={() => void stats.reload()} />}
        {tab === 'records' && loaded && stats.loaded && <RecordsView policy={record?.policy ?? DEFAULT_POLICY} rows={stats.rows} onChanged={() => void stats.reload()} />}
        {tab === 'sites' && siteStatuses && <SiteStatusTable statuses={siteStatuses} />}
      </section>
    </main>
  );
}
