import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../eval/build-corpus';
import { afterGap, JOB_BEFORE_TERM, PEOPLE_COUNT_BEFORE, STATISTIC_COUNT_BEFORE, topicBefore } from '@/utils/detection/detectors/sensitive/_terms';
import { foldText } from '@/utils/detection/fold';
import { testBefore } from '@/utils/detection/text-window';

// The category validators test these end-anchored regexes only where `afterGap` holds: that is
// only right if none of them can match a window whose last character is neither a space nor an
// apostrophe. Checked on every such position of a sample of the corpus, and on hand-made windows.
const GUARDED: Array<[string, RegExp, number]> = [
  ['topicBefore', topicBefore(['politique', 'service', 'budget', 'etat de']), 50],
  ['JOB_BEFORE_TERM', JOB_BEFORE_TERM, 40],
  ['STATISTIC_COUNT_BEFORE', STATISTIC_COUNT_BEFORE, 30],
  ['PEOPLE_COUNT_BEFORE', PEOPLE_COUNT_BEFORE, 30],
];

describe('afterGap', () => {
  it('is true after a space or an apostrophe only', () => {
    expect(afterGap('la politique de ase', 16)).toBe(true);
    expect(afterGap("budget de l'ase", 12)).toBe(true);
    expect(afterGap('dupont;marie;rsa', 13)).toBe(false);
    expect(afterGap('(rsa)', 1)).toBe(false);
    expect(afterGap('rsa', 0)).toBe(false);
  });

  it('the regexes it guards match before a term after a space or an apostrophe', () => {
    expect(testBefore('la politique de l', 17, GUARDED[0][1], 50)).toBe(false);
    expect(testBefore("le budget de l'", 15, GUARDED[0][1], 50)).toBe(true);
    expect(testBefore('214 dossiers de ', 16, STATISTIC_COUNT_BEFORE, 30)).toBe(true);
    expect(testBefore('instructrice ', 13, JOB_BEFORE_TERM, 40)).toBe(true);
  });

  it('none of the regexes it guards matches where it is false (every position of every corpus prompt)', () => {
    const entries = loadCorpus();
    let tested = 0;
    for (const { text } of entries) {
      const folded = foldText(text);
      for (let at = 0; at <= folded.length; at++) {
        if (afterGap(folded, at)) continue;
        tested++;
        for (const [name, regex, length] of GUARDED) {
          if (testBefore(folded, at, regex, length)) expect.fail(`${name} matches before offset ${at} of a corpus prompt`);
        }
      }
    }
    expect(tested).toBeGreaterThan(50_000);
  });
});
