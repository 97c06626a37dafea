import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { FIREFOX_EXT_DIR, GECKO_EXTENSION_ID, ROOT } from './paths.mjs';

/** Fixed moz-extension:// UUID so tests know the extension's pages' origin. */
export const FIREFOX_EXTENSION_UUID = '6f1c6a8e-2f4b-4c5e-9d0a-3b7e5c1a9f42';

/** Launches headless Firefox ESR with the built extension installed as a temporary add-on (e2e-recipe.md §7). */
export async function launchFirefox({ extensionDir = FIREFOX_EXT_DIR, extraPrefs = {}, acceptInsecureCerts = false } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }), ...extraPrefs },
  });
  await browser.installExtension(extensionDir);
  return { browser, close: () => browser.close() };
}

/** Opens a page whose requests to `origin` are answered with a fixture file. */
export async function openFixturePage(browser, origin, fixtureFile) {
  const html = fs.readFileSync(path.join(ROOT, 'tests/fixtures/sites', fixtureFile), 'utf8');
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // A blocked tool navigates away while its request is answered: the request may be gone by then.
    if (request.url().startsWith(origin)) request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => undefined);
    else request.continue().catch(() => undefined);
  });
  // A blocked tool is replaced while it loads, so its own navigation may never finish: the tests
  // assert the address the page ends on instead.
  await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => null);
  return page;
}

/** The page's real address (Puppeteer reports moz-extension pages as about:blank). */
export const pageHref = (page) => page.evaluate(() => location.href).catch(() => '');

export async function waitFor(predicate, { timeout = 10_000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  return false;
}
