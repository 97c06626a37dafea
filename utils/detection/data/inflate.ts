import { codeAt } from '../char-codes';

/**
 * Data shipped in the engine's source as raw DEFLATE written in base 117: the ASCII characters but
 * the eleven that a string literal or a minifier writes as escapes (`UNPRINTED_CODES`), so that the
 * bundle carries each digit as one byte. Six bytes of data take seven characters (117⁷ ≥ 2⁴⁸),
 * 16.7 % over the bytes (base 93, the printable characters only, cost 22.3 %, 5.5 KB more of the
 * bundle; base64 33 %). The word lists travel this way because the engine ships in every
 * AI page. The generated sources write the control characters as JSON escapes (`\u0001`), and
 * esbuild prints them raw, as `tests/unit/detection/packed-data.test.ts` checks. Decoding is a
 * one-off: the first-name list's 48,167 characters, when it was deflated, took 14 to 21 ms cold,
 * inflate included, and about 2 ms once compiled (Node 20). The first-name list and the phone
 * metadata are now coded by context mixing (`context-mixing.ts`), in the same base.
 */

/**
 * The ASCII characters that no digit is: the ones esbuild escapes in a string literal (NUL, BEL, BS,
 * VT, FF and ESC, and DEL with its `ascii` charset), the line breaks, the double quote and the backslash.
 */
export const UNPRINTED_CODES = '\0\x07\b\n\v\f\r\x1b"\\\x7f';

/** Bits a base-117 digit holds: seven digits hold six bytes, and a last, shorter group the bytes left. */
export const BITS_PER_DIGIT = Math.log2(117);

/**
 * Bytes of a base-117 text (see `encodeBase117`): groups of seven digits, low digit first, each a
 * number of six bytes, low byte first; the last group, shorter, holds the bytes left.
 */
export const decodeBase117 = (encoded: string): Uint8Array => {
  const digitOfCode = new Uint8Array(128);
  for (let code = 0, digit = 0; code < 128; code++) if (!UNPRINTED_CODES.includes(String.fromCharCode(code))) digitOfCode[code] = digit++;
  const bytes = new Uint8Array(encoded.length);
  let length = 0;
  for (let group = 0; group < encoded.length; group += 7) {
    const end = Math.min(group + 7, encoded.length);
    // The group's number in two limbs of 24 bits: JavaScript's bit operations stop at 32 bits
    // (a limb times 117 stays under 2³¹).
    let low = 0;
    let high = 0;
    for (let i = end; i-- > group; ) {
      const value = low * 117 + digitOfCode[codeAt(encoded, i)];
      low = value & 0xffffff;
      high = high * 117 + (value >>> 24);
    }
    for (let byte = 0, count = Math.floor(((end - group) * BITS_PER_DIGIT) / 8); byte < count; byte++) bytes[length++] = (byte < 3 ? low >>> (byte * 8) : high >>> (byte * 8 - 24)) & 0xff;
  }
  return bytes.subarray(0, length);
};

/**
 * A canonical Huffman code of DEFLATE (RFC 1951, 3.2.2) in the form `decodeSymbol` reads: how many
 * codes each length (1 to 15 bits) has, and the symbols in the order of their codes.
 */
interface HuffmanCode {
  readonly counts: Uint16Array;
  readonly symbols: Uint16Array;
}

/** The canonical code of the given code length of each symbol (0: the symbol is not used). */
const huffmanCode = (lengths: ArrayLike<number>): HuffmanCode => {
  const counts = new Uint16Array(16);
  for (let symbol = 0; symbol < lengths.length; symbol++) counts[lengths[symbol]]++;
  // Where the symbols of each length start among the symbols (codes of one length are consecutive).
  const offsets = new Uint16Array(16);
  for (let length = 1; length < 15; length++) offsets[length + 1] = offsets[length] + counts[length];
  const symbols = new Uint16Array(lengths.length);
  for (let symbol = 0; symbol < lengths.length; symbol++) if (lengths[symbol]) symbols[offsets[lengths[symbol]]++] = symbol;
  return { counts, symbols };
};

/** Lengths (symbols 257 to 285) and distances (0 to 29) of DEFLATE: the base and the extra bits of each. */
const LENGTH_BASES: number[] = [];
const LENGTH_EXTRA_BITS: number[] = [];
const DISTANCE_BASES: number[] = [];
const DISTANCE_EXTRA_BITS: number[] = [];
for (let code = 0, lengthBase = 3, distanceBase = 1; code < 30; code++) {
  // Lengths: 8 codes without extra bits, then 4 of each number of extra bits (1 to 5).
  LENGTH_BASES.push(lengthBase);
  LENGTH_EXTRA_BITS.push(code < 8 ? 0 : (code >> 2) - 1);
  lengthBase += 1 << LENGTH_EXTRA_BITS[code];
  // Distances: 4 codes without extra bits, then 2 of each number of extra bits (1 to 13).
  DISTANCE_BASES.push(distanceBase);
  DISTANCE_EXTRA_BITS.push(code < 4 ? 0 : (code >> 1) - 1);
  distanceBase += 1 << DISTANCE_EXTRA_BITS[code];
}
// Symbol 285 is the length 258, without extra bits (not the 259 to 322 the series would give).
LENGTH_BASES[28] = 258;
LENGTH_EXTRA_BITS[28] = 0;

/** The order in which a dynamic block gives the code lengths of the code-length alphabet. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * The bytes of a raw DEFLATE stream (RFC 1951), read as zlib's `puff.c` does: one bit at a time, each
 * symbol found by walking its code's length up. Slower than a table-driven inflater but much smaller in
 * the bundle (fflate's took 3.9 kB), and the engine inflates its data once. Expects a valid stream: the
 * data is made at build time by Zopfli, and the tests inflate it against Node's zlib.
 */
export const inflateRaw = (input: Uint8Array): Uint8Array => {
  let output = new Uint8Array(input.length * 4);
  let size = 0;
  // Room for `count` more bytes of output (the length of the output is not known ahead).
  const reserve = (count: number): void => {
    if (size + count > output.length) {
      const grown = new Uint8Array(2 * (size + count));
      grown.set(output);
      output = grown;
    }
  };
  let next = 0; // the next byte of `input` to read
  let bitBuffer = 0; // bits read from `input` but not used yet, the first in the lowest bit
  let bitCount = 0;
  const readBits = (count: number): number => {
    for (; bitCount < count; bitCount += 8) bitBuffer |= input[next++] << bitCount;
    const value = bitBuffer & ((1 << count) - 1);
    bitBuffer >>>= count;
    bitCount -= count;
    return value;
  };
  // Huffman codes are packed most significant bit first, unlike the other fields.
  const decodeSymbol = ({ counts, symbols }: HuffmanCode): number => {
    let code = 0; // the bits read so far
    let first = 0; // the first code of the current length
    let index = 0; // the index in `symbols` of that first code
    for (let length = 1; ; length++) {
      code |= readBits(1);
      const count = counts[length];
      if (code < first + count) return symbols[index + code - first];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
  };
  let lastBlock;
  do {
    lastBlock = readBits(1);
    const type = readBits(2);
    if (type === 0) {
      // Stored: from the next byte, a length, its one's complement, and the bytes.
      bitCount = bitBuffer = 0;
      const length = readBits(16);
      next += 2;
      reserve(length);
      for (let i = 0; i < length; i++) output[size++] = input[next++];
      continue;
    }
    let literals: HuffmanCode;
    let distances: HuffmanCode;
    if (type === 1) {
      // Fixed codes: lengths 8, 9, 7 and 8 for the literal/length symbols, 5 for the distances.
      const lengths = Array.from({ length: 318 }, (_, symbol) => (symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : symbol < 288 ? 8 : 5));
      literals = huffmanCode(lengths.slice(0, 288));
      distances = huffmanCode(lengths.slice(288));
    } else {
      const literalCount = readBits(5) + 257;
      const distanceCount = readBits(5) + 1;
      const codeLengthCount = readBits(4) + 4;
      const codeLengthLengths = new Uint8Array(19);
      for (let i = 0; i < codeLengthCount; i++) codeLengthLengths[CODE_LENGTH_ORDER[i]] = readBits(3);
      const codeLengthCode = huffmanCode(codeLengthLengths);
      const lengths: number[] = [];
      while (lengths.length < literalCount + distanceCount) {
        const symbol = decodeSymbol(codeLengthCode);
        if (symbol < 16) lengths.push(symbol);
        else {
          // 16 repeats the previous length 3 to 6 times, 17 and 18 give 3 to 10 and 11 to 138 zeros.
          const repeated = symbol === 16 ? lengths[lengths.length - 1] : 0;
          for (let times = symbol === 16 ? 3 + readBits(2) : symbol === 17 ? 3 + readBits(3) : 11 + readBits(7); times > 0; times--) lengths.push(repeated);
        }
      }
      literals = huffmanCode(lengths.slice(0, literalCount));
      distances = huffmanCode(lengths.slice(literalCount));
    }
    for (let symbol = decodeSymbol(literals); symbol !== 256; symbol = decodeSymbol(literals)) {
      reserve(258); // the longest copy
      if (symbol < 256) output[size++] = symbol;
      else {
        const length = LENGTH_BASES[symbol - 257] + readBits(LENGTH_EXTRA_BITS[symbol - 257]);
        const distanceCode = decodeSymbol(distances);
        const distance = DISTANCE_BASES[distanceCode] + readBits(DISTANCE_EXTRA_BITS[distanceCode]);
        // One byte at a time: a copy may overlap the bytes it writes (a distance shorter than the length).
        for (let i = 0; i < length; i++, size++) output[size] = output[size - distance];
      }
    }
  } while (!lastBlock);
  return output.subarray(0, size);
};

/**
 * The text shipped as base 117 of raw DEFLATE (see `deflateToBase117`). UTF-8 decoded by the platform's
 * TextDecoder (browsers, workers and Node all have it): fflate's `strFromU8` carries a fallback decoder
 * of its own, 557 bytes of the bundle.
 */
export const inflateBase117 = (encoded: string): string => new TextDecoder().decode(inflateRaw(decodeBase117(encoded)));

/** What joins the word lists of a module packed at build time (no list holds it). */
export const PACKED_SEPARATOR = '\u0000';

/** The word lists of a module packed at build time (see `pack-word-lists.ts`): the texts of their literal arguments. */
export const unpackWordLists = (encoded: string): string[] => inflateBase117(encoded).split(PACKED_SEPARATOR);
