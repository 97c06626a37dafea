/** Decoders and work buffers that build the engine's long strings: the folded text, the normalised text, the one-byte copy. */

export const UTF16 = new TextDecoder('utf-16le');
export const UTF8 = new TextDecoder();

/**
 * Work buffers for long texts, kept between calls: a fresh multi-megabyte typed array per scan
 * costs more (page faults, garbage collection) than the loop that fills it. Texts above
 * SCRATCH_MAX_LENGTH characters get a buffer of their own, so that no more than a few megabytes
 * stay allocated (engine.ts's overlap buffer follows the same bound).
 */
export const SCRATCH_MIN_LENGTH = 4096;
export const SCRATCH_MAX_LENGTH = 1 << 20;
let scratch16Buffer: Uint16Array | null = null;
let scratch8Buffer: Uint8Array | null = null;

/** A Uint16Array view of `length` elements, reused for long texts (contents are overwritten by the caller). */
export const scratch16 = (length: number): Uint16Array => {
  if (length < SCRATCH_MIN_LENGTH || length > SCRATCH_MAX_LENGTH) return new Uint16Array(length);
  if (!scratch16Buffer || scratch16Buffer.length < length) scratch16Buffer = new Uint16Array(Math.max(length, Math.min(SCRATCH_MAX_LENGTH, scratch16Buffer ? scratch16Buffer.length * 2 : 0)));
  return scratch16Buffer.subarray(0, length);
};

/** A Uint8Array view of `length` bytes, reused for long texts. */
export const scratch8 = (length: number): Uint8Array => {
  if (length < 2 * SCRATCH_MIN_LENGTH || length > 2 * SCRATCH_MAX_LENGTH) return new Uint8Array(length);
  if (!scratch8Buffer || scratch8Buffer.length < length) scratch8Buffer = new Uint8Array(Math.max(length, Math.min(2 * SCRATCH_MAX_LENGTH, scratch8Buffer ? scratch8Buffer.length * 2 : 0)));
  return scratch8Buffer.subarray(0, length);
};
