import { luhnIsValid } from './luhn';

/**
 * French intra-community VAT number `FR` + key (2) + SIREN (9), as python-stdnum `fr.tva`:
 * the SIREN must pass Luhn (except Monaco numbers, whose digits 3–5 are `000`); a numeric key is
 * `(12 + 3 × (SIREN mod 97)) mod 97`; an alphabetic ("new style") key uses the alphabet
 * `0-9A-Z` without I and O and the mod 11 relation of the reference (§2.3).
 * Input: the 11 characters after `FR`, upper case, separators removed.
 */
const KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export const frVatIsValid = (value: string): boolean => {
  if (!/^[0-9A-HJ-NP-Z]{2}\d{9}$/.test(value)) return false;
  const key = value.slice(0, 2);
  const siren = value.slice(2);
  if (siren.slice(0, 3) !== '000' && !luhnIsValid(siren)) return false;
  if (/^\d{2}$/.test(key)) return (12 + 3 * (Number(siren) % 97)) % 97 === Number(key);
  const c0 = KEY_ALPHABET.indexOf(key[0]);
  const c1 = KEY_ALPHABET.indexOf(key[1]);
  const check = c0 < 10 ? c0 * 24 + c1 - 10 : c0 * 34 + c1 - 100;
  return (Number(siren) + 1 + Math.floor(check / 11)) % 11 === check % 11;
};
