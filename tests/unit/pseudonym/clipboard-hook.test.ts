import { describe, expect, it } from 'vitest';
import { installClipboardHook } from '@/utils/net/clipboard-hook';

class FakeItem {
  constructor(private readonly parts: Record<string, Blob>) {}
  get types() {
    return Object.keys(this.parts);
  }
  async getType(type: string) {
    return this.parts[type];
  }
}

function fakeWindow() {
  const written: unknown[] = [];
  class Clipboard {
    async writeText(text: string) {
      written.push(text);
    }
    async write(items: FakeItem[]) {
      written.push(...items);
    }
  }
  return { win: { Clipboard, ClipboardItem: FakeItem } as unknown as Window & typeof globalThis, written, clipboard: new Clipboard() };
}

describe('main-world clipboard hook', () => {
  it('asks for text with placeholders only, and writes the answer', async () => {
    const { win, written, clipboard } = fakeWindow();
    const asked: string[] = [];
    installClipboardHook(win, async (text) => {
      asked.push(text);
      return text.replace('[USAGER_1]', 'Nathalie Dubois');
    });
    await clipboard.writeText('Bonjour');
    await clipboard.writeText('Pour [USAGER_1].');
    expect(asked).toEqual(['Pour [USAGER_1].']);
    expect(written).toEqual(['Bonjour', 'Pour Nathalie Dubois.']);
  });

  it('rewrites the text/plain and text/html parts of clipboard items, keeps other parts', async () => {
    const { win, written, clipboard } = fakeWindow();
    const formats: string[] = [];
    installClipboardHook(win, async (text, format) => {
      formats.push(format);
      return text.replace('[USAGER_1]', format === 'html' ? 'A &amp; B' : 'A & B');
    });
    const image = new Blob(['png'], { type: 'image/png' });
    await clipboard.write([new FakeItem({ 'text/plain': new Blob(['x [USAGER_1]']), 'text/html': new Blob(['<p>[USAGER_1]</p>']), 'image/png': image })]);
    const item = written[0] as FakeItem;
    expect(await (await item.getType('text/plain')).text()).toBe('x A & B');
    expect(await (await item.getType('text/html')).text()).toBe('<p>A &amp; B</p>');
    expect(await item.getType('image/png')).toBe(image);
    expect(formats).toEqual(['text', 'html']);
  });

  it('copies the text as it is when the isolated script does not answer', async () => {
    const { win, written, clipboard } = fakeWindow();
    installClipboardHook(win, () => Promise.reject(new Error('timeout')));
    await clipboard.writeText('[USAGER_1]');
    expect(written).toEqual(['[USAGER_1]']);
  });
});
