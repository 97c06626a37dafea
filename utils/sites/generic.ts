import { defineSiteAdapter } from './define-site-adapter';

/**
 * Any text field on a catalogue tool whose composer Vigie does not know (a new tool, or a known
 * one after a redesign). Used when the site's own adapter finds nothing.
 */
export default defineSiteAdapter({
  id: 'generic',
  composers: ['textarea', '[contenteditable="true"]', '[contenteditable=""]', '[role="textbox"]', 'input[type="text"]'],
  editComposers: [],
  sendButtons: ['button[type="submit"]', 'button[data-testid*="send" i]', 'button[data-testid*="submit" i]', 'button[aria-label*="send" i]', 'button[aria-label*="envoy" i]', '[role="button"][aria-label*="send" i]'],
  editor: 'contenteditable',
  answers: ['[data-message-author-role="assistant"]', '.bubble.bot', '[class*="assistant" i]', '[class*="response" i]'],
  network: [],
  fixture: 'generic-unknown-2026-09.html',
});
