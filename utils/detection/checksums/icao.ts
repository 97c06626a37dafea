import { codeAt, isAsciiDigit } from '../char-codes';

/**
 * ICAO Doc 9303 check digit of machine-readable zones (passports, identity cards, driving
 * licences): `0–9` → 0–9, `A–Z` → 10–35, `<` → 0, weights 7, 3, 1 repeated from the first
 * character, sum mod 10. Input: upper-case MRZ characters.
 */
export const icaoCheckDigit = (field: string): number => {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const code = codeAt(field, i);
    let value: number;
    if (isAsciiDigit(code)) value = code - 48;
    else if (code >= 65 && code <= 90) value = code - 55;
    else if (code === 60) value = 0;
    else return -1;
    sum += value * weights[i % 3];
  }
  return sum % 10;
};

/** True when `check` (one character) is the ICAO check digit of `field`. */
export const icaoCheckIsValid = (field: string, check: string): boolean => {
  const digit = icaoCheckDigit(field);
  return digit >= 0 && check.length === 1 && codeAt(check, 0) === 48 + digit;
};
