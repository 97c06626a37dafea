import { defineName } from './_define-name';
import { foldName as fold } from '../../fold';
import type { DetectorExamples, ValidationResult } from '../../types';
import { columnIsName, insertColumnBefore, keyBefore } from './_fields';
import { isNotANameWord, LOWER_LETTERS } from './_name-words';
import { textBefore } from '../../text-window';

/**
 * Names typed in lower case in a field of structured data that holds names: the value of a JSON,
 * XML or URL key (`"nom": "lacombe"`, `<prenom>régis</prenom>`, `?nom=lacombe&`), an SQL `INSERT`
 * value (`('lacombe', 'régis')` under `(nom, prenom)`), a table cell under a `Nom` or `Prénom`
 * header (`nom;prénom` ↵ `roques;théo`). Exports and API responses keep names as they were
 * entered, often in lower case; the field says what the value is, so any word is a name there
 * except the placeholders and words of _name-words (`inconnu`, `non renseigné`, `néant`).
 * Capitalised values are person-name.ts's. Examples are fictitious.
 */

const WORD = `[${LOWER_LETTERS}][${LOWER_LETTERS}'-]{1,30}`;
/**
 * A value opens after a quote (not an elision's apostrophe: `l'enfant`), `=`, `>`, a cell
 * delimiter or a line break, and ends at a closing quote, `&`, `<`, a delimiter or the line's end.
 * The pattern starts at that first character, which the regex engine looks for before anything else.
 */
const PATTERN = new RegExp(
  `(?:["=>;\\t|\\n]|'(?<![\\p{L}\\p{N}]'))[ \\t]{0,2}(${WORD}(?:[ \\t]${WORD}){0,2})(?=[ \\t]{0,2}(?:["'&<;\\t|\\r\\n]|$))`,
  'gu',
);

const validate = (value: string, name: string, folded: string, start: number): ValidationResult => {
  const nameStart = start + value.length - name.length;
  const inField =
    keyBefore(textBefore(folded, nameStart, 70)) !== null ||
    insertColumnBefore(folded, nameStart) !== null ||
    columnIsName(folded, nameStart);
  if (!inField) return false;
  // `inconnu`, `non renseigné`, `néant`, `xxx`: a field left without a name.
  if (fold(name).split(/[ \t]/).some((word) => isNotANameWord(word))) return false;
  return { score: 0.8, start: value.length - name.length, end: value.length };
};

export default defineName({
  id: 'person-name-field',
  pattern: PATTERN,
  baseScore: 0.8,
  validate: (value, { groups, folded, start }) => validate(value, groups[1] ?? '', folded, start),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    '[{"id": 1041, "nom": "lacombe", "dispositif": "RSA socle"}]',
    '<usager><prenom>régis</prenom><statut>actif</statut></usager>',
    'https://crm.example.fr/fiche?id=3&nom=lacombe&page=2',
    "INSERT INTO usagers (nom, ville) VALUES ('lacombe', 'Rodez');",
    'classe;nom;date\n4B;roques;12/09/2011',
  ],
  noMatch: [
    '{"statut": "actif", "ville": "rodez"}',
    '[{"id": 1041, "nom": "inconnu"}]',
    "l'enfant est arrivé hier",
    'classe;matière;date\n4B;maths;12/09/2011',
    '{"nom": "Lacombe"}',
  ],
};
