import { textTypedWithoutCapitals } from '../../capitals';
import { defineDetector } from '../../define-detector';
import { foldName } from '../../normalize';
import { testAfter, testBefore } from '../../text-window';
import type { DetectorExamples } from '../../types';
import { isNotANameWord, isPlainFirstName, PLACE_WORDS } from './_name-words';

/**
 * A first name in a message typed without capitals, wherever it stands: rosters, handovers and chats
 * typed on a phone (`- kevin : couche 23h15`, `veilleurs : sandrine + yanis b`, `kader ou steph ?`,
 * `rappel a faire a jeannot`). In text written with capitals a name is capitalised, and person-name
 * reads it; so this detector runs only on texts typed without capitals (`runsOnText`), where it looks
 * at every word. A word is a name here only when it is a first name of the list that is no common
 * word (not `rose`, `pierre`, `olivier`) nor a word of such notes (`sam` for Saturday, `max`), and not
 * the name of a place or a building (`college jean moulin`, `la cote de st christophe`). An initial
 * after it belongs to the name (`ines m.`).
 */

const PATTERN = /(?<![\p{L}\p{N}'’@._/\\#$&=-])\p{Ll}[\p{Ll}-]{1,19}(?![\p{L}\p{N}'’@_/\\(=-]|\.\p{L})/gu;
/**
 * First names of the list that notes typed fast use as words: days and months (`sam 11h`, `jan 12`),
 * `max 3 pers`, `ben oui`, `fais court`, `il ira`, `qui agit`, care (`kine`), acronyms (`saad`, a `nia`), a language (`dari`), `au tresor`.
 */
const NOTE_WORDS = new Set(['sam', 'dim', 'ven', 'jan', 'max', 'ben', 'court', 'ira', 'kine', 'saad', 'nia', 'dari', 'agit', 'tresor']);
/** An initial after the first name, with or without its dot (`yanis b`, `ines m.`); not `a` nor `y`, words. */
const INITIAL_AFTER = /^ [b-xz]\.?(?![\p{L}\p{N}])/u;
/**
 * Where a list, a roster or a message puts a name (folded, anchored at the end): a line's or an
 * item's start, a separator (`: `, `, `, `+ `, `/ `, `(`), a time (`10h30 julie c.`), a preposition or
 * a relative (`pr nadia`, `chez kader`, `papa kevin`). Common words that are rare first names stand
 * elsewhere (`fais court`, `il ira`, `du mat`).
 */
const SLOT_BEFORE = /(?:^|[\n:,;+/(\[\].!?"«*•>–-]|\dh\d{0,2}|(?:^|[^a-z])(?:et|ou|a|pr|pour|avec|chez|sinon|de|par|papa|maman|mere|pere|frere|soeur|fils|fille|bebe|bb)) ?$/;
/** … or after the name (and its initial): a separator, the end of the line, `et`, `ou`. */
const SLOT_AFTER = /^ ?(?:$|[\n:,;+/()\[?!]|et |ou |- )/;
const SCORE = 0.65;

/**
 * A way, a building or a saint among the two words before, in the same clause: a place named after
 * someone (`college jean moulin`, `rue sylvie vartan`, `maison de sandrine`, `la cote de st christophe`).
 */
function inPlaceName(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 40), start);
  const words = before.slice(before.search(/[^\n,;:()]*$/)).split(/[^a-z-]+/).filter((word) => word !== '' && !PARTICLES.has(word));
  return words.slice(-2).some((word) => PLACE_WORDS.has(word));
}
const PARTICLES = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'l']);

export default defineDetector({
  id: 'person-name-typed-lower-case',
  type: 'PERSON_NAME',
  pattern: PATTERN,
  baseScore: SCORE,
  // Below the other name detectors: their spans, surnames included, win where they overlap.
  priority: 25,
  runsOnText: textTypedWithoutCapitals,
  validate: (value, context) => {
    const folded = foldName(value);
    // Each part of a compound (`victor-hugo`, a school, is no name: `victor` is a word too).
    if (!folded.split('-').every(isPlainFirstName) || isNotANameWord(folded) || NOTE_WORDS.has(folded) || inPlaceName(context.folded, context.start)) return false;
    const initial = INITIAL_AFTER.exec(context.text.slice(context.end, context.end + 4));
    const end = value.length + (initial === null ? 0 : initial[0].length);
    if (!testBefore(context.folded, context.start, SLOT_BEFORE, 24) && !testAfter(context.text, context.start + end, SLOT_AFTER, 4)) return false;
    return { score: SCORE, start: 0, end };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'transmissions nuit\n- kevin : couche 23h15, ras\n- lits 2 et 3 vides',
    'veilleurs ce soir : sandrine, le reste de l equipe en repos',
    'circuit 5 a recaser, tu peux demander a kader ?',
    'rappel a faire a jeannot pr la fin de son arret',
    'etude 17h : kevin t. et la salle 12 est libre',
  ],
  noMatch: [
    'Transmissions de nuit : Kevin a dormi, RAS.',
    'transmissions de nuit : Kevin a dormi, ras',
    'rdv devant le college jean moulin a 8h, puis la rue sylvie vartan',
    'sam 11h : reunion d equipe, max 3 pers par voiture',
    'la cote de st christophe est verglacee, on sale',
    'mettre la rose et le pierre dans le bac',
  ],
};
