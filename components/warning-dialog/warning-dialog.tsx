import { useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { i18n } from '#i18n';
import { CATEGORY_TYPES, PERSON_IDENTIFYING_TYPES, type FindingType } from '@/utils/detection/types';
import { FindingRows } from './finding-rows';
import { WARNING_DIALOG_CSS } from './styles';

export type DialogFindingAction = 'allow' | 'warn' | 'pseudonymise' | 'block';

/** One row of the dialog. Never carries a raw value: `excerpt` is already masked by the caller. */
export interface DialogFinding {
  type: FindingType;
  /** Already masked, e.g. "06 •• •• •• 78". */
  excerpt: string;
  /** Occurrences grouped in this row (shown when above 1). */
  count?: number;
  action: DialogFindingAction;
  /** Label of the organisation's custom rule, when the finding comes from one. */
  ruleLabel?: string;
  /** Detector ids, passed back with a false-alarm report. */
  detectors: string[];
}

export interface DialogDecision {
  action: 'warn' | 'pseudonymise' | 'block';
  mode: 'enforce' | 'observe';
  offers: { pseudonymise: boolean; sendAnyway: boolean; reasonRequired: boolean };
}

export interface WarningDialogProps {
  /** One row per finding (or per type + excerpt). */
  findings: DialogFinding[];
  decision: DialogDecision;
  /** Display name of the AI tool, e.g. "ChatGPT". */
  toolName: string;
  /** Send-anyway reasons, already localised. */
  reasons: { id: string; label: string }[];
  organisationMessage?: string;
  dpoContact?: string;
  /** Only shown when it is an https:// URL. */
  charterUrl?: string;
  onModify(): void;
  onPseudonymise(): void;
  onSendAnyway(reasonId: string | null): void;
  onFalseAlarm(detectors: string[]): void;
  onCancel(): void;
  /**
   * Render the dialog's own `<style>` (default true), so that the component is self-contained
   * wherever it is mounted. Set to false when the host injects `WARNING_DIALOG_CSS` itself.
   */
  includeStyles?: boolean;
}

/**
 * The warning shown before a prompt with personal or sensitive data is sent to an AI tool.
 * Presentational only: props in, callbacks out; no `browser.*`, storage or messaging.
 *
 * Enforce mode renders a modal `alertdialog`; observe mode renders a discreet, non-modal
 * `status` notice that neither takes nor traps focus.
 */
export function WarningDialog(props: WarningDialogProps) {
  return props.decision.mode === 'observe' ? <ObserveNotice {...props} /> : <ModalWarning {...props} />;
}

const PERSONAL_TYPES: ReadonlySet<FindingType> = new Set<FindingType>([...PERSON_IDENTIFYING_TYPES, ...CATEGORY_TYPES, 'IP_ADDRESS']);

function titleOf(findings: readonly DialogFinding[], decision: DialogDecision, toolName: string): string {
  // "Personal data" when something points at a person; "sensitive data" for secrets, confidential
  // markings, company ids or organisation rules alone.
  const personal = findings.length === 0 || findings.some((finding) => PERSONAL_TYPES.has(finding.type));
  if (decision.action === 'block') return personal ? i18n.t('dialog.titleBlockPersonal') : i18n.t('dialog.titleBlockSensitive');
  return personal ? i18n.t('dialog.titleWarnPersonal', [toolName]) : i18n.t('dialog.titleWarnSensitive', [toolName]);
}

function summaryOf(decision: DialogDecision, toolName: string, pseudonymiseOffered: boolean): string {
  if (decision.action === 'block') return i18n.t('dialog.summaryBlock', [toolName]);
  return pseudonymiseOffered ? i18n.t('dialog.summaryPseudonymise', [toolName]) : i18n.t('dialog.summaryWarn', [toolName]);
}

const HTTPS_URL = /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;
const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

function ModalWarning({ findings, decision, toolName, reasons, organisationMessage, dpoContact, charterUrl, onModify, onPseudonymise, onSendAnyway, onFalseAlarm, onCancel, includeStyles = true }: WarningDialogProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const findingsHeadingId = `${id}-findings`;
  const reasonsId = `${id}-reasons`;
  const reasonsHintId = `${id}-reasons-hint`;
  const reasonsLegendId = `${id}-reasons-legend`;

  const panelRef = useRef<HTMLDivElement>(null);
  const modifyRef = useRef<HTMLButtonElement>(null);
  const firstReasonRef = useRef<HTMLInputElement>(null);
  const previousFocus = useRef<HTMLElement | null>(null);

  const [reported, setReported] = useState<ReadonlySet<number>>(() => new Set());
  const [lastReported, setLastReported] = useState<number | null>(null);
  const [reasonsOpen, setReasonsOpen] = useState(false);
  const [reasonId, setReasonId] = useState<string | null>(null);

  const blocked = decision.action === 'block';
  // Under a block, only Modify, the false-alarm reports and Cancel are offered.
  const offerPseudonymise = !blocked && decision.offers.pseudonymise;
  // A required reason with no reason to choose from would leave a dead end: do not offer it then.
  const offerSendAnyway = !blocked && decision.offers.sendAnyway && (!decision.offers.reasonRequired || reasons.length > 0);
  const reasonRequired = decision.offers.reasonRequired;
  const total = findings.reduce((sum, finding) => sum + Math.max(1, finding.count ?? 1), 0);
  const charter = charterUrl && HTTPS_URL.test(charterUrl) ? charterUrl : undefined;

  // Focus: into the dialog on mount, on "Modify" (see focusInitial); back where it was on unmount.
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const doc = panel.ownerDocument;
    const active = deepActiveElement(doc);
    if (previousFocus.current === null && active && !panel.contains(active) && active !== doc.body) previousFocus.current = active;
    (modifyRef.current ?? panel).focus();

    // Keep focus inside while the dialog is open (aria-modal): a page script or a click outside may
    // pull it away. Bounded, so that two focus traps (the page's and ours) never loop forever.
    let windowStart = 0;
    let reclaims = 0;
    const onFocusIn = (event: FocusEvent) => {
      if (!panel.isConnected || event.composedPath().includes(panel)) return;
      const now = Date.now();
      if (now - windowStart > 1000) {
        windowStart = now;
        reclaims = 0;
      }
      if (++reclaims > 5) return;
      (modifyRef.current ?? panel).focus();
    };
    doc.addEventListener('focusin', onFocusIn, true);
    return () => {
      doc.removeEventListener('focusin', onFocusIn, true);
      const previous = previousFocus.current;
      const now = doc.activeElement;
      // Give focus back to where the agent was (the prompt box), unless the host moved it already.
      if (previous?.isConnected && (now === null || now === doc.body || panel.contains(deepActiveElement(doc)))) previous.focus();
    };
  }, []);

  useEffect(() => {
    if (reasonsOpen) firstReasonRef.current?.focus();
  }, [reasonsOpen]);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    // Keys pressed in the dialog are ours: do not let page shortcuts react to them.
    event.stopPropagation();
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Tab' && panelRef.current) {
      trapTab(event, panelRef.current);
    }
  };

  const report = (index: number) => {
    if (reported.has(index)) return;
    setReported((current) => new Set(current).add(index));
    setLastReported(index);
    onFalseAlarm([...findings[index].detectors]);
  };

  const sendAnyway = () => {
    if (!reasonRequired) onSendAnyway(null);
    else if (reasonsOpen) firstReasonRef.current?.focus();
    else setReasonsOpen(true);
  };

  return (
    <div className="vigie-wd vigie-wd-overlay" data-vigie-overlay="">
      {includeStyles && <style>{WARNING_DIALOG_CSS}</style>}
      <div
        ref={panelRef}
        className="vigie-wd-panel"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
        data-vigie="warning"
        data-action={decision.action}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => event.stopPropagation()}
      >
        <div className="vigie-wd-header">
          <p className="vigie-wd-brand">{i18n.t('dialog.brand')}</p>
          <h2 className="vigie-wd-title" id={titleId}>
            {titleOf(findings, decision, toolName)}
          </h2>
          <p className="vigie-wd-summary" id={summaryId}>
            {summaryOf(decision, toolName, offerPseudonymise)}
          </p>
        </div>

        <div className="vigie-wd-body">
          <h3 className="vigie-wd-subtitle" id={findingsHeadingId}>
            {i18n.t('dialog.findingsHeading', total)}
          </h3>
          <FindingRows findings={findings} reported={reported} lastReported={lastReported} onReport={report} headingId={findingsHeadingId} />

          {organisationMessage && (
            <p className="vigie-wd-org" data-vigie="organisation-message">
              <span className="vigie-wd-org-label">{i18n.t('dialog.organisation')}</span>
              {organisationMessage}
            </p>
          )}
          {(dpoContact || charter) && (
            <p className="vigie-wd-contact">
              {dpoContact && <span data-vigie="dpo">{contactLine(dpoContact)}</span>}
              {dpoContact && charter && <br />}
              {charter && (
                <a href={charter} target="_blank" rel="noopener noreferrer" data-vigie="charter">
                  {i18n.t('dialog.charter')} <span className="vigie-wd-vh">{i18n.t('dialog.newWindow')}</span>
                </a>
              )}
            </p>
          )}

          {offerSendAnyway && reasonRequired && reasonsOpen && (
            <fieldset className="vigie-wd-reasons" id={reasonsId} role="radiogroup" aria-labelledby={reasonsLegendId} aria-describedby={reasonsHintId} aria-required="true">
              <legend id={reasonsLegendId}>{i18n.t('dialog.reasonsLegend')}</legend>
              <p className="vigie-wd-hint" id={reasonsHintId}>
                {i18n.t('dialog.reasonsHint')}
              </p>
              {reasons.map((reason, index) => (
                <label key={reason.id} className="vigie-wd-reason">
                  <input
                    ref={index === 0 ? firstReasonRef : undefined}
                    type="radio"
                    name={`${id}-reason`}
                    value={reason.id}
                    data-vigie-reason={reason.id}
                    checked={reasonId === reason.id}
                    onChange={() => setReasonId(reason.id)}
                  />
                  <span>{reason.label}</span>
                </label>
              ))}
              <button
                type="button"
                className="vigie-wd-button"
                data-vigie-action="send-anyway-confirm"
                disabled={reasonId === null}
                aria-describedby={reasonsHintId}
                onClick={() => {
                  if (reasonId !== null) onSendAnyway(reasonId);
                }}
              >
                {i18n.t('dialog.confirmSend')}
              </button>
            </fieldset>
          )}
        </div>

        <div className="vigie-wd-footer">
          <button ref={modifyRef} type="button" className="vigie-wd-button vigie-wd-button--primary" data-vigie-action="modify" onClick={onModify}>
            {i18n.t('dialog.modify')}
          </button>
          {offerPseudonymise && (
            <button type="button" className="vigie-wd-button" data-vigie-action="pseudonymise" onClick={onPseudonymise}>
              {i18n.t('dialog.pseudonymise')}
            </button>
          )}
          {offerSendAnyway && (
            <button
              type="button"
              className="vigie-wd-button"
              data-vigie-action="send-anyway"
              aria-expanded={reasonRequired ? reasonsOpen : undefined}
              aria-controls={reasonRequired && reasonsOpen ? reasonsId : undefined}
              onClick={sendAnyway}
            >
              {i18n.t('dialog.sendAnyway')}
            </button>
          )}
          <span className="vigie-wd-spacer" aria-hidden="true" />
          <button type="button" className="vigie-wd-button vigie-wd-button--quiet" data-vigie-action="cancel" onClick={onCancel}>
            {i18n.t('dialog.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}

function contactLine(dpoContact: string) {
  // A private-use character stands for the contact, so that an e-mail address can become a link.
  const marker = '\uE000';
  const [before, after = ''] = i18n.t('dialog.dpo', [marker]).split(marker);
  const value = EMAIL.test(dpoContact) ? <a href={`mailto:${dpoContact}`}>{dpoContact}</a> : dpoContact;
  return (
    <>
      {before}
      {value}
      {after}
    </>
  );
}

/** Observe mode: says what would have happened, stops nothing, never takes or traps focus. */
function ObserveNotice({ findings, decision, onCancel, includeStyles = true }: WarningDialogProps) {
  // A live region announces changes, not content present on insertion: fill it after mount.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const types = [...new Set(findings.map((finding) => i18n.t(`types.${finding.type}`)))].join(', ');
  const text = decision.action === 'block' ? i18n.t('dialog.observeBlock', [types]) : i18n.t('dialog.observeWarn', [types]);
  return (
    <div className="vigie-wd">
      {includeStyles && <style>{WARNING_DIALOG_CSS}</style>}
      <div
        className="vigie-wd-notice"
        role="status"
        data-vigie="observe-notice"
        data-action={decision.action}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      >
        <p>{ready ? text : null}</p>
        <button type="button" className="vigie-wd-button vigie-wd-button--quiet" data-vigie-action="cancel" onClick={onCancel}>
          {i18n.t('dialog.close')}
        </button>
      </div>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Focus helpers. They work in a shadow root: the active element is read from the panel's root
// node, since `document.activeElement` is only the shadow host there.

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function tabStops(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => element.tabIndex >= 0 && !element.closest('[hidden], [inert]'));
}

function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

function activeElementOf(container: HTMLElement): HTMLElement | null {
  const root = container.getRootNode() as Document | ShadowRoot;
  return (root.activeElement as HTMLElement | null) ?? null;
}

/** Radios of one group are a single tab stop. */
function sameStop(a: HTMLElement, b: HTMLElement): boolean {
  if (a === b) return true;
  return a instanceof HTMLInputElement && b instanceof HTMLInputElement && a.type === 'radio' && b.type === 'radio' && a.name !== '' && a.name === b.name;
}

function focusStop(stop: HTMLElement, stops: readonly HTMLElement[]) {
  if (stop instanceof HTMLInputElement && stop.type === 'radio') {
    const checked = stops.find((other) => sameStop(other, stop) && (other as HTMLInputElement).checked);
    (checked ?? stop).focus();
    return;
  }
  stop.focus();
}

/**
 * Tab and Shift+Tab cycle within the dialog: from the last stop (or anything after it) Tab goes
 * to the first, from the first stop (or the panel, the title…) Shift+Tab goes to the last. In
 * between, the browser moves focus as usual.
 */
function trapTab(event: ReactKeyboardEvent, container: HTMLElement) {
  const stops = tabStops(container);
  const active = activeElementOf(container);
  if (stops.length === 0) {
    event.preventDefault();
    container.focus();
    return;
  }
  if (!active || !container.contains(active)) {
    event.preventDefault();
    focusStop(event.shiftKey ? stops[stops.length - 1] : stops[0], stops);
    return;
  }
  if (event.shiftKey) {
    const anyBefore = stops.some((stop) => !sameStop(stop, active) && active.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_PRECEDING);
    if (!anyBefore) {
      event.preventDefault();
      focusStop(stops[stops.length - 1], stops);
    }
  } else {
    const anyAfter = stops.some((stop) => !sameStop(stop, active) && active.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING && !active.contains(stop));
    if (!anyAfter) {
      event.preventDefault();
      focusStop(stops[0], stops);
    }
  }
}
