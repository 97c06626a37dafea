import { defineSiteAdapter } from './define-site-adapter';

/** Grok. Fixture: tests/fixtures/sites/grok-2026-09.html (ai-sites.md §10). tiptap composer in a form (older pages: a textarea). */
export default defineSiteAdapter({
  id: 'grok',
  composers: ['div.tiptap.ProseMirror[contenteditable="true"]', 'form [contenteditable="true"][role="textbox"]', 'form textarea'],
  editComposers: [],
  sendButtons: ['button[data-testid="chat-submit"]', 'form button[type="submit"]'],
  editor: 'prosemirror',
  // Not in the reference: the fixture's answer container.
  answers: ['[data-testid="assistant-message"]'],
  network: [{ transport: 'fetch', url: '^https://grok\\.com/rest/app-chat/conversations/(?:new|[^/]+/responses)$', purpose: 'send' }],
  fixture: 'grok-2026-09.html',
});
