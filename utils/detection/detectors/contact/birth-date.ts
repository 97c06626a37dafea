import { defineDetector } from '../../define-detector';
import { bornOfAThing } from '../../person-anchor';
import { columnHeader, lineAt, rowDelimiter } from '../../table-context';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { testAfter, testBefore } from '../../text-window';

/**
 * Date of birth: a calendar date tied to a birth by its label (`né le`, `née le`, `né(e) le`,
 * `né à Lyon le`, `date de naissance :`, `date naiss.`, `naissance :`, `DDN`, `DN :`, `date of
 * birth`, `DOB`) or by a birth word close by with nothing but names in between (a table whose
 * column is headed « Date de naissance »). Dates alone are everywhere (deadlines, meetings:
 * `réunion le 12/03/2025`) and are never reported.
 *
 * Format: `12/03/1984`, `12-03-1984`, `12.03.1984`, `12/3/84`, `1984-03-12`, `1er janvier 2010`,
 * `3 août 1967`, `5 sept. 1975`, `March 3, 1905` (French and English month names, abbreviations).
 * Check: the date exists (no 30 February, 29 February only in leap years), it lies between 1880 and today
 * (two-digit years: up to the current year's two digits → 20xx, else 19xx); day
 * first, or month first when only that reading is a date (`05/20/1984`). The span covers the
 * date only, never its label.
 *
 * Source: INSEE, état civil (https://www.insee.fr/fr/metadonnees/definition/c1378).
 * Examples are fictitious.
 */

// The left boundary `(?<![\p{L}\p{N}])` opens the pattern: the engine's start pass
// (start-positions.ts) then lists where a label or a date may begin, and the pattern runs there only.

const LABEL = [
  // né le, née le, né(e) le, nés le (twins), né à Lyon le, née à Saint-Denis (974), le; né sous X le (a birth under secrecy)
  "n[ée]e?s?(?:\\(e\\)|\\.e|·e)?(?: {1,3}sous {1,3}(?:X|le {1,3}secret))?(?: {1,3}[àa] {1,3}[^\\n;:.]{1,40}?,?)? {1,3}le",
  'date {1,3}(?:de {1,3})?naiss(?:ance|\\.)?',
  'naissance',
  'ddn',
  'd\\.?n\\.?',
  'date {1,3}of {1,3}birth',
  'birth {0,1}date',
  'd\\.?o\\.?b\\.?',
  'born(?: {1,3}under {1,3}X)?(?: {1,3}on)?',
  // From across the borders: German, Dutch, Italian, Spanish papers.
  'geb(?:\\.|oren)(?: {1,3}(?:am|op))?',
  'geburtsdatum',
  'geboortedatum',
  'data {1,3}di {1,3}nascita',
  'fecha {1,3}de {1,3}nacimiento',
  'nacid[oa] {1,3}el',
  'nat[oa] {1,3}il',
  'nascid[oa] {1,3}em',
  // … and Portuguese, Romanian, Turkish ones, as relatives fill them in (a label in Cyrillic would leave
  // the pattern without a start condition: see start-positions.ts).
  'data {1,3}de {1,3}nascimento',
  'nasci {1,3}a',
  'data {1,3}na[sș]terii',
  'do[gğ]um {1,3}tarihi',
]
  .join('|');

/** Month names and abbreviations, French and English, by month (January first). */
const MONTH_NAMES = [
  'janvier janv jan january',
  'février fevrier févr fevr fév fev february feb',
  'mars march mar',
  'avril avr april apr',
  'mai may',
  'juin june',
  'juillet juil july',
  'août aout august aug',
  'septembre sept sep september',
  'octobre oct october',
  'novembre nov november',
  'décembre decembre déc dec december',
];
const MONTH_NUMBER = new Map(MONTH_NAMES.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)));
/** Longest first: `sept` must not stop at `sep`. */
const MONTHS = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length);

/** Between the day's, the month's and the year's boxes: a box's bar or a space, a few spaces, or a slash. */
const BOX_GAP = '(?:[ |]{1,3}|[ |]?/[ |]?)';

const DATE = [
  // 12/03/1984, 12-03-84, 12.3.1984, 23 / 04 / 1981 (a scan's OCR): one separator throughout; a
  // space too (`30 01 2012`, an identity card's), right after a label only (see `validate`)
  `(\\d\\d?)( ?[/.\\-] ?| )(\\d{1,2})\\4(\\d{4}|\\d{2})`,
  // 1984-03-12, 1984/03/12
  `(\\d\\d{3})([/.\\-])(\\d{1,2})\\8(\\d{1,2})`,
  // 1er janvier 2010, 3 août 1967, 5 sept. 75
  // A line break may cut a date in words (a PDF copied: `né le 3 octobre` ↵ `1967`).
  `(1er|\\d\\d?)(?: {1,3}|\\r?\\n)(${MONTHS.join('|')})(?![\\p{L}])\\.?(?: {1,3}|\\r?\\n)(\\d{4}|\\d{2})`,
  // born on March 3, 1905 (English, month first), with its label: a month name tried at every word
  // of a long text cost more than the rest of the detector.
  `(?:born(?: {1,3}under {1,3}X)?(?: {1,3}on)?|d\\.?o\\.?b\\.?|date {1,3}of {1,3}birth) {0,3}:? {0,3}(${MONTHS.join('|')})(?![\\p{L}])\\.? {1,3}(\\d{1,2})(?:st|nd|rd|th)?,? {1,3}(\\d{4})`,
  // A form's boxes, one digit each, as a PDF copies them (`|1|4|0|6|2|0|1|4|`, `1 7 0 9 1 9 8 1`,
  // `0 8 / 0 6 / 1 9 9 9`), after their label or under a birth word only (see `validate`).
  // The bars around them stay out: a pattern starting at a bar would be tried at every cell of a table.
  `(\\d)[ |](\\d)${BOX_GAP}(\\d)[ |](\\d)${BOX_GAP}(\\d)[ |](\\d)[ |](\\d)[ |](\\d)`,
].join('|');

// Group 1: the label and what separates it from the date; group 2: the date. `(?:(…)|)` is `(…)?`
// written so that V8 compiles it about three times faster.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:((?:${LABEL})(?![\\p{L}\\p{N}]) {0,3}(?:[:=\\-] {0,3})?(?:le {1,3})?)|)(${DATE})(?!\\p{N}|[/.\\-]\\d)`,
  'giu',
);

/** An example's announcement right before the date (folded). */
const EXAMPLE_BEFORE = /(?:(?<![a-z])ex\.|exemple|example|e\.g\.)[ \t]*:?[ \t]*\|?$/;

/** The group of a form's first box (see DATE). */
const BOX_FIRST_GROUP = 18;

const LABELLED_SCORE = 0.7;
const NEARBY_SCORE = 0.45;

/** Right before a date (folded): `née CAUSSE le ` (her maiden name), or a vCard's `BDAY:`. */
const LABEL_READ_BEFORE = /(?:(?<![a-z])nee(?: [a-z'-]{1,30}){1,2},? le |(?:^|\n)bday(?:;[^:\n]{0,30})?:)$/;
/** A row of a table turned on its side, headed by its label: `Date de naissance⇥09/05/1971⇥30/11/1994` (folded, from the line's start to the date). */
const BIRTH_ROW_BEFORE = /^[ \t|]*(?:date (?:de )?naiss(?:ance|\.)?|ddn|date of birth|dob|naissance)[ \t]*:?(?:[ \t]*[\t;|][ \t]*[\d/.-]{6,10})*[ \t]*[\t;|][ \t]*$/;
// Birth words in folded text, for dates without a label of their own.
const BIRTH_WORD = /(?:naissance|naiss\.?|(?<![a-z])nais|ne\(e\) le|nee?s? le|nee? a [^\n;:.]{1,40}? le|ddn|date of birth|birth ?date|dob|born)(?![\p{L}\p{N}])/gu;
const BIRTH_NOUN_AFTER = /^[ ,;(\[\-]{0,4}(?:date (?:de )?naissance|naissance|ddn|dob|date of birth|birth ?date)(?![\p{L}\p{N}])(?![ :=\-]{0,4}(?:le )?\d)/u;
// Words between a birth word and a date that mean the date is some other event (`date de naissance et adresse) à déposer avant le 31 mars`, a deadline).
const OTHER_EVENT = /(?<![\p{L}])(?:reunion|rdv|rendez|audience|entretien|visite|convocation|courrier|lettre|signe|fait (?:a|le)|jusqu|depuis|deces|decede|mariage|arrivee|entree|sortie|admission|placement|echeance|limite|delai|expir|valable|emis|delivr|creation|mise a jour|prevu|attendu|terme|avant le)/u;

/** Archives and genealogy requests name people born in the late 19th century (`né le 4 juin 1898`). */
const FIRST_YEAR = 1880;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysIn = (month: number, year: number): number => month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const fullYear = (digits: string, currentYear: number): number => {
  const value = Number(digits);
  if (digits.length === 4) return value;
  return value <= currentYear % 100 ? 2000 + value : 1900 + value;
};

const isBirthDate = (day: number, month: number, year: number, today: Date): boolean => {
  if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return false;
  // Not in the future (an expected birth, `naissance prévue le …`, is not a birth date).
  const todayKey = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  return year * 10000 + month * 100 + day <= todayKey;
};

/** Longest column header read as one (`Date de naissance (JJ/MM/AAAA)`). */
const HEADER_MAX_LENGTH = 48;
/** BIRTH_WORD without its `g` flag, for a single test on a column header. */
const BIRTH_WORD_IN_HEADER = new RegExp(BIRTH_WORD.source, BIRTH_WORD.flags.replace('g', ''));

/** The date in the match exists and is a plausible birth date. */
const isValidDate = (groups: readonly (string | undefined)[]): boolean => {
  const today = new Date();
  const currentYear = today.getFullYear();
  const [, , , d, , m, y, isoYear, , isoMonth, isoDay, textDay, textMonth, textYear, englishMonth, englishDay, englishYear, ...boxes] = groups;
  if (d !== undefined && m !== undefined && y !== undefined) {
    const year = fullYear(y, currentYear);
    const first = Number(d);
    const second = Number(m);
    // Day first (French); month first only when the day-first reading is impossible.
    return isBirthDate(first, second, year, today) || (second > 12 && isBirthDate(second, first, year, today));
  }
  if (isoYear !== undefined && isoMonth !== undefined && isoDay !== undefined) {
    return isBirthDate(Number(isoDay), Number(isoMonth), Number(isoYear), today);
  }
  if (textDay !== undefined && textMonth !== undefined && textYear !== undefined) {
    const month = MONTH_NUMBER.get(textMonth.toLowerCase());
    if (month === undefined) return false;
    const day = textDay.toLowerCase() === '1er' ? 1 : Number(textDay);
    return isBirthDate(day, month, fullYear(textYear, currentYear), today);
  }
  if (englishMonth !== undefined && englishDay !== undefined && englishYear !== undefined) {
    const month = MONTH_NUMBER.get(englishMonth.toLowerCase());
    return month !== undefined && isBirthDate(Number(englishDay), month, Number(englishYear), today);
  }
  if (boxes[0] !== undefined) {
    const digits = boxes.join('');
    return isBirthDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4)), today);
  }
  return false;
};

/**
 * A date without its own label is a birth date when a birth word is just before it (up to 80
 * characters, e.g. a table header on the previous line) or just after it, with no digit and no
 * other event word in between.
 */
const hasBirthWordNearby = (folded: string, start: number, end: number): boolean => {
  const beforeFrom = Math.max(0, start - 80);
  const before = folded.slice(beforeFrom, start);
  let lastEnd = -1;
  BIRTH_WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = BIRTH_WORD.exec(before)) !== null) lastEnd = match.index + match[0].length;
  if (lastEnd !== -1) {
    const between = before.slice(lastEnd);
    if (!/\d/.test(between) && !OTHER_EVENT.test(between)) return true;
  }
  // After the date, only a noun naming it (`12/03/2015 (date de naissance)`), not the label of
  // the next date (`depuis le 01/01/2020 ; né le 12/03/1984`).
  return testAfter(folded, end, BIRTH_NOUN_AFTER, 40);
};

/**
 * A comparison in a query before the date (`WHERE date_naissance >= '1990-01-01'`); not the end of an
 * XML tag (`<DateNaissance>1983-05-12`).
 */
const QUERY_COMPARISON_BEFORE = /(?:(?<![a-z0-9_"'])[<>]|[<>]=|between|and)[ \t]*(?:date[ \t]*)?['"]?$/;

/** Whether the line holding `offset` reads as a row of a table only by its commas (see `validate`). */
const commaRow = (folded: string, offset: number): boolean => {
  const [lineStart, lineEnd] = lineAt(folded, offset);
  return rowDelimiter(folded.slice(lineStart, lineEnd)) === ',';
};

export default defineDetector({
  id: 'birth-date',
  type: 'BIRTH_DATE',
  pattern: PATTERN,
  baseScore: LABELLED_SCORE,
  keywords: phraseList(
    'naissance|naiss|ne le|nee le|nes le|nees le|ne(e) le|ne a|nee a|nee|ne sous|ddn|dn|d.n|date of birth|birthdate|birth date|dob|bday',
    // Keys of structured data written in one word (`"dateNaissance": "…"`), and exports' abbreviated
    // columns (`DT_NAIS`).
    'd.o.b|born|datenaissance|datedenaissance|dateofbirth|nais',
    'geb|geboren|geburtsdatum|geboortedatum|nascita|nacimiento|nacido el|nacida el|nato il|nata il|nascido em|nascida em',
    'nascimento|nasci a|dogum tarihi|data nasterii',
  ),
  requiresContext: true,
  // Every label and birth word folds to one of these: texts without any skip the date pattern.
  prefilter: phraseList('nais|ne le|nes le|ne sous|nee|ne(e)|ne.e|ne·e|ne a|ddn|dn|d.n|birth|dob|d.o.b|born|bday|geb|nascita|nacimiento|nacid|nato il|nata il|nascid|nasci a|nascim|dogum|nasterii'),
  contextWindow: { before: 100, after: 30 },
  priority: 60,
  validate: (value, context) => {
    const label = context.groups[1];
    const date = context.groups[2];
    // Group 4 is the first form's separator: a lone space only after a label (`Date de naiss. : 30 01 2012`).
    if (date === undefined || !isValidDate(context.groups) || (context.groups[4] === ' ' && label === undefined)) return false;
    // A form's or a notice's example (`au format JJ/MM/AAAA (exemple : 05/09/1948)`).
    if (testBefore(context.folded, context.start + value.length - date.length, EXAMPLE_BEFORE, 16)) return false;
    // Boxes only after their label (`Date de naissance |1|4|…`) or a birth word close above them (a
    // format's hint between: `Date of birth` ↵ `J J M M A A A A` ↵ `0 9 0 7 …`): digits apart are many other things.
    if (context.groups[BOX_FIRST_GROUP] !== undefined && label === undefined) {
      return hasBirthWordNearby(context.folded, context.start, context.end) ? { score: LABELLED_SCORE, start: 0, end: value.length } : false;
    }
    // 1 January 1900: the placeholder of test rows and empty date fields, not a living person's birth.
    if (/^(?:1900\D0?1\D0?1|0?1\D0?1\D1900)$/.test(date)) return false;
    // A bound in code (`CHECK (date_naissance > DATE '1900-01-01')`, `WHERE ddn >= '2010-01-01'`): no one's date.
    if (testBefore(context.folded, context.start + value.length - date.length, QUERY_COMPARISON_BEFORE, 12)) return false;
    const englishMonth = context.groups[14];
    // The English form holds its label: the date starts at its month.
    const dateStart = value.length - date.length + (englishMonth !== undefined ? date.lastIndexOf(englishMonth) : 0);
    if (label !== undefined || englishMonth !== undefined) {
      if (bornOfAThing(context.folded, context.start)) return false;
      return { score: LABELLED_SCORE, start: dateStart, end: value.length };
    }
    // `née CAUSSE le 05/12/1932`: her maiden name between the label's words, and `BDAY:1978-09-03`
    // (read here, not by the pattern: a branch for the first there made long scans 4 % slower).
    if (testBefore(context.folded, context.start + dateStart, LABEL_READ_BEFORE, 40)) return { score: LABELLED_SCORE, start: dateStart, end: value.length };
    // A table column headed "Date de naissance" labels every date under it, however far down.
    const lineStart = context.folded.lastIndexOf('\n', context.start + dateStart - 1) + 1;
    if (BIRTH_ROW_BEFORE.test(context.folded.slice(lineStart, context.start + dateStart))) return { score: LABELLED_SCORE, start: dateStart, end: value.length };
    const header = columnHeader(context.folded, context.start + dateStart);
    // A header is short: lines of prose ending on `;` (a judgment's recitals) are no table; nor are
    // sentences with commas whose "header" holds a date (`Mme X, née le 29/10/1992 à Casablanca.` above `…, du 05/01/2026 au 30/06/2026, …`).
    if (header !== null && header.length <= HEADER_MAX_LENGTH && BIRTH_WORD_IN_HEADER.test(header) && !(/\d/.test(header) && commaRow(context.folded, context.start + dateStart))) return { score: LABELLED_SCORE, start: dateStart, end: value.length };
    // A date and a time stamp a message or a log's line (`[21/01/2026 10:05:40] Julie :`), whatever the lines around it say of a birth.
    if (!hasBirthWordNearby(context.folded, context.start, context.end) || testAfter(context.text, context.end, /^,? \d{1,2}:\d\d/, 8)) return false;
    return { score: NEARBY_SCORE, start: dateStart, end: value.length };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Nom : DELMAS   Prénoms : Arthur\nDate de naiss. : 30 01 2012   Sexe : M',
    'né le 12/03/1984',
    'jumeaux Louis et Rose, nés le 19/01/2026',
    'Mme X, née le 1er janvier 2010 à Lyon',
    'Date de naissance : 29-02-2000',
    'Nome: SOUSA Ana Paula\nData de nascimento: 11/03/1986',
    'Doğum tarihi: 03.02.1941',
    'RUIZ LÓPEZ, Hugo – nacido el 03/12/2010',
    'DDN: 05.11.1975',
    'né à Saint-Denis le 3 août 1967',
    'Nom | Prénom | Date de naissance\nDUPONT | Jean | 14/07/1952',
    'né le 12/03/1984, réunion le 12/03/2025',
    'M. Thierry BESSIÈRE, né le 3 octobre\n1967 à Decazeville',
    '{"nom": "EL KHATTABI", "dateNaissance": "1993-12-08"}',
    '<nom>LAURENT</nom><prenom>Chloé</prenom>\n<dateNaissance>2012-04-19</dateNaissance>',
    'ID;NOM;PRENOM;DT_NAIS;NIR_CLE\n004512;LEBRETON;Sandrine;1981-06-23;80',
    'Née le  23 / 04 / 1981   à  Rodez',
    'Mme Dupont, née MARTIN le 12/03/1950',
    'Mme Lucchesi Anna, née PERETTI, le 03/02/1931 à Bastia',
    'BEGIN:VCARD\nBDAY:1978-09-03',
    'My grandfather was born on March 3, 1905 in Kharpert',
    'unser Sohn Lukas BECKER (geb. 05.03.2013)',
    'für Frau Irmgard SCHNEIDER, geb. am 03.07.1941, wohnhaft in Forbach',
    'Betreft: mevrouw Els DEVOS, geboren op 17/02/1989',
    'Geburtsdatum: 21.10.1990',
    'Luogo e data di nascita : 19.07.1981',
    'Fecha de nacimiento: 14/02/1990',
    'je suis née sous X le 14 mars 1968 à Rodez',
    'M. Giovanni BERTOLINI, né le 4 juin 1898 à Cuneo',
    'Sexe ☒ Masculin\nDate de naissance |1|4|0|6|2|0|1|4|',
    'Né(e) le : 1 7 0 9 1 9 8 1   à BORDEAUX (33)',
    'Date de naissance 1 1 / 0 8 / 2 0 0 5     Lieu : CASABLANCA',
    'Date de naissance / Date of birth\nJ J M M A A A A\n0 9 0 7 1 9 5 6',
    "l'information préoccupante de l'école concernant Mathis LAVERGNE, né le 03/02/2017",
    'Mathis Roux, élève de la section sportive, né le 03/02/2012, est absent.',
    'le conducteur était Julien ROUMEGOUX, agent du service des routes, né le 12/03/1984',
  ],
  noMatch: [
    'Formulaire indiquant nom, prénom, date de naissance et adresse, à déposer avant le 31 mars 2026.',
    // An animal's birth.
    'Résultat BVD – veau boucle FR 4922 1873 05, mâle, né le 14/02/2026, race Parthenaise',
    'Un lapin Fauve de Bourgogne né le 12/04/2025 peut-il concourir en catégorie adultes ?',
    'La section parachutisme est née le 1er juin 1971 sur l\'ancien terrain militaire',
    'le dispositif « Territoires zéro chômeur » est né le 29 février 2016 avec la loi n° 2016-231',
    'le projet départemental, lui, est né le 12/03/2024 lors du séminaire de l\'exécutif',
    'Deux lignes d\'histoire : la Sécurité sociale, née le 4 octobre 1945 par ordonnance',
    'Rappeler au 06 12 34 56 78 pour le dossier',
    'réunion le 3 octobre\n2025 à 10 h',
    'née le 30/02/1990',
    'né le 31/04/1999',
    'le 12/03/1984',
    'réunion le 12/03/2025',
    "INSERT INTO t (nom, date_naissance) VALUES ('NOM_TEST', '1900-01-01')",
    'Date de naissance inconnue, réunion le 12/03/2025',
    'né le 12/13/2099',
    "date_naissance DATE CHECK (date_naissance > DATE '1900-01-01')",
    'recours reçu le 12 novembre ; rejet implicite né le 12 janvier 2025',
    'Le pôle mobilité, né le 1er janvier 2021 de la fusion des services routiers',
    "7 200 € à l'association « Maison Gustave-Eiffel », née le 1er janvier 2019 de la fusion",
    "la plateforme d'accompagnement et de répit des aidants, née le 1er janvier 2019 de la fusion de deux CLIC",
    'La réserve foncière est née le 3 mai 2018 de la convention avec la SAFER',
    // A cohort's bound in a rule, not someone's birth.
    'Les agents nés le 1er mars 1966 ou après partent à 64 ans',
    'pour comparaison, le RSA est né le 1er juin 2009',
    "Le conseil départemental des jeunes, né le 5 octobre 2019 d'une délibération de l'assemblée",
    'L\'école Jules-Ferry de Figeac, née le 3 septembre 1881',
    'en intro : le RSA, né le 1er juin 2009 du remplacement du RMI',
    'Code |1|4|0|6|2|0|1|4|',
    'Date de naissance : |J|J|M|M|A|A|A|A| → exemple : |0|1|0|3|1|9|4|0| pour le 1er mars 1940',
    'Indiquez la date de naissance au format JJ/MM/AAAA (exemple : 05/09/1948).',
    'The meeting was held on March 3, 2025',
  ],
};
