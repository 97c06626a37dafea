import { defineSiteAdapter } from './define-site-adapter';

/**
 * Albert, the French State's assistant (an Open WebUI fork). Fixture:
 * tests/fixtures/sites/albert-2026-09.html (ai-sites.md §12). tiptap composer (or a textarea when
 * rich text is off). The prompt goes to chat storage (/api/v1/chats/…) before the completion:
 * the net covers both.
 */
export default defineSiteAdapter({
  id: 'albert',
  composers: ['#chat-input[contenteditable="true"]', 'textarea#chat-input', '#chat-input-container [contenteditable="true"]', '#chat-input-container textarea'],
  editComposers: [],
  sendButtons: ['button#send-message-button', 'form button[type="submit"]'],
  editor: 'prosemirror',
  // Not in the reference: the fixture's answer container.
  answers: ['#response-content-container', '.chat-assistant'],
  network: [
    { transport: 'fetch', url: '^https://albert\\.numerique\\.gouv\\.fr/api/chat/completions$', purpose: 'send' },
    { transport: 'fetch', url: '^https://albert\\.numerique\\.gouv\\.fr/api/v1/chats/(?:new|[^/]+)$', purpose: 'storage' },
    // Open WebUI's prompt autocomplete (path from Open WebUI, not in the reference; unverified on Albert).
    { transport: 'fetch', url: '^https://albert\\.numerique\\.gouv\\.fr/api/v1/tasks/auto/completions$', purpose: 'draft' },
  ],
  fixture: 'albert-2026-09.html',
});
