import { ribKeyIsValid } from './rib';
import { codeAt } from '../char-codes';

/**
 * IBAN length per country (ISO 13616; SWIFT IBAN registry, as in python-stdnum's `iban.dat`).
 * Every SEPA country is here, plus the other registry members, Åland (AX, Finnish format) and the
 * French overseas codes that banks still print (same BBAN as FR). Cross-checked against ibantools
 * in tests/unit/detection/checksums.test.ts.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AX: 18, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BL: 27,
  BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29,
  ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GF: 27, GI: 23, GL: 18, GP: 27, GR: 27,
  GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20,
  LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MF: 27, MK: 19,
  MN: 20, MQ: 27, MR: 27, MT: 31, MU: 30, NC: 27, NI: 28, NL: 18, NO: 15, OM: 23, PF: 27, PK: 24,
  PL: 28, PM: 27, PS: 29, PT: 25, QA: 29, RE: 27, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18,
  SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TF: 27, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, WF: 27, XK: 20, YE: 30, YT: 27,
};

/**
 * Structure of each country's BBAN (the part after the check digits), from the SWIFT IBAN registry as
 * ibantools encodes it: runs of `n` digits, `a` capital letters, `c` capitals or digits
 * (`AD: '8n12c'`: 8 digits, then 12 of either). A random run of 20 letters and digits (a MongoDB id,
 * a hash) passes the length and MOD 97 checks one time in a hundred, and this structure rarely.
 * Cross-checked against ibantools in tests/unit/detection/checksums.test.ts.
 */
export const IBAN_BBAN_FORMATS: Readonly<Record<string, string>> = {
  AD: '8n12c', AE: '3n16n', AL: '8n16c', AT: '16n', AX: '14n', AZ: '4a20c', BA: '16n', BE: '12n',
  BG: '4a6n8c', BH: '4a14c', BI: '23n', BL: '10n11c2n', BR: '23n1a1c', BY: '4a4n16c', CH: '5n12c',
  CR: '18n', CY: '8n16c', CZ: '20n', DE: '18n', DJ: '23n', DK: '14n', DO: '4a20n', EE: '16n',
  EG: '25n', ES: '20n', FI: '14n', FK: '2a12n', FO: '14n', FR: '10n11c2n', GB: '4a14n',
  GE: '2c16n', GF: '10n11c2n', GI: '4a15c', GL: '14n', GP: '10n11c2n', GR: '7n16c', GT: '24c',
  HN: '4a20n', HR: '17n', HU: '24n', IE: '4c14n', IL: '19n', IQ: '4a15n', IS: '22n',
  IT: '1a10n12c', JO: '4a4n18c', KW: '4a22c', KZ: '3n13c', LB: '4n20c', LC: '4a24c', LI: '5n12c',
  LT: '16n', LU: '3n13c', LV: '4a13c', LY: '21n', MC: '10n11c2n', MD: '2c18c', ME: '18n',
  MF: '10n11c2n', MK: '3n10c2n', MN: '16n', MQ: '10n11c2n', MR: '23n', MT: '4a5n18c',
  MU: '4a19n3a', NC: '10n11c2n', NI: '4a20n', NL: '4a10n', NO: '11n', OM: '3n16c', PF: '10n11c2n',
  PK: '4c16n', PL: '24n', PM: '10n11c2n', PS: '4c21n', PT: '21n', QA: '4a21c', RE: '10n11c2n',
  RO: '4a16c', RS: '18n', RU: '14n15c', SA: '2n18c', SC: '4a20n3a', SD: '14n', SE: '20n',
  SI: '15n', SK: '20n', SM: '1a10n12c', SO: '19n', ST: '21n', SV: '4a20n', TF: '10n11c2n',
  TL: '19n', TN: '20n', TR: '5n17c', UA: '6n19c', VA: '18n', VG: '4c16n', WF: '10n11c2n',
  XK: '16n', YE: '4a4n18c', YT: '10n11c2n',
};

/** BBAN formats compiled to anchored regexes, on first use. */
const BBAN_REGEXES = new Map<string, RegExp>();
const BBAN_CLASSES: Readonly<Record<string, string>> = { n: '[0-9]', a: '[A-Z]', c: '[0-9A-Z]' };

const bbanHasFormat = (country: string, bban: string): boolean => {
  let regex = BBAN_REGEXES.get(country);
  if (!regex) {
    const format = IBAN_BBAN_FORMATS[country] ?? '';
    regex = new RegExp(`^${format.replace(/(\d+)([nac])/g, (_run, count: string, kind: string) => `${BBAN_CLASSES[kind]}{${count}}`)}$`);
    BBAN_REGEXES.set(country, regex);
  }
  return regex.test(bban);
};

/** Countries whose BBAN is a French RIB (banque, guichet, compte, clé): the RIB key is checked too. */
export const RIB_BBAN_COUNTRIES: ReadonlySet<string> = new Set([
  'FR', 'MC', 'BL', 'GF', 'GP', 'MF', 'MQ', 'NC', 'PF', 'PM', 'RE', 'TF', 'WF', 'YT',
]);

/**
 * Full IBAN check on a compact, upper-case IBAN: known country and its length, check digits
 * 02–98, the country's BBAN structure, ISO 7064 MOD 97-10, and for French-format BBANs the RIB key
 * as well.
 */
export const ibanIsValid = (iban: string): boolean => {
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]+$/.test(iban)) return false;
  const country = iban.slice(0, 2);
  if (IBAN_LENGTHS[country] !== iban.length) return false;
  const check = Number(iban.slice(2, 4));
  if (check < 2 || check > 98) return false;
  if (!bbanHasFormat(country, iban.slice(4))) return false;
  if (ibanRemainder(iban) !== 1) return false;
  if (RIB_BBAN_COUNTRIES.has(country) && !ribKeyIsValid(iban.slice(4))) return false;
  return true;
};

/**
 * ISO 7064 MOD 97-10 remainder of an IBAN (country and check digits moved to the end, A=10 … Z=35),
 * computed in one pass without building the digit string: the accumulator is reduced whenever it
 * nears 2^53 / 100, so it stays exact. Same result as `mod97` of the converted string.
 */
export const ibanRemainder = (iban: string): number => {
  const length = iban.length;
  let remainder = 0;
  for (let k = 0; k < length; k++) {
    const code = codeAt(iban, (k + 4) % length);
    remainder = code <= 57 ? remainder * 10 + (code - 48) : remainder * 100 + (code - 55);
    if (remainder >= 1e12) remainder %= 97;
  }
  return remainder % 97;
};
