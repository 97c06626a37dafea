import { createRequire } from 'node:module';
import { PhoneNumber, type E164Number, type MetadataJson } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { deflateToBase93, encodeBase93 } from '@/utils/detection/data/deflate-for-source';
import { FIRST_NAME_COUNT, firstNames, isFirstName } from '@/utils/detection/data/first-names-fr';
import { withoutFormats } from '@/utils/detection/data/generate-phone-metadata';
import { BASE93_ALPHABET, decodeBase93, inflateBase93 } from '@/utils/detection/data/inflate';
import { phoneMetadata } from '@/utils/detection/data/phone-metadata';

const require = createRequire(import.meta.url);
const fullMinMetadata: MetadataJson = require('libphonenumber-js/metadata.min.json');

/** Deterministic pseudo-random digits (LCG) so the sample is the same on every run. */
function* randomE164(count: number): Generator<string> {
  const codes = Object.keys(fullMinMetadata.country_calling_codes);
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < count; i++) {
    let digits = '';
    const length = 5 + Math.floor(next() * 10);
    for (let j = 0; j < length; j++) digits += Math.floor(next() * 10);
    yield `+${codes[Math.floor(next() * codes.length)]}${digits}`;
  }
}

const isValid = (e164: string, metadata: MetadataJson): boolean | 'error' => {
  try {
    return new PhoneNumber(e164 as E164Number, metadata).isValid();
  } catch {
    return 'error';
  }
};

describe('deflated data shipped with the engine', () => {
  it('writes base 93 without quote or backslash, and reads back every length of tail', () => {
    expect(BASE93_ALPHABET).toHaveLength(93);
    expect(new Set(BASE93_ALPHABET).size).toBe(93);
    expect(BASE93_ALPHABET).not.toMatch(/["\\]/);
    // Two characters per 13 bits, low digit first (0x1fff = 8191 = 7 + 88 × 93), then the 3 bits left (0).
    expect(encodeBase93(new Uint8Array([0xff, 0x1f]))).toBe(BASE93_ALPHABET[7] + BASE93_ALPHABET[88] + BASE93_ALPHABET[0]);
    let seed = 7;
    for (let length = 0; length <= 64; length++) {
      for (const fill of ['random', 'zeros', 'ones']) {
        const bytes = Uint8Array.from({ length }, () => (fill === 'zeros' ? 0 : fill === 'ones' ? 0xff : (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) & 0xff));
        const encoded = encodeBase93(bytes);
        expect(encoded.length).toBeLessThanOrEqual(Math.ceil((length * 8) / 13) * 2);
        expect([...decodeBase93(encoded)]).toEqual([...bytes]);
      }
    }
  });

  it('round-trips text, accents included', async () => {
    const text = 'Zoé, Anaïs, Maëlle — 0123456789 '.repeat(50);
    expect(inflateBase93(await deflateToBase93(text))).toBe(text);
  });

  it('the shipped phone metadata is libphonenumber-js min metadata without formats, for the installed version', () => {
    expect(phoneMetadata()).toEqual(JSON.parse(JSON.stringify(withoutFormats(fullMinMetadata))));
  });

  it('validates 200,000 random international numbers exactly as the full min metadata does', () => {
    let valid = 0;
    let differences = 0;
    for (const e164 of randomE164(200_000)) {
      const expected = isValid(e164, fullMinMetadata);
      if (expected === true) valid++;
      if (isValid(e164, phoneMetadata()) !== expected) differences++;
    }
    expect(valid).toBeGreaterThan(10_000); // the sample really exercises valid numbers
    expect(differences).toBe(0);
  });

  it('the first-name list decodes to its declared count and is found by lookups', () => {
    expect(firstNames().size).toBe(FIRST_NAME_COUNT);
    for (const name of ['nathalie', 'mohamed', 'anais', 'jean-pierre']) expect(isFirstName(name)).toBe(true);
    expect(isFirstName('ordinateur')).toBe(false);
  });
});
