import { useSyncExternalStore, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PseudonymPanel } from '@/components/pseudonym-panel';
import type { Policy } from '@/policies/policy-schema';
import type { Finding } from '@/utils/detection/types';
import { UI_HOST_TAG } from '@/utils/guard/guard-ui';
import { BRIDGE_TAG, isRestoreRequest, type RestoreAnswer } from '@/utils/net/bridge';
import type { SiteAdapter } from '@/utils/sites/types';
import { AnswerRestorer, type AnswerDisplay } from './answer-restorer';
import { ConversationMapping, type Replacement } from './conversation-mapping';
import { PLACEHOLDER_PATTERN } from './labels';
import { MappingLifetime } from './lifetime';

export type PseudonymSettings = Policy['pseudonymisation'];

/** A site's copy button asks within this time after the agent's click (or Enter/Space). */
const GESTURE_WINDOW_MS = 3_000;
/** Restore answers per gesture: one copy may write text/plain and text/html. */
const RESTORES_PER_GESTURE = 2;

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Pseudonymisation for one tab: the conversation's mapping (memory only), its lifetime, the real
 * values shown again in the answers, copy with real values, and the agent's panel.
 */
export class PseudonymSession {
  readonly mapping = new ConversationMapping();
  private readonly lifetime: MappingLifetime;
  private readonly restorer: AnswerRestorer;
  private settings: PseudonymSettings;
  private lastGesture = -Infinity;
  private restoresLeft = 0;
  private panelMounted = false;
  private version = 0;
  private readonly panelListeners = new Set<() => void>();

  constructor(
    private readonly ctx: ContentScriptContext,
    adapter: SiteAdapter,
    settings: PseudonymSettings,
  ) {
    this.settings = settings;
    this.lifetime = new MappingLifetime(this.mapping, settings.mappingTtlMinutes);
    this.restorer = new AnswerRestorer(document, {
      selectors: adapter.answers,
      lookup: (placeholder) => this.mapping.valueOf(placeholder),
      title: (placeholder) => i18n.t('pseudonyms.restoredTitle', [placeholder]),
      hasValues: () => this.mapping.size > 0,
    });
  }

  start(): void {
    this.restorer.start();
    const capture = { capture: true } as const;
    this.ctx.addEventListener(window, 'copy', (event) => this.onCopy(event as ClipboardEvent), capture);
    // After the site's own copy handlers (bubble phase, on window): they may have put placeholders back.
    this.ctx.addEventListener(window, 'copy', (event) => this.onCopyHandledBySite(event as ClipboardEvent));
    this.ctx.addEventListener(window, 'click', (event) => this.onGesture(event), capture);
    this.ctx.addEventListener(window, 'keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') this.onGesture(event);
    }, capture);
    this.ctx.addEventListener(window, 'message', (event) => this.onRestoreRequest(event as MessageEvent));
    const unsubscribe = this.mapping.onChange(() => {
      this.restorer.refresh();
      this.renderPanel();
    });
    this.ctx.onInvalidated(() => {
      unsubscribe();
      this.restorer.stop();
      this.lifetime.dispose();
      this.mapping.clear();
    });
    if (document.body) this.renderPanel();
    else this.ctx.addEventListener(document, 'DOMContentLoaded', () => this.renderPanel());
  }

  setSettings(settings: PseudonymSettings): void {
    this.settings = settings;
    this.lifetime.setTtl(settings.mappingTtlMinutes);
    this.renderPanel();
  }

  /** Hand-added values found in `text` (to hide at this send even when nothing else was found). */
  manualFindings(text: string): Finding[] {
    return this.mapping.manualFindings(text);
  }

  /** Placeholders for `findings` and for hand-added values in `text`; the mapping's lifetime starts again. */
  pseudonymise(text: string, findings: readonly Finding[]): { text: string; replacements: Replacement[] } {
    const result = this.mapping.pseudonymise(text, [...findings, ...this.mapping.manualFindings(text)], { dateOfBirth: this.settings.dateOfBirth });
    this.lifetime.touch();
    return result;
  }

  // --- copy ---

  /** Ctrl+C (or the context menu) on an answer: the clipboard gets the real values. */
  private onCopy(event: ClipboardEvent): void {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !event.clipboardData || this.mapping.size === 0) return;
    const range = selection.getRangeAt(0);
    if (!this.restorer.inAnswer(range.startContainer) && !this.restorer.inAnswer(range.endContainer)) return;
    const text = selection.toString();
    const restored = this.mapping.restore(text);
    if (restored === text) return;
    const holder = document.createElement('div');
    holder.append(range.cloneContents());
    const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) node.data = this.mapping.restore(node.data);
    event.clipboardData.setData('text/plain', restored);
    event.clipboardData.setData('text/html', holder.innerHTML);
    event.preventDefault();
  }

  /**
   * A site that fills the clipboard in its own copy handler (from its stored markdown, say) writes
   * placeholders: they are replaced there, for values already shown on the page only.
   */
  private onCopyHandledBySite(event: ClipboardEvent): void {
    const data = event.clipboardData;
    if (!event.defaultPrevented || !data || this.mapping.size === 0) return;
    for (const [type, format] of [['text/plain', 'text'], ['text/html', 'html']] as const) {
      const text = data.getData(type);
      if (!text) continue;
      const restored = this.restoreShown(text, format);
      if (restored !== text) data.setData(type, restored);
    }
  }

  /** `text` with the real values of the placeholders shown restored on the page (others left as they are). */
  private restoreShown(text: string, format: 'text' | 'html'): string {
    const shown = this.restorer.shownPlaceholders();
    return text.replace(PLACEHOLDER_PATTERN, (placeholder) => {
      const value = shown.has(placeholder) ? this.mapping.valueOf(placeholder) : undefined;
      if (value === undefined) return placeholder;
      return format === 'html' ? escapeHtml(value) : value;
    });
  }

  private onGesture(event: Event): void {
    if (!event.isTrusted) return;
    this.lastGesture = performance.now();
    this.restoresLeft = RESTORES_PER_GESTURE;
  }

  /**
   * The main-world clipboard hook asks for one copied text with real values. The page can read
   * the answer, so only right after a real click or key press, and only for values already shown
   * restored on the page; otherwise the text goes back unchanged.
   */
  private onRestoreRequest(event: MessageEvent): void {
    if (event.source !== window || !isRestoreRequest(event.data)) return;
    const request = event.data;
    let text = request.text;
    if (performance.now() - this.lastGesture < GESTURE_WINDOW_MS && this.restoresLeft > 0) {
      this.restoresLeft--;
      text = this.restoreShown(text, request.format);
    }
    const answer: RestoreAnswer = { [BRIDGE_TAG]: 'restored', id: request.id, text };
    window.postMessage(answer, location.origin);
  }

  // --- panel ---

  private setDisplay(display: AnswerDisplay): void {
    this.restorer.setDisplay(display);
    this.renderPanel();
  }

  /** Tells the mounted panel to read the session again. */
  private renderPanel(): void {
    this.version++;
    for (const listener of this.panelListeners) listener();
    if (!this.panelMounted && document.body) {
      this.panelMounted = true;
      void mountPanel(this.ctx, () => <PanelHost session={this} />);
    }
  }

  /** For the panel: `useSyncExternalStore` subscription and snapshot. */
  readonly subscribe = (listener: () => void) => {
    this.panelListeners.add(listener);
    return () => this.panelListeners.delete(listener);
  };
  readonly snapshot = () => this.version;

  panelProps() {
    return {
      entries: this.mapping.list(),
      display: this.restorer.getDisplay(),
      ttlMinutes: this.settings.mappingTtlMinutes,
      onDisplayChange: (display: AnswerDisplay) => this.setDisplay(display),
      onAdd: (value: string) => {
        const placeholder = this.mapping.addManual(value);
        if (placeholder) this.lifetime.touch();
        return placeholder;
      },
      onForget: () => this.mapping.clear(),
    };
  }
}

function PanelHost({ session }: { session: PseudonymSession }) {
  useSyncExternalStore(session.subscribe, session.snapshot);
  return <PseudonymPanel {...session.panelProps()} />;
}

/** The panel's own shadow root (apart from the warning dialog's, which comes and goes). */
async function mountPanel(ctx: ContentScriptContext, render: () => ReactElement): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: UI_HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    isolateEvents: ['keydown', 'keyup', 'keypress', 'paste', 'input', 'beforeinput'],
    onMount(container) {
      const root = createRoot(container);
      root.render(render());
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
