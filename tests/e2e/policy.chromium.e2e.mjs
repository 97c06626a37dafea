/**
 * The DSISN's managed policy file changes what the extension does, in real headless Chromium.
 * Writes /etc/chromium/policies/managed/vigie-e2e.json (root), so tests in this file run one at a time.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium, waitForEffectivePolicy } from './support/chromium.mjs';
import { canWritePolicies, removeChromiumPolicy, writeChromiumPolicy } from './support/managed-policy.mjs';
import { CHROME_EXTENSION_ID } from './support/paths.mjs';
import { serveFixture } from './support/sites.mjs';

const skip = canWritePolicies() ? false : 'needs root to write /etc/chromium/policies/managed';

async function openTool(context, origin) {
  await serveFixture(context, origin, 'generic-chat.html');
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  return page;
}

describe('managed policy in Chromium', { skip, concurrency: 1 }, () => {
  before(removeChromiumPolicy);
  after(removeChromiumPolicy);

  test('without a managed policy, the embedded default applies and no tool is blocked', { timeout: 60_000 }, async () => {
    const browser = await launchChromium();
    try {
      assert.equal(browser.extensionId, CHROME_EXTENSION_ID, 'the manifest key pins the extension id');
      const record = await waitForEffectivePolicy(browser.serviceWorker, (value) => value.resolvedAt > 0);
      assert.equal(record.policy.policyVersion, 'vigie-default-1');
      const page = await openTool(browser.context, 'https://chat.deepseek.com');
      await page.waitForTimeout(1500);
      assert.equal(await page.locator('#fixture-title').count(), 1, 'the tool page stays');
    } finally {
      await browser.close();
    }
  });

  test('a managed policy blocks a tool, locks its fields and reports its invalid ones', { timeout: 60_000 }, async () => {
    writeChromiumPolicy({
      policyVersion: 'cd-e2e-1',
      mode: 'enforce',
      tools: { deepseek: { access: 'blocked' }, chatgpt: { access: 'forbidden' } },
      approvedAlternative: { name: 'Albert', url: 'https://albert.numerique.gouv.fr/' },
      statistics: { retentionDays: 90, reportingMinCount: 5 },
    });
    const browser = await launchChromium();
    try {
      const record = await waitForEffectivePolicy(browser.serviceWorker, (value) => value.policy.policyVersion === 'cd-e2e-1');
      assert.deepEqual(record.policy.tools, { deepseek: { access: 'blocked' } });
      assert.equal(record.sources.tools, 'managed');
      assert.ok(record.locked.includes('tools'));
      assert.deepEqual(
        record.problems.map((problem) => problem.path),
        ['tools.chatgpt.access'],
      );

      // The blocked tool is replaced by Vigie's explanation page, which points to the approved alternative.
      const blocked = await openTool(browser.context, 'https://chat.deepseek.com');
      const notice = blocked.locator('[data-vigie="blocked-tool"]');
      await notice.waitFor({ timeout: 10_000 });
      assert.match(blocked.url(), new RegExp(`^chrome-extension://${CHROME_EXTENSION_ID}/blocked.html\\?tool=deepseek`));
      assert.match(await notice.textContent(), /DeepSeek/);
      assert.equal(await notice.getByRole('link', { name: 'Albert' }).getAttribute('href'), 'https://albert.numerique.gouv.fr/');

      // The invalid rule for ChatGPT is refused: ChatGPT keeps the default (guarded), it is not blocked.
      const chatgpt = await openTool(browser.context, 'https://chatgpt.com');
      await chatgpt.waitForTimeout(1500);
      assert.equal(await chatgpt.locator('#fixture-title').count(), 1);

      // The options page shows where fields come from, the locks and the refused value with its path.
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
      const toolsRow = options.locator('[data-vigie-field="tools"]');
      await toolsRow.waitFor();
      assert.equal(await toolsRow.getAttribute('data-source'), 'managed');
      assert.equal(await toolsRow.getAttribute('data-locked'), 'true');
      assert.equal(await options.locator('[data-vigie-field="mode"]').getAttribute('data-source'), 'managed');
      assert.equal(await options.locator('[data-vigie-field="refreshMinutes"]').getAttribute('data-source'), 'default');
      const problems = options.locator('[data-vigie="policy-problems"]');
      assert.equal(await problems.getAttribute('data-count'), '1');
      assert.match(await problems.textContent(), /tools\.chatgpt\.access/);
    } finally {
      await browser.close();
      removeChromiumPolicy();
    }
  });
});
