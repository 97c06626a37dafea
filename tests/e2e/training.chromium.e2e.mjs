/**
 * The training page in headless Chromium with the built extension: the real guard on the offline
 * training chat for every built-in scenario (risky prompt → warning with the expected types;
 * rewrite → sent, answer shown), pseudonymise-and-send, presentation mode by keyboard, the quiz
 * score, scenario import, and no network request leaving the page. Data is fictitious.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from './support/chromium.mjs';
import { assertNoneOf, readAllExtensionStorage } from './support/extension-storage.mjs';
import { ARTIFACTS_DIR, ROOT } from './support/paths.mjs';

const SCENARIO_DIR = path.join(ROOT, 'utils/training/scenarios');
const SCENARIOS = fs
  .readdirSync(SCENARIO_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(fs.readFileSync(path.join(SCENARIO_DIR, name), 'utf8')));
const PLACEHOLDER = /\[[\p{Lu}][\p{Lu}\p{N}_]*_\d+\]/gu;
const TIMEOUT = 20_000;

const dialog = (page) => page.locator('[data-vigie="warning"]');
const training = (page, name) => page.locator(`[data-vigie-training="${name}"]`);

describe('training page (Chromium)', { concurrency: 1 }, () => {
  let browser;
  let page;
  /** Every request that is not the extension's own: the test fails on any. */
  const outside = [];

  before(async () => {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    browser = await launchChromium();
    browser.context.on('request', (request) => {
      if (!request.url().startsWith('chrome-extension://')) outside.push(request.url());
    });
    page = await browser.context.newPage();
    page.on('websocket', (socket) => outside.push(socket.url()));
    await page.goto(`chrome-extension://${browser.extensionId}/training.html`);
    await training(page, 'composer').waitFor({ timeout: TIMEOUT });
  });

  after(async () => {
    await browser?.close();
  });

  async function chooseScenario(id) {
    await training(page, 'view-chat').click();
    await training(page, 'scenario').selectOption(id);
  }

  async function send(text, { type = false } = {}) {
    const composer = training(page, 'composer');
    await composer.click();
    if (type) {
      await composer.fill('');
      await page.keyboard.type(text);
    } else {
      await composer.fill(text);
    }
    await page.keyboard.press('Enter');
  }

  for (const [index, scenario] of SCENARIOS.entries()) {
    test(`${scenario.id}: the risky prompt is stopped with its expected types; the rewrite passes and is answered`, { timeout: 60_000 }, async () => {
      await chooseScenario(scenario.id);
      const sentBefore = await training(page, 'user-message').count();
      // The first scenario is typed key by key, as a trainee would; the others are filled.
      await send(scenario.riskyPrompt, { type: index === 0 });
      await dialog(page).waitFor({ timeout: TIMEOUT });
      const types = new Set(await dialog(page).locator('li[data-type]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-type'))));
      assert.deepEqual([...types].sort(), [...scenario.expectedTypes].sort());
      assert.equal(await training(page, 'user-message').count(), sentBefore, 'nothing was sent');
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached', timeout: TIMEOUT });

      const answersBefore = await training(page, 'answer').count();
      await training(page, 'use-rewrite').click();
      assert.equal(await training(page, 'composer').inputValue(), scenario.rewrite);
      await page.keyboard.press('Enter');
      await page.waitForFunction((count) => document.querySelectorAll('[data-vigie-training="answer"]').length > count, answersBefore, { timeout: TIMEOUT });
      assert.equal(await dialog(page).count(), 0, 'no warning for the rewrite');
      assert.equal(await training(page, 'user-message').last().innerText().then((text) => text.includes(scenario.rewrite)), true);
    });
  }

  test('"pseudonymise and send": the chat receives placeholders, never the values, and the answer echoes them', { timeout: 60_000 }, async () => {
    const scenario = SCENARIOS.find((candidate) => candidate.goodPractice === 'pseudonymise');
    assert.ok(scenario, 'a pseudonymise scenario exists');
    await chooseScenario(scenario.id);
    const answersBefore = await training(page, 'answer').count();
    await training(page, 'use-risky').click();
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ timeout: TIMEOUT });
    await page.locator('[data-vigie-action="pseudonymise"]').click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-vigie-training="answer"]').length > count, answersBefore, { timeout: TIMEOUT });
    const sent = await training(page, 'user-message').last().innerText();
    const placeholders = [...new Set(sent.match(PLACEHOLDER) ?? [])];
    assert.ok(placeholders.length >= 2, `placeholders in: ${sent}`);
    assert.doesNotMatch(sent, /claire\.petit@example\.fr|06 98 76 54 32|Claire Petit/);
    const answer = await training(page, 'answer').last().innerText();
    // The answer echoes the placeholders; Vigie's answer restorer may then show the real values on
    // the page only, in marks that keep the placeholder.
    const restored = await training(page, 'answer').last().locator('mark[data-vigie-restored]').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-vigie-restored')));
    for (const placeholder of placeholders) assert.ok(answer.includes(placeholder) || restored.includes(placeholder), `${placeholder} in the answer`);
  });

  test('"send anyway" with a reason from the policy sends the prompt as written', { timeout: 60_000 }, async () => {
    const warned = SCENARIOS.find((candidate) => candidate.id === 'rd-accident');
    await chooseScenario(warned.id);
    const answersBefore = await training(page, 'answer').count();
    await send(warned.riskyPrompt);
    await dialog(page).waitFor({ timeout: TIMEOUT });
    await page.locator('[data-vigie-action="send-anyway"]').click();
    await page.locator('[data-vigie-reason="fictitious-data"]').check();
    await page.locator('[data-vigie-action="send-anyway-confirm"]').click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-vigie-training="answer"]').length > count, answersBefore, { timeout: TIMEOUT });
    assert.equal(await training(page, 'user-message').last().innerText().then((text) => text.includes(warned.riskyPrompt)), true);
  });

  test('the trainer can switch the policy: observe lets a risky prompt through with a notice; strict blocks a warned prompt', { timeout: 60_000 }, async () => {
    const warned = SCENARIOS.find((candidate) => candidate.id === 'elu-riverain');
    await chooseScenario(warned.id);
    await training(page, 'policy').selectOption('observe');
    const answersBefore = await training(page, 'answer').count();
    await send(warned.riskyPrompt);
    await page.waitForFunction((count) => document.querySelectorAll('[data-vigie-training="answer"]').length > count, answersBefore, { timeout: TIMEOUT });
    await page.locator('[data-vigie="observe-notice"]').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-vigie="observe-notice"] [data-vigie-action="cancel"]').click();

    await training(page, 'policy').selectOption('strict');
    await send(warned.riskyPrompt);
    await dialog(page).waitFor({ timeout: TIMEOUT });
    assert.equal(await dialog(page).getAttribute('data-action'), 'block');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached', timeout: TIMEOUT });
    await training(page, 'policy').selectOption('effective');
  });

  test('presentation mode steps forward and back by keyboard (remote keys), with screenshots', { timeout: 60_000 }, async () => {
    await training(page, 'view-presentation').click();
    const slide = training(page, 'presentation');
    await slide.waitFor({ timeout: TIMEOUT });
    const state = async () => ({ step: await slide.getAttribute('data-step'), scenario: await slide.getAttribute('data-scenario'), counter: await training(page, 'step-counter').innerText() });
    const first = await state();
    assert.equal(first.step, 'prompt');
    assert.match(first.counter, new RegExp(`^\\D*1\\D+${SCENARIOS.length * 4}\\D`));
    assert.equal(await training(page, 'step-counter').getAttribute('aria-live'), 'polite');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'training-presentation-1-prompt.png') });

    const expectStep = async (key, step, sameScenario = true) => {
      await page.keyboard.press(key);
      await page.waitForFunction((expected) => document.querySelector('[data-vigie-training="presentation"]')?.getAttribute('data-step') === expected, step, { timeout: TIMEOUT });
      assert.equal((await slide.getAttribute('data-scenario')) === first.scenario, sameScenario, `${key} → ${step}`);
    };
    await expectStep('PageDown', 'detection');
    const detected = await training(page, 'detected-types').locator('li').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-type')));
    assert.deepEqual(detected.sort(), [...SCENARIOS.find((scenario) => scenario.id === first.scenario).expectedTypes].sort());
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'training-presentation-2-detection.png') });
    await expectStep('ArrowRight', 'explanation');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'training-presentation-3-explanation.png') });
    await expectStep(' ', 'rewrite');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'training-presentation-4-rewrite.png') });
    await expectStep('PageDown', 'prompt', false);
    assert.match(await training(page, 'step-counter').innerText(), /^\D*5\D/);
    await expectStep('PageUp', 'rewrite');
    await expectStep('ArrowLeft', 'explanation');
    await expectStep('PageUp', 'detection');
    await expectStep('PageUp', 'prompt');
    await expectStep('PageUp', 'prompt');
    assert.match(await training(page, 'step-counter').innerText(), /^\D*1\D/, 'no wrap-around before the first slide');
  });

  test('the quiz scores the answers and explains them', { timeout: 60_000 }, async () => {
    await training(page, 'view-quiz').click();
    const questions = training(page, 'quiz-question');
    await questions.first().waitFor({ timeout: TIMEOUT });
    const count = await questions.count();
    assert.ok(count >= 4);
    const wrongOnes = 2;
    for (let index = 0; index < count; index++) {
      const question = questions.nth(index);
      const prompt = await question.locator('[data-vigie-training="quiz-prompt"]').innerText();
      const scenario = SCENARIOS.find((candidate) => candidate.riskyPrompt === prompt || candidate.rewrite === prompt);
      assert.ok(scenario, `question ${index + 1} comes from a scenario`);
      const answerRight = index >= wrongOnes;
      if ((await question.getAttribute('data-kind')) === 'safe') {
        const safe = prompt === scenario.rewrite;
        await question.locator(`input[value="${answerRight ? safe : !safe}"]`).check();
      } else {
        const values = await question.locator('input').evaluateAll((inputs) => inputs.map((input) => input.value));
        const pick = values.find((value) => scenario.expectedTypes.includes(value) === answerRight);
        await question.locator(`input[value="${pick}"]`).check();
      }
    }
    await training(page, 'quiz-check').click();
    const score = training(page, 'quiz-score');
    await score.waitFor({ timeout: TIMEOUT });
    assert.equal(await score.getAttribute('data-score'), String(count - wrongOnes));
    assert.equal(await score.getAttribute('data-total'), String(count));
    assert.equal(await training(page, 'quiz-explanation').count(), count);
  });

  test('the memo is one printable page', { timeout: 60_000 }, async () => {
    await training(page, 'view-memo').click();
    await training(page, 'memo').waitFor({ timeout: TIMEOUT });
    await page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await training(page, 'view-chat').isVisible(), false, 'navigation hidden in print');
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.equal(pages, 1, 'the memo prints on one page');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('trainees’ sends are not counted, and nothing typed is stored', { timeout: 30_000 }, async () => {
    const dump = await readAllExtensionStorage(browser.serviceWorker);
    assertNoneOf(dump, ['vigie-training', ...SCENARIOS.flatMap((scenario) => [scenario.riskyPrompt.slice(0, 30), scenario.rewrite.slice(0, 30)]), 'claire.petit', '3307412']);
  });

  test('a trainer imports a scenario file: problems listed with paths and nothing changed; a valid file adds its scenario', { timeout: 60_000 }, async () => {
    await training(page, 'view-chat').click();
    const optionsBefore = await training(page, 'scenario').locator('option').count();
    const own = { ...SCENARIOS[0], id: 'mon-scenario-formateur', title: { fr: 'Scénario du formateur' } };
    await training(page, 'import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([own, { ...own, id: 'Bad Id', why: { fr: '' } }])) });
    const problems = training(page, 'import-problems');
    await problems.waitFor({ timeout: TIMEOUT });
    const text = await problems.innerText();
    assert.match(text, /scenarios\[1\]\.id/);
    assert.match(text, /scenarios\[1\]\.why\.fr/);
    assert.equal(await training(page, 'scenario').locator('option').count(), optionsBefore, 'nothing imported from a refused file');

    await training(page, 'import').setInputFiles({ name: 'own.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ scenarios: [own] })) });
    await training(page, 'import-done').waitFor({ timeout: TIMEOUT });
    assert.equal(await training(page, 'scenario').locator('option').count(), optionsBefore + 1);
    await page.reload();
    await training(page, 'composer').waitFor({ timeout: TIMEOUT });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-vigie-training="scenario"] option')].some((option) => option.value === 'mon-scenario-formateur'), null, { timeout: TIMEOUT });
  });

  test('the training page is reachable from the popup and the options page', { timeout: 30_000 }, async () => {
    for (const entry of ['popup.html', 'options.html']) {
      const other = await browser.context.newPage();
      await other.goto(`chrome-extension://${browser.extensionId}/${entry}`);
      const link = other.locator('[data-vigie="open-training"], [data-vigie="link-training"]').first();
      await link.waitFor({ timeout: TIMEOUT });
      assert.equal(await link.getAttribute('href'), `chrome-extension://${browser.extensionId}/training.html`, entry);
      await other.close();
    }
  });

  test('no network request left the page', () => {
    assert.deepEqual(outside, []);
  });
});
