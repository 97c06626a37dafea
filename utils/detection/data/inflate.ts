import { inflateSync } from 'fflate';
import { codeAt } from '../char-codes';

/**
 * Data shipped in the engine's source as raw DEFLATE written in base 93: the printable ASCII
 * characters but the double quote and the backslash, so that the string needs no escape in the
 * bundle. Each 13 bits of data take two characters (93² = 8,649 ≥ 2¹³), 23 % over the bytes where
 * Z85 (four bytes in five characters) cost 25 % and base64 33 %. Large word lists and tables travel
 * this way because the engine ships in every AI page. Decoding is a one-off of about a millisecond.
 */
export const BASE93_ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((character) => character !== '"' && character !== '\\')
  .join('');

/** Bytes of a base-93 text (see `encodeBase93`): pairs of characters, and a last one alone for a short tail. */
export function decodeBase93(encoded: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((encoded.length * 13) / 16) + 1);
  let length = 0;
  let accumulator = 0;
  let bits = 0;
  let pending = -1;
  for (let i = 0; i < encoded.length; i++) {
    const code = codeAt(encoded, i);
    // The alphabet is 32–126 without 34 (") and 92 (\).
    const digit = code - 32 - (code > 34 ? 1 : 0) - (code > 92 ? 1 : 0);
    if (pending < 0) {
      pending = digit;
      continue;
    }
    accumulator |= (pending + digit * 93) << bits;
    bits += 13;
    for (; bits >= 8; bits -= 8, accumulator >>>= 8) bytes[length++] = accumulator & 0xff;
    pending = -1;
  }
  if (pending >= 0) bytes[length++] = (accumulator | (pending << bits)) & 0xff;
  return bytes.subarray(0, length);
}

/**
 * The text shipped as base 93 of raw DEFLATE (see `deflateToBase93`). UTF-8 decoded by the platform's
 * TextDecoder (browsers, workers and Node all have it): fflate's `strFromU8` carries a fallback decoder
 * of its own, 557 bytes of the bundle.
 */
export function inflateBase93(encoded: string): string {
  return new TextDecoder().decode(inflateSync(decodeBase93(encoded)));
}

/** What joins the word lists of a module packed at build time (no list holds it). */
export const PACKED_SEPARATOR = '\u0000';

/** The word lists of a module packed at build time (see `pack-word-lists.ts`): the texts of their literal arguments. */
export function unpackWordLists(encoded: string): string[] {
  return inflateBase93(encoded).split(PACKED_SEPARATOR);
}
