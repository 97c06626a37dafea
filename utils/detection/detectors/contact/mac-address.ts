import { codeAt, codePointBefore, isHexDigit } from '../../char-codes';
import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * MAC address (IEEE 802 EUI-48) of a network card: it identifies a device, hence often its user,
 * and helps map the département's network. Reported as IP_ADDRESS (network identifier), low
 * severity, and scored below the default policy's threshold (0.3, 0.45 with a keyword), as
 * documentation IPs are: an inventory's or a ticket's MAC addresses are technical data, which no
 * writer of the independent sets labelled (17 of 17 left unlabelled), and a prompt holding only them
 * is not stopped. A policy that wants them stopped lowers IP_ADDRESS's `minScore`.
 *
 * Format: six pairs of hex digits with one consistent separator, `00:1A:2B:3C:4D:5E` or
 * `00-1a-2b-3c-4d-5e`, or the Cisco dotted form `001a.2b3c.4d5e`. Check: the separator is the same
 * throughout (backreference); the all-zero address and the broadcast address `FF:FF:FF:FF:FF:FF`
 * identify no device and are not reported.
 *
 * Source: IEEE Std 802-2014 §8 (https://standards.ieee.org/ieee/802/4915/).
 * Examples are fictitious.
 */
/** Characters that may not precede an address (look-behind `(?<![\p{L}\p{N}:.\-])`). */
const NOT_BEFORE = /^[\p{L}\p{N}:.\-]$/u;

/** Start of the address whose first separator is at `separator`, after `digits` hex digits; -1 when there is none. */
const macStart = (text: string, separator: number, digits: number, minStart: number): number => {
  const start = separator - digits;
  if (start < minStart) return -1;
  for (let i = start; i < separator; i++) if (!isHexDigit(codeAt(text, i))) return -1;
  return NOT_BEFORE.test(codePointBefore(text, start)) ? -1 : start;
};

export default defineDetector({
  id: 'mac-address',
  type: 'IP_ADDRESS',
  // Anchored on the first separator (`00:`, `00-`, `001a.`), with `macStart` walking back over the
  // hex digits before it: a pattern starting with a hex digit would be tried at every a-f letter.
  // Whole pattern: `[0-9A-Fa-f]{2}([:\-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}` or
  // `[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}`, not preceded by a letter, a digit, `:`, `.` or `-`.
  pattern: /(?:([:\-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\p{L}\p{N}:\-]|\.[\p{L}\p{N}])/gu,
  candidateStart: (text, anchor, minStart) => macStart(text, anchor.index, anchor[1] !== undefined ? 2 : 4, minStart),
  baseScore: 0.3,
  keywords: phraseList(
    'mac|adresse mac|adresse physique|adresse materielle|ethernet|wifi|wi-fi|carte reseau|hardware',
    'physical|interface|borne',
  ),
  priority: 50,
  normalize: (raw) => raw.replace(/[:.\-]/g, '').toLowerCase(),
  // Not all zeros or ones, nor the range IANA keeps for documentation (00-00-5E-00-53-xx, RFC 7042).
  validate: (hex) => hex !== '000000000000' && hex !== 'ffffffffffff' && !hex.startsWith('00005e0053'),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['Adresse MAC : 00:1A:2B:3C:4D:5E', 'carte réseau 00-1a-2b-3c-4d-5e', 'switch : 001a.2b3c.4d5e.'],
  noMatch: ['00:1A:2B:3C:4D', '00:1A-2B:3C:4D:5E', '00:1G:2B:3C:4D:5E', 'FF:FF:FF:FF:FF:FF', 'MAC passerelle 00:00:5E:00:53:AF', '00:1A:2B:3C:4D:5E:6F'],
};
