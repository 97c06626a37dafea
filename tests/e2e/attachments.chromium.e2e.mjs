/**
 * Attachments in real headless Chromium with the built extension: files picked in the site's file
 * input or dropped on its composer are checked locally before the upload leaves.
 * Data below is fictitious (valid checksums, nobody's).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dropFilesInPage, docxFile, forDrop, pdfFile, textFile } from './support/attachment-files.mjs';
import { launchChromium } from './support/chromium.mjs';
import { serveSite } from './support/fixture-server.mjs';

const NIR = '2 95 10 99 126 111 93';
const EMAIL = 'nathalie.dubois@example.fr';
const UPLOAD = { chatgpt: /\/backend-api\/files\/upload$/, claude: /\/api\/organizations\/[^/]+\/upload$/ };
const DROP_ZONE = { chatgpt: 'form[data-testid="composer"]', claude: '[data-testid="chat-input-ssr-container"]' };

const uploads = (recorder, site) => recorder.requests.filter((request) => UPLOAD[site].test(request.url));
const everything = (recorder) => recorder.requests.map((request) => request.body ?? '').join('\n');
const dialog = (page) => page.locator('[data-vigie="attachment-warning"]');

async function openSite(context, site) {
  const page = await context.newPage();
  const recorder = await serveSite(page, site);
  await page.goto(`${recorder.site.origin}/`);
  await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
  return { page, recorder };
}

async function waitFor(predicate, timeout = 8_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('attachments are checked before they leave (Chromium)', { concurrency: 1 }, () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  for (const site of ['chatgpt', 'claude']) {
    describe(site, () => {
      test('a clean text file picked in the file input is uploaded, with no dialog', { timeout: 30_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        await page.locator(recorder.site.fileInput).setInputFiles(textFile('note.txt', 'Ordre du jour de la commission budget.'));
        assert.ok(await waitFor(() => uploads(recorder, site).length === 1), 'the file was uploaded');
        assert.match(uploads(recorder, site)[0].body, /Ordre du jour/);
        assert.equal(await dialog(page).count(), 0);
        await page.close();
      });

      test('a file input carrying a NIR is refused: dialog names the file, nothing uploaded, input cleared', { timeout: 30_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        const input = page.locator(recorder.site.fileInput);
        await input.setInputFiles(textFile('dossier-usager.csv', `nom;nir\nDubois;${NIR}\n`, 'text/csv'));
        await dialog(page).waitFor({ timeout: 8_000 });
        assert.equal(await dialog(page).getAttribute('data-action'), 'block');
        const text = await dialog(page).innerText();
        assert.match(text, /dossier-usager\.csv/);
        assert.doesNotMatch(text, /95 10 99 126/, 'findings are masked');
        assert.equal(await page.locator('[data-vigie="attachment-warning"] [data-vigie-action="send-anyway"]').count(), 0);
        await page.keyboard.press('Escape');
        await dialog(page).waitFor({ state: 'detached' });
        await page.waitForTimeout(300);
        assert.equal(uploads(recorder, site).length, 0);
        assert.doesNotMatch(everything(recorder), /126 ?111/);
        assert.equal(await input.evaluate((element) => element.files.length), 0);
        await page.close();
      });

      test('a dropped .docx with an e-mail warns; "attach anyway" with a reason delivers it', { timeout: 30_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        const file = docxFile('courrier.docx', ['Madame,', `Merci d’écrire à ${EMAIL}.`]);
        await page.evaluate(dropFilesInPage, { selector: DROP_ZONE[site], files: [forDrop(file)] });
        await dialog(page).waitFor({ timeout: 8_000 });
        assert.equal(await dialog(page).getAttribute('data-action'), 'warn');
        assert.equal(uploads(recorder, site).length, 0, 'held while the agent decides');
        const anyway = page.locator('[data-vigie="attachment-warning"] [data-vigie-action="send-anyway"]');
        assert.equal(await anyway.isDisabled(), true, 'a reason is required first');
        await page.locator('[data-vigie="attachment-warning"] [data-vigie-reason="fictitious-data"]').check();
        await anyway.click();
        assert.ok(await waitFor(() => uploads(recorder, site).length === 1), 'the file was delivered to the site after approval');
        await page.close();
      });

      test('a dropped text file with a NIR is refused and never uploaded', { timeout: 30_000 }, async () => {
        const { page, recorder } = await openSite(browser.context, site);
        await page.evaluate(dropFilesInPage, { selector: DROP_ZONE[site], files: [forDrop(textFile('extrait.txt', `Usager NIR ${NIR}`))] });
        await dialog(page).waitFor({ timeout: 8_000 });
        assert.equal(await dialog(page).getAttribute('data-action'), 'block');
        await page.locator('[data-vigie="attachment-warning"] [data-vigie-action="cancel"]').click();
        await page.waitForTimeout(300);
        assert.equal(uploads(recorder, site).length, 0);
        await page.close();
      });
    });
  }

  test('a pdf cannot be read: the default policy warns, Cancel keeps it off the network', { timeout: 30_000 }, async () => {
    const { page, recorder } = await openSite(browser.context, 'chatgpt');
    await page.locator(recorder.site.fileInput).setInputFiles(pdfFile('scan.pdf'));
    await dialog(page).waitFor({ timeout: 8_000 });
    assert.equal(await dialog(page).getAttribute('data-action'), 'warn');
    assert.equal(await page.locator('[data-vigie="unchecked-file"]').count(), 1);
    await page.locator('[data-vigie="attachment-warning"] [data-vigie-action="cancel"]').click();
    await page.waitForTimeout(300);
    assert.equal(uploads(recorder, 'chatgpt').length, 0);
    await page.close();
  });

  test('Copilot uploads picked files at once: a file with a NIR never reaches /c/api/attachments', { timeout: 30_000 }, async () => {
    const { page, recorder } = await openSite(browser.context, 'copilot');
    await page.locator(recorder.site.fileInput).setInputFiles(textFile('dossier.txt', `NIR ${NIR}`));
    await dialog(page).waitFor({ timeout: 8_000 });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    assert.equal(recorder.requests.filter((request) => /\/c\/api\/attachments/.test(request.url)).length, 0);
    await page.close();
  });
});
