/**
 * Per-site status in real headless Chromium: the content script reports which adapter protects the
 * tab; the popup and the options page show it, with a clear notice when Vigie falls back to the
 * generic adapter (the redesigned fixture). No page address is stored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from './support/chromium.mjs';
import { serveSite } from './support/fixture-server.mjs';

async function statusOf(serviceWorker, tool, mode, timeout = 15_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = (await serviceWorker.evaluate(() => chrome.storage.session.get('siteStatus'))).siteStatus ?? {};
    const found = Object.entries(last).find(([, entry]) => entry.tool === tool && entry.mode === mode);
    if (found) return { tabId: Number(found[0]), entry: found[1], all: last };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${tool}/${mode} status; last: ${JSON.stringify(last)}`);
}

describe('per-site status (Chromium)', { concurrency: 1 }, () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  test('ChatGPT fixture: adapter active, composer found, shown in the popup', { timeout: 45_000 }, async () => {
    const page = await browser.context.newPage();
    const recorder = await serveSite(page, 'chatgpt');
    await page.goto(`${recorder.site.origin}/c/conversation-secret-path`);
    await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
    const { tabId, entry, all } = await statusOf(browser.serviceWorker, 'chatgpt', 'adapter');
    assert.deepEqual({ ...entry, updatedAt: 0 }, { tool: 'chatgpt', adapter: 'chatgpt', composerFound: true, mode: 'adapter', updatedAt: 0 });
    assert.doesNotMatch(JSON.stringify(all), /conversation-secret-path|chatgpt\.com/, 'no URL is stored');

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const line = popup.locator('[data-vigie="site-status"]');
    await line.waitFor({ timeout: 10_000 });
    assert.equal(await line.getAttribute('data-mode'), 'adapter');
    assert.match(await line.innerText(), /(Adaptateur actif : ChatGPT — zone de saisie trouvée|Active adapter: ChatGPT — input box found)/);
    await popup.screenshot({ path: 'test-results/site-status-popup-chatgpt.png' }).catch(() => undefined);
    await popup.close();
    await page.close();
  });

  test('redesigned fixture: generic fallback notice in the popup and in the options page', { timeout: 45_000 }, async () => {
    const page = await browser.context.newPage();
    await serveSite(page, 'generic-unknown');
    await page.goto('https://chatgpt.com/');
    await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
    const { tabId, entry } = await statusOf(browser.serviceWorker, 'chatgpt', 'generic-fallback');
    assert.equal(entry.adapter, 'generic');
    assert.equal(entry.composerFound, true);

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const line = popup.locator('[data-vigie="site-status"]');
    await line.waitFor({ timeout: 10_000 });
    assert.equal(await line.getAttribute('data-mode'), 'generic-fallback');
    assert.equal(await line.getAttribute('role'), 'alert');
    assert.match(await line.innerText(), /(ne reconnaît plus la zone de saisie de ChatGPT|no longer recognises the input box of ChatGPT)/);
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#sites`);
    const table = options.locator('[data-vigie="site-status-table"]');
    await table.waitFor({ timeout: 10_000 });
    assert.equal(await options.locator('[data-vigie="site-status-table"] tr[data-mode="generic-fallback"]').count(), 1);
    await options.getByRole('tab', { name: /État des sites|Site status/ }).click();
    await options.screenshot({ path: 'test-results/site-status-options.png' }).catch(() => undefined);
    await options.close();

    // Closing the tab forgets its status.
    await page.close();
    const end = Date.now() + 10_000;
    let statuses;
    do {
      statuses = (await browser.serviceWorker.evaluate(() => chrome.storage.session.get('siteStatus'))).siteStatus ?? {};
      if (!statuses[String(tabId)]) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    } while (Date.now() < end);
    assert.equal(statuses[String(tabId)], undefined);
  });
});
