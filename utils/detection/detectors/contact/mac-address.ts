import { defineDetector } from '../../define-detector';

/**
 * MAC address (IEEE 802 EUI-48) of a network card: it identifies a device, hence often its user,
 * and helps map the département's network. Reported as IP_ADDRESS (network identifier), low
 * severity.
 *
 * Format: six pairs of hex digits with one consistent separator, `00:1A:2B:3C:4D:5E` or
 * `00-1a-2b-3c-4d-5e`, or the Cisco dotted form `001a.2b3c.4d5e`. Check: the separator is the same
 * throughout (backreference); the all-zero address and the broadcast address `FF:FF:FF:FF:FF:FF`
 * identify no device and are not reported.
 *
 * Source: IEEE Std 802-2014 §8 (https://standards.ieee.org/ieee/802/4915/).
 * Examples are fictitious.
 */
export default defineDetector({
  id: 'mac-address',
  type: 'IP_ADDRESS',
  severity: 'low',
  // The first hex digit is consumed before the boundary lookbehind (which then looks two
  // characters back): a pattern that starts with a character class runs about twice as fast.
  pattern: /[0-9A-Fa-f](?<![\p{L}\p{N}:.\-][0-9A-Fa-f])(?:[0-9A-Fa-f]([:\-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{3}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\p{L}\p{N}:\-]|\.[\p{L}\p{N}])/gu,
  baseScore: 0.6,
  keywords: ['mac', 'adresse mac', 'adresse physique', 'adresse materielle', 'ethernet', 'wifi', 'wi-fi', 'carte reseau', 'hardware', 'physical', 'interface', 'borne'],
  priority: 50,
  normalize: (raw) => raw.replace(/[:.\-]/g, '').toLowerCase(),
  validate: (hex) => hex !== '000000000000' && hex !== 'ffffffffffff',
  examples: {
    match: ['Adresse MAC : 00:1A:2B:3C:4D:5E', 'carte réseau 00-1a-2b-3c-4d-5e', 'switch : 001a.2b3c.4d5e.'],
    noMatch: ['00:1A:2B:3C:4D', '00:1A-2B:3C:4D:5E', '00:1G:2B:3C:4D:5E', 'FF:FF:FF:FF:FF:FF', '00:1A:2B:3C:4D:5E:6F'],
  },
});
