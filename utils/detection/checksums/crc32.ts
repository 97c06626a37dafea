/**
 * CRC-32 (ISO-HDLC, polynomial 0xEDB88320, the one of zip and PNG) and the base-62 check GitHub
 * appends to its tokens since 2021: `ghp_` + 30 random characters + 6 characters of checksum, the
 * CRC-32 of the 30 characters written in base 62 (`0-9A-Za-z`), most significant digit first,
 * left-padded with `0` (shared/reference/detectors.md §0.5 and §8.3).
 * Source: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */
import { codeAt } from '../char-codes';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of a string of single-byte characters (ASCII); returns an unsigned 32-bit integer. */
export const crc32 = (ascii: string): number => {
  let c = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) c = CRC_TABLE[(c ^ codeAt(ascii, i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Writes a non-negative integer in base 62 (`0-9A-Za-z`), left-padded with `0` to `width`. */
export const toBase62 = (value: number, width = 0): string => {
  let n = Math.floor(Math.max(0, value));
  let out = '';
  do {
    out = BASE62_ALPHABET[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
};

/**
 * Checks the checksum of a GitHub-style token (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, also npm's
 * `npm_`): `prefix` + 30 random characters + 6 base-62 characters of CRC-32. `prefixLength` is the
 * length of the prefix including its underscore (4 for both families).
 */
export const base62CrcTokenIsValid = (token: string, prefixLength = 4): boolean => {
  const body = token.slice(prefixLength, prefixLength + 30);
  const check = token.slice(prefixLength + 30);
  if (body.length !== 30 || check.length !== 6) return false;
  if (!/^[A-Za-z0-9]{30}$/.test(body) || !/^[A-Za-z0-9]{6}$/.test(check)) return false;
  return toBase62(crc32(body), 6) === check;
};
