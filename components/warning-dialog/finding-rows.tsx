import { useEffect, useId, useRef } from 'react';
import { i18n } from '#i18n';
import type { DialogFinding } from './warning-dialog';

export interface FindingRowsProps {
  findings: readonly DialogFinding[];
  /** Indices of the rows the agent has reported as a false alarm. */
  reported: ReadonlySet<number>;
  /** The row reported last: its confirmation receives focus, since its button has just disappeared. */
  lastReported: number | null;
  onReport(index: number): void;
  headingId: string;
}

/**
 * One row per finding: type, masked excerpt, why it matters, the organisation's rule, and a
 * one-click "not personal data?" report. Only the excerpt given by the caller is shown: this
 * component never sees a raw value.
 */
export function FindingRows({ findings, reported, lastReported, onReport, headingId }: FindingRowsProps) {
  const baseId = useId();
  const thanksRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    // The focused button was replaced by the confirmation: keep focus there, inside the dialog.
    if (lastReported !== null) thanksRef.current?.focus();
  }, [lastReported]);

  return (
    <ul className="vigie-wd-findings" aria-labelledby={headingId}>
      {findings.map((finding, index) => {
        const labelId = `${baseId}-type-${index}`;
        const done = reported.has(index);
        return (
          <li key={`${finding.type}-${finding.excerpt}-${index}`} className="vigie-wd-finding" data-type={finding.type} data-action={finding.action}>
            <div className="vigie-wd-finding-head">
              <span className="vigie-wd-type" id={labelId}>
                {i18n.t(`types.${finding.type}`)}
              </span>
              {finding.count !== undefined && finding.count > 1 && <span className="vigie-wd-count">{i18n.t('dialog.occurrences', finding.count)}</span>}
              <span className="vigie-wd-badge">{i18n.t(`actions.${finding.action}`)}</span>
            </div>
            <span className="vigie-wd-vh">{i18n.t('dialog.excerptLabel')} </span>
            <code className="vigie-wd-excerpt" dir="ltr" translate="no" data-vigie-excerpt="">
              {finding.excerpt}
            </code>
            <span className="vigie-wd-why">{i18n.t(`why.${finding.type}`)}</span>
            {finding.ruleLabel && <span className="vigie-wd-rule">{i18n.t('dialog.rule', [finding.ruleLabel])}</span>}
            {done ? (
              <span className="vigie-wd-thanks" tabIndex={-1} ref={lastReported === index ? thanksRef : undefined} data-vigie="false-alarm-done">
                {i18n.t('dialog.falseAlarmDone')}
              </span>
            ) : (
              <div>
                <button type="button" className="vigie-wd-button vigie-wd-button--quiet vigie-wd-button--small" data-vigie-action="false-alarm" aria-describedby={labelId} onClick={() => onReport(index)}>
                  {i18n.t('dialog.falseAlarm')}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
