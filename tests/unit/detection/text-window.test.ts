import { describe, expect, it } from 'vitest';
import { firstNonSpace, lastNonBlank, lastNonSpace, matchStartBefore, testAfter, testBefore, textAfter, textBefore } from '@/utils/detection/text-window';

describe('text windows', () => {
  it('cut the characters before and after a position, fewer at the text edges', () => {
    expect(textBefore('Bonjour Marie', 8, 4)).toBe('our ');
    expect(textBefore('Bonjour Marie', 2, 10)).toBe('Bo');
    expect(textAfter('Bonjour Marie', 8, 3)).toBe('Mar');
    expect(textAfter('Bonjour Marie', 11, 10)).toBe('ie');
    expect(testBefore('appel de mme Soulages', 13, /mme $/)).toBe(true);
    expect(testAfter('Lucas, 4 ans', 5, /^, \d ans/)).toBe(true);
  });

  it('skip the spaces before a position (lastNonSpace)', () => {
    expect(lastNonSpace('M  Dupont', 3)).toBe(0);
    expect(lastNonSpace('M Dupont', 2)).toBe(0);
    expect(lastNonSpace('Dupont', 0)).toBe(-1);
    expect(lastNonSpace('   Dupont', 3)).toBe(-1);
    expect(lastNonSpace('a\tb', 2)).toBe(1); // only spaces are skipped, not tabs
  });

  it('skip the spaces and tabs before a position (lastNonBlank)', () => {
    expect(lastNonBlank('Nom \t\nDupont', 6)).toBe(5); // a line break is no blank
    expect(lastNonBlank('Nom \t\nDupont', 5)).toBe(2);
    expect(lastNonBlank('a\tb', 2)).toBe(0); // tabs too, unlike lastNonSpace
    expect(lastNonBlank('a \t b', 4)).toBe(0);
    expect(lastNonBlank(' \t', 2)).toBe(-1);
    expect(lastNonBlank('Dupont', 0)).toBe(-1);
  });

  it('skip the spaces from a position on (firstNonSpace)', () => {
    expect(firstNonSpace('« Tatave  »', 8)).toBe(10);
    expect(firstNonSpace('Dupont', 2)).toBe(2);
    expect(firstNonSpace('Dupont   ', 6)).toBe(9);
    expect(firstNonSpace('Dupont', 6)).toBe(6);
  });

  it('find where a match ending at a position starts, within a window and not before minStart (matchStartBefore)', () => {
    const text = 'Contact : Jean Dupont, 42 ans';
    expect(matchStartBefore(text, 21, /[A-Z][a-z]+ [A-Z][a-z]+$/, 30, 0)).toBe(10);
    expect(matchStartBefore(text, 21, /[A-Z][a-z]+ [A-Z][a-z]+$/, 8, 0)).toBe(-1); // the window cuts `Jean`
    expect(matchStartBefore(text, 21, /[A-Z][a-z]+ [A-Z][a-z]+$/, 30, 12)).toBe(-1); // so does minStart
    expect(matchStartBefore(text, 21, /\d+$/, 30, 0)).toBe(-1);
  });
});
