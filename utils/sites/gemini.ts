import { defineSiteAdapter } from './define-site-adapter';

/** Gemini. Fixture: tests/fixtures/sites/gemini-2026-09.html (ai-sites.md §3). Quill editor; the prompt leaves by XHR in the double-encoded `f.req` field. */
export default defineSiteAdapter({
  id: 'gemini',
  composers: ['rich-textarea div.ql-editor[contenteditable="true"]', 'div.ql-editor[contenteditable="true"]'],
  editComposers: ['user-query [contenteditable="true"]', 'user-query textarea'],
  sendButtons: ['button.send-button', 'button[aria-label="Send message"]'],
  editor: 'quill',
  answers: ['model-response message-content', 'model-response'],
  network: [{ transport: 'xhr', url: '^https://gemini\\.google\\.com/_/BardChatUi/data/assistant\\.lamda\\.BardFrontendService/StreamGenerate$', purpose: 'send' }],
  fixture: 'gemini-2026-09.html',
});
