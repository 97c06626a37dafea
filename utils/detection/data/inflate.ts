import { inflateSync, strFromU8 } from 'fflate';

/**
 * Data shipped in the engine's source as raw DEFLATE written in Z85 (ZeroMQ's base 85: five
 * printable characters per four bytes, none of them a quote or a backslash). Large word lists and
 * tables travel this way because the engine ships in every AI page: deflate halves them, and Z85
 * costs 25 % over the bytes where base64 cost 33 %. Decoding is a one-off of about a millisecond.
 */
export const Z85_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/** Bytes of a Z85 text whose last character says how many zero bytes padded the data to a multiple of four. */
export function decodeZ85(encoded: string): Uint8Array {
  const padding = Number(encoded[encoded.length - 1]);
  const body = encoded.length - 1;
  const bytes = new Uint8Array((body / 5) * 4);
  for (let i = 0, out = 0; i < body; i += 5, out += 4) {
    let value = 0;
    for (let k = 0; k < 5; k++) value = value * 85 + Z85_ALPHABET.indexOf(encoded[i + k]);
    bytes[out] = value >>> 24;
    bytes[out + 1] = (value >>> 16) & 0xff;
    bytes[out + 2] = (value >>> 8) & 0xff;
    bytes[out + 3] = value & 0xff;
  }
  return bytes.subarray(0, bytes.length - padding);
}

/** The text shipped as Z85 of raw DEFLATE (see `deflateToZ85`). */
export function inflateZ85(encoded: string): string {
  return strFromU8(inflateSync(decodeZ85(encoded)));
}
