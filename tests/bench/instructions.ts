/**
 * `npm run bench:instructions`: how many machine instructions a warm `scan` of one of the bench's
 * 4 KB prompts runs, counted by valgrind (Debian's `valgrind`; not installed by CI). For comparing
 * two versions of the engine while working on its speed: the timed figures of `npm run bench` vary
 * by several per cent from one process to the next on a shared machine, this count by about 0.5 %.
 *
 * Node runs with `--predictable` (V8 deterministic: no concurrent compilation), the runner is
 * bundled (no transpiling while counted), and the count is taken twice, with 0 and with 2 more
 * passes over the 200 prompts: their difference is the passes alone, start-up and warm-up left out.
 * It counts instructions, not cache misses or waits, and runs about three minutes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { packWordListsEsbuildPlugin } from '../../utils/detection/data/pack-word-lists';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PASSES = 2;

const valgrind = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
if (valgrind.error || valgrind.status !== 0) {
  console.error('valgrind is not installed: `apt-get install -y valgrind`, then run again.');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'vigie-instructions-'));
try {
  const runner = join(dir, 'runner.mjs');
  await build({
    entryPoints: [`${ROOT}tests/bench/instructions-runner.ts`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: runner,
    alias: { '@': ROOT.replace(/\/$/, '') },
    // The corpus is read where the runner's source is, not where its bundle is written.
    define: { 'import.meta.url': JSON.stringify(new URL('../eval/build-corpus.ts', `file://${ROOT}tests/bench/`).href) },
    logLevel: 'error',
    plugins: [packWordListsEsbuildPlugin()],
  });
  const count = (passes: number): { instructions: number; prompts: number } => {
    const run = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--predictable', runner], {
      encoding: 'utf8',
      env: { ...process.env, PASSES: String(passes) },
      maxBuffer: 64 * 1024 * 1024,
    });
    const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr ?? '');
    if (run.status !== 0 || !refs) throw new Error(`valgrind failed (exit ${run.status}): ${(run.stderr ?? '').split('\n').slice(-5).join(' ')}`);
    return { instructions: Number(refs[1].replaceAll(',', '')), prompts: JSON.parse(run.stdout).prompts };
  };
  const base = count(0);
  const more = count(PASSES);
  const perPrompt = (more.instructions - base.instructions) / (PASSES * more.prompts);
  console.log(`instructions per warm scan of a 4 KB prompt (node ${process.version} --predictable, valgrind): ${(perPrompt / 1e6).toFixed(2)} M`);
  console.log(`for information: whole process ${(base.instructions / 1e9).toFixed(3)} G, with ${PASSES} more passes over the ${more.prompts} prompts ${(more.instructions / 1e9).toFixed(3)} G`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
