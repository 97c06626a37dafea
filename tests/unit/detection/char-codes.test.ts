import { describe, expect, it } from 'vitest';
import { codeAt, codePointBefore, isAsciiAlphanumeric, isAsciiDigit, isHexDigit, isSpaceOrTab } from '@/utils/detection/char-codes';

const codes = (text: string) => [...text].map((character) => character.charCodeAt(0));

describe('character-code tests', () => {
  it('codeAt reads a UTF-16 code unit as charCodeAt does, NaN outside the text', () => {
    expect(codeAt('Né', 1)).toBe(0xe9);
    expect(codeAt('😀', 0)).toBe(0xd83d);
    expect(codeAt('ab', 2)).toBeNaN();
    expect(codeAt('ab', -1)).toBeNaN();
  });

  it('isAsciiDigit holds 0-9 only, not other scripts\' digits', () => {
    for (const code of codes('0123456789')) expect(isAsciiDigit(code)).toBe(true);
    for (const code of codes('/:aO٣０')) expect(isAsciiDigit(code)).toBe(false);
    expect(isAsciiDigit(Number.NaN)).toBe(false);
  });

  it('isAsciiAlphanumeric holds ASCII letters and digits only', () => {
    for (const code of codes('09AZaz')) expect(isAsciiAlphanumeric(code)).toBe(true);
    for (const code of codes('/:@[`{éÉ _-')) expect(isAsciiAlphanumeric(code)).toBe(false);
  });

  it('isHexDigit holds 0-9, A-F and a-f, not the letters after F', () => {
    for (const code of codes('0123456789ABCDEFabcdef')) expect(isHexDigit(code)).toBe(true);
    for (const code of codes('/:@GZ`gz- é')) expect(isHexDigit(code)).toBe(false);
  });

  it('isSpaceOrTab holds a space and a tab, not a line break nor a no-break space', () => {
    for (const code of codes(' \t')) expect(isSpaceOrTab(code)).toBe(true);
    for (const code of codes('\n\r\u00a0\u202fa')) expect(isSpaceOrTab(code)).toBe(false);
    expect(isSpaceOrTab(Number.NaN)).toBe(false);
  });

  it('codePointBefore reads a surrogate pair as one code point, and nothing at the start', () => {
    expect(codePointBefore('a\u{1F600}b', 3)).toBe('\u{1F600}');
    expect(codePointBefore('a\u{1F600}b', 1)).toBe('a');
    expect(codePointBefore('\uDE00b', 1)).toBe('\uDE00');
    expect(codePointBefore('ab', 0)).toBe('');
  });
});
