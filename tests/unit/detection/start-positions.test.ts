import { describe, expect, it } from 'vitest';
import { defineDetector } from '@/utils/detection/define-detector';
import { DETECTOR_EXAMPLES } from '@/utils/detection/detector-examples';
import { scan } from '@/utils/detection/engine';
import { foldUnit } from '@/utils/detection/fold';
import { normalizeText } from '@/utils/detection/normalize';
import { FOLDED_ANCHOR_PATTERNS } from '@/utils/detection/person-anchor';
import { DETECTORS } from '@/utils/detection/registry';
import { CASELESS_OUTLIERS, startCondition, startPositions, StartTables } from '@/utils/detection/start-positions';
import { loadCorpus } from '../../eval/build-corpus';

const BOUNDARY = '(?<![0-9A-Za-z\\u00C0-\\u024F])';

describe('startCondition', () => {
  it('lists the folded prefixes every match starts with', () => {
    const condition = startCondition(new RegExp(`${BOUNDARY}(?:[Mm]aladies?|CMP|e(?<=est e)nceinte|[ée]tat de sant[ée]|vol)(?![a-z])`, 'gu'));
    expect(condition?.prefixes.slice().sort()).toEqual(['cmp', 'ence', 'etat', 'mala', 'vol']);
  });

  it('expands small classes and optional parts, and cuts a prefix at a wide or unknown atom', () => {
    const condition = startCondition(new RegExp(`${BOUNDARY}(?:a[bc]?d|x\\p{L}y|q[0-9A-Za-z]z)`, 'gu'));
    expect(condition?.prefixes.slice().sort()).toEqual(['abd', 'acd', 'ad', 'q', 'x']);
  });

  it('reads a case-insensitive pattern the same way, ending a prefix where case folding knows another character (`s` matches `ſ`)', () => {
    expect(startCondition(new RegExp(`${BOUNDARY}(?:maladie|nés le|cmp)`, 'giu'))?.prefixes.slice().sort()).toEqual(['cmp', 'mala', 'ne']);
    expect(startCondition(new RegExp(`${BOUNDARY}(?:maladie|nés le|cmp)`, 'gu'))?.prefixes.slice().sort()).toEqual(['cmp', 'mala', 'nes ']);
  });

  it('CASELESS_OUTLIERS lists every folded character that a case-insensitive pattern matches in a character of another fold', () => {
    const outliers = new Set<string>();
    for (let code = 0x20; code < 0x100; code++) {
      const char = String.fromCharCode(code);
      if (!/\p{L}/u.test(char)) continue;
      const caseless = new RegExp(`^${char}$`, 'iu');
      for (let other = 0; other < 0x10000; other++) {
        if (other >= 0xd800 && other <= 0xdfff) continue;
        const otherChar = String.fromCharCode(other);
        if (caseless.test(otherChar) && foldUnit(otherChar) !== foldUnit(char)) outliers.add(foldUnit(char));
      }
    }
    expect([...outliers].sort()).toEqual([...CASELESS_OUTLIERS].sort());
  });

  it('reads a pattern with too many prefixes of four characters with shorter ones (dates: `12/0`, `3 ja`…)', () => {
    const condition = startCondition(new RegExp(`${BOUNDARY}\\d\\d?[ /.-]\\d\\d?[ /.-]\\d{2,4}`, 'gu'));
    expect(condition?.prefixes.length).toBeGreaterThan(100);
    expect(Math.max(...condition!.prefixes.map((prefix) => prefix.length))).toBeLessThan(4);
  });

  it('refuses patterns it cannot restrict', () => {
    // No leading look-behind, an empty-able branch, a look-behind on one branch only.
    expect(startCondition(/(?:maladie|cmp)/gu)).toBeNull();
    expect(startCondition(new RegExp(`${BOUNDARY}(?:x|)`, 'gu'))).toBeNull();
    expect(startCondition(new RegExp(`${BOUNDARY}maladie|cmp`, 'gu'))).toBeNull();
    expect(startCondition(new RegExp(`${BOUNDARY}.abc`, 'gu'))).toBeNull();
  });
});

describe('startPositions', () => {
  const withCondition = DETECTORS.filter((detector) => startCondition(detector.pattern) !== null);
  const texts = [
    ...loadCorpus().map((entry) => entry.text),
    ...withCondition.flatMap((detector) => [...DETECTOR_EXAMPLES[detector.id].match, ...DETECTOR_EXAMPLES[detector.id].noMatch]),
    'ÉTAT DE SANTÉ: Mme X est enceinte; l’enfant est placé à l’ASE (Δmaladie, Жmaladie, ſida)',
    // Case-insensitive patterns match `ſ` for `s`: `neſ le` is `nés le`.
    'Jumeaux NEſ LE 12/03/2015 au 4 rue ſaint-Jean',
  ];

  it('the vocabulary detectors have a start condition', () => {
    expect(withCondition.map((detector) => detector.id)).toEqual(expect.arrayContaining(['health', 'social-case', 'special-category', 'judicial', 'confidential', 'birth-date', 'postal-address']));
  });

  /** Matches of each pattern (run on the text, or on its folded copy) that the listed positions miss, and how many matches there were. */
  function unlisted(patterns: readonly RegExp[], onFoldedText: boolean): { missed: string[]; matches: number } {
    const listTables = new StartTables(patterns.map((pattern) => startCondition(pattern, onFoldedText)!));
    const missed: string[] = [];
    let matches = 0;
    for (const text of texts) {
      const normalized = normalizeText(text);
      const positions = startPositions(listTables, patterns.length, normalized.text, normalized.folded);
      patterns.forEach((pattern, index) => {
        const listed = new Set(positions[index]);
        for (const match of (onFoldedText ? normalized.folded : normalized.text).matchAll(new RegExp(pattern.source, pattern.flags))) {
          matches++;
          if (!listed.has(match.index)) missed.push(`${pattern.source.slice(0, 40)}… at ${match.index} of ${JSON.stringify(text.slice(0, 40))}`);
        }
      });
    }
    return { missed, matches };
  }

  it('holds every position where a pattern matches (the condition is never narrower than the pattern)', () => {
    const { missed, matches } = unlisted(withCondition.map((detector) => detector.pattern), false);
    expect(missed).toEqual([]);
    expect(matches).toBeGreaterThan(300);
  });

  it('lists every position where a person-anchor pattern matches the folded text', () => {
    // These patterns run on the folded text: their look-behind is checked on the fold of a character.
    expect(FOLDED_ANCHOR_PATTERNS.every((pattern) => startCondition(pattern, true) !== null)).toBe(true);
    const { missed, matches } = unlisted(FOLDED_ANCHOR_PATTERNS, true);
    expect(missed).toEqual([]);
    expect(matches).toBeGreaterThan(100);
  });

  it('scanning at the listed positions finds what the plain pattern finds', () => {
    const pattern = new RegExp(`${BOUNDARY}(?:[Mm]aladie|CMP)(?![A-Za-z])`, 'gu');
    const detector = defineDetector({ id: 'test-terms', type: 'HEALTH', severity: 'high', pattern, baseScore: 0.9 });
    const plain = defineDetector({ ...detector, id: 'test-terms-plain', pattern: new RegExp(pattern.source.slice(BOUNDARY.length), 'gu') });
    const text = 'Maladie, xmaladie, CMP; cmp (CMP) MaladieX maladie';
    const found = scan(text, { detectors: [detector] }).map((finding) => text.slice(finding.start, finding.end));
    expect(found).toEqual(['Maladie', 'CMP', 'CMP', 'maladie']);
    expect(scan(text, { detectors: [plain] }).length).toBe(5); // without the boundary, `xmaladie` too
  });
});
