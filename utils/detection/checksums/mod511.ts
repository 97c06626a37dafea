/**
 * French numéro fiscal de référence (SPI), 13 digits: first digit 0–3, and the first 10 digits as
 * a number, mod 511, written on 3 digits, equal the last 3 digits (python-stdnum `fr.nif`,
 * validator.js `isTaxID('fr-FR')`). All-same-digit numbers (`0000000000000`) are rejected: they
 * pass the arithmetic but are placeholders. Input: digits only.
 */
export const spiIsValid = (spi: string): boolean => {
  if (!/^[0-3]\d{12}$/.test(spi)) return false;
  if (/^(\d)\1{12}$/.test(spi)) return false;
  return Number(spi.slice(0, 10)) % 511 === Number(spi.slice(10));
};
