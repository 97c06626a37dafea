import { describe, expect, it } from 'vitest';
import { isAsciiAlphanumeric, isHexDigit } from '@/utils/detection/char-codes';

const codes = (text: string) => [...text].map((character) => character.charCodeAt(0));

describe('character-code tests', () => {
  it('isAsciiAlphanumeric holds ASCII letters and digits only', () => {
    for (const code of codes('09AZaz')) expect(isAsciiAlphanumeric(code)).toBe(true);
    for (const code of codes('/:@[`{éÉ _-')) expect(isAsciiAlphanumeric(code)).toBe(false);
  });

  it('isHexDigit holds 0-9, A-F and a-f, not the letters after F', () => {
    for (const code of codes('0123456789ABCDEFabcdef')) expect(isHexDigit(code)).toBe(true);
    for (const code of codes('/:@GZ`gz- é')) expect(isHexDigit(code)).toBe(false);
  });
});
