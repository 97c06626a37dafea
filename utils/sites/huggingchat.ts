import { defineSiteAdapter } from './define-site-adapter';

/**
 * HuggingChat (huggingface.co/chat). Fixture: tests/fixtures/sites/huggingchat-2026-09.html
 * (ai-sites.md §9). Svelte textarea in a form; the prompt leaves as multipart, JSON in the `data` part.
 */
export default defineSiteAdapter({
  id: 'huggingchat',
  composers: ['form textarea'],
  editComposers: [],
  sendButtons: ['button[type="submit"][name="submit"]', 'form button[type="submit"]'],
  editor: 'textarea',
  // Not in the reference: the fixture's answer container.
  answers: ['[data-message-role="assistant"]'],
  network: [{ transport: 'fetch', url: '^https://huggingface\\.co/chat/conversation/[^/]+$', purpose: 'send' }],
  fixture: 'huggingchat-2026-09.html',
});
