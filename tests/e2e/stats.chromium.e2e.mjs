/**
 * Statistics in headless Chromium with the built extension: warnings and blocks on the ChatGPT
 * fixture and a blocked tool are counted, the popup and the dashboard show the right numbers, and
 * nothing the agent typed (marker strings, detected values) is found in any storage of the
 * extension. Screenshots of the popup and the dashboard go to test-results/.
 * Data below is fictitious (valid checksums, nobody's).
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium, waitForEffectivePolicy } from './support/chromium.mjs';
import { assertNoneOf, readAllExtensionStorage } from './support/extension-storage.mjs';
import { promptOf, sends, serveSite } from './support/fixture-server.mjs';
import { ARTIFACTS_DIR } from './support/paths.mjs';
import { serveFixture } from './support/sites.mjs';

const NIR = '2 95 10 99 126 111 93';
const EMAIL = 'nathalie.dubois@example.fr';
// Unique strings typed into every prompt: none may ever reach extension storage.
const MARKERS = ['ZQX-MARKER-ALPHA-7431', 'ZQX-MARKER-BRAVO-9902', 'ZQX-MARKER-CHARLIE-1185', 'ZQX-MARKER-DELTA-5560', 'ZQX-MARKER-ECHO-3317'];
const VALUES = [NIR, NIR.replace(/ /g, ''), EMAIL, 'nathalie.dubois', 'Dubois'];

const dialog = (page) => page.locator('[data-vigie="warning"]');
const action = (page, name) => page.locator(`[data-vigie-action="${name}"]`);

async function openChatGpt(context) {
  const page = await context.newPage();
  const recorder = await serveSite(page, 'chatgpt');
  await page.goto(`${recorder.site.origin}/`);
  await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 20_000 });
  await page.locator(recorder.site.composer).first().click();
  return { page, recorder };
}

async function waitForSend(recorder, needle, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (sends(recorder).some((record) => promptOf(recorder, record).includes(needle))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the prompt was never sent');
}

/** Counter rows of the stats database, read in the service worker (same origin as the pages). */
function readCounters(serviceWorker) {
  return serviceWorker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('vigie-stats');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('counters')) return resolve([]);
          const all = db.transaction('counters', 'readonly').objectStore('counters').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

const totalOf = (rows, event) => rows.filter((row) => row.event === event && row.dimension === 'total').reduce((sum, row) => sum + row.count, 0);

async function waitForCounts(serviceWorker, predicate, timeout = 15_000) {
  const end = Date.now() + timeout;
  let rows = [];
  while (Date.now() < end) {
    rows = await readCounters(serviceWorker);
    if (predicate(rows)) return rows;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`counters never matched: ${JSON.stringify(rows.map((row) => [row.event, row.dimension, row.category, row.count]))}`);
}

describe('statistics (Chromium)', { concurrency: 1 }, () => {
  let browser;
  before(async () => {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    browser = await launchChromium();
    // A stricter local choice (allowed without any managed policy): DeepSeek blocked on this browser.
    await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ localSettings: { tools: { deepseek: { access: 'blocked' } } } }));
    await waitForEffectivePolicy(browser.serviceWorker, (record) => record.policy.tools?.deepseek?.access === 'blocked');
  });
  after(async () => {
    await browser?.close();
  });

  test('warnings, blocks and a blocked tool are counted by outcome, tool and data type', { timeout: 120_000 }, async () => {
    const { context, serviceWorker } = browser;

    let { page, recorder } = await openChatGpt(context);
    await page.keyboard.type(`Rédige une note de service ${MARKERS[0]} sur les congés.`);
    await page.keyboard.press('Enter');
    await waitForSend(recorder, MARKERS[0]);
    await page.close();

    ({ page, recorder } = await openChatGpt(context));
    await page.keyboard.type(`Dossier de Mme Dubois ${MARKERS[1]}, NIR ${NIR}, merci de résumer.`);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    await page.close();

    ({ page, recorder } = await openChatGpt(context));
    await page.keyboard.type(`Réponds à ${EMAIL} ${MARKERS[2]} pour confirmer.`);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 10_000 });
    await action(page, 'pseudonymise').click();
    await waitForSend(recorder, '[COURRIEL_1]');
    await page.close();

    ({ page, recorder } = await openChatGpt(context));
    await page.keyboard.type(`Écris à ${EMAIL} ${MARKERS[3]} (adresse fictive).`);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 10_000 });
    await action(page, 'send-anyway').click();
    await page.locator('[data-vigie-reason="fictitious-data"]').check();
    await action(page, 'send-anyway-confirm').click();
    await waitForSend(recorder, MARKERS[3]);
    await page.close();

    ({ page, recorder } = await openChatGpt(context));
    await page.keyboard.type(`Contacter ${EMAIL} ${MARKERS[4]} demain.`);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 10_000 });
    await action(page, 'modify').click();
    await dialog(page).waitFor({ state: 'detached' });
    await page.close();

    // The blocked tool: shown, then reloaded (counted once for this tab).
    await serveFixture(context, 'https://chat.deepseek.com', 'generic-chat.html');
    const blocked = await context.newPage();
    await blocked.goto('https://chat.deepseek.com/');
    await blocked.locator('[data-vigie="blocked-tool"]').waitFor({ timeout: 15_000 });
    await blocked.reload();
    await blocked.locator('[data-vigie="blocked-tool"]').waitFor({ timeout: 15_000 });
    await blocked.waitForTimeout(500);
    await blocked.close();

    const rows = await waitForCounts(serviceWorker, (current) => ['sent-clean', 'blocked', 'pseudonymised', 'sent-anyway', 'modified', 'tool-blocked'].every((event) => totalOf(current, event) >= 1));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const settled = await readCounters(serviceWorker);
    for (const event of ['sent-clean', 'blocked', 'pseudonymised', 'sent-anyway', 'modified', 'tool-blocked']) assert.equal(totalOf(settled, event), 1, `${event} counted once`);
    assert.ok(settled.every((row) => row.tool === 'chatgpt' || (row.tool === 'deepseek' && row.event === 'tool-blocked')), 'only the tools used');
    assert.ok(settled.some((row) => row.dimension === 'type' && row.category === 'NIR' && row.event === 'blocked'));
    assert.ok(settled.some((row) => row.dimension === 'reason' && row.category === 'fictitious-data'));
    const { effectivePolicy } = await serviceWorker.evaluate(() => chrome.storage.local.get('effectivePolicy'));
    assert.ok(settled.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row.day) && row.policyVersion === effectivePolicy.policy.policyVersion));
    assert.ok(rows.length > 0);
  });

  test('the popup and the dashboard show the counts; screenshots', { timeout: 90_000 }, async () => {
    const { context, serviceWorker, extensionId } = browser;
    const rows = await readCounters(serviceWorker);
    const checks = ['sent-clean', 'modified', 'pseudonymised', 'sent-anyway', 'cancelled', 'blocked', 'net-blocked', 'failed-closed', 'observed'].reduce((sum, event) => sum + totalOf(rows, event), 0);
    const blocks = ['blocked', 'net-blocked', 'failed-closed', 'tool-blocked'].reduce((sum, event) => sum + totalOf(rows, event), 0);

    // The popup, opened as a page. Its "current site" is then the popup's own tab (activeTab is only
    // granted by a click on the toolbar button, which headless Chromium has not): the site status per
    // tool access is covered by tests/component/popup-site-status.test.tsx.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const today = popup.locator('[data-vigie="today-stats"]');
    await today.waitFor({ timeout: 10_000 });
    assert.equal(await today.locator('[data-vigie-stat="checks"]').getAttribute('data-value'), String(checks));
    assert.equal(await today.locator('[data-vigie-stat="warnings"]').getAttribute('data-value'), '3');
    assert.equal(await today.locator('[data-vigie-stat="blocks"]').getAttribute('data-value'), String(blocks));
    assert.equal(await popup.locator('[data-vigie="site-access"]').getAttribute('data-access'), 'none');
    assert.match(await popup.locator('[data-vigie="popup-policy-source"]').innerText(), /./);
    assert.match(await popup.locator('[data-vigie="link-dashboard"]').getAttribute('href'), /options\.html#stats$/);
    assert.match(await popup.locator('[data-vigie="link-training"]').getAttribute('href'), /training\.html$/);
    await popup.screenshot({ path: path.join(ARTIFACTS_DIR, 'stats-popup.png'), fullPage: true });

    const dashboard = await context.newPage();
    await dashboard.setViewportSize({ width: 1200, height: 900 });
    await dashboard.goto(`chrome-extension://${extensionId}/options.html#stats`);
    const board = dashboard.locator('[data-vigie="stats-dashboard"]');
    await board.waitFor({ timeout: 10_000 });
    assert.equal(await board.locator('[data-vigie="stats-summary"] [data-vigie-stat="warnings"]').getAttribute('data-value'), '3');
    const overTime = board.locator('[data-vigie-table="over-time"]');
    assert.equal(await overTime.locator('tbody tr').count(), 1, 'one day');
    for (const event of ['sent-clean', 'blocked', 'pseudonymised', 'sent-anyway', 'modified', 'tool-blocked']) {
      assert.equal(await overTime.locator(`tbody td[data-key="${event}"]`).innerText(), '1', event);
    }
    assert.equal(await board.locator('[data-vigie-table="by-tool"] tbody tr[data-label="ChatGPT"] td[data-key="warnings"]').innerText(), '3');
    assert.equal(await board.locator('[data-vigie-table="by-tool"] tbody tr[data-label="DeepSeek"] td[data-key="blocks"]').innerText(), '1');
    assert.ok((await board.locator('[data-vigie-table="by-type"] tbody tr').count()) >= 2);
    // 2 corrected (modified, pseudonymised) for 1 sent anyway.
    assert.equal(Number(await board.locator('[data-vigie="resolution-share"]').getAttribute('data-share')).toFixed(3), (2 / 3).toFixed(3));
    assert.equal(await board.locator('canvas').count(), 4, 'a chart per section');
    await dashboard.locator('input[value="week"]').check();
    assert.match(await overTime.locator('tbody th').first().innerText(), /^\d{4}-W\d{2}$/);
    await dashboard.locator('input[value="day"]').check();
    await dashboard.screenshot({ path: path.join(ARTIFACTS_DIR, 'stats-dashboard.png'), fullPage: true });

    // "What Vigie records": one sentence per stored counter.
    await dashboard.locator('#vigie-tab-records').click();
    const list = dashboard.locator('[data-vigie="records-list"] li');
    await list.first().waitFor();
    assert.equal(await list.count(), (await readCounters(serviceWorker)).length);
    await dashboard.screenshot({ path: path.join(ARTIFACTS_DIR, 'stats-records.png'), fullPage: true });
    await popup.close();
    await dashboard.close();
  });

  test('privacy: no marker string or detected value anywhere in extension storage', { timeout: 30_000 }, async () => {
    const dump = await readAllExtensionStorage(browser.serviceWorker);
    assert.match(dump, /vigie-stats/, 'the statistics database was read');
    assert.match(dump, /tool-blocked/);
    assertNoneOf(dump, [...MARKERS, ...VALUES]);
  });

  test('export JSON and CSV, import them into the organisation view once, refuse an invalid file', { timeout: 60_000 }, async () => {
    const { context, extensionId } = browser;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html#stats`);
    await page.locator('[data-vigie="stats-dashboard"]').waitFor({ timeout: 10_000 });
    const save = async (name) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-vigie-action="${name}"]`).click()]);
      const file = path.join(ARTIFACTS_DIR, `stats-${name}-${download.suggestedFilename()}`);
      await download.saveAs(file);
      return file;
    };
    const jsonFile = await save('export-json');
    const csvFile = await save('export-csv');
    const exported = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    assert.equal(exported.format, 'vigie-stats-export');
    assert.equal(exported.schemaVersion, 1);
    assertNoneOf(fs.readFileSync(jsonFile, 'utf8') + fs.readFileSync(csvFile, 'utf8'), [...MARKERS, ...VALUES]);

    const input = page.locator('#vigie-stats-import');
    const messages = page.locator('[data-vigie="import-messages"] li');
    await input.setInputFiles(jsonFile);
    await messages.first().waitFor();
    assert.equal(await messages.first().getAttribute('data-ok'), 'true');
    // The CSV of another export id is accepted; the same JSON again is refused as a duplicate.
    await input.setInputFiles([csvFile, jsonFile]);
    await page.waitForFunction(() => document.querySelectorAll('[data-vigie="import-messages"] li').length === 2);
    assert.deepEqual(await messages.evaluateAll((items) => items.map((item) => item.getAttribute('data-ok'))), ['true', 'false']);
    const broken = path.join(ARTIFACTS_DIR, 'stats-broken-export.json');
    fs.writeFileSync(broken, JSON.stringify({ ...exported, exportId: crypto.randomUUID(), rows: [{ ...exported.rows[0], category: 'Mme Dubois' }] }));
    await input.setInputFiles(broken);
    await page.waitForFunction(() => document.querySelectorAll('[data-vigie="import-messages"] li').length === 1);
    assert.equal(await messages.first().getAttribute('data-ok'), 'false');
    assert.match(await messages.first().innerText(), /rows\.0\.category/);

    // Organisation view: two exports of the same counts → twice the warnings of this browser.
    await page.locator('input[value="organisation"]').check();
    assert.equal(await page.locator('[data-vigie="stats-summary"] [data-vigie-stat="warnings"]').getAttribute('data-value'), '6');
    await page.close();
  });

  test('the dashboard says when the statistics database was rebuilt', { timeout: 30_000 }, async () => {
    const { context, serviceWorker, extensionId } = browser;
    const at = Date.now();
    await serviceWorker.evaluate((time) => chrome.storage.local.set({ statsHealth: { state: 'rebuilt', at: time, error: 'UnknownError', rebuiltAt: time } }), at);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html#stats`);
    const notice = page.locator('[data-vigie="stats-health"]');
    await notice.waitFor({ timeout: 10_000 });
    assert.equal(await notice.getAttribute('data-state'), 'rebuilt');
    await serviceWorker.evaluate(() => chrome.storage.local.remove('statsHealth'));
    await page.close();
  });

  test('delete all empties the statistics after confirmation', { timeout: 30_000 }, async () => {
    const { context, serviceWorker, extensionId } = browser;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html#records`);
    await page.locator('[data-vigie-action="delete-all"]').click();
    assert.ok((await readCounters(serviceWorker)).length > 0, 'nothing deleted before confirming');
    await page.locator('[data-vigie-action="delete-all-confirm"]').click();
    await page.locator('[data-vigie="records-empty"]').waitFor({ timeout: 10_000 });
    assert.deepEqual(await readCounters(serviceWorker), []);
    await page.close();
  });
});
