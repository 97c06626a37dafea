import { defineSiteAdapter } from './define-site-adapter';

/**
 * Perplexity. Fixture: tests/fixtures/sites/perplexity-2026-09.html (ai-sites.md §6). Lexical editor:
 * it reverts DOM changes it did not make, so rewrites run in the page's main world. Two prompt
 * fields: the home composer (#ask-input) and the follow-up composer under an answer.
 */
export default defineSiteAdapter({
  id: 'perplexity',
  composers: ['div#ask-input[contenteditable="true"]', 'div[data-lexical-editor="true"][contenteditable="true"][role="textbox"]', 'div[role="textbox"][contenteditable="true"]'],
  editComposers: [],
  sendButtons: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]'],
  editor: 'lexical',
  writeFrom: 'main',
  // Not in the reference: the fixture's answer container.
  answers: ['[data-testid="answer"]', '.prose'],
  network: [
    // The prompt travels twice in this body (query_str and params.dsl_query): the net scans every string.
    { transport: 'fetch', url: '^https://(?:www\\.)?perplexity\\.ai/rest/sse/perplexity_ask$', purpose: 'send' },
    // Suggestion calls carry {query} while typing.
    { transport: 'fetch', url: '^https://(?:www\\.)?perplexity\\.ai/rest/(?!sse/perplexity_ask$).+$', purpose: 'draft' },
  ],
  fixture: 'perplexity-2026-09.html',
});
