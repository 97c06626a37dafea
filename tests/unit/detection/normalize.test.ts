import { describe, expect, it } from 'vitest';
import { foldText, normalizeText, toOriginalSpan } from '@/utils/detection/normalize';

describe('normalizeText', () => {
  it.each([
    ['no-break and narrow no-break spaces become spaces', '06\u00A012\u202F34', '06 12 34'],
    ['zero-width characters are removed', 'je\u200Ban\u200D@x.fr', 'jean@x.fr'],
    ['Markdown escapes are removed', 'jean\\_dupont\\*', 'jean_dupont*'],
    ['an escaped backslash stays', 'a\\\\b', 'a\\\\b'],
    ['typographic dashes become hyphens', 'A\u2013B\u2212C', 'A-B-C'],
    ['full-width digits become ASCII', '\uFF10\uFF16', '06'],
    ['decomposed accents are composed', 'Rene\u0301e', 'Renée'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('keeps the folded copy aligned with the text', () => {
    const { text, folded } = normalizeText('DUPONT Hélène, ŒUVRE');
    expect(folded.length).toBe(text.length);
    expect(folded).toBe('dupont helene, œuvre');
  });

  it('maps spans back to the original text across removed characters', () => {
    const original = 'x \\_a\u200Bb y';
    const normalized = normalizeText(original);
    const start = normalized.text.indexOf('_');
    const [from, to] = toOriginalSpan(normalized, start, start + 3);
    expect(original.slice(from, to)).toBe('\\_a\u200Bb');
  });

  it('folds like the keyword lists', () => {
    expect(foldText('Sécurité Sociale')).toBe('securite sociale');
  });
});
