import { codeAt, isAsciiDigit } from '../char-codes';

/**
 * French RIB key (clé RIB) over the 23-character BBAN `banque(5) guichet(5) compte(11) clé(2)`.
 * Letters of the account number use the RIB table (not the IBAN one): A,J→1; B,K,S→2; C,L,T→3;
 * D,M,U→4; E,N,V→5; F,O,W→6; G,P,X→7; H,Q,Y→8; I,R,Z→9. The key is
 * `97 − ((89 × banque + 15 × guichet + 3 × compte) mod 97)`; equivalently the converted 23 digits
 * are a multiple of 97. Input: separators removed, any case.
 */
const RIB_LETTER_DIGITS = '12345678912345678923456789';

/** Converts a RIB/BBAN to digits with the RIB letter table; returns '' on any other character. */
export const ribToDigits = (bban: string): string => {
  let digits = '';
  for (let i = 0; i < bban.length; i++) {
    const code = codeAt(bban, i);
    if (isAsciiDigit(code)) {
      digits += bban[i];
      continue;
    }
    const upper = code & ~0x20; // a–z → A–Z; other characters stay out of range
    if (upper < 65 || upper > 90) return '';
    digits += RIB_LETTER_DIGITS[upper - 65];
  }
  return digits;
};

/** True when `bban` is 5 digits, 5 digits, 11 letters/digits and a key 01–97 that matches. */
export const ribKeyIsValid = (bban: string): boolean => {
  if (!/^\d{10}[0-9A-Za-z]{11}\d{2}$/.test(bban)) return false;
  const key = Number(bban.slice(21));
  if (key < 1 || key > 97) return false;
  return ribRemainder(bban) === 0;
};

/** Remainder mod 97 of the RIB-converted characters, in one pass (-1 on an invalid character). */
const ribRemainder = (value: string): number => {
  let remainder = 0;
  for (let i = 0; i < value.length; i++) {
    const code = codeAt(value, i);
    let digit: number;
    if (isAsciiDigit(code)) digit = code - 48;
    else {
      const upper = code & ~0x20; // a–z → A–Z; other characters stay out of range
      if (upper < 65 || upper > 90) return -1;
      digit = codeAt(RIB_LETTER_DIGITS, upper - 65) - 48;
    }
    remainder = remainder * 10 + digit;
    if (remainder >= 1e13) remainder %= 97;
  }
  return remainder % 97;
};

/** The RIB key (1–97) of the first 21 characters `banque guichet compte`. */
export const ribKey = (bankBranchAccount: string): number => {
  const remainder = ribRemainder(bankBranchAccount + '00');
  return remainder < 0 ? -1 : 97 - remainder;
};
