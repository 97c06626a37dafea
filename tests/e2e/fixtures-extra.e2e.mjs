/**
 * Positive controls for the seven fixtures added by issue 5 (support/sites-extra.mjs): with clean prompts and
 * no help from Vigie, each fixture sends like the site it imitates (Enter, Shift+Enter, the send control, the
 * site's body format). Runs against the built extension but asserts nothing about Vigie: if these fail, the
 * fixtures broke (or the guard stopped being transparent for clean prompts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from './support/chromium.mjs';
import { bundleFixture, drafts, promptOf, sends, serveSite } from './support/fixture-server.mjs';
import { EXTRA_SITES, poeSignatureValid } from './support/sites-extra.mjs';

async function until(predicate, message, timeout = 8_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.fail(`timed out: ${message}`);
}
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let browser;
before(async () => {
  [browser] = await Promise.all([launchChromium(), ...Object.keys(EXTRA_SITES).map((site) => bundleFixture(site))]);
});
after(async () => {
  await browser?.close();
});

async function openSite(site) {
  const page = await browser.context.newPage();
  const served = await serveSite(page, site);
  await page.goto(`${served.origin}${served.site.path}`);
  await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
  return { page, served, s: served.site };
}

/** Waits until the last answer shows the whole stub reply. */
async function answered({ page, s }, count) {
  await page.waitForFunction(
    ({ selector, count }) => {
      const answers = document.querySelectorAll(selector);
      return answers.length >= count && /fixture\.$/.test(answers[answers.length - 1].textContent.trim());
    },
    { selector: s.assistantMessage, count },
    { timeout: 10_000 },
  );
}

for (const site of Object.keys(EXTRA_SITES)) {
  describe(`${site} fixture`, () => {
    let ctx;
    before(async () => {
      ctx = await openSite(site);
    });
    after(async () => {
      await ctx?.page.close();
    });

    test('typing "bonjour" + Enter sends once, with the text in the site\'s body format', { timeout: 30_000 }, async () => {
      const { page, served, s } = ctx;
      await page.locator(s.composer).first().click();
      await page.keyboard.type('bonjour');
      await page.keyboard.press('Enter');
      await until(() => sends(served).length >= 1, 'first send');
      assert.equal(promptOf(served, sends(served)[0]), 'bonjour');
      await answered(ctx, 1);
      await wait(400);
      assert.equal(sends(served).length, 1, 'Enter sends exactly once');
      assert.equal(await page.locator(s.userMessage).count(), 1);
    });

    test('Shift+Enter adds a line without sending; the send control sends', { timeout: 30_000 }, async () => {
      const { page, served, s } = ctx;
      const before = sends(served).length;
      await page.locator(s.composer).first().click();
      await page.keyboard.type('ligne un');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('ligne deux');
      await wait(400);
      assert.equal(sends(served).length, before, 'Shift+Enter does not send');
      await page.locator(s.sendButton).first().click();
      await until(() => sends(served).length === before + 1, 'send by the control');
      assert.equal(promptOf(served, sends(served).at(-1)), 'ligne un\nligne deux');
      await answered(ctx, 2);
    });
  });
}

describe('site specifics', () => {
  test('Perplexity: home and follow-up composers; the prompt travels in query_str and params.dsl_query; suggestions carry the draft', { timeout: 40_000 }, async () => {
    const ctx = await openSite('perplexity');
    const { page, served, s } = ctx;
    await page.locator(s.homeComposer).click();
    await page.keyboard.type('première question');
    // The suggestion call is debounced, so one may leave mid-typing with part of the draft; wait for the call that carries all of it.
    const lastDraftQuery = () => { const last = drafts(served).at(-1); return last && JSON.parse(last.body).query; };
    await until(() => lastDraftQuery() === 'première question', 'suggestion call with the whole draft');
    await page.keyboard.press('Enter');
    await until(() => sends(served).length === 1, 'home send');
    const first = JSON.parse(sends(served)[0].body);
    assert.equal(first.query_str, 'première question');
    assert.equal(first.params.dsl_query, 'première question');
    assert.equal(first.params.query_source, 'home');
    await answered(ctx, 1);
    await page.waitForURL(/\/search\//);
    assert.equal(await page.locator(s.homeComposer).count(), 0, 'the home composer is gone on the thread page');
    await page.locator(s.composer).click();
    await page.keyboard.type('question de suivi');
    await page.keyboard.press('Enter');
    await until(() => sends(served).length === 2, 'follow-up send');
    const second = JSON.parse(sends(served)[1].body);
    assert.equal(second.params.query_source, 'followup');
    assert.ok(second.params.last_backend_uuid, 'follow-ups carry last_backend_uuid');
    assert.equal(second.query_str, 'question de suivi');
    assert.equal(second.params.dsl_query, 'question de suivi');
    await page.close();
  });

  test('Perplexity: Lexical reverts a DOM change it did not make (the reason for the main-world writer)', { timeout: 30_000 }, async () => {
    const { page, served, s } = await openSite('perplexity');
    await page.locator(s.homeComposer).click();
    await page.keyboard.type('texte original');
    await page.locator(s.homeComposer).evaluate((element) => {
      element.querySelector('span[data-lexical-text]').textContent = 'texte changé en douce';
    });
    await wait(200);
    await page.keyboard.type('!');
    await wait(200);
    await page.keyboard.press('Enter');
    await until(() => sends(served).length === 1, 'send');
    assert.equal(promptOf(served, sends(served)[0]), 'texte original!', 'the app sends its own state, not the DOM');
    await page.close();
  });

  test('Albert: the prompt reaches chat storage before the completion; Ctrl+Enter mode', { timeout: 30_000 }, async () => {
    const { page, served, s } = await openSite('albert');
    await page.locator(s.composer).click();
    await page.keyboard.type('question sur le budget');
    await page.keyboard.press('Enter');
    await until(() => sends(served).length === 1, 'completion');
    const storageIndex = served.requests.findIndex((request) => s.storageEndpoint.test(request.url) && request.body.includes('question sur le budget'));
    const completionIndex = served.requests.findIndex((request) => s.sendEndpoint.test(request.url));
    assert.ok(storageIndex >= 0 && storageIndex < completionIndex, 'storage call first, with the prompt');
    assert.match(served.requests[storageIndex].url, /\/api\/v1\/chats\/new$/);
    assert.equal(served.requests[completionIndex].headers.authorization, 'Bearer fixture-token');
    await page.close();
    const ctrl = await browser.context.newPage();
    const served2 = await serveSite(ctrl, 'albert');
    await ctrl.goto(`${served2.origin}/?ctrlEnter=1`);
    await ctrl.waitForFunction(() => window.__fixture?.ready === true);
    await ctrl.locator(s.composer).click();
    await ctrl.keyboard.type('avec Ctrl');
    await ctrl.keyboard.press('Enter');
    await wait(400);
    assert.equal(sends(served2).length, 0, 'Enter alone does not send in Ctrl+Enter mode');
    await ctrl.keyboard.press('Control+Enter');
    await until(() => sends(served2).length === 1, 'Ctrl+Enter send');
    assert.equal(promptOf(served2, sends(served2)[0]), 'avec Ctrl');
    await ctrl.close();
  });

  test('Albert with prompt autocomplete on: the draft leaves while typing, before any send', { timeout: 30_000 }, async () => {
    const page = await browser.context.newPage();
    const served = await serveSite(page, 'albert');
    await page.goto(`${served.origin}/?autocomplete=1`);
    await page.waitForFunction(() => window.__fixture?.ready === true);
    await page.locator('#chat-input').click();
    await page.keyboard.type('brouillon en cours');
    await until(() => drafts(served).length >= 1, 'autocomplete call');
    assert.equal(JSON.parse(drafts(served).at(-1).body).prompt, 'brouillon en cours');
    assert.equal(sends(served).length, 0);
    await page.close();
  });

  test('Poe: the body is signed; the mock accepts it as sent and rejects a rewritten one', { timeout: 30_000 }, async () => {
    const { page, served, s } = await openSite('poe');
    await page.locator(s.composer).click();
    await page.keyboard.type('question sur la météo');
    await page.keyboard.press('Enter');
    await until(() => sends(served).length === 1, 'send');
    const [record] = sends(served);
    assert.ok(poeSignatureValid(record), 'signature valid as sent');
    const status = await page.evaluate(async ({ body, headers }) => {
      const response = await fetch('https://poe.com/api/gql_POST', { method: 'POST', headers: { 'content-type': 'application/json', 'poe-formkey': headers['poe-formkey'], 'poe-tag-id': headers['poe-tag-id'] }, body: body.replace('question sur la météo', 'question sur [NOM_1]') });
      return response.status;
    }, record);
    assert.equal(status, 403, 'a rewritten body breaks the signature');
    await page.close();
  });

  test('Meta AI: the prompt leaves in a binary WebSocket frame where it is not readable as text', { timeout: 30_000 }, async () => {
    const { page, served, s } = await openSite('meta-ai');
    await page.locator(s.composer).click();
    await page.keyboard.type('question sur les horaires');
    await page.locator(s.sendButton).click();
    await until(() => sends(served).length === 1, 'frame');
    const [frame] = sends(served);
    assert.equal(promptOf(served, frame), 'question sur les horaires');
    assert.doesNotMatch(frame.raw.toString('latin1'), /question sur les horaires/, 'the text is base64 inside a binary envelope');
    await page.close();
  });

  test('DeepSeek: the send control is a div[role=button] whose state is aria-disabled', { timeout: 30_000 }, async () => {
    const { page, s } = await openSite('deepseek');
    const control = page.locator(s.sendButton);
    assert.equal(await control.getAttribute('aria-disabled'), 'true');
    await page.locator(s.composer).click();
    await page.keyboard.type('x');
    await until(async () => (await control.getAttribute('aria-disabled')) === 'false', 'enabled');
    await page.close();
  });
});
