import { i18n } from '#i18n';
import { StatCard } from '@/components/stat-card';
import { useStatRows } from '@/utils/hooks/use-stat-rows';
import { summaryOf } from '@/utils/stats/aggregate';
import { dayOf } from '@/utils/stats/rows';

/** Today's checks, warnings and blocks on this browser. */
export function TodayStats() {
  const today = dayOf(Date.now());
  const { rows, loaded, health } = useStatRows(today);
  if (!loaded) return null;
  const summary = summaryOf(rows, today);
  return (
    <section aria-labelledby="vigie-today" data-vigie="today-stats">
      <h2 id="vigie-today" style={{ fontSize: '1rem', margin: '0.5rem 0 0' }}>{i18n.t('popupStats.today')}</h2>
      {health?.state === 'unavailable' ? (
        <p>{i18n.t('popupStats.statsUnavailable')}</p>
      ) : (
        <div className="vigie-stat-cards">
          <StatCard name="checks" label={i18n.t('popupStats.checks')} value={summary.checks} />
          <StatCard name="warnings" label={i18n.t('popupStats.warnings')} value={summary.warnings} />
          <StatCard name="blocks" label={i18n.t('popupStats.blocks')} value={summary.blocks + summary.toolBlocked} />
        </div>
      )}
    </section>
  );
}
