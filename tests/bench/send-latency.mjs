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

async function measure(extensionDir) {
  const browser = await launchChromium(extensionDir ? { extensionDir } : {});
  const timings = [];
  try {
    // The send request's arrival, timed by the route handler (same machine clock as the page's Date.now()).
    let arrived = null;
    const page = await browser.context.newPage();
    await serveSite(page, 'chatgpt', {
      onRequest: (record) => {
        if (SEND.test(record.url)) arrived?.(Date.now());
      },
    });
    await page.goto('https://chatgpt.com/');
    await page.waitForFunction(() => window.__fixture?.ready === true);
    let text = '';
    while (text.length < 4096) text += PARAGRAPH;
    text = text.slice(0, 4096);
    for (let run = 0; run < RUNS; run++) {
      await page.locator('#prompt-textarea').click();
      await page.keyboard.insertText(text);
      await page.waitForTimeout(400); // let the fixture's draft call go first
      const arrival = new Promise((resolve) => (arrived = resolve));
      const pressedAt = await page.evaluate(() => {
        const at = Date.now();
        document.querySelector('#prompt-textarea').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
        return at;
      });
      timings.push((await arrival) - pressedAt);
      arrived = null;
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
  console.log(`Send latency, clean 4 KB prompt, ${RUNS} runs each (Enter keydown in the page → send request reaches the network mock):`);
  console.log(row('without Vigie', without));
  console.log(row('with Vigie', withVigie));
  const added = quantile(withVigie, 0.95) - quantile(without, 0.95);
  console.log(`added by Vigie   p95 ${added.toFixed(2)} ms (target < 16 ms: ${added < 16 ? 'PASS' : 'FAIL'}); median ${(quantile(withVigie, 0.5) - quantile(without, 0.5)).toFixed(2)} ms`);
} finally {
  mutant.remove();
}
