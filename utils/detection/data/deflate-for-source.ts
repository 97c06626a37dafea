import { deflateAsync } from '@gfx/zopfli';
import { BITS_PER_DIGIT, GROUP_DIGITS } from './inflate';

/**
 * The digits of base 93 (see `inflate.ts`), lowest first: the printable ASCII characters but the double
 * quote and the backslash. Here, with the encoder, so that the engine's bundle does not build it
 * (`decodeBase93` reads a digit from its character code).
 */
export const BASE93_ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((character) => character !== '"' && character !== '\\')
  .join('');

/**
 * Base-93 text of `bytes` (see `decodeBase93`): each 85 bits, low bit first, as a number of thirteen
 * digits, low digit first; the bits left as the fewest digits that hold them.
 */
export function encodeBase93(bytes: Uint8Array): string {
  let out = '';
  const totalBits = bytes.length * 8;
  const groupBits = Math.floor(GROUP_DIGITS * BITS_PER_DIGIT);
  for (let from = 0; from < totalBits; from += groupBits) {
    const bits = Math.min(groupBits, totalBits - from);
    let value = 0n;
    for (let bit = from + bits - 1; bit >= from; bit--) value = (value << 1n) | BigInt((bytes[bit >> 3] >> (bit & 7)) & 1);
    for (let digits = Math.ceil(bits / BITS_PER_DIGIT); digits > 0; digits--) {
      out += BASE93_ALPHABET[Number(value % 93n)];
      value /= 93n;
    }
  }
  return out;
}

/**
 * Generators only (Node): the base-93 raw-DEFLATE form that `inflateBase93` reads back. Compressed with
 * Zopfli, whose DEFLATE streams any inflater reads and which are 3 to 4 % smaller than zlib's best
 * (first-name list, measured when it was first packed: 44,310 → 42,876 bytes): the data ships in every AI page.
 */
export async function deflateToBase93(text: string, iterations = 15): Promise<string> {
  return encodeBase93(await deflateAsync(Buffer.from(text, 'utf8'), { numiterations: iterations, blocksplitting: true }));
}

/**
 * Zopfli's iterations for data generated once and committed (the first-name list, the phone
 * metadata): 1,000 take ten seconds and save some fifty bytes over the build's 15.
 */
export const GENERATOR_ITERATIONS = 1000;
