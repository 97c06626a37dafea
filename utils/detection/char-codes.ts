/** Character-code tests shared by the engine and the detectors (on UTF-16 code units, no regex). */

/**
 * `text.charCodeAt(at)`, for the engine's size (it ships in every AI page): a call is 8 bytes
 * smaller than the method written out. Used by the validators, the checksums and the helpers they
 * call, not in the loops that read every character of a scanned text (normalize.ts, fold.ts,
 * engine.ts, start-positions.ts…) nor in person-name.ts and its helpers (`_name-*.ts`): there the
 * extra call made the adversarial inputs with thousands of names up to 30 % slower. Outside its
 * loops person-name.ts compares one character as a string (`text[k] === '\n'`): shorter still, and
 * no slower in alternating runs of the adversarial inputs (2026-12-02).
 */
export const codeAt = (text: string, at: number): number => text.charCodeAt(at);

/** `0-9`. */
export const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/** `0-9`, `A-Z`, `a-z`. */
export const isAsciiAlphanumeric = (code: number): boolean => isAsciiDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A space or a tab: the blanks inside a line. */
export const isSpaceOrTab = (code: number): boolean => code === 32 || code === 9;

/** `0-9`, `A-F`, `a-f`. */
export const isHexDigit = (code: number): boolean => isAsciiDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/** The code point that ends at `index` (a surrogate pair counts as one, as in a `u` regex), as a string; empty at the text's start. */
export const codePointBefore = (text: string, index: number): string => {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800) return text.slice(index - 2, index);
  return text.charAt(index - 1);
};
