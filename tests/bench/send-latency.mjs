/**
 * Added delay between the agent's Enter and the site's send, for a clean 4 KB prompt, in headless
 * Chromium: the same ChatGPT fixture with Vigie and with a copy of Vigie without its content
 * scripts; the difference is what Vigie adds, for the first send of fresh tabs and for the sends
 * after it. Part of `npm run bench` (target < 16 ms).
 * Usage: node tests/bench/send-latency.mjs [runs]
 */
import { launchChromium } from '../e2e/support/chromium.mjs';
import { serveSite } from '../e2e/support/fixture-server.mjs';
import { buildMutantWithoutContentScripts } from '../e2e/support/mutant.mjs';

const RUNS = Number(process.argv[2] ?? 40);
const SEND = /\/backend-api\/f\/conversation$/;
const PARAGRAPH = 'Peux-tu reformuler ce compte rendu de réunion du service des routes ? Les travaux de la RD 12 commencent en mars, budget 1,2 M€, marché 2025-DSISN-014, article L. 221-1. ';

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Fresh pages whose first send is timed, and how long after load: Vigie's idle-time warm-up takes about 1.5 s there. */
const FIRST_SEND_PAGES = 5;
const FIRST_SEND_AFTER_MS = 4_000;

/** A new tab on the ChatGPT fixture, ready to type in. */
async function openChat(browser) {
  const page = await browser.context.newPage();
  await serveSite(page, 'chatgpt');
  await page.goto('https://chatgpt.com/');
  await page.waitForFunction(() => window.__fixture?.ready === true);
  return page;
}

/**
 * Times one send inside the page: from the Enter keydown's dispatch to the moment the browser
 * starts the send request (Resource Timing `startTime`, after every fetch wrapper has let it go),
 * minus the time the network mock took to answer the fixture's prepare call. Both ends use the
 * page's clock, so Playwright's round trips are not in the measure.
 */
async function timeSend(page, text) {
  await page.locator('#prompt-textarea').click();
  await page.keyboard.insertText(text);
  await page.waitForTimeout(400); // let the fixture's draft call go first
  const pressedAt = await page.evaluate(() => {
    performance.clearResourceTimings();
    const at = performance.now();
    document.querySelector('#prompt-textarea').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    return at;
  });
  // The fixture, like ChatGPT, calls /conversation/prepare and waits for its answer before the
  // send: the mock's answer time (Playwright round trips, noisy) is taken out of the measure.
  const timing = await page.waitForFunction(
    (source) => {
      const entries = performance.getEntriesByType('resource');
      const send = entries.find((entry) => new RegExp(source).test(new URL(entry.name).pathname));
      if (!send) return null;
      const prepare = entries.find((entry) => entry.name.endsWith('/conversation/prepare') && entry.startTime < send.startTime);
      return { sendStart: send.startTime, prepareStart: prepare?.startTime ?? null, prepareEnd: prepare?.responseEnd ?? null };
    },
    SEND.source,
    { timeout: 10_000, polling: 20 },
  );
  const { sendStart, prepareStart, prepareEnd } = await timing.jsonValue();
  await page.locator('button[data-testid="stop-button"]').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  return prepareStart === null ? sendStart - pressedAt : prepareStart - pressedAt + (sendStart - prepareEnd);
}

/**
 * The first send of fresh pages, once the warm-up has had time to finish (what an agent meets at
 * each new tab: it took 100-150 ms more than the next ones when the warm-up missed two-byte
 * strings), then RUNS sends in one page after an untimed one.
 */
async function measure(extensionDir) {
  const browser = await launchChromium(extensionDir ? { extensionDir } : {});
  const first = [];
  const timings = [];
  try {
    let text = '';
    while (text.length < 4096) text += PARAGRAPH;
    text = text.slice(0, 4096);
    for (let n = 0; n < FIRST_SEND_PAGES; n++) {
      const page = await openChat(browser);
      await page.waitForTimeout(FIRST_SEND_AFTER_MS);
      first.push(await timeSend(page, text));
      await page.close();
    }
    const page = await openChat(browser);
    // Run 0 is not timed: the first send of a page is the measure above.
    for (let run = -1; run < RUNS; run++) {
      const timing = await timeSend(page, text);
      if (run >= 0) timings.push(timing);
    }
  } finally {
    await browser.close();
  }
  return { first: first.sort((a, b) => a - b), timings: timings.sort((a, b) => a - b) };
}

const mutant = buildMutantWithoutContentScripts();
try {
  const without = await measure(mutant.dir);
  const withVigie = await measure(null);
  const row = (label, values) => `${label.padEnd(16)} median ${quantile(values, 0.5).toFixed(2)} ms   p95 ${quantile(values, 0.95).toFixed(2)} ms`;
  console.log(`Send latency, clean 4 KB prompt, ${RUNS} runs each (Enter keydown in the page → the browser starts the send request, Resource Timing):`);
  console.log(row('without Vigie', without.timings));
  console.log(row('with Vigie', withVigie.timings));
  const added = quantile(withVigie.timings, 0.95) - quantile(without.timings, 0.95);
  console.log(`added by Vigie   p95 ${added.toFixed(2)} ms (target < 16 ms: ${added < 16 ? 'PASS' : 'FAIL'}); median ${(quantile(withVigie.timings, 0.5) - quantile(without.timings, 0.5)).toFixed(2)} ms`);
  const worst = (values) => values[values.length - 1];
  const addedFirst = worst(withVigie.first) - worst(without.first);
  console.log(
    `first send of a tab (${FIRST_SEND_PAGES} fresh tabs each, ${FIRST_SEND_AFTER_MS / 1000} s after load): without Vigie median ${quantile(without.first, 0.5).toFixed(2)} ms, worst ${worst(without.first).toFixed(2)} ms; ` +
      `with Vigie median ${quantile(withVigie.first, 0.5).toFixed(2)} ms, worst ${worst(withVigie.first).toFixed(2)} ms; ` +
      `added, worst against worst ${addedFirst.toFixed(2)} ms (target < 16 ms: ${addedFirst < 16 ? 'PASS' : 'FAIL'}), median ${(quantile(withVigie.first, 0.5) - quantile(without.first, 0.5)).toFixed(2)} ms`,
  );
} finally {
  mutant.remove();
}
