/**
 * Remainder modulo 97 of a decimal string of any length, digit by digit, so that numbers above
 * 2^53 (NIR, IBAN) keep their precision. Input: digits only.
 */
import { codeAt } from '../char-codes';
export const mod97 = (digits: string): number => {
  let remainder = 0;
  for (let i = 0; i < digits.length; i++) remainder = (remainder * 10 + (codeAt(digits, i) - 48)) % 97;
  return remainder;
};

/** ISO 7064 MOD 97-10 check used by IBAN: letters A=10 … Z=35, country and key moved to the end. */
export const ibanMod97IsValid = (iban: string): boolean => {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rotated = iban.slice(4) + iban.slice(0, 4);
  let digits = '';
  for (let i = 0; i < rotated.length; i++) {
    const code = codeAt(rotated, i);
    digits += code >= 65 ? String(code - 55) : rotated[i];
  }
  return mod97(digits) === 1;
};
