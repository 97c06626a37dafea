import { deflateAsync } from '@gfx/zopfli';
import { BASE93_ALPHABET } from './inflate';

/** Base-93 text of `bytes` (see `decodeBase93`): each 13 bits as two characters, low digit first; a tail of up to 12 bits as one or two. */
export function encodeBase93(bytes: Uint8Array): string {
  let out = '';
  let accumulator = 0;
  let bits = 0;
  const pair = (value: number): string => BASE93_ALPHABET[value % 93] + BASE93_ALPHABET[Math.floor(value / 93)];
  for (const byte of bytes) {
    accumulator |= byte << bits;
    bits += 8;
    if (bits >= 13) {
      out += pair(accumulator & 0x1fff);
      accumulator >>>= 13;
      bits -= 13;
    }
  }
  // One character holds a tail below 93 of at most 7 bits (the decoder's last byte); else two.
  if (bits > 0) out += bits > 7 || accumulator >= 93 ? pair(accumulator) : BASE93_ALPHABET[accumulator];
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
