/**
 * The DSISN's policies.json changes what the extension does, in real headless Firefox ESR.
 * Firefox does not check values against the managed schema: Vigie's own validation must.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { FIREFOX_EXTENSION_UUID, launchFirefox, openFixturePage, pageHref, waitFor } from './support/firefox.mjs';
import { canWritePolicies, restoreFirefoxPolicy, writeFirefoxPolicy } from './support/managed-policy.mjs';

const skip = canWritePolicies() ? false : 'needs root to write Firefox policies.json';

describe('managed policy in Firefox (policies.json 3rdparty)', { skip, concurrency: 1 }, () => {
  after(restoreFirefoxPolicy);

  test('blocks the tool the policy blocks and keeps guarding when a value is invalid', { timeout: 90_000 }, async () => {
    writeFirefoxPolicy({ tools: { deepseek: { access: 'blocked' }, claude: { access: 5 } }, mode: 'enforce' });
    const { browser, close } = await launchFirefox();
    try {
      const page = await openFixturePage(browser, 'https://chat.deepseek.com', 'generic-chat.html');
      const reached = await waitFor(async () => (await pageHref(page)).startsWith(`moz-extension://${FIREFOX_EXTENSION_UUID}/blocked.html?tool=deepseek`), { timeout: 15_000 });
      assert.ok(reached, `expected the blocked page, got ${await pageHref(page)}`);
      await page.waitForSelector('[data-vigie="blocked-tool"]', { timeout: 10_000 });
      const text = await page.$eval('[data-vigie="blocked-tool"]', (element) => element.textContent);
      assert.match(text, /DeepSeek/);

      const claude = await openFixturePage(browser, 'https://claude.ai', 'generic-chat.html');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(await pageHref(claude), 'https://claude.ai/', 'an invalid rule does not block (nor unguard) Claude');
    } finally {
      await close();
      restoreFirefoxPolicy();
    }
  });

  test('without policies.json (managed storage rejects), the embedded default applies', { timeout: 90_000 }, async () => {
    restoreFirefoxPolicy();
    const { browser, close } = await launchFirefox();
    try {
      const page = await openFixturePage(browser, 'https://chat.deepseek.com', 'generic-chat.html');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      assert.equal(await pageHref(page), 'https://chat.deepseek.com/');
      assert.equal(await page.$eval('#fixture-title', (element) => element.textContent), 'Chat fixture');
    } finally {
      await close();
    }
  });
});
