/**
 * The guard in the Firefox build (`npx wxt build -b firefox --mv3`), in headless Firefox ESR driven
 * by puppeteer-core, on the fixtures served by the Firefox fixture server (same responders as the
 * Chromium tests). One row per site: adding a site (e.g. Albert) is one line in FIREFOX_SITES.
 * Data below is fictitious (valid checksums, nobody's).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchFirefox } from './support/firefox.mjs';
import { FIREFOX_EXT_DIR } from './support/paths.mjs';
import { startFirefoxFixtureServer } from './support/firefox-fixture-server.mjs';
import { action, composerText, DIALOG, everythingSent, openFixture, pasteInto, sentText, sleep, waitUntil } from './support/puppeteer-guard.mjs';

const NIR = '2 95 10 99 126 111 93';
const EMAIL = 'nathalie.dubois@example.fr';
const LEAKED_NIR = /126 ?111|126111/;
/** The placeholder's label may change; its shape is "[LABEL_1]". */
const PLACEHOLDER = /\[[^\]\s]+_1\]/;

/** site: fixture id (tests/e2e/support/fixture-server.mjs SITES); what: what the row proves. */
export const FIREFOX_SITES = [
  { site: 'chatgpt', what: 'ChatGPT adapter (ProseMirror)' },
  { site: 'claude', what: 'Claude adapter (tiptap)' },
  { site: 'gemini', what: 'Gemini adapter (Quill, XHR)' },
  { site: 'generic-unknown', what: 'generic adapter (redesigned composer on chatgpt.com)' },
  { site: 'albert', what: 'Albert adapter (tiptap, chat storage before the completion)' },
];

describe('guard in Firefox ESR (firefox-mv3 build)', { concurrency: 1 }, () => {
  let server;
  let firefox;
  before(async () => {
    server = await startFirefoxFixtureServer();
    firefox = await launchFirefox({ extraPrefs: server.prefs, acceptInsecureCerts: true });
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  for (const { site, what } of FIREFOX_SITES) {
    describe(`${site}: ${what}`, () => {
      test('a clean prompt is sent unchanged, with no dialog', { timeout: 45_000 }, async () => {
        const recorder = await server.serve(site);
        const page = await openFixture(firefox.browser, recorder);
        await page.keyboard.type('Rédige une note sur la politique de santé du département.');
        await page.keyboard.press('Enter');
        assert.ok(await waitUntil(() => sentText(recorder).includes('politique de santé')), 'the prompt was sent');
        assert.equal(await page.$(DIALOG), null);
        await page.close();
      });

      test('a prompt with a NIR is blocked: nothing reaches the network', { timeout: 45_000 }, async () => {
        const recorder = await server.serve(site);
        const page = await openFixture(firefox.browser, recorder);
        await page.keyboard.type(`Dossier de Mme Dubois, NIR ${NIR}, merci de résumer.`);
        await page.keyboard.press('Enter');
        const dialog = await page.waitForSelector(DIALOG, { timeout: 8_000 });
        assert.equal(await dialog.evaluate((element) => element.dataset.action), 'block');
        assert.equal(await page.$(action('pseudonymise')), null);
        await page.keyboard.press('Escape');
        await sleep(600);
        assert.doesNotMatch(everythingSent(recorder), LEAKED_NIR);
        await page.close();
      });

      test('a warned prompt is pseudonymised: a placeholder leaves, never the value', { timeout: 45_000 }, async () => {
        const recorder = await server.serve(site);
        const page = await openFixture(firefox.browser, recorder);
        await page.keyboard.type(`Réponds à ${EMAIL} pour confirmer le rendez-vous.`);
        await page.keyboard.press('Enter');
        await page.waitForSelector(DIALOG, { timeout: 8_000 });
        await (await page.waitForSelector(action('pseudonymise'))).click();
        assert.ok(await waitUntil(() => PLACEHOLDER.test(sentText(recorder))), `a placeholder was sent (sent: ${sentText(recorder).length} chars)`);
        assert.doesNotMatch(everythingSent(recorder), /nathalie\.dubois/);
        await page.close();
      });

      test('a paste carrying a NIR is stopped before it lands', { timeout: 45_000 }, async () => {
        const recorder = await server.serve(site);
        const page = await openFixture(firefox.browser, recorder);
        await pasteInto(page, recorder.site.composer, `Extrait du dossier : NIR ${NIR}`);
        await page.waitForSelector(DIALOG, { timeout: 8_000 });
        await (await page.waitForSelector(action('cancel'))).click();
        await sleep(300);
        assert.doesNotMatch(await composerText(page, recorder.site.composer), /126 111/);
        assert.doesNotMatch(everythingSent(recorder), LEAKED_NIR);
        await page.close();
      });
    });
  }
});

describe('mutation check (Firefox): without the content scripts the same test fails', { concurrency: 1 }, () => {
  test('the NIR reaches the network when Vigie is not there', { timeout: 60_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-ff-mutant-'));
    fs.cpSync(FIREFOX_EXT_DIR, dir, { recursive: true });
    const manifestPath = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    delete manifest.content_scripts;
    fs.writeFileSync(manifestPath, JSON.stringify(manifest));
    const server = await startFirefoxFixtureServer();
    const firefox = await launchFirefox({ extensionDir: dir, extraPrefs: server.prefs, acceptInsecureCerts: true });
    try {
      const recorder = await server.serve('chatgpt');
      const page = await openFixture(firefox.browser, recorder);
      await page.keyboard.type(`Dossier de Mme Dubois, NIR ${NIR}, merci de résumer.`);
      await page.keyboard.press('Enter');
      assert.ok(await waitUntil(() => LEAKED_NIR.test(sentText(recorder))), 'without the guard the fixture sends the NIR: the guard tests can fail');
      assert.equal(await page.$(DIALOG), null);
    } finally {
      await firefox.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
