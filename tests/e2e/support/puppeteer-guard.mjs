/**
 * Driving a fixture page with puppeteer-core (Firefox): the same steps as the Playwright guard tests.
 * Vigie's dialog lives in an open shadow root: `>>>` pierces it.
 */
import { promptOf, sends } from './fixture-server.mjs';

export const DIALOG = '>>> [data-vigie="warning"]';
export const action = (name) => `>>> [data-vigie-action="${name}"]`;
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens `site` (already served by the Firefox fixture server) in a new page, focused on its composer. */
export async function openFixture(browser, recorder) {
  const page = await browser.newPage();
  await page.goto(`${recorder.origin}${recorder.site.path ?? '/'}`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
  await page.waitForFunction(() => window.__fixture?.ready === true, { timeout: 20_000 });
  await page.click(recorder.site.composer);
  return page;
}

/** The prompts that left through the site's send call. */
export const sentText = (recorder) => sends(recorder).map((record) => promptOf(recorder, record)).join('\n');

/** Every byte sent to the site's API, decoded loosely, for "nothing leaked" checks. */
export function everythingSent(recorder) {
  const raw = [...recorder.requests.map((request) => request.body ?? ''), ...(recorder.frames ?? []).map((frame) => String(frame.data))].join('\n');
  try {
    return `${raw}\n${decodeURIComponent(raw.replace(/\+/g, ' '))}`;
  } catch {
    return raw;
  }
}

export async function waitUntil(predicate, timeout = 8_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await predicate()) return true;
    await sleep(50);
  }
  return false;
}

/**
 * Pastes `text` into the composer with a real Ctrl+C / Ctrl+V through the (headless) clipboard:
 * Firefox empties the clipboardData of a synthetic paste event, so only a real paste carries text.
 */
export async function pasteInto(page, selector, text) {
  await page.evaluate((value) => {
    const scratch = document.createElement('textarea');
    scratch.id = '__vigie_test_clipboard';
    scratch.value = value;
    document.body.append(scratch);
    scratch.focus();
    scratch.select();
  }, text);
  await page.keyboard.down('Control');
  await page.keyboard.press('c');
  await page.keyboard.up('Control');
  await page.evaluate(() => document.getElementById('__vigie_test_clipboard')?.remove());
  await page.click(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
}

export const composerText = (page, selector) => page.$eval(selector, (element) => ('value' in element ? element.value : element.innerText));
