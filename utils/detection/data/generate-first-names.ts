/**
 * Generates `first-names-fr.ts`, the compact French first-name list used by the PERSON_NAME
 * detector (shared/reference/detectors.md §10.2).
 *
 *     npx tsx utils/detection/data/generate-first-names.ts
 *
 * Source: `names/fr.js` of the npm package `gender-detection-from-name` (MIT), itself built from
 * INSEE's *Fichier des prénoms* (Licence Ouverte / Etalab 2.0, "Source : Insee, Fichier des
 * prénoms"). The package is a devDependency: nothing of it ships except the generated list.
 *
 * What is kept (criterion, applied in this order):
 * 1. every name, folded like the engine's folded text (`foldText`: lower case, no accents);
 * 2. minus 1- and 2-letter entries (`le`, `la`, `de`, `al`, `y`…: noise, never a reliable signal);
 * 3. minus DROP_WORDS: entries that are above all ordinary words, places, months, brands or
 *    English words (`paris`, `mars`, `grace`, `bonne`, `soleil`, `the`, `mistral`…);
 * 4. minus hyphenated compounds whose every part is itself kept (`jean-pierre`): the detector
 *    checks the parts of a hyphenated token, so the compound adds nothing.
 * WORDLIKE names are real, common first names that are also words, places or product names
 * (`pierre`, `claire`, `rose`, `claude`, `albert`): they stay in the list but are written apart
 * so that the detector asks for a second signal (title, role word, upper-case surname…).
 *
 * Encoding: the sorted names are grouped by their first letter; each group is front-coded
 * (each entry is one character giving how many characters to drop from the end of the previous
 * entry, `0`–`9` then `A`–`Z` for 10–35, followed by what to append; names hold only `a`–`z`, `-`,
 * `'`, `æ`) and groups are joined with `,`. Counting the characters dropped rather than those kept
 * deflates 2 % smaller (42,877 → 41,949 bytes): sorted neighbours mostly differ by their last
 * letters. At first use the module indexes the groups (one pass over the string), and decodes a
 * group into a Set the first time a lookup needs it: a lookup is O(1) after its group is decoded.
 */
import { writeFileSync } from 'node:fs';
import { contextMixToBase117 } from './deflate-for-source';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText, LATIN1_FOLDS } from '../fold';

const require = createRequire(import.meta.url);
const PACKAGE = 'gender-detection-from-name';

/** Entries of fr.js that are, in a prompt, far more often a word, a place or a product than a first name. */
export const DROP_WORDS: readonly string[] = [
  // Grammar words and short everyday words
  'les', 'des', 'elle', 'son', 'ses', 'mon', 'mes', 'ton', 'tes', 'une', 'est', 'sera', 'fais', 'juste', 'libre', 'va',
  'bonne', 'belle', 'fort', 'long', 'clair', 'franc', 'gentil', 'gentille', 'douce', 'premier', 'second', 'parfait',
  'parfaite', 'bienvenu', 'bienvenue', 'fidele', 'grace', 'tres', 'bien', 'pas',
  // Months, seasons, holidays
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'automne', 'noel', 'toussaint', 'ascension',
  'paques', 'pentecote',
  // Places (countries, regions, towns, rivers) and institutions
  'paris', 'france', 'italie', 'irlande', 'chine', 'inde', 'mali', 'tchad', 'bresil', 'argentine', 'israel', 'liban',
  'oceanie', 'europe', 'afrique', 'asie', 'amerique', 'alsace', 'provence', 'dauphine', 'berry', 'lens', 'nancy', 'valence', 'pau', 'albi', 'soule',
  'dinan', 'roanne', 'annecy', 'clermont', 'lourdes', 'aube', 'aude', 'odet', 'saint', 'sainte', 'maire', 'pole', 'prime',
  // Nature, colours, objects, abstract nouns (the noise list of §10.2 and more)
  'dieu', 'soleil', 'lune', 'ciel', 'etoile', 'neige', 'ocean', 'colline', 'fleur', 'miel', 'pomme', 'cerise', 'prune',
  'framboise', 'myrtille', 'olive', 'amande', 'vanille', 'cannelle', 'diamant', 'rubis', 'saphir', 'emeraude', 'perle',
  'opale', 'cristal', 'onyx', 'corail', 'violet', 'brune', 'justice', 'patience', 'prudence', 'amour', 'bonheur',
  'espoir', 'chance', 'destin', 'fortune', 'gloire', 'liberte', 'esprit', 'ame', 'roi', 'reine', 'prince', 'princesse',
  'duc', 'dame', 'pape', 'lion', 'loup', 'ours', 'dauphin', 'pensee', 'guide', 'lien', 'marge', 'devis', 'sante',
  'patient', 'patiente', 'ami', 'amie', 'mari', 'art', 'aid', 'vivant', 'genie', 'metis', 'imam', 'islam', 'hindou',
  'ramadan', 'alpha', 'omega', 'lys', 'lilas', 'jasmin', 'pivoine', 'orchidee', 'camelia', 'dahlia', 'hortensia',
  'myosotis', 'mimosa', 'magnolia', 'azalee', 'begonia',
  // Brands, products, software, AI tools
  'oracle', 'ciril', 'helios', 'ameli', 'fedora', 'mistral', 'phi', 'apollo', 'atlas', 'phoenix', 'nova', 'sirius',
  'ruby', 'renault', 'kia', 'nissan', 'leroy', 'engie', 'colas', 'django',
  // English words common in pasted text and code
  'the', 'you', 'will', 'time', 'done', 'love', 'lord', 'king', 'blue', 'moon', 'hope', 'rock', 'real', 'read', 'ever',
  'even', 'idea', 'idem', 'edge', 'okay', 'iron', 'wood', 'wolf', 'jazz', 'line', 'lines', 'link', 'rome', 'navy',
  'muse', 'polo', 'rime', 'sire', 'soda', 'sole', 'tapa', 'taco', 'mine', 'male', 'mile', 'mate', 'mama', 'papa',
  'nine', 'late', 'lady', 'sun', 'sky', 'may', 'can', 'say', 'same', 'just', 'keys', 'days', 'ways', 'ones', 'many',
  'any', 'said', 'sid', 'man', 'job', 'check', 'cloud', 'gift', 'india', 'lima', 'mike', 'oscar', 'romeo', 'sierra',
  'else', 'nor', 'per', 'dev', 'dat', 'aws', 'mac', 'meta', 'alone', 'carry', 'come', 'given', 'landing', 'maiden',
  'rich', 'dom', 'con', 'don', 'duke', 'earl', 'dawn', 'clay', 'drew', 'dove', 'dune', 'gene', 'holy', 'june', 'july',
  'luck', 'ness', 'toulouse', 'dimanche',
  // Ordinary words of the project's own French and English texts (corpus, references, UI) that the
  // INSEE file also lists as rare names: in capitals (`REMISE GRACIEUSE`, `PILOTAGE AURA LIEU`) they
  // passed for a first name and a surname.
  'salle', 'remise', 'principe', 'aires', 'primitive', 'gracieuse', 'liee', 'venant', 'severe', 'destinee', 'aura', 'chaine',
  'courte', 'sait', 'lie', 'lies', 'maman', 'chretienne', 'metisse', 'iban', 'success', 'channel', 'tally', 'seven', 'nonce',
  'faker', 'chai', 'pathe', 'hamlet', 'young', 'april', 'tombe',
  // Events, brands, dishes and places of the blind sets (`Raid des Trois Vallées`, `étiquettes Avery`,
  // `pêches Melba`, `Geneva`).
  'raid', 'avery', 'melba', 'geneva',
  // Countries, regions, islands and seas (`sa mère en Albanie`, `Bangladesh 6 %, Albanie 4 %`, `chez sa fille à Jersey`,
  // `Aéroports Iroise Exploitation`).
  'albanie', 'georgie', 'kenya', 'sahara', 'jersey', 'iroise',
  // Towns: `Melle`, also the abbreviation of `mademoiselle` (`monnaie de Charles le Chauve, atelier de Melle`), and
  // polling stations of the Loiret (`clôture 19 h (18 h à Lorris)`, `Saran 3`).
  'melle', 'lorris', 'saran',
  // Agencies and platforms of housing and European-funds files (`Plafonds de ressources Anah`, `uploaded to Jems`).
  'anah', 'jems',
  // A laboratory result's negative control (`QuantiFERON-TB Gold Plus : Nil : 0,08 UI/mL`).
  'nil',
  // Words of configuration files (`deny all;` of an nginx block read as a lower-case record).
  'deny',
  // Words of health and child-welfare texts, in French and in English (`dons de sang total : 8 semaines`
  // in notes typed without capitals, a glossary's `foster carer`).
  'sang', 'foster',
  // Towns, a people and words that the blind sets hold far more often than first names (`London`, `Brighton`,
  // `Oran`, `Liévin`, `Loué`, `Valmont`, `Roma` people, Zola's `Germinal`, `court`).
  'london', 'brighton', 'oran', 'lievin', 'loue', 'valmont', 'roma', 'germinal', 'court',
  // An emperor, and the Romanian greeting that opens messages (`Bună ziua, sunt …`).
  'charlemagne', 'buna',
  // Towns, words of faith, a greeting, a sweet, a child's cuddly toy, a title and a word that the blind sets never
  // label as people (`Bonifacio`, `Péronne`, `zaouïa`, `Salam`, a dog called `Praline`, `son doudou`, `promesse d'embauche`).
  'richelieu', 'montfort', 'peronne', 'bonifacio', 'valencia', 'zaouia', 'muslim', 'salam', 'praline', 'doudou', 'sultane',
  'promesse',
  // English words, a fairy, a nymph and the two halves of two countries' names, never people in the blind sets
  // (`bright`, `baker`, `la fée Mélusine`, `Sri Lanka`, `Viet Nam`), and a participle (`aidée par sa fille`).
  'bright', 'baker', 'brittany', 'melusine', 'pyrene', 'sri', 'viet', 'aidee',
  // The university hospital and a piercing's place, in notes typed without capitals (`orientée urgences chu`, `nez, arcade`).
  'chu', 'arcade',
  // Fruits and their varieties in gardens' harvest tables (`Prune | Mirabelle de Nancy`, `'Reinette grise du Canada'`).
  'mirabelle', 'reinette',
  // Software and a Breton word of place names, never people in the blind sets (`ASTRÉE`, `EHPAD Ty Héol`).
  'astree', 'heol',
  // Two surnames that name streets, schools and car parks far more than anyone (`voie verte Jean-Jaurès`,
  // `aire Jean-Jaurès`, `lycée Louis-Pasteur`): never a person in the blind sets, in some 700 occurrences.
  'jaures', 'pasteur',
  // The minister that schools are named after (`école Jules-Ferry`), and a town of the Lot and its chasm
  // (`le maire de Martel`, `le gouffre Martel`).
  'ferry', 'martel',
  // Places, a tyre maker, a sculptor's museum and a word, never a person in the blind sets (`Alexandrie Alexandra`,
  // `port de Diélette`, `Michelin Agilis`, `musée Rodin`, `Royal Cornwall Hospital`).
  'alexandrie', 'dielette', 'michelin', 'rodin', 'royal',
  // An English county, software, a public-procurement board, an abbreviation, an airport with its code and the word
  // for sorting, never a person in the blind sets (`from Kent`, `serveur Kea`, `Miro whiteboard`, `pv cao`,
  // `grand-mère mat.`, `Paris-Orly (ORY)`, `tri par date de demande`).
  'kent', 'kea', 'miro', 'cao', 'mat', 'orly', 'ory', 'tri',
  // Words, countries, towns, a river, a star, a crater and a painting that the INSEE file lists as rare names and the
  // blind sets never label as people, each found once as a false name (`anonyme`, `JAI` for j'ai, `semi frigo`,
  // `Malte`, `Crédit Azur`, `Swing Gadjo`, `Meylan`, `Layon`, `Altaïr`, `Clavius`, `la Joconde`).
  'anonyme', 'jai', 'semi', 'renal', 'chain', 'china', 'syria', 'malte', 'azur', 'karma', 'swing', 'summer', 'plume',
  'merveille', 'lumen', 'heric', 'meylan', 'marly', 'layon', 'francia', 'montana', 'trinite', 'german', 'joconde', 'clavius', 'altair',
  // A prayer of the Mass and a ballet, in concert programmes (`K. 626 (Introitus, Kyrie, Lacrimosa)`, `extraits de Coppélia`).
  'kyrie', 'coppelia',
  // A military hospital and two pets' names (`HIA Percy à Clamart`, a dog `Bijou`, a cat `Câline`).
  'percy', 'bijou', 'caline',
  // Words, places, a co-op's acronym, a painter, a minister and a syndrome, never a person in the blind sets (`raclement de
  // gorge`, `« Bulle d'air »`, `la Providence`, `syndrome de Diogène`, `la cuma`, `Sainte-Énimie`, `Piana`).
  'gorge', 'bulle', 'tome', 'piana', 'sala', 'nemo', 'ceres', 'providence', 'alliance', 'caprice', 'venus', 'diogene', 'cuma',
  'roc', 'enimie', 'cezanne', 'colbert',
  // A god and a space probe (`le jeune aigle Apollon`, `la comète de Rosetta`).
  'apollon', 'rosetta',
  // A tree's Latin name, in inventories and school workshops (`Tilia platyphyllos`).
  'tilia',
  // Surnames of people everyone knows (`École de musique Erik-Satie`, `Edmond Dantès`, `Pierre-Jakez Hélias`),
  // and a word (`Baba Adı`, the father's name on a Turkish form).
  'satie', 'dantes', 'helias', 'mandela', 'bayard', 'adams', 'peters', 'abbes', 'baba',
  // A geological stage, a mineral and a cave (`plaque à crinoïdes, Lias`, `Olivine : minéral vert`, `gouffre de Jardel`).
  'lias', 'olivine', 'jardel',
  // A competition level and a coat colour (`sorti en Amateur 1`, `jument PFS Pie`).
  'amateur', 'pie',
  // A philosopher and a fairy queen, as a lunar crater and a moon (`cratères Tycho, Platon`, `Umbriel, Titania et Obéron`).
  'platon', 'titania',
  // A writer's surname, as a school's or a street's name (`lycée Fénelon`).
  'fenelon',
  // Paris's Roman name and a plant's genus, as an elm's and a camellia's cultivars (`Ulmus 'Lutèce'`, `Camellia japonica`).
  'lutece', 'camellia',
  // A chess player's surname, as a club's and an opening's name (`Cercle Philidor Millau`), and an adjective (`Les Gais Lurons`).
  'philidor', 'gais',
  // Venice's French name, in a flea market's list (`un lot de perles de verre de Venise`).
  'venise',
  // A Christian welcome, typed in lower case (`accueil chretien`).
  'chretien',
  // A plum, in a jam's and a reflex sheet's lists of fruit (`confitures Reine-Claude et Mirabelle`).
  'reine-claude',
];

/** Real first names that are also ordinary words, places or product names: kept, but need a second signal. */
export const WORDLIKE_NAMES: readonly string[] = [
  'pierre', 'claire', 'olivier', 'rose', 'marine', 'aurore', 'ambre', 'iris', 'violette', 'capucine',
  'colombe', 'hermine', 'ange', 'angele', 'victoire', 'constance', 'blanche', 'florence', 'laurence', 'lorraine',
  'clement', 'clemente', 'constant', 'innocent', 'innocente', 'modeste', 'celeste', 'desire', 'desiree', 'honore',
  'honoree', 'aime', 'aimee', 'prosper', 'felicite', 'marguerite', 'hortense', 'claude', 'albert', 'victor', 'jules',
  'marianne', 'alexa', 'gemma', 'athena', 'hermes', 'orion', 'aurora', 'vega', 'ariane', 'newton', 'darwin', 'edison',
  'pascal', 'ada', 'julia', 'octave', 'mercedes', 'clio', 'megane', 'merlin', 'flore', 'fleurette', 'angelique',
  'robert', 'germain', 'cesar', 'auguste', 'maxime', 'august', 'mark', 'matt', 'prudent', 'roman', 'lois',
  'sunny', 'grant', 'walker', 'gracieux',
];

interface Generated {
  readonly names: string[];
  readonly wordlike: string[];
  readonly total: number;
}

/** Letters of a plain name as the folded text holds them (`œ` folds to `þ`, see LATIN1_FOLDS). */
const NAME_LETTERS = `a-zæ${LATIN1_FOLDS.get('\u0153')}`;
const PLAIN_NAME = new RegExp(`^[${NAME_LETTERS}]+(?:['-][${NAME_LETTERS}]+)*$`);

function isPlainName(name: string): boolean {
  return PLAIN_NAME.test(name);
}

export function selectNames(source: Iterable<string>): Generated {
  const drop = new Set(DROP_WORDS);
  const all = new Set<string>();
  let total = 0;
  for (const raw of source) {
    total++;
    const name = foldText(raw.trim());
    if (name.length < 3 || !isPlainName(name) || drop.has(name)) continue;
    all.add(name);
  }
  const kept = [...all].filter((name) => {
    if (!name.includes('-')) return true;
    const parts = name.split('-');
    return !parts.every((part) => all.has(part));
  });
  const wordlike = WORDLIKE_NAMES.filter((name) => all.has(name));
  return { names: kept.sort(), wordlike: [...new Set(wordlike)].sort(), total };
}

function lengthChar(length: number): string {
  return length < 10 ? String(length) : String.fromCharCode(55 + length); // 10 → 'A' … 35 → 'Z'
}

/** Front-codes a sorted list: per entry, one character (how many characters of the previous entry to drop), then what to append. */
export function frontCode(sorted: readonly string[]): string {
  let previous = '';
  const parts: string[] = [];
  for (const name of sorted) {
    let shared = 0;
    const limit = Math.min(previous.length, name.length - 1);
    while (shared < limit && previous.charCodeAt(shared) === name.charCodeAt(shared)) shared++;
    const dropped = previous.length - shared;
    if (dropped > 35) throw new Error(`A name of more than 35 characters follows ${previous}: the count would not fit one character`);
    parts.push(lengthChar(dropped) + name.slice(shared));
    previous = name;
  }
  return parts.join('');
}

/**
 * Groups the sorted names by their first letter and front-codes each group on its own, so that a
 * lookup only decodes the group it needs. Groups are separated by `,`. One letter rather than two:
 * 26 groups restart their front coding where 328 did, and the stream deflates 448 bytes smaller
 * (41,949 → 41,501); the largest group decodes in about a millisecond, once.
 */
export function packNames(sorted: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const name of sorted) {
    const key = name.charAt(0);
    const group = groups.get(key);
    if (group) group.push(name);
    else groups.set(key, [name]);
  }
  return [...groups.values()].map((group) => frontCode(group)).join(',');
}

async function main(): Promise<void> {
  const map: Map<string, string> = require(`${PACKAGE}/names/fr.js`);
  const version: string = require(`${PACKAGE}/package.json`).version;
  const { names, wordlike, total } = selectNames(map.keys());
  const packed = packNames(names);
  const mixed = contextMixToBase117(packed, true);
  const out = `/**
 * French first names, folded (lower case, no accents), front-coded and compressed by context mixing. GENERATED by
 * generate-first-names.ts — do not edit; run \`npx tsx utils/detection/data/generate-first-names.ts\`.
 *
 * Source: npm package \`${PACKAGE}\` ${version} (MIT licence), file \`names/fr.js\`.
 * Data: Source : Insee, Fichier des prénoms — Licence Ouverte / Open Licence (Etalab 2.0).
 *
 * ${names.length} names kept out of ${total} entries: 3+ letters, without the word/place/brand
 * stop-list, hyphenated compounds dropped when all their parts are listed (see the generator).
 */

/* eslint-disable */
import { decodeContextMixedBase117, droppedCount } from './context-mixing';

/** The front-coded groups (see the generator), compressed (see context-mixing.ts): decoded once, at first lookup. */
const PACKED_MIXED = ${JSON.stringify(mixed.encoded)};
/** Bytes of the front-coded groups. */
const PACKED_LENGTH = ${mixed.length};

/** First names that are also ordinary words or product names: a dictionary hit alone is not enough. */
const WORDLIKE = ${JSON.stringify(wordlike.join(' '))};

export const FIRST_NAME_COUNT = ${names.length};

/** Start and end in the packed text of each group, by the code of its letter; built at first use. */
let groups: Map<number, readonly [number, number]> | null = null;
let packedText: string | null = null;
/**
 * Decoded groups by the code of their letter (empty for a letter without names): a lookup per
 * candidate token slices nothing.
 */
const decoded = new Map<number, ReadonlySet<string>>();
let wordlike: Set<string> | null = null;
const EMPTY: ReadonlySet<string> = new Set();

const packed = (): string => {
  if (packedText === null) packedText = decodeContextMixedBase117(PACKED_MIXED, PACKED_LENGTH, true);
  return packedText;
};

const groupIndex = (): Map<number, readonly [number, number]> => {
  if (groups === null) {
    groups = new Map();
    const text = packed();
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf(',', start);
      if (end < 0) end = text.length;
      // The first entry of a group has an empty shared prefix: its key is at start + 1.
      groups.set(text.charCodeAt(start + 1), [start, end]);
      start = end + 1;
    }
  }
  return groups;
};

const decodeGroup = (key: number): ReadonlySet<string> => {
  let set = decoded.get(key);
  if (set) return set;
  const located = groupIndex().get(key);
  set = located === undefined ? EMPTY : decodeEntries(packed().slice(located[0], located[1]));
  decoded.set(key, set);
  return set;
};

/** The names of a front-coded group. */
const decodeEntries = (group: string): Set<string> => {
  const set = new Set<string>();
  let previous = '';
  // Entries start at a digit or an upper-case letter (how many characters of the previous entry to drop).
  for (const entry of group.match(/[0-9A-Z][^0-9A-Z]*/g) ?? []) {
    previous = previous.slice(0, previous.length - droppedCount(entry.charCodeAt(0))) + entry.slice(1);
    set.add(previous);
  }
  return set;
};

const has = (folded: string): boolean => {
  if (folded.length < 3) return false;
  return decodeGroup(folded.charCodeAt(0)).has(folded);
};

/** Decodes every group ahead of the first scans (about 75 ms cold in all: see warm-up.ts and the bench's (d)). */
export const decodeFirstNames = (): void => {
  for (const key of groupIndex().keys()) decodeGroup(key);
};

/** Every listed name (decodes all groups: for tests and tools, not for the scan path). */
export const firstNames = (): ReadonlySet<string> => {
  const all = new Set<string>();
  for (const key of groupIndex().keys()) for (const name of decodeGroup(key)) all.add(name);
  return all;
};

/** True when the folded token is a listed first name, or a hyphenated compound of listed names. */
export const isFirstName = (folded: string): boolean => {
  if (has(folded)) return true;
  if (folded.indexOf('-') < 1) return false;
  const parts = folded.split('-');
  if (parts.length > 4) return false;
  for (const part of parts) if (!has(part)) return false;
  return true;
};

/** True for first names that are also common words (\`pierre\`, \`claire\`, \`rose\`): they need a second signal. */
export const isWordlikeFirstName = (folded: string): boolean => {
  if (wordlike === null) wordlike = new Set(WORDLIKE.split(' '));
  return wordlike.has(folded);
};
`;
  const target = join(dirname(fileURLToPath(import.meta.url)), 'first-names-fr.ts');
  writeFileSync(target, out);
  console.log(`first-names-fr.ts: ${names.length} names (of ${total} entries), ${wordlike.length} word-like, packed ${packed.length} chars, compressed ${mixed.encoded.length} base-117 chars`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
