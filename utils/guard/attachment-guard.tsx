import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AttachmentDialog, type AttachmentDialogFile } from '@/components/attachment-dialog';
import { GuardNotice } from '@/components/guard-notice';
import type { DialogFinding } from '@/components/warning-dialog';
import { type ActivePolicy, checkPrompt } from '@/policies/active-policy';
import type { AiTool } from '@/policies/ai-tools';
import { attachmentVerdict, type FileCheck } from '@/utils/attachments/attachment-verdict';
import { readAttachmentText } from '@/utils/attachments/read-attachment';
import { TextTooLongError } from '@/utils/detection/engine';
import { maskSpan } from '@/utils/detection/mask';
import type { Finding, FindingType } from '@/utils/detection/types';
import { type Outcome, sendMessage } from '@/utils/messaging';
import { modeFor, toolAccessFor, type Decision } from './decide';
import { createGuardUi, isFromGuardUi } from './guard-ui';

/** How the files reach the site again once allowed: a new drop, or the input's events. */
interface Delivery {
  redeliver(): void;
  discard(): void;
}

/** Findings the decision acts on (the same filter as the prompt guard). */
function actionable(findings: readonly Finding[], decision: Decision): Finding[] {
  return findings.filter((finding) => decision.reasons.some((reason) => reason.type === finding.type && reason.detectors.includes(finding.detector)));
}

function isFileInput(node: EventTarget | null | undefined): node is HTMLInputElement {
  return node instanceof HTMLInputElement && node.type === 'file';
}

/**
 * Files dropped on an AI page or chosen in its file input: held in the capture phase, read and
 * checked locally, and handed back to the site only when the policy lets them go. On any failure
 * the files are not delivered (fail closed). Works on every site: it needs no adapter.
 */
export class AttachmentGuard {
  private active: ActivePolicy;
  private readonly ui;
  /** True while our own re-delivery is being dispatched (dispatch is synchronous). */
  private redelivering = false;
  /** File inputs being checked, with the events held back (input, change) to replay in order. */
  private readonly pendingInputs = new WeakMap<HTMLInputElement, { files: File[]; events: string[] }>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly tool: AiTool,
    active: ActivePolicy,
  ) {
    this.active = active;
    this.ui = createGuardUi(ctx);
  }

  setPolicy(active: ActivePolicy): void {
    this.active = active;
  }

  start(): void {
    const capture = { capture: true } as const;
    this.ctx.addEventListener(window, 'drop', (event) => this.onDrop(event as DragEvent), capture);
    this.ctx.addEventListener(window, 'input', (event) => this.onFileInputEvent(event), capture);
    this.ctx.addEventListener(window, 'change', (event) => this.onFileInputEvent(event), capture);
  }

  private guarded(): boolean {
    return toolAccessFor(this.active.policy, this.tool.id) === 'guarded';
  }

  private onDrop(event: DragEvent): void {
    if (this.redelivering || isFromGuardUi(event) || !this.guarded()) return;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const target = event.composedPath()[0] as Element;
    const { clientX, clientY, screenX, screenY } = event;
    void this.checkFiles(files, {
      redeliver: () => {
        if (!target.isConnected) return;
        const data = new DataTransfer();
        for (const file of files) data.items.add(file);
        const drop = new DragEvent('drop', { dataTransfer: data, clientX, clientY, screenX, screenY, bubbles: true, cancelable: true, composed: true });
        this.dispatch(target, drop);
      },
      discard: () => undefined,
    });
  }

  private onFileInputEvent(event: Event): void {
    // Runs on every keystroke's input event: bail out cheaply unless the target is an <input>.
    if (!(event.target instanceof HTMLInputElement) && !(event.target instanceof Element && event.target.shadowRoot)) return;
    const input = event.composedPath()[0];
    if (this.redelivering || !isFileInput(input) || !this.guarded()) return;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    // The site must not see the files before the check: its listeners on input and change wait.
    event.stopImmediatePropagation();
    const pending = this.pendingInputs.get(input);
    if (pending) {
      pending.events.push(event.type);
      return;
    }
    const held = { files, events: [event.type] };
    this.pendingInputs.set(input, held);
    void this.checkFiles(files, {
      redeliver: () => {
        this.pendingInputs.delete(input);
        if (!input.isConnected) return;
        const data = new DataTransfer();
        for (const file of held.files) data.items.add(file);
        input.files = data.files;
        for (const type of new Set(held.events)) this.dispatch(input, new Event(type, { bubbles: true, composed: type === 'input' }));
      },
      discard: () => {
        this.pendingInputs.delete(input);
        input.value = '';
      },
    });
  }

  private dispatch(target: EventTarget, event: Event): void {
    this.redelivering = true;
    try {
      target.dispatchEvent(event);
    } finally {
      this.redelivering = false;
    }
  }

  /** Reads and checks each file, then delivers, asks the agent, or refuses. */
  private async checkFiles(files: readonly File[], delivery: Delivery): Promise<void> {
    const { policy } = this.active;
    let checks: { check: FileCheck; dialog: AttachmentDialogFile }[];
    try {
      checks = await Promise.all(files.map((file) => this.checkFile(file)));
    } catch {
      delivery.discard();
      this.report('failed-closed', [], 'block');
      void this.notify(i18n.t('attachment.failed'), true);
      return;
    }
    const enforcing = modeFor(policy, this.tool.id) === 'enforce';
    const verdict = attachmentVerdict(checks.map((entry) => entry.check), policy.attachments.uncheckedFiles, enforcing);
    const findings = checks.flatMap((entry) => (entry.check.checked ? actionable(entry.check.findings, entry.check.decision) : []));

    if (verdict.action === 'allow' || !verdict.enforced) {
      delivery.redeliver();
      this.report(verdict.action === 'allow' ? 'sent-clean' : 'observed', findings, verdict.action);
      if (verdict.action !== 'allow') {
        // Observe mode: nothing held, but the agent learns what would have happened.
        const kinds = [...new Set(findings.map((finding) => i18n.t(`types.${finding.type}`)))];
        if (verdict.unchecked.length > 0) kinds.push(verdict.unchecked.join(', '));
        void this.notify(verdict.action === 'block' ? i18n.t('dialog.observeBlock', [kinds.join(', ')]) : i18n.t('dialog.observeWarn', [kinds.join(', ')]), false);
      } else if (verdict.unchecked.length > 0) void this.notify(i18n.t('attachment.uncheckedAllowed', [verdict.unchecked.join(', ')]), false);
      return;
    }
    const french = browser.i18n.getUILanguage().startsWith('fr');
    let decided = false;
    const once = (action: () => void) => {
      if (decided) return;
      decided = true;
      this.ui.close();
      action();
    };
    await this.ui.show(
      <AttachmentDialog
        files={checks.map((entry) => entry.dialog).filter((file) => file.unchecked || file.findings.length > 0)}
        action={verdict.action}
        toolName={this.tool.name}
        sendAnyway={verdict.sendAnyway}
        reasonRequired={policy.sendAnyway.reasonRequired}
        reasons={policy.sendAnyway.reasons.map((reason) => ({ id: reason.id, label: french ? reason.label.fr : (reason.label.en ?? reason.label.fr) }))}
        onSendAnyway={(reason) =>
          once(() => {
            delivery.redeliver();
            this.report('sent-anyway', findings, verdict.action, reason ?? undefined);
          })
        }
        onFalseAlarm={(detectors) => void sendMessage('reportFalseAlarm', { tool: this.tool.id, detectors })}
        onCancel={() =>
          once(() => {
            delivery.discard();
            this.report(verdict.action === 'block' ? 'blocked' : 'cancelled', findings, verdict.action);
          })
        }
      />,
    );
  }

  /** One file: its text is read, scanned and dropped here; only masked excerpts leave this function. */
  private async checkFile(file: File): Promise<{ check: FileCheck; dialog: AttachmentDialogFile }> {
    const { maxBytes } = this.active.policy.attachments;
    const unchecked = (reason: 'too-big' | 'unsupported' | 'corrupt') => ({ check: { name: file.name, checked: false as const, reason }, dialog: { name: file.name, findings: [], unchecked: reason } });
    if (file.size > maxBytes) return unchecked('too-big');
    const read = readAttachmentText(file.name, file.type, new Uint8Array(await file.arrayBuffer()), maxBytes);
    if (!read.ok) return unchecked(read.reason);
    let result: ReturnType<typeof checkPrompt>;
    try {
      result = checkPrompt(read.text, this.tool.id, this.active);
    } catch (error) {
      if (error instanceof TextTooLongError) return unchecked('too-big');
      throw error;
    }
    const findings = actionable(result.findings, result.decision);
    const dialog: DialogFinding[] = findings.map((finding) => {
      const reason = result.decision.reasons.find((candidate) => candidate.type === finding.type && candidate.detectors.includes(finding.detector));
      return { type: finding.type, excerpt: maskSpan(read.text, finding.start, finding.end), action: reason?.action ?? 'warn', ruleLabel: reason?.ruleLabel, detectors: [finding.detector] };
    });
    return { check: { name: file.name, checked: true, findings: result.findings, decision: result.decision }, dialog: { name: file.name, findings: dialog } };
  }

  private notify(message: string, urgent: boolean): Promise<void> {
    return this.ui.show(<GuardNotice message={message} closeLabel={i18n.t('guard.close')} urgent={urgent} onClose={() => this.ui.close()} />);
  }

  /** Counts and categories only. */
  private report(outcome: Outcome, findings: readonly Finding[], action: 'allow' | 'warn' | 'block', reason?: string): void {
    const types: Partial<Record<FindingType, number>> = {};
    for (const finding of findings) types[finding.type] = (types[finding.type] ?? 0) + 1;
    void sendMessage('recordOutcome', { tool: this.tool.id, outcome, types, action, trigger: 'attachment', ...(reason ? { reason } : {}) });
  }
}
