/**
 * Luhn (ISO/IEC 7812-1 Annex B): used by payment cards, SIREN, SIRET, FINESS, RPPS.
 * Input: digits only.
 */
import { codeAt } from '../char-codes';
export const luhnIsValid = (digits: string): boolean => {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = codeAt(digits, digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
};
