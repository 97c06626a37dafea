import { luhnIsValid } from '../../checksums/luhn';
import { codeAt, isAsciiDigit } from '../../char-codes';
import { defineDetector } from '../../define-detector';
import type { DetectorExamples, MatchContext } from '../../types';
import { phraseList } from '../../word-list';
import { testBefore } from '../../text-window';

/**
 * Payment card number (PAN, ISO/IEC 7812), 12–19 digits, grouped by spaces, dots or hyphens
 * (`4970 1000 0000 0006`, Amex `3782 822463 10005`). French "CB" cards are co-branded Visa or
 * Mastercard, so their ranges are those of the network.
 * Check: issuer range (IIN) and length of a known network, then Luhn; a single repeated digit is
 * rejected. The pattern takes the longest digit run (≤ 19 digits) ending on a token boundary;
 * `validate` then picks the card inside it: a trailing CVV group (`… 0006 123`) is left out, and a
 * leading short group (`n° 12 4970 …`) is skipped. A 14-digit number (Diners, Maestro) whose first
 * 9 digits also pass Luhn has the SIRET shape: it is only a card with a card word nearby.
 *
 * Source: https://www.iso.org/standard/70484.html (IIN ranges as in validator.js `isCreditCard`)
 * Examples are fictitious or public test values, never real cards.
 */

interface IssuerRange {
  readonly from: number;
  readonly to: number;
  /** Number of leading digits compared with `from`–`to`. */
  readonly digits: number;
  readonly lengths: readonly number[];
}

const L16_19 = [16, 17, 18, 19];
const L12_19 = [12, 13, 14, 15, 16, 17, 18, 19];

const ISSUER_RANGES: readonly IssuerRange[] = [
  { from: 4, to: 4, digits: 1, lengths: [13, 16, 19] }, // Visa (most CB)
  { from: 51, to: 55, digits: 2, lengths: [16] }, // Mastercard (CB)
  { from: 2221, to: 2720, digits: 4, lengths: [16] }, // Mastercard 2-series
  { from: 34, to: 34, digits: 2, lengths: [15] }, // American Express
  { from: 37, to: 37, digits: 2, lengths: [15] },
  { from: 6011, to: 6011, digits: 4, lengths: L16_19 }, // Discover
  { from: 644, to: 649, digits: 3, lengths: L16_19 },
  { from: 65, to: 65, digits: 2, lengths: L16_19 },
  { from: 3528, to: 3589, digits: 4, lengths: L16_19 }, // JCB
  { from: 300, to: 305, digits: 3, lengths: [14] }, // Diners Club
  { from: 36, to: 36, digits: 2, lengths: [14] },
  { from: 38, to: 39, digits: 2, lengths: [14] },
  { from: 62, to: 62, digits: 2, lengths: L16_19 }, // UnionPay
  { from: 50, to: 50, digits: 2, lengths: L12_19 }, // Maestro
  { from: 56, to: 69, digits: 2, lengths: L12_19 },
];

/**
 * Allowed lengths per 4-digit prefix, as a bit mask (bit n = length n), precomputed once from
 * ISSUER_RANGES so that a candidate costs one table read.
 */
const LENGTHS_BY_PREFIX = (() => {
  const table = new Uint32Array(10_000);
  for (let prefix4 = 0; prefix4 < 10_000; prefix4++) {
    for (const range of ISSUER_RANGES) {
      const prefix = Math.floor(prefix4 / 10 ** (4 - range.digits));
      if (prefix < range.from || prefix > range.to) continue;
      for (const length of range.lengths) table[prefix4] |= 1 << length;
    }
  }
  return table;
})();

/** True when `digits` (12+ digits) is in a known issuer range with an allowed length. */
export const hasKnownIssuer = (digits: string): boolean => {
  if (digits.length < 12 || digits.length > 19) return false;
  const prefix4 = Number(digits.slice(0, 4));
  return ((LENGTHS_BY_PREFIX[prefix4] >>> digits.length) & 1) === 1;
};

const isCardNumber = (digits: string, context: MatchContext): boolean => {
  if (!hasKnownIssuer(digits) || !luhnIsValid(digits)) return false;
  if (/^(\d)\1*$/.test(digits)) return false;
  // SIRET shape (14 digits, Luhn, SIREN prefix also Luhn): a card only with a card word nearby.
  if (digits.length === 14 && luhnIsValid(digits.slice(0, 9)) && !context.hasContext) return false;
  return true;
};

/** True when digits [from, to) of a candidate are a card number. */
const isCardBetween = (digits: string, from: number, to: number, context: MatchContext): boolean => {
  const length = to - from;
  return length >= 12 && length <= 19 && isCardNumber(digits.slice(from, to), context);
};

/**
 * Finds the card inside a candidate run. Group boundaries (separators) are the only places where a
 * card may start or end. From each start (leftmost first), ends are tried longest first, except that
 * a 13–16-digit card followed by a last group of at most 4 digits (CVV, code) is tried before the
 * run that includes that group. Returns offsets relative to the candidate.
 */
const findCard = (raw: string, context: MatchContext): { start: number; end: number } | null => {
  const digits = raw.replace(/\D/g, '');
  // counts[k] / offsets[k]: digit count and raw offset at the end of group k.
  const counts: number[] = [];
  const offsets: number[] = [];
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = codeAt(raw, i);
    if (code < 48 || code > 57) continue;
    count++;
    const next = codeAt(raw, i + 1);
    if (!isAsciiDigit(next)) {
      counts.push(count);
      offsets.push(i + 1);
    }
  }
  const groups = counts.length;
  const lastGroupLength = groups > 1 ? counts[groups - 1] - counts[groups - 2] : 0;
  for (let first = 0; first < groups; first++) {
    const startCount = first === 0 ? 0 : counts[first - 1];
    const startOffset = first === 0 ? 0 : offsets[first - 1] + 1;
    if (digits.length - startCount < 12) break;
    const lead = codeAt(digits, startCount);
    if (lead < 50 || lead > 54) continue; // every issuer range starts with 2–6
    // Skipping leading groups is for a short number typed before a normally grouped card
    // (`n° 12 4970 1000 …`), not for slicing a digit-by-digit spaced SIRET or NIR.
    if (first > 0 && counts[first] - startCount < 3) continue;
    if (lastGroupLength > 0 && lastGroupLength <= 4 && groups - 2 >= first && counts[groups - 2] - startCount <= 16 && isCardBetween(digits, startCount, counts[groups - 2], context)) {
      return { start: startOffset, end: offsets[groups - 2] };
    }
    for (let k = groups - 1; k >= first; k--) {
      if (first > 0 && counts[k] - counts[k - 1] < 3) continue;
      if (isCardBetween(digits, startCount, counts[k], context)) return { start: startOffset, end: offsets[k] };
    }
  }
  return null;
};

export default defineDetector({
  id: 'credit-card',
  type: 'CARD_NUMBER',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  // The look-ahead, implied by the rest of the pattern, is cheaper than the look-behind: it goes first.
  pattern: /\d(?=[ .\-]?\d)(?<!(?:[\p{L}\p{N}]|\d[.,])\d)(?:[ .\-]?\d){11,18}(?![\p{L}\p{N}])/gu,
  baseScore: 0.85,
  keywords: phraseList(
    'carte bancaire|carte bleue|carte de credit|carte de paiement|cb|visa|mastercard|amex',
    "american express|diners|jcb|maestro|unionpay|cryptogramme|cvv|cvc|date d'expiration|expire",
    'expiration|card|credit card|carte',
  ),
  priority: 85,
  validate: (raw, context) => {
    // The digits of an IBAN-shaped number after its country and key (`FR76 1100 6000 …`, a wrong
    // key in a unit test): never a card.
    if (testBefore(context.text, context.start, /[A-Z]{2}\d{2}[ .\-]?$/, 5)) return false;
    const span = findCard(raw, context);
    // A group `000` of its own is a row of amounts in thousands (`620 000 310 000 0 62 000`): no issuer groups a card in threes.
    return span && !/(?<!\d)000(?!\d)/.test(raw.slice(span.start, span.end)) ? { score: 0.85, start: span.start, end: span.end } : false;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Carte 4970 1000 0000 0006',
    '5555 5555 5555 4444',
    'Amex 3782 822463 10005',
    '2223 0031 2200 3222',
    'CB 4970 1000 0000 0006 cryptogramme 123',
    'payé avec 4970100000000006 123',
  ],
  noMatch: [
    '4970 1000 0000 0007',
    '4970 1000 0000',
    '9999 9999 9999 9995',
    '4444 4444 4444 4444',
    'SIRET 38446899700034',
    'Axe 1 : conscience du risque 620 000 310 000 0 62 000 124 000',
  ],
};
