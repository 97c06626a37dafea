import { PLACEHOLDER_PATTERN } from '@/utils/pseudonym/labels';

/** Asks the isolated script for `text` with real values (it answers with `text` unchanged when it may not). */
export type RestoreText = (text: string, format: 'text' | 'html') => Promise<string>;

const hasPlaceholder = (text: string) => {
  PLACEHOLDER_PATTERN.lastIndex = 0;
  return new RegExp(PLACEHOLDER_PATTERN.source).test(text);
};

/**
 * Main world: the site's copy buttons put the answer as the site stored it (with placeholders) on
 * the clipboard through `navigator.clipboard`. Text with placeholders is sent to Vigie's isolated
 * script, which gives back that text with the real values; anything else is written untouched.
 */
export function installClipboardHook(win: Window & typeof globalThis, restore: RestoreText): void {
  const proto = win.Clipboard?.prototype;
  if (!proto) return;
  const originalWriteText = proto.writeText;
  const originalWrite = proto.write;

  proto.writeText = async function writeText(this: Clipboard, data: string): Promise<void> {
    const text = String(data);
    return originalWriteText.call(this, hasPlaceholder(text) ? await restore(text, 'text').catch(() => text) : text);
  };

  if (originalWrite && win.ClipboardItem) {
    proto.write = async function write(this: Clipboard, items: ClipboardItems): Promise<void> {
      const rewritten = await Promise.all(
        [...items].map(async (item) => {
          const isText = (type: string) => type === 'text/plain' || type === 'text/html';
          if (!item.types.some(isText)) return item;
          const parts: Record<string, Blob> = {};
          let changed = false;
          for (const type of item.types) {
            const blob = await item.getType(type);
            if (!isText(type)) {
              parts[type] = blob;
              continue;
            }
            const text = await blob.text();
            const restored = hasPlaceholder(text) ? await restore(text, type === 'text/html' ? 'html' : 'text').catch(() => text) : text;
            changed ||= restored !== text;
            parts[type] = new Blob([restored], { type });
          }
          return changed ? new win.ClipboardItem(parts) : item;
        }),
      );
      return originalWrite.call(this, rewritten);
    };
  }
}
