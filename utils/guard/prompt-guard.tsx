import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GuardNotice } from '@/components/guard-notice';
import { WarningDialog, type DialogFinding } from '@/components/warning-dialog';
import { activatePolicy, type ActivePolicy, checkPrompt } from '@/policies/active-policy';
import type { AiTool } from '@/policies/ai-tools';
import { maskSpan } from '@/utils/detection/mask';
import type { Finding, FindingType } from '@/utils/detection/types';
import { type Outcome, sendMessage } from '@/utils/messaging';
import { BRIDGE_TAG, detailOf, dispatchBridgeEvent, isNetCheckRequest, NET_CHECK_EVENT, NET_VERDICT_EVENT, type NetCheckRequest, type NetVerdict } from '@/utils/net/bridge';
import { rangeFor, readEditable, isTextField } from '@/utils/sites/dom/editable-text';
import { composerShows, replaceSpans, setTextFieldValue } from '@/utils/sites/dom/write-text';
import type { SiteAdapter } from '@/utils/sites/types';
import { PageWriterClient } from '@/utils/page-writer/isolated';
import { CheckedTexts } from './checked-texts';
import { IdleQueue } from './idle';
import type { Decision } from './decide';
import { composerOfSendControl, composerOfTarget, isSendControl, sendControlOf } from './find-composer';
import { createGuardUi, isFromGuardUi } from './guard-ui';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { PseudonymSession } from '@/utils/pseudonym/pseudonym-session';

type Trigger = { kind: 'enter' } | { kind: 'click'; control: HTMLElement } | { kind: 'submit'; form: HTMLFormElement };

interface PendingPrompt {
  readonly composer: HTMLElement;
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly decision: Decision;
  /** Where the prompt was stopped: a send, a paste (text not yet inserted) or the network net. */
  readonly kind: 'send' | 'paste' | 'net';
  readonly trigger?: Trigger;
  /** For pastes: where the text would have gone. */
  readonly selection?: { start: number; end: number } | Range | null;
}

/** Enter within this delay after the end of an IME composition confirms the composition (Safari order). */
const COMPOSITION_GRACE_MS = 30;
/** How long an agent's approval lets the same text through the network net. */
const CLEARANCE_MS = 15_000;
/** How long the one-shot bypass for our own replayed send lasts. */
const REPLAY_WINDOW_MS = 3_000;
const NET_REPORT_INTERVAL_MS = 5_000;

function countTypes(findings: readonly Finding[]): Partial<Record<FindingType, number>> {
  const types: Partial<Record<FindingType, number>> = {};
  for (const finding of findings) types[finding.type] = (types[finding.type] ?? 0) + 1;
  return types;
}

/** Findings the decision acts on (types the policy allows, or below their minimum score, are left out). */
function actionableFindings(findings: readonly Finding[], decision: Decision): Finding[] {
  return findings.filter((finding) => decision.reasons.some((reason) => reason.type === finding.type && reason.detectors.includes(finding.detector)));
}

async function waitUntilEnabled(control: HTMLElement, timeoutMs = 1_000): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const disabled = (control as HTMLButtonElement).disabled || control.getAttribute('aria-disabled') === 'true';
    if (!disabled && control.isConnected) return true;
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

/**
 * The content-side guard of one AI tool page: intercepts sends and pastes in the capture phase,
 * checks the text locally against the policy, and stops the send only when the policy says so.
 * A clean prompt is never held: the original event goes through untouched.
 */
export class PromptGuard {
  private active: ActivePolicy;
  private readonly ui;
  /** The tab's placeholder mapping (memory only), answers shown with real values, the agent's panel. */
  private readonly pseudonyms: PseudonymSession;
  private compositionEndedAt = -Infinity;
  /** Text our own replayed send may carry past the guard, for a short window. */
  private replay: { text: string; until: number } | null = null;
  /** Values the agent approved ("send anyway"), accepted by the network net for a short time. */
  private cleared: { values: Set<string>; until: number }[] = [];
  private lastCleanReport = -Infinity;
  /** Composer texts the DOM layer just checked and let go: the net need not scan them again. */
  private readonly checkedTexts = new CheckedTexts(CLEARANCE_MS);
  private lastNetReport = -Infinity;
  /** Statistics messages waiting for the page to be idle. */
  private readonly reports = new IdleQueue(window);
  /** Main-world writer for editors that revert isolated-world changes (Lexical); created at document_start. */
  private readonly pageWriter: PageWriterClient | null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly tool: AiTool,
    private readonly adapter: SiteAdapter,
    active: ActivePolicy,
    /** False on the training page: trainees' outcomes and reports are not real usage. */
    private readonly recordStatistics = true,
  ) {
    this.active = active;
    this.ui = createGuardUi(ctx);
    this.pageWriter = adapter.writeFrom === 'main' ? new PageWriterClient(window) : null;
    this.pseudonyms = new PseudonymSession(ctx, adapter, active.policy.pseudonymisation ?? DEFAULT_POLICY.pseudonymisation);
  }

  setPolicy(active: ActivePolicy): void {
    this.active = active;
    this.pseudonyms.setSettings(active.policy.pseudonymisation ?? DEFAULT_POLICY.pseudonymisation);
  }

  start(): void {
    const capture = { capture: true } as const;
    this.ctx.addEventListener(window, 'compositionend', () => (this.compositionEndedAt = performance.now()), capture);
    this.ctx.addEventListener(window, 'keydown', (event) => this.onKeydown(event), capture);
    this.ctx.addEventListener(window, 'click', (event) => this.onClick(event), capture);
    this.ctx.addEventListener(document, 'submit', (event) => this.onSubmit(event), capture);
    this.ctx.addEventListener(window, 'paste', (event) => this.onPaste(event as ClipboardEvent), capture);
    this.ctx.addEventListener(window, 'pagehide', () => this.reports.flush());
    this.ctx.addEventListener(window, 'message', (event) => event.source === window && this.answerNetCheck(event.data, (verdict) => window.postMessage(verdict, location.origin)));
    this.ctx.addEventListener(window, NET_CHECK_EVENT as 'message', (event) => this.answerNetCheck(detailOf(event), (verdict) => dispatchBridgeEvent(window, NET_VERDICT_EVENT, verdict)));
    this.pseudonyms.start();
  }

  // --- Interception -------------------------------------------------------------------------

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return;
    if (event.isComposing || event.keyCode === 229 || performance.now() - this.compositionEndedAt < COMPOSITION_GRACE_MS) return;
    if (isFromGuardUi(event)) return;
    const composer = composerOfTarget(event.composedPath()[0] as Element, this.adapter);
    if (composer) this.guardSend(event, composer.element, { kind: 'enter' });
  }

  private onClick(event: MouseEvent): void {
    if (isFromGuardUi(event)) return;
    const control = (event.composedPath()[0] as Element | null)?.closest?.<HTMLElement>('button, [role="button"], input[type="submit"]');
    if (!control || !isSendControl(control, this.adapter)) return;
    const composer = composerOfSendControl(control, this.adapter);
    if (composer) this.guardSend(event, composer.element, { kind: 'click', control });
  }

  private onSubmit(event: Event): void {
    const form = event.target as HTMLFormElement;
    if (!(form instanceof HTMLFormElement)) return;
    const inner = form.querySelector<HTMLElement>('[contenteditable="true"], textarea');
    const composer = inner ? composerOfTarget(inner, this.adapter) : null;
    if (composer) this.guardSend(event, composer.element, { kind: 'submit', form });
  }

  private onPaste(event: ClipboardEvent): void {
    if (isFromGuardUi(event)) return;
    const composer = composerOfTarget(event.composedPath()[0] as Element, this.adapter);
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!composer || !text.trim()) return;
    const checked = this.check(text, event);
    if (!checked) return;
    const { findings, decision } = checked;
    if (decision.action === 'allow') return;
    if (!decision.enforced) return this.observe(findings, decision, 'paste');
    this.stop(event);
    const element = composer.element;
    const selection = isTextField(element) ? { start: element.selectionStart ?? element.value.length, end: element.selectionEnd ?? element.value.length } : (document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0).cloneRange() : null);
    void this.openDialog({ composer: element, text, findings, decision, kind: 'paste', selection });
  }

  /** The core rule: scan synchronously; stop the event only when the policy stops the prompt. */
  private guardSend(event: Event, composer: HTMLElement, trigger: Trigger): void {
    const text = readEditable(composer).text;
    if (!text.trim()) return;
    // Our own replay of an approved text: one send may fire click then submit, so the approval
    // holds for that exact text until the replay window ends.
    if (this.replay && performance.now() < this.replay.until && this.replay.text === text) return;
    // Values the agent asked to hide by hand are replaced first, even in an otherwise clean prompt.
    const manual = this.pseudonyms.manualFindings(text);
    if (manual.length > 0) {
      this.stop(event);
      void this.hideManualValues(composer, text, manual, trigger);
      return;
    }
    const checked = this.check(text, event);
    if (!checked) return;
    const { findings, decision } = checked;
    if (decision.action === 'allow') {
      this.checkedTexts.remember(text, performance.now());
      // One send may fire click and submit: count it once.
      if (performance.now() - this.lastCleanReport > 500) {
        this.lastCleanReport = performance.now();
        this.report('sent-clean', [], decision, trigger.kind);
      }
      return;
    }
    if (!decision.enforced) return this.observe(findings, decision, trigger.kind);
    this.stop(event);
    void this.openDialog({ composer, text, findings, decision, kind: 'send', trigger });
  }

  /** Runs the check; on any failure the event is stopped and the agent told (fail closed). */
  private check(text: string, event: Event): { findings: Finding[]; decision: Decision } | null {
    try {
      const result = checkPrompt(text, this.tool.id, this.active);
      return { findings: actionableFindings(result.findings, result.decision), decision: result.decision };
    } catch {
      this.stop(event);
      this.report('failed-closed', [], null, event.type === 'paste' ? 'paste' : 'enter');
      void this.notify(i18n.t('guard.failedCheck'), true);
      return null;
    }
  }

  private stop(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  private observe(findings: readonly Finding[], decision: Decision, trigger: 'enter' | 'click' | 'submit' | 'paste'): void {
    this.report('observed', findings, decision, trigger);
    void this.ui.show(
      <WarningDialog
        findings={this.dialogFindings('', findings, decision)}
        decision={{ action: decision.action as 'warn' | 'pseudonymise' | 'block', mode: 'observe', offers: decision.offers }}
        toolName={this.tool.name}
        reasons={[]}
        onModify={() => this.ui.close()}
        onPseudonymise={() => this.ui.close()}
        onSendAnyway={() => this.ui.close()}
        onFalseAlarm={(detectors) => this.recordStatistics && void sendMessage('reportFalseAlarm', { tool: this.tool.id, detectors })}
        onCancel={() => this.ui.close()}
      />,
    );
  }

  // --- The dialog ----------------------------------------------------------------------------

  private dialogFindings(text: string, findings: readonly Finding[], decision: Decision): DialogFinding[] {
    return findings.map((finding) => {
      const reason = decision.reasons.find((candidate) => candidate.type === finding.type && candidate.detectors.includes(finding.detector));
      return {
        type: finding.type,
        excerpt: text ? maskSpan(text, finding.start, finding.end) : '',
        action: reason?.action ?? 'warn',
        ruleLabel: reason?.ruleLabel,
        detectors: [finding.detector],
      };
    });
  }

  private async openDialog(pending: PendingPrompt): Promise<void> {
    const { policy } = this.active;
    const french = browser.i18n.getUILanguage().startsWith('fr');
    const finish = (outcome: Outcome, reason?: string) => {
      this.ui.close();
      this.report(outcome, pending.findings, pending.decision, pending.kind === 'net' ? 'network' : pending.kind === 'paste' ? 'paste' : (pending.trigger?.kind ?? 'enter'), reason);
    };
    const blocked = pending.decision.action === 'block';
    // One decision per dialog: a double click must not send twice.
    let decided = false;
    const once = (action: () => void) => () => {
      if (decided) return;
      decided = true;
      action();
    };
    await this.ui.show(
      <WarningDialog
        findings={this.dialogFindings(pending.text, pending.findings, pending.decision)}
        decision={{ action: pending.decision.action as 'warn' | 'pseudonymise' | 'block', mode: 'enforce', offers: pending.kind === 'net' ? { pseudonymise: false, sendAnyway: false, reasonRequired: false } : pending.decision.offers }}
        toolName={this.tool.name}
        reasons={policy.sendAnyway.reasons.map((reason) => ({ id: reason.id, label: french ? reason.label.fr : (reason.label.en ?? reason.label.fr) }))}
        organisationMessage={policy.organisation.warningMessage ? (french ? policy.organisation.warningMessage.fr : (policy.organisation.warningMessage.en ?? policy.organisation.warningMessage.fr)) : undefined}
        dpoContact={policy.organisation.dpoContact}
        charterUrl={policy.organisation.aiCharterUrl}
        onModify={once(() => {
          finish(blocked ? 'blocked' : 'modified');
          this.markFindings(pending);
        })}
        onCancel={once(() => {
          finish(blocked ? 'blocked' : 'cancelled');
          pending.composer.focus();
        })}
        onFalseAlarm={(detectors) => this.recordStatistics && void sendMessage('reportFalseAlarm', { tool: this.tool.id, detectors })}
        onPseudonymise={once(() => {
          // Close first: the dialog keeps focus while open, and the editor needs it to take the change.
          this.ui.close();
          void this.pseudonymiseAndSend(pending).then((sent) => (sent ? finish('pseudonymised') : undefined));
        })}
        onSendAnyway={(reason) => {
          if (decided || (pending.decision.offers.reasonRequired && !reason)) return;
          decided = true;
          finish('sent-anyway', reason ?? undefined);
          this.clear(pending.text, pending.findings);
          void this.sendAsIs(pending);
        }}
      />,
    );
  }

  /** Modify: back to the composer with the problem spans selected (first) and highlighted (all). */
  private markFindings(pending: PendingPrompt): void {
    const { composer } = pending;
    composer.focus();
    if (pending.kind !== 'send' || pending.findings.length === 0) return;
    const first = pending.findings[0];
    if (isTextField(composer)) {
      composer.setSelectionRange(first.start, first.end);
      return;
    }
    const editable = readEditable(composer);
    const ranges = pending.findings.map((finding) => rangeFor(composer, editable, finding.start, finding.end)).filter((range): range is Range => range !== null);
    const selection = document.getSelection();
    if (ranges[0] && selection) {
      selection.removeAllRanges();
      selection.addRange(ranges[0]);
    }
    const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (highlights && HighlightCtor) {
      highlights.set('vigie-finding', new HighlightCtor(...ranges));
      if (!document.getElementById('vigie-highlight-style')) {
        const style = document.createElement('style');
        style.id = 'vigie-highlight-style';
        style.textContent = '::highlight(vigie-finding) { background-color: #ffe0d6; color: #161616; text-decoration: underline wavy #c9191e; }';
        document.head.append(style);
      }
    }
  }

  /** Pseudonymise: write placeholders through the editor, read them back, then send; fail closed otherwise. */
  private async pseudonymiseAndSend(pending: PendingPrompt): Promise<boolean> {
    const { text: expected, replacements } = this.pseudonyms.pseudonymise(pending.text, pending.findings);
    if (pending.kind === 'paste') {
      this.insertAt(pending, expected);
      return true;
    }
    try {
      if (this.pageWriter) await this.pageWriter.replaceSpans(pending.composer, replacements);
      else replaceSpans(pending.composer, replacements);
    } catch {
      return this.failRewrite(pending);
    }
    if (!(await composerShows(pending.composer, expected))) return this.failRewrite(pending);
    // The composer is what will be sent: check it again before sending.
    const recheck = checkPrompt(readEditable(pending.composer).text, this.tool.id, this.active);
    if (recheck.decision.enforced && recheck.decision.action === 'block') return this.failRewrite(pending);
    await this.replaySend(pending, readEditable(pending.composer).text);
    return true;
  }

  /** "Also hide this name": placeholders for hand-added values, read back, then the usual check and send. */
  private async hideManualValues(composer: HTMLElement, text: string, manual: readonly Finding[], trigger: Trigger): Promise<void> {
    const { text: expected, replacements } = this.pseudonyms.pseudonymise(text, manual);
    const failed = () => {
      this.report('failed-closed', manual, null, trigger.kind);
      void this.notify(i18n.t('guard.failedRewrite'), true);
    };
    try {
      replaceSpans(composer, replacements);
    } catch {
      return failed();
    }
    if (!(await composerShows(composer, expected))) return failed();
    const rewritten = readEditable(composer).text;
    let result: ReturnType<typeof checkPrompt>;
    try {
      result = checkPrompt(rewritten, this.tool.id, this.active);
    } catch {
      return failed();
    }
    const findings = actionableFindings(result.findings, result.decision);
    const { decision } = result;
    if (decision.action !== 'allow' && decision.enforced) {
      void this.openDialog({ composer, text: rewritten, findings, decision, kind: 'send', trigger });
      return;
    }
    if (decision.action !== 'allow') this.observe(findings, decision, trigger.kind);
    this.checkedTexts.remember(rewritten, performance.now());
    this.report('pseudonymised', manual, decision, trigger.kind);
    await this.replaySend({ composer, text: rewritten, findings, decision, kind: 'send', trigger }, rewritten);
  }

  private failRewrite(pending: PendingPrompt): false {
    this.ui.close();
    this.report('failed-closed', pending.findings, pending.decision, pending.trigger?.kind ?? 'enter');
    void this.notify(i18n.t('guard.failedRewrite'), true);
    return false;
  }

  private async sendAsIs(pending: PendingPrompt): Promise<void> {
    if (pending.kind === 'paste') this.insertAt(pending, pending.text);
    else if (pending.kind === 'send') await this.replaySend(pending, pending.text);
  }

  /** Inserts (pasted) text where the paste would have gone, through the editor's input path. */
  private insertAt(pending: PendingPrompt, text: string): void {
    const { composer, selection } = pending;
    composer.focus();
    if (isTextField(composer)) {
      const range = selection && !(selection instanceof Range) ? selection : { start: composer.value.length, end: composer.value.length };
      setTextFieldValue(composer, composer.value.slice(0, range.start) + text + composer.value.slice(range.end));
      return;
    }
    if (selection instanceof Range) {
      const current = document.getSelection();
      current?.removeAllRanges();
      current?.addRange(selection);
    }
    document.execCommand('insertText', false, text);
  }

  /** Sends through the site's own control, so that what is sent is what the composer shows. */
  private async replaySend(pending: PendingPrompt, text: string): Promise<void> {
    this.replay = { text, until: performance.now() + REPLAY_WINDOW_MS };
    const trigger = pending.trigger;
    if (trigger?.kind === 'submit' && trigger.form.isConnected) {
      trigger.form.requestSubmit();
      return;
    }
    const control = trigger?.kind === 'click' && trigger.control.isConnected ? trigger.control : sendControlOf(pending.composer, this.adapter);
    if (control && (await waitUntilEnabled(control))) {
      control.click();
      return;
    }
    pending.composer.focus();
    pending.composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true }));
  }

  // --- Network safety net ---------------------------------------------------------------------

  private clear(text: string, findings: readonly Finding[]): void {
    const now = performance.now();
    this.cleared = this.cleared.filter((entry) => entry.until > now);
    this.cleared.push({ values: new Set(findings.map((finding) => text.slice(finding.start, finding.end))), until: now + CLEARANCE_MS });
  }

  private isCleared(value: string): boolean {
    const now = performance.now();
    return this.cleared.some((entry) => entry.until > now && entry.values.has(value));
  }

  /** A check asked by the main world's net, by message or within an event (bridge.ts); `answer` replies the same way. */
  private answerNetCheck(data: unknown, answer: (verdict: NetVerdict) => void): void {
    if (!isNetCheckRequest(data)) return;
    answer({ [BRIDGE_TAG]: 'verdict', id: data.id, allow: this.netAllows(data) });
  }

  /**
   * A body may leave unless it carries data the policy blocks and the agent did not approve. Drafts
   * (autocompletion, suggestions) leave while the agent is still typing, before any decision: they
   * also stop on data the policy only warns on, silently, until the agent has chosen what to send.
   */
  private netAllows(request: NetCheckRequest): boolean {
    let result: ReturnType<typeof checkPrompt>;
    const text = this.checkedTexts.uncheckedPart(request.text, performance.now());
    try {
      result = checkPrompt(text, this.tool.id, this.active);
    } catch {
      return false;
    }
    const { decision } = result;
    if (!decision.enforced || decision.action === 'allow') return true;
    const stopsOn = (action: Decision['action']) => action === 'block' || (request.purpose === 'draft' && action !== 'allow');
    const held = actionableFindings(result.findings, decision).filter((finding) => decision.reasons.some((reason) => reason.type === finding.type && stopsOn(reason.action)));
    const uncleared = held.filter((finding) => !this.isCleared(text.slice(finding.start, finding.end)));
    if (uncleared.length === 0) return true;
    const blocked = uncleared.filter((finding) => decision.reasons.some((reason) => reason.type === finding.type && reason.action === 'block'));
    // A draft held back for warned data only is not news to the agent: the warning comes at the send.
    if (blocked.length > 0) this.onNetBlocked({ ...request, text }, blocked, decision);
    return false;
  }

  private onNetBlocked(request: NetCheckRequest, findings: readonly Finding[], decision: Decision): void {
    // Pages can post their own check requests: report at most one per interval so they cannot inflate statistics.
    if (performance.now() - this.lastNetReport > NET_REPORT_INTERVAL_MS) {
      this.lastNetReport = performance.now();
      this.report('net-blocked', findings, decision, 'network');
    }
    if (this.ui.isOpen()) return;
    const types = [...new Set(findings.map((finding) => i18n.t(`types.${finding.type}`)))].join(', ');
    if (request.purpose === 'send') {
      const composer = document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
      void this.openDialog({ composer, text: request.text, findings, decision, kind: 'net' });
    } else {
      void this.notify(i18n.t('guard.netBlockedDraft', [this.tool.name, types]), false);
    }
  }

  // --- Reporting ------------------------------------------------------------------------------

  private notify(message: string, urgent: boolean): Promise<void> {
    return this.ui.show(<GuardNotice message={message} closeLabel={i18n.t('guard.close')} urgent={urgent} onClose={() => this.ui.close()} />);
  }

  /** Counts and categories only: never text, never values. */
  private report(outcome: Outcome, findings: readonly Finding[], decision: Decision | null, trigger: 'enter' | 'click' | 'submit' | 'paste' | 'network', reason?: string): void {
    if (!this.recordStatistics) return;
    const record = { tool: this.tool.id, outcome, types: countTypes(findings), action: decision?.action ?? 'block', trigger, ...(reason ? { reason } : {}) } as const;
    // Sent once the page is idle: the message wakes the background, whose work competed with the
    // send itself for the processor (about 5 ms of the delay a clean send took, tests/bench).
    this.reports.push(() => void sendMessage('recordOutcome', record));
  }
}

export function activeFromPolicy(policy: Parameters<typeof activatePolicy>[0]): ActivePolicy {
  return activatePolicy(policy, { alreadyChecked: true });
}
