/**
 * The guard on the five AI tools agents use most, in headless Chromium with the built extension,
 * against offline fixture pages that imitate each site's DOM, editor library and network call.
 * Data below is fictitious (valid checksums, nobody's).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from './support/chromium.mjs';
import { composeWithIme, promptOf, sends, serveSite } from './support/fixture-server.mjs';
import { buildMutantWithoutContentScripts } from './support/mutant.mjs';

const NIR = '2 95 10 99 126 111 93';
const EMAIL = 'nathalie.dubois@example.fr';

const SITES = ['chatgpt', 'claude', 'gemini', 'le-chat', 'copilot'];

/** The prompts that left the page through the site's send call, decoded as the site encodes them. */
function sent(recorder) {
  return sends(recorder).map((record) => promptOf(recorder, record)).join('\n');
}

/** Every byte sent to the site's API (all calls and frames), decoded loosely: for "nothing leaked" checks. */
function everything(recorder) {
  const raw = [...recorder.requests.map((request) => request.body ?? ''), ...(recorder.frames ?? []).map((frame) => String(frame.data))].join('\n');
  try {
    return `${raw}\n${decodeURIComponent(raw.replace(/\+/g, ' '))}`;
  } catch {
    return raw;
  }
}

const LEAKED_NIR = /126 ?111|126111/;

async function waitForSend(recorder, predicate = () => true, timeout = 5_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const body = sent(recorder);
    if (body && predicate(body)) return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return sent(recorder);
}

async function openSite(context, site) {
  const page = await context.newPage();
  // Routed per page: chatgpt and generic-unknown share an origin.
  const recorder = await serveSite(page, site);
  await page.goto(`${recorder.site.origin}/`);
  await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
  const composer = page.locator(recorder.site.composer).first();
  await composer.click();
  return { page, recorder, composer };
}

const dialog = (page) => page.locator('[data-vigie="warning"]');
const action = (page, name) => page.locator(`[data-vigie-action="${name}"]`);

describe('guard on the five main AI tools (Chromium)', { concurrency: 1 }, () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  for (const site of SITES) {
    describe(site, () => {
      test('a clean prompt is sent unchanged, with no dialog', { timeout: 30_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        await page.keyboard.type('Rédige une note sur la politique de santé du département.');
        await page.keyboard.press('Enter');
        const body = await waitForSend(recorder, (text) => text.includes('politique de santé'));
        assert.match(body, /Rédige une note sur la politique de santé du département/);
        assert.equal(await dialog(page).count(), 0);
        await page.close();
      });

      test('a prompt with a NIR is blocked: nothing reaches the network, only Modify, false alarm and Cancel are offered', { timeout: 30_000 }, async () => {
        const { page, recorder, composer } = await openSite(browser.context, site);
        await page.keyboard.type(`Dossier de Mme Dubois, NIR ${NIR}, merci de résumer.`);
        await page.keyboard.press('Enter');
        await dialog(page).waitFor({ timeout: 5_000 });
        assert.equal(await dialog(page).getAttribute('data-action'), 'block');
        assert.equal(await action(page, 'pseudonymise').count(), 0);
        assert.equal(await action(page, 'send-anyway').count(), 0);
        assert.equal(await action(page, 'modify').count(), 1);
        assert.ok((await action(page, 'false-alarm').count()) >= 1);
        assert.doesNotMatch(await dialog(page).innerText(), /95 10 99 126/, 'the dialog masks the value');
        await page.keyboard.press('Escape');
        await dialog(page).waitFor({ state: 'detached' });
        await page.waitForTimeout(500);
        assert.doesNotMatch(everything(recorder), LEAKED_NIR);
        assert.match(await composer.evaluate((element) => ('value' in element ? element.value : element.innerText)), /NIR/, 'the text stays in the composer');
        await page.close();
      });

      test('a warned prompt can be pseudonymised: the network receives the placeholder, never the value', { timeout: 30_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        await page.keyboard.type(`Réponds à ${EMAIL} pour confirmer le rendez-vous.`);
        await page.keyboard.press('Enter');
        await dialog(page).waitFor({ timeout: 5_000 });
        assert.equal(await dialog(page).getAttribute('data-action'), 'warn');
        await action(page, 'pseudonymise').click();
        const body = await waitForSend(recorder, (text) => text.includes('[COURRIEL_1]'));
        assert.match(body, /\[COURRIEL_1\]/);
        assert.doesNotMatch(body, /nathalie\.dubois/);
        await page.close();
      });

      test('a warned prompt can be sent anyway with a reason from the policy', { timeout: 30_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        await page.keyboard.type(`Écris à ${EMAIL} (adresse fictive).`);
        await page.keyboard.press('Enter');
        await dialog(page).waitFor({ timeout: 5_000 });
        await action(page, 'send-anyway').click();
        const confirm = action(page, 'send-anyway-confirm');
        assert.equal(await confirm.isDisabled(), true, 'a reason is required first');
        await page.locator('[data-vigie-reason="fictitious-data"]').check();
        await confirm.click();
        const body = await waitForSend(recorder, (text) => text.includes(EMAIL));
        assert.match(body, /nathalie\.dubois@example\.fr/);
        await page.close();
      });

      test('Modify goes back to the composer with nothing sent', { timeout: 30_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        await page.keyboard.type(`Contacter ${EMAIL} demain.`);
        await page.keyboard.press('Enter');
        await dialog(page).waitFor({ timeout: 5_000 });
        await action(page, 'modify').click();
        await dialog(page).waitFor({ state: 'detached' });
        await page.waitForTimeout(400);
        assert.equal(sent(recorder), '');
        const selected = await page.evaluate(() => document.getSelection()?.toString() || (document.activeElement instanceof HTMLTextAreaElement ? document.activeElement.value.slice(document.activeElement.selectionStart, document.activeElement.selectionEnd) : ''));
        assert.equal(selected, EMAIL, 'the problem span is selected');
        await page.close();
      });

      test('a paste carrying a NIR is checked before it lands', { timeout: 30_000 }, async () => {
        const { page, composer } = await openSite(browser.context, site);
        await composer.evaluate((element, text) => {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }, `Extrait du dossier : NIR ${NIR}`);
        await dialog(page).waitFor({ timeout: 5_000 });
        await action(page, 'cancel').click();
        await page.waitForTimeout(300);
        const content = await composer.evaluate((element) => ('value' in element ? element.value : element.innerText));
        assert.doesNotMatch(content, /126 111/);
        await page.close();
      });
    });
  }

  test('Shift+Enter adds a line and the Enter that confirms an IME composition is not a send', { timeout: 30_000 }, async () => {
    const { page, recorder } = await openSite(browser.context, 'chatgpt');
    await page.keyboard.type(`Écrire à ${EMAIL}`);
    await page.keyboard.press('Shift+Enter');
    await composeWithIme(page, 'とうきょう');
    await page.waitForTimeout(400);
    assert.equal(await dialog(page).count(), 0, 'no dialog: nothing was sent');
    assert.equal(sent(recorder), '');
    // The real send is still guarded afterwards.
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 5_000 });
    await page.close();
  });

  test('a click on the send button is guarded like Enter', { timeout: 30_000 }, async () => {
    const { page, recorder } = await openSite(browser.context, 'claude');
    await page.keyboard.type(`NIR ${NIR}`);
    await page.locator(recorder.site.sendButton).click();
    await dialog(page).waitFor({ timeout: 5_000 });
    assert.equal(await dialog(page).getAttribute('data-action'), 'block');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    assert.doesNotMatch(everything(recorder), LEAKED_NIR);
    await page.close();
  });

  for (const site of ['chatgpt', 'claude']) {
    test(`the "edit message" editor in the ${site} thread is guarded`, { timeout: 40_000 }, async () => {
      const { page, recorder } = await openSite(browser.context, site);
      await page.keyboard.type('Bonjour, peux-tu résumer la loi du 2 janvier 2002 ?');
      await page.keyboard.press('Enter');
      await waitForSend(recorder, (text) => text.includes('2002'));
      const { edit, stopButton } = recorder.site;
      // The sites only offer editing once the reply has finished streaming.
      await page.locator(stopButton).waitFor({ state: 'detached', timeout: 15_000 }).catch(() => page.locator(stopButton).waitFor({ state: 'hidden', timeout: 5_000 }));
      await page.locator(edit.button).first().click();
      const editor = page.locator(edit.editor).first();
      await editor.click();
      await page.keyboard.press('End');
      await page.keyboard.type(` Le NIR de l'usager est ${NIR}.`);
      await page.locator(edit.send).first().click();
      await dialog(page).waitFor({ timeout: 5_000 });
      assert.equal(await dialog(page).getAttribute('data-action'), 'block');
      await page.keyboard.press('Escape');
      await page.waitForTimeout(400);
      assert.doesNotMatch(everything(recorder), LEAKED_NIR);
      await page.close();
    });
  }

  test('the network safety net stops a send from a composer and button Vigie does not know', { timeout: 30_000 }, async () => {
    const page = await browser.context.newPage();
    const recorder = await serveSite(page, 'generic-unknown');
    await page.goto('https://chatgpt.com/');
    await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
    await page.locator('.composer-x').click();
    await page.keyboard.type(`NIR ${NIR}`);
    // A click on an unrecognisable button: only the main-world net can see this send.
    await page.locator('button.go').click();
    await dialog(page).waitFor({ timeout: 5_000 });
    await page.waitForTimeout(300);
    assert.doesNotMatch(everything(recorder), LEAKED_NIR);
    await page.close();
  });

  test("a draft sent while typing (ChatGPT) carrying blocked data is stopped, and the agent told", { timeout: 30_000 }, async () => {
    const { page, recorder } = await openSite(browser.context, 'chatgpt');
    await page.keyboard.type(`Brouillon : NIR ${NIR}`);
    await page.locator('[data-vigie="notice"]').waitFor({ timeout: 8_000 });
    assert.doesNotMatch(everything(recorder), LEAKED_NIR);
    await page.close();
  });
});

describe('mutation check: without the content scripts the same tests fail', { concurrency: 1 }, () => {
  test('the NIR reaches the network when Vigie is not there', { timeout: 60_000 }, async () => {
    const mutant = buildMutantWithoutContentScripts();
    const browser = await launchChromium({ extensionDir: mutant.dir });
    try {
      const { page, recorder } = await openSite(browser.context, 'chatgpt');
      await page.keyboard.type(`Dossier de Mme Dubois, NIR ${NIR}, merci de résumer.`);
      await page.keyboard.press('Enter');
      const body = await waitForSend(recorder, (text) => text.includes('126'));
      assert.match(body, LEAKED_NIR, 'without the guard the fixture sends the NIR: the guard tests can fail');
      assert.equal(await dialog(page).count(), 0);
    } finally {
      await browser.close();
      mutant.remove();
    }
  });
});
