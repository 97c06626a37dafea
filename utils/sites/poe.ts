import { defineSiteAdapter } from './define-site-adapter';

/**
 * Poe. Fixture: tests/fixtures/sites/poe-2026-09.html (ai-sites.md §8). The GraphQL body is signed
 * (header poe-tag-id): the net may stop it but never rewrite it; pseudonymisation happens in the
 * composer, before the site signs.
 */
export default defineSiteAdapter({
  id: 'poe',
  composers: ['div[class*="InputContainer_textArea"] > textarea', 'footer textarea', 'textarea'],
  editComposers: [],
  sendButtons: ['button[data-button-send]'],
  editor: 'textarea',
  // Not in the reference: the fixture's answer container.
  answers: ['[class*="Message_botMessageBubble"]'],
  network: [
    { transport: 'fetch', url: '^https://poe\\.com/api/gql_POST$', purpose: 'send', rewritable: false },
    { transport: 'fetch', url: '^https://poe\\.com/api/gql_upload_POST$', purpose: 'send', rewritable: false },
  ],
  fixture: 'poe-2026-09.html',
});
