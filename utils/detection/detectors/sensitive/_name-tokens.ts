import { isFirstName, isWordlikeFirstName } from '../../data/first-names-fr';
import { wordSet } from '../../word-list';
import { ACRONYMS, FUNCTIONS, isNotANameWord, isPlainFirstName, ROLE_WORDS, STOP, TITLES } from './_name-words';

/**
 * The tokens of a person-name candidate (see person-name.ts) and what each one can be: a title, a first
 * name of the list, a word, an acronym, a particle of a surname.
 */

/**
 * Titles that stay titles in capitals (`MME MARTIN`, `MADAME MARIE DUPONT` in an address block,
 * `MÉDECIN TRAITANT : DR PAOLI`). The other short ones (`ME`, `PR`) are also words and markings in
 * upper-case text; `DR` is a marking too, but before a word that no name is (`DR SPÉCIAL FRANCE`).
 */
export const UPPER_CASE_TITLES = wordSet('mme mmes mlle mr dr monsieur madame mademoiselle messieurs mesdames docteur professeur');
export interface Token {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'cap' | 'up' | 'init' | 'title';
  /** `isName` of the token, kept once asked: person-name.ts's checks ask several times per token. */
  listedName?: boolean;
  /** A word in capitals that ACRONYMS lists: asked twice or more per token, and each `toUpperCase` made a string to hash. */
  readonly acronym: boolean;
}
const isUpperCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code >= 0x100 && code <= 0x24f);
/** Tokens of a candidate; `foldedValue` is the same span of the engine's folded text (same offsets). */
export const tokenize = (value: string, foldedValue: string): Token[] => {
  // The candidate is tokens separated by spaces, with lower-case particles (`de`, `le`, `d'`)
  // between them: walk the spaces instead of running a regex per candidate.
  const tokens: Token[] = [];
  for (let position = 0; position <= value.length; ) {
    let start = position;
    let end = value.indexOf(' ', position);
    if (end < 0) end = value.length;
    position = end + 1;
    if (end === start) continue;
    if (end - start > 2 && value.charCodeAt(start) === 100 && value.charCodeAt(start + 1) === 39) start += 2; // d'
    if (!isUpperCode(value.charCodeAt(start))) continue; // a particle
    const text = value.slice(start, end);
    const folded = foldedValue.slice(start, end);
    let kind: Token['kind'];
    let allUpper = text.length >= 2;
    for (let k = 1; k < text.length && allUpper; k++) {
      const code = text.charCodeAt(k);
      allUpper = isUpperCode(code) || code === 45 || code === 39;
    }
    if (TITLES.has(folded) && (!allUpper || UPPER_CASE_TITLES.has(folded))) kind = 'title';
    else if (text.length === 2 && text[1] === '.') kind = text === 'M.' ? 'title' : 'init';
    else if ((text.length === 5 && text.charCodeAt(1) === 46 && text.charCodeAt(2) === 45 && text.charCodeAt(4) === 46) || (text.length === 3 && text.charCodeAt(1) === 45)) kind = 'init';
    else if (allUpper) kind = 'up';
    else kind = 'cap';
    tokens.push({ text, folded, start, end, kind, acronym: kind === 'up' && (ACRONYMS.has(text) || ACRONYMS.has(folded.toUpperCase())) });
  }
  // In a run without a capitalised word (text in capitals), `D'ACCUEIL`, `N'EST`, `M'APPELLE` are
  // elisions: kept only next to a capitalised word (`Aminata N'DIAYE`), or when `N'`, `M'` come
  // before a consonant, where French elides nothing (`N'DIAYE`, `N'GUESSAN`, `M'BAREK`). A word
  // alone is kept for person-name.ts's `validate` to weigh (`L'HOSTIS` in the surname's cell of a table).
  if (tokens.length > 1 && !tokens.some((token) => token.kind === 'cap')) {
    for (let k = tokens.length - 1; k >= 0; k--) {
      const token = tokens[k];
      if (token.kind !== 'up' || token.text[1] !== "'") continue;
      const rest = token.folded.slice(2);
      if ((token.folded.startsWith('n') || token.folded.startsWith('m')) && rest.length >= 3 && !/^[aeiouyh]/.test(rest)) continue;
      tokens.splice(k, 1);
    }
  }
  // `M.` ending a run is an initial (`Clara M.`), not the title `M.` (which needs a name after it).
  const last = tokens[tokens.length - 1];
  if (last && last.text === 'M.' && tokens.length > 1) tokens[tokens.length - 1] = { ...last, kind: 'init' };
  return tokens;
};
/**
 * First names that are common words, places or products here (`tendon d'Achille`, the library software
 * Orphée, Daisy audio books), on top of the data file's list.
 */
const EXTRA_WORDLIKE = wordSet(
  'pasteur royan ales frejus lorraine france aime ange gentil tresor evin genesis perceval melodie norton azure',
  'michelin harmonie lydia moliere voltaire zola flaubert camus jaures clemenceau ferry michelet carnot dalida',
  'vartan achille orphee daisy gala',
);
export const isName = (token: Token): boolean => {
  token.listedName ??= isListedName(token);
  return token.listedName;
};
const isListedName = (token: Token): boolean => {
  // `Saint-Pierre`, `Sainte-Marie` are places (a few are listed as compound first names).
  if (token.folded.startsWith('saint') || token.folded.startsWith('st-') || token.folded.startsWith('ste-')) return false;
  return token.kind !== 'init' && isFirstName(token.folded);
};
// A function is no strong first name either (`Sénateur` is in the open-data list).
export const isWordlike = (token: Token): boolean => isWordlikeFirstName(token.folded) || EXTRA_WORDLIKE.has(token.folded) || FUNCTIONS.has(token.folded);
export const isAcronym = (token: Token): boolean => token.acronym;
/**
 * True when tokens[i] opens up to three words in capitals that are no names (a job, a service:
 * `CPIP`, `SF PMI`) before a first name and a surname in capitals (`CPIP Sandrine WAUQUIER`).
 */
export const capitalsBeforeName = (tokens: readonly Token[], i: number): boolean => {
  let k = i;
  while (k < tokens.length && k - i < 3 && tokens[k].kind === 'up' && !isName(tokens[k])) k++;
  return k > i && k + 1 < tokens.length && tokens[k].kind === 'cap' && tokens[k + 1].kind === 'up' && isPlainFirstName(tokens[k].folded);
};
/** Capitals without a vowel after a name: a model's or a service's code (`Orphée NX`, `Clara XL`, `Fred DST`), no surname. */
export const isModelCode = (token: Token): boolean => token.kind === 'up' && !/[aeiouy]/.test(token.folded);
/** Can this token be part of a name at all? */
export const nameLike = (token: Token): boolean => {
  if (token.kind === 'title') return false;
  if (STOP.has(token.folded) || isAcronym(token)) return false;
  return true;
};
export type Result = { score: number; start: number; end: number } | false;
export const span = (tokens: readonly Token[], score: number, offset = 0): Result => ({ score, start: offset + tokens[0].start, end: offset + tokens[tokens.length - 1].end });
/** Articles and particles written with a capital inside a surname (`Le Goff`, `De Smet`, `Du Pont`, `LE GALL`). */
const CAPITAL_PARTICLES = wordSet('le la les de du des');
/**
 * True when token `k` is a capital particle right before a word of the name (`Le` in `Yann Le
 * Goff`, `De La` in `Claire De La Tour`), not a role (`LA JEUNE`). Inside a run in capitals,
 * particles are mostly words of the text (`EXTRAIT DE CASIER`, `MAMAN DE TOM`): there only `LE`,
 * `LA`, `LES` after a first name (`MARINE LE PEN`, `PIERRE LE GALL`). `DE`, `DU`, `DES` in capitals
 * belong to the name between a capitalised first name and a surname in capitals (`Anne DE BRETAGNE`,
 * `Pierre DU PONT`), the way forms write them. `opening`: the particle opens the run, where the
 * caller checks the rest.
 */
export const particleInName = (tokens: readonly Token[], k: number, opening = false): boolean => {
  const particle = tokens[k];
  const previous = tokens[k - 1];
  // `LA` of `DE LA`, when the `DE` before it is in the name.
  if (particle.folded === 'la' && previous?.folded === 'de' && previous.end + 2 >= particle.start && particleInName(tokens, k - 1, opening)) return true;
  const skip = particle.folded === 'de' && tokens[k + 1]?.folded === 'la' ? 1 : 0;
  const next = tokens[k + 1 + skip];
  if (!CAPITAL_PARTICLES.has(particle.folded) || next === undefined || next.start - tokens[k + skip].end > 2) return false;
  if (!nameLike(next) || CAPITAL_PARTICLES.has(next.folded) || isNotANameWord(next.folded) || ROLE_WORDS.has(`${particle.folded} ${next.folded}`)) return false;
  if (opening || particle.kind !== 'up') return true;
  if (previous === undefined || !isName(previous)) return false;
  return particle.folded.startsWith('l') || (previous.kind === 'cap' && next.kind === 'up' && !FUNCTIONS.has(next.folded));
};
/**
 * After a title, the end (exclusive) of a surname that opens with a particle (`Mme De Smet`,
 * `Madame DE LA TOUR`, `M. Du Pont`), or -1. A title vouches for the name, so the word after the
 * particle may be a common word (`Tour`, `Fontaine`), never a function (`Monsieur DE LA COMMISSION`
 * is no one).
 */
export const particleSurnameEnd = (tokens: readonly Token[], i: number): number => {
  if (tokens[i].folded !== 'de' && tokens[i].folded !== 'du' && tokens[i].folded !== 'des') return -1;
  const k = tokens[i].folded === 'de' && tokens[i + 1]?.folded === 'la' ? i + 2 : i + 1;
  const surname = tokens[k];
  if (surname === undefined || surname.start - tokens[k - 1].end > 2 || !nameLike(surname) || CAPITAL_PARTICLES.has(surname.folded) || FUNCTIONS.has(surname.folded)) return -1;
  return k + 1;
};
