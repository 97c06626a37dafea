/**
 * The independent sets (tests/fixtures/corpus-independent/): prompts written by people who never
 * saw the engine. Its targets are overall ones: the set is small, and it measures how the engine
 * does on text it was not written against. Do not relabel it to make them pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, checkLabels, INDEPENDENT_DIR, loadCorpus, toJsonl } from '@/tests/eval/build-corpus';
import { evaluateCorpus } from '@/tests/eval/evaluate';

const entries = loadCorpus(INDEPENDENT_DIR);

describe('independent evaluation sets', () => {
  it('are generated from their sources, with valid checksums', () => {
    const built = buildCorpus(join(INDEPENDENT_DIR, 'src'));
    expect([...built.keys()].sort()).toEqual(['fifth', 'first', 'fourth', 'second', 'seventh', 'sixth', 'third']);
    for (const [name, set] of built) {
      expect(readFileSync(join(INDEPENDENT_DIR, `${name}.jsonl`), 'utf8'), 'run: npx tsx tests/eval/build-corpus.ts').toBe(toJsonl(set));
    }
    expect(entries.length).toBe(300);
    expect(checkLabels(entries)).toEqual([]);
  });

  it('keep recall ≥ 0.93 and precision ≥ 0.98 over all types, and stop no clean prompt', () => {
    const report = evaluateCorpus(entries);
    const total = report.types.reduce((sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }), { tp: 0, fp: 0, fn: 0 });
    expect(total.tp / (total.tp + total.fn), `${total.tp} TP, ${total.fn} FN`).toBeGreaterThanOrEqual(0.93);
    expect(total.tp / (total.tp + total.fp), `${total.tp} TP, ${total.fp} FP`).toBeGreaterThanOrEqual(0.98);
    expect(report.cleanFlaggedIds).toEqual([]);
  });
});
