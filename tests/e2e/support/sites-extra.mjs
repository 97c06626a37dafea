/**
 * The seven AI tools added by issue 5 (Perplexity, DeepSeek, Albert, Grok, HuggingChat, Poe, Meta AI): how to
 * drive each fixture (same fields as SITES in fixture-server.mjs, which merges these) and the stub answers of
 * their API calls. Fixtures: tests/fixtures/sites/src/<site>.ts(x); reference: shared/reference/ai-sites.md.
 *
 * Extra fields: path (where the app lives), socketPattern (WebSocket URL glob when not on the page's origin),
 * onFrame(data, reply) (stub socket server), isSendFrame(data), decode(record) (the text a body or frame carries
 * once decoded as the site encodes it, for "nothing leaked" checks on encoded transports).
 */
import { createHash, randomUUID } from 'node:crypto';

const REPLY = ['This ', 'is ', 'a ', 'stub ', 'reply ', 'from ', 'the ', 'fixture.'];
const sse = (events) => events.map((data) => `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`).join('');

export const POE_FORM_KEY = 'fixture-formkey-0123456789abcdef';
export const POE_TAG_SALT = 'Jb1hi3fg1MxZpzYfy';

/** Whether a Poe body still carries its signature (poe-tag-id = SHA-256 of body + form key + salt). */
export function poeSignatureValid(record) {
  const expected = createHash('sha256').update(record.body + (record.headers?.['poe-formkey'] ?? '') + POE_TAG_SALT).digest('hex');
  return record.headers?.['poe-tag-id'] === expected;
}

/** The JSON `data` part of a multipart body (HuggingChat). */
function multipartData(body) {
  const match = /name="data"\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(body);
  return match ? JSON.parse(match[1]) : null;
}

/** Meta AI frame: 0x0a, varint length, JSON {type, payload: base64(0x0a, varint, UTF-8 prompt)}. */
function readField1(bytes) {
  let index = 1;
  let length = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[index++];
    length |= (byte & 0x7f) << shift;
    if (byte < 0x80) break;
    shift += 7;
  }
  return bytes.subarray(index, index + length);
}

function field1(buffer) {
  const bytes = [];
  let rest = buffer.length;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return Buffer.concat([Buffer.from([0x0a, ...bytes]), buffer]);
}

export function metaFrameJson(raw) {
  try {
    return JSON.parse(Buffer.from(readField1(raw)).toString('utf8'));
  } catch {
    return null;
  }
}

function metaPrompt(raw) {
  const json = metaFrameJson(raw);
  return json?.payload ? Buffer.from(readField1(Buffer.from(json.payload, 'base64'))).toString('utf8') : '';
}

export const EXTRA_SITES = {
  perplexity: {
    origin: 'https://www.perplexity.ai',
    path: '/',
    fixture: 'perplexity-2026-09.html',
    transport: 'fetch',
    composer: 'div[role="textbox"][contenteditable="true"]',
    homeComposer: 'div#ask-input[contenteditable="true"]',
    sendButton: 'button[data-testid="submit-button"]',
    stopButton: 'button[data-testid="stop-button"]',
    userMessage: '[data-testid="user-query"]',
    assistantMessage: '[data-testid="answer"]',
    sendEndpoint: /^https:\/\/www\.perplexity\.ai\/rest\/sse\/perplexity_ask$/,
    // The prompt travels twice: both fields must agree (a rewrite of one only would leak through the other).
    promptOf: (body) => {
      const json = JSON.parse(body);
      if (json.query_str !== json.params.dsl_query) throw new Error(`query_str and dsl_query differ: ${json.query_str} / ${json.params.dsl_query}`);
      return json.query_str;
    },
    draftEndpoint: /^https:\/\/www\.perplexity\.ai\/rest\/autosuggest\//,
    draftField: 'query',
    editor: 'lexical',
  },
  deepseek: {
    origin: 'https://chat.deepseek.com',
    path: '/',
    fixture: 'deepseek-2026-09.html',
    transport: 'fetch',
    composer: 'textarea#chat-input',
    sendButton: 'div[role="button"].ds-icon-button[aria-disabled]',
    userMessage: '[data-role="user"]',
    assistantMessage: '.ds-markdown',
    sendEndpoint: /^https:\/\/chat\.deepseek\.com\/api\/v0\/chat\/completion$/,
    promptOf: (body) => JSON.parse(body).prompt,
    draftEndpoint: null,
    editor: 'textarea',
  },
  albert: {
    origin: 'https://albert.numerique.gouv.fr',
    path: '/',
    fixture: 'albert-2026-09.html',
    transport: 'fetch',
    composer: '#chat-input',
    sendButton: 'button#send-message-button',
    userMessage: '.chat-user',
    assistantMessage: '#response-content-container',
    sendEndpoint: /^https:\/\/albert\.numerique\.gouv\.fr\/api\/chat\/completions$/,
    promptOf: (body) => JSON.parse(body).messages.filter((message) => message.role === 'user').at(-1).content,
    storageEndpoint: /^https:\/\/albert\.numerique\.gouv\.fr\/api\/v1\/chats\//,
    // Only with ?autocomplete=1.
    draftEndpoint: /^https:\/\/albert\.numerique\.gouv\.fr\/api\/v1\/tasks\/auto\/completions$/,
    draftField: 'prompt',
    editor: 'prosemirror',
  },
  grok: {
    origin: 'https://grok.com',
    path: '/',
    fixture: 'grok-2026-09.html',
    transport: 'fetch',
    composer: 'div.tiptap.ProseMirror[contenteditable="true"]',
    sendButton: 'button[data-testid="chat-submit"]',
    stopButton: 'button[aria-label="Stop model response"]',
    userMessage: '[data-testid="user-message"]',
    assistantMessage: '[data-testid="assistant-message"]',
    sendEndpoint: /^https:\/\/grok\.com\/rest\/app-chat\/conversations\/(?:new|[^/]+\/responses)$/,
    promptOf: (body) => JSON.parse(body).message,
    draftEndpoint: null,
    editor: 'prosemirror',
  },
  huggingchat: {
    origin: 'https://huggingface.co',
    path: '/chat/',
    fixture: 'huggingchat-2026-09.html',
    transport: 'fetch',
    composer: 'form textarea',
    sendButton: 'button[type="submit"][name="submit"]',
    stopButton: 'button[aria-label="Stop generating"]',
    userMessage: '[data-message-role="user"]',
    assistantMessage: '[data-message-role="assistant"]',
    sendEndpoint: /^https:\/\/huggingface\.co\/chat\/conversation\/[^/]+$/,
    promptOf: (body) => multipartData(body).inputs,
    decode: (record) => JSON.stringify(multipartData(record.body ?? '') ?? ''),
    draftEndpoint: null,
    editor: 'textarea',
  },
  poe: {
    origin: 'https://poe.com',
    path: '/',
    fixture: 'poe-2026-09.html',
    transport: 'fetch',
    composer: 'div[class*="InputContainer_textArea"] > textarea',
    sendButton: 'button[data-button-send]',
    userMessage: '[class*="Message_humanMessageBubble"]',
    assistantMessage: '[class*="Message_botMessageBubble"]',
    sendEndpoint: /^https:\/\/poe\.com\/api\/gql_POST$/,
    promptOf: (body) => JSON.parse(body).variables.query,
    draftEndpoint: null,
    editor: 'textarea',
  },
  'meta-ai': {
    origin: 'https://www.meta.ai',
    path: '/',
    fixture: 'meta-ai-2026-09.html',
    transport: 'websocket',
    socketPattern: 'wss://gateway.meta.ai/**',
    composer: 'div[contenteditable="true"][role="textbox"]',
    sendButton: 'div[role="button"][aria-label="Send"]',
    userMessage: '[data-testid="user-message"]',
    assistantMessage: '[data-testid="assistant-message"]',
    sendEndpoint: /^wss:\/\/gateway\.meta\.ai\/ws\//,
    isSendFrame: (frame) => metaFrameJson(frame.raw)?.type === 'send_message',
    promptOf: (_data, record) => metaPrompt(record.raw),
    decode: (record) => (record.raw ? metaPrompt(record.raw) : ''),
    onFrame: (raw, reply) => {
      if (metaFrameJson(raw)?.type !== 'send_message') return;
      for (const text of REPLY) reply(field1(Buffer.from(JSON.stringify({ type: 'delta', text }))));
      reply(field1(Buffer.from(JSON.stringify({ type: 'done' }))));
    },
    draftEndpoint: null,
    editor: 'lexical',
  },
};

export const EXTRA_API = {
  perplexity: () => [
    { match: /\/rest\/sse\/perplexity_ask$/, respond: () => ({ contentType: 'text/event-stream; charset=utf-8', body: sse([{ backend_uuid: randomUUID(), status: 'PENDING' }, ...REPLY.map((delta) => ({ delta })), { status: 'COMPLETED', final: true }]) }) },
    { match: /\/rest\//, respond: () => ({ json: { results: [] } }) },
  ],
  deepseek: (ids) => [
    { match: /\/api\/v0\/chat_session\/create$/, respond: () => ({ json: { code: 0, data: { biz_code: 0, biz_data: { id: ids.conversation } } } }) },
    { match: /\/api\/v0\/chat\/create_pow_challenge$/, respond: () => ({ json: { code: 0, data: { biz_data: { challenge: { algorithm: 'DeepSeekHashV1', challenge: 'fixture', salt: 'fixture', difficulty: 1, expire_at: Date.now() + 60_000, signature: 'fixture', target_path: '/api/v0/chat/completion' } } } } }) },
    { match: /\/api\/v0\/chat\/completion$/, respond: () => ({ contentType: 'text/event-stream; charset=utf-8', body: sse([{ v: { response: { message_id: 2, role: 'ASSISTANT' } } }, ...REPLY.map((v) => ({ v })), '[DONE]']) }) },
    { match: /\/api\//, respond: () => ({ json: { code: 0, data: {} } }) },
  ],
  albert: (ids) => [
    { match: /\/api\/v1\/chats\/new$/, respond: () => ({ json: { id: ids.conversation } }) },
    { match: /\/api\/v1\/chats\/[^/]+$/, respond: () => ({ json: { id: ids.conversation } }) },
    { match: /\/api\/v1\/tasks\/auto\/completions$/, respond: () => ({ json: { choices: [{ message: { content: '{"text": ""}' } }] } }) },
    { match: /\/api\/chat\/completions$/, respond: () => ({ contentType: 'text/event-stream; charset=utf-8', body: sse([...REPLY.map((content) => ({ choices: [{ delta: { content } }] })), '[DONE]']) }) },
    { match: /\/api\//, respond: () => ({ json: {} }) },
  ],
  grok: (ids) => [
    {
      match: /\/rest\/app-chat\/conversations\/(?:new|[^/]+\/responses)$/,
      respond: () => ({
        contentType: 'application/json; charset=utf-8',
        body: [{ result: { conversation: { conversationId: ids.conversation } } }, ...REPLY.map((token) => ({ result: { response: { token, isThinking: false } } })), { result: { response: { responseId: randomUUID(), modelResponse: { message: REPLY.join('') } } } }].map((line) => JSON.stringify(line)).join('\n'),
      }),
    },
    { match: /\/rest\//, respond: () => ({ json: {} }) },
  ],
  huggingchat: (ids) => [
    { match: /\/chat\/conversation$/, respond: () => ({ json: { conversationId: ids.conversation } }) },
    { match: /\/chat\/conversation\/[^/]+$/, respond: () => ({ contentType: 'application/jsonl; charset=utf-8', body: [...REPLY.map((token) => ({ type: 'stream', token })), { type: 'finalAnswer', text: REPLY.join('') }].map((line) => JSON.stringify(line)).join('\n') }) },
    { match: /\/chat\//, respond: () => ({ json: {} }) },
  ],
  poe: () => [
    {
      match: /\/api\/gql_POST$/,
      respond: (record) => {
        // The real server rejects a body whose signature no longer matches (ai-sites.md §8 "Signing pitfall").
        if (!poeSignatureValid(record)) return { status: 403, json: { errors: [{ message: 'poe-tag-id mismatch' }] } };
        return { json: { data: { messageCreate: { chat: { chatId: 4242 }, reply: REPLY } } } };
      },
    },
    { match: /\/api\//, respond: () => ({ json: {} }) },
  ],
  'meta-ai': () => [{ match: /\/api\//, respond: () => ({ json: {} }) }],
};
