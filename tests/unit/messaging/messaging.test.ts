import { describe, expect, it, vi } from 'vitest';
import { dispatchMessage, type Handlers } from '@/utils/messaging';

const EXTENSION_ID = 'jhjnbaiemdcbijamdbpheghjeppopoin';
const handlers = (): Handlers => ({ recordOutcome: vi.fn(async () => ({ recorded: true })), reportFalseAlarm: vi.fn(async () => ({ recorded: true })), reportSiteStatus: vi.fn(async () => ({ recorded: true })) });
const ours = { id: EXTENSION_ID, tab: { id: 3 }, url: 'https://chatgpt.com/c/1' };
const valid = { vigie: 1, name: 'recordOutcome', data: { tool: 'chatgpt', outcome: 'blocked', types: { NIR: 1 }, action: 'block', trigger: 'enter' } };

describe('dispatchMessage', () => {
  it('hands a valid message from the extension to its handler', async () => {
    const h = handlers();
    expect(await dispatchMessage(h, valid, ours, EXTENSION_ID)).toEqual({ recorded: true });
    expect(h.recordOutcome).toHaveBeenCalledWith(valid.data, { tabId: 3, url: ours.url });
  });

  it.each([
    ['a foreign sender', valid, { ...ours, id: 'another-extension' }],
    ['an unknown message', { ...valid, name: 'resetStats' }, ours],
    ['a payload carrying text', { ...valid, data: { ...valid.data, text: 'Mme Dubois' } }, ours],
    ['a forged outcome', { ...valid, data: { ...valid.data, outcome: 'approved' } }, ours],
    ['an absurd count', { ...valid, data: { ...valid.data, types: { NIR: 1e9 } } }, ours],
    ['a free-text reason', { ...valid, data: { ...valid.data, reason: 'parce que' } }, ours],
    ['a non-envelope', 'hello', ours],
  ])('refuses %s without calling any handler', async (_label, message, sender) => {
    const h = handlers();
    expect(await dispatchMessage(h, message, sender, EXTENSION_ID)).toHaveProperty('error');
    expect(h.recordOutcome).not.toHaveBeenCalled();
    expect(h.reportFalseAlarm).not.toHaveBeenCalled();
  });
});
