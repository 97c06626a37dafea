/**
 * Fields of structured data that hold names, shared by the detectors that read names in them
 * (person-name.ts, person-name-field.ts): the key of a JSON, XML or URL value, the column of an SQL
 * `INSERT`, the header of a table column.
 */
import { columnHeader, headerRow, insertColumn } from '../../table-context';
import { lastNonBlank } from '../../text-window';
import { phraseList, phraseSet, wordSet } from '../../word-list';
import { LABELS, SURNAME_LABELS } from './_name-words';

const STRUCTURED_KEY = /(?:^|[\s{,\[?&;(>.])(?:(["'])([a-z' _-]{1,30})\1[ \t]{0,3}:[ \t]{0,3}["']|([a-z_-]{1,30})=|<([a-z_-]{1,30})(?:[ \t][^<>]{0,60})?>|([a-z_]{1,40})[ \t]{0,3}(?:=|like)[ \t]{0,3}["'])$/;
/** Keys of any data, not only people's: `"name": "Search"` names a tool, `"to"` an address. */
const GENERIC_KEYS = wordSet('name from to de a cc cci');
/** Keys written in one word (camelCase, folded to lower case by the caller): `key=label`. */
const JOINED_KEYS = new Map(
  phraseList(
    'firstname=first name|givenname=first name|lastname=last name|familyname=last name',
    "nomdefamille=nom de famille|nomfamille=nom de famille|nomusage=nom d'usage|nomnaissance=nom de naissance",
    'displayname=nom et prenom|display name=nom et prenom|fullname=nom et prenom|full name=nom et prenom',
  ).map((entry) => entry.split('=') as [string, string]),
);

/**
 * The key of a value in structured data, when it is a label: JSON or YAML (`"nom": "DUPONT"`,
 * `'prenom': 'Marie'`), a URL query (`?nom=Dupont&prenom=Marie`), XML or HTML (`<nom>DUPONT`), an
 * SQL comparison (`nom = 'Martin'`, `u.prenom LIKE 'Marie'`).
 * `before` (folded) ends with the quote, `=` or `>` right before the value.
 */
export const keyBefore = (before: string): string | null => {
  const key = structuredKeyBefore(before);
  return key === null ? null : keyLabel(key);
};

/** The key of a value in structured data (see keyBefore), whatever it names: `"acteur": "`, `evaluateur=`. */
export const structuredKeyBefore = (before: string): string | null => {
  // A quote opens a key's value only after `:`, `=` or `like`: most quotes are not worth the regex
  // (a list of 10,000 quoted names spent half its time here).
  const last = before.charCodeAt(before.length - 1);
  if (last === 34 || last === 39) {
    const code = before.charCodeAt(lastNonBlank(before, before.length - 1));
    if (code !== 58 && code !== 61 && code !== 101) return null;
  }
  const key = STRUCTURED_KEY.exec(before.slice(-70));
  return key ? (key[2] ?? key[3] ?? key[4] ?? key[5]) : null;
};

/**
 * The column of an SQL `INSERT` whose value starts at `at` (folded text), when it is a label:
 * `INSERT INTO usagers (nom, prenom) VALUES ('DUPONT', 'Marie')` gives `nom`, then `prenom`.
 */
export const insertColumnBefore = (folded: string, at: number): string | null => {
  const column = insertColumn(folded, at);
  return column === null ? null : keyLabel(column);
};

/**
 * The label a key of structured data names, or null: `first_name`, `nom-usage` read as `first
 * name`, `nom usage`; `lastName` (folded: `lastname`) as `last name`; a key that qualifies a
 * label (`enfant_nom`, `nom_usager`, `u.prenom` of SQL) as that label.
 */
export const keyLabel = (key: string): string | null => {
  const words = key.slice(key.lastIndexOf('.') + 1).replace(/[_-]/g, ' ');
  const label = JOINED_KEYS.get(words) ?? words;
  if (LABELS.has(label)) return GENERIC_KEYS.has(label) ? null : label;
  const parts = words.split(' ');
  if (parts.length < 2) return null;
  const named = [parts[0], parts[parts.length - 1]].find((part) => SURNAME_LABELS.has(part) || part === 'prenom' || part === 'prenoms');
  return named !== undefined && !GENERIC_KEYS.has(named) ? named : null;
};

/** A cell without its blanks and the quotes of a CSV export. */
export const unquotedCell = (cell: string): string => {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).trim() : trimmed;
};

/** Column headers that hold names (`famille` in a caseload table: the family's name, `MOREL | AED`; a weighbridge export's `chauffeur`). */
const NAME_HEADERS = phraseSet(
  "nom|prenom|prenoms|nom de naissance|nom d'usage|nom de famille|nom prenom|nom et prenom|prenom nom|nom - prenom",
  'beneficiaire|usager|agent|titulaire|allocataire|eleve|salarie|enfant|name|first name|last name|surname|debiteur',
  'creancier|locataire|patient|demandeur|identite|personne|participant|participante|stagiaire|resident|residente|jeune|famille',
  'chauffeur|conducteur',
);

/** Headers of counts and ranks: the first names beside them are a statistic of names (`prénom;sexe;nombre;rang`). */
const COUNT_HEADERS = wordSet('nombre rang effectif effectifs occurrences naissances total');

/**
 * True when the header of the value's column (table-context's, as for the other detectors) names
 * it `Nom`, `Prénom`, `Bénéficiaire`…: `Date;Nom;Carte\n02/04;FOURNIER;…`, in a table of people.
 */
export const columnIsName = (folded: string, start: number): boolean => columnHeaderIn(folded, start, NAME_HEADERS) && !headerRow(folded, start)?.some((cell) => COUNT_HEADERS.has(unquotedCell(cell)));

/**
 * Column headers of the professionals who follow a file (`Référent`, `educ`, `Instructeur`): their
 * cells hold a name when it has a name's shape (`C. Lemaire`), and other words too (`MDS Rodez`),
 * so person-name.ts reads them, not person-name-field.ts.
 */
export const STAFF_HEADERS = phraseSet(
  'referent|referente|referent ase|referente ase|travailleur social|travailleuse sociale|ts|educ|educateur|educatrice',
  'instructeur|instructrice|redacteur|redactrice|evaluateur|evaluatrice|conseiller|conseillere|interlocuteur|interlocutrice',
  'suivi par|intervenant|intervenante|assistante sociale|assistant social|as|charge de suivi|agent instructeur|pro|elu|elue',
  'agent|gestionnaire|responsable|charge de dossier|professionnel|professionnelle|signale par',
);

/**
 * Column headers of places, services, vehicles and organisations, some named like people (`Quartier` ↵ `Alma`, a
 * district of Roubaix; a booking log's `vehicule` ↵ `Zoe`, a Renault; `Organisation` ↵ `Cork City Council`), or in
 * capitals (`SERVICE` ↵ `ROUTES`). Not an employer's: a family employing a home help is one.
 */
export const PLACE_AND_VEHICLE_HEADERS = phraseSet('quartier|secteur|site|lieu|commune|ville|antenne|territoire|vehicule|vehicle|modele|service|college|organisation|organisme|structure|etablissement|entreprise|societe|organization|company');

/** True when the header of the value's column (see `columnIsName`) is one of `headers`. */
export const columnHeaderIn = (folded: string, start: number, headers: ReadonlySet<string>): boolean => {
  const header = columnHeader(folded, start);
  return header !== null && headers.has(unquotedCell(header).replace(/\s{1,20}/g, ' '));
};

