import { isAsciiDigit } from '../../char-codes';
import { lastNonBlank, lastNonSpace, testAfter, testBefore, textBefore } from '../../text-window';
import { wordSet } from '../../word-list';
import { keyBefore } from './_fields';
import { isNotANameWord, LABELS, PLACE_WORDS, ROLE_WORDS, STOP, SURNAME_LABELS } from './_name-words';

/**
 * What comes before a person-name candidate (see person-name.ts): its last words, a place word (`rue`,
 * `collège`), a role (`l'enfant`, `la famille`), a form's label (`Nom :`) or a table's label cell.
 * Most checks look at the last few words before the name through Sets: an end-anchored regex (`…$`)
 * is tried at every position of its input, which made these checks the most expensive part of the
 * detector on long texts.
 */

/** Abbreviations of place words (PLACE_WORDS), written with a dot (`av. Jean Jaurès`). */
const PLACE_ABBREVIATIONS = wordSet('av bd pl bat res st ste rte imp ch');
const ARTICLES = wordSet("de la du des le les l' d'");
/** Words before `dit` that make it the verb (`on me dit`, `qui dit`, `on m'a dit`). */
const SAYS_SUBJECTS = wordSet("me te lui nous vous leur il elle on qui ca cela ce a ai as ont avait m'a l'a j'ai");
/** Last words of the two-word role phrases: a pair is only built when the last word can end one. */
const ROLE_PAIR_ENDS = new Set([...ROLE_WORDS].map((role) => role.slice(role.lastIndexOf(' ') + 1)));
/** The code of `,` `;` or `)`, ending a word that closes an item. */
const closesItem = (code: number): boolean => code === 44 || code === 59 || code === 41;
/** Space, tab, line feed or carriage return: what separates the words lastWords reads. */
const isSeparator = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;
/** `end`, moved back over the blanks before it in `text`. */
const endBeforeBlanks = (text: string, end: number): number => {
  while (end > 0 && isSeparator(text.charCodeAt(end - 1))) end--;
  return end;
};
/** A blank, or the start of `text`, before index `index`. */
const blankOrStartBefore = (text: string, index: number): boolean => index === 0 || isSeparator(text.charCodeAt(index - 1));
/** Longer than any word the lists hold: reading further back is wasted on a run without blanks (`DUPONT;Marie;…`). */
const LONGEST_WORD = 32;
/**
 * The last `count` words of `before` (folded), separated by blanks or line breaks, trailing ones ignored.
 * A word longer than LONGEST_WORD is read as an empty one, which no list holds, and ends the reading.
 */
export const lastWords = (before: string, count = 5): string[] => {
  const words: string[] = [];
  let end = endBeforeBlanks(before, before.length);
  while (end > 0 && words.length < count) {
    // A loop rather than lastIndexOf, which is a runtime call: this runs for most candidates.
    let space = end - 1;
    const limit = end - LONGEST_WORD;
    while (space >= 0 && !isSeparator(before.charCodeAt(space))) {
      if (--space < limit) {
        words.push('');
        return words.reverse();
      }
    }
    words.push(before.slice(space + 1, end));
    end = endBeforeBlanks(before, space);
  }
  return words.reverse();
};
/**
 * An article, or a noun of STOP (`enfance`, `solidarités`, `médico-social`), not its grammar words
 * (`pour`, `chez`); with `adjective` (asked only when needed: it reads the name's line), an adjective
 * of the place's kind too.
 */
const institutionWord = (word: string, adjective: () => boolean): boolean => {
  // `France` of the national label `maison France services Louise-Michel`.
  if (ARTICLES.has(word) || word === 'france') return true;
  if (word.length <= 4) return false;
  const bare = word[1] === "'" ? word.slice(2) : word;
  // An adjective of the place's kind on the name's line (`prix littéraire`, `salle polyvalente`, `centre social`, `voie verte`).
  return bare.includes('-') ? bare.split('-').some((part) => STOP.has(part)) : STOP.has(bare) || (PLACE_ADJECTIVE.test(bare) && adjective());
};
/**
 * The words before a name that placeBefore and roleBefore read: the last five, or the last one alone
 * when it closes an item (`DUPONT;`, `Dupont,`) or is the quote opening a value (`'`, `('` of SQL
 * and of lists in code), past which neither reads (closesItem; no role ends so, and neither
 * list holds a word without letters). Each cell of a CSV row then reads one word, not the rows above.
 */
export const wordsBeforeName = (before: string): string[] => {
  const last = endBeforeBlanks(before, before.length) - 1;
  const code = last >= 0 ? before.charCodeAt(last) : 0;
  // `'` after a blank, or after a bracket after a blank.
  const opensValue = code === 39 && (blankOrStartBefore(before, last) || (before.charCodeAt(last - 1) === 40 && blankOrStartBefore(before, last - 1)));
  return lastWords(before, closesItem(code) || opensValue ? 1 : 5);
};
/** placeBefore over the text before a name, adjectives read on the name's line only. */
export const placeBeforeText = (before: string, words = lastWords(before)): boolean => placeBefore(words, () => lastWords(before.slice(before.lastIndexOf('\n') + 1)).length);
const PLACE_ADJECTIVE = /(?:al|ale|aux|aire|ique|if|ive|el|elle|ente|erte)$/;
/** Whether a place word ends `words`, the words before a name, of which the last `lineWords()` are on the name's line. */
const placeBefore = (words: readonly string[], lineWords: () => number): boolean => {
  let k = words.length - 1;
  // A name in quotes (`le caboteur "Anna Kristina"`, `la résidence « Marie Curie »`).
  if (words[k] === '"' || words[k] === '«') k--;
  for (let dropped = 0; dropped < 2 && k >= 0 && ARTICLES.has(words[k]); dropped++) k--;
  if (k < 0) return false;
  // The second of two people or places a place word names (`collège Pierre et Marie Curie`, `secteurs Béarn et Soule`).
  if (words[k] === 'et') return /^[a-z-]+$/.test(words[k - 1] ?? '') && PLACE_WORDS.has(words[k - 2] ?? '');
  // A comma or a bracket closes the place before the name (`(MDS Noisy-le-Grand), Farida OUCHENE`).
  if (closesItem(words[k].charCodeAt(words[k].length - 1))) return false;
  // The place's name may have words of its own (`maison des solidarités Louise-Michel`, `foyer de
  // l'enfance de Liévin`, `centre médico-social de Liévin`): back over institution words and
  // articles to the place word.
  for (let j = k, skipped = 0; j > 0 && skipped < 3 && institutionWord(words[j], () => j >= words.length - lineWords()); j--, skipped++) {
    // … in brackets too (`(Maison de santé Louis-Pasteur)`).
    if (PLACE_WORDS.has(words[j - 1].replace(/^[(«"]/, ''))) return true;
  }
  // `(collège Jean-Jaurès`, `l'avenue Jean-Jaurès`, `INV-0433;collège Camille-Claudel`, a GTFS row's
  // `S04121,4121,Place Jean-Jaurès`: the word without its bracket, elided article or the cells before it.
  const word = words[k].replace(/^(?:.*[;|,])?[(«"]?(?:[ld]')?/, '');
  // `la ligne Jean Jaurès` is a bus or tram line; `la ligne de DUPONT Marie`, a row of a table.
  // … and a line break dictated to a phone (`à la ligne Sophie Lemaire virgule évaluatrice`), none.
  if (word === 'ligne' && (k < words.length - 1 || (words[k - 1] === 'la' && words[k - 2] === 'a'))) return false;
  if (word.endsWith('.')) return PLACE_ABBREVIATIONS.has(word.slice(0, -1));
  // A plural too, when an article follows it (`les communes de Margaux et de Soussans`; without one,
  // `Appli routes<TAB>Cédric Massol` is a table's row).
  return PLACE_WORDS.has(word) || (k < words.length - 1 && PLACE_WORDS.has(word.replace(/s$/, ''))) || PLACE_ABBREVIATIONS.has(word);
};
/**
 * Names listed after a place word are buildings or streets named after people (`des collèges
 * Jean-Moulin (Naucelle), Marcel-Aymé (Rignac) et Paul-Ramadier`, `collège Jean-Moulin (3
 * établissements), Jules-Ferry (2)`, `collèges Jean-Zay, Colette, Victor-Hugo`); placeBefore sees the
 * first one only. A hyphenated name must be among those listed before, and a name of one word
 * follow a plural: `groupe filles, Lou-Anne`, `l'école Paul-Bert, Noah Vandenberghe` and `au collège
 * Anne-Frank, Yanis en CM2` name children.
 */
const PLACE_LIST_BEFORE = /(?:^|[^a-z])([a-z]+?)(s?)((?: [a-z]+(?:-[a-z']+)*(?: \([^()\n]{1,30}\))?,)* [a-z]+(?:-[a-z']+)*(?: \([^()\n]{1,30}\))?)(?:,| et) $/;
export const inListOfPlaces = (folded: string, nameStart: number, value: string): boolean => {
  // Most names follow no list: a comma or `et` must come right before.
  if (!testBefore(folded, nameStart, /(?:,| et) $/, 4) || (value.includes(' ') && !value.includes('-'))) return false;
  const window = textBefore(folded, nameStart, 200);
  // The list holds a hyphenated name: without a hyphen near, no need to read it (lists of names are long).
  const list = window.includes('-') ? PLACE_LIST_BEFORE.exec(window) : null;
  return list !== null && list[3].includes('-') && (list[2] !== '' || value.includes('-')) && PLACE_WORDS.has(list[1]);
};
/** The role phrase right before the name, or null. */
export const roleBefore = (words: readonly string[]): string | null => {
  // `(née Price)`: the bracket opens the aside, not the word (a character test: this runs for most candidates).
  let last = words[words.length - 1];
  if (last !== undefined && last[0] === '(') last = last.slice(1);
  // `dit` introduces a nickname (`Dupont dit Jojo`), not after a pronoun (`il me dit Load key…`).
  if (last !== undefined && ROLE_WORDS.has(last)) return (last === 'dit' || last === 'dite') && SAYS_SUBJECTS.has(words[words.length - 2]) ? null : last;
  if (words.length >= 2 && ROLE_PAIR_ENDS.has(last)) {
    const pair = `${words[words.length - 2]} ${last}`;
    if (ROLE_WORDS.has(pair)) return pair;
  }
  return null;
};
/**
 * A mail merge's field name in its brackets, then an arrow (`«NOM» → `, `{{ prenom }} -> `, `[NOM] => `),
 * folded: `→` folds to `¬`, the fold of every mathematical symbol (see fold.ts).
 */
const MERGE_FIELD_BEFORE = /(?:«|\{\{?|\[|<) ?([a-z_ ]{2,30}?) ?(?:»|\}\}?|\]|>)[ \t]{0,3}(?:¬|->|=>)$/;
/**
 * A form's name label without its colon, before the value (`Parent 2 Nom FERREIRA`, `Nom *` ↵
 * `MARCHAND`, `Nom*⇥FOURNIER`), folded: PDF forms put the colon nowhere. On the value's line, a
 * few words may come before it; a value on the next line needs the label alone on its own (`c'est à
 * quel nom` ↵ `Appelant : …` is a question). Not before a tab without the form's star: `Nom⇥Modifié
 * le⇥Type` is a table's header.
 */
const SURNAME_LABEL_WORDS = "nom(?: de naissance| d'usage| de famille)?";
const FIRST_NAME_LABEL_WORDS = 'prenoms?|prenom\\(s\\)|given names?';
const BARE_LABEL_WORDS = `${SURNAME_LABEL_WORDS}|${FIRST_NAME_LABEL_WORDS}|surname|first name|last name`;
const BARE_LABEL_BEFORE = new RegExp(`(?:^|\\n)(?:[^\\n:]{1,24} )?(${BARE_LABEL_WORDS})(?: +| ?\\*[ \\t]*)$|(?:^|\\n)[ \\t]*(${BARE_LABEL_WORDS}) ?\\*?[ \\t]*\\n[ \\t]*$`);
/** The first names' label after the surname's field on the same line (`Nom GAILLARD Prénom Océane`, `Parent 1 Nom FERREIRA Prénom Sandrine`). */
const FIRST_NAME_LABEL_AFTER_NAME = new RegExp(`(?:^|\\n)(?:[^\\n:]{1,24} )?${SURNAME_LABEL_WORDS} [^\\n:]{2,60} (${FIRST_NAME_LABEL_WORDS}) +$`);
/** The form label right before the name (`Nom : `), or null. */
export const labelBefore = (before: string): string | null => {
  // Most names have no colon before them: look at the last non-blank character before trimming.
  let last = before.length - 1;
  while (last >= 0 && isBlank(before.charCodeAt(last))) last--;
  if (last < 0) return null;
  const code = before.charCodeAt(last);
  // A mail merge's field and its value (`«NOM» → GUÉGUEN`, `{{prenom}} -> Armel`).
  if (code === 0xac || (code === 62 && /[-=]$/.test(before.slice(0, last)))) {
    const field = MERGE_FIELD_BEFORE.exec(before.slice(0, last + 1));
    if (field !== null) {
      const label = field[1].replace(/_/g, ' ');
      return LABELS.has(label) ? label : null;
    }
  }
  if (code === 34 || code === 39 || code === 61 || code === 62) return keyBefore(before.slice(0, last + 1));
  // A chat transcript (Teams, Slack, WhatsApp) names the speaker after the time: `[10:42] Dupont Marie`,
  // `[Hier 14:32] …`, `15/03/2026, 08:05 - Pascal: …`.
  if (code === 93 || code === 45 || code === 126) return CHAT_TIME_BEFORE.test(before) ? 'interlocuteur' : null;
  // A chat copied from Tchap or Signal opens its headers with the time (`09:16 Sandrine Hubert [Département]`).
  if (isAsciiDigit(code)) return CHAT_BARE_TIME_BEFORE.test(before) ? 'interlocuteur' : null;
  if (code !== 58) {
    // Most candidates have no such label before them: look for its words before running the regexes.
    if (!before.includes('nom') && !before.includes('name')) return null;
    const bare = BARE_LABEL_BEFORE.exec(before) ?? FIRST_NAME_LABEL_AFTER_NAME.exec(before);
    const label = bare === null ? undefined : (bare[1] ?? bare[2]);
    return label !== undefined && LABELS.has(label) ? label : null;
  }
  // A vCard's name field (`N:VIDAL;Sophie;;Mme;`): family name first.
  if (VCARD_NAME_BEFORE.test(before)) return 'nom';
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(':')) return null;
  const body = trimmed.slice(0, -1).trimEnd();
  const words = body.split(' ');
  for (let count = 1; count <= 4; count++) {
    if (words.length < count) break;
    const phrase = words.slice(-count).join(' ');
    const clean = phrase.replace(/^[\n;|\t(]+/, '');
    const labelText = clean.slice(Math.max(clean.lastIndexOf('\n'), clean.lastIndexOf('\t')) + 1);
    if (!LABELS.has(labelText)) continue;
    // The label starts a line, a field or a clause.
    const at = body.length - labelText.length;
    const previous = textBefore(body, at, 2);
    // (`Nom / Surname :` of a bilingual identity document: the slash separates two labels.)
    if (at <= 0 || /[\n;|\t(] {0,2}$/.test(previous) || /[-:.?!,)/] $/.test(previous) || previous.endsWith('\t')) return labelText;
    // … or the label is whose name the field asks for (`Nom du bénéficiaire :`, `Nom de l'enfant :`, `Prénom de la mère :`).
    if (testBefore(body, at, /(?:^|[\n;|\t(])[ \t]*(?:nom|prenom|prenoms|nom et prenom|nom prenom) (?:du |de la |de l'|d'|de )$/, 30)) return labelText;
    // … or the previous field's value on the same line (`NOM : DIARRA PRENOM : MOUSSA`: normalisation
    // has made the column gap of a fixed-width form one space).
    if (testBefore(body, at, /:[ \t]+[^\n:]{1,40} $/, 50)) return labelText;
  }
  return null;
};
/**
 * A form pasted one cell per line, as Word and PDF tables copy (`Nom` ↵ `DUPONT` ↵ `Prénom` ↵
 * `Marie`): a surname's label is the whole line above a word that is its whole line. Its caller
 * takes capitals only: a capitalised word under `Nom` may be the next label of a blank form.
 */
export const surnameLabelLineAbove = (folded: string, start: number, end: number): boolean => {
  const word = folded.slice(start, end);
  if (!testAfter(folded, end, /^[ \t]*(?:\n|$)/, 4) || LABELS.has(word) || isNotANameWord(word)) return false;
  const k = lastNonBlank(folded, start);
  if (k < 0 || folded[k] !== '\n') return false;
  return SURNAME_LABELS.has(folded.slice(folded.lastIndexOf('\n', k - 1) + 1, k).trim());
};
/**
 * `Nom : de Gaulle`, `Nom d'usage : de La Fontaine`: a label, then the lower-case particle that
 * opens the surname (the candidate starts at the capital after it). The label, and the particle's
 * length with its space, or null.
 */
export const labelThenParticle = (before: string): { label: string; particle: number } | null => {
  const particle = /(?:^|[ \t])(de la|de|du|des) $/.exec(before);
  if (particle === null) return null;
  const label = labelBefore(before.slice(0, before.length - particle[1].length - 1));
  return label === null ? null : { label, particle: particle[1].length + 1 };
};
const VCARD_NAME_BEFORE = /(?:^|\n)n:$/;
const CHAT_BARE_TIME_BEFORE = /(?:^|\n)[ \t]{0,3}\d{1,2}:\d{2} ?$/;
const CHAT_TIME_BEFORE = /(?:^|\n)[ \t]{0,3}(?:\[(?:(?:hier|aujourd'hui|(?:lun|mar|mer|jeu|ven|sam|dim)(?:di|\.)?|mercredi|vendredi|samedi|dimanche|yesterday|today|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d{2}-\d{2}),? )?\d{1,2}[:h]\d{2}(?::\d{2})?\]|\d\d\/\d\d\/\d{4},? \d\d:\d\d -)[ \t]{0,3}(?:~[ \t\u202f]?)?$/;
/**
 * The form label of a key-value row copied from a spreadsheet (`Nom<TAB>DUPONT`, `Prénom;Marie`) or
 * written in Markdown (`| Nom | CARRÈRE |`): the row's first cell, right before the name, which ends
 * the row. Null otherwise (a header row `Date;Nom;Carte` is a row of labels, not a label and its value).
 */
export const labelCellBefore = (folded: string, start: number, end: number): string | null => {
  const separator = lastNonSpace(folded, start);
  if (separator < 0 || !isCellSeparator(folded.charCodeAt(separator))) return null;
  for (let k = end; k < folded.length && folded.charCodeAt(k) !== 10; k++) {
    if (isCellSeparator(folded.charCodeAt(k))) {
      // A Markdown row's closing pipe.
      if (folded.charCodeAt(k) === 124 && blanksTo(folded, k + 1, 1)) break;
      return null;
    }
  }
  let cellStart = separator;
  while (cellStart > 0 && folded.charCodeAt(cellStart - 1) !== 10) {
    if (isCellSeparator(folded.charCodeAt(cellStart - 1))) {
      // Its opening pipe.
      if (folded.charCodeAt(cellStart - 1) === 124 && blanksTo(folded, cellStart - 2, -1)) break;
      return null;
    }
    cellStart--;
  }
  const cell = folded.slice(cellStart, separator).trim();
  return LABELS.has(cell) ? cell : null;
};
/** Whether only spaces and tabs lie from `at` to the line's end (`step` 1) or start (`step` -1). */
const blanksTo = (folded: string, at: number, step: 1 | -1): boolean => {
  for (let k = at; k >= 0 && k < folded.length; k += step) {
    const code = folded.charCodeAt(k);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
};
/** A character `trimEnd` removes (white space and line terminators). */
export const isBlank = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));
/** `;`, tab or `|`. */
export const isCellSeparator = (code: number): boolean => code === 59 || code === 9 || code === 124;
