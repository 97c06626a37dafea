import { deflateAsync } from '@gfx/zopfli';
import { encodeContextMixed } from './context-mixing';
import { BITS_PER_DIGIT, UNPRINTED_CODES } from './inflate';

/**
 * The digits of base 117 (see `inflate.ts`), lowest first: the ASCII characters but the ones a
 * minifier escapes, the line breaks, the double quote and the backslash. Here, with the encoder,
 * so that the engine's bundle does not build it (`decodeBase117` reads a digit from its character code).
 */
export const BASE117_ALPHABET = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code))
  .filter((character) => !UNPRINTED_CODES.includes(character))
  .join('');

/**
 * Base-117 text of `bytes` (see `decodeBase117`): each six bytes, low byte first, as a number of seven
 * digits, low digit first; the bytes left as the fewest digits that hold them.
 */
export function encodeBase117(bytes: Uint8Array): string {
  let out = '';
  for (let from = 0; from < bytes.length; from += 6) {
    const group = bytes.subarray(from, from + 6);
    let value = 0n;
    for (let byte = group.length; byte-- > 0; ) value = (value << 8n) | BigInt(group[byte]);
    for (let digits = Math.ceil((group.length * 8) / BITS_PER_DIGIT); digits > 0; digits--) {
      out += BASE117_ALPHABET[Number(value % 117n)];
      value /= 117n;
    }
  }
  return out;
}

/**
 * Generators only (Node): the base-117 raw-DEFLATE form that `inflateBase117` reads back. Compressed with
 * Zopfli, whose DEFLATE streams any inflater reads and which are 3 to 4 % smaller than zlib's best
 * (first-name list, measured when it was first packed: 44,310 → 42,876 bytes): the data ships in every AI page.
 */
export async function deflateToBase117(text: string, iterations = 15): Promise<string> {
  return encodeBase117(await deflateAsync(Buffer.from(text, 'utf8'), { numiterations: iterations, blocksplitting: true }));
}

/**
 * Generators only (Node): the base-117 context-mixing code of `text` (see `context-mixing.ts`; `frontCoded`
 * for a front-coded list) and its length in UTF-8 bytes, which `decodeContextMixedBase117` needs to read it back.
 */
export function contextMixToBase117(text: string, frontCoded = false): { encoded: string; length: number } {
  const bytes = Buffer.from(text, 'utf8');
  return { encoded: encodeBase117(encodeContextMixed(bytes, frontCoded)), length: bytes.length };
}
