import type { Replacement } from '@/utils/pseudonym/conversation-mapping';
import { isPageWriterAnswer, PAGE_WRITER_MARK, PAGE_WRITER_TAG, type PageWriterCommand } from './protocol';

const ANSWER_TIMEOUT_MS = 2_000;

/**
 * Isolated-world side of the page writer: takes the port the main world hands over at
 * document_start (the first one only), then asks the main world to rewrite the composer.
 * Must be created synchronously at document_start, before the window message is dispatched.
 */
export class PageWriterClient {
  private port: MessagePort | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, (ok: boolean) => void>();

  constructor(win: Window = window) {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== win || (event.data as Record<string, unknown> | null)?.[PAGE_WRITER_TAG] !== 'port' || !event.ports[0]) return;
      win.removeEventListener('message', onMessage, true);
      if (this.port) return;
      this.port = event.ports[0];
      this.port.onmessage = (answer: MessageEvent) => {
        if (!isPageWriterAnswer(answer.data)) return;
        this.waiting.get(answer.data.id)?.(answer.data.ok);
        this.waiting.delete(answer.data.id);
      };
    };
    win.addEventListener('message', onMessage, true);
  }

  get connected(): boolean {
    return this.port !== null;
  }

  /** Rewrites spans of `composer` from the main world; rejects if the channel or the write fails. */
  async replaceSpans(composer: HTMLElement, replacements: readonly Replacement[]): Promise<void> {
    const port = this.port;
    if (!port) throw new Error('page writer not connected');
    const mark = crypto.randomUUID();
    composer.setAttribute(PAGE_WRITER_MARK, mark);
    const id = this.nextId++;
    try {
      const ok = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          this.waiting.delete(id);
          resolve(false);
        }, ANSWER_TIMEOUT_MS);
        this.waiting.set(id, (value) => {
          clearTimeout(timer);
          resolve(value);
        });
        const command: PageWriterCommand = { id, mark, replacements: replacements.map(({ start, end, placeholder }) => ({ start, end, placeholder })) };
        port.postMessage(command);
      });
      if (!ok) throw new Error('page writer failed');
    } finally {
      composer.removeAttribute(PAGE_WRITER_MARK);
    }
  }
}
