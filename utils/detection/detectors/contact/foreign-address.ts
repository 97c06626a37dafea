import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { fillsQuotation, matchStartBefore } from '../../text-window';

/**
 * Street addresses written the way other countries write them: the agents of a département write
 * to families abroad, foreign suppliers and partners (unaccompanied minors' relatives, a son in
 * Porto, a youth office in Dortmund). postal-address.ts reads the French form (`12 rue des Lilas`).
 * - Portugal, Spain, Italy: the way, its name, then the number (`Rua das Flores 123`, `Calle
 *   Mayor, 12`, `Via Roma 10`);
 * - Belgium, Switzerland, Luxembourg: the French way first too (`Rue de la Loi 16`), taken only with
 *   the four-digit postcode and town after it, since `Rue Pasteur 12 places` is French prose;
 * - the United Kingdom, Ireland and the United States: the number, the name, then the way (`42
 *   Elmwood Road`, `2204 W Belmont Ave`);
 * The postcode and town that follow join the span (`4050-262 Porto`, `28013 Madrid`, `Bristol BS6
 * 7QT`, `Chicago, IL 60618`). German and Dutch streets are germanic-address.ts's.
 *
 * Source: Universal Postal Union, *Postal addressing systems in member countries*. Examples are fictitious.
 */

/** A capitalised word of a way's name, or a small word between them (`das`, `de la`, `della`). */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.\\-]{0,30}|d[aeo]s?|de|del|della|delle|dei|di|du|des|la|le|les|el|los|las|l'|d')";
const ROMANCE_WAY = '(?:Rua|Avenida|Travessa|Largo|Praça|Estrada|Calle|C\\/|Avda\\.|Paseo|Plaza|Carrer|Camino|Via|Viale|Piazza|Piazzale|Corso|Vicolo)';
const FRENCH_WAY = '(?:Rue|Avenue|Boulevard|Chaussée|Place|Chemin)';
const ENGLISH_WAY = '(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Gardens|Terrace|Place|Square|Grove|Hill|Row|Court|Mews|Park|Boulevard|Parkway|Highway|Rd|St|Ave|Blvd|Ln|Pkwy)';
const NUMBER = "\\d{1,4}[A-Za-z]?(?![\\p{L}\\p{N}])";

/** The number and the name of a British street line, before its way (`42 Elmwood` before `Road`). */
const UK_NUMBER_AND_NAME = "\\d{1,4}[A-Za-z]?,? (?:[NSEW]\\.? )?(?:\\p{Lu}[\\p{L}'’\\-]{1,30} ){1,3}";

// The British form is matched from its way word, checked behind it, and `candidateStart` steps back
// to its number: a branch starting at the number was tried at every digit of the text. Every way word
// starts with a capital: the look-ahead says so for V8 compiled without its search optimisations (see
// _name-things.ts's lineNamesPlant), which tried the 52 words at every position (79 ms on the 1 MB
// document of bench (b), 9 ms with it; optimised, 0.7 -> 2.7 ms in Node 20, 15-18 -> 16 ms in Chromium 150).
const PATTERN = new RegExp(
  `(?=[A-Z])(?:(${ROMANCE_WAY})((?: ${NAME_WORD}){1,6}?),? (?:n\\.?[º°o]\\.? ?)?${NUMBER}|(${FRENCH_WAY})(?: ${NAME_WORD}){1,6}?,? ${NUMBER}(?=,? \\d{4} \\p{Lu})|(${ENGLISH_WAY})(?<=${UK_NUMBER_AND_NAME}${ENGLISH_WAY})\\.?(?![\\p{L}\\p{N}]))`,
  'gu',
);
const UK_START = new RegExp(`(?<![\\p{L}\\p{N}])${UK_NUMBER_AND_NAME}$`, 'u');

/** What may follow a Romance or French street line: a floor or a flat, then the postcode and the town. */
const POSTCODE_TOWN = /(?:,? [^,\n]{1,12}?)?,? (?:\d{4}-\d{3}|[A-Z]{1,2}-\d{4,5}|\d{4,5}) \p{Lu}[\p{L}'’\-]{1,30}(?: \p{Lu}[\p{L}'’\-]{1,30})?/uy;
/** What may follow a British street line: the town and the postcode (`, Bristol BS6 7QT`). */
const UK_TOWN = /,? \p{Lu}[\p{L}'’\-]{1,30}(?: [A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|,? [A-Z]{2} \d{5}(?:-\d{4})?)?(?![\p{L}\p{N}])/uy;

const endAfter = (tail: RegExp, text: string, end: number): number => {
  tail.lastIndex = end;
  return tail.exec(text) === null ? end : tail.lastIndex;
};

export default defineDetector({
  id: 'foreign-address',
  type: 'POSTAL_ADDRESS',
  pattern: PATTERN,
  baseScore: 0.7,
  // As postal-address.ts: above the postcode and town alone, and above a name inside the street's.
  priority: 55,
  candidateStart: (text, anchor, minStart) => (anchor[4] === undefined ? anchor.index : matchStartBefore(text, anchor.index, UK_START, 100, minStart)),
  validate: (value, { text, start, end, groups }) => {
    const romance = groups[1] !== undefined;
    // `Via Chorus 2 fois` has no capitalised name word other than its own: a name needs one.
    if (romance && !/\p{Lu}/u.test(groups[2] ?? '')) return false;
    // A work's title (`« 84, Charing Cross Road »`).
    if (fillsQuotation(text, start, end)) return false;
    const tailEnd = endAfter(romance || groups[3] !== undefined ? POSTCODE_TOWN : UK_TOWN, text, end);
    return { score: tailEnd > end ? 0.85 : 0.7, end: tailEnd - start };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Construções Ferreira & Filhos, Lda\nRua das Flores 123, 4050-262 Porto, Portugal',
    'son fils, Rua de Santa Catarina 850, 3.º esq., 4000-447 Porto, tél +351',
    'Calle Mayor, 12, 28013 Madrid',
    'Via Roma 10',
    'la Ville de Bruxelles, Rue de la Loi 16, 1000 Bruxelles',
    'my address is 42 Elmwood Road, Bristol BS6 7QT, United Kingdom',
    'Her home address is 2204 W Belmont Ave, Chicago, IL 60618.',
  ],
  noMatch: [
    'envoyé via Chorus 2 fois',
    'Via 2 autres canaux',
    'Rue Pasteur 12 places de parking',
    'the 3 Main issues',
    'Plaza 3',
    'les livres qui parlent de livres : « 84, Charing Cross Road », « Rue des Boutiques Obscures »',
  ],
};
