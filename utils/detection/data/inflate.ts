import { inflateSync, strFromU8 } from 'fflate';

/**
 * Decodes data shipped as base64 of raw DEFLATE. Large word lists and tables travel this way
 * because the engine ships in every AI page: deflate halves them, at a one-off cost of about a
 * millisecond on first use.
 */
export function inflateBase64(base64: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return strFromU8(inflateSync(bytes));
}
