/**
 * Positive controls for the offline AI-site fixtures (tests/fixtures/sites/src, support/fixture-server.mjs):
 * with clean prompts, each fixture sends like the site it imitates (Enter, Shift+Enter, Send button, drafts,
 * edit-message editor, long paste). Runs against the built extension (one Chromium launch, one page per site)
 * but asserts nothing about Vigie itself: if these fail, the fixtures (or a transparent-by-default guard) broke.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from './support/chromium.mjs';
import { bundleFixture, composeWithIme, drafts, promptOf, sends, serveSite, SITES } from './support/fixture-server.mjs';

const QUIET_MS = 400; // longer than the fixtures' 300 ms draft debounce

async function until(predicate, message, timeout = 5_000) {
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
  // Bundle while Chromium starts.
  [browser] = await Promise.all([launchChromium(), ...Object.keys(SITES).map((site) => bundleFixture(site))]);
});
after(async () => {
  await browser?.close();
});

async function openSite(site, path = '/') {
  const page = await browser.context.newPage();
  // Routed on the page: chatgpt and generic-unknown share https://chatgpt.com.
  const served = await serveSite(page, site);
  await page.goto(`${served.origin}${path}`);
  await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 10_000 });
  return { page, served, s: SITES[site] };
}

/** Waits until no reply is streaming and the last reply shows the whole stub text. */
async function idle({ page, s }) {
  await page.waitForFunction(
    ({ assistant, stop }) => {
      const replies = document.querySelectorAll(assistant);
      const last = replies[replies.length - 1];
      const stopButton = document.querySelector(stop);
      return (!last || /fixture\.$/.test(last.textContent.trim())) && (!stopButton || stopButton.hidden || !stopButton.isConnected);
    },
    { assistant: s.assistantMessage, stop: s.stopButton },
    { timeout: 5_000 },
  );
}

for (const site of Object.keys(SITES)) {
  describe(`${site} fixture`, () => {
    let ctx;
    before(async () => {
      ctx = await openSite(site);
    });
    after(async () => {
      await ctx?.page.close();
    });

    test('typing "bonjour" + Enter sends once, with the text in the body', async () => {
      const { page, served, s } = ctx;
      await page.locator(s.composer).click();
      await page.keyboard.type('bonjour');
      await page.keyboard.press('Enter');
      await until(() => sends(served).length >= 1, 'first send');
      const [sent] = sends(served);
      assert.match(sent.body ?? sent.data, /bonjour/);
      assert.equal(promptOf(served, sent), 'bonjour');
      await idle(ctx);
      await wait(QUIET_MS);
      assert.equal(sends(served).length, 1, 'Enter sends exactly once');
      assert.equal(await page.locator(s.userMessage).count(), 1);
    });

    test('Shift+Enter adds a line without sending; the send button sends', async () => {
      const { page, served, s } = ctx;
      const before = sends(served).length;
      await page.locator(s.composer).click(); // re-resolved: ChatGPT and Claude rebuild the composer on /c/…, /chat/…
      await page.keyboard.type('ligne un');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('ligne deux');
      await wait(QUIET_MS);
      assert.equal(sends(served).length, before, 'Shift+Enter does not send');
      await page.locator(s.sendButton).click();
      await until(() => sends(served).length === before + 1, 'send by button');
      assert.equal(promptOf(served, sends(served).at(-1)), 'ligne un\nligne deux');
      await idle(ctx);
    });

    if (SITES[site].draftEndpoint) {
      test('the draft leaves while typing (debounced), before any send', async () => {
        const { page, served, s } = ctx;
        const sent = sends(served).length;
        const before = drafts(served).length;
        await page.locator(s.composer).click();
        await page.keyboard.type('brouillon en cours');
        await until(() => drafts(served).length > before, 'draft request', 3_000);
        const draft = drafts(served).at(-1);
        assert.equal(JSON.parse(draft.body)[s.draftField], 'brouillon en cours');
        assert.equal(drafts(served).length, before + 1, 'one draft call after the debounce');
        assert.equal(sends(served).length, sent, 'typing alone sends nothing');
        // Leave the composer empty for the next test.
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
      });
    }

    if (SITES[site].edit) {
      test('the edit-message editor in the thread resends the edited text', async () => {
        const { page, served, s } = ctx;
        const before = sends(served).length;
        await page.locator(s.edit.button).first().click();
        const editor = page.locator(s.edit.editor);
        await editor.waitFor();
        assert.equal(await editor.textContent(), 'bonjour');
        await editor.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('bonjour modifié');
        await page.locator(s.edit.send).click();
        await until(() => sends(served).length === before + 1, 'edited resend');
        const resent = sends(served).at(-1);
        assert.equal(promptOf(served, resent), 'bonjour modifié');
        if (site === 'chatgpt') assert.equal(JSON.parse(resent.body).action, 'variant');
        if (site === 'claude') assert.equal(JSON.parse(resent.body).parent_message_uuid, JSON.parse(sends(served)[0].body).parent_message_uuid);
        await page.locator(s.edit.editor).waitFor({ state: 'detached' });
        assert.equal(await page.locator(s.userMessage).first().textContent(), 'bonjour modifié');
        await idle(ctx);
      });
    }

    if (SITES[site].largePaste) {
      test('a long paste becomes an attachment and travels in the body, not in the editor', async () => {
        const { page, served, s } = ctx;
        const { threshold, card } = s.largePaste;
        const before = sends(served).length;
        const long = `${'Lorem ipsum dolor sit amet. '.repeat(Math.ceil((threshold + 100) / 28))}FIN`;
        await page.locator(s.composer).click();
        await page.locator(s.composer).evaluate((element, text) => {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }, long);
        await page.locator(card).waitFor();
        assert.equal((await page.locator(s.composer).textContent()).includes('Lorem'), false, 'the text is not in the editor');
        await page.keyboard.type('voir la pièce jointe');
        await page.keyboard.press('Enter');
        await until(() => sends(served).length === before + 1, 'send with attachment');
        const body = JSON.parse(sends(served).at(-1).body);
        const attached = site === 'chatgpt' ? body.messages[0].metadata.attachments[0].text : body.attachments[0].extracted_content;
        assert.equal(attached, long);
        assert.equal(promptOf(served, sends(served).at(-1)), 'voir la pièce jointe');
        await idle(ctx);
      });
    }

    test('a programmatic write through the documented path reaches the app state (ai-sites.md §13.4)', async () => {
      const { page, served, s } = ctx;
      const before = sends(served).length;
      await page.locator(s.composer).click();
      await page.keyboard.type('texte tapé');
      await page.locator(s.composer).evaluate((element) => {
        element.focus();
        if (element instanceof HTMLTextAreaElement) element.select();
        else getSelection().selectAllChildren(element);
        document.execCommand('insertText', false, 'texte remplacé');
      });
      if (s.transport === 'websocket') {
        // React-controlled textarea: a plain `.value =` without an input event does not reach React's state,
        // so the send still carries the last text written through the editor's normal path.
        await page.locator(s.composer).evaluate((element) => (element.value = 'valeur ignorée'));
      }
      await page.locator(s.sendButton).click();
      await until(() => sends(served).length === before + 1, 'send after programmatic write');
      assert.equal(promptOf(served, sends(served).at(-1)), 'texte remplacé');
      await idle(ctx);
    });

    test('the Enter that confirms an IME composition does not send; the next Enter does', async () => {
      const { page, served, s } = ctx;
      const before = sends(served).length;
      // Caret at the start of the empty paragraph. When it sits after ProseMirror's trailing <br> (where a mouse
      // click after a button-click send can leave it), Chromium restarts the composition once ProseMirror redraws
      // the paragraph and the first syllable is doubled ("ににほんご"): ProseMirror + Chromium behaviour, not the
      // fixture's and not Vigie's.
      await page.locator(s.composer).evaluate((element) => {
        element.focus();
        if (element.isContentEditable) getSelection().collapse(element.querySelector('p') ?? element, 0);
      });
      await wait(50);
      await composeWithIme(page, 'にほんご');
      await wait(QUIET_MS);
      assert.equal(sends(served).length, before, 'no send while composing');
      await page.keyboard.press('Enter');
      await until(() => sends(served).length === before + 1, 'send after composition');
      assert.equal(promptOf(served, sends(served).at(-1)), 'にほんご');
      await idle(ctx);
    });
  });
}

describe('generic-unknown composer variants', () => {
  for (const variant of ['plaintext-only', 'textarea']) {
    test(`?composer=${variant}: Enter sends`, async () => {
      const ctx = await openSite('generic-unknown', `/?composer=${variant}`);
      try {
        await ctx.page.locator(ctx.s.composer).click();
        await ctx.page.keyboard.type('bonjour');
        await ctx.page.keyboard.press('Enter');
        await until(() => sends(ctx.served).length === 1, 'send');
        assert.equal(promptOf(ctx.served, sends(ctx.served)[0]), 'bonjour');
      } finally {
        await ctx.page.close();
      }
    });
  }
});
