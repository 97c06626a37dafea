import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countrySpecs, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { stdnum } from 'stdnum';
import { describe, expect, it } from 'vitest';
import { IBAN_BBAN_FORMATS, IBAN_LENGTHS, ibanIsValid, ibanRemainder, RIB_BBAN_COUNTRIES } from '@/utils/detection/checksums/iban';
import { icaoCheckDigit, icaoCheckIsValid } from '@/utils/detection/checksums/icao';
import { luhnIsValid } from '@/utils/detection/checksums/luhn';
import { spiIsValid } from '@/utils/detection/checksums/mod511';
import { ibanMod97IsValid, mod97 } from '@/utils/detection/checksums/mod97';
import { nirBodyIsPlausible, nirIsValid, nirKey } from '@/utils/detection/checksums/nir';
import { ribKey, ribKeyIsValid, ribToDigits } from '@/utils/detection/checksums/rib';
import { frVatIsValid } from '@/utils/detection/checksums/tva';
import { hasKnownIssuer } from '@/utils/detection/detectors/finance/credit-card';
import { siretIsValid } from '@/utils/detection/detectors/identity/fr-siret';

// stdnum-js and ibantools are dev dependencies used here only as independent oracles.
const FR = stdnum.FR;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Deterministic pseudo-random digits (mulberry32), so that cross-checks are reproducible. */
function randomDigits(seed: number): (length: number) => string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (length) => Array.from({ length }, () => String(Math.floor(next() * 10))).join('');
}

describe('luhn', () => {
  it.each([
    ['4970100000000006', true],
    ['5555555555554444', true],
    ['378282246310005', true],
    ['732829320', true],
    ['73282932000074', true],
    ['4970100000000007', false],
    ['732829321', false],
    ['12a4', false],
    ['', false],
  ])('%s → %s', (digits, valid) => expect(luhnIsValid(digits)).toBe(valid));
});

describe('mod 97', () => {
  it('reduces long numbers exactly', () => {
    expect(mod97('1850575112034')).toBe(48);
    expect(mod97('2921119004012')).toBe(97 - 64);
    expect(mod97('0')).toBe(0);
  });

  it.each([
    ['FR7630004001230001234567843', true],
    ['DE89370400440532013000', true],
    ['GB29NWBK60161331926819', true],
    ['FR7630004001230001234567844', false],
    ['DE89370400440532013001', false],
  ])('IBAN MOD 97-10 of %s → %s, same as the one-pass remainder', (iban, valid) => {
    expect(ibanMod97IsValid(iban)).toBe(valid);
    expect(ibanRemainder(iban) === 1).toBe(valid);
  });
});

describe('RIB key', () => {
  it.each([
    ['30004001230001234567843', true],
    ['2004101005 0500013M026 06'.replace(/ /g, ''), true],
    ['30002005500000157845Z02', true],
    ['30002005500000157845z02', true],
    ['12739000700011111000H79', true],
    ['30004001230001234567844', false],
    ['3000400123000123456743', false],
    ['300040012300012345678430', false],
    ['00000000000000000000000', false], // key 00 is outside 01–97
    ['3000400123000123456784-', false],
  ])('%s → %s', (bban, valid) => expect(ribKeyIsValid(bban)).toBe(valid));

  it('computes the key of banque, guichet, compte', () => {
    expect(ribKey('300040012300012345678')).toBe(43);
    expect(ribKey('200410100505000 13M0'.replace(/ /g, '') + '26')).toBe(6);
    expect(ribKey('3000200550000 0157845Z'.replace(/ /g, ''))).toBe(2);
  });

  it('converts letters with the RIB table, not the IBAN one', () => {
    expect(ribToDigits('AJBKSCLTZ')).toBe('112223339');
    expect(ribToDigits('12?')).toBe('');
  });
});

describe('ICAO 9303 check digit', () => {
  it.each([
    ['1710GVA12345', 1], // old French CNI number (cheminfo/mrz test data)
    ['D1FRA13AA00002', 6], // French driving licence MRZ
    ['L898902C3', 6], // ICAO 9303 specimen passport number
    ['740812', 2],
    ['120415', 9],
    ['<<<<<<', 0],
  ])('%s → %s', (field, digit) => {
    expect(icaoCheckDigit(field)).toBe(digit);
    expect(icaoCheckIsValid(field, String(digit))).toBe(true);
    expect(icaoCheckIsValid(field, String((digit + 1) % 10))).toBe(false);
  });

  it('rejects characters outside the MRZ alphabet', () => {
    expect(icaoCheckDigit('ab1')).toBe(-1);
    expect(icaoCheckIsValid('ab1', '0')).toBe(false);
  });
});

describe('numéro fiscal (SPI, mod 511)', () => {
  it.each([
    ['3023217600053', true],
    ['1234567890066', true],
    ['0198765432229', true],
    ['0701987765493', true],
    ['3023217600054', false],
    ['9701987765432', false], // first digit must be 0–3
    ['302321760005', false],
    ['0000000000000', false], // passes the arithmetic, but a placeholder
  ])('%s → %s', (spi, valid) => expect(spiIsValid(spi)).toBe(valid));

  it('agrees with stdnum-js on 2,000 pseudo-random numbers', () => {
    const digits = randomDigits(511);
    for (let i = 0; i < 2000; i++) {
      const head = String(i % 4) + digits(9);
      const value = head + String(Number(head) % 511).padStart(3, '0');
      const tampered = head + String((Number(head) + 1) % 511).padStart(3, '0');
      for (const spi of [value, tampered]) expect(spiIsValid(spi), spi).toBe(FR.nif.validate(spi).isValid);
    }
  });
});

describe('NIR', () => {
  it.each([
    ['1850575112034', 49],
    ['2921119004012', 64], // Corsica: 2A → 19
    ['253072B073004', 70], // 2B → 18 (python-stdnum)
    ['1781297411123', 66], // overseas, La Réunion
    ['2010399350007', 8], // born abroad
  ])('key of %s is %s', (body, key) => {
    expect(nirKey(body)).toBe(key);
    expect(nirIsValid(body + String(key).padStart(2, '0'))).toBe(true);
  });

  it.each([
    ['185057511203448', false], // key off by one
    ['18505751120344', false], // 14 characters
    ['292112C00401264', false], // 2C is not a département
    ['185137511203480', false], // month 13
    ['990069910912337', false], // sex digit 9
    ['185000000000000', false],
    ['790069910912337', true], // NIA
    ['295109912611193', true],
  ])('%s → %s', (nir, valid) => expect(nirIsValid(nir)).toBe(valid));

  it.each([
    ['1850575112034', true],
    ['1853175112034', true], // pseudo-month 31
    ['1855075112034', true], // pseudo-month 50
    ['1850075112034', false], // month 00
    ['1851375112034', false], // month 13
    ['1854375112034', false], // month 43
    ['1850500112034', false], // département 00
    ['1850575000034', false], // commune 000
    ['1850575112000', false], // order 000
  ])('structure of %s → %s', (body, plausible) => expect(nirBodyIsPlausible(body)).toBe(plausible));

  it('agrees with stdnum-js on the key for 2,000 pseudo-random plausible bodies', () => {
    const digits = randomDigits(97);
    let checked = 0;
    for (let i = 0; checked < 2000 && i < 10_000; i++) {
      const department = i % 10 === 0 ? '2A' : i % 10 === 1 ? '2B' : digits(2);
      const body = String(1 + (i % 2)) + digits(2) + String(1 + (i % 12)).padStart(2, '0') + department + digits(6);
      if (!nirBodyIsPlausible(body)) continue;
      checked++;
      const key = String(nirKey(body)).padStart(2, '0');
      // stdnum-js checks the key only; our extra structure rules were applied above.
      expect(FR.nir.validate(body + key).isValid, body + key).toBe(true);
      expect(nirIsValid(body + key)).toBe(true);
      const wrong = String((Number(key) % 97) + 1).padStart(2, '0');
      expect(nirIsValid(body + wrong)).toBe(FR.nir.validate(body + wrong).isValid);
    }
    expect(checked).toBe(2000);
  });
});

describe('TVA FR', () => {
  it.each([
    ['40303265045', true],
    ['44732829320', true],
    ['11123456782', true],
    ['K7399859412', true], // alphabetic key (python-stdnum)
    ['4Z123456782', true],
    ['84323140391', false],
    ['IO334175221', false], // I and O are not in the key alphabet
    ['4073282932', false],
  ])('%s → %s', (value, valid) => expect(frVatIsValid(value)).toBe(valid));

  it('agrees with stdnum-js on 2,000 pseudo-random keys and SIRENs', () => {
    const digits = randomDigits(1197);
    const alphabet = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    for (let i = 0; i < 2000; i++) {
      const body = digits(8);
      const siren = body + [...'0123456789'].find((d) => luhnIsValid(body + d));
      const key = i % 3 === 0 ? alphabet[i % 34] + alphabet[(i * 7) % 34] : String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
      const value = key + (i % 5 === 0 ? digits(9) : siren);
      expect(frVatIsValid(value), value).toBe(FR.tva.validate(value).isValid);
    }
  });
});

describe('SIRET', () => {
  it.each([
    ['73282932000074', true],
    ['35600000000048', true], // La Poste head office: Luhn
    ['35600000049837', true], // La Poste establishment: digit sum multiple of 5
    ['35600000049838', false],
    ['73282932000079', false],
    ['00000000000000', false],
  ])('%s → %s', (siret, valid) => expect(siretIsValid(siret)).toBe(valid));

  it('agrees with stdnum-js on 2,000 pseudo-random numbers', () => {
    const digits = randomDigits(14);
    for (let i = 0; i < 2000; i++) {
      const body = i % 10 === 0 ? '356000000' + digits(4) : digits(13);
      const siret = body + String(i % 10);
      // python-stdnum also checks the SIREN part (outside La Poste); stdnum-js checks only the 14 digits.
      const laPoste = siret.startsWith('356000000') && siret !== '35600000000048';
      const expected = FR.siret.validate(siret).isValid && (laPoste || FR.siren.validate(siret.slice(0, 9)).isValid);
      expect(siretIsValid(siret), siret).toBe(expected);
    }
  });
});

describe('IBAN', () => {
  it('has the registry length of every country that ibantools knows', () => {
    for (const [country, length] of Object.entries(IBAN_LENGTHS)) {
      expect(countrySpecs[country]?.chars, country).toBe(length);
    }
  });

  it('has the registry BBAN structure of every country that ibantools knows', () => {
    // ibantools writes `^[0-9]{8}[A-Z0-9]{12}$`; the table writes `8n12c`.
    const compact = (regex: string) =>
      (regex.match(/\[[^\]]+\]\{\d+\}/g) ?? []).map((run) => `${/\{(\d+)\}/.exec(run)?.[1]}${run.startsWith('[0-9]{') ? 'n' : run.startsWith('[A-Z]{') ? 'a' : 'c'}`).join('');
    for (const [country, format] of Object.entries(IBAN_BBAN_FORMATS)) expect(format, country).toBe(compact(countrySpecs[country]?.bban_regexp ?? ''));
    expect(Object.keys(IBAN_BBAN_FORMATS).sort()).toEqual(Object.keys(IBAN_LENGTHS).sort());
  });

  it.each([
    ['FR7630004001230001234567843', true],
    ['FR1420041010050500013M02606', true],
    ['MC1112739000700011111000H79', true],
    ['DE89370400440532013000', true],
    ['NO9386011117947', true],
    ['FR4930004001230001234567844', false], // MOD 97 passes, RIB key does not
    ['FR7630004001230001234567844', false],
    ['FR763000400123000123456784', false], // 26 characters
    ['XX89370400440532013000', false], // unknown country
    ['DE99370400440532013000', false],
    ['AD22E45A832A7B1D32FB8AA0', false], // a MongoDB id: length and MOD 97 pass, the Andorran bank code is not digits
  ])('%s → %s', (iban, valid) => expect(ibanIsValid(iban)).toBe(valid));

  it('agrees with ibantools on the Presidio IBANs and 10 one-digit mutations of each', () => {
    const vectors = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/external/presidio-vectors.json'), 'utf8')) as {
      vectors: { entity_type: string; text: string; negative: boolean; expected_spans: [number, number][] }[];
    };
    const samples = vectors.vectors
      .filter((vector) => vector.entity_type === 'IBAN_CODE' && !vector.negative)
      .flatMap((vector) => vector.expected_spans.map(([start, end]) => vector.text.slice(start, end).replace(/[ -]/g, '')));
    const digits = randomDigits(13616);
    let compared = 0;
    for (const sample of new Set(samples)) {
      for (let m = 0; m <= 10; m++) {
        let iban = sample;
        if (m > 0) {
          const positions = [...iban].map((ch, i) => (i >= 2 && /\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
          const at = positions[Number(digits(4)) % positions.length];
          iban = iban.slice(0, at) + digits(1) + iban.slice(at + 1);
        }
        // We check no national layout or national checksum, except the French RIB key.
        const errors = validateIBAN(iban).errorCodes.filter((code) => code !== ValidationErrorsIBAN.WrongAccountBankBranchChecksum);
        const country = iban.slice(0, 2);
        const theirs = errors.length === 0 && (!RIB_BBAN_COUNTRIES.has(country) || ribKeyIsValid(iban.slice(4)));
        expect(ibanIsValid(iban), iban).toBe(theirs);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(700);
  });
});

describe('payment card issuers', () => {
  it.each([
    ['4970100000000006', true], // Visa
    ['4222222222222', true], // Visa 13
    ['5555555555554444', true], // Mastercard
    ['2223003122003222', true], // Mastercard 2-series
    ['378282246310005', true], // Amex
    ['6011000400000000', true], // Discover
    ['3528000700000000', true], // JCB
    ['30569309025904', true], // Diners
    ['6200000000000005', true], // UnionPay
    ['6759649826438453', true], // Maestro
    ['497010000000', false], // Visa with 12 digits
    ['9999999999999995', false],
    ['122000000000003', false], // UATP: not a network we report
    ['5555555555554', false], // Mastercard with 13 digits
  ])('%s → %s', (digits, known) => expect(hasKnownIssuer(digits)).toBe(known));
});
