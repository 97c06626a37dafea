import { defineDetector, escapeRegExp } from '../../define-detector';
import { foldText } from '../../fold';
import { readPostalCodeTown } from './postal-code-town';
import type { DetectorExamples, ValidationResult } from '../../types';
import { phraseList, wordSet } from '../../word-list';
import { fillsQuotation, testBefore } from '../../text-window';

/**
 * French postal address: a street line (`12 rue Victor Hugo`, `3 bis, avenue de la République`,
 * `10 rue du 8 Mai 1945`), a `lieu-dit` (`lieu-dit Les Granges`), or a post-office box
 * (`BP 123`, `CS 70001`, `TSA 10001`) followed by its postal code and town; the span runs on to
 * a following `75011 Paris` (same line after a comma, or the next line) when there is one.
 *
 * Format (AFNOR NF Z 10-011 / La Poste): number, optional `bis`/`ter`/`quater`/`A`-`D`, type of
 * way (full or abbreviated: rue, av., bd, chemin, impasse, allée, place, quai, lieu-dit…), name.
 * Check: the way name must start with a capital or a digit, except after the unambiguous types
 * (rue, avenue, boulevard, impasse, allée, chemin, quai, faubourg…) where people type it in
 * lower case; plurals (`12 places disponibles`) never match; a box needs its postal code and
 * town, so that `BP 2025` (budget primitif) is not an address; `5 cours de Mme Dupont` (an
 * abbreviated title) is a person, not a street. The score rises when a postal code and town
 * follow, possibly after complements (`bât. B`, `Appt 12`, `3e étage`); after a street the town
 * may be typed in lower case (`12000 rodez`), and then so may the name of any way
 * (`11 route de bozouls, 12340 gabriac`). `mail` and `port` are
 * left out of the types: in prompts they are almost always common nouns.
 * An address routed by a `CEDEX` or a business mail code (`CS`, `TSA`) is an organisation's:
 * reported below the default policy's threshold, as a public building's is.
 *
 * Source: La Poste, « Bien rédiger une adresse » and norme NF Z 10-011
 * (https://www.laposte.fr/courrier-colis/conseils-pratiques/bien-rediger-une-adresse).
 * Examples are fictitious.
 */

/** Types of way where the name that follows may be typed in lower case. */
const STRONG_WAYS = [
  'rue', 'avenue', 'av.', 'av', 'boulevard', 'bd', 'bld', 'bvd', 'impasse', 'imp.', 'allée', 'allee', 'allées', 'allees', 'chemin', 'ch.',
  'quai', 'faubourg', 'fg', 'fbg', 'ruelle', 'venelle', 'rond-point', 'lotissement', 'lot.', 'chaussée', 'chaussee', 'lieu-dit', 'lieudit',
  // As notes typed fast abbreviate them (`4 chem des vignes`, `17 imp des tilleuls`).
  'imp', 'chem',
];
/** Types that are also common nouns (`5 cours de maths`): the name must be capitalised. */
const OTHER_WAYS = [
  'place', 'pl.', 'route', 'rte', 'cours', 'square', 'sq.', 'passage', 'sentier', 'voie', 'esplanade', 'promenade', 'parvis',
  'montée', 'montee', 'traverse', 'résidence', 'residence', 'rés.', 'res.', 'cité', 'cite', 'hameau', 'domaine', 'clos',
  'villa', 'sente', 'quartier', 'carrefour',
  // Breton: a road, a street (`5 hent Kerguz`).
  'hent', 'straed',
];

/**
 * Abbreviations that are other words too (`r` a letter, `all` an English word, `res` and `ch`): an address only with
 * its postal code and town (`8 r jean jaures appt 12 16000 angouleme`, `7 all des chenes 87170 isle`).
 */
const TOWN_ONLY_WAYS = ['r', 'r.', 'all', 'all.', 'res', 'ch'];

const STRONG_FOLDED = new Set(STRONG_WAYS.map((way) => foldText(way).replace(/\.$/, '')));
const TOWN_ONLY_LOWER = new Set(TOWN_ONLY_WAYS);

/** `rue` → `[Rr]ue|RUE`: the name part relies on capitals, so the pattern cannot use the `i` flag. */
const caseVariants = (word: string): string => {
  const first = word.charAt(0);
  const rest = word.slice(1);
  return `[${first}${first.toUpperCase()}]${escapeRegExp(rest)}|${escapeRegExp(word.toUpperCase())}`;
};

const WAY = [...STRONG_WAYS, ...OTHER_WAYS, ...TOWN_ONLY_WAYS].sort((a, b) => b.length - a.length).map(caseVariants).join('|');
const NUMBER = `\\d\\d{0,3}(?: ?(?:bis|ter|quater|BIS|TER|QUATER|[A-D])(?![\\p{L}\\p{N}]))?`;
// A name is up to eight words (letters, digits, apostrophes, hyphens, dots) separated by spaces;
// `validate` keeps the words that belong to it.
const NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N}'.\\-]{0,40}(?: {1,2}[\\p{L}\\p{N}][\\p{L}\\p{N}'.\\-]{0,40}){0,7}";
const LIEU_DIT = '(?:[Ll]ieu[\\- ]?dit|LIEU[\\- ]?DIT)';
/** A hamlet or a farmstead (`hameau de Lagarde`, `Le Mas del Prat`): an address only with its postcode and town. */
const HAMLET = '(?:[Hh]ameau|Mas|HAMEAU)';
const BOX = '(?:BP|B\\.P\\.|CS|TSA) ?\\d{1,5}';

// The left boundary `(?<![\p{L}\p{N}])` opens the pattern: the engine's start pass
// (start-positions.ts) then lists where a number or a place word may begin, and the pattern runs there only.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${NUMBER}) {0,2},? {1,3}(${WAY})(?![\\p{L}\\p{N}])\\.? {1,3}(${NAME})|${LIEU_DIT} {1,3}(${NAME})|${HAMLET} {1,3}(${NAME})|(${BOX})(?![\\p{L}\\p{N}]))`,
  'gu',
);

/** Lower-case words that may sit between the words of a way name. */
const PARTICLES = wordSet("de du des del la le les l' d' et sur sous en aux au saint sainte st ste");
/** Lower-case words that end a way name typed in lower case ("5 rue pasteur et je…"). */
const STOP_WORDS = wordSet(
  'je j tu il elle on nous vous ils elles qui que qu est sont a ou mais donc pour par avec dans depuis chez pres tel',
  'tél telephone mail ce cette ces son sa ses mon ma mes leur leurs ne n pas plus tres si car puis alors merci',
  'bonjour avant apres pendant jusqu vers contre sans selon comme quand lorsque afin fermee ferme fermée',
);
const MAX_LOWER_CASE_WORDS = 3;
/** Abbreviated titles: a person, not a street name, follows (folded, without the dot). */
const PERSON_TITLES = wordSet('m mme mmes mlle mlles mm me dr pr');

// A road's number, a hiking trail's (`GR® 65, chemin de Saint-Jacques`), a bus line's (`la ligne 23
// place de la République`: the line, then its stop), a cadastral parcel's (`parcelle section ZK n° 47,
// lieu-dit Les Combettes`, and the next ones: `n° 311 et 312, lieu-dit La Passe`), or a road's reference point (`PR 23+400, chaussée verglacée`, `demi-tour au PR 9, route de Murol`);
// nor a time's minutes (`départ à 12 h 05 place des Poilus`; not `8h 12 rue du Moulin`, a visit's time, then the address),
// nor a port's berth (`poste 3 quai Éric-Tabarly`), nor a show's stand along its showground's alleys (`Stand 14, allée des Éleveurs`),
// nor a stretch of road works (`Tranche 1 avenue Jean-Jaurès (RD 988)`), nor of a street's numbers (`du 2 au 48 rue Nationale`),
// nor a rally's special stage (`ES 3 Route des Crêtes`).
const ROAD_BEFORE = /(?:(?:^|[^a-z])(?:rd|rn|d|n|pr|gr.?|route departementale|route nationale|departementale|nationale|autoroute|ligne|bus|tram|poste|stand|tranche|es|section [a-z]{1,3} n°(?: \d+(?:,| et))*|sem|semaine|week|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|du \d{1,4} au) |\d\+|\d h )$/;

/**
 * A public building's name right before the address (`à l'Hôtel du Département, 11 rue…`,
 * `Maison des solidarités, 3 boulevard…`, `Lycée polyvalent Marguerite-Yourcenar, 40 boulevard…`,
 * `OFII, direction territoriale : 2 rue…`, a directory's row `EHPAD Les Tilleuls | Cahors | 12 rue…`, with its
 * town's INSEE code `Collège Jean-Moulin | Tours | 37261 | 3 rue…`): the address of an office or an establishment, not of a person. Not `siège`:
 * writers label a firm's or an association's (`Siège : 14 rue…`), often its manager's home.
 */
const PUBLIC_BUILDING_BEFORE = /(?:hotel du departement|hotel de ville|mairie|maison (?:departementale )?des solidarites|maison (?:departementale )?de l'autonomie|archives departementales|mds(?: de [^\s,:;|()\d]{1,30})?|centre administratif|france services|prefecture|paierie|tresorerie|college|lycee|ecole|ccas|centre social|centre medico-social|mediatheque|bibliotheque|centre de secours|caserne|foyer de l'enfance|centre hospitalier|tribunal|(?<![a-z])(?:ofii|cpam|caf|france travail|ehpad|mecs|ime|itep|esat|cis|sdis))(?:,? [^\s,:;|()\d]{1,30}){0,6}(?: ?\| ?[^\s,:;|()\d][^,:;|()\d\n]{0,30})?(?: ?\| ?\d{5})?(?:, ?| : | ?\| ?| [–-] )$/;
const ORGANISATION_MAIL = /cedex|(?<![a-z])(?:tsa|cs) ?\d/;
/** Below the default policy's threshold: reported, as documentation IP ranges are, but no warning. */
const PUBLIC_BUILDING_SCORE = 0.3;
const STREET_SCORE = 0.7;
const WEAK_STREET_SCORE = 0.55;
const WITH_TOWN_SCORE = 0.85;

const startsWithCapitalOrDigit = (word: string): boolean => {
  const bare = word.replace(/^[dl]'/iu, '');
  const first = bare.charAt(0);
  return /\p{N}/u.test(first) || (first !== first.toLowerCase() && first === first.toUpperCase());
};

/**
 * Length of the way name at the start of `name`: capitalised words and numbers (up to 4
 * digits: `8 Mai 1945`), particles between them, and after a strong way type up to three
 * lower-case words. Returns 0 when there is no name.
 */
const nameLength = (name: string, strongWay: boolean): { length: number; lowerCase: boolean } => {
  const words = /[^ ]+/gu;
  let length = 0;
  let lowerCaseWords = 0;
  let afterAnd = false;
  let match: RegExpExecArray | null;
  while ((match = words.exec(name)) !== null) {
    // A final dot ends the sentence, hence the name.
    const word = match[0].endsWith('.') ? match[0].slice(0, -1) : match[0];
    const folded = foldText(word);
    if (word.length === 0 || /^\d{5}/.test(word)) break;
    if (startsWithCapitalOrDigit(word)) {
      // Streets spell titles out (`rue du Docteur Roux`); `5 cours de Mme Dupont` is a lesson, and
      // `50 av. J.-C.` a year (avant Jésus-Christ).
      if (length === 0 && (PERSON_TITLES.has(folded) || /^j\.?-?c$/.test(folded))) return { length: 0, lowerCase: false };
      length = match.index + word.length;
      afterAnd = false;
    } else if (PARTICLES.has(folded)) {
      // Kept only when a name word follows; after `et` only a capitalised one (`Pierre et Marie Curie`).
      afterAnd = folded === 'et';
    } else if (strongWay && !afterAnd && lowerCaseWords < MAX_LOWER_CASE_WORDS && !STOP_WORDS.has(folded) && /^\p{Ll}/u.test(word)) {
      lowerCaseWords++;
      length = match.index + word.length;
    } else {
      break;
    }
    if (word.length < match[0].length) break;
  }
  return { length, lowerCase: lowerCaseWords > 0 };
};

/**
 * A street typed in lower case after a way that is also a common noun (`11 route de bozouls,
 * 12340 gabriac`): an address only when a postal code and a town follow its name (up to four
 * words). `start` is the candidate's offset in `text`, `nameStart` the name's in the candidate.
 */
const lowerCaseStreetWithTown = (text: string, start: number, nameStart: number, name: string): ValidationResult => {
  const words = /^(?:[\p{Ll}][\p{Ll}'\-]{0,40})(?: [\p{Ll}][\p{Ll}'\-]{0,40}){0,3}/u.exec(name);
  if (!words || STOP_WORDS.has(foldText(words[0].split(' ')[0]))) return false;
  // The name's last words may be a complement's (`jean jaures appt 12 16000 angouleme`): shorter names first after the longest.
  for (let length = words[0].length; length > 0; length = words[0].lastIndexOf(' ', length - 1)) {
    const townEnd = readPostalCodeTown(text, start + nameStart + length, true);
    if (townEnd !== -1) return { score: WEAK_STREET_SCORE + 0.1, end: townEnd - start };
  }
  return false;
};

/** A street after an abbreviation that is another word too (TOWN_ONLY_WAYS): its name, then its postal code and town. */
const streetWithTown = (text: string, start: number, nameStart: number, name: string): ValidationResult => {
  const { length } = nameLength(name, true);
  const townEnd = length === 0 ? -1 : readPostalCodeTown(text, start + nameStart + length, true);
  return townEnd === -1 ? lowerCaseStreetWithTown(text, start, nameStart, name) : { score: WITH_TOWN_SCORE, end: townEnd - start };
};

/** A hamlet's name (capitalised words), then its postcode and town, or no address (`le hameau de Lagarde est isolé`). */
const hamlet = (text: string, start: number, nameStart: number, name: string): ValidationResult => {
  const { length } = nameLength(name, false);
  if (length === 0) return false;
  const townEnd = readPostalCodeTown(text, start + nameStart + length, true);
  return townEnd === -1 ? false : { score: WITH_TOWN_SCORE, end: townEnd - start };
};

export default defineDetector({
  id: 'postal-address',
  type: 'POSTAL_ADDRESS',
  pattern: PATTERN,
  baseScore: STREET_SCORE,
  keywords: phraseList(
    'adresse|domicile|domicilie|domiciliee|habite|demeurant|demeure|reside|residant|residente|vit au|chez',
    'loge|hebergee|heberge',
  ),
  priority: 55,
  validate: (value, context) => {
    const [, , way, streetName, lieuDitName, hamletName, box] = context.groups;
    let end: number;
    let score = STREET_SCORE;
    if (box !== undefined) {
      end = readPostalCodeTown(context.text, context.end);
      // `BP 123` may be a farm's; `CS 30001` and `TSA 50123` route an organisation's mail (ORGANISATION_MAIL).
      return end === -1 ? false : { score: /^[ct]/i.test(box) ? PUBLIC_BUILDING_SCORE : STREET_SCORE, end: end - context.start };
    }
    if (hamletName !== undefined) return hamlet(context.text, context.start, value.length - hamletName.length, hamletName);
    const name = streetName ?? lieuDitName;
    // No house bears number zero: `+01:00 av DETECTED` is a time zone before a log's words.
    if (name === undefined || /^0+\D/.test(value)) return false;
    // A road's number, then the street it becomes in town (`la RD 938, avenue Jean-Jaurès`), or a bus line's;
    // the year ending a street's name (`place du 19-Mars-1962, avenue du Général-de-Gaulle`) or a date (`samedi
    // 20 juin 2026, esplanade Jean-Jaurès`).
    if (testBefore(context.folded, context.start, ROAD_BEFORE, 40) || testBefore(context.text, context.start, /\p{L}-$/u, 2)) return false;
    const nameStart = value.length - name.length;
    // `ch. 104` of a nursing home's notes is a room (chambre), not a chemin.
    if (way !== undefined && /^c[hH]\.$/i.test(way) && /^\d/.test(name)) return false;
    const strongWay = lieuDitName === undefined && way !== undefined && STRONG_FOLDED.has(foldText(way).replace(/\.$/, ''));
    if (way !== undefined && TOWN_ONLY_LOWER.has(way.toLowerCase())) return streetWithTown(context.text, context.start, nameStart, name);
    const { length, lowerCase } = nameLength(name, strongWay);
    if (length === 0) return lowerCaseStreetWithTown(context.text, context.start, nameStart, name);
    if (lowerCase || !strongWay) score = WEAK_STREET_SCORE;
    end = nameStart + length;
    // A work's title (`« 36 Quai des Orfèvres »`).
    if (fillsQuotation(context.text, context.start, context.start + end)) return false;
    const townEnd = readPostalCodeTown(context.text, context.start + end, true);
    if (townEnd !== -1) {
      end = townEnd - context.start;
      score = WITH_TOWN_SCORE;
    } else if (lieuDitName !== undefined && !context.hasContext) {
      // A lieu-dit without its postcode and town nor an address word places roadworks, a fire or a
      // parcel (`au lieu-dit Le Puech`, `section AH n° 112, lieu-dit Les Combes`): reported, no warning.
      score = PUBLIC_BUILDING_SCORE;
    }
    // A CEDEX or a business mail code (`TSA 50123`, `CS 30001`) routes an organisation's mail, not a home's.
    if (testBefore(context.folded, context.start, PUBLIC_BUILDING_BEFORE, 90) || ORGANISATION_MAIL.test(context.folded.slice(context.start, context.start + end))) score = PUBLIC_BUILDING_SCORE;
    return { score, end };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    '12 bis rue des Lilas, 75012 Paris',
    'agent au collège des Quatre-Saisons, domicilié 11 rue de la Barrière, 12100 Millau',
    'au 3, avenue du Général de Gaulle',
    '45 chemin de la Croix-Rouge 13100 Aix-en-Provence',
    '10 rue du 8 Mai 1945',
    'il habite 12 rue victor hugo et travaille à Lyon',
    'Lieu-dit Les Granges, 24200 Sarlat-la-Canéda',
    'Je suis au hameau de Lagarde, 12330 Mouret, appelez-moi',
    'My wife and I moved to Le Mas del Prat, 12270 Najac in 2014',
    'Service RSA\nBP 123\n75011 Paris',
    'écrire à m. alric, 11 route de bozouls, 12340 gabriac',
    'adr : 4 chem des vignes 19100 brive',
    'mme nadia benali 8 r jean jaures appt 12 16000 angouleme',
    'mme da silva 7 all des chenes 87170 isle gir 2',
    'vit ds un studio au 3 res des peupliers bat c appt 12, 44300 nantes',
  ],
  noMatch: ['fondée en 50 av. J.-C. par les Rutènes', '2026-03-11T08:09:31+01:00 av DETECTED file=doc.zip', '12 places disponibles', 'la rue est fermée', '2 routes départementales', '5 cours de maths', 'le BP 2025 est voté', '3 rue', '5 route départementale 12000 habitants', 'travaux sur la RD 938, avenue Jean-Jaurès', 'le hameau de Lagarde est isolé depuis 3 jours', "l'arrêt de la ligne 23 place de la République", 'parcelle section ZK n° 47, lieu-dit Les Combettes', 'parcelles section AD n° 311 et 312, lieu-dit La Passe', 'Accrochage sur la RD 911, PR 23+400, chaussée verglacée', 'demi-tour au PR 9, route de Murol', 'départ à 12 h 05 place des Poilus', 'glycémie 1,92\nch. 26 Mme Brunet : RAS', 'Saint-Rome : place du 19-Mars-1962, avenue du Général-de-Gaulle', 'les 3 r de la méthode', 'we found 7 all over the place', 'place de la victoire : enrobé, sem 10\nrue pasteur : reprise des trottoirs', 'Ciné-club : « 36 Quai des Orfèvres » (DVD) le 10 janvier', 'Le GR® 65, chemin de Saint-Jacques, fait peau neuve'],
};
