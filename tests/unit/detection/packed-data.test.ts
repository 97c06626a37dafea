import { createRequire } from 'node:module';
import { PhoneNumber, type E164Number, type MetadataJson } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { deflateToZ85, encodeZ85 } from '@/utils/detection/data/deflate-for-source';
import { FIRST_NAME_COUNT, firstNames, isFirstName } from '@/utils/detection/data/first-names-fr';
import { withoutFormats } from '@/utils/detection/data/generate-phone-metadata';
import { decodeZ85, inflateZ85 } from '@/utils/detection/data/inflate';
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
  it('writes Z85 as the ZeroMQ specification does, and reads back every padding length', () => {
    // The specification's test vector (rfc.zeromq.org/spec/32), plus our padding digit.
    expect(encodeZ85(new Uint8Array([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]))).toBe('HelloWorld0');
    for (let length = 0; length <= 9; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 251) & 0xff);
      const encoded = encodeZ85(bytes);
      expect(encoded).not.toMatch(/["\\'`]/);
      expect([...decodeZ85(encoded)]).toEqual([...bytes]);
    }
  });

  it('round-trips text, accents included', async () => {
    const text = 'Zoé, Anaïs, Maëlle — 0123456789 '.repeat(50);
    expect(inflateZ85(await deflateToZ85(text))).toBe(text);
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
