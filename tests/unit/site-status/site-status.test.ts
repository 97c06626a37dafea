// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage, type Handlers } from '@/utils/messaging';
import { handleSiteStatusReport } from '@/utils/site-status/handle-report';
import { GENERIC_ADAPTER, SITE_ADAPTERS } from '@/utils/sites/registry';
import { evaluateSiteStatus, sameStatus } from '@/utils/sites/site-status';
import { forgetSiteStatus, readSiteStatuses, recordSiteStatus } from '@/utils/storage/site-status';

const EXTENSION_ID = 'jhjnbaiemdcbijamdbpheghjeppopoin';
const handlers = (): Handlers => ({ recordOutcome: vi.fn(), reportFalseAlarm: vi.fn(), reportSiteStatus: vi.fn(async () => ({ recorded: true })) }) as unknown as Handlers;

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('fixture');
  doc.body.innerHTML = html;
  return doc;
}

describe('evaluateSiteStatus', () => {
  it('the site adapter finds its composer', () => {
    const doc = page('<form data-type="unified-composer"><div id="prompt-textarea" contenteditable="true"></div></form>');
    expect(evaluateSiteStatus(doc, SITE_ADAPTERS.chatgpt, GENERIC_ADAPTER)).toEqual({ adapter: 'chatgpt', composerFound: true, mode: 'adapter' });
  });
  it('falls back to the generic adapter after a redesign', () => {
    const doc = page('<div class="composer-x" contenteditable="true"></div>');
    expect(evaluateSiteStatus(doc, SITE_ADAPTERS.chatgpt, GENERIC_ADAPTER)).toEqual({ adapter: 'generic', composerFound: true, mode: 'generic-fallback' });
  });
  it('says net-only when no composer is recognised', () => {
    const doc = page('<div class="composer-x" contenteditable="plaintext-only"></div>');
    expect(evaluateSiteStatus(doc, SITE_ADAPTERS.chatgpt, GENERIC_ADAPTER)).toEqual({ adapter: 'chatgpt', composerFound: false, mode: 'net-only' });
  });
  it('a tool without its own adapter is on the generic fallback', () => {
    expect(evaluateSiteStatus(page('<textarea></textarea>'), GENERIC_ADAPTER, GENERIC_ADAPTER).mode).toBe('generic-fallback');
  });
  it('sameStatus compares the three fields', () => {
    const a = { adapter: 'chatgpt', composerFound: true, mode: 'adapter' } as const;
    expect(sameStatus(null, a)).toBe(false);
    expect(sameStatus(a, { ...a })).toBe(true);
    expect(sameStatus(a, { ...a, composerFound: false })).toBe(false);
  });
});

describe('reportSiteStatus message', () => {
  const data = { tool: 'chatgpt', adapter: 'chatgpt', composerFound: true, mode: 'adapter' };
  it('is accepted from the extension with a valid payload', async () => {
    const h = handlers();
    expect(await dispatchMessage(h, { vigie: 1, name: 'reportSiteStatus', data }, { id: EXTENSION_ID, tab: { id: 4 }, url: 'https://chatgpt.com/c/1' }, EXTENSION_ID)).toEqual({ recorded: true });
  });
  it.each([
    ['a URL field', { ...data, url: 'https://chatgpt.com/c/secret' }],
    ['an unknown mode', { ...data, mode: 'whatever' }],
    ['a non-boolean composerFound', { ...data, composerFound: 'yes' }],
    ['an adapter id with spaces', { ...data, adapter: 'chat gpt' }],
  ])('refuses %s', async (_label, payload) => {
    const h = handlers();
    expect(await dispatchMessage(h, { vigie: 1, name: 'reportSiteStatus', data: payload }, { id: EXTENSION_ID, tab: { id: 4 } }, EXTENSION_ID)).toEqual({ error: 'invalid message' });
    expect(h.reportSiteStatus).not.toHaveBeenCalled();
  });
});

describe('handleSiteStatusReport and storage', () => {
  beforeEach(() => fakeBrowser.reset());
  const report = { tool: 'chatgpt', adapter: 'chatgpt', composerFound: true, mode: 'adapter' } as const;

  it('stores the status per tab, with the tool id only (no URL)', async () => {
    expect(await handleSiteStatusReport(report, { tabId: 7, url: 'https://chatgpt.com/c/private-conversation' }, recordSiteStatus, 1000)).toEqual({ recorded: true });
    const statuses = await readSiteStatuses();
    expect(statuses).toEqual({ '7': { ...report, updatedAt: 1000 } });
    expect(JSON.stringify(statuses)).not.toContain('private-conversation');
  });
  it('refuses a report for another tool than the page, or without a tab', async () => {
    expect(await handleSiteStatusReport({ ...report, tool: 'claude' }, { tabId: 7, url: 'https://chatgpt.com/' })).toEqual({ recorded: false });
    expect(await handleSiteStatusReport(report, { url: 'https://chatgpt.com/' })).toEqual({ recorded: false });
    expect(await readSiteStatuses()).toEqual({});
  });
  it('forgets a closed tab, and a reloading tab only when its status is old', async () => {
    await recordSiteStatus(1, { ...report, updatedAt: 1000 });
    await recordSiteStatus(2, { ...report, updatedAt: 5000 });
    await forgetSiteStatus(2, 3000);
    expect(Object.keys(await readSiteStatuses())).toEqual(['1', '2']);
    await forgetSiteStatus(1, 3000);
    await forgetSiteStatus(2);
    expect(await readSiteStatuses()).toEqual({});
  });
});
