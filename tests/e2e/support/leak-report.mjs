/**
 * The leak report: seeded personal data typed, pasted, attached, edited or drafted on each AI-site
 * fixture, in each browser, with every request body the fixture receives (JSON, form-encoded,
 * multipart uploads, WebSocket frames) searched for each seeded value. Table-driven: a new site is
 * one row of LEAK_SITES; the scenarios are functions of a small driver (Playwright or Puppeteer page).
 * All values are fictitious (valid checksums, nobody's).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { docxFile, dropFilesInPage, forDrop, textFile } from './attachment-files.mjs';
import { ARTIFACTS_DIR, ROOT } from './paths.mjs';

/** Seeded values: what the DPO's impact assessment names. `find` lists the spellings searched in the wire. */
export const SEEDS = {
  NIR: { value: '2 95 10 99 126 111 93', find: ['2 95 10 99 126 111 93', '295109912611193', '126 111 93'] },
  IBAN: { value: 'FR76 3000 6000 0112 3456 7890 189', find: ['FR76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189', '3456 7890 189'] },
  EMAIL: { value: 'nathalie.dubois@example.fr', find: ['nathalie.dubois@example.fr', 'nathalie.dubois%40example.fr'] },
  PHONE: { value: '06 12 34 56 78', find: ['06 12 34 56 78', '0612345678', '+33612345678'] },
  NAME: { value: 'Nathalie Dubois', find: ['Nathalie Dubois', 'Nathalie+Dubois', 'Nathalie%20Dubois'] },
  HEALTH: { value: 'traitement antidépresseur', find: ['traitement antidépresseur', 'traitement antid\\u00e9presseur', 'traitement+antid%C3%A9presseur', 'traitement%20antid%C3%A9presseur'] },
};

export const SEEDED_PROMPT = `Dossier de Mme ${SEEDS.NAME.value}, NIR ${SEEDS.NIR.value}, IBAN ${SEEDS.IBAN.value}, tél. ${SEEDS.PHONE.value}, courriel ${SEEDS.EMAIL.value}. Mme Dubois suit un ${SEEDS.HEALTH.value}.`;
/** Only values the default policy warns on (the agent may pseudonymise them). */
export const WARNED_PROMPT = `Réponds à Mme ${SEEDS.NAME.value} (${SEEDS.EMAIL.value}, ${SEEDS.PHONE.value}) pour confirmer le rendez-vous.`;
const ALL = Object.keys(SEEDS);
const WARNED = ['NAME', 'EMAIL', 'PHONE'];

/**
 * One row per site. browsers: where the fixture is served. drop: the drop zone of the composer
 * (null: the fixture has no upload, n/a). edit: the site has an "edit message" editor in the fixture.
 * draft: the site sends drafts while typing (ChatGPT prepare, Copilot autosuggest).
 */
export const LEAK_SITES = [
  { site: 'chatgpt', name: 'ChatGPT', browsers: ['chromium', 'firefox'], drop: 'form[data-testid="composer"]', edit: true, draft: true },
  { site: 'claude', name: 'Claude', browsers: ['chromium', 'firefox'], drop: '[data-testid="chat-input-ssr-container"]', edit: true, draft: false },
  { site: 'gemini', name: 'Gemini', browsers: ['chromium', 'firefox'], drop: null, edit: false, draft: false },
  { site: 'le-chat', name: 'Le Chat', browsers: ['chromium', 'firefox'], drop: null, edit: false, draft: false },
  // Copilot's chat is a WebSocket: the Firefox fixture server does not serve WebSockets (Chromium only).
  { site: 'copilot', name: 'Copilot', browsers: ['chromium'], drop: null, fileInput: true, edit: false, draft: true },
  { site: 'generic-unknown', name: 'Generic adapter (redesigned page)', browsers: ['chromium', 'firefox'], drop: null, edit: false, draft: false },
  // The seven tools of issue 5 (fixtures in tests/e2e/support/sites-extra.mjs); their fixtures upload no files.
  { site: 'perplexity', name: 'Perplexity', browsers: ['chromium'], drop: null, edit: false, draft: true },
  { site: 'deepseek', name: 'DeepSeek', browsers: ['chromium'], drop: null, edit: false, draft: false },
  // Albert's autocomplete draft is optional (off by default): covered by sites-extra.chromium.e2e.mjs.
  { site: 'albert', name: 'Albert', browsers: ['chromium', 'firefox'], drop: null, edit: false, draft: false },
  { site: 'grok', name: 'Grok', browsers: ['chromium'], drop: null, edit: false, draft: false },
  { site: 'huggingchat', name: 'HuggingChat', browsers: ['chromium'], drop: null, edit: false, draft: false },
  { site: 'poe', name: 'Poe', browsers: ['chromium'], drop: null, edit: false, draft: false },
  // Meta AI's prompt travels base64-encoded in binary frames: searched once decoded (site.decode).
  { site: 'meta-ai', name: 'Meta AI', browsers: ['chromium'], drop: null, edit: false, draft: false },
];

export const SCENARIOS = ['control', 'typed', 'typed-pseudonymised', 'pasted', 'dropped-file', 'edited-message', 'draft-while-typing'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Everything the fixture received since `mark`, with the usual decodings applied (URL, JSON escapes). */
export function capturedSince(recorder, mark) {
  const requests = recorder.requests.slice(mark.requests);
  const frames = recorder.frames.slice(mark.frames);
  // Sites with an encoded transport (HuggingChat's multipart, Meta AI's binary frames) also give the decoded text.
  const decode = recorder.site.decode ?? (() => '');
  const raw = [...requests.map((request) => request.body ?? ''), ...frames.map((frame) => String(frame.data)), ...[...requests, ...frames].map((record) => decode(record))].join('\n');
  const variants = [raw];
  try {
    variants.push(decodeURIComponent(raw.replace(/\+/g, ' ')));
  } catch {
    // Not URL-encoded text: the raw form is enough.
  }
  variants.push(raw.replace(/\\u([0-9a-f]{4})/gi, (_whole, hex) => String.fromCharCode(parseInt(hex, 16))));
  // Gemini's f.req is JSON inside JSON: one more unescaping level.
  variants.push(variants.at(-1).replace(/\\+"/g, '"'));
  return variants.join('\n');
}

export const leakedIn = (captured, seeds) => seeds.filter((seed) => SEEDS[seed].find.some((spelling) => captured.includes(spelling)));
export const markOf = (recorder) => ({ requests: recorder.requests.length, frames: recorder.frames.length });

async function waitUntil(predicate, timeout = 6_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await predicate()) return true;
    await sleep(50);
  }
  return false;
}

/**
 * Runs the scenarios of one site in one browser. `driver` hides Playwright/Puppeteer differences:
 * { page, reload(), click(sel), type(text), press(key), paste(sel, text), waitFor(sel, timeout) → bool,
 *   uploadFile(sel, file), dialog, attachmentDialog, notice, action(name) }.
 */
export async function runSiteScenarios({ browser, row, recorder, driver, sentText }) {
  const results = [];
  const record = (scenario, seeds, outcome) => results.push({ browser, site: row.name, siteId: row.site, scenario, seeds, ...outcome });
  const check = (scenario, seeds, mark, stoppedBy, extra = {}) => {
    const leaked = leakedIn(capturedSince(recorder, mark), seeds);
    record(scenario, seeds, { status: leaked.length ? 'LEAK' : 'no leak', leaked, stoppedBy, requests: recorder.requests.length - mark.requests + recorder.frames.length - mark.frames, ...extra });
  };
  const run = async (scenario, seeds, body) => {
    try {
      await driver.reload();
      await body();
    } catch (error) {
      record(scenario, seeds, { status: 'error', leaked: [], stoppedBy: '', requests: 0, note: String(error?.message ?? error).split('\n')[0].slice(0, 160) });
    }
  };
  const composer = recorder.site.composer;

  // Positive control: a clean prompt does reach the mock, so an empty capture below means "stopped", not "not recorded".
  await run('control', [], async () => {
    const mark = markOf(recorder);
    await driver.click(composer);
    await driver.type('Contrôle : rédige une note sur le budget participatif.');
    await driver.press('Enter');
    const seen = await waitUntil(() => sentText(recorder, mark).includes('budget participatif'));
    record('control', [], { status: seen ? 'captured' : 'error', leaked: [], stoppedBy: '—', requests: recorder.requests.length - mark.requests + recorder.frames.length - mark.frames, note: seen ? 'clean prompt sent and captured by the mock' : 'the clean prompt never reached the mock' });
  });

  await run('typed', ALL, async () => {
    const mark = markOf(recorder);
    await driver.click(composer);
    await driver.type(SEEDED_PROMPT);
    await driver.press('Enter');
    const stopped = await driver.waitFor(driver.dialog, 8_000);
    if (stopped) await driver.press('Escape');
    await driver.click(driver.siteSend).catch(() => undefined);
    await sleep(700);
    check('typed', ALL, mark, stopped ? 'warning dialog (block); agent cancelled; send button pressed again' : 'no dialog seen');
  });

  await run('typed-pseudonymised', WARNED, async () => {
    const mark = markOf(recorder);
    await driver.click(composer);
    await driver.type(WARNED_PROMPT);
    await driver.press('Enter');
    const stopped = await driver.waitFor(driver.dialog, 8_000);
    if (stopped) await driver.click(driver.action('pseudonymise'));
    const sent = await waitUntil(() => /\[[^\]\s]+_1\]/.test(sentText(recorder, mark)));
    check('typed-pseudonymised', WARNED, mark, stopped ? `warning dialog (warn); pseudonymised; ${sent ? 'placeholders sent' : 'NO SEND SEEN'}` : 'no dialog seen', sent ? {} : { status: 'error', note: 'the pseudonymised prompt was not sent' });
  });

  await run('pasted', ALL, async () => {
    const mark = markOf(recorder);
    await driver.paste(composer, SEEDED_PROMPT);
    const stopped = await driver.waitFor(driver.dialog, 8_000);
    if (stopped) await driver.click(driver.action('cancel'));
    await driver.click(composer);
    await driver.press('Enter');
    await sleep(700);
    check('pasted', ALL, mark, stopped ? 'warning dialog before the text landed; agent cancelled; Enter pressed' : 'no dialog seen');
  });

  if (row.drop || row.fileInput) {
    await run('dropped-file', ALL, async () => {
      const mark = markOf(recorder);
      const files = [textFile('dossier-usager.txt', SEEDED_PROMPT), docxFile('courrier.docx', [SEEDED_PROMPT])];
      if (row.drop) await driver.drop(row.drop, files);
      else await driver.uploadFile(recorder.site.fileInput, files[0]);
      const stopped = await driver.waitFor(driver.attachmentDialog, 8_000);
      if (stopped) await driver.click(driver.attachmentAction('cancel'));
      await driver.click(composer);
      await driver.type('Résume le fichier joint.');
      await driver.press('Enter');
      await sleep(900);
      check('dropped-file', ALL, mark, stopped ? `attachment dialog (block) before upload; ${row.drop ? 'txt + docx dropped' : 'txt picked'}; agent cancelled; prompt sent` : 'no dialog seen');
    });
  } else record('dropped-file', ALL, { status: 'n/a', leaked: [], stoppedBy: '', requests: 0, note: 'the fixture does not upload files' });

  if (row.edit) {
    await run('edited-message', ALL, async () => {
      const { edit, stopButton } = recorder.site;
      await driver.click(composer);
      await driver.type('Bonjour, peux-tu résumer la loi du 2 janvier 2002 ?');
      await driver.press('Enter');
      await waitUntil(() => sentText(recorder, { requests: 0, frames: 0 }).includes('2002'));
      await driver.waitGone(stopButton, 15_000);
      const mark = markOf(recorder);
      await driver.click(edit.button);
      await driver.click(edit.editor);
      await driver.press('End');
      await driver.type(` ${SEEDED_PROMPT}`);
      await driver.click(edit.send);
      const stopped = await driver.waitFor(driver.dialog, 8_000);
      if (stopped) await driver.press('Escape');
      await sleep(700);
      check('edited-message', ALL, mark, stopped ? 'warning dialog (block) on the edit editor; agent cancelled' : 'no dialog seen');
    });
  } else record('edited-message', ALL, { status: 'n/a', leaked: [], stoppedBy: '', requests: 0, note: 'no edit-message editor in the fixture' });

  if (row.draft) {
    await run('draft-while-typing', ALL, async () => {
      const mark = markOf(recorder);
      await driver.click(composer);
      await driver.type(SEEDED_PROMPT);
      // The site sends its draft once typing pauses (debounced); the agent never presses Enter.
      const noticed = await driver.waitFor(driver.notice, 4_000);
      await sleep(800);
      check('draft-while-typing', ALL, mark, noticed ? 'network net stopped the draft; agent told' : 'no notice seen (no draft sent?)');
    });
  } else record('draft-while-typing', ALL, { status: 'n/a', leaked: [], stoppedBy: '', requests: 0, note: 'the site sends no draft while typing' });

  return results;
}

function commitOf() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim() + (execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '');
  } catch {
    return 'unknown';
  }
}

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Writes test-results/leak-report.md and .html; returns the totals. */
export function writeLeakReport(results, { browsers, durationMs }) {
  const totals = { checks: 0, leaks: 0, errors: 0, na: 0, controls: 0 };
  for (const result of results) {
    if (result.scenario === 'control') totals.controls += result.status === 'captured' ? 1 : 0;
    if (result.status === 'n/a') totals.na++;
    else if (result.status === 'error') totals.errors++;
    else if (result.scenario !== 'control') {
      totals.checks += result.seeds.length;
      totals.leaks += result.leaked.length;
    }
  }
  const date = new Date().toISOString();
  const commit = commitOf();
  const seedLine = Object.entries(SEEDS).map(([name, seed]) => `${name} \`${seed.value}\``).join(', ');
  const header = ['Browser', 'Site', 'Scenario', 'Seeds', 'Result', 'Leaked', 'Requests captured', 'How Vigie stopped it / note'];
  const rows = results.map((r) => [r.browser, r.site, r.scenario, r.seeds.join(' ') || '—', r.status, r.leaked.join(' ') || '—', String(r.requests), [r.stoppedBy, r.note].filter(Boolean).join(' — ')]);
  const verdict = totals.leaks === 0 && totals.errors === 0 ? 'PASS: no seeded value reached the network.' : `FAIL: ${totals.leaks} seeded value(s) reached the network, ${totals.errors} scenario(s) could not run.`;
  const md = [
    '# Vigie — leak report',
    '',
    `- Date: ${date}`,
    `- Commit: ${commit}`,
    `- Browsers: ${Object.entries(browsers).map(([name, version]) => `${name} ${version}`).join('; ')}`,
    `- Policy: embedded default (\`vigie-default-1\`, enforce); agent's choice in each scenario: cancel, or pseudonymise where offered`,
    `- Seeded values (fictitious): ${seedLine}`,
    `- Wire: every request body received by the site fixtures (JSON, form-encoded, multipart uploads) and WebSocket frames, searched raw, URL-decoded and JSON-unescaped`,
    `- Run time: ${(durationMs / 1000).toFixed(1)} s`,
    '',
    `**${verdict}** Seed checks: ${totals.checks}, leaks: ${totals.leaks}, scenarios not applicable: ${totals.na}, errors: ${totals.errors}, positive controls captured: ${totals.controls}.`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
    'Reproduce: `npm run leak-report` (builds both extensions, then runs `tests/e2e/leak-report.e2e.mjs`).',
    '',
  ].join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vigie — leak report</title><style>body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#161616}table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}.LEAK,.error{background:#fdd}.na{color:#666}.ok{background:#e6f4ea}</style></head><body>
<h1>Vigie — leak report</h1><ul><li>Date: ${escapeHtml(date)}</li><li>Commit: ${escapeHtml(commit)}</li><li>Browsers: ${escapeHtml(Object.entries(browsers).map(([n, v]) => `${n} ${v}`).join('; '))}</li><li>Policy: embedded default (vigie-default-1, enforce)</li><li>Seeded values (fictitious): ${escapeHtml(Object.entries(SEEDS).map(([n, s]) => `${n} ${s.value}`).join(', '))}</li><li>Run time: ${(durationMs / 1000).toFixed(1)} s</li></ul>
<p><strong>${escapeHtml(verdict)}</strong> Seed checks: ${totals.checks}, leaks: ${totals.leaks}, not applicable: ${totals.na}, errors: ${totals.errors}, positive controls captured: ${totals.controls}.</p>
<table><thead><tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>
${rows.map((cells, index) => `<tr class="${results[index].status === 'no leak' || results[index].status === 'captured' ? 'ok' : results[index].status === 'n/a' ? 'na' : results[index].status}">${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></body></html>
`;
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS_DIR, 'leak-report.md'), md);
  fs.writeFileSync(path.join(ARTIFACTS_DIR, 'leak-report.html'), html);
  return totals;
}

export { dropFilesInPage, forDrop };
