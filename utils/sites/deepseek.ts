import { defineSiteAdapter } from './define-site-adapter';

/**
 * DeepSeek. Fixture: tests/fixtures/sites/deepseek-2026-09.html (ai-sites.md §7). React textarea;
 * the send control is a div[role=button] whose classes are hashed, found by its structure.
 */
export default defineSiteAdapter({
  id: 'deepseek',
  composers: ['textarea#chat-input', 'textarea.ds-scroll-area', 'textarea'],
  editComposers: [],
  // Send is the design-system icon button that carries its state in aria-disabled (confidence Low-Medium).
  sendButtons: ['div[role="button"].ds-icon-button[aria-disabled]', 'div[role="button"][aria-disabled]'],
  editor: 'textarea',
  // Not in the reference: the fixture's answer container.
  answers: ['.ds-markdown'],
  network: [{ transport: 'fetch', url: '^https://chat\\.deepseek\\.com/api/v0/chat/completion$', purpose: 'send' }],
  fixture: 'deepseek-2026-09.html',
});
