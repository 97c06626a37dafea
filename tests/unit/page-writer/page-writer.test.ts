// @vitest-environment happy-dom
/**
 * The main-world page writer and its private channel: the isolated side keeps the first port it is handed,
 * ignores later (page-made) ones and messages from other windows; the main side only runs well-formed
 * commands on the element Vigie marked, and the isolated side cleans the mark up.
 */
import { describe, expect, it } from 'vitest';
import { PageWriterClient } from '@/utils/page-writer/isolated';
import { startPageWriter } from '@/utils/page-writer/main-world';
import { isPageWriterCommand, PAGE_WRITER_MARK, PAGE_WRITER_TAG } from '@/utils/page-writer/protocol';

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

function portMessage(port: MessagePort, source: unknown = window): MessageEvent {
  return new MessageEvent('message', { data: { [PAGE_WRITER_TAG]: 'port' }, source: source as Window, ports: [port] });
}

describe('page writer channel', () => {
  it('rewrites the marked composer from the main world, then removes the mark', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const textarea = document.getElementById('t') as HTMLTextAreaElement;
    textarea.value = 'Écrire à nathalie.dubois@example.fr demain';
    const client = new PageWriterClient(window);
    const channel = new MessageChannel();
    // The main-world side, wired to our channel as startPageWriter would do.
    window.dispatchEvent(portMessage(channel.port2));
    expect(client.connected).toBe(true);
    channel.port1.onmessage = (event) => {
      const command = event.data;
      expect(isPageWriterCommand(command)).toBe(true);
      const target = document.querySelector<HTMLTextAreaElement>(`[${PAGE_WRITER_MARK}="${command.mark}"]`)!;
      target.value = target.value.slice(0, command.replacements[0].start) + command.replacements[0].placeholder + target.value.slice(command.replacements[0].end);
      channel.port1.postMessage({ id: command.id, ok: true });
    };
    const start = textarea.value.indexOf('nathalie');
    await client.replaceSpans(textarea, [{ start, end: start + 'nathalie.dubois@example.fr'.length, placeholder: '[EMAIL_1]' } as never]);
    expect(textarea.value).toBe('Écrire à [EMAIL_1] demain');
    expect(textarea.hasAttribute(PAGE_WRITER_MARK)).toBe(false);
  });

  it('keeps the first port: a port handed over later (by the page) is ignored', async () => {
    const client = new PageWriterClient(window);
    const first = new MessageChannel();
    const forged = new MessageChannel();
    window.dispatchEvent(portMessage(first.port2));
    window.dispatchEvent(portMessage(forged.port2));
    const seen: string[] = [];
    first.port1.onmessage = (event) => {
      seen.push('first');
      first.port1.postMessage({ id: event.data.id, ok: false });
    };
    forged.port1.onmessage = (event) => {
      seen.push('forged');
      forged.port1.postMessage({ id: event.data.id, ok: true });
    };
    document.body.innerHTML = '<div id="c" contenteditable="true">x</div>';
    await expect(client.replaceSpans(document.getElementById('c')!, [])).rejects.toThrow();
    await tick();
    expect(seen).toEqual(['first']);
  });

  it('ignores a port that does not come from this window', () => {
    const client = new PageWriterClient(window);
    window.dispatchEvent(portMessage(new MessageChannel().port2, null));
    expect(client.connected).toBe(false);
  });

  it('fails closed when not connected', async () => {
    const client = new PageWriterClient(window);
    document.body.innerHTML = '<textarea id="t">a</textarea>';
    await expect(client.replaceSpans(document.getElementById('t')!, [])).rejects.toThrow(/not connected/);
  });

  it('rejects malformed commands (the main side runs nothing else)', () => {
    expect(isPageWriterCommand({ id: 1, mark: 'short', replacements: [] })).toBe(false);
    expect(isPageWriterCommand({ id: 1, mark: 'a'.repeat(20), replacements: [{ start: 5, end: 2, placeholder: 'x' }] })).toBe(false);
    expect(isPageWriterCommand({ id: 1, mark: 'a'.repeat(20), replacements: [{ start: 0, end: 2, placeholder: 'x'.repeat(65) }] })).toBe(false);
    expect(isPageWriterCommand({ id: 1, mark: crypto.randomUUID(), replacements: [{ start: 0, end: 2, placeholder: '[NOM_1]' }] })).toBe(true);
  });

  it('the main-world side hands over exactly one port at start', () => {
    const ports: MessagePort[] = [];
    const fake = { location: { origin: 'https://www.perplexity.ai' }, document, postMessage: (_data: unknown, _origin: string, transfer: MessagePort[]) => ports.push(...transfer) } as unknown as Window;
    startPageWriter(fake);
    expect(ports).toHaveLength(1);
  });
  // End to end (window.postMessage with a transferred port) is covered in Chromium by
  // tests/e2e/sites-extra.chromium.e2e.mjs: happy-dom does not deliver transferred ports.
});
