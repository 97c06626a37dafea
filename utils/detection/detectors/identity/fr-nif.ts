import { spiIsValid } from '../../checksums/mod511';
import { defineDetector, withoutSeparators } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Numéro fiscal de référence (numéro SPI) of a taxpayer, printed on the avis d'impôt and used to
 * log in to impots.gouv.fr: 13 digits, first digit 0–3, usually `30 23 217 600 053`.
 * Check: the first 10 digits mod 511 equal the last 3 (checksums/mod511.ts); a context word
 * ("numéro fiscal", "SPI", "avis d'impôt"…) raises the score. Without one, a number shaped like a
 * Unix time in milliseconds (13 digits from 1 000 000 000 000 to 2 199 999 999 999, years
 * 2001–2039) or in seconds with milliseconds (`1700428847.208`) is a log timestamp: one in 511 of
 * them passes the check, and IT staff paste logs. Near `EAN`, `GTIN` or `code-barre`, it is a product
 * barcode.
 *
 * Source: https://ec.europa.eu/taxation_customs/tin/ (EU TIN portal, French TIN structure)
 * Examples are fictitious or public test values.
 */
/** Unix time in milliseconds (2001–2039), or in seconds with a decimal point and milliseconds. */
const TIMESTAMP_SHAPES = /^1\d{12}$|^2[01]\d{11}$|^\d{10}\.\d{3}$/;

const isTimestamp = (raw: string): boolean => TIMESTAMP_SHAPES.test(raw);

export default defineDetector({
  id: 'fr-nif',
  type: 'TAX_ID',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  pattern: /[0-3](?<!(?:[\p{L}\p{N}]|\d[ .\-])[0-3])(?:[ .\-]?\d){12}(?![\p{L}\p{N}]|[ .\-]\d)/gu,
  baseScore: 0.7,
  keywords: phraseList(
    "numero fiscal|n° fiscal|spi|nif|identifiant fiscal|fiscal|avis d'impot|impot|impots|impots.gouv",
    'declarant|contribuable',
  ),
  // Product barcodes (EAN-13, French GS1 prefixes 300-379) are 13 digits too: one in 511 passes the check.
  negativeKeywords: phraseList('ean|ean13|ean-13|gtin|code-barre|code-barres|code barre|code barres|codes-barres|codes barres'),
  priority: 75,
  normalize: withoutSeparators,
  validate: (spi, context) => spiIsValid(spi) && (context.hasContext || !isTimestamp(context.text.slice(context.start, context.end))),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['30 23 217 600 053', 'n° fiscal : 0198765432229', 'SPI 1234567890066'],
  noMatch: ['3023217600054', '9701987765432', '302321760005', 'numéro fiscal 0000000000000', '"ts": 1709529067029', 'created 1700428847.208', 'code EAN 3951021021192'],
};
