import { useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { Policy } from '@/policies/policy-schema';
import { statsStore } from '@/utils/stats/browser-stats';
import { eventLabel, reasonLabel, toolLabel, typeLabel } from '@/utils/stats/labels';
import type { StatRow } from '@/utils/stats/rows';

function sentence(row: StatRow, policy: Policy): string {
  const base = [row.day, toolLabel(row.tool, policy), row.policyVersion, eventLabel(row.event)] as const;
  if (row.dimension === 'total') return i18n.t('records.sentence', [...base, String(row.count)]);
  const category =
    row.dimension === 'type'
      ? i18n.t('records.dimensionType', [typeLabel(row.category)])
      : row.dimension === 'reason'
        ? i18n.t('records.dimensionReason', [reasonLabel(row.category, policy)])
        : i18n.t('records.dimensionDetector', [row.category]);
  return i18n.t('records.sentenceCategory', [...base, category, String(row.count)]);
}

/** "What Vigie records": every stored counter in plain words, and a delete-all with confirmation. */
export function RecordsView({ policy, rows, onChanged }: { policy: Policy; rows: StatRow[]; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const sorted = [...rows].sort((a, b) => b.day.localeCompare(a.day) || a.tool.localeCompare(b.tool) || a.event.localeCompare(b.event) || a.dimension.localeCompare(b.dimension) || a.category.localeCompare(b.category));
  const { statistics } = policy;

  return (
    <div data-vigie="stats-records">
      <p>{i18n.t('records.intro')}</p>
      <p>
        <strong>{i18n.t('records.never')}</strong>
      </p>
      <p>{i18n.t('records.kept', [String(statistics.retentionDays)])}</p>
      <p>{statistics.reportingEndpoint ? i18n.t('records.reporting', [statistics.reportingEndpoint, String(statistics.reportingMinCount)]) : i18n.t('records.noReporting')}</p>
      <div style={{ margin: '1rem 0' }}>
        {!confirming ? (
          <button
            type="button"
            ref={deleteRef}
            className="vigie-button vigie-button--danger"
            data-vigie-action="delete-all"
            onClick={() => {
              setConfirming(true);
              setDeleted(false);
              setTimeout(() => cancelRef.current?.focus(), 0);
            }}
          >
            {i18n.t('records.deleteAll')}
          </button>
        ) : (
          <div role="alertdialog" aria-modal="false" aria-labelledby="vigie-delete-question" className="vigie-verdict vigie-verdict--block">
            <p id="vigie-delete-question">{i18n.t('records.deleteConfirm')}</p>
            <p style={{ display: 'flex', gap: '0.5rem' }}>
              <button
                type="button"
                className="vigie-button vigie-button--danger"
                data-vigie-action="delete-all-confirm"
                onClick={() =>
                  void statsStore()
                    .deleteAll()
                    .then(() => {
                      setConfirming(false);
                      setDeleted(true);
                      onChanged();
                      setTimeout(() => deleteRef.current?.focus(), 0);
                    })
                }
              >
                {i18n.t('records.deleteYes')}
              </button>
              <button
                type="button"
                ref={cancelRef}
                className="vigie-button vigie-button--secondary"
                onClick={() => {
                  setConfirming(false);
                  setTimeout(() => deleteRef.current?.focus(), 0);
                }}
                onKeyDown={(event) => event.key === 'Escape' && setConfirming(false)}
              >
                {i18n.t('records.deleteNo')}
              </button>
            </p>
          </div>
        )}
        <p role="status" data-vigie="delete-status">{deleted ? i18n.t('records.deleted') : ''}</p>
      </div>
      <h2 style={{ fontSize: '1.15rem' }}>{i18n.t('records.rowsTitle', [String(rows.length)])}</h2>
      {sorted.length === 0 ? (
        <p data-vigie="records-empty">{i18n.t('records.none')}</p>
      ) : (
        <ul data-vigie="records-list">
          {sorted.map((row) => (
            <li key={[row.day, row.tool, row.event, row.dimension, row.category, row.policyVersion].join('|')}>{sentence(row, policy)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
