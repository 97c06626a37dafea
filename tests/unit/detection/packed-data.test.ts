import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { PhoneNumber, type E164Number, type MetadataJson } from 'libphonenumber-js/core/es6';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { decodeContextMixed, decodeContextMixedBase117, encodeContextMixed } from '@/utils/detection/data/context-mixing';
import { BASE117_ALPHABET, contextMixToBase117, deflateToBase117, encodeBase117 } from '@/utils/detection/data/deflate-for-source';
import { FIRST_NAME_COUNT, firstNames, isFirstName, isWordlikeFirstName } from '@/utils/detection/data/first-names-fr';
import { frontCode, selectNames } from '@/utils/detection/data/generate-first-names';
import { validationOnly } from '@/utils/detection/data/generate-phone-metadata';
import { decodeBase117, inflateBase117, inflateRaw, PACKED_SEPARATOR, unpackWordLists } from '@/utils/detection/data/inflate';
import { buildWordListTable, HOISTED_REGEXP, literalRuns, longLiterals, MIN_PACKED_LENGTH, MIN_PACKED_LITERAL_LENGTH, orderCandidatesForDeflate, orderForDeflate, PACKED_LISTS, PACKED_REGEXP, packWordLists, WORD_LISTS_MODULE } from '@/utils/detection/data/pack-word-lists';
import { phoneMetadata } from '@/utils/detection/data/phone-metadata';
import { isValidE164 } from '@/utils/detection/detectors/contact/phone';

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

describe('compacted data shipped with the engine', () => {
  it('writes base 117 without a character a minifier escapes, and reads back every length of tail', async () => {
    expect(BASE117_ALPHABET).toHaveLength(117);
    expect(new Set(BASE117_ALPHABET).size).toBe(117);
    expect(BASE117_ALPHABET).not.toMatch(/["\\\n\r\0\x7f]/);
    // esbuild, which minifies the bundle, prints each digit as itself: one byte in the output, with either charset.
    for (const charset of ['utf8', 'ascii'] as const) {
      const { code } = await transform(`x(${JSON.stringify(BASE117_ALPHABET)})`, { minify: true, charset });
      expect(code).toBe(`x("${BASE117_ALPHABET}");\n`);
    }
    // 16 bits in the fewest digits that hold them (three: 117³ ≥ 2¹⁶), low digit first (0x1fff = 8191 = 1 + 70 × 117).
    expect(encodeBase117(new Uint8Array([0xff, 0x1f]))).toBe(BASE117_ALPHABET[1] + BASE117_ALPHABET[70] + BASE117_ALPHABET[0]);
    // Seven digits per six bytes: eleven bytes take seven, and six for the five bytes left.
    expect(encodeBase117(new Uint8Array(11).fill(0xff))).toHaveLength(13);
    let seed = 7;
    for (let length = 0; length <= 100; length++) {
      for (const fill of ['random', 'zeros', 'ones']) {
        const bytes = Uint8Array.from({ length }, () => (fill === 'zeros' ? 0 : fill === 'ones' ? 0xff : (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) & 0xff));
        const encoded = encodeBase117(bytes);
        expect(encoded.length).toBeLessThanOrEqual(Math.ceil((length * 8) / Math.log2(117)) + 1);
        expect([...decodeBase117(encoded)]).toEqual([...bytes]);
      }
    }
  });

  it('inflates raw DEFLATE as zlib writes it: stored, fixed and dynamic blocks, overlapping copies', () => {
    const texts = ['', 'a', 'abc'.repeat(1_000), 'Zoé, Anaïs, Maëlle — 0123456789 '.repeat(200), readFileSync(join(__dirname, 'packed-data.test.ts'), 'utf8')];
    let seed = 11;
    texts.push(String.fromCharCode(...Array.from({ length: 70_000 }, () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) & 0xff)));
    for (const text of texts) {
      const bytes = Buffer.from(text, 'latin1');
      // Level 0 writes stored blocks; the fixed-code strategy (Z_FIXED = 4) fixed blocks; level 9 dynamic ones.
      for (const options of [{ level: 0 }, { level: 1, strategy: 4 }, { level: 9 }]) {
        expect(Buffer.from(inflateRaw(deflateRawSync(bytes, options))).equals(bytes)).toBe(true);
      }
    }
  });

  it('codes by context mixing and decodes back: empty, one byte, every byte value, runs, random bytes and text', () => {
    let seed = 5;
    const random = Uint8Array.from({ length: 50_000 }, () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) & 0xff);
    const text = new Uint8Array(Buffer.from('Zoé, Anaïs, Maëlle — 0123456789 '.repeat(300), 'utf8'));
    const inputs = [new Uint8Array(0), new Uint8Array([0]), new Uint8Array([255]), Uint8Array.from({ length: 256 }, (_, i) => i), new Uint8Array(20_000).fill(0xff), random, text];
    for (const data of inputs) expect(Buffer.from(decodeContextMixed(encodeContextMixed(data), data.length)).equals(data)).toBe(true);
    // It learns: repeated text costs a small fraction of its bytes, random bytes barely more than themselves.
    expect(encodeContextMixed(text).length).toBeLessThan(text.length / 20);
    expect(encodeContextMixed(random).length).toBeLessThan(random.length * 1.01);
    const { encoded, length } = contextMixToBase117('Zoé, Anaïs — 0123 '.repeat(40));
    expect(decodeContextMixedBase117(encoded, length)).toBe('Zoé, Anaïs — 0123 '.repeat(40));
  });

  it('codes a front-coded list with its entries as context: it decodes back only so, and smaller than coded as plain bytes', () => {
    // Synthetic sorted names in groups (see packNames): two syllables from a small set, so that entries share prefixes.
    const syllables = ['ma', 'ri', 'lo', 'an', 'ne', 'el', 'jo', 'se', 'li', 'na', 'to', 'ch', 'lu', 'ca', 'ro'];
    const names = [...new Set(syllables.flatMap((a) => syllables.flatMap((b) => syllables.map((c) => a + b + c))))].sort();
    const groups = new Map<string, string[]>();
    for (const name of names) groups.set(name[0], [...(groups.get(name[0]) ?? []), name]);
    const data = new Uint8Array(Buffer.from([...groups.values()].map(frontCode).join(','), 'utf8'));
    const code = encodeContextMixed(data, true);
    expect(Buffer.from(decodeContextMixed(code, data.length, true)).equals(data)).toBe(true);
    expect(Buffer.from(decodeContextMixed(code, data.length)).equals(data)).toBe(false);
    expect(code.length).toBeLessThan(encodeContextMixed(data).length * 0.95);
  });

  it('a context-mixing code cut short or damaged decodes to the length asked, without error (the shipped tables are checked whole below)', () => {
    const data = new Uint8Array(Buffer.from('Jean-Pierre, Marie-Claire, Anne-Sophie '.repeat(100), 'utf8'));
    const code = encodeContextMixed(data);
    expect(decodeContextMixed(code.subarray(0, code.length >> 1), data.length)).toHaveLength(data.length);
    const damaged = Uint8Array.from(code, (byte, i) => (i === 10 ? byte ^ 0x55 : byte));
    expect(Buffer.from(decodeContextMixed(damaged, data.length)).equals(data)).toBe(false);
  });

  it('round-trips text, accents included', async () => {
    const text = 'Zoé, Anaïs, Maëlle — 0123456789 '.repeat(50);
    expect(inflateBase117(await deflateToBase117(text))).toBe(text);
  });

  it('the shipped phone metadata is libphonenumber-js min metadata as validation reads it, for the installed version', () => {
    expect(phoneMetadata()).toEqual(JSON.parse(JSON.stringify(validationOnly(fullMinMetadata))));
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

  it("the phone detector's check, which reads the library's metadata as its isValidNumber does, agrees with PhoneNumber.isValid() on 200,000 random numbers", () => {
    // The detector's rule for shared overseas codes: a number valid in any of their territories.
    const reference = (e164: string): boolean => {
      try {
        const number = new PhoneNumber(e164 as E164Number, fullMinMetadata);
        if (number.isValid()) return true;
        if (!/^\+(?:262|590)/.test(e164)) return false;
        return number.getPossibleCountries().some((country) => {
          number.country = country;
          return number.isValid();
        });
      } catch {
        return false;
      }
    };
    let valid = 0;
    let differences = 0;
    for (const e164 of [...randomE164(200_000), '+262639123456', '+590690123456', '+33612345678', '+4930901820', '+15417543010']) {
      const expected = reference(e164);
      if (expected) valid++;
      if (isValidE164(e164) !== expected) differences++;
    }
    expect(valid).toBeGreaterThan(10_000);
    expect(differences).toBe(0);
  });

  it('the first-name list decodes to its declared count and is found by lookups', () => {
    expect(firstNames().size).toBe(FIRST_NAME_COUNT);
    for (const name of ['nathalie', 'mohamed', 'anais', 'jean-pierre']) expect(isFirstName(name)).toBe(true);
    expect(isFirstName('ordinateur')).toBe(false);
  });

  it('the shipped first-name list is what its generator selects from the installed package (regenerate it, never edit it)', () => {
    const { names, wordlike } = selectNames(require('gender-detection-from-name/names/fr.js').keys());
    expect(new Set(firstNames())).toEqual(new Set(names));
    const wordlikeSet = new Set(wordlike);
    expect(names.filter((name) => isWordlikeFirstName(name) !== wordlikeSet.has(name))).toEqual([]);
  });

  it('orders texts so that alike ones sit together, and keeps the start whose order deflates smallest', () => {
    expect(orderForDeflate(['pomme', 'rue de la paix', 'pommes', 'rue de paris'])).toEqual(['pomme', 'pommes', 'rue de la paix', 'rue de paris']);
    expect(orderForDeflate(['pomme', 'rue de la paix', 'pommes', 'rue de paris'], 1)).toEqual(['rue de la paix', 'rue de paris', 'pomme', 'pommes']);
    const texts = Array.from({ length: 120 }, (_, i) => `${['mere|pere|fils', 'rue|avenue|impasse', 'TSA|FAM|MAS'][i % 3]}|item${(i * 7919) % 1000}`);
    // The candidates for the Zopfli pass: the smallest first, each a whole order.
    const candidates = orderCandidatesForDeflate(texts, 4);
    const best = candidates[0];
    expect([...best].sort()).toEqual([...texts].sort());
    const size = (order: readonly string[]) => deflateRawSync(Buffer.from(order.join(PACKED_SEPARATOR), 'utf8'), { level: 9, memLevel: 9 }).length;
    expect(size(best)).toBeLessThanOrEqual(size(orderForDeflate(texts)));
    expect(candidates).toHaveLength(4);
    for (const order of candidates) expect([...order].sort()).toEqual([...texts].sort());
    expect(candidates.map(size)).toEqual(candidates.map(size).sort((a, b) => a - b));
  });

  it('front-codes each name as how many characters of the previous one to drop, then what to append', () => {
    expect(frontCode(['marie', 'mariette', 'marin', 'martin', 'maxime'])).toBe('0marie0tte4n2tin4xime');
  });

  it('packs the word lists and long top-level literals of the modules the engine imports into one table, and each file refers to the same texts', async () => {
    const root = join(__dirname, '../../../utils/detection');
    const table = await buildWordListTable(root);
    // The table's module decodes to the table.
    const encoded = /^import \{ unpackWordLists \} from "[^"]*\/inflate\.ts";\nexport const PACKED_WORD_LISTS = unpackWordLists\(("(?:[^"\\]|\\.)*")\);\nexport const packedRegExp = \(index, flags\) => new RegExp\(PACKED_WORD_LISTS\[index\], flags\);\n$/.exec(table.module);
    expect(encoded).not.toBeNull();
    expect(unpackWordLists(JSON.parse(encoded![1]))).toEqual(table.lists);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    let packedRuns = 0;
    let packedLiterals = 0;
    const literalTexts = (code: string, path: string) => longLiterals(code, path).map(({ text, flags, part }) => ({ text, flags, part }));
    for (const file of files) {
      const path = join(root, file);
      const code = readFileSync(path, 'utf8');
      const packed = packWordLists(code, path, table);
      if (packed === null) continue;
      const header = `import { PACKED_WORD_LISTS as ${PACKED_LISTS}, packedRegExp as ${PACKED_REGEXP} } from ${JSON.stringify(WORD_LISTS_MODULE)};\n`;
      expect(packed.startsWith(header), file).toBe(true);
      // Each reference to a packed list written back as its text gives the lists of the source.
      // A packed regex, `packedRegExp(index, flags)`, written back as its literal; a template's packed part,
      // `${item}`, as its text escaped for the template; the other references as strings.
      // (A carriage return is escaped too: a template reads a raw one as a line feed.)
      const escapedForTemplate = (text: string) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(/\r/g, '\\r');
      // The regexes hoisted out of functions: module-level constants right after the import, each written back where it was used.
      let body = packed.slice(header.length);
      const hoistedRegex = new RegExp(`^const (${HOISTED_REGEXP}\\d+) = ${PACKED_REGEXP}\\((\\d+), "([a-z]*)"\\);\\n`);
      const hoisted = new Map<string, string>();
      for (let line = hoistedRegex.exec(body); line !== null; line = hoistedRegex.exec(body)) {
        hoisted.set(line[1], `/${table.lists[Number(line[2])]}/${line[3]}`);
        body = body.slice(line[0].length);
      }
      if (hoisted.size > 0) {
        packedLiterals += hoisted.size;
        body = body.replace(new RegExp(`${HOISTED_REGEXP}\\d+`, 'g'), (name) => hoisted.get(name)!);
      }
      const restored = body
        .replace(new RegExp(`\\$\\{${PACKED_LISTS}\\[(\\d+)\\]\\}`, 'g'), (_, index: string) => {
          packedLiterals++;
          return escapedForTemplate(table.lists[Number(index)]);
        })
        .replace(new RegExp(`${PACKED_REGEXP}\\((\\d+), "([a-z]*)"\\)`, 'g'), (_, index: string, flags: string) => {
          packedLiterals++;
          return `/${table.lists[Number(index)]}/${flags}`;
        })
        .replace(new RegExp(`${PACKED_LISTS}\\[(\\d+)\\]`, 'g'), (_, index: string) => {
          packedRuns++;
          return JSON.stringify(table.lists[Number(index)]);
        });
      expect(literalRuns(restored, path).map((run) => run.text), file).toEqual(literalRuns(code, path).map((run) => run.text));
      // Every run long enough is packed: none is left as text.
      expect(literalRuns(restored, path).length, file).toBe(literalRuns(code, path).length);
      expect(literalRuns(packed, path).filter((run) => run.text.length >= MIN_PACKED_LENGTH), file).toEqual([]);
      // The same for the long literals: each written back where it was, none left as text.
      expect(literalTexts(restored, path), file).toEqual(literalTexts(code, path));
      expect(longLiterals(packed, path), file).toEqual([]);
    }
    // Only what ships with the engine: the warm-up's text (warm-up.ts, imported by the extension, not by the engine) stays out.
    const warmUp = join(root, 'warm-up.ts');
    const warmUpTexts = longLiterals(readFileSync(warmUp, 'utf8'), warmUp).map(({ text }) => text);
    expect(warmUpTexts.length).toBeGreaterThan(0);
    expect(warmUpTexts.filter((text) => table.index.has(text))).toEqual([]);
    // The step really packs: the long lists of the sensitive terms and of the words around names.
    expect(packedRuns).toBeGreaterThan(90);
    expect(packedLiterals).toBeGreaterThan(20);
    // In the data modules only the lists of words: not the deflated data, nor the alphabet that decodes the table.
    const firstNames = join(root, 'data/first-names-fr.ts');
    expect(longLiterals(readFileSync(firstNames, 'utf8'), firstNames).map((literal) => literal.text.split(' ').slice(0, 3))).toEqual([['ada', 'aime', 'aimee']]);
    for (const file of ['data/inflate.ts', 'data/phone-metadata.ts']) expect(longLiterals(readFileSync(join(root, file), 'utf8'), join(root, file)), file).toEqual([]);
    // In functions, only the regexes without state (no g or y flag), to be hoisted; not the strings nor detector examples (left out of the bundle).
    const inFunction = `function f() { return /${'a|'.repeat(40)}b/u.test(s) && /${'h|'.repeat(40)}i/g.test(s) && '${'j'.repeat(80)}'; }\nexport const examples: DetectorExamples = { valid: ['${'x'.repeat(80)}'] };\nconst TOP = /${'c|'.repeat(40)}d/gu;`;
    expect(longLiterals(inFunction, join(root, 'x.ts')).map((literal) => [literal.text.slice(0, 2), literal.flags, literal.hoisted ?? false])).toEqual([['a|', 'u', true], ['c|', 'gu', false]]);
    // A hoisted regex becomes a module-level constant, created before the module's statements.
    const hoistedTable = { index: new Map([[`${'a|'.repeat(40)}b`, 7]]) };
    expect(packWordLists(inFunction, join(root, 'x.ts'), hoistedTable)).toBe(
      `import { PACKED_WORD_LISTS as ${PACKED_LISTS}, packedRegExp as ${PACKED_REGEXP} } from ${JSON.stringify(WORD_LISTS_MODULE)};\nconst ${HOISTED_REGEXP}0 = ${PACKED_REGEXP}(7, "u");\n${inFunction.replace(`/${'a|'.repeat(40)}b/u`, `${HOISTED_REGEXP}0`)}`,
    );
    // A template's long parts, not its short ones, nor a tagged template's (`String.raw`).
    const template = `const A = 'x';\nconst T = \`${'e|'.repeat(30)}\${A}ok\${A}${'f|'.repeat(30)}\`;\nconst R = String.raw\`${'g|'.repeat(30)}\${A}\`;`;
    const parts = longLiterals(template, join(root, 'x.ts'));
    expect(parts.map((literal) => [literal.text.slice(0, 2), literal.part])).toEqual([['e|', true], ['f|', true]]);
    expect(parts.map((literal) => template.slice(literal.start, literal.end))).toEqual(['e|'.repeat(30), 'f|'.repeat(30)]);
    expect(MIN_PACKED_LITERAL_LENGTH).toBeGreaterThan(MIN_PACKED_LENGTH);
    expect(table.lists.some((list) => list.length > 2000)).toBe(true);
    // Parsing every module of the engine and deflating the table takes about 4 s alone, more beside the other test files:
    // vitest's default 5 s would fail it for time alone.
  }, 60_000);

  it("gives a set's entries in order (the same set, smaller deflated), and a list's as written", () => {
    const code = "const S = wordSet('zebre abeille', 'mouche');\nconst P = phraseSet('un b|a c');\nconst L = phraseList('zebre|abeille');";
    expect(literalRuns(code, 'x.ts').map((run) => run.text)).toEqual(['abeille mouche zebre', 'a c|un b', 'zebre|abeille']);
  });

  it('leaves a run the table lacks as it is, and short lists too', () => {
    const code = `import { phraseList, wordSet } from '../../word-list';\nexport const TERMS = phraseList(${JSON.stringify('a|b|c|'.repeat(20))}, 'd');\nconst WORDS = wordSet(${JSON.stringify('x y z '.repeat(20))});\n`;
    const table = { index: new Map([[`${'a|b|c|'.repeat(20)}|d`, 7]]) };
    const packed = packWordLists(code, 'x.ts', table);
    expect(packed).toMatch(new RegExp(`^import \\{ PACKED_WORD_LISTS as ${PACKED_LISTS}, packedRegExp as ${PACKED_REGEXP} \\} from "virtual:vigie-word-lists";\n`));
    expect(packed).toContain(`phraseList(${PACKED_LISTS}[7])`);
    expect(packed).toContain(`wordSet(${JSON.stringify('x y z '.repeat(20))})`);
    expect(packWordLists("phraseList('a|b')", 'x.ts', table)).toBeNull();
  });
});
