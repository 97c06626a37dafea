/**
 * The leak report (evidence for the DPO's impact assessment): for each site × browser × scenario,
 * seeded personal data is typed, pasted, attached, edited or drafted, and every byte the site
 * fixtures receive is searched for it. Writes test-results/leak-report.md and .html, and fails if
 * any seeded value reached the network. One browser per type, one page per site.
 * Needs both builds: `npm run leak-report` (or `npx wxt build && npx wxt build -b firefox --mv3`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { dropFilesInPage, forDrop } from './support/attachment-files.mjs';
import { launchChromium } from './support/chromium.mjs';
import { promptOf, sends, serveSite } from './support/fixture-server.mjs';
import { launchFirefox } from './support/firefox.mjs';
import { startFirefoxFixtureServer } from './support/firefox-fixture-server.mjs';
import { LEAK_SITES, runSiteScenarios, writeLeakReport } from './support/leak-report.mjs';
import { pasteInto } from './support/puppeteer-guard.mjs';

const BROWSERS = (process.env.VIGIE_LEAK_REPORT_BROWSERS ?? 'chromium,firefox').split(',');
/** Optional subset of site ids, for debugging one row (the CI report runs them all). */
const ONLY_SITES = process.env.VIGIE_LEAK_REPORT_SITES?.split(',');
const rowsFor = (browser) => LEAK_SITES.filter((row) => row.browsers.includes(browser) && (!ONLY_SITES || ONLY_SITES.includes(row.site)));

/** Prompts the site's send call carried since `mark`. */
const sentText = (recorder, mark) => sends({ ...recorder, requests: recorder.requests.slice(mark.requests), frames: recorder.frames.slice(mark.frames) }).map((record) => promptOf(recorder, record)).join('\n');

const SELECTORS = (prefix) => ({
  dialog: `${prefix}[data-vigie="warning"]`,
  attachmentDialog: `${prefix}[data-vigie="attachment-warning"]`,
  notice: `${prefix}[data-vigie="notice"]`,
  action: (name) => `${prefix}[data-vigie="warning"] [data-vigie-action="${name}"]`,
  attachmentAction: (name) => `${prefix}[data-vigie="attachment-warning"] [data-vigie-action="${name}"]`,
});

function playwrightDriver(page, recorder) {
  return {
    ...SELECTORS(''),
    siteSend: recorder.site.sendButton,
    reload: async () => {
      await page.goto(`${recorder.origin}${recorder.site.path ?? '/'}`);
      await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
    },
    click: (selector) => page.locator(selector).first().click({ timeout: 8_000 }),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    waitFor: (selector, timeout) => page.locator(selector).first().waitFor({ timeout }).then(() => true, () => false),
    waitGone: (selector, timeout) => page.locator(selector).first().waitFor({ state: 'hidden', timeout }),
    paste: (selector, text) =>
      page.locator(selector).first().evaluate((element, value) => {
        const data = new DataTransfer();
        data.setData('text/plain', value);
        element.focus();
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text),
    drop: (selector, files) => page.evaluate(dropFilesInPage, { selector, files: files.map(forDrop) }),
    uploadFile: (selector, file) => page.locator(selector).setInputFiles(file),
  };
}

function puppeteerDriver(page, recorder, tmpDir) {
  return {
    ...SELECTORS('>>> '),
    siteSend: recorder.site.sendButton,
    reload: async () => {
      await page.goto(`${recorder.origin}${recorder.site.path ?? '/'}`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      await page.waitForFunction(() => window.__fixture?.ready === true, { timeout: 20_000 });
    },
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    // Polling page.$: waitForSelector missed Vigie's notice in Firefox once it was already in its shadow root.
    waitFor: async (selector, timeout) => {
      for (const end = Date.now() + timeout; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) if (await page.$(selector)) return true;
      return false;
    },
    waitGone: (selector, timeout) => page.waitForSelector(selector, { hidden: true, timeout }),
    paste: (selector, text) => pasteInto(page, selector, text),
    drop: (selector, files) => page.evaluate(dropFilesInPage, { selector, files: files.map(forDrop) }),
    uploadFile: async (selector, file) => {
      const filePath = path.join(tmpDir, file.name);
      fs.writeFileSync(filePath, file.buffer);
      await (await page.$(selector)).uploadFile(filePath);
    },
  };
}

test('leak report: no seeded value reaches the network', { timeout: 600_000 }, async () => {
  const started = Date.now();
  const results = [];
  const browsers = {};

  if (BROWSERS.includes('chromium')) {
  const chromium = await launchChromium();
  try {
    browsers.chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
    for (const row of rowsFor('chromium')) {
      const page = await chromium.context.newPage();
      const recorder = await serveSite(page, row.site);
      results.push(...(await runSiteScenarios({ browser: 'chromium', row, recorder, driver: playwrightDriver(page, recorder), sentText })));
      await page.close();
    }
  } finally {
    await chromium.close();
  }
  }

  if (BROWSERS.includes('firefox')) {
    const server = await startFirefoxFixtureServer();
    const firefox = await launchFirefox({ extraPrefs: server.prefs, acceptInsecureCerts: true });
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-leak-'));
    try {
      browsers.firefox = await firefox.browser.version();
      for (const row of rowsFor('firefox')) {
        const recorder = await server.serve(row.site);
        const page = await firefox.browser.newPage();
        results.push(...(await runSiteScenarios({ browser: 'firefox', row, recorder, driver: puppeteerDriver(page, recorder, tmpDir), sentText })));
        await page.close();
      }
    } finally {
      await firefox.close();
      await server.close();
      fs.rmSync(tmpDir, { recursive: true, force: true });
    }
  }

  const totals = writeLeakReport(results, { browsers, durationMs: Date.now() - started });
  console.log(`leak report: ${totals.checks} seed checks, ${totals.leaks} leaks, ${totals.errors} errors, ${totals.na} n/a, ${((Date.now() - started) / 1000).toFixed(1)} s → test-results/leak-report.md`);
  const bad = results.filter((result) => result.status === 'LEAK' || result.status === 'error');
  assert.deepEqual(bad.map((result) => `${result.browser}/${result.siteId}/${result.scenario}: ${result.status} ${result.leaked.join(' ')} ${result.note ?? ''}`), []);
});
