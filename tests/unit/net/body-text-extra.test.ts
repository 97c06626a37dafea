/**
 * Net body extraction for the body formats of the seven tools added by issue 5 (ai-sites.md §6–12): the prompt
 * (and every copy of it) comes out of each body as plain text for the detectors.
 */
import { describe, expect, it } from 'vitest';
import { textOfBody, textOfString } from '@/utils/net/body-text';

const NIR = 'NIR 2 95 10 99 126 111 93';

describe('body formats of the added tools', () => {
  it('Perplexity: both query_str and params.dsl_query', () => {
    const body = JSON.stringify({ params: { dsl_query: `${NIR} (dsl)`, query_source: 'followup', last_backend_uuid: 'b' }, query_str: `${NIR} (str)` });
    const text = textOfString(body);
    expect(text).toContain(`${NIR} (dsl)`);
    expect(text).toContain(`${NIR} (str)`);
  });

  it('DeepSeek: prompt', () => {
    expect(textOfString(JSON.stringify({ chat_session_id: 's', parent_message_id: null, prompt: NIR, ref_file_ids: [], thinking_enabled: false }))).toContain(NIR);
  });

  it('Albert: the completion messages[].content and the whole history in chat storage', () => {
    expect(textOfString(JSON.stringify({ model: 'albert-large', messages: [{ role: 'user', content: NIR }], stream: true }))).toContain(NIR);
    expect(textOfString(JSON.stringify({ chat: { title: 'New Chat', messages: [{ id: '1', role: 'user', content: 'bonjour' }, { id: '2', role: 'user', content: NIR }], history: { currentId: '2' } } }))).toContain(NIR);
  });

  it('Grok: message', () => {
    expect(textOfString(JSON.stringify({ message: NIR, modeId: 'auto', fileAttachments: [], imageAttachments: [], deviceEnvInfo: { screenWidth: 1280 } }))).toContain(NIR);
  });

  it('HuggingChat: the JSON `data` part of a multipart FormData body', async () => {
    const form = new FormData();
    form.append('data', JSON.stringify({ inputs: NIR, id: 'x', is_retry: false, is_continue: false }));
    expect(await textOfBody(form)).toContain(NIR);
  });

  it('Poe: variables.query of the GraphQL mutation', () => {
    expect(textOfString(JSON.stringify({ queryName: 'SendMessageMutation', variables: { chatId: null, bot: 'Assistant', query: NIR, source: { sourceType: 'chat_input' } }, extensions: { hash: 'h' } }))).toContain(NIR);
  });

  it('Poe uploads: the JSON inside the queryInfo multipart field', async () => {
    const form = new FormData();
    form.append('queryInfo', JSON.stringify({ queryName: 'SendMessageMutation', variables: { query: NIR } }));
    form.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), 'a.png');
    expect(await textOfBody(form)).toContain(NIR);
  });

  it('Meta AI (older builds): form-encoded GraphQL with variables JSON', () => {
    const body = new URLSearchParams({ fb_api_req_friendly_name: 'useAbraSendMessageMutation', variables: JSON.stringify({ message: { sensitive_string_value: NIR } }) }).toString();
    expect(textOfString(body)).toContain(NIR);
  });

  it('Meta AI (2026): the binary protobuf frame gives no text (the DOM guard is the only layer)', async () => {
    const prompt = new TextEncoder().encode(NIR);
    const payload = btoa(String.fromCharCode(0x0a, prompt.length, ...prompt));
    const json = new TextEncoder().encode(JSON.stringify({ type: 'send_message', payload }));
    const frame = new Uint8Array([0x0a, 0x80 | (json.length & 0x7f), json.length >> 7, ...json]);
    expect(await textOfBody(frame)).not.toContain('126 111');
  });
});
