import { typedWithoutCapitals } from '../../capitals';
import { defineName } from './_define-name';
import type { DetectorExamples } from '../../types';
import { wordSet } from '../../word-list';
import { isNotANameWord, isPlainFirstName, NOTE_WORDS, PLACE_WORDS } from './_name-words';
import { codeAt } from '../../char-codes';

/**
 * A first name in a message typed without capitals, where lists and messages put names: rosters,
 * handovers and chats typed on a phone (`- kevin : couche 23h15`, `veilleurs : sandrine + yanis b`,
 * `kader ou steph ?`, `rappel a faire a jeannot`). In text written with capitals a name is
 * capitalised, and person-name reads it; so this detector runs only on texts, or their paragraphs,
 * typed without capitals (`wordStarts`). A word is a name here only when it is a
 * first name of the list that is no common word (not `rose`, `pierre`, `olivier`) nor a word of such
 * notes (`sam` for Saturday, `max`), and not the name of a place or a building (`college jean moulin`,
 * `la cote de st christophe`). An initial after it belongs to the name (`ines m.`).
 */

/** Lower-case Latin letters, and what joins a word to its neighbours (letters, digits, `'`, `@`, `_`, `/`…). */
const LOWER = 'a-zß-öø-ÿ';
const JOINED = "0-9A-Za-zÀ-ÖØ-öø-ɏ'’@_/\\\\";
/** A word in lower case, not a piece of an address, a path, a call or an identifier; after an elided `d'` (`la maman d'amira`) too. */
const WORD = `(?:(?<![${JOINED}.#$&=-])|(?<=(?<![${JOINED}])d[’']))[${LOWER}][${LOWER}-]{1,19}(?![${JOINED}(=-]|\\.[A-Za-z])`;
/**
 * Where a list, a roster or a message puts a name: after a line's or an item's start, a separator
 * (`: `, `, `, `+ `, `/ `, `(`) or a dictated one (`virgule lina tousse`, `à la ligne emma rigal`), a time (`10h30 julie c.`) or a day (`lundi nadia chez…`),
 * a preposition or a relative (`pr nadia`, `chez kader`, `papa kevin`); or before a separator, the
 * end of the line, `et`, `ou` (after its initial, if any). Common words that are rare first names
 * stand elsewhere (`fais court`, `il ira`, `du mat`). The word is matched first and its slot looked at around it: a pattern that opened with
 * the slot would be tried at every position of the text.
 */
const SLOT_BEFORE = `(?:^|[\\n:,;+/(\\[\\].!?"«*•>–-] ?|\\dh\\d{0,2} ?|(?<![${JOINED}])d[’']|(?<![${JOINED}])(?:et|ou|[aà]|pr|pour|avec|chez|sinon|de|d|par|point|virgule|papa|maman|m[eè]re|p[eè]re|fr[eè]re|s(?:oe|œ)ur|fils|fille|b[eé]b[eé]|bb|ok|merci|bravo|salut|slt|coucou|bonjour|bjr|ligne|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )`;
const SLOT_AFTER = ` ?(?:$|[\\n:,;+/()\\[?!]|\\.(?: |$)|et |ou |- )`;
/** An initial after the first name, with or without its dot (`yanis b`, `ines m.`): part of the name; not `a` nor `y`, words. */
const INITIAL = `(?: [b-xz]\\.?(?![${JOINED}°]))?`;
/** Where a word may begin (a superset of WORD's starts): a lower-case letter after no letter nor digit. */
const WORD_START = new RegExp(`(?<![0-9A-Za-zÀ-ÖØ-öø-ɏ])[${LOWER}]`, 'g');
const PATTERN = new RegExp(`${WORD}(?:(?<=${SLOT_BEFORE}[${LOWER}-]{2,20})${INITIAL}|${INITIAL}(?=${SLOT_AFTER}))`, 'g');
const SCORE = 0.65;
const POSTCODE_BEFORE = /(?<![0-9])[0-9]{5} $/;
/**
 * A count or a determiner makes it a thing (`6 margherita`, `un napoleon`), as do quotes around it
 * (`"louison"`, a machine's name); not the end of a phone number (`… 40 71 marie-laure petit`).
 */
const THING_BEFORE = /(?:(?<![0-9a-z]|[0-9][ .])(?:[0-9]{1,3}|un|une|des|du|au|aux|ce|cet|cette) |["«] ?)$/;

/**
 * A way, a building or a saint among the two words before, in the same clause: a place named after
 * someone (`college jean moulin`, `rue sylvie vartan`, `maison de sandrine`, `la cote de st christophe`),
 * or a name right after an article (`a la rochelle`).
 * Read backwards word by word: a regex anchored at the text's end would be tried at every position.
 */
const inPlaceName = (folded: string, start: number): boolean => {
  let words = 0;
  for (let i = start - 1, end = start; i >= 0 && start - i <= 40 && words < 2; i--) {
    const code = codeAt(folded, i);
    const inWord = (code >= 97 && code <= 122) || code === 45;
    if (inWord && i > 0) continue;
    const word = folded.slice(inWord ? i : i + 1, end);
    end = i;
    // Right after an article, a place or a thing (`vit a la rochelle`, `le mans`).
    if (PLACE_WORDS.has(word) || (words === 0 && (word === 'la' || word === 'le'))) return true;
    if (word !== '' && !PARTICLES.has(word)) words++;
    // A line, a comma, a colon or a bracket ends the clause.
    if (code === 10 || code === 44 || code === 58 || code === 59 || code === 40 || code === 41) return false;
  }
  return false;
};
const PARTICLES = wordSet('de du des d la le l');

/**
 * Where names typed without capitals may stand: the whole text when it is typed so (null: the
 * pattern runs over all of it), or else the words of its paragraphs (between blank lines) typed so,
 * such as a message pasted under an instruction written with capitals (`coucou, … tu peux prévenir
 * isabelle ? bises, maïwenn` above `Aide-moi à lui répondre`); not a paragraph of code or
 * configuration (`geo $interne {`). Each paragraph is read as a text of its own. The pattern runs at
 * those words only: its look-behinds, tried at every word of a long text, were its cost.
 */
const wordStarts = (text: string): number[] | null => {
  if (typedWithoutCapitals(text)) return null;
  const starts: number[] = [];
  // Each paragraph read as a range of the text, so that the searches of typedWithoutCapitals serve them all.
  for (let from = 0, to = 0; to < text.length; from = to + 2) {
    to = text.indexOf('\n\n', from);
    if (to < 0) to = text.length;
    const paragraph = text.slice(from, to);
    if (typedWithoutCapitals(text, from, to) && !paragraph.includes('{')) for (const word of paragraph.matchAll(WORD_START)) starts.push(from + word.index!);
  }
  return starts;
};

export default defineName({
  id: 'person-name-typed-lower-case',
  pattern: PATTERN,
  baseScore: SCORE,
  // Below the other name detectors: their spans, surnames included, win where they overlap.
  priority: 25,
  startsAt: wordStarts,
  validate: (value, context) => {
    const { text, folded, start, end } = context;
    const space = value.indexOf(' ');
    const word = folded.slice(start, space < 0 ? end : start + space);
    // Each part of a compound (`victor-hugo`, a school, is no name: `victor` is a word too); a numbered
    // thing (`zoé n°12 au garage`, a car) is none either.
    // A town after its postcode (`72540 loue`) is no name either.
    return !(text.startsWith(' n°', end) || NOTE_WORDS.has(word) || POSTCODE_BEFORE.test(folded.slice(Math.max(0, start - 6), start)) || THING_BEFORE.test(folded.slice(Math.max(0, start - 8), start)) || !(word.includes('-') ? word.split('-').every(isPlainFirstName) : isPlainFirstName(word)) || isNotANameWord(word) || inPlaceName(folded, start));
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    "la maman d'amira 5eD demande si sa fille peut rester",
    'transmissions nuit\n- kevin : couche 23h15, ras\n- lits 2 et 3 vides',
    'veilleurs ce soir : sandrine, le reste de l equipe en repos',
    'circuit 5 a recaser, tu peux demander a kader ?',
    'rappel a faire a jeannot pr la fin de son arret',
    'etude 17h : kevin t. et la salle 12 est libre',
    // A chat export: the senders are capitalised by the phone, the messages typed without capitals.
    '[10:04] Karl Aed : je les ai separes, noah saigne du nez',
    // … around the services' acronyms.
    '12/03/2026 21:40 - Nadia F: IP reçue, on saisit le JE ?\n12/03/2026 21:41 - Nadia F: voir avec la CRIP\n12/03/2026 21:42 - Nadia F: kylian toujours pas rentré',
  ],
  noMatch: [
    'parc auto : 3 clio, 2 zoe, 1 megane',
    'mer : omelette, charlotte aux fraises\nven : couscous, madeleine, fruit',
    'salle 2 : sol à protéger, 2 bâches, câble lan',
    'Transmissions de nuit : Kevin a dormi, RAS.',
    'transmissions de nuit : Kevin a dormi, ras',
    'rdv devant le college jean moulin a 8h, puis la rue sylvie vartan',
    'sam 11h : reunion d equipe, max 3 pers par voiture',
    'la cote de st christophe est verglacee, on sale',
    'mettre la rose et le pierre dans le bac',
    'action stp :\nzoé n°12 au garage (pneu avant crevé)',
    'adresse la croix verte 72540 loue. tel a demander',
    'pizzas : 6 margherita, 4 reine\nla difference entre un louis d or et un napoleon',
    '- machine a barbe a papa "louison" (location 45 €)',
  ],
};
