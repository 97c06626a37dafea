import { defineSiteAdapter } from './define-site-adapter';

/**
 * Claude. Fixture: tests/fixtures/sites/claude-2026-09.html (ai-sites.md §2). The send button is
 * type="button" outside any form; the completion call may come from a service worker, where the
 * page's network hooks cannot see it, so the DOM guard is the one that counts here.
 */
export default defineSiteAdapter({
  id: 'claude',
  composers: ['div[data-testid="chat-input"][contenteditable="true"]', 'div.ProseMirror[contenteditable="true"]', 'fieldset div[contenteditable="true"]'],
  editComposers: ['[data-testid="user-message"] [contenteditable="true"]', 'form [contenteditable="true"]'],
  sendButtons: ['button[aria-label="Send message"]', 'button[data-testid="chat-input-send"]', 'button[aria-label="Send Message"]'],
  editor: 'prosemirror',
  answers: ['.font-claude-response', '[data-is-streaming]'],
  network: [
    { transport: 'fetch', url: '^https://claude\\.ai/api/organizations/[^/]+/chat_conversations/[^/]+/(?:completion|retry_completion)$', purpose: 'send' },
  ],
  fixture: 'claude-2026-09.html',
});
