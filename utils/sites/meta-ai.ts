import { defineSiteAdapter } from './define-site-adapter';

/**
 * Meta AI. Fixture: tests/fixtures/sites/meta-ai-2026-09.html (ai-sites.md §11). The prompt leaves
 * over a binary (protobuf) WebSocket the net cannot read: the DOM guard is the only layer. The send
 * control is a div[role=button]. The editor is probably Lexical (not confirmed), so rewrites run in
 * the page's main world.
 */
export default defineSiteAdapter({
  id: 'meta-ai',
  composers: ['div[contenteditable="true"][role="textbox"]', 'div[contenteditable="true"]'],
  editComposers: [],
  sendButtons: ['div[role="button"][aria-label="Send"]', '[role="button"][aria-label="Envoyer"]'],
  editor: 'contenteditable',
  writeFrom: 'main',
  // Not in the reference: the fixture's answer container.
  answers: ['[data-testid="assistant-message"]'],
  network: [
    { transport: 'websocket', url: '^wss://gateway\\.meta\\.ai/ws/', purpose: 'send', readable: false },
    // Older builds: form-encoded GraphQL (variables.message.sensitive_string_value), readable.
    { transport: 'fetch', url: '^https://www\\.meta\\.ai/api/graphql/?$', purpose: 'send' },
  ],
  fixture: 'meta-ai-2026-09.html',
});
