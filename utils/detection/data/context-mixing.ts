import { decodeBase117 } from './inflate';

/**
 * Data shipped in the engine's source compressed by context mixing, for the tables that are decoded
 * whole and off the scan path (the first-name list, the phone metadata): each bit is predicted from
 * the bits before it in its byte, from the one, two and three bytes before, and from a fifth context
 * (see `code`); a small logistic mixer (as in Matt Mahoney's lpaq) weighs the five predictions, and a
 * binary arithmetic coder spends −log2(p) bits on the bit. It codes the front-coded first-name list in
 * 34,100 bytes where Zopfli's DEFLATE takes 41,286 (−17 %), and the phone metadata in 6,559 where it
 * takes 7,838. The price is decoding time, each bit a model update: cold, in a fresh Node process, the
 * first-name list takes about 105 ms to decode (75 with four predictions; 40 deflated, its groups'
 * decoding included), the phone metadata about 70 (45 with four; 8 deflated); once per page, in the
 * warm-up's idle steps (see warm-up.ts). The word lists stay deflated: they are decoded when the engine
 * loads, where that time would be the page's.
 *
 * Every value is an integer (the squash table is lpaq's, interpolated; no `Math.exp`), so that
 * every JavaScript engine predicts the same bits as the generator that coded them.
 */

/** Bits of a hashed context table's index: 2^18 entries per context order (1.5 MB while decoding, then freed). */
const TABLE_BITS = 18;
/** A prediction adapts at 1/(n + 1.5) of its error until it has seen this many bits, then stays at that rate. */
const COUNT_LIMIT = 30;
/** The mixer's learning rate (its error is scaled by it before the 16-bit shift). */
const MIXER_RATE = 12;

/** lpaq's logistic curve at 33 points of the stretched domain (−2047 to 2047 in steps of 128), in 12-bit probabilities. */
const SQUASH_POINTS = [1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607, 3785, 3901, 3975, 4022, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094];

/** Whether `code` is a front-coded list's count character: `0`–`9`, then `A`–`Z` (see generate-first-names.ts). */
const isDropCount = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
/** How many characters of the previous entry a count character drops: 0–9, then 10–35. */
export const droppedCount = (code: number): number => code - (code > 0x39 ? 0x37 : 0x30);

/**
 * The coder both ways, one code so that the generator and the engine cannot drift apart. Decoding,
 * `input` is the code and the result the `length` bytes of data; encoding, `input` is the data.
 *
 * The fifth context, indexed directly with the bits of the byte so far: for a front-coded list
 * (`frontCoded`: entries of a character that counts the previous entry's characters to drop, `0`–`9`
 * then `A`–`Z`, and the characters to append; groups apart by `,`, see generate-first-names.ts), the
 * previous entry's character where the current one has reached, and whether a count is right before:
 * an entry goes on as the one before it, then, where it parts from it, with a later character (the
 * list is sorted). Otherwise the byte two before. Measured: the first-name list 36,332 → 34,100 bytes,
 * the phone metadata 6,612 → 6,559 (with the order 4, hashed: 6,446, but a fourth table of 2^18).
 */
const code = (input: Uint8Array, length: number, decoding: boolean, frontCoded = false): Uint8Array => {
  // squash(d) = 4096 / (1 + e^(−d/256)), clamped to 1..4095; stretch is its inverse.
  const squash = new Uint16Array(4095);
  for (let d = -2047; d <= 2047; d++) {
    const step = (d + 2048) >> 7;
    const weight = (d + 2048) & 127;
    squash[d + 2047] = Math.max(1, Math.min(4095, (SQUASH_POINTS[step] * (128 - weight) + SQUASH_POINTS[step + 1] * weight + 64) >> 7));
  }
  const stretch = new Int16Array(4096).fill(2047);
  for (let d = -2047, p = 0; d <= 2047; d++) for (const top = squash[d + 2047]; p <= top; p++) stretch[p] = d;
  const rate = new Int32Array(COUNT_LIMIT + 1);
  for (let n = 0; n <= COUNT_LIMIT; n++) rate[n] = Math.floor(131072 / (2 * n + 3));

  const size = 1 << TABLE_BITS;
  const shift = 32 - TABLE_BITS;
  // Orders 1, 2 and 3 hashed, then order 0 (the bits of the byte so far) and the fifth context (a byte, and the bits so far) indexed directly.
  const order0 = 3 * size;
  const probabilities = new Uint16Array(order0 + 0x10100).fill(2048);
  const counts = new Uint8Array(order0 + 0x10100);
  // Per value of the bits so far, a weight per prediction, each a fifth of 1.0 (1 << 16) to begin with.
  const weights = new Int32Array(256 * 5).fill(13107);
  const update = (slot: number, bit: number): void => {
    const n = counts[slot];
    if (n < COUNT_LIMIT) counts[slot] = n + 1;
    probabilities[slot] += ((bit * 4095 - probabilities[slot]) * rate[n]) >> 16;
  };

  const decoded = new Uint8Array(decoding ? length : 0);
  const coded: number[] = [];
  let low = 0;
  let high = 0xffffffff;
  let value = 0;
  let position = 0;
  // Past its end the code reads as 0xff bytes: the encoder writes only the first byte of `low`.
  const nextByte = (): number => (position < input.length ? input[position++] : 255);
  if (decoding) for (let i = 0; i < 4; i++) value = ((value << 8) | nextByte()) >>> 0;
  let previous1 = 0;
  let previous2 = 0;
  let previous3 = 0;
  // A front-coded list's current entry and the one before it, as character codes.
  let entry: number[] = [];
  let previousEntry: number[] = [];
  for (let at = 0; at < length; at++) {
    const hash1 = Math.imul(previous1 | 0x100, 0x2545f491);
    const hash2 = Math.imul(previous1 | (previous2 << 8) | 0x10000, 0x2545f491);
    const hash3 = Math.imul(previous1 | (previous2 << 8) | (previous3 << 16) | 0x1000000, 0x2545f491);
    const context4 = (frontCoded ? (entry.length < previousEntry.length ? previousEntry[entry.length] : 0) | (isDropCount(previous1) ? 0x80 : 0) : previous2) << 8;
    const byte = decoding ? 0 : input[at];
    let partial = 1; // the bits of the byte so far, after a leading 1
    for (let bitIndex = 7; bitIndex >= 0; bitIndex--) {
      const spread = Math.imul(partial, 0x9e3779b1);
      const slot1 = (hash1 + spread) >>> shift;
      const slot2 = ((hash2 + spread) >>> shift) + size;
      const slot3 = ((hash3 + spread) >>> shift) + 2 * size;
      const slot4 = order0 + 256 + context4 + partial;
      const slot0 = order0 + partial;
      const stretched1 = stretch[probabilities[slot1]];
      const stretched2 = stretch[probabilities[slot2]];
      const stretched3 = stretch[probabilities[slot3]];
      const stretched4 = stretch[probabilities[slot4]];
      const stretched0 = stretch[probabilities[slot0]];
      const w = partial * 5;
      const dot = Math.floor((weights[w] * stretched1 + weights[w + 1] * stretched2 + weights[w + 2] * stretched3 + weights[w + 3] * stretched4 + weights[w + 4] * stretched0) / 65536);
      const p = squash[Math.max(-2047, Math.min(2047, dot)) + 2047];
      const range = high - low;
      const middle = low + (range >>> 12) * p + (((range & 4095) * p) >>> 12);
      const bit = decoding ? (value <= middle ? 1 : 0) : (byte >> bitIndex) & 1;
      if (bit === 1) high = middle;
      else low = middle + 1;
      while (((low ^ high) & 0xff000000) === 0) {
        if (decoding) value = ((value << 8) | nextByte()) >>> 0;
        else coded.push(high >>> 24);
        low = (low << 8) >>> 0;
        high = ((high << 8) | 255) >>> 0;
      }
      const error = ((bit << 12) - p) * MIXER_RATE;
      weights[w] += (stretched1 * error) >> 16;
      weights[w + 1] += (stretched2 * error) >> 16;
      weights[w + 2] += (stretched3 * error) >> 16;
      weights[w + 3] += (stretched4 * error) >> 16;
      weights[w + 4] += (stretched0 * error) >> 16;
      update(slot1, bit);
      update(slot2, bit);
      update(slot3, bit);
      update(slot4, bit);
      update(slot0, bit);
      partial = partial * 2 + bit;
    }
    previous3 = previous2;
    previous2 = previous1;
    previous1 = partial & 255;
    if (decoding) decoded[at] = previous1;
    if (!frontCoded) continue;
    if (previous1 === 0x2c) {
      entry = [];
      previousEntry = [];
    } else if (isDropCount(previous1)) {
      previousEntry = entry;
      entry = entry.slice(0, entry.length - droppedCount(previous1));
    } else entry.push(previous1);
  }
  if (decoding) return decoded;
  coded.push(low >>> 24);
  return Uint8Array.from(coded);
};

/** Generators only: the context-mixing code of `data` (see `decodeContextMixed`). */
export const encodeContextMixed = (data: Uint8Array, frontCoded = false): Uint8Array => code(data, data.length, false, frontCoded);

/** The `length` bytes that `encodeContextMixed` coded. */
export const decodeContextMixed = (coded: Uint8Array, length: number, frontCoded = false): Uint8Array => code(coded, length, true, frontCoded);

/** The UTF-8 text of `length` bytes coded by context mixing and written in base 117 (see `inflate.ts`). */
export const decodeContextMixedBase117 = (encoded: string, length: number, frontCoded = false): string =>
  new TextDecoder().decode(decodeContextMixed(decodeBase117(encoded), length, frontCoded));
