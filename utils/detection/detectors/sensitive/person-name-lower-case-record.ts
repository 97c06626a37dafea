import { isFirstName } from '../../data/first-names-fr';
import { defineName } from './_define-name';
import { foldName as fold } from '../../fold';
import { lastNonBlank } from '../../text-window';
import type { DetectorExamples, ValidationResult } from '../../types';
import { isNotANameWord, isPlainFirstName, LOWER_LETTERS, NOTE_WORDS, PLACE_WORDS } from './_name-words';

/**
 * Person names typed in lower case at the head of a record: a list item, a table cell or a line
 * whose next field follows (`rouquet damien : permis n° …`, `cros benoît 1 90 08…`, `| coulibaly
 * ibrahim | …`, `- lucas perrin, lucas.perrin@…`). Agents type such lists fast, without capitals;
 * with no title, role or label before them (person-name-lower-case.ts), the place tells the name:
 * - two words that open a line (not the first), a cell (`;`, tab, `|`), a list item (`-`, `•`,
 *   `*`) or follow a colon, and that end it or are followed by a field (`;`, `,`, `:`, `(`, a
 *   dash, a tab, a digit);
 * - one of them a first name of the INSEE list that is not also a common word (`rose`, `pierre`
 *   are left out), neither of them a word of case notes, a greeting or a title (`léa est`, `bonjour
 *   karim`) nor a place (`salle lucien`); the other, when it is no first name, does not end like a
 *   participle, an adjective or a noun of the language (`emma hospitalisée`, `lucas absent`).
 * Capitalised names are person-name.ts's. Examples are fictitious.
 */

const WORD = `[${LOWER_LETTERS}][${LOWER_LETTERS}-]{1,30}`;
/**
 * The start of a record: a line, a cell, the colon that opens a list (`pour la commission : tournier
 * axel (n° allocataire …), …`), then an optional list bullet. Not the start of the text:
 * `^` in the alternation made the regex try every position (2.0 instead of 0.6 ms per MB), and a
 * record on the first line is rare (prompts open with the request; the items follow).
 */
const RECORD_START = '[\\n;\\t|:][ \\t]{0,3}(?:[-•*–—][ \\t]{1,2})?';
/** What ends the name in a record: the end of the line or the text, a field separator, a digit. */
const FIELD_AFTER = '(?=[ \\t]{0,3}(?:[;\\t|,:(—–\\n\\r]|-[ \\t]|$|\\d))';

/** Groups 1 and 2: the two words. */
const PATTERN = new RegExp(`${RECORD_START}(${WORD})[ \\t]{1,2}(${WORD})${FIELD_AFTER}`, 'gu');

/**
 * Endings of participles, adjectives and nouns that surnames seldom have (`hospitalisée`, `absent`,
 * `évaluation`). Not `-e`, `-es`, `-age`, `-eur`: Lacombe, Costes, Lepage, Lesueur.
 */
const WORD_ENDING = /(?:ee|ees|ent|ents|ment|tion|tions|ique|iques|able|ables|isme)$/u;

const validate = (value: string, first: string, second: string): ValidationResult => {
  const firstFolded = fold(first);
  const secondFolded = fold(second);
  if (isNotANameWord(firstFolded) || isNotANameWord(secondFolded)) return false;
  // `salle lucien`, `collège jean`: a place named after someone.
  if (PLACE_WORDS.has(firstFolded) || PLACE_WORDS.has(secondFolded)) return false;
  // A word of notes (`nitrates max`, `température max`) is no first name here.
  const firstIsName = isPlainFirstName(firstFolded) && !NOTE_WORDS.has(firstFolded);
  const secondIsName = isPlainFirstName(secondFolded) && !NOTE_WORDS.has(secondFolded);
  if (!firstIsName && !secondIsName) return false;
  const other = firstIsName ? secondFolded : firstFolded;
  if (!isFirstName(other) && WORD_ENDING.test(other)) return false;
  // The match ends with the second word; the blanks between the words are one or two.
  return { score: 0.7, start: lastNonBlank(value, value.length - second.length) + 1 - first.length, end: value.length };
};

export default defineName({
  id: 'person-name-lower-case-record',
  pattern: PATTERN,
  baseScore: 0.7,
  validate: (value, { groups }) => validate(value, groups[1] ?? '', groups[2] ?? ''),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'vérifie les permis :\nrouquet damien : permis n° 120775300123',
    'vérifie la dsn :\ncros benoît 1 90 08 11 280 021 45',
    '| coulibaly ibrahim | 1 79 04 75 253 995 83 |',
    'comptes à réinitialiser :\n- lucas perrin, lucas.perrin@college.example.fr',
    'date;tiers\n12/02/2025;marty jean',
  ],
  noMatch: [
    // `Max` is a first name; `max` in notes is a maximum.
    'Physico-chimie : bon état ; nitrates max 9,4 mg/l ; température max 21,3 °C',
    // `gracieux` is a first name of the INSEE list, and an adjective.
    '- délai : 10 jours ;\n- recours gracieux : 2 mois après la notification',
    'Objet : arbre tombé sur la RD 12',
    'bonjour karim, merci pour ton retour',
    'léa est absente aujourd’hui',
    '- emma hospitalisée, prévenir la famille',
    '- rose vernhes, sauvegarde de justice',
    'thomas a appelé ce matin',
    'plan :\n- salle lucien, 2e étage',
    'rouquet damien : permis n° 120775300123',
    'Lucas Perrin, lucas.perrin@college.example.fr',
  ],
};
