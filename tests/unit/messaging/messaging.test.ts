import { describe, expect, it, vi } from 'vitest';
import { dispatchMessage, type Handlers } from '@/utils/messaging';

const EXTENSION_ID = 'jhjnbaiemdcbijamdbpheghjeppopoin';
const handlers = (): Handlers => ({ recordOutcome: vi.fn(async () => ({ recorded: true })), reportFalseAlarm: vi.fn(async () => ({ recorded: true })), recordToolBlocked: vi.fn(async () => ({ recorded: true })), reportSiteStatus: vi.fn(async () => ({ recorded: true })) });
const ours = { id: EXTENSION_ID, tab: { id: 3 }, url: 'https://chatgpt.com/c/1', frameId: 0 };
const valid = { vigie: 1, name: 'recordOutcome', data: { tool: 'chatgpt', outcome: 'blocked', types: { NIR: 1 }, action: 'block', trigger: 'enter' } };

describe('dispatchMessage', () => {
  it('hands a valid message from the extension to its handler', async () => {
    const h = handlers();
    expect(await dispatchMessage(h, valid, ours, EXTENSION_ID)).toEqual({ recorded: true });
    expect(h.recordOutcome).toHaveBeenCalledWith(valid.data, { tabId: 3, url: ours.url, frameId: 0 });
  });

  it('hands the blocked-tool page message over with its sender (the background checks page, frame and tool)', async () => {
    const h = handlers();
    const page = { id: EXTENSION_ID, tab: { id: 4 }, url: `chrome-extension://${EXTENSION_ID}/blocked.html?tool=grok`, frameId: 0 };
    expect(await dispatchMessage(h, { vigie: 1, name: 'recordToolBlocked', data: { tool: 'grok' } }, page, EXTENSION_ID)).toEqual({ recorded: true });
    expect(h.recordToolBlocked).toHaveBeenCalledWith({ tool: 'grok' }, { tabId: 4, url: page.url, frameId: 0 });
  });

  it.each([
    ['a foreign sender', valid, { ...ours, id: 'another-extension' }],
    ['an unknown message', { ...valid, name: 'resetStats' }, ours],
    ['a payload carrying text', { ...valid, data: { ...valid.data, text: 'Mme Dubois' } }, ours],
    ['a forged outcome', { ...valid, data: { ...valid.data, outcome: 'approved' } }, ours],
    ['an absurd count', { ...valid, data: { ...valid.data, types: { NIR: 1e9 } } }, ours],
    ['a free-text reason', { ...valid, data: { ...valid.data, reason: 'parce que' } }, ours],
    ['a non-envelope', 'hello', ours],
    ['a tool-blocked count with extra fields', { vigie: 1, name: 'recordToolBlocked', data: { tool: 'grok', count: 50 } }, ours],
    ['a tool-blocked count for a non-id tool', { vigie: 1, name: 'recordToolBlocked', data: { tool: 'https://grok.com/x' } }, ours],
  ])('refuses %s without calling any handler', async (_label, message, sender) => {
    const h = handlers();
    expect(await dispatchMessage(h, message, sender, EXTENSION_ID)).toHaveProperty('error');
    expect(h.recordOutcome).not.toHaveBeenCalled();
    expect(h.reportFalseAlarm).not.toHaveBeenCalled();
    expect(h.recordToolBlocked).not.toHaveBeenCalled();
  });
});
