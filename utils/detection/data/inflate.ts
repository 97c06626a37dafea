import { inflateSync } from 'fflate';
import { codeAt } from '../char-codes';

/**
 * Data shipped in the engine's source as raw DEFLATE written in base 93: the printable ASCII
 * characters but the double quote and the backslash, so that the string needs no escape in the
 * bundle. Each 85 bits of data take thirteen characters (93¹³ ≥ 2⁸⁵), 22.3 % over the bytes, the
 * least base 93 allows (pairs of characters for 13 bits cost 23 %, Z85 25 %, base64 33 %). Large
 * word lists and tables travel this way because the engine ships in every AI page. Decoding is a
 * one-off: the first-name list's 50,701 characters take about 7 ms cold and under 1 ms once compiled.
 */
export const BASE93_ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((character) => character !== '"' && character !== '\\')
  .join('');

/** Bits a base-93 digit holds; a group of n digits holds the floor of n times it (85 for 13). */
export const BITS_PER_DIGIT = Math.log2(93);

/** Digits of a whole group (see `encodeBase93`). */
export const GROUP_DIGITS = 13;

/**
 * Bytes of a base-93 text (see `encodeBase93`): groups of thirteen digits, low digit first, each a
 * number of 85 bits, low bit first; a last, shorter group holds the bits left.
 */
export const decodeBase93 = (encoded: string): Uint8Array => {
  const bytes = new Uint8Array(Math.floor((encoded.length * BITS_PER_DIGIT) / 8) + 1);
  let length = 0;
  let accumulator = 0;
  let bits = 0;
  // A group's number in four limbs of 24 bits, least significant first: JavaScript's bit
  // operations stop at 32 bits (a limb times 93 stays under 2³¹).
  const limbs = [0, 0, 0, 0];
  for (let group = 0; group < encoded.length; group += GROUP_DIGITS) {
    const end = Math.min(group + GROUP_DIGITS, encoded.length);
    limbs.fill(0);
    for (let i = end; i-- > group; ) {
      const code = codeAt(encoded, i);
      // The alphabet is 32–126 without 34 (") and 92 (\).
      let carry = code - 32 - (code > 34 ? 1 : 0) - (code > 92 ? 1 : 0);
      for (let limb = 0; limb < 4; limb++) {
        const value = limbs[limb] * 93 + carry;
        limbs[limb] = value & 0xffffff;
        carry = value >>> 24;
      }
    }
    let groupBits = Math.floor((end - group) * BITS_PER_DIGIT);
    for (let limb = 0; groupBits > 0; limb++, groupBits -= 24) {
      // Under 8 bits are pending: the limb's 24 fill at most 32 (`>>>` reads them unsigned).
      accumulator |= limbs[limb] << bits;
      bits += Math.min(24, groupBits);
      for (; bits >= 8; bits -= 8, accumulator >>>= 8) bytes[length++] = accumulator & 0xff;
    }
  }
  return bytes.subarray(0, length);
};

/**
 * The text shipped as base 93 of raw DEFLATE (see `deflateToBase93`). UTF-8 decoded by the platform's
 * TextDecoder (browsers, workers and Node all have it): fflate's `strFromU8` carries a fallback decoder
 * of its own, 557 bytes of the bundle.
 */
export const inflateBase93 = (encoded: string): string => new TextDecoder().decode(inflateSync(decodeBase93(encoded)));

/** What joins the word lists of a module packed at build time (no list holds it). */
export const PACKED_SEPARATOR = '\u0000';

/** The word lists of a module packed at build time (see `pack-word-lists.ts`): the texts of their literal arguments. */
export const unpackWordLists = (encoded: string): string[] => inflateBase93(encoded).split(PACKED_SEPARATOR);
