/**
 * Offline AI-site fixtures on their real host names (shared/reference/ai-sites.md §14).
 *
 * - bundleFixture(site): bundles tests/fixtures/sites/src/<site>.ts(x) in memory with esbuild (cached per process).
 * - serveSite(target, site, { onRequest }): routes the site's origin on a BrowserContext or a Page: HTML shell for
 *   navigations, /__fixture__/app.js for the bundle, stub answers for the site's API calls. Every API call is
 *   recorded as { url, method, body } (body = raw request text, nothing decoded) in `requests`; Copilot's
 *   WebSocket frames sent by the page are recorded as { url, data } in `frames`.
 *   Route a Page (not the context) when two fixtures share an origin in one browser (chatgpt / generic-unknown).
 * - SITES: what the tests need to drive each fixture.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import * as esbuild from 'esbuild';
import { ROOT } from './paths.mjs';
import { EXTRA_API, EXTRA_SITES } from './sites-extra.mjs';

export const FIXTURE_SITES_DIR = path.join(ROOT, 'tests/fixtures/sites');
const SRC_DIR = path.join(FIXTURE_SITES_DIR, 'src');

/**
 * Site id → how to drive its fixture.
 * composer / sendButton / stopButton / userMessage / assistantMessage: CSS selectors in the fixture page.
 * sendEndpoint: request URL (or WebSocket URL for transport "websocket") that carries the prompt.
 * promptOf(body): the prompt text inside a send's body (or WebSocket frame), decoded as the site encodes it.
 * draftEndpoint: request URL that carries the draft while the user types (null: the site sends no draft).
 * edit: the edit-message UI (null: not reproduced). largePaste: paste length that turns into an attachment.
 */
export const SITES = {
  chatgpt: {
    origin: 'https://chatgpt.com',
    fixture: 'chatgpt-2026-09.html',
    transport: 'fetch',
    composer: 'div#prompt-textarea.ProseMirror[contenteditable="true"]',
    sendButton: '#composer-submit-button[data-testid="send-button"]',
    stopButton: 'button[data-testid="stop-button"]',
    userMessage: '[data-message-author-role="user"]',
    assistantMessage: '[data-message-author-role="assistant"]',
    sendEndpoint: /^https:\/\/chatgpt\.com\/backend-api\/f\/conversation$/,
    promptOf: (body) => JSON.parse(body).messages[0].content.parts[0],
    prepareEndpoint: /^https:\/\/chatgpt\.com\/backend-api\/f\/conversation\/prepare$/,
    draftEndpoint: /^https:\/\/chatgpt\.com\/backend-api\/f\/conversation\/prepare$/,
    draftField: 'partial_query',
    edit: { button: 'button[aria-label="Edit message"]', editor: '[data-testid="edit-message-editor"][contenteditable="true"]', send: 'button[data-testid="send-edit-button"]' },
    largePaste: { threshold: 10_000, card: '[data-testid="composer-attachment"]', bodyPath: 'messages[0].metadata.attachments[0].text' },
    fileInput: 'input#upload-files[type="file"]',
  },
  claude: {
    origin: 'https://claude.ai',
    fixture: 'claude-2026-09.html',
    transport: 'fetch',
    composer: 'div[data-testid="chat-input"][contenteditable="true"]',
    sendButton: 'button[aria-label="Send message"]',
    stopButton: 'button[aria-label="Stop response"]',
    userMessage: '[data-testid="user-message"]',
    assistantMessage: '.font-claude-response',
    sendEndpoint: /^https:\/\/claude\.ai\/api\/organizations\/[^/]+\/chat_conversations\/[^/]+\/completion$/,
    promptOf: (body) => JSON.parse(body).prompt,
    draftEndpoint: null,
    edit: { button: 'button[aria-label="Edit"]', editor: '[data-testid="edit-message-editor"][contenteditable="true"]', send: 'button[data-testid="send-edit-button"]' },
    largePaste: { threshold: 4_000, card: '[data-testid="pasted-attachment"]', bodyPath: 'attachments[0].extracted_content' },
    fileInput: 'input#chat-input-file-upload-onpage[type="file"]',
  },
  gemini: {
    origin: 'https://gemini.google.com',
    fixture: 'gemini-2026-09.html',
    transport: 'xhr',
    composer: 'rich-textarea div.ql-editor[contenteditable="true"]',
    sendButton: 'button.send-button',
    stopButton: 'button[aria-label="Stop response"]',
    userMessage: 'user-query',
    assistantMessage: 'model-response',
    sendEndpoint: /^https:\/\/gemini\.google\.com\/_\/BardChatUi\/data\/assistant\.lamda\.BardFrontendService\/StreamGenerate\?/,
    // f.req = JSON [null, "<inner JSON string>"]; the prompt is inner[0][0] (double-encoded, ai-sites.md §3).
    promptOf: (body) => JSON.parse(JSON.parse(new URLSearchParams(body).get('f.req'))[1])[0][0],
    draftEndpoint: null,
    edit: null,
    largePaste: null,
    fileInput: 'input[type="file"][name="Filedata"]',
  },
  'le-chat': {
    origin: 'https://chat.mistral.ai',
    fixture: 'le-chat-2026-09.html',
    transport: 'fetch',
    composer: 'form div.ProseMirror[contenteditable="true"]',
    sendButton: 'button[aria-label="Send question"]',
    stopButton: 'button[aria-label="Stop generation"]',
    userMessage: '[data-message-author-role="user"]',
    assistantMessage: '[data-message-author-role="assistant"]',
    // First message of a chat: tRPC batch with the text; follow-ups: /api/chat {mode:"append", content}.
    sendEndpoint: /^https:\/\/chat\.mistral\.ai\/api\/(?:trpc\/message\.newChat\?batch=1|chat)$/,
    // The /api/chat call that starts the stream of a new chat carries no text: it is not a send.
    notASend: /"mode":"start"/,
    promptOf: (body) => {
      const json = JSON.parse(body);
      return json['0'] ? json['0'].json.content.find((part) => part.type === 'text').text : json.content;
    },
    draftEndpoint: null,
    edit: null,
    largePaste: null,
    fileInput: 'input[name="file-upload"][type="file"]',
  },
  copilot: {
    origin: 'https://copilot.microsoft.com',
    fixture: 'copilot-2026-09.html',
    transport: 'websocket',
    composer: 'textarea#userInput',
    sendButton: 'button[data-testid="submit-button"]',
    stopButton: 'button[aria-label="Stop responding"]',
    userMessage: '[data-content="user-message"]',
    assistantMessage: '[data-content="ai-message"]',
    sendEndpoint: /^wss:\/\/copilot\.microsoft\.com\/c\/api\/chat\?api-version=2/,
    promptOf: (frame) => JSON.parse(frame).content.find((part) => part.type === 'text').text,
    draftEndpoint: /^https:\/\/copilot\.microsoft\.com\/c\/api\/autosuggest$/,
    draftField: 'text',
    edit: null,
    largePaste: null,
    fileInput: 'input[type="file"][data-testid="file-upload-input"]',
  },
  'generic-unknown': {
    origin: 'https://chatgpt.com',
    fixture: 'generic-unknown-2026-09.html',
    transport: 'fetch',
    composer: '.composer-x',
    sendButton: 'button.go',
    stopButton: 'button.halt',
    userMessage: '.bubble.me',
    assistantMessage: '.bubble.bot',
    sendEndpoint: /^https:\/\/chatgpt\.com\/backend-api\/f\/conversation$/,
    promptOf: (body) => JSON.parse(body).messages[0].content.parts[0],
    draftEndpoint: null,
    edit: null,
    largePaste: null,
    fileInput: null,
  },
};

/** Every fixture site, the five of issue 4 and the seven of issue 5 (support/sites-extra.mjs). */
export const ALL_SITES = { ...SITES, ...EXTRA_SITES };

// ---------- bundling ----------

const bundles = new Map();

export function bundleFixture(site) {
  if (!bundles.has(site)) {
    const entry = ['.ts', '.tsx'].map((ext) => path.join(SRC_DIR, `${site}${ext}`)).find((file) => fs.existsSync(file));
    if (!entry) throw new Error(`no fixture source for ${site} in ${SRC_DIR}`);
    const promise = esbuild
      .build({
        entryPoints: [entry],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        sourcemap: false,
        write: false,
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
        legalComments: 'none',
        logLevel: 'silent',
      })
      .then((result) => result.outputFiles[0].text);
    promise.catch(() => bundles.delete(site));
    bundles.set(site, promise);
  }
  return bundles.get(site);
}

// ---------- stub answers ----------

const sse = (events) => events.map(([event, data]) => `${event ? `event: ${event}\n` : ''}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`).join('');
const REPLY = ['This ', 'is ', 'a ', 'stub ', 'reply ', 'from ', 'the ', 'fixture.'];

/**
 * Placeholders a pseudonymised prompt carries (`[USAGER_1]`, `[COURRIEL_1]`), as found in the raw request body.
 * When there are some, the reply repeats them like an assistant would, each one cut in two chunks so that
 * streaming splits it (the pseudonym e2e checks they are shown with the real values); otherwise REPLY.
 */
export const PLACEHOLDER_IN_BODY = /\[[A-ZÀ-ÖØ-Þ]+(?:_[A-ZÀ-ÖØ-Þ]+)*_\d{1,4}\]/g;
export function replyFor(record) {
  let body = String(record?.body ?? '');
  try {
    body = decodeURIComponent(body.replace(/\+/g, ' ')); // Gemini's form-encoded f.req
  } catch {
    // Not URL-encoded.
  }
  const placeholders = [...new Set(body.match(PLACEHOLDER_IN_BODY) ?? [])];
  if (placeholders.length === 0) return REPLY;
  return ['Voici ', 'la ', 'réponse ', 'pour ', ...placeholders.flatMap((placeholder, index) => [placeholder.slice(0, 4), `${placeholder.slice(4)}${index < placeholders.length - 1 ? ', ' : ' '}`]), 'comme ', 'demandé.'];
}

const chatgptApi = (ids) => [
  { match: /\/backend-api\/f\/conversation\/prepare$/, respond: () => ({ json: { status: 'ok', conduit_token: 'fixture-conduit-token' } }) },
  {
    match: /\/backend-api\/f\/conversation$/,
    respond: (record) => {
      const REPLY = replyFor(record);
      const messageId = randomUUID();
      return {
        contentType: 'text/event-stream; charset=utf-8',
        body: sse([
          ['delta_encoding', '"v1"'],
          ['delta', { p: '', o: 'add', v: { message: { id: messageId, author: { role: 'assistant' }, content: { content_type: 'text', parts: [''] }, status: 'in_progress' }, conversation_id: ids.conversation }, c: 0 }],
          ['delta', { p: '/message/content/parts/0', o: 'append', v: REPLY[0] }],
          ...REPLY.slice(1).map((v) => ['delta', { v }]),
          ['delta', { p: '', o: 'patch', v: [{ p: '/message/status', o: 'replace', v: 'finished_successfully' }] }],
          [null, { type: 'message_stream_complete', conversation_id: ids.conversation }],
          [null, '[DONE]'],
        ]),
      };
    },
  },
  { match: /\/backend-api\//, respond: () => ({ json: {} }) },
];

const API = {
  chatgpt: chatgptApi,
  'generic-unknown': chatgptApi,
  claude: () => [
    { match: /\/chat_conversations\/[^/]+\/(?:completion|retry_completion)$/, respond: (record, REPLY = replyFor(record)) => ({
      contentType: 'text/event-stream; charset=utf-8',
      body: sse([
        ['message_start', { type: 'message_start', message: { id: `msg_${randomUUID()}`, type: 'message', role: 'assistant', model: 'claude-fixture', content: [] } }],
        ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
        ...REPLY.map((text) => ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }]),
        ['content_block_stop', { type: 'content_block_stop', index: 0 }],
        ['message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null } }],
        ['message_stop', { type: 'message_stop' }],
      ]),
    }) },
    { match: /\/api\/organizations\/[^/]+\/chat_conversations$/, respond: () => ({ status: 201, json: { uuid: 'conv-fixture', name: '', summary: '', created_at: new Date().toISOString() } }) },
    { match: /\/api\//, respond: () => ({ json: {} }) },
  ],
  gemini: (ids) => [
    { match: /\.BardFrontendService\/StreamGenerate$/, respond: (record) => {
      const REPLY = replyFor(record);
      const frames = [];
      let text = '';
      for (const chunk of REPLY) {
        text += chunk;
        const inner = JSON.stringify([null, [ids.conversation, `r_${ids.response}`], null, null, [[`rc_${ids.response}`, [text]]]]);
        const line = JSON.stringify([['wrb.fr', null, inner]]);
        frames.push(`${line.length}\n${line}\n`);
      }
      return { contentType: 'application/json; charset=utf-8', body: `)]}'\n\n${frames.join('')}` };
    } },
    { match: /\/_\/BardChatUi\/data\/batchexecute/, respond: () => ({ contentType: 'application/json; charset=utf-8', body: ")]}'\n\n[]" }) },
    { match: /\/_\//, respond: () => ({ json: {} }) },
  ],
  'le-chat': (ids) => [
    { match: /\/api\/trpc\/message\.newChat/, respond: () => ({ json: [{ result: { data: { json: { chatId: ids.conversation, messageId: randomUUID() } } } }] }) },
    // A new chat's stream call carries no text: its reply answers the prompt of the last send.
    { match: /\/api\/chat$/, respond: (record, REPLY = replyFor({ body: ids.lastSendBody ?? record.body })) => ({
      contentType: 'text/plain; charset=utf-8',
      body: REPLY.map((text, index) => `${index + 1}:${JSON.stringify({ json: { patches: [{ op: 'append', path: '/contentChunks/0/text', value: text }] } })}\n`).join(''),
    }) },
    { match: /\/api\//, respond: () => ({ json: {} }) },
  ],
  copilot: (ids) => [
    { match: /\/c\/api\/conversations$/, respond: () => ({ json: { id: ids.conversation } }) },
    { match: /\/c\/api\/autosuggest$/, respond: () => ({ json: { suggestions: [] } }) },
    { match: /\/c\/api\//, respond: () => ({ json: {} }) },
  ],
};

function toFulfill(answer) {
  if (answer.json !== undefined) return { status: answer.status ?? 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(answer.json), headers: answer.headers };
  return { status: answer.status ?? 200, contentType: answer.contentType ?? 'text/plain; charset=utf-8', body: answer.body ?? '', headers: answer.headers };
}

// ---------- serving ----------

/**
 * The fixture of `site` as a plain responder, independent of how requests reach it: Playwright
 * routing (serveSite) and the Firefox HTTPS server (firefox-fixture-server.mjs) both use it.
 * respond({ url, method, body, navigation }) → { status, contentType, body, headers }; every API call is
 * recorded in `requests` ({ url, method, body }), WebSocket frames (Copilot) in `frames`.
 */
export async function createSiteResponder(site, { onRequest } = {}) {
  const entry = SITES[site] ?? EXTRA_SITES[site];
  if (!entry) throw new Error(`unknown fixture site ${site}`);
  const html = fs.readFileSync(path.join(FIXTURE_SITES_DIR, entry.fixture), 'utf8');
  const script = await bundleFixture(site);
  const ids = { conversation: randomUUID(), response: randomUUID().slice(0, 16) };
  const api = (API[site] ?? EXTRA_API[site])(ids);
  const requests = [];
  const frames = [];
  const respond = ({ url: rawUrl, method, body, headers = {}, navigation }) => {
    const url = new URL(rawUrl);
    if (navigation) return { status: 200, contentType: 'text/html; charset=utf-8', body: html };
    if (url.pathname === '/__fixture__/app.js') return { status: 200, contentType: 'text/javascript; charset=utf-8', body: script };
    if (url.pathname === '/favicon.ico') return { status: 204, body: '' };
    const record = { url: rawUrl, method, body: body ?? '', headers };
    requests.push(record);
    if (entry.sendEndpoint.test(record.url) && !entry.notASend?.test(record.body)) ids.lastSendBody = record.body;
    const custom = onRequest?.(record);
    if (custom && typeof custom === 'object') return toFulfill(custom);
    const match = api.find((candidate) => candidate.match.test(url.pathname));
    if (!match) return { status: 404, contentType: 'application/json', body: '{"detail":"Not found (fixture)"}' };
    return toFulfill(match.respond(record));
  };
  /** Answers one frame sent by the page on Copilot's chat socket; `send` delivers a frame back. */
  const onSocketFrame = (wsUrl, data, send, raw = Buffer.from(data)) => {
    frames.push({ url: wsUrl, data, raw });
    // Sites with their own socket protocol (Meta AI's binary frames) answer through their entry.
    if (entry.onFrame) return entry.onFrame(raw, send);
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    if (frame?.event === 'send') {
      const messageId = randomUUID();
      send(JSON.stringify({ event: 'received', messageId: randomUUID() }));
      send(JSON.stringify({ event: 'startMessage', messageId }));
      replyFor({ body: data }).forEach((text) => send(JSON.stringify({ event: 'appendText', messageId, partId: '0', text })));
      send(JSON.stringify({ event: 'partCompleted', messageId, partId: '0' }));
      send(JSON.stringify({ event: 'done', messageId }));
    } else if (frame?.event === 'ping') {
      send(JSON.stringify({ event: 'pong' }));
    }
  };
  return { site: entry, origin: entry.origin, requests, frames, conversationId: ids.conversation, respond, onSocketFrame };
}

/**
 * Routes `site` on `target` (a BrowserContext or a Page).
 * onRequest(record) is called for each recorded API request; returning { status, json | body, contentType, headers }
 * replaces the stub answer (e.g. to simulate an error).
 * Returns { requests, frames, origin, site: entry, conversationId, dispose }.
 */
export async function serveSite(target, site, { onRequest } = {}) {
  const responder = await createSiteResponder(site, { onRequest });
  const entry = responder.site;
  const pattern = `${entry.origin}/**`;
  const handler = async (route) => {
    const request = route.request();
    const navigation = request.isNavigationRequest() || request.resourceType() === 'document';
    return route.fulfill(responder.respond({ url: request.url(), method: request.method(), body: request.postData() ?? '', headers: request.headers(), navigation }));
  };
  await target.route(pattern, handler);

  if (entry.transport === 'websocket') {
    const wsPattern = entry.socketPattern ?? `${entry.origin.replace(/^https/, 'wss')}/**`;
    await target.routeWebSocket(wsPattern, (ws) => {
      // Never connected to a server: the fixture answers like Copilot's chat socket (ai-sites.md §5).
      ws.onMessage((message) => {
        const data = typeof message === 'string' ? message : Buffer.from(message).toString('utf8');
        responder.onSocketFrame(ws.url(), data, (frame) => ws.send(frame), Buffer.from(message));
      });
    });
  }

  return {
    requests: responder.requests,
    frames: responder.frames,
    origin: entry.origin,
    site: entry,
    conversationId: responder.conversationId,
    dispose: async () => {
      await target.unroute(pattern, handler);
    },
  };
}

/** Requests (or frames) that carry the prompt, as recorded by serveSite. */
export function sends(served) {
  if (served.site.transport === 'websocket') return served.frames.filter((frame) => served.site.sendEndpoint.test(frame.url) && (served.site.isSendFrame ? served.site.isSendFrame(frame) : /"event"\s*:\s*"send"/.test(frame.data)));
  return served.requests.filter((request) => served.site.sendEndpoint.test(request.url) && !served.site.notASend?.test(request.body));
}

/** The prompt text carried by a recorded send (request body or WebSocket frame), decoded per site. */
export function promptOf(served, record) {
  return served.site.promptOf(record.body ?? record.data, record);
}

/** Draft calls (ChatGPT prepare with partial_query, Copilot autosuggest). */
export function drafts(served) {
  const { draftEndpoint, draftField } = served.site;
  if (!draftEndpoint) return [];
  return served.requests.filter((request) => draftEndpoint.test(request.url) && request.body.includes(`"${draftField}"`));
}

/**
 * Types `text` through a real IME composition (CDP), including the Enter that confirms it (keydown keyCode 229,
 * isComposing true), as Chromium does for Japanese/Chinese input. Leaves the caret after the committed text.
 */
export async function composeWithIme(page, text) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text });
  } finally {
    await cdp.detach();
  }
}
