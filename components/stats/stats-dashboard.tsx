import { useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { ChartWithTable, type TableData } from '@/components/chart-with-table';
import { StatCard } from '@/components/stat-card';
import type { Policy } from '@/policies/policy-schema';
import { byDataType, byTool, type Grouping, outcomesOverTime, reasons, resolutionOf, summaryOf } from '@/utils/stats/aggregate';
import type { StatsHealth } from '@/utils/stats/health';
import { eventLabel, reasonLabel, toolLabel, typeLabel } from '@/utils/stats/labels';
import type { ImportRecord } from '@/utils/stats/db';
import type { StatRow } from '@/utils/stats/rows';
import { ExportImport } from './export-import';

type View = 'local' | 'organisation';

/** Rebuilt (kept after later successes, with its date), last write failed, or unavailable. */
function HealthNotice({ health }: { health: StatsHealth | null }) {
  if (!health || (health.state === 'ok' && !health.rebuiltAt)) return null;
  const text =
    health?.state === 'unavailable'
      ? i18n.t('stats.healthUnavailable')
      : health?.state === 'error'
        ? i18n.t('stats.healthError', [health.error ?? 'Error'])
        : i18n.t('stats.healthRebuilt', [new Date(health?.rebuiltAt ?? health?.at ?? 0).toLocaleDateString()]);
  return (
    <p role="status" className="vigie-verdict vigie-verdict--warn" data-vigie="stats-health" data-state={health?.state === 'ok' ? 'rebuilt' : health?.state}>
      {text}
    </p>
  );
}

/** The statistics dashboard: this browser's counters, or the organisation view merged from imports. */
export function StatsDashboard({ policy, rows, imports, health, onChanged }: { policy: Policy; rows: StatRow[]; imports: ImportRecord[]; health: StatsHealth | null; onChanged: () => void }) {
  const [view, setView] = useState<View>('local');
  const [grouping, setGrouping] = useState<Grouping>('day');
  const shown = useMemo(() => (view === 'local' ? rows : imports.flatMap((record) => record.rows)), [view, rows, imports]);

  const overTime = useMemo<TableData>(() => {
    const series = outcomesOverTime(shown, grouping);
    const used = series.keys.map((_key, column) => series.values.some((row) => row[column] > 0));
    return {
      labelHeader: i18n.t('stats.period'),
      labels: series.labels,
      columns: series.keys.map((key) => ({ key, label: eventLabel(key) })).filter((_column, index) => used[index]),
      values: series.values.map((row) => row.filter((_value, index) => used[index])),
    };
  }, [shown, grouping]);
  const tools = useMemo<TableData>(() => {
    const series = byTool(shown);
    return { labelHeader: i18n.t('stats.tool'), labels: series.labels.map((tool) => toolLabel(tool, policy)), columns: series.keys.map((key) => ({ key, label: i18n.t(`stats.${key as 'checks' | 'warnings' | 'blocks'}`) })), values: series.values };
  }, [shown, policy]);
  const types = useMemo<TableData>(() => {
    const series = byDataType(shown);
    return { labelHeader: i18n.t('stats.type'), labels: series.labels.map(typeLabel), columns: series.keys.map((key) => ({ key, label: i18n.t(`stats.${key as 'warned' | 'blocked' | 'other'}`) })), values: series.values };
  }, [shown]);
  const resolution = resolutionOf(shown);
  const resolutionTable = useMemo<TableData>(
    () => ({
      labelHeader: i18n.t('stats.resolutionTitle'),
      labels: [i18n.t('stats.total')],
      columns: [
        { key: 'corrected', label: i18n.t('stats.corrected') },
        { key: 'sent-anyway', label: i18n.t('stats.sentAnyway') },
        { key: 'cancelled', label: i18n.t('stats.cancelled') },
      ],
      values: [[resolution.corrected, resolution.sentAnyway, resolution.cancelled]],
    }),
    [resolution.corrected, resolution.sentAnyway, resolution.cancelled],
  );
  const reasonRows = reasons(shown);
  const summary = summaryOf(shown);

  return (
    <div data-vigie="stats-dashboard" data-view={view}>
      <p>{i18n.t('stats.intro')}</p>
      <HealthNotice health={health} />
      <div className="vigie-stats-controls">
        <fieldset>
          <legend>{i18n.t('stats.view')}</legend>
          {(['local', 'organisation'] as const).map((value) => (
            <label key={value} style={{ marginRight: '1rem' }}>
              <input type="radio" name="vigie-stats-view" value={value} checked={view === value} onChange={() => setView(value)} />{' '}
              {value === 'local' ? i18n.t('stats.viewLocal') : i18n.t('stats.viewOrganisation', [String(imports.length)])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{i18n.t('stats.grouping')}</legend>
          {(['day', 'week', 'month'] as const).map((value) => (
            <label key={value} style={{ marginRight: '1rem' }}>
              <input type="radio" name="vigie-stats-grouping" value={value} checked={grouping === value} onChange={() => setGrouping(value)} />{' '}
              {i18n.t(value === 'day' ? 'stats.groupDay' : value === 'week' ? 'stats.groupWeek' : 'stats.groupMonth')}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="vigie-stat-cards" style={{ maxWidth: '36rem' }} data-vigie="stats-summary">
        <StatCard name="checks" label={i18n.t('stats.checks')} value={summary.checks} />
        <StatCard name="warnings" label={i18n.t('stats.warnings')} value={summary.warnings} />
        <StatCard name="blocks" label={i18n.t('stats.blocks')} value={summary.blocks + summary.toolBlocked} />
      </div>
      {shown.length === 0 ? (
        <p data-vigie="stats-empty">{i18n.t('stats.empty')}</p>
      ) : (
        <>
          <ChartWithTable name="over-time" title={i18n.t('stats.overTimeTitle')} caption={i18n.t('stats.tableCaption', [i18n.t('stats.overTimeTitle')])} data={overTime} />
          <ChartWithTable name="by-tool" title={i18n.t('stats.byToolTitle')} caption={i18n.t('stats.tableCaption', [i18n.t('stats.byToolTitle')])} data={tools} horizontal />
          <ChartWithTable name="by-type" title={i18n.t('stats.byTypeTitle')} caption={i18n.t('stats.tableCaption', [i18n.t('stats.byTypeTitle')])} data={types} horizontal />
          <p data-vigie="resolution-share" data-share={resolution.correctedShare ?? ''}>
            {resolution.correctedShare === null ? i18n.t('stats.resolutionNone') : i18n.t('stats.resolutionShare', [String(Math.round(resolution.correctedShare * 100))])}
          </p>
          <ChartWithTable name="resolution" title={i18n.t('stats.resolutionTitle')} caption={i18n.t('stats.tableCaption', [i18n.t('stats.resolutionTitle')])} data={resolutionTable} horizontal />
          {reasonRows.length > 0 && (
            <section className="vigie-stats-section">
              <h2>{i18n.t('stats.reasonsTitle')}</h2>
              <table className="vigie-table" data-vigie-table="reasons">
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('stats.reason')}</th>
                    <th scope="col" className="vigie-num">{i18n.t('stats.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {reasonRows.map((row) => (
                    <tr key={row.reason}>
                      <th scope="row">{reasonLabel(row.reason, policy)}</th>
                      <td className="vigie-num">{row.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </>
      )}
      <ExportImport rows={shown} contains={view === 'organisation' ? imports : []} hasImports={imports.length > 0} onChanged={onChanged} />
    </div>
  );
}
