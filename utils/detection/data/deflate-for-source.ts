import { constants, deflateRawSync } from 'node:zlib';

/** Generators only (Node): the base64 raw-DEFLATE form that `inflateBase64` reads back. */
export function deflateToBase64(text: string): string {
  return deflateRawSync(Buffer.from(text, 'utf8'), { level: constants.Z_BEST_COMPRESSION }).toString('base64');
}
