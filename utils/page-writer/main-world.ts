import { replaceSpansStepwise } from '@/utils/sites/dom/write-text';
import { isPageWriterCommand, PAGE_WRITER_MARK, PAGE_WRITER_TAG, type PageWriterAnswer } from './protocol';

/**
 * Main-world side of the page writer. Editors such as Lexical keep their own state and revert DOM
 * changes they did not make; `execCommand('insertText')` run from the page's own world is accepted
 * as typing (ai-sites.md §6, §13.4). Must start at document_start, before page scripts, so that
 * the port is handed over before a page could listen.
 */
export function startPageWriter(win: Window = window): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = async (event: MessageEvent) => {
    if (!isPageWriterCommand(event.data)) return;
    const command = event.data;
    let ok = false;
    try {
      const composer = win.document.querySelector<HTMLElement>(`[${PAGE_WRITER_MARK}="${command.mark}"]`);
      if (composer) {
        await replaceSpansStepwise(composer, command.replacements);
        ok = true;
      }
    } catch {
      ok = false;
    }
    // The isolated world reads the composer back itself: `ok` only says the commands ran.
    const answer: PageWriterAnswer = { id: command.id, ok };
    channel.port1.postMessage(answer);
  };
  win.postMessage({ [PAGE_WRITER_TAG]: 'port' }, win.location.origin, [channel.port2]);
}
