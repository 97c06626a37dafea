import { defineSiteAdapter } from './define-site-adapter';

/** Le Chat (Mistral AI). Fixture: tests/fixtures/sites/le-chat-2026-09.html (ai-sites.md §4). */
export default defineSiteAdapter({
  id: 'le-chat',
  composers: ['div.ProseMirror[contenteditable="true"]', 'form textarea', 'textarea'],
  editComposers: ['[data-message-author-role="user"] [contenteditable="true"]'],
  sendButtons: ['button[aria-label="Send question"]', 'form button[type="submit"]'],
  editor: 'prosemirror',
  answers: ['[data-message-author-role="assistant"]'],
  network: [
    { transport: 'fetch', url: '^https://chat\\.mistral\\.ai/api/trpc/message\\.newChat$', purpose: 'send' },
    { transport: 'fetch', url: '^https://chat\\.mistral\\.ai/api/chat$', purpose: 'send' },
  ],
  fixture: 'le-chat-2026-09.html',
});
