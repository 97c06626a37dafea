/**
 * The guard on the seven AI tools added by issue 5 (Perplexity, DeepSeek, Albert, Grok, HuggingChat, Poe,
 * Meta AI), in headless Chromium with the built extension, against offline fixtures that imitate each site's
 * DOM, editor library and network call (support/sites-extra.mjs). Data below is fictitious (valid checksums).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from './support/chromium.mjs';
import { bundleFixture, promptOf, sends, serveSite } from './support/fixture-server.mjs';
import { buildMutantWithoutContentScripts } from './support/mutant.mjs';
import { buildMutantWithoutMainWorld } from './support/mutant-extra.mjs';
import { EXTRA_SITES, poeSignatureValid } from './support/sites-extra.mjs';

const NIR = '2 95 10 99 126 111 93';
const EMAIL = 'nathalie.dubois@example.fr';
const LEAKED_NIR = /126 ?111|126111/;
// The placeholder label may change ([EMAIL_1], [COURRIEL_1]…): any `[…_1]`.
const PLACEHOLDER = /\[[^\]\s]+_1\]/;

const SITES = Object.keys(EXTRA_SITES);
/** Sites whose prompt the main-world net can read (Meta AI's binary socket is not). */
const NET_READABLE = SITES.filter((site) => site !== 'meta-ai');

function sent(served) {
  return sends(served).map((record) => promptOf(served, record)).join('\n');
}

/** Everything sent to the site (calls and frames), raw and decoded as the site encodes it. */
function everything(served) {
  const decode = served.site.decode ?? (() => '');
  const parts = [...served.requests, ...served.frames].map((record) => `${record.body ?? record.data ?? ''}\n${decode(record)}`);
  const raw = parts.join('\n');
  try {
    return `${raw}\n${decodeURIComponent(raw.replace(/\+/g, ' '))}`;
  } catch {
    return raw;
  }
}

async function waitForSend(served, predicate = () => true, timeout = 8_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const body = sent(served);
    if (body && predicate(body)) return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return sent(served);
}

const dialog = (page) => page.locator('[data-vigie="warning"]');
const action = (page, name) => page.locator(`[data-vigie-action="${name}"]`);
const composerText = (locator) => locator.evaluate((element) => ('value' in element ? element.value : element.innerText));

let browser;
before(async () => {
  [browser] = await Promise.all([launchChromium(), ...SITES.map((site) => bundleFixture(site))]);
});
after(async () => {
  await browser?.close();
});

async function openSite(site, context = browser.context) {
  const page = await context.newPage();
  const served = await serveSite(page, site);
  await page.goto(`${served.origin}${served.site.path}`);
  await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
  const composer = page.locator(served.site.composer).first();
  await composer.click();
  return { page, served, composer };
}

/**
 * A send the DOM layer cannot see: a button it does not know, in a made-up redesign, posting the site's own
 * body format to the site's endpoint from the page's main world.
 */
async function sendFromUnknownComposer(page, site, text) {
  await page.evaluate(
    ({ site, text }) => {
      const uuid = () => crypto.randomUUID();
      const json = (url, body, headers = {}) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      const calls = {
        perplexity: () => json('https://www.perplexity.ai/rest/sse/perplexity_ask', { params: { dsl_query: text, query_source: 'home', frontend_uuid: uuid() }, query_str: text }),
        deepseek: () => json('https://chat.deepseek.com/api/v0/chat/completion', { chat_session_id: uuid(), parent_message_id: null, prompt: text, ref_file_ids: [], thinking_enabled: false, search_enabled: false }),
        albert: () => json('https://albert.numerique.gouv.fr/api/chat/completions', { model: 'albert-large', messages: [{ role: 'user', content: text }], stream: true, chat_id: uuid() }),
        grok: () => json('https://grok.com/rest/app-chat/conversations/new', { message: text, modeId: 'auto', fileAttachments: [], imageAttachments: [] }),
        huggingchat: () => {
          const form = new FormData();
          form.append('data', JSON.stringify({ inputs: text, id: uuid(), is_retry: false, is_continue: false }));
          return fetch(`https://huggingface.co/chat/conversation/${uuid()}`, { method: 'POST', body: form });
        },
        poe: () => json('https://poe.com/api/gql_POST', { queryName: 'SendMessageMutation', variables: { chatId: null, bot: 'Assistant', query: text, source: { sourceType: 'chat_input' } }, extensions: { hash: 'x' } }, { 'poe-tag-id': 'signed-by-the-page' }),
      };
      const go = document.createElement('span');
      go.className = 'go-x';
      go.textContent = '➤';
      go.addEventListener('click', () => void calls[site]().catch(() => undefined));
      document.body.append(go);
    },
    { site, text },
  );
  await page.locator('span.go-x').click();
}

for (const site of SITES) {
  describe(site, { concurrency: 1 }, () => {
    test('a clean prompt is sent unchanged, with no dialog', { timeout: 40_000 }, async () => {
      const { page, served } = await openSite(site);
      await page.keyboard.type('Rédige une note sur la politique de santé du département.');
      await page.keyboard.press('Enter');
      const body = await waitForSend(served, (text) => text.includes('politique de santé'));
      assert.equal(body, 'Rédige une note sur la politique de santé du département.');
      assert.equal(await dialog(page).count(), 0);
      await page.close();
    });

    test('a prompt with a NIR is blocked: nothing reaches the network', { timeout: 40_000 }, async () => {
      const { page, served, composer } = await openSite(site);
      await page.keyboard.type(`Dossier de Mme Dubois, NIR ${NIR}, merci de résumer.`);
      await page.keyboard.press('Enter');
      await dialog(page).waitFor({ timeout: 8_000 });
      assert.equal(await dialog(page).getAttribute('data-action'), 'block');
      assert.equal(await action(page, 'pseudonymise').count(), 0);
      assert.equal(await action(page, 'send-anyway').count(), 0);
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });
      await page.waitForTimeout(600);
      assert.equal(sends(served).length, 0, 'no send call');
      assert.doesNotMatch(everything(served), LEAKED_NIR);
      assert.match(await composerText(composer), /NIR/, 'the text stays in the composer');
      await page.close();
    });

    test('a click on the send control is guarded like Enter', { timeout: 40_000 }, async () => {
      const { page, served } = await openSite(site);
      await page.keyboard.type(`NIR ${NIR}`);
      await page.locator(served.site.sendButton).first().click();
      await dialog(page).waitFor({ timeout: 8_000 });
      assert.equal(await dialog(page).getAttribute('data-action'), 'block');
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
      assert.doesNotMatch(everything(served), LEAKED_NIR);
      await page.close();
    });

    test('a warned prompt can be pseudonymised: the send carries a placeholder, never the value', { timeout: 40_000 }, async () => {
      const { page, served } = await openSite(site);
      await page.keyboard.type(`Réponds à ${EMAIL} pour confirmer le rendez-vous.`);
      await page.keyboard.press('Enter');
      await dialog(page).waitFor({ timeout: 8_000 });
      assert.equal(await dialog(page).getAttribute('data-action'), 'warn');
      await action(page, 'pseudonymise').click();
      const body = await waitForSend(served, (text) => PLACEHOLDER.test(text));
      assert.match(body, PLACEHOLDER);
      assert.doesNotMatch(body, /nathalie\.dubois/);
      assert.match(body, /pour confirmer le rendez-vous/, 'the rest of the prompt is intact');
      if (site === 'poe') assert.ok(poeSignatureValid(sends(served)[0]), 'Poe: the site signed the pseudonymised body itself (nothing rewritten on the wire)');
      await page.close();
    });

    test('a paste carrying a NIR is checked before it lands', { timeout: 40_000 }, async () => {
      const { page, served, composer } = await openSite(site);
      await composer.evaluate((element, text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, `Extrait du dossier : NIR ${NIR}`);
      await dialog(page).waitFor({ timeout: 8_000 });
      await action(page, 'cancel').click();
      await page.waitForTimeout(400);
      assert.doesNotMatch(await composerText(composer), /126 111/);
      assert.doesNotMatch(everything(served), LEAKED_NIR);
      await page.close();
    });

    if (NET_READABLE.includes(site)) {
      test('the network net stops a send from a composer and control Vigie does not know', { timeout: 40_000 }, async () => {
        const { page, served } = await openSite(site);
        await sendFromUnknownComposer(page, site, `Dossier : NIR ${NIR}`);
        await dialog(page).waitFor({ timeout: 8_000 });
        await page.waitForTimeout(400);
        assert.doesNotMatch(everything(served), LEAKED_NIR);
        assert.equal(sends(served).length, 0);
        await page.close();
      });
    }
  });
}

describe('site specifics', { concurrency: 1 }, () => {
  test('Perplexity: the follow-up composer (second prompt field) is guarded and pseudonymised through Lexical', { timeout: 60_000 }, async () => {
    const { page, served } = await openSite('perplexity');
    await page.keyboard.type('Quelle est la population de Lyon ?');
    await page.keyboard.press('Enter');
    await waitForSend(served, (text) => text.includes('Lyon'));
    await page.waitForURL(/\/search\//, { timeout: 10_000 });
    await page.locator('[data-testid="follow-up"] div[role="textbox"][contenteditable="true"]').waitFor({ timeout: 10_000 });
    const followUp = page.locator('[data-testid="follow-up"] div[role="textbox"][contenteditable="true"]');
    await followUp.click();
    await page.keyboard.type(`Et le NIR ${NIR} ?`);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 8_000 });
    assert.equal(await dialog(page).getAttribute('data-action'), 'block');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(400);
    assert.doesNotMatch(everything(served), LEAKED_NIR);
    await followUp.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`Écris à ${EMAIL} la réponse.`);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 8_000 });
    await action(page, 'pseudonymise').click();
    await waitForSend(served, (text) => PLACEHOLDER.test(text));
    const last = JSON.parse(sends(served).at(-1).body);
    assert.equal(last.params.query_source, 'followup');
    for (const field of [last.query_str, last.params.dsl_query]) {
      assert.match(field, PLACEHOLDER, 'both prompt fields carry the placeholder');
      assert.doesNotMatch(field, /nathalie/);
    }
    await page.close();
  });

  test('Albert: a NIR in the chat-storage call (sent before the completion) is stopped by the net', { timeout: 40_000 }, async () => {
    const { page, served } = await openSite('albert');
    await page.evaluate((text) => {
      const go = document.createElement('span');
      go.className = 'go-x';
      go.textContent = '➤';
      go.addEventListener('click', () => void fetch('https://albert.numerique.gouv.fr/api/v1/chats/new', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ chat: { title: 'New Chat', messages: [{ id: crypto.randomUUID(), role: 'user', content: text }] } }) }).catch(() => undefined));
      document.body.append(go);
    }, `Dossier : NIR ${NIR}`);
    await page.locator('span.go-x').click();
    // Not a send: the agent is told by a notice rather than a dialog.
    await page.locator('[data-vigie="notice"]').waitFor({ timeout: 8_000 });
    await page.waitForTimeout(400);
    assert.doesNotMatch(everything(served), LEAKED_NIR);
    assert.equal(served.requests.filter((request) => /\/api\/v1\/chats\//.test(request.url)).length, 0, 'the storage call never left');
    await page.close();
  });

  test('Perplexity: a NIR typed in the composer does not leave in the suggestion calls, and the agent is told', { timeout: 40_000 }, async () => {
    const { page, served } = await openSite('perplexity');
    await page.keyboard.type(`Brouillon : NIR ${NIR}`);
    await page.locator('[data-vigie="notice"]').waitFor({ timeout: 8_000 });
    assert.doesNotMatch(everything(served), LEAKED_NIR);
    await page.close();
  });

  for (const site of ['perplexity', 'meta-ai']) {
    test(`${site}: a pasted e-mail address can be pseudonymised into the Lexical composer, and the send carries the placeholder`, { timeout: 40_000 }, async () => {
      const { page, served, composer } = await openSite(site);
      await page.keyboard.type('Merci de répondre à ');
      await composer.evaluate((element, text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, EMAIL);
      await dialog(page).waitFor({ timeout: 8_000 });
      await action(page, 'pseudonymise').click();
      await dialog(page).waitFor({ state: 'detached' });
      await page.waitForTimeout(300);
      assert.match(await composerText(composer), PLACEHOLDER);
      await composer.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      const body = await waitForSend(served, (text) => PLACEHOLDER.test(text));
      assert.match(body, /^Merci de répondre à \[[^\]\s]+_1\]$/, 'the editor state holds the placeholder');
      assert.doesNotMatch(everything(served), /nathalie\.dubois/);
      await page.close();
    });
  }

  test('Albert with rich text off (textarea#chat-input): blocked and pseudonymised like the tiptap composer', { timeout: 60_000 }, async () => {
    const page = await browser.context.newPage();
    const served = await serveSite(page, 'albert');
    await page.goto(`${served.origin}/?richText=0`);
    await page.waitForFunction(() => window.__fixture?.ready === true);
    const textarea = page.locator('textarea#chat-input');
    await textarea.click();
    await page.keyboard.type(`NIR ${NIR}`);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 8_000 });
    assert.equal(await dialog(page).getAttribute('data-action'), 'block');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    await textarea.fill('');
    await textarea.click();
    await page.keyboard.type(`Écris à ${EMAIL} pour le dossier.`);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: 8_000 });
    await action(page, 'pseudonymise').click();
    const body = await waitForSend(served, (text) => PLACEHOLDER.test(text));
    assert.match(body, PLACEHOLDER);
    assert.doesNotMatch(everything(served), LEAKED_NIR);
    assert.doesNotMatch(everything(served), /nathalie\.dubois/, 'neither the completion nor chat storage carries the value');
    await page.close();
  });

  test('Albert with prompt autocomplete on: a NIR in the draft sent while typing is stopped, and the agent told', { timeout: 40_000 }, async () => {
    const page = await browser.context.newPage();
    const served = await serveSite(page, 'albert');
    await page.goto(`${served.origin}/?autocomplete=1`);
    await page.waitForFunction(() => window.__fixture?.ready === true);
    await page.locator('#chat-input').click();
    await page.keyboard.type(`Brouillon : NIR ${NIR}`);
    await page.locator('[data-vigie="notice"]').waitFor({ timeout: 8_000 });
    await page.waitForTimeout(400);
    assert.doesNotMatch(everything(served), LEAKED_NIR);
    await page.close();
  });

  test('Albert with Ctrl+Enter to send: the Ctrl+Enter send is guarded', { timeout: 40_000 }, async () => {
    const page = await browser.context.newPage();
    const served = await serveSite(page, 'albert');
    await page.goto(`${served.origin}/?ctrlEnter=1`);
    await page.waitForFunction(() => window.__fixture?.ready === true);
    await page.locator('#chat-input').click();
    await page.keyboard.type(`NIR ${NIR}`);
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor({ timeout: 8_000 });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    assert.doesNotMatch(everything(served), LEAKED_NIR);
    await page.close();
  });

  // (That the net leaves the unreadable socket alone is a unit test: Playwright's WebSocket routing replaces
  // WebSocket in the page, so the page cannot show it.)
  test('Meta AI: a clean prompt sent with the div[role=button] control goes through the binary socket untouched', { timeout: 40_000 }, async () => {
    const { page, served } = await openSite('meta-ai');
    await page.keyboard.type('Horaires de la mairie ?');
    await page.locator(served.site.sendButton).click();
    const body = await waitForSend(served, (text) => text.includes('mairie'));
    assert.equal(body, 'Horaires de la mairie ?');
    await page.close();
  });
});

describe('mutation checks: the tests above can fail', { concurrency: 1 }, () => {
  test('without the content scripts, a NIR reaches the network on each of the seven sites', { timeout: 120_000 }, async () => {
    const mutant = buildMutantWithoutContentScripts();
    const bare = await launchChromium({ extensionDir: mutant.dir });
    try {
      for (const site of SITES) {
        const { page, served } = await openSite(site, bare.context);
        await page.keyboard.type(`Dossier de Mme Dubois, NIR ${NIR}, merci de résumer.`);
        await page.keyboard.press('Enter');
        const body = await waitForSend(served, (text) => text.includes('126'));
        assert.match(body, LEAKED_NIR, `${site}: without the guard the fixture sends the NIR`);
        assert.match(everything(served), LEAKED_NIR, `${site}: and the leak check sees it`);
        await page.close();
      }
    } finally {
      await bare.close();
      mutant.remove();
    }
  });

  test('without the main-world page writer, pseudonymising on Perplexity fails closed: nothing is sent', { timeout: 60_000 }, async () => {
    const mutant = buildMutantWithoutMainWorld();
    const partial = await launchChromium({ extensionDir: mutant.dir });
    try {
      const { page, served } = await openSite('perplexity', partial.context);
      await page.keyboard.type(`Réponds à ${EMAIL} pour confirmer.`);
      await page.keyboard.press('Enter');
      await dialog(page).waitFor({ timeout: 8_000 });
      await action(page, 'pseudonymise').click();
      await page.locator('[data-vigie="notice"]').waitFor({ timeout: 8_000 });
      await page.waitForTimeout(500);
      assert.equal(sends(served).length, 0, 'no send');
    } finally {
      await partial.close();
      mutant.remove();
    }
  });
});
