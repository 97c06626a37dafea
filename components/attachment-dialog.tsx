import { useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { i18n } from '#i18n';
import { FindingRows } from './warning-dialog/finding-rows';
import { WARNING_DIALOG_CSS } from './warning-dialog/styles';
import type { DialogFinding } from './warning-dialog/warning-dialog';

/** One attached file in the dialog: its findings (masked excerpts only) or why it could not be read. */
export interface AttachmentDialogFile {
  name: string;
  findings: DialogFinding[];
  /** Set when the file could not be read: 'too-big' | 'unsupported' | 'corrupt'. */
  unchecked?: 'too-big' | 'unsupported' | 'corrupt';
}

export interface AttachmentDialogProps {
  files: AttachmentDialogFile[];
  action: 'warn' | 'block';
  toolName: string;
  /** Whether "attach anyway" is offered (never under a block). */
  sendAnyway: boolean;
  reasonRequired: boolean;
  /** Localised reasons from the policy. */
  reasons: { id: string; label: string }[];
  onSendAnyway(reasonId: string | null): void;
  onFalseAlarm(detectors: string[]): void;
  onCancel(): void;
}

const UNCHECKED_MESSAGE = { 'too-big': 'attachment.unchecked.tooBig', unsupported: 'attachment.unchecked.unsupported', corrupt: 'attachment.unchecked.corrupt' } as const;

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * The warning shown before attached files leave for an AI tool: the same look and keyboard rules
 * as the prompt warning (alertdialog, focus kept inside, Escape cancels). Presentational only.
 */
export function AttachmentDialog({ files, action, toolName, sendAnyway, reasonRequired, reasons, onSendAnyway, onFalseAlarm, onCancel }: AttachmentDialogProps) {
  const id = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [reasonId, setReasonId] = useState<string | null>(null);
  const [reported, setReported] = useState<ReadonlyMap<number, ReadonlySet<number>>>(() => new Map());
  const [lastReported, setLastReported] = useState<{ file: number; row: number } | null>(null);
  const offerSendAnyway = action === 'warn' && sendAnyway && (!reasonRequired || reasons.length > 0);

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !panelRef.current) return;
    const stops = [...panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (stops.length === 0) return;
    const root = panelRef.current.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (event.shiftKey && (active === first || !panelRef.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !panelRef.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  const title = action === 'block' ? i18n.t('attachment.titleBlock') : i18n.t('attachment.titleWarn', [toolName]);
  const summary = action === 'block' ? i18n.t('attachment.summaryBlock', [toolName]) : i18n.t('attachment.summaryWarn', [toolName]);

  return (
    <div className="vigie-wd vigie-wd-overlay" data-vigie-overlay="">
      <style>{WARNING_DIALOG_CSS}</style>
      <div
        ref={panelRef}
        className="vigie-wd-panel"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        data-vigie="attachment-warning"
        data-action={action}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => event.stopPropagation()}
      >
        <div className="vigie-wd-header">
          <p className="vigie-wd-brand">{i18n.t('dialog.brand')}</p>
          <h2 className="vigie-wd-title" id={`${id}-title`}>
            {title}
          </h2>
          <p className="vigie-wd-summary" id={`${id}-summary`}>
            {summary}
          </p>
        </div>
        <div className="vigie-wd-body">
          {files.map((file, fileIndex) => (
            <section key={`${file.name}-${fileIndex}`} data-vigie-file={file.name} aria-labelledby={`${id}-file-${fileIndex}`}>
              <h3 className="vigie-wd-subtitle" id={`${id}-file-${fileIndex}`}>
                {i18n.t('attachment.fileHeading', [file.name])}
              </h3>
              {file.unchecked ? (
                <p data-vigie="unchecked-file">{i18n.t(UNCHECKED_MESSAGE[file.unchecked])}</p>
              ) : (
                <FindingRows
                  findings={file.findings}
                  reported={reported.get(fileIndex) ?? new Set()}
                  lastReported={lastReported?.file === fileIndex ? lastReported.row : null}
                  headingId={`${id}-file-${fileIndex}`}
                  onReport={(row) => {
                    setReported((current) => new Map(current).set(fileIndex, new Set(current.get(fileIndex) ?? []).add(row)));
                    setLastReported({ file: fileIndex, row });
                    onFalseAlarm([...file.findings[row].detectors]);
                  }}
                />
              )}
            </section>
          ))}
          {offerSendAnyway && reasonRequired && (
            <fieldset className="vigie-wd-reasons" role="radiogroup" aria-labelledby={`${id}-legend`} aria-required="true">
              <legend id={`${id}-legend`}>{i18n.t('attachment.reasonsLegend')}</legend>
              {reasons.map((reason) => (
                <label key={reason.id} className="vigie-wd-reason">
                  <input type="radio" name={`${id}-reason`} value={reason.id} data-vigie-reason={reason.id} checked={reasonId === reason.id} onChange={() => setReasonId(reason.id)} />
                  <span>{reason.label}</span>
                </label>
              ))}
            </fieldset>
          )}
        </div>
        <div className="vigie-wd-footer">
          <button ref={cancelRef} type="button" className="vigie-wd-button vigie-wd-button--primary" data-vigie-action="cancel" onClick={onCancel}>
            {i18n.t('attachment.cancel')}
          </button>
          {offerSendAnyway && (
            <button
              type="button"
              className="vigie-wd-button"
              data-vigie-action="send-anyway"
              disabled={reasonRequired && reasonId === null}
              onClick={() => {
                if (!reasonRequired || reasonId !== null) onSendAnyway(reasonId);
              }}
            >
              {i18n.t('attachment.attachAnyway')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
