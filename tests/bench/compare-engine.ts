/**
 * `npm run compare-engine -- REV`: scans the same texts with this tree's engine and with the engine
 * of git revision REV, and prints the texts whose findings differ. For changes that must not change
 * what the engine finds (speed work): "same findings" is then something anyone can check again.
 *
 * Texts: the labelled corpus, every detector's examples, the external test vectors, three mutated
 * copies of each (accented, Greek and Cyrillic letters, `€` `→` `œ` and their Latin-1 look-alikes,
 * zero-width and no-break spaces, case changes, deletions) and a few 70 KB concatenations (the
 * long-text paths). Prints counts and masked excerpts only; exit code 1 when any text differs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan } from '../../utils/detection/engine';
import { DETECTOR_EXAMPLES } from '../../utils/detection/detector-examples';
import { loadCorpus } from '../eval/build-corpus';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXTERNAL = join(ROOT, '../shared/external');

function strings(value: unknown, into: string[]): void {
  if (typeof value === 'string') {
    if (value.length > 3) into.push(value);
  } else if (Array.isArray(value)) value.forEach((item) => strings(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => strings(item, into));
}

function texts(): string[] {
  const out = loadCorpus().map((entry) => entry.text);
  for (const { match, noMatch } of Object.values(DETECTOR_EXAMPLES)) out.push(...match, ...noMatch);
  for (const file of ['presidio-vectors.json', 'fr-identifier-vectors.json']) strings(JSON.parse(readFileSync(join(EXTERNAL, file), 'utf8')), out);
  let seed = 12_345;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
  const noise = ['é', 'É', 'α', 'Ж', 'ſ', '\u00a0', '\u200b', "'", '’', '-', '_', '1', 'x', ' ', '\n', 'K', 'ß', 'İ', '\\', 'œ', 'Œ', 'æ', '€', '¤', '→', '¬', 'þ', 'Þ'];
  const base = out.length;
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < base; i++) {
      let text = out[i];
      for (let edits = 1 + Math.floor(random() * 4); edits > 0; edits--) {
        const at = Math.floor(random() * (text.length + 1));
        const kind = random();
        if (kind < 0.4) text = text.slice(0, at) + noise[Math.floor(random() * noise.length)] + text.slice(at);
        else if (kind < 0.7) text = text.slice(0, at) + text.slice(at, at + 20).toUpperCase() + text.slice(at + 20);
        else text = text.slice(0, at) + text.slice(at + 1);
      }
      out.push(text);
    }
  }
  for (let k = 0; k < 6; k++) {
    let text = '';
    while (text.length < 70_000) text += out[Math.floor(random() * out.length)] + (random() < 0.5 ? '\n\n' : ' ');
    out.push(text);
  }
  return out;
}

async function main(): Promise<void> {
  const revision = process.argv[2];
  if (!revision) {
    console.error('usage: npm run compare-engine -- REV (a git revision whose engine to compare with)');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigie-engine-'));
  try {
    execFileSync('git', ['worktree', 'add', '--detach', dir, revision], { cwd: ROOT, stdio: 'ignore' });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const other = (await import(join(dir, 'utils/detection/engine.ts'))) as { scan: typeof scan };
    const all = texts();
    let differing = 0;
    for (const text of all) {
      if (JSON.stringify(other.scan(text)) === JSON.stringify(scan(text))) continue;
      differing++;
      if (differing <= 5) console.log(`differs: text of ${text.length} characters (#${all.indexOf(text)})`);
    }
    console.log(`${all.length} texts compared with ${revision}: ${differing} with other findings`);
    process.exitCode = differing === 0 ? 0 : 1;
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`compare-engine: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 2;
});
