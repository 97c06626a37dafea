import { describe, expect, it } from 'vitest';
import { DETECTORS } from '@/utils/detection/registry';
import { hasStandIn, stickyCopy, type StickyMatcher } from '@/utils/detection/start-positions';
import { loadCorpus } from '../../eval/build-corpus';

/**
 * The term lists' trie walk (detectors/sensitive/_terms.ts) stands in for their patterns' sticky
 * runs: at every position, it must find what the sticky regex finds. Both are run here on the
 * labelled corpus and on variants of it that reach the atoms' other ways of matching (case, accents,
 * apostrophes, hyphens, inflections), and on hand-written edges.
 */
const TERM_DETECTORS = DETECTORS.filter((detector) => hasStandIn(detector.pattern));

const stripAccents = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');

const CORPUS = loadCorpus().map((entry) => entry.text);
const VARIANTS: Array<(text: string) => string> = [
  (text) => text,
  (text) => text.toUpperCase(),
  (text) => stripAccents(text.toLowerCase()),
  (text) => text.replace(/[’']/g, "' ").replace(/ /g, '-'),
  (text) => text.replace(/[’']/g, ' ').replace(/(\p{L}{3,})/gu, '$1es'),
  (text) => text.replace(/(\p{L}{3,})/gu, '$1s').replace(/\./g, '𝐀'),
];

const EDGES = [
  '',
  'diabète',
  'DIABÈTE',
  'diabetes',
  'maladie',
  'maladies2',
  'malade',
  'malades',
  'maladees',
  'placé',
  'placée',
  'placées',
  "mise à l'abri",
  "mise a l' abri",
  'mise a l abri',
  "mise à l'",
  'grossesse a risque',
  'grossesse-a-risque',
  'cancer𝐀',
  'cancer du sein',
  'CMP',
  'cmp',
  'Cmp',
  'αcancer',
  'é cancer',
  'le GIR 3',
  'dépression\u0301',
  'handicapé·e',
  'tentative de suicide',
  'tentatives de suicide',
];

/** What `matcher` finds at each position of `text` from 0 to its length, and the `lastIndex` it leaves. */
const runs = (matcher: StickyMatcher, text: string, everyPosition: boolean): string[] => {
  const found: string[] = [];
  for (let at = 0; at <= text.length; at++) {
    // Past a letter or a digit, both refuse a term (their look-behind); the corpus is read at word starts only.
    if (!everyPosition && at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
    matcher.lastIndex = at;
    const match = matcher.exec(text);
    found.push(match === null ? `${at}: none, ${matcher.lastIndex}` : `${at}: ${match.index} ${JSON.stringify(match[0])} ${match.length}, ${matcher.lastIndex}`);
  }
  return found;
};

describe('the term lists’ trie walk', () => {
  it('stands in for the patterns of every term list', () => {
    expect(TERM_DETECTORS.map((detector) => detector.id).sort()).toEqual(['health', 'judicial', 'nationality', 'social-case', 'special-category']);
  });

  it('holds terms in characters of one UTF-16 unit each, as the walk reads them', () => {
    for (const detector of TERM_DETECTORS) expect(detector.pattern.source).not.toMatch(/[\uD800-\uDFFF]/);
  });

  describe.each(TERM_DETECTORS.map((detector) => [detector.id, detector] as const))('%s', (_, detector) => {
    const regex = new RegExp(detector.pattern.source, 'uy');
    const walk = stickyCopy(detector.pattern);

    it('is not the regex itself', () => {
      expect(walk).not.toBeInstanceOf(RegExp);
    });

    it('finds what the sticky regex finds on hand-written edges, at every position', () => {
      for (const text of EDGES) expect(runs(walk, text, true)).toEqual(runs(regex, text, true));
    });

    it.each(VARIANTS.map((variant, index) => [index, variant] as const))('finds what the sticky regex finds at every word start of the corpus (variant %i)', (index, variant) => {
      let matches = 0;
      for (const text of CORPUS) {
        const expected = runs(regex, variant(text), false);
        expect(runs(walk, variant(text), false)).toEqual(expected);
        matches += expected.filter((line) => !line.includes('none')).length;
      }
      // The comparison reads matches, not only misses (the corpus as written holds terms of every list).
      if (index === 0) expect(matches).toBeGreaterThan(3);
    });
  });

  it('finds a term and its inflections as the regex does', () => {
    const walk = stickyCopy(DETECTORS.find((detector) => detector.id === 'health')!.pattern);
    walk.lastIndex = 4;
    expect(walk.exec('Son diabète de type 2 est suivi.')?.[0]).toBe('diabète de type 2');
    expect(walk.lastIndex).toBe(21);
    walk.lastIndex = 5;
    expect(walk.exec('Son diabète')).toBeNull();
    expect(walk.lastIndex).toBe(0);
  });
});
