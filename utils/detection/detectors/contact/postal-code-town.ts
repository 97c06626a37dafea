import { defineDetector } from '../../define-detector';
import { foldText } from '../../fold';
import type { DetectorExamples } from '../../types';
import { phraseList, wordSet } from '../../word-list';
import { textAfter } from '../../text-window';

/**
 * Postal code followed by a town (`75011 Paris`, `97400 Saint-Denis`, `20000 Ajaccio`): the end of
 * a French postal address. Alone it locates a person only roughly, hence the low severity and a
 * base score below the default policy threshold; `habite`, `domicile`, `adresse`… raise it.
 *
 * Format: five digits whose first two are a département (`01`-`95`, Corsica `200`-`206`, never
 * `2A`/`2B`), overseas `971`-`976`, Monaco `980`, Wallis-et-Futuna `986`, Polynésie `987`,
 * Nouvelle-Calédonie `988`; then a capitalised town name of up to six words, optionally `CEDEX`
 * and its office number. Check: that prefix table, and a stop-list of the capitalised words that
 * follow amounts and counts (`12000 Euros`, `35000 Habitants`, month names).
 *
 * Source: La Poste, base officielle des codes postaux
 * (https://datanova.laposte.fr/datasets/laposte-hexasmal). Examples are fictitious.
 */

const POSTAL_CODE = '(?:(?:0[1-9]|1\\d|2[1-9]|[3-8]\\d|9[0-5])\\d{3}|20[0-6]\\d{2}|97[1-6]\\d{2}|98[0678]\\d{2})';
// Town: a capitalised word, then up to five more words; `readTown` keeps the real name.
const TOWN = '\\p{Lu}[\\p{L}\'\\-]{0,40}(?: [\\p{L}\'\\-]{1,40}){0,5}';

// The left boundary is checked after the five digits: a pattern that starts with a look-behind is
// tried at every position of the text.
const PATTERN = new RegExp(`${POSTAL_CODE}(?<![\\p{L}\\p{N}]\\d{5}) {1,3}${TOWN}`, 'gu');

/** Small words inside town names (`Aix-en-Provence` is hyphenated, `La Roche sur Yon` is not). */
const TOWN_PARTICLES = wordSet("sur sous en de du des la le les lez aux au et d' l' saint sainte");

/** Capitalised words that follow a five-digit amount or count rather than a postal code. */
const NOT_A_TOWN = wordSet(
  'euro euros eur ht ttc habitant habitants km kms kg metres metre m2 ha hectares tonnes litres personnes agents',
  'eleves enfants familles foyers menages beneficiaires allocataires dossiers demandes places logements lits',
  'visiteurs inscrits usagers salaries emplois postes exemplaires pages mots heures jours ans annees mois semaines',
  'minutes points votes voix janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  'lundi mardi mercredi jeudi vendredi samedi dimanche total totaux et ou tel telephone fax mail email e-mail',
  'courriel portable mobile site web siret siren',
);

const isCapitalised = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
};

/**
 * Reads a town name starting at `from`: the first word must be capitalised and not an amount
 * word; following words are capitalised words, or particles followed by a capitalised word,
 * and `CEDEX` with its office number. With `lowerCase` (after a street, where the postal code
 * says a town follows), a first word in lower case is the whole town (`12000 rodez`).
 * Returns the end offset, or -1.
 */
export const readTown = (text: string, from: number, lowerCase = false): number => {
  const words = /[\p{L}'\-]{1,40}| {1,2}/uy;
  words.lastIndex = from;
  let end = -1;
  for (let count = 0; count < 12; count++) {
    const match = words.exec(text);
    if (!match) break;
    const word = match[0];
    const wordEnd = words.lastIndex;
    if (word.startsWith(' ')) continue;
    const folded = foldText(word).replace(/['\-]+$/, '');
    if (end === -1) {
      if (!(isCapitalised(word) || (lowerCase && /^\p{Ll}/u.test(word))) || NOT_A_TOWN.has(folded)) return -1;
      end = wordEnd;
      // In lower case, the town is its first word (hyphens included: `villefranche-de-rouergue`).
      if (!isCapitalised(word)) break;
    } else if (folded === 'cedex') {
      const office = /^ \d{1,2}(?!\d)/.exec(textAfter(text, wordEnd, 4));
      return wordEnd + (office ? office[0].length : 0);
    } else if (TOWN_PARTICLES.has(folded)) {
      // `sur`, `Le`, `Saint`: part of the name only when a capitalised word follows.
    } else if ((isCapitalised(word) && !NOT_A_TOWN.has(folded)) || /^[dl]'\p{Lu}/u.test(word)) {
      end = wordEnd;
    } else {
      break;
    }
  }
  // A trailing hyphen or apostrophe belongs to the next line, not to the town.
  while (end > from && /['\-]/.test(text.charAt(end - 1))) end--;
  return end;
};

const POSTAL_CODE_AT = new RegExp(`${POSTAL_CODE} {1,3}`, 'uy');
const BREAK = '[ ]{0,3}(?:[,;\\-][ ]{0,3})?(?:\\r?\\n[ ]{0,3})?';
// Address complements that may sit between a street line and its postal code: building, stair,
// flat, floor, post-office box (`bât. B`, `Appt 12`, `3e étage`, `BP 123`, `CS 70001`).
const COMPLEMENT = `(?:(?:b[aâ]t(?:iment)?|esc(?:alier)?|app?t|appart(?:ement)?|porte|[ée]tage|bo[iî]te|bp|b\\.p\\.|cs|tsa)\\.?[ ]{0,2}[\\p{L}\\p{N}]{1,6}|\\d{1,2}(?:e|er|[eè]me)[ ][ée]tage)`;
const LEAD = new RegExp(`${BREAK}(?:${COMPLEMENT}${BREAK}){0,3}`, 'iuy');

/**
 * When a postal code and town start at `from` (after optional punctuation, a line break or a
 * `BP`/`CS`/`TSA` box), returns where the town ends; otherwise -1. Used by `postal-address`,
 * which allows a town typed in lower case after a street (`lowerCaseTown`).
 */
export const readPostalCodeTown = (text: string, from: number, lowerCaseTown = false): number => {
  const lead = LEAD;
  lead.lastIndex = from;
  const skipped = lead.exec(text);
  const at = from + (skipped ? skipped[0].length : 0);
  if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return -1;
  POSTAL_CODE_AT.lastIndex = at;
  const code = POSTAL_CODE_AT.exec(text);
  if (!code) return -1;
  return readTown(text, POSTAL_CODE_AT.lastIndex, lowerCaseTown);
};

/**
 * A named place of one to five words right before the postal code (a hamlet, a farm, a lieu-dit, a
 * street or a residence without a number), after a comma, a line break, `Adresse :` or `demeurant`,
 * and the building, flat or floor that may follow it (`Résidence les Tilleuls, Bât B, Appt 12, `).
 */
const LOCALITY_BEFORE = /(?:[,\n]|(?:[Aa]dresse|[Dd]omicile) ?:|(?:demeurant|domicili[ée]e?|r[ée]sidant|habitant)(?: [àa]| au)?)\s*((?:Hameau|Lieu-dit|Lieudit|Domaine|Mas|Ferme|Moulin|Ch[aâ]teau|La|Le|Les|L'|\p{Lu}\p{Ll}+)(?:[ '\-]{1,2}[\p{L}][\p{L}'\-]{0,20}){0,4})(?:,\s*(?:[Bb][âa]t(?:iment)?|[Aa]pp?t|[Aa]ppartement|[Ee]sc(?:alier)?|[Pp]orte|[ÉEée]tage)\.? ?[\p{L}\p{N}]{1,4}){0,3},\s*$/u;
/** Places that are institutions, not someone's home: their address is not personal data. */
const INSTITUTION = /\b(?:Mairie|Pr[ée]fecture|H[ôo]tel|Maison|Conseil|Coll[èe]ge|Lyc[ée]e|[ÉE]cole|Centre|Direction|Service|D[ée]partement|R[ée]gion|Tribunal|CAF|MDPH|CCAS|Agence|Si[èe]ge)\b/u;

export default defineDetector({
  id: 'postal-code-town',
  type: 'POSTAL_ADDRESS',
  severity: 'low',
  pattern: PATTERN,
  baseScore: 0.45,
  keywords: phraseList(
    'adresse|domicile|domicilie|domiciliee|habite|habitant a|demeurant|demeure|reside|residant|residence',
    'vit a|code postal|cp|chez',
  ),
  priority: 45,
  validate: (value, context) => {
    const code = /^\d{5}/.exec(value);
    if (!code) return false;
    let townStart = code[0].length;
    while (value.charAt(townStart) === ' ') townStart++;
    const end = readTown(context.text, context.start + townStart);
    if (end === -1) return false;
    // Rural addresses have a locality line instead of a street: "Mme X, La Prade, 12310 Laissac".
    // A named place between two commas just before the code belongs to the address.
    const windowStart = Math.max(0, context.start - 100);
    const locality = LOCALITY_BEFORE.exec(context.text.slice(windowStart, context.start));
    if (locality && !INSTITUTION.test(locality[1])) {
      const localityStart = windowStart + locality.index + locality[0].indexOf(locality[1]);
      return { score: 0.6, start: localityStart - context.start, end: end - context.start };
    }
    return { score: 0.45, end: end - context.start };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['75012 Paris', 'Elle habite 20000 Ajaccio depuis mars', 'Mairie, 97411 Saint-Denis', '13100 Aix-en-Provence CEDEX 1'],
  noMatch: ['00123 Paris', '96000 Ville', '2A004 Ajaccio', 'un budget de 45000 Euros', '75011 paris'],
};
