import { mod97 } from './mod97';

/**
 * French NIR (numéro de sécurité sociale / INSEE) and NIA: `S AA MM DD CCC OOO KK`.
 * Structure (decree 82-103, INSEE schema, CNAM nir-validation, beta.gouv itou):
 * sex 1/2 (3/4 accepted as itou does), 7/8 for the NIA; month 01–12 or the pseudo-months 20–42 and
 * 50–99 (never 00, 13–19, 43–49); département 01–99 or 2A/2B (never 00); commune (or country with
 * 99) not 000; order not 000. Key: `97 − (N mod 97)` where `N` is the 13-character body with 2A → 19
 * and 2B → 18. Input: separators removed, upper case.
 */

/** True when the 13-character body has a plausible NIR/NIA structure (no key involved). */
export const nirBodyIsPlausible = (body: string): boolean => {
  if (!/^[1-478]\d{4}(?:\d{2}|2[AB])\d{6}$/.test(body)) return false;
  const month = Number(body.slice(3, 5));
  if (month === 0 || (month >= 13 && month <= 19) || (month >= 43 && month <= 49)) return false;
  if (body.slice(5, 7) === '00') return false;
  if (body.slice(7, 10) === '000') return false;
  if (body.slice(10, 13) === '000') return false;
  return true;
};

/** Numeric value used for the key: 2A → 19, 2B → 18 (i.e. minus 1 000 000 / 2 000 000). */
const nirBodyDigits = (body: string): string => {
  const department = body.slice(5, 7);
  if (department === '2A') return body.slice(0, 5) + '19' + body.slice(7);
  if (department === '2B') return body.slice(0, 5) + '18' + body.slice(7);
  return body;
};

/** The 2-digit key (1–97) of a 13-character body, or -1 if the body is not digits/2A/2B. */
export const nirKey = (body: string): number => {
  const digits = nirBodyDigits(body);
  if (!/^\d{13}$/.test(digits)) return -1;
  return 97 - mod97(digits);
};

/** Full check of a 15-character NIR/NIA: structure and key. */
export const nirIsValid = (nir: string): boolean => {
  if (nir.length !== 15 || !/^\d{2}$/.test(nir.slice(13))) return false;
  const body = nir.slice(0, 13);
  return nirBodyIsPlausible(body) && nirKey(body) === Number(nir.slice(13));
};
