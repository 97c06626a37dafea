/**
 * Added delay between the agent's Enter and the site's send, for a clean 4 KB prompt, in headless
 * Chromium: the same ChatGPT fixture with Vigie and with a copy of Vigie without its content
 * scripts; the difference is what Vigie adds. Part of `npm run bench` (target p95 < 16 ms).
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

/**
 * Times one send inside the page: from the Enter keydown's dispatch to the moment the browser
 * starts the send request (Resource Timing `startTime`, after every fetch wrapper has let it go),
 * minus the time the network mock took to answer the fixture's prepare call. Both ends use the
 * page's clock, so Playwright's round trips are not in the measure.
 */
async function measure(extensionDir) {
  const browser = await launchChromium(extensionDir ? { extensionDir } : {});
  const timings = [];
  try {
    const page = await browser.context.newPage();
    await serveSite(page, 'chatgpt');
    await page.goto('https://chatgpt.com/');
    await page.waitForFunction(() => window.__fixture?.ready === true);
    let text = '';
    while (text.length < 4096) text += PARAGRAPH;
    text = text.slice(0, 4096);
    // Run 0 is not timed: the first send of a page pays one-off costs in both variants (the
    // fixture's code, and Vigie's engine if its idle-time warm-up has not finished yet).
    for (let run = -1; run < RUNS; run++) {
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
      if (run >= 0) timings.push(prepareStart === null ? sendStart - pressedAt : prepareStart - pressedAt + (sendStart - prepareEnd));
      await page.locator('button[data-testid="stop-button"]').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    }
  } finally {
    await browser.close();
  }
  return timings.sort((a, b) => a - b);
}

const mutant = buildMutantWithoutContentScripts();
try {
  const without = await measure(mutant.dir);
  const withVigie = await measure(null);
  const row = (label, values) => `${label.padEnd(16)} median ${quantile(values, 0.5).toFixed(2)} ms   p95 ${quantile(values, 0.95).toFixed(2)} ms`;
  console.log(`Send latency, clean 4 KB prompt, ${RUNS} runs each (Enter keydown in the page → the browser starts the send request, Resource Timing):`);
  console.log(row('without Vigie', without));
  console.log(row('with Vigie', withVigie));
  const added = quantile(withVigie, 0.95) - quantile(without, 0.95);
  console.log(`added by Vigie   p95 ${added.toFixed(2)} ms (target < 16 ms: ${added < 16 ? 'PASS' : 'FAIL'}); median ${(quantile(withVigie, 0.5) - quantile(without, 0.5)).toFixed(2)} ms`);
} finally {
  mutant.remove();
}
