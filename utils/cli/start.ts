/**
 * Second half of `npm start` (after the build and the sample scan): opens Chromium or Chrome with
 * the built extension (.output/chrome-mv3) in a fresh profile, so the embedded default policy
 * applies, on Vigie's training page. With no display it says so, runs headless, walks one training
 * scenario (risky prompt → warning → good-practice rewrite), writes screenshots, prints their
 * paths and exits 0.
 * Exit codes: 0 done, 1 no browser found, build missing, or the walk-through failed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BUILT_IN_SCENARIOS } from '@/utils/training/scenarios';
import { findBrowser, hasDisplay } from './find-browser';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const SCREENSHOT_DIR = path.join(ROOT, '.output');
// Keep Chromium from calling Google's services: the training session must work offline.
const OFFLINE_FLAGS = ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check'];
/** The scenario walked through without a display: warn-level data, so the dialog offers every action. */
const WALKTHROUGH_SCENARIO = 'elu-riverain';
const TIMEOUT = 30_000;

function say(message: string): void {
  process.stdout.write(`vigie start: ${message}\n`);
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: TIMEOUT });
  return new URL(worker.url()).host;
}

/** Types the risky prompt, waits for Vigie's warning, then sends the good-practice rewrite. */
async function walkScenario(page: Page): Promise<string[]> {
  const scenario = BUILT_IN_SCENARIOS.find((candidate) => candidate.id === WALKTHROUGH_SCENARIO) ?? BUILT_IN_SCENARIOS[0];
  const shots: string[] = [];
  const composer = page.locator('[data-vigie-training="composer"]');
  await composer.waitFor({ timeout: TIMEOUT });
  await page.locator('[data-vigie-training="scenario"]').selectOption(scenario.id);
  await composer.click();
  await page.keyboard.type(scenario.riskyPrompt);
  await page.keyboard.press('Enter');
  const warning = page.locator('[data-vigie="warning"]');
  await warning.waitFor({ timeout: TIMEOUT });
  const types = await warning.locator('li[data-type]').evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute('data-type')))]);
  say(`scenario "${scenario.title.fr}": Vigie stopped the prompt (${await warning.getAttribute('data-action')}: ${types.join(', ')})`);
  shots.push(path.join(SCREENSHOT_DIR, 'vigie-training-warning.png'));
  await page.screenshot({ path: shots[0] });
  await page.locator('[data-vigie-action="modify"]').click();
  await warning.waitFor({ state: 'detached', timeout: TIMEOUT });
  await page.locator('[data-vigie-training="use-rewrite"]').click();
  await page.keyboard.press('Enter');
  await page.locator('[data-vigie-training="answer"]').first().waitFor({ timeout: TIMEOUT });
  say('the good-practice rewrite went through and the training assistant answered');
  shots.push(path.join(SCREENSHOT_DIR, 'vigie-training-rewrite.png'));
  await page.screenshot({ path: shots[1] });
  return shots;
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    say(`no build in ${EXTENSION_DIR}: run "npm run build" first (npm start does).`);
    return 1;
  }
  const browser = findBrowser();
  if (!browser) {
    say('no Chromium or Chrome found (looked for CHROME_PATH, then chromium, chromium-browser, google-chrome on PATH).');
    say(`Install one, or load ${EXTENSION_DIR} as an unpacked extension (chrome://extensions, developer mode).`);
    return 1;
  }
  const headless = !hasDisplay();
  if (headless) say('no display found (DISPLAY and WAYLAND_DISPLAY are not set): running headless and walking one training scenario.');
  say(`browser: ${browser.path} (from ${browser.from}); extension: ${EXTENSION_DIR}; policy: embedded default (fresh profile)`);

  // A fresh profile: no stored or managed policy, so the embedded default applies.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.path,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    // French first: Chromium on Linux takes its interface language from LANGUAGE, elsewhere from
    // --lang (headless Chromium keeps en-US whatever is set).
    env: { ...process.env, LANGUAGE: (process.env.VIGIE_LANG ?? 'fr-FR').replace('-', '_') },
    args: [`--lang=${process.env.VIGIE_LANG ?? 'fr-FR'}`, ...OFFLINE_FLAGS, ...(headless || process.getuid?.() === 0 ? ['--no-sandbox'] : []), `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  try {
    const extensionId = await extensionIdOf(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const url = `chrome-extension://${extensionId}/training.html`;
    await page.goto(url);
    say(`training page open: ${url}`);
    if (!headless) {
      say('close the browser window to finish.');
      await new Promise<void>((resolve) => context.on('close', () => resolve()));
      return 0;
    }
    const shots = await walkScenario(page);
    for (const shot of shots) say(`screenshot: ${shot}`);
    return 0;
  } catch (error) {
    say(`the training page could not be shown: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return 1;
  } finally {
    await context.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

process.exitCode = await main();
