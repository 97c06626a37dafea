import { defineSiteAdapter } from './define-site-adapter';

/** ChatGPT. Fixture: tests/fixtures/sites/chatgpt-2026-09.html (shared/reference/ai-sites.md §1, September 2026). */
export default defineSiteAdapter({
  id: 'chatgpt',
  // The hidden textarea[name="prompt-textarea"] is a decoy: only the visible ProseMirror editor counts.
  composers: ['div#prompt-textarea[contenteditable="true"]', 'form[data-type="unified-composer"] [contenteditable="true"]', 'form[data-testid="composer"] [contenteditable="true"]'],
  editComposers: ['[data-message-author-role="user"] [contenteditable="true"]', 'article [contenteditable="true"]'],
  sendButtons: ['#composer-submit-button', 'button[data-testid="send-button"]', 'button[data-testid="send-edit-button"]'],
  editor: 'prosemirror',
  answers: ['[data-message-author-role="assistant"]'],
  network: [
    { transport: 'fetch', url: '^https://(?:chatgpt\\.com|chat\\.openai\\.com)/backend-(?:api|anon)/(?:f/)?conversation$', purpose: 'send' },
    { transport: 'fetch', url: '^https://(?:chatgpt\\.com|chat\\.openai\\.com)/backend-(?:api|anon)/(?:f/)?conversation/prepare$', purpose: 'draft' },
    { transport: 'fetch', url: '^https://(?:chatgpt\\.com|chat\\.openai\\.com)/backend-(?:api|anon)/autocompletions?$', purpose: 'draft' },
  ],
  fixture: 'chatgpt-2026-09.html',
});
