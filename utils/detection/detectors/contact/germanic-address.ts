import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { testAfter } from '../../text-window';

/**
 * Street addresses of Germany, Austria and the Netherlands, whose way is joined to its name and
 * precedes the number (`Hafenstraße 41`, `Kerkstraat 12`): partners' and employers' addresses in a
 * département's letters. Taken only with the postcode and town after the number (`77694 Kehl`,
 * `1012 AB Amsterdam`), which join the span, since `Zollweg 12 fois` is prose. A Belgian box
 * number may come between (`Kortrijkstraat 214 bus 3, 8930 Menen`).
 *
 * Matched from the number, the way checked behind it (first its last two letters and the space
 * before the number's first digit, a test of fixed length that rules out most digits at once; the
 * digits after the first are only read then): its letters would be tried at every lower-case letter
 * of the text. No prefilter: searching a long text for each way cost as much.
 *
 * Source: Universal Postal Union, *Postal addressing systems in member countries* (DEU, AUT, NLD).
 * Examples are fictitious.
 */
/** Also as a word of its own after the name (`Mariahilfer Straße`). */
const WAY = '(?: ?[Ss]tra(?:ß|ss)e|[Ss]traat| ?[Pp]latz|gasse|gracht|weg|laan|allee)';

export default defineDetector({
  id: 'germanic-address',
  type: 'POSTAL_ADDRESS',
  pattern: new RegExp(
    `\\d(?<=(?:ße|se|at|tz|ht|eg|an|ee) \\d)\\d{0,3}[a-z]?(?<=\\p{Lu}\\p{Ll}{1,30}${WAY} \\d{1,4}[a-z]?)(?![\\p{L}\\p{N}])(?: (?:bus|bte|boîte) \\d{1,4}[A-Za-z]?)?,? \\d{4,5}(?: [A-Z]{2})? \\p{Lu}[\\p{L}'’\\-]{1,30}(?: (?:am|an der|im) \\p{Lu}[\\p{L}'’\\-]{1,30})?`,
    'gu',
  ),
  baseScore: 0.85,
  // As postal-address.ts: above the postcode and town alone.
  priority: 55,
  // Back over the space and the way (`Hafenstraße` before `41`, `Mariahilfer Straße`).
  candidateStart: (text, anchor, minStart) => {
    let from = anchor.index - 1;
    while (from > minStart && /\p{L}/u.test(text[from - 1])) from--;
    if (testAfter(text, from, /^ ?[Ss]tra|^ ?[Pp]latz/, 6) && text[from - 1] === ' ') {
      from--;
      while (from > minStart && /\p{L}/u.test(text[from - 1])) from--;
    }
    return from;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'employed by Weber Logistik GmbH, Hafenstraße 41, 77694 Kehl, Germany',
    'woont op Kerkstraat 12, 1017 GB Amsterdam',
    'Jugendamt, Mariahilfer Strasse 88, 1070 Wien',
    // A Belgian box number after the house number.
    "J'habite désormais Kortrijkstraat 214 bus 3, 8930 Menen (Belgique)",
  ],
  noMatch: ['le Zollweg 12 fois', 'Hauptstraße 5 mal', 'Hafenstraße 41'],
};
