/**
 * The independent sets (tests/fixtures/corpus-independent/): prompts written by people who never
 * saw the engine. Its targets are overall ones: the sets are small, and they measure how the engine
 * does on text it was not written against. Do not relabel them to make them pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, checkLabels, INDEPENDENT_DIR, loadCorpus, toJsonl } from '@/tests/eval/build-corpus';
import { evaluateCorpus } from '@/tests/eval/evaluate';

const entries = loadCorpus(INDEPENDENT_DIR);
/** The eighth, tenth, seventeenth, twenty-second, thirtieth, thirty-second, thirty-seventh, forty-fourth, hundred-fourth, hundred-eighth, hundred-fourteenth, hundred-twentieth, hundred-twenty-sixth, hundred-thirty-first, hundred-thirty-sixth, hundred-forty-third, hundred-forty-fifth, hundred-fiftieth, hundred-fifty-third, hundred-fifty-fourth, hundred-fifty-seventh, hundred-fifty-ninth, hundred-sixty-third, hundred-sixty-sixth, hundred-sixty-ninth, hundred-seventy-second, hundred-seventy-fifth, hundred-seventy-eighth, hundred-eighty-first, hundred-eighty-fourth, hundred-eighty-seventh, hundred-ninetieth, hundred-ninety-third, hundred-ninety-sixth, two-hundredth, two-hundred-third, two-hundred-sixth, two-hundred-ninth, two-hundred-twelfth, two-hundred-fifteenth, two-hundred-eighteenth, two-hundred-twenty-first, two-hundred-twenty-fourth, two-hundred-twenty-seventh, two-hundred-thirtieth, two-hundred-thirty-third, two-hundred-thirty-sixth, two-hundred-thirty-ninth, two-hundred-forty-second, two-hundred-forty-fifth, two-hundred-forty-eighth, two-hundred-fifty-first, two-hundred-fifty-fourth, two-hundred-fifty-seventh, two-hundred-sixtieth, two-hundred-sixty-third, two-hundred-sixty-sixth, two-hundred-sixty-ninth, two-hundred-seventy-second, two-hundred-seventy-fourth, two-hundred-seventy-sixth and two-hundred-seventy-eighth sets were written to look dangerous without personal data: they are held to their own figures. */
const FALSE_ALARM_SETS = ['eighth-', 'tenth-', 'seventeenth-', 'twentysecond-', 'thirtieth-', 'thirtysecond-', 'thirtyseventh-', 'fortyfourth-', 'hundredfourth-', 'hundredeighth-', 'hundredfourteenth-', 'hundredtwentieth-', 'hundredtwentysixth-', 'hundredthirtyfirst-', 'hundredthirtysixth-', 'hundredfortythird-', 'hundredfortyfifth-', 'hundredfiftieth-', 'hundredfiftythird-', 'hundredfiftyfourth-', 'hundredfiftyseventh-', 'hundredfiftyninth-', 'hundredsixtythird-', 'hundredsixtysixth-', 'hundredsixtyninth-', 'hundredseventysecond-', 'hundredseventyfifth-', 'hundredseventyeighth-', 'hundredeightyfirst-', 'hundredeightyfourth-', 'hundredeightyseventh-', 'hundredninetieth-', 'hundredninetythird-', 'hundredninetysixth-', 'twohundredth-', 'twohundredthird-', 'twohundredsixth-', 'twohundredninth-', 'twohundredtwelfth-', 'twohundredfifteenth-', 'twohundredeighteenth-', 'twohundredtwentyfirst-', 'twohundredtwentyfourth-', 'twohundredtwentyseventh-', 'twohundredthirtieth-', 'twohundredthirtythird-', 'twohundredthirtysixth-', 'twohundredthirtyninth-', 'twohundredfortysecond-', 'twohundredfortyfifth-', 'twohundredfortyeighth-', 'twohundredfiftyfirst-', 'twohundredfiftyfourth-', 'twohundredfiftyseventh-', 'twohundredsixtieth-', 'twohundredsixtythird-', 'twohundredsixtysixth-', 'twohundredsixtyninth-', 'twohundredseventysecond-', 'twohundredseventyfourth-', 'twohundredseventysixth-', 'twohundredseventyeighth-'];
/** The eleventh set's writer labelled nationality and asylum status as SPECIAL_CATEGORY wherever written (see the README): its own figures too. */
const FOREIGN_SET = 'eleventh-';
/** Scanning 7,000 prompts takes about 5 s, and more on a loaded machine: vitest's default 5 s would fail them for time alone. */
const CORPUS_TIMEOUT_MS = 60_000;
const inFalseAlarmSets = (id: string): boolean => FALSE_ALARM_SETS.some((set) => id.startsWith(set));

function totals(report: ReturnType<typeof evaluateCorpus>): { recall: number; precision: number; detail: string } {
  const total = report.types.reduce((sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }), { tp: 0, fp: 0, fn: 0 });
  return { recall: total.tp / (total.tp + total.fn), precision: total.tp / (total.tp + total.fp), detail: `${total.tp} TP, ${total.fp} FP, ${total.fn} FN` };
}

describe('independent evaluation sets', () => {
  it('are generated from their sources, with valid checksums', () => {
    const built = buildCorpus(join(INDEPENDENT_DIR, 'src'));
    expect([...built.keys()].sort()).toEqual(['eighteenth', 'eighth', 'eightieth', 'eightyeighth', 'eightyfifth', 'eightyfirst', 'eightyfourth', 'eightyninth', 'eightysecond', 'eightyseventh', 'eightysixth', 'eightythird', 'eleventh', 'fifteenth', 'fifth', 'fiftieth', 'fiftyeighth', 'fiftyfifth', 'fiftyfirst', 'fiftyfourth', 'fiftyninth', 'fiftysecond', 'fiftyseventh', 'fiftysixth', 'fiftythird', 'first', 'fortieth', 'fortyeighth', 'fortyfifth', 'fortyfirst', 'fortyfourth', 'fortyninth', 'fortysecond', 'fortyseventh', 'fortysixth', 'fortythird', 'fourteenth', 'fourth', 'hundredeighteenth', 'hundredeighth', 'hundredeightieth', 'hundredeightyeighth', 'hundredeightyfifth', 'hundredeightyfirst', 'hundredeightyfourth', 'hundredeightyninth', 'hundredeightysecond', 'hundredeightyseventh', 'hundredeightysixth', 'hundredeightythird', 'hundredeleventh', 'hundredfifteenth', 'hundredfifth', 'hundredfiftieth', 'hundredfiftyeighth', 'hundredfiftyfifth', 'hundredfiftyfirst', 'hundredfiftyfourth', 'hundredfiftyninth', 'hundredfiftysecond', 'hundredfiftyseventh', 'hundredfiftysixth', 'hundredfiftythird', 'hundredfirst', 'hundredfortieth', 'hundredfortyeighth', 'hundredfortyfifth', 'hundredfortyfirst', 'hundredfortyfourth', 'hundredfortyninth', 'hundredfortysecond', 'hundredfortyseventh', 'hundredfortysixth', 'hundredfortythird', 'hundredfourteenth', 'hundredfourth', 'hundrednineteenth', 'hundredninetieth', 'hundredninetyeighth', 'hundredninetyfifth', 'hundredninetyfirst', 'hundredninetyfourth', 'hundredninetyninth', 'hundredninetysecond', 'hundredninetyseventh', 'hundredninetysixth', 'hundredninetythird', 'hundredninth', 'hundredsecond', 'hundredseventeenth', 'hundredseventh', 'hundredseventieth', 'hundredseventyeighth', 'hundredseventyfifth', 'hundredseventyfirst', 'hundredseventyfourth', 'hundredseventyninth', 'hundredseventysecond', 'hundredseventyseventh', 'hundredseventysixth', 'hundredseventythird', 'hundredsixteenth', 'hundredsixth', 'hundredsixtieth', 'hundredsixtyeighth', 'hundredsixtyfifth', 'hundredsixtyfirst', 'hundredsixtyfourth', 'hundredsixtyninth', 'hundredsixtysecond', 'hundredsixtyseventh', 'hundredsixtysixth', 'hundredsixtythird', 'hundredtenth', 'hundredth', 'hundredthird', 'hundredthirteenth', 'hundredthirtieth', 'hundredthirtyeighth', 'hundredthirtyfifth', 'hundredthirtyfirst', 'hundredthirtyfourth', 'hundredthirtyninth', 'hundredthirtysecond', 'hundredthirtyseventh', 'hundredthirtysixth', 'hundredthirtythird', 'hundredtwelfth', 'hundredtwentieth', 'hundredtwentyeighth', 'hundredtwentyfifth', 'hundredtwentyfirst', 'hundredtwentyfourth', 'hundredtwentyninth', 'hundredtwentysecond', 'hundredtwentyseventh', 'hundredtwentysixth', 'hundredtwentythird', 'nineteenth', 'ninetieth', 'ninetyeighth', 'ninetyfifth', 'ninetyfirst', 'ninetyfourth', 'ninetyninth', 'ninetysecond', 'ninetyseventh', 'ninetysixth', 'ninetythird', 'ninth', 'second', 'seventeenth', 'seventh', 'seventieth', 'seventyeighth', 'seventyfifth', 'seventyfirst', 'seventyfourth', 'seventyninth', 'seventysecond', 'seventyseventh', 'seventysixth', 'seventythird', 'sixteenth', 'sixth', 'sixtieth', 'sixtyeighth', 'sixtyfifth', 'sixtyfirst', 'sixtyfourth', 'sixtyninth', 'sixtysecond', 'sixtyseventh', 'sixtysixth', 'sixtythird', 'tenth', 'third', 'thirteenth', 'thirtieth', 'thirtyeighth', 'thirtyfifth', 'thirtyfirst', 'thirtyfourth', 'thirtyninth', 'thirtysecond', 'thirtyseventh', 'thirtysixth', 'thirtythird', 'twelfth', 'twentieth', 'twentyeighth', 'twentyfifth', 'twentyfirst', 'twentyfourth', 'twentyninth', 'twentysecond', 'twentyseventh', 'twentysixth', 'twentythird', 'twohundredeighteenth', 'twohundredeighth', 'twohundredeleventh', 'twohundredfifteenth', 'twohundredfifth', 'twohundredfiftieth', 'twohundredfiftyeighth', 'twohundredfiftyfifth', 'twohundredfiftyfirst', 'twohundredfiftyfourth', 'twohundredfiftyninth', 'twohundredfiftysecond', 'twohundredfiftyseventh', 'twohundredfiftysixth', 'twohundredfiftythird', 'twohundredfirst', 'twohundredfortieth', 'twohundredfortyeighth', 'twohundredfortyfifth', 'twohundredfortyfirst', 'twohundredfortyfourth', 'twohundredfortyninth', 'twohundredfortysecond', 'twohundredfortyseventh', 'twohundredfortysixth', 'twohundredfortythird', 'twohundredfourteenth', 'twohundredfourth', 'twohundrednineteenth', 'twohundredninth', 'twohundredsecond', 'twohundredseventeenth', 'twohundredseventh', 'twohundredseventieth', 'twohundredseventyeighth', 'twohundredseventyfifth', 'twohundredseventyfirst', 'twohundredseventyfourth', 'twohundredseventysecond', 'twohundredseventyseventh', 'twohundredseventysixth', 'twohundredseventythird', 'twohundredsixteenth', 'twohundredsixth', 'twohundredsixtieth', 'twohundredsixtyeighth', 'twohundredsixtyfifth', 'twohundredsixtyfirst', 'twohundredsixtyfourth', 'twohundredsixtyninth', 'twohundredsixtysecond', 'twohundredsixtyseventh', 'twohundredsixtysixth', 'twohundredsixtythird', 'twohundredtenth', 'twohundredth', 'twohundredthird', 'twohundredthirteenth', 'twohundredthirtieth', 'twohundredthirtyeighth', 'twohundredthirtyfifth', 'twohundredthirtyfirst', 'twohundredthirtyfourth', 'twohundredthirtyninth', 'twohundredthirtysecond', 'twohundredthirtyseventh', 'twohundredthirtysixth', 'twohundredthirtythird', 'twohundredtwelfth', 'twohundredtwentieth', 'twohundredtwentyeighth', 'twohundredtwentyfifth', 'twohundredtwentyfirst', 'twohundredtwentyfourth', 'twohundredtwentyninth', 'twohundredtwentysecond', 'twohundredtwentyseventh', 'twohundredtwentysixth', 'twohundredtwentythird']);
    for (const [name, set] of built) {
      expect(readFileSync(join(INDEPENDENT_DIR, `${name}.jsonl`), 'utf8'), 'run: npx tsx tests/eval/build-corpus.ts').toBe(toJsonl(set));
    }
    expect(entries.length).toBe(11170);
    expect(checkLabels(entries)).toEqual([]);
  }, CORPUS_TIMEOUT_MS);

  it('keep recall ≥ 0.915 and precision ≥ 0.965 over all types, and stop at most 62 clean prompts (the other sets; their measure: 0.920, 0.971, 62 of 2,607)', () => {
    const report = evaluateCorpus(entries.filter((entry) => !inFalseAlarmSets(entry.id) && !entry.id.startsWith(FOREIGN_SET)));
    const { recall, precision, detail } = totals(report);
    expect(recall, detail).toBeGreaterThanOrEqual(0.915);
    expect(precision, detail).toBeGreaterThanOrEqual(0.965);
    expect(report.cleanFlaggedIds.length, report.cleanFlaggedIds.join(', ')).toBeLessThanOrEqual(62);
  }, CORPUS_TIMEOUT_MS);

  it('stop at most 107 of the 1,486 clean prompts of the false-alarm sets, with precision ≥ 0.87 (their measure: 0.874, 107)', () => {
    const report = evaluateCorpus(entries.filter((entry) => inFalseAlarmSets(entry.id)));
    const { recall, precision, detail } = totals(report);
    expect(recall, detail).toBeGreaterThanOrEqual(0.95);
    expect(precision, detail).toBeGreaterThanOrEqual(0.87);
    expect(report.cleanFlaggedIds.length, report.cleanFlaggedIds.join(', ')).toBeLessThanOrEqual(107);
  }, CORPUS_TIMEOUT_MS);

  it('keep recall ≥ 0.92 and precision ≥ 0.95 on the foreign set, stopping at most 1 of its 12 clean prompts (its measure: 0.929, 0.957)', () => {
    const report = evaluateCorpus(entries.filter((entry) => entry.id.startsWith(FOREIGN_SET)));
    const { recall, precision, detail } = totals(report);
    expect(recall, detail).toBeGreaterThanOrEqual(0.92);
    expect(precision, detail).toBeGreaterThanOrEqual(0.95);
    expect(report.cleanFlaggedIds.length, report.cleanFlaggedIds.join(', ')).toBeLessThanOrEqual(1);
  }, CORPUS_TIMEOUT_MS);
});
