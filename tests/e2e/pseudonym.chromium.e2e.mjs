/**
 * Pseudonymisation that keeps the conversation useful (issue 8), on the ChatGPT and Claude
 * fixtures in headless Chromium with the built extension: the site receives placeholders only;
 * its streamed reply, which repeats them, is shown with the real values (marked, with a toggle);
 * copy (the site's button and Ctrl+C) gives the real values; the mapping is forgotten with the
 * tab and never reaches any extension storage. Data below is fictitious.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from './support/chromium.mjs';
import { assertNoneOf, readAllExtensionStorage } from './support/extension-storage.mjs';
import { promptOf, sends, serveSite } from './support/fixture-server.mjs';

const EMAIL = 'nathalie.dubois@example.fr';
const PROMPT = `Prépare une réponse à Nathalie Dubois (${EMAIL}) au sujet de son fils Lucas Dubois.`;
const SENT = 'Prépare une réponse à [USAGER_1] ([COURRIEL_1]) au sujet de son fils [ENFANT_1].';
const RESTORED_REPLY = `Voici la réponse pour Nathalie Dubois, ${EMAIL}, Lucas Dubois comme demandé.`;
const PLACEHOLDER_REPLY = 'Voici la réponse pour [USAGER_1], [COURRIEL_1], [ENFANT_1] comme demandé.';
const VALUES = ['Nathalie', 'Dubois', 'nathalie.dubois', 'Lucas'];

const COPY_BUTTON = { chatgpt: 'button[data-testid="copy-turn-action-button"]', claude: 'button[data-testid="action-bar-copy"]' };

/** The prompts sent through the site's send call, decoded as the site encodes them. */
const sent = (recorder) => sends(recorder).map((record) => promptOf(recorder, record));
/** Every byte sent to the site's API. */
const everything = (recorder) => recorder.requests.map((request) => request.body ?? '').join('\n');

async function waitFor(predicate, timeout = 10_000, what = 'condition') {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const value = await predicate();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function openSite(context, site, path = '/') {
  const page = await context.newPage();
  const recorder = await serveSite(page, site);
  await page.goto(`${recorder.site.origin}${path}`);
  await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
  await page.locator(recorder.site.composer).first().click();
  return { page, recorder };
}

const dialog = (page) => page.locator('[data-vigie="warning"]');
const lastAnswer = (page, recorder) => page.locator(recorder.site.assistantMessage).last();
/** The answer's text once streaming has finished (it ends with the reply's last word). */
const finishedAnswer = (page, recorder) => waitFor(async () => {
  const text = (await lastAnswer(page, recorder).innerText().catch(() => '')).trim();
  return /demandé\.$|fixture\.$/.test(text) ? text : null;
}, 15_000, 'the streamed answer');

async function pseudonymiseAndSend(page, recorder) {
  await page.keyboard.type(PROMPT);
  await page.keyboard.press('Enter');
  await dialog(page).waitFor({ timeout: 10_000 });
  await page.locator('[data-vigie-action="pseudonymise"]').click();
  return waitFor(() => sent(recorder).find((text) => text.includes('[USAGER_1]')), 10_000, 'the pseudonymised send');
}

const readClipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const writeClipboard = (page, text) => page.evaluate((value) => navigator.clipboard.writeText(value), text);

describe('pseudonymisation on the AI sites (Chromium)', { concurrency: 1 }, () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
    for (const origin of ['https://chatgpt.com', 'https://claude.ai']) await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  });
  after(async () => {
    await browser?.close();
  });

  // The other sites the guard covers: placeholders only on the network, the reply shown with real values.
  for (const site of ['gemini', 'le-chat', 'copilot']) {
    test(`${site}: the site receives placeholders only and its streamed reply is shown with the real values`, { timeout: 60_000 }, async () => {
      const { page, recorder } = await openSite(browser.context, site);
      assert.equal(await pseudonymiseAndSend(page, recorder), SENT);
      const raw = [everything(recorder), ...(recorder.frames ?? []).map((frame) => String(frame.data))].join('\n');
      for (const value of VALUES) assert.ok(!raw.includes(value), 'no value reaches the network');
      assert.equal(await finishedAnswer(page, recorder), RESTORED_REPLY);
      assert.equal(await lastAnswer(page, recorder).locator('mark[data-vigie-restored]').count(), 3);
      await page.close();
    });
  }

  for (const site of ['chatgpt', 'claude']) {
    describe(site, () => {
      test('the site receives placeholders only; its streamed reply is shown with the real values, marked, with a toggle', { timeout: 60_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        const body = await pseudonymiseAndSend(page, recorder);
        assert.equal(body, SENT);
        const raw = everything(recorder);
        for (const value of VALUES) assert.ok(!raw.includes(value), 'no value reaches the network');

        assert.equal(await finishedAnswer(page, recorder), RESTORED_REPLY);
        const marks = lastAnswer(page, recorder).locator('mark[data-vigie-restored]');
        assert.deepEqual(await marks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-vigie-restored'))), ['[USAGER_1]', '[COURRIEL_1]', '[ENFANT_1]']);
        assert.match((await marks.first().getAttribute('title')) ?? '', /\[USAGER_1\]/);
        // The user's own message keeps what was sent (only answers are restored).
        assert.match(await page.locator(recorder.site.userMessage).last().innerText(), /\[USAGER_1\]/);

        // The panel lists the mapping, masked by default, and switches answers back to placeholders.
        const launcher = page.locator('[data-vigie-action="pseudonyms"]');
        assert.match(await launcher.innerText(), /\(3\)/);
        await launcher.click();
        const panel = page.locator('[data-vigie="pseudonym-panel"]');
        await panel.waitFor();
        assert.equal(await panel.getAttribute('role'), 'dialog');
        assert.ok(!(await panel.innerText()).includes('Dubois'), 'values are masked in the list until the agent asks');
        await page.locator('[data-vigie-action="reveal-values"]').check();
        assert.match(await panel.innerText(), /Nathalie Dubois/);
        await page.screenshot({ path: `test-results/pseudonym-panel-${site}.png` }).catch(() => undefined);
        await page.locator('[data-vigie-action="answers-real"]').uncheck();
        assert.equal((await lastAnswer(page, recorder).innerText()).trim(), PLACEHOLDER_REPLY);
        await page.locator('[data-vigie-action="answers-real"]').check();
        assert.equal((await lastAnswer(page, recorder).innerText()).trim(), RESTORED_REPLY);
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
        await page.screenshot({ path: `test-results/pseudonym-${site}.png` }).catch(() => undefined);
        await page.close();
      });

      test('copy gives the real values: the site\'s copy button and Ctrl+C on the answer', { timeout: 60_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        await pseudonymiseAndSend(page, recorder);
        await finishedAnswer(page, recorder);

        await writeClipboard(page, 'empty');
        await page.locator(COPY_BUTTON[site]).last().click();
        assert.equal(await waitFor(async () => ((await readClipboard(page)) !== 'empty' ? readClipboard(page) : null), 5_000, 'the copy button'), RESTORED_REPLY);

        // Keyboard copy, with placeholders displayed: the clipboard still gets the real values.
        await page.locator('[data-vigie-action="pseudonyms"]').click();
        await page.locator('[data-vigie-action="answers-real"]').uncheck();
        await page.keyboard.press('Escape');
        await writeClipboard(page, 'empty');
        await lastAnswer(page, recorder).evaluate((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          const selection = document.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        });
        await page.keyboard.press('Control+C');
        assert.equal((await waitFor(async () => ((await readClipboard(page)) !== 'empty' ? readClipboard(page) : null), 5_000, 'Ctrl+C')).trim(), RESTORED_REPLY);

        // A site that fills the clipboard in its own copy handler (from its stored text) gets the real values too.
        await page.evaluate(() => document.addEventListener('copy', (event) => {
          event.clipboardData.setData('text/plain', 'Copie du site : [USAGER_1]');
          event.preventDefault();
        }));
        await writeClipboard(page, 'empty');
        await page.keyboard.press('Control+C');
        assert.equal(await waitFor(async () => ((await readClipboard(page)) !== 'empty' ? readClipboard(page) : null), 5_000, 'the site\'s copy handler'), 'Copie du site : Nathalie Dubois');

        // A page asking on its own (no click by the agent) gets the placeholders back, not the values.
        await page.waitForTimeout(3_200);
        await writeClipboard(page, 'empty');
        await page.evaluate(() => navigator.clipboard.writeText('Pour [USAGER_1]'));
        assert.equal(await readClipboard(page), 'Pour [USAGER_1]');
        await page.close();
      });

      test('"also hide this name": a value added by hand is replaced at the next send', { timeout: 60_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        await page.locator('[data-vigie-action="pseudonyms"]').click();
        await page.locator('[data-vigie-field="hide-value"]').fill('Résidence Les Tilleuls');
        await page.locator('[data-vigie-action="hide-value"]').click();
        await page.keyboard.press('Escape');
        await page.locator(recorder.site.composer).first().click();
        await page.keyboard.type('Rédige une affiche pour la fête de la résidence les tilleuls samedi.');
        await page.keyboard.press('Enter');
        const body = await waitFor(() => sent(recorder).find((text) => text.includes('affiche')), 10_000, 'the send');
        assert.equal(body, 'Rédige une affiche pour la fête de la [USAGER_1] samedi.');
        assert.ok(!everything(recorder).toLowerCase().includes('tilleuls'));
        await page.close();
      });

      test('closing the tab forgets the mapping, and nothing of it is in any extension storage', { timeout: 60_000 }, async () => {
        const first = await openSite(browser.context, site);
        await pseudonymiseAndSend(first.page, first.recorder);
        await finishedAnswer(first.page, first.recorder);
        const conversationPath = new URL(first.page.url()).pathname;
        assert.notEqual(conversationPath, '/');
        await first.page.close();

        const second = await openSite(browser.context, site, conversationPath);
        await second.page.keyboard.type('Reprends le cas de [USAGER_1].');
        await second.page.keyboard.press('Enter');
        const answer = await finishedAnswer(second.page, second.recorder);
        assert.equal(answer, 'Voici la réponse pour [USAGER_1] comme demandé.');
        assert.equal(await lastAnswer(second.page, second.recorder).locator('mark[data-vigie-restored]').count(), 0);
        assert.match(await second.page.locator('[data-vigie-action="pseudonyms"]').innerText(), /\(0\)/);

        const dump = await readAllExtensionStorage(browser.serviceWorker);
        assertNoneOf(dump, [EMAIL, 'Nathalie', 'Dubois', 'Lucas', 'USAGER_1', 'COURRIEL_1', 'ENFANT_1', 'tilleuls', 'Tilleuls']);
        await second.page.close();
      });
    });
  }
});
