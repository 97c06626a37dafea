import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETECTOR_EXAMPLES } from '@/utils/detection/detector-examples';
import { scan } from '@/utils/detection/engine';
import { DETECTORS } from '@/utils/detection/registry';
import { canonicalBlanks, pathsWithoutNeedle } from '@/utils/detection/required-text';

const detectorsDir = join(dirname(fileURLToPath(import.meta.url)), '../../../utils/detection/detectors');
const detectorFiles = readdirSync(detectorsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('index.ts') && !file.includes('/_') && !basename(file).startsWith('_'))
  .map((file) => basename(file, '.ts'));

describe.each(DETECTORS.map((detector) => [detector.id, detector] as const))('detector %s', (id, detector) => {
  const examples = DETECTOR_EXAMPLES[id] ?? { match: [], noMatch: [] };

  it('finds every positive example exactly once, with its own type', () => {
    for (const text of examples.match) {
      const found = scan(text, { detectors: [detector] });
      expect(found.map((finding) => finding.type), text).toEqual([detector.type]);
    }
  });

  it('finds its positive examples written with double or no-break spaces, as pasted text often is', () => {
    for (const text of examples.match) {
      for (const spaced of [text.replace(/ /g, '  '), text.replace(/ /g, '\u00A0 ')]) {
        const found = scan(spaced, { detectors: [detector] });
        expect(found.map((finding) => finding.type), JSON.stringify(spaced)).toEqual([detector.type]);
      }
    }
  });

  it('finds nothing in its negative examples', () => {
    for (const text of examples.noMatch) expect(scan(text, { detectors: [detector] }), text).toEqual([]);
  });

  it('has at least three positive and three negative examples (exported next to it as `examples`)', () => {
    expect(examples.match.length).toBeGreaterThanOrEqual(3);
    expect(examples.noMatch.length).toBeGreaterThanOrEqual(3);
  });

  it('is declared in a file named after its id', () => {
    expect(detectorFiles).toContain(detector.id);
  });
});

// A detector runs only when the folded text holds one of its prefilter needles: a match (or, for a
// detector that needs context, a keyword) without any needle would be lost without a trace.
describe.each(DETECTORS.filter((detector) => detector.prefilter?.length).map((detector) => [detector.id, detector] as const))('prefilter of %s', (_id, detector) => {
  const needles = detector.prefilter ?? [];
  if (detector.requiresContext) {
    it('is held by every keyword, without which nothing is reported', () => {
      const uncovered = (detector.keywords ?? []).filter((keyword) => !needles.some((needle) => canonicalBlanks(keyword).includes(canonicalBlanks(needle))));
      expect(uncovered).toEqual([]);
    });
  } else {
    it('is held by every match of the pattern', () => {
      // Shown as the known start and end of each way through the pattern that holds no needle.
      expect(pathsWithoutNeedle(detector.pattern, needles).slice(0, 5)).toEqual([]);
    });
  }
});

describe('registry', () => {
  it('has unique detector ids', () => {
    const ids = DETECTORS.map((detector) => detector.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the examples of registered detectors only', () => {
    expect(Object.keys(DETECTOR_EXAMPLES).sort()).toEqual(DETECTORS.map((detector) => detector.id).sort());
  });

  it('registers every detector file', () => {
    expect([...detectorFiles].sort()).toEqual(DETECTORS.map((detector) => detector.id).sort());
  });

  // The engine ships in every AI page: examples are for this test only. An example list the bundler
  // cannot prove free of side effects (a call such as `'x'.repeat(40)`) would ship: 3 KB did once.
  it('ships no detector examples in the engine bundle', async () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
    const bundle = await build({ entryPoints: [join(root, 'utils/detection/engine.ts')], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
    const code = bundle.outputFiles[0].text;
    expect(code.length).toBeGreaterThan(100_000);
    expect(code.match(/noMatch:/g) ?? []).toEqual([]);
  });
});
