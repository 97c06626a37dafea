import { defineSiteAdapter } from './define-site-adapter';

/** Microsoft Copilot. Fixture: tests/fixtures/sites/copilot-2026-09.html (ai-sites.md §5). React textarea; messages go over a WebSocket. */
export default defineSiteAdapter({
  id: 'copilot',
  composers: ['textarea#userInput', 'textarea[data-testid="composer-input"]', 'textarea'],
  editComposers: [],
  sendButtons: ['button[data-testid="submit-button"]', 'button[type="submit"]'],
  editor: 'textarea',
  answers: ['[data-content="ai-message"]'],
  network: [
    { transport: 'websocket', url: '^wss://copilot\\.microsoft\\.com/c/api/chat', purpose: 'send' },
    { transport: 'fetch', url: '^https://copilot\\.microsoft\\.com/c/api/autosuggest', purpose: 'draft' },
  ],
  fixture: 'copilot-2026-09.html',
});
