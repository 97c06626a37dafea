import { isFirstName } from '../../data/first-names-fr';
import { foldName as fold } from '../../fold';
import { hasPersonAnchor, lineAround } from '../../person-anchor';
import { fillsQuotation, firstNonSpace, lastNonBlank, lastNonSpace, testAfter, testBefore, textAfter, textBefore } from '../../text-window';
import type { DetectorExamples } from '../../types';
import { perText } from '../../per-text';
import { lineAt, lineMemo, onceForLine } from '../../table-context';
import { phraseSet, wordSet } from '../../word-list';
import { defineName } from './_define-name';
import { columnHeaderIn, columnIsName, insertColumnBefore, keyBefore, PLACE_AND_VEHICLE_HEADERS, STAFF_HEADERS, unquotedCell } from './_fields';
import { ACRONYMS, FUNCTIONS, GREETINGS, isNotANameWord, isPlainFirstName, isPossessiveRole, LEADS, LOWER_LETTERS, NAME_END, NAME_START, PLACE_WORDS, REQUEST_VERBS, ROLE_WORDS, STOP, SURNAME_LABELS, UPPER_LETTERS } from './_name-words';
import { initialIntroduced, letterNamesSomeone, SIGNATURE_AFTER, signatureLine } from './_name-introductions';
import { inListOfPlaces, isCellSeparator, labelBefore, labelCellBefore, labelThenParticle, lastWords, placeBeforeText, roleBefore, surnameLabelLineAbove, wordsBeforeName } from './_name-left-context';
import { aboutRoses, AREA_AFTER, CAR_MAKERS, COMPANY_AFTER, CULTIVAR_QUOTE_BEFORE, GENUS_EPITHET_AFTER, inListOfWorks, isVariety, LIFESPAN_AFTER, NAMED_AFTER_BEFORE, namedAsThing, NEVER_A_PERSON, opensQuote, PLANT_BEFORE, REGNAL_NUMBER, SPECIES, THING_AFTER, VARIETIES_LINE_START, VARIETY_AFTER } from './_name-things';
import { capitalsBeforeName, isAcronym, isModelCode, isName, isWordlike, nameLike, particleInName, particleSurnameEnd, type Result, span, tokenize, UPPER_CASE_TITLES } from './_name-tokens';

/**
 * Person names without a model (shared/reference/detectors.md §10): shape, context and a
 * first-name dictionary (INSEE *Fichier des prénoms* via the MIT npm package
 * gender-detection-from-name, see data/first-names-fr.ts), scored rather than decided.
 *
 * The pattern finds runs of one to five capitalised, upper-case or initial tokens (`Marie`,
 * `DUPONT`, `Jean-Pierre`, `O'Connor`, `H.`, with particles `de`, `du`, `le`, `van`, `ben`, `d'`…).
 * `validate` then reads the tokens and their left context. Signals, strongest first:
 * - a civil title (`M.`, `MM.`, `Mme`, `Madame`, `Dr`, `Me`, `Maître`, `Mr`, `Mrs`) + name → 0.85-0.95;
 *   not a function (`Madame la Présidente`, `Monsieur le Maire`, `M. le Directeur`);
 * - a form label (`Nom :`, `Prénom :`, `Enfant :`, `Mère :`), a role word (`l'enfant Lucas`,
 *   `la famille Moreau`, `son fils Nathan`, `l'usager X`, `née X`) → 0.8-0.9;
 * - a dictionary first name next to a surname-shaped token: `Jean DUPONT`, `DUPONT Jean`,
 *   `Karim Benali`, `Yanis H.` → 0.75-0.9; with a first name that is also a word (`Rose`,
 *   `Pierre`, `Claire`) → 0.65 (0.8 with an upper-case surname);
 * - a surname, a comma and its first name, as mail headers write them (`Dupont, Marie <…>`,
 *   `À : Dupont, Marie;`) → 0.75-0.85;
 * - a table cell (`DUPONT;Marie;12/03/1980`, tab- or `|`-separated) next to a first-name or
 *   upper-case surname cell → 0.75; a greeting (`Bonjour Karim,`) → 0.7;
 * - an initial and a surname after a word or a label that introduces people (`rédigé par J.
 *   Dupont`, `Présents : J.-P. Martin, S. Durand`) → 0.7;
 * - a lone capitalised first name (`Léna, 4 ans`) → 0.5, 0.65 when the line points at a person;
 *   a lone first name that is also a word (`Pierre`, `Rose`) is only reported before an age.
 * Names in introductions (`je m'appelle karim`) and typed in lower case after a title, a role or a
 * label (`mme martin`) or at the head of a record (`- lucas perrin, …`) are
 * person-name-introduction.ts's, person-name-lower-case.ts's and person-name-lower-case-record.ts's.
 * Rejected: acronyms (`RSA`, `CAF`…), months and weekdays, label and function words, names of
 * streets, schools and buildings (`rue Victor Hugo`, `collège Jean Moulin`), AI models (`Claude
 * Sonnet`), MRZ fillers (`<`). The span is the name, without the title, the role word or the verb
 * of a request before it (`Contacte Karim Benali`). The engine drops the names of famous people of
 * the past that no civil title precedes (`aurait écrit Victor Hugo`: EPONYMS in _name-words.ts).
 *
 * Cost: the pattern starts only at a capital, its quantifiers are bounded, dictionary lookups are
 * O(1). Examples are fictitious.
 */

const LU = UPPER_LETTERS;
const LL = LOWER_LETTERS;
// Breton `c'h` (`Le Floc'h`, `Lozac'h`), which is no elision; a compound's part may be `N'Diaye` (`Leclerc-N'Diaye`).
const CAP = `[${LU}][${LL}]{1,30}(?:c'h)?(?:[${LU}][${LL}]{1,30})?(?:-(?:[${LU}]')?[${LU}][${LL}]{1,30}){0,3}`;
const APOS = `[${LU}]'[${LU}][${LL}]{1,30}`;
// `N'DIAYE`, `D'ALMEIDA`: one capital before the apostrophe.
const UP = `(?:[${LU}]{2,30}|[${LU}]'[${LU}]{2,30})(?:[-'][${LU}]{1,30}){0,3}`;
const ABBREVIATED_TITLE = '(?:Mr|Mrs|Ms|Dr|Pr|Mme|Mlle|Me|MM)\\.';
// `J.`, and the initials of a compound first name (`J.-P.` for Jean-Pierre, `J-M` typed without dots).
const INIT = `[${LU}](?:\\.(?:-[${LU}]\\.)?|-[${LU}](?= [${LU}]))`;
const TOKEN = `(?:${ABBREVIATED_TITLE}|${APOS}|${CAP}|${UP}|${INIT})`;
const PARTICLE = "(?:(?:de la|van de[nr]|de|du|des|le|la|van|von|der|den|ben|ibn|bin|el|al|di|da|dos|das|del|della|y) {1,2}|d')";
/**
 * Runs of two to five tokens, or one token where a single word can be a name: a capitalised word
 * that does not open a sentence or a line (kept there before a table separator, or before a comma:
 * `Léna, 4 ans`, `Sylvie,` ending the line that opens a mail), and an upper-case word after a
 * label colon, a table separator, a line start or a role word (`Nom : BOUZID`, `DIALLO;Aminata`,
 * `la famille MOREAU`, `fam. BERTIN` in case notes). Sentence openers (`Rédige`, `Peux-tu`) and acronyms in running text (`RSA`,
 * `CAF`) are thus not even candidates: on a long text they were most of the candidates.
 */
/**
 * Verbs of case notes after a first name (`Youssef a eu un rappel à la loi`, `Chloé explique que`,
 * `Clara a 11 ans`): a candidate of the pattern, and a name for `validate`, which reads them in the
 * folded text (the accented classes match it too). With them, a colleague's actions in minutes
 * (`Coralie monte le dossier SIAO`, `Justine transmet à la brigade`).
 */
const CASE_NOTE_VERBS = 'appelle|transmet|pr[ée]vient|monte (?:le|un) dossier|dit regretter|regrette|reconna[iî]t|demande|conteste|refuse|souhaite|explique|rapporte|raconte|d[ée]clare|[ée]voque|exprime|pleure|a (?:rendez-vous|rdv|des|un|une|eu|fait|besoin|manqu[ée]|donn[ée] son accord|fugu[ée]|obtenu|repris|quitt[ée]|reconnu|frapp[ée]|vol[ée]|refus[ée]|accept[ée]|ensuite|encore|pleur[ée]|dit|expliqu[ée]|\\d{1,2} ans)|has (?:been|expressed|asked|told|said)|was (?:placed|born|diagnosed|convicted|taken)';
// A form's label ends a run (`Nom GAILLARD Prénom Océane`): the first name after it is a candidate of its own.
const NOT_A_LABEL = "(?!(?:Pr[ée]noms?|PR[ÉE]NOMS?|Given|GIVEN|Surname|SURNAME)(?![\\p{L}\\p{N}]))";
const MULTI = `${TOKEN}(?: {1,2}${NOT_A_LABEL}${PARTICLE}?${TOKEN}){1,4}`;
/**
 * What follows a sender's name on a copied chat's header line: their role in brackets, then the time,
 * after blanks or a dot or a dash, with the day or the date (`Lucas (paie)  14:07`, `Mickaël (AD) · 21:15`,
 * `Nadia — Hier 14:32`, `Stéphane · 11/11 13:37`, `Ibrahima · [17/05/2026 19:20]`).
 */
const CHAT_SENDER_TAIL = "(?: \\([^()\\n]{1,30}\\))?(?: {1,2}|,? [·—–-] |, )\\[?(?:(?:[Hh]ier|[Aa]ujourd'hui|(?:lun|mar|mer|jeu|ven|sam|dim)\\.?(?: \\d{1,2}(?: [a-zéû]{3,5}\\.?)?)?|\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?),? )?\\d{1,2}[:h]\\d{2}(?!\\d)";
const SINGLE_CAP = `(?<!(?:[.!?(\n]|^) {0,2})(?:${APOS}|${CAP})|(?<=[.!] {1,2})(?:${CAP})(?=[ \\t]*$)|(?<=(?:^|\n) {0,2}(?:[-*•–] )?)(?:${APOS}|${CAP})(?= {0,2}(?:[;\t|\r\n]|,[ \t]*(?:\r?\n|$)|$|: )|${CHAT_SENDER_TAIL})|(?:${CAP})(?=, | {1,2}(?:\\(\\d|\\(n[ée]e? |\\d{1,2} ?(?:ans|an|a|mois)(?![\\p{L}\\p{N}])|\\((?:CP|CE[12]|CM[12]|[3-6]e|[3-6]ème|PS|MS|GS|2nde|1re|Tle)[),]|(?:CE[12]|CM[12]|[3-6]e(?:me)?[A-Ha-h1-9])(?![\\p{L}\\p{N}])|est |a [ée]t[ée] |vit |souffre |ne |b[ée]n[ée]ficie |dit qu|dit avoir|a peur |(?:et|\\+|&) [${LU}][${LL}]|(?:${CASE_NOTE_VERBS}) ))`;
const SINGLE_UP = `(?<=(?:[:;\t|\n"'>=→]|^|(?<![a-z])(?:mme|mlle|mr|dr|adj\\.?|cne|ltn|sgt|cdt|adc|mdl)|(?<![a-z]|\\d ?)m\\.|[Ll]'agente?|[Ff]am(?:ille|\\.)|[Ff]ratrie|[Cc]ouple|[ÉéEe]poux|[Nn][ée]e|[ÉéEe]pouse|[ÉéEe]p\\.|[Vv]euve|[Dd]ite?|[Uu]sag(?:er|ère|ere)|[Ee]nfants?|[Jj]eune|[Ff]ils|[Ff]ille|[Mm][èe]re|[Pp][èe]re) {0,2})${UP}`;
const SEQUENCE = `(?:${MULTI}|${SINGLE_CAP}|${SINGLE_UP})`;

/**
 * Every candidate starts with a capital. Saying so first lets the regex engine skip the other
 * positions before it tests the lookbehinds (measured: 9.5 → 5.8 ms per MB; a class of capitals
 * only, without the `j`, `i`, `e`, `m` of the introductions now read by
 * person-name-introduction.ts, saves another third of the pattern's time).
 */
const FIRST_CHARACTER = `(?=[${LU}])`;

const PATTERN = new RegExp(`${FIRST_CHARACTER}${NAME_START}(?:${SEQUENCE})${NAME_END}`, 'gu');

/** Roles after which a capitalised word that is not a first name is still a surname (`la famille Moreau`). */
const SURNAME_ROLES = phraseSet('la famille|famille|la fratrie|fratrie|les enfants|enfants|le couple|les epoux|chez les|nee|epouse|veuve|dit|dite|alias|cher|chere|dear|bonjour|bonsoir');
const BEFORE_ARTICLES = wordSet("le la les l' un une du au aux des");
/** What introduces a template's example name, with its title (`ex. : M. `, `exemple : `, `e.g.: `): read over the 20 characters before it, its longest match (`.exemple : monsieur `). */
const TEMPLATE_EXAMPLE_BEFORE = /(?:^|[^a-z])(?:ex\.?|exemple|e\.g\.) ?: ?(?:(?:m\.|mme|madame|monsieur|mr\.?) )?$/;

/**
 * Whether `before` ends with blanks only (or nothing) since its last line break or its start.
 * A loop: a regex anchored at the end is tried at every position.
 */
const blanksToLineStart = (before: string): boolean => {
  const k = lastNonBlank(before, before.length);
  return k < 0 || before[k] === '\n';
};

/** What introduces a nickname in quotes: `dit`, `dite`, `surnommé` after a name, `l'appelle`, `se fait appeler`. */
const NICKNAME_BEFORE = /(?:\p{Lu}[\p{L}'’-]+,? (?:dite?|surnommée?)|(?:l'|l’|se fait )appel(?:le|lent|er)) [«"“] ?$/u;
/** NICKNAME_BEFORE's last words, read first over a short window: the name before them is what costs. */
const NICKNAME_WORD_BEFORE = /(?:dite?|surnommée?|appel(?:le|lent|er)) [«"“] ?$/;

/** True when what introduces a nickname (see NICKNAME_BEFORE) ends at `at`. */
const nicknameBefore = (text: string, at: number): boolean => testBefore(text, at, NICKNAME_WORD_BEFORE, 14) && testBefore(text, at, NICKNAME_BEFORE, 48);

/**
 * The rest of a chat message's header line after its sender: their service, the time (`Gomez Sabrina (DIAE) 14:07`,
 * `Ferreira Tom  09:05`, `Mickaël (AD) · 21:15`), and the message itself after a colon (`Julien – 02/02 21h47 : tu me…`).
 */
const CHAT_HEADER_AFTER = new RegExp(`^${CHAT_SENDER_TAIL}\\]?(?:[ \\t]*(?:\\n|$)| ?: )`);

/** `interlocuteur` when the name opens a line that a chat's time ends, after the sender's service if any: a copied chat's header (`Lucas (paie)  14:07`). */
const chatSenderLine = (text: string, from: number, to: number): string | null => (from === 0 || text[from - 1] === '\n') && testAfter(text, to, CHAT_HEADER_AFTER, 40) ? 'interlocuteur' : null;

/** Thanks or good wishes closing a message, right before the first name that signs it. */
const THANKS_BEFORE = /(?:merci(?: beaucoup| d'avance| bcp)?|bon courage|bonne (?:journee|soiree|semaine)|a bientot|bises|cordialement|bien a (?:toi|vous))(?: a (?:toi|vous|tous))? ?[!.,]* $/;

/** Children listed in brackets (`1 enfant (Sofiia, 11 ans)`, `ses fils (Omid, 12 ans, et …`). */
const CHILDREN_BEFORE = /(?:enfants?|fils|filles?|freres?|soeurs?|jumeaux|jumelles) \((?:[^()\n]{0,40}, )?$/;
/** `née le 08/05/1941 à Viana do Castelo`, `Né(e) le : 14.06.1943` ↵ `à : CASABLANCA`: the place of birth. */
const BIRTHPLACE_BEFORE = /(?:^|[^a-z])ne(?:e|\(e\))? (?:le [^\n]{4,24}? )?a $|(?:^|[^a-z])ne(?:e|\(e\))? le ?:?[ \d./-]{6,14}[\n ][ \t]*a ?: ?$/;

/**
 * An age, a birth date or a school class right after a name (`Jordan, 16 ans`, `Inès (11 ans)`, `Enzo 11a`,
 * `Rose (12/03/2015)`, `Hamid, né le 22/08/2016`, `Lucas (CE2)`).
 */
const AGE_AFTER = /^(?:,? \(?\d{1,3} ?(?:ans|an|a|mois)(?![a-z0-9])| (?:ce1|ce2|cm1|cm2|[3-6]e(?:me)?[a-h1-9])(?![a-z0-9])| \(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\)| \(nee? le \d|, nee? le \d| \((?:cp|ce1|ce2|cm1|cm2|[3-6]e|[3-6]eme|ps|ms|gs|2nde|1re|tle)[),])/;
/** An apposition or a verb of state after a name (`Louane, élève de 4e`, `Lucas est suivi`); ages are AGE_AFTER's. */
const APPOSITION_AFTER = /^,? (?:a ete (?:place|placee|hospitalise|hospitalisee|confie|confiee|condamne|condamnee|signale|signalee|diagnostique|diagnostiquee|opere|operee|incarcere|incarceree|suivi|suivie)|vit (?:chez|seule?|en|avec)|souffre d|eleve|agent|agente|usager|usagere|beneficiaire|allocataire|patient|patiente|enfant|mineur|mineure|nee?|agee?|salarie|salariee|stagiaire|apprentie?|collegien|collegienne|lyceen|lyceenne|etudiante?|sa (?:mere|soeur|fille)|son (?:pere|frere|fils)|ma (?:mere|soeur|fille)|mon (?:pere|frere|fils)|qui (?:est|a|vit|souffre)|ne (?:veut|peut|va|vient|sait|parle|mange|dort|supporte|souhaite|comprend|respecte)|beneficie|dit qu|dit avoir|a peur|est (?:ne|nee|age|agee|scolarise|scolarisee|suivi|suivie|place|placee|hospitalise|hospitalisee|absent|absente|malade|accueilli|accueillie))(?![a-z])/;
/** Verbs of case notes after a first name that is not also a word (`Youssef a eu un rappel à la loi`, `Ibrahima has expressed…`), read in the folded text. */
const CASE_NOTE_VERB_AFTER = new RegExp(`^ (?:${CASE_NOTE_VERBS})(?![a-z])`);
/**
 * The capitalised word joined to a name by `et`, `+` or `&`, after its end or before its start. Sticky,
 * tried at that position only (this runs for most lone first names); `lastIndex` is set before each use.
 */
const PAIRED_AFTER = new RegExp(` (?:et|\\+|&) ([${UPPER_LETTERS}][${LOWER_LETTERS}]{1,30})(?![\\p{L}\\p{N}])`, 'uy');
const PAIRED_BEFORE = new RegExp(`(?<=(?<![\\p{L}\\p{N}])([${UPPER_LETTERS}][${LOWER_LETTERS}]{1,30}) (?:et|\\+|&) )`, 'uy');

/**
 * Whether the first name at `start`…`end` is joined by `et`, `+` or `&` to a first name that is no
 * word of the language: a pair of people, or of things named after people after a place's word
 * (`les tempêtes Lothar et Martin`), or neither (null).
 */
const pairOf = (text: string, start: number, end: number): 'people' | 'things' | null => {
  PAIRED_AFTER.lastIndex = end;
  PAIRED_BEFORE.lastIndex = start;
  const after = PAIRED_AFTER.exec(text);
  const other = after ?? PAIRED_BEFORE.exec(text);
  if (other === null || !isPlainFirstName(fold(other[1]))) return null;
  // A pair filling a quotation is a brand's or a work's name (`« Charles & Alice »`).
  const pairStart = after !== null ? start : text.lastIndexOf(other[1], start);
  const pairEnd = after !== null ? end + other[0].length : end;
  if (opensQuote(text, pairStart) && /^ ?[»"”]/.test(textAfter(text, pairEnd, 2))) return 'things';
  // The word before the pair's first name.
  const words = lastWords(fold(textBefore(text, start, 40)), 3);
  return PLACE_WORDS.has(words[words.length - (after !== null ? 1 : 3)] ?? '') ? 'things' : 'people';
};

/** A first name and a full name sharing the surname (`Claire et Antoine Roussel`, `Rose et Paul MARTIN`). */
const PAIRED_FULL_NAME_AFTER = new RegExp(` et ([${UPPER_LETTERS}][${LOWER_LETTERS}]{1,30}) [${UPPER_LETTERS}][${LOWER_LETTERS}${UPPER_LETTERS}'-]{1,30}(?![\\p{L}\\p{N}])`, 'uy');
const pairedWithFullName = (text: string, end: number): boolean => {
  PAIRED_FULL_NAME_AFTER.lastIndex = end;
  const other = PAIRED_FULL_NAME_AFTER.exec(text);
  return other !== null && isPlainFirstName(fold(other[1]));
};

/** What a professional does in a note, after an initial and a surname (`C. Lemaire fait la demande`, `F. Dubreucq rappelle la mère`). */
const STAFF_VERB_AFTER = /^ (?:fait (?:la|le|les|une|un)|a fait|se charge|transmet|rappelle|recontacte|contacte|rencontre|recoit|accompagne|propose|verra|voit (?:la|le|les)|prend (?:contact|rdv|rendez-vous))(?![a-z])/;
/** A job or a staff number in brackets after an initial and a surname (`N. Bourdon (AS MDS Nord)`, `C. Vidal (infirmière scolaire)`, `B. Nguyen (matricule 20418)`). */
const JOB_IN_BRACKETS_AFTER = /^ \((?:matricule|as|educ|medecin|dr|cpe|principale?|sage-femme|juge|drh|dgs|dga|daf|dsi|dpo|cesf|eje|tisf|cpip|[a-z-]*(?:iste|logue|ante?|ente?|eur|euse|rice|ienne?|aire|iere?))(?![a-z])/;

/** The line holding [start, end) split on its table separator, or null when it is not a table row. */
const MAX_LINE = 2000;

/** Cheap gate: a separator right before or after the span (spaces skipped), or a line edge. */
const inTableCell = (text: string, start: number, end: number): boolean => {
  // Quotes around the cell, as CSV exports write them (`"DUPONT";"Marie"`), are skipped.
  let k = lastNonSpace(text, start);
  const quoted = k >= 0 && text.charCodeAt(k) === 34 && end < text.length && text.charCodeAt(end) === 34;
  if (quoted) k--;
  const left = k < 0 ? 10 : text.charCodeAt(k);
  k = firstNonSpace(text, quoted ? end + 1 : end);
  const right = k >= text.length ? 10 : text.charCodeAt(k);
  const leftSeparates = separatesCells(left, quoted);
  const rightSeparates = separatesCells(right, quoted);
  return (leftSeparates || left === 10) && (rightSeparates || right === 10) && (leftSeparates || rightSeparates);
};

/**
 * A cell separator; a comma separates quoted cells only (`"GIRARD","Maxime"`): in prose it follows a
 * surname (`Dupont, Marie`).
 */
const separatesCells = (code: number, quoted: boolean): boolean => isCellSeparator(code) || (quoted && code === 44);

const CELL_SEPARATORS = ['\t', ';', '|', ','] as const;

/**
 * The cells of the last text's lines, by line, split at each separator as first asked: a row
 * holds several names (`DUPONT;Marie`), each of which reads its row. Lines are numbered on the
 * folded text, as table-context.ts's are: folding keeps each unit, so its line breaks are the text's.
 */
const rowsOf = perText((folded: string) => lineMemo<Row>(folded));

interface Row {
  readonly line: string;
  /** By separator (as in CELL_SEPARATORS): the line's parts, and these unquoted once a name is found in one. */
  readonly splits: Array<{ readonly parts: string[]; cells?: string[] } | undefined>;
}

const newRow = (text: string, lineStart: number, lineEnd: number): Row => ({ line: text.slice(lineStart, lineEnd), splits: [] });

const tableCells = (text: string, folded: string, start: number, end: number): { cells: string[]; index: number } | null => {
  const line = lineAt(folded, start);
  const [lineStart, lineEnd] = line;
  if (lineEnd < end || lineEnd - lineStart > MAX_LINE) return null;
  const row = onceForLine(rowsOf(folded), text, line, newRow);
  for (let s = 0; s < CELL_SEPARATORS.length; s++) {
    const split = (row.splits[s] ??= { parts: row.line.split(CELL_SEPARATORS[s]) });
    const { parts } = split;
    // Two cells are a row too (`DUPONT;Marie`): the whole cell must be the name (checked below).
    if (parts.length < 2) continue;
    let offset = lineStart;
    for (let i = 0; i < parts.length; i++) {
      const cellStart = offset;
      const cellEnd = offset + parts[i].length;
      if (start >= cellStart && end <= cellEnd) {
        // A comma separates quoted cells only (see inTableCell).
        if (unquotedCell(parts[i]) !== text.slice(start, end) || (CELL_SEPARATORS[s] === ',' && parts[i] === text.slice(start, end))) return null;
        split.cells ??= parts.map(unquotedCell);
        return { cells: split.cells, index: i };
      }
      offset = cellEnd + 1;
    }
  }
  return null;
};

const UPPER_CELL = /^\p{Lu}{2,30}(?:[-' ]\p{Lu}{1,30}){0,3}$/u;
const CAP_CELL = /^\p{Lu}\p{Ll}{1,30}(?:-\p{Lu}\p{Ll}{1,30}){0,3}$/u;

const firstNameCell = (cell: string): boolean => CAP_CELL.test(cell) && isFirstName(fold(cell));

const lineAnchor = (text: string, folded: string, start: number, end: number): boolean => {
  const [fullStart, fullEnd] = lineAround(text, start);
  const lineStart = Math.max(fullStart, start - 300);
  const lineEnd = Math.min(fullEnd, end + 300);
  return hasPersonAnchor(text, folded, lineStart, lineEnd) || testAfter(folded, end, /^,? \d{1,2} ans(?![\p{L}])/u, 10);
};

/**
 * `M Dupont`: the title typed without its dot, a capital `M` alone before the name; or a title typed
 * in lower case (`appel de mme Soulages`). Null when there is none (the caller goes on), false when
 * the word cannot be a name.
 */
const nameAfterBareTitle = (text: string, folded: string, start: number, end: number): Result | null => {
  // Back over one or two spaces, no more.
  const k = Math.max(lastNonSpace(text, start), start - 3);
  if (k === start - 1) return null;
  // The title in lower case (see afterLowerCaseTitle).
  if (lowerCaseTitleBefore(text, k + 1)) return titledName(text, folded, start, end);
  if (text[k] !== 'M' || (k > 0 && /[\p{L}\p{N}.'-]/u.test(text[k - 1]))) return null;
  // After a lower-case word, a punctuation mark or a line start (`rdv avec M Dupont`), not in a
  // heading or a product name (`Plan M Express`, `TAILLE M Rouge`).
  let p = lastNonSpace(text, k);
  while (p > 0 && /\p{Ll}/u.test(text[p]) && /\p{L}/u.test(text[p - 1])) p--;
  if (p >= 0 && !/[\p{Ll}:,;(\n]/u.test(text[p])) return null;
  return titledName(text, folded, start, end);
};

/** True when one or two spaces and a title in lower case come right before `at` (`appel de mme Soulages`, `mme Perrot Odette`). */
const afterLowerCaseTitle = (text: string, at: number): boolean => {
  const k = Math.max(lastNonSpace(text, at), at - 3);
  return k < at - 1 && lowerCaseTitleBefore(text, k + 1);
};

/**
 * A title in lower case ending right before a name: `mme`, `m.`, `madame`, `monsieur`, `mlle`, `mr`,
 * `docteur`, `dr`, `maître`, a gendarme's rank; the ranks capitalised too, since a hyphenated one
 * (`Adjudant-chef T. GUÉRIN`) is no token of the name's run.
 */
const LOWER_CASE_TITLE_BEFORE = /(?:^|[^\p{L}\p{N}-])(?:mme|mlle|m\.|mr\.?|madame|monsieur|mademoiselle|docteur|dr\.?|professeur|ma[iî]tre|[Aa]djudant(?:-chef)?|[Bb]rigadier(?:-chef)?|[Gg]endarme|adj\.?|cne|ltn|sgt|cdt|adc|mdl|mevrouw|meneer|mijnheer)$/u;
/**
 * The last two characters of every title of LOWER_CASE_TITLE_BEFORE (tests/unit/detection/person-name.test.ts
 * checks them against each title): compared first, since most words before a name end otherwise.
 */
const LOWER_CASE_TITLE_ENDINGS = new Set('me le m. mr r. ur dr re nt ef er dj j. ne tn gt dt dc dl uw'.split(' '));

/** True when a title in lower case (see LOWER_CASE_TITLE_BEFORE) ends at `at`. */
const lowerCaseTitleBefore = (text: string, at: number): boolean => LOWER_CASE_TITLE_ENDINGS.has(textBefore(text, at, 2)) && testBefore(text, at, LOWER_CASE_TITLE_BEFORE, 15);

/** The word after a title, unless it is a function or a word that is never a name. */
const titledName = (text: string, folded: string, start: number, end: number): Result => {
  if (isNotANameWord(folded.slice(start, end)) || ACRONYMS.has(text.slice(start, end))) return false;
  return { score: 0.85, start: 0, end: end - start };
};

const PLACEHOLDER_SURNAME = /(?<![a-z])doe(?![a-z])/;

/** A test row's name (folded): `usager-test`, `test-dupont`, a role and a count (`usager-deux`, `beneficiaire-1`). */
const TEST_ROW_NAME = /(?:^|-)(?:test|essai)(?:-|$)|^(?:usager|beneficiaire|patient|agent|personne|eleve|enfant)-(?:un|une|deux|trois|quatre|cinq|\d{1,3})$/;

/** A file's worker in short, over initials and surnames (`Réf.` … `S. Arnaud`); over a single word it is a product's reference. */
const REFERENT_HEADERS = wordSet('ref ref.');

/** A self-introduction right before a name, folded, in French and the families' languages. */
const SELF_INTRODUCTION_BEFORE = /(?:^|[^a-z])(?:je suis|je m'appelle|this is|i am|i'm|my name is|ich bin|me llamo|soy|mi chiamo|sono|eu sou|chamo-me) $/;

/** What follows `Maître` in a works project's roles (`Maître d'œuvre`, `Maître d'ouvrage`). */
const PROJECT_ROLE = /^(?:d['’])?(?:(?:œ|oe)uvre|ouvrage)$/i;

/** First names that are also the country or region a town is followed by: `Paris (France)`, `Metz (Lorraine)`. */
const PLACE_FIRST_NAMES = wordSet('france lorraine savoie victoria georgia virginia');

/**
 * `DUPONT (Marie)`, `Dupont (Marie)`: a surname, then its first name in brackets, as lists of
 * people are written. False when nothing follows or it is no first name.
 */
const nameBeforeFirstName = (text: string, folded: string, start: number, end: number): Result => {
  const after = /^ ?\((\p{Lu}[\p{L}-]{1,30})\)/u.exec(textAfter(text, end, 36));
  if (!after) return false;
  const firstName = fold(after[1]);
  if (!isPlainFirstName(firstName) || PLACE_FIRST_NAMES.has(firstName)) return false;
  const surname = folded.slice(start, end);
  if (STOP.has(surname) || PLACE_WORDS.has(surname) || ACRONYMS.has(text.slice(start, end))) return false;
  // A place named after someone, then its town (`Maison des familles Françoise-Dolto (Péronne)`).
  if (placeBeforeText(textBefore(folded, start, 60))) return false;
  return { score: 0.8, start: 0, end: end - start + after[0].length };
};

/** A comma ending the line: the name before it greets the reader. */
const SALUTATION_AFTER = /^,[ \t]*(?:\r?\n|$)/;
/** The start of a line or of a list's item (`- `, `* `, `• `). */
const ITEM_START_BEFORE = /(?:^|\n)[ \t]*(?:[-*•–] ?)?$/;

/** `, Pierre` before an address, a `;` or the end of the line (see surnameThenFirstName). */
const FIRST_NAME_AFTER_COMMA = new RegExp(`^, ?([${LU}][${LL}]{1,30}(?:-[${LU}][${LL}]{1,30})?)(?= ?<| ?;| ?\\r?\\n| ?$|${CHAT_SENDER_TAIL})`);

/**
 * `À : Dupont, Marie`, `Vidal, Pierre <pierre.vidal@…>`: mail headers and address books write the
 * surname, a comma, then the first name. Read so before an address, after a label or in a list
 * (after `:` or `;`) before `;` or the end of the line, or alone on its line when the surname is in
 * capitals (`DUPONT, Marie`) or the line before or after is alike. The surname may be a first
 * name too (`Martin, Jean`). False otherwise (`Rodez, France`, and `Désolé, Marie` alone at a line
 * start).
 */
const surnameThenFirstName = (text: string, folded: string, start: number, end: number): Result => {
  if (text[end] !== ',') return false;
  const after = FIRST_NAME_AFTER_COMMA.exec(textAfter(text, end, 40));
  if (!after) return false;
  const firstName = fold(after[1]);
  if (!isFirstName(firstName) || PLACE_FIRST_NAMES.has(firstName)) return false;
  const surname = folded.slice(start, end);
  if (isNotANameWord(surname) || PLACE_WORDS.has(surname) || ACRONYMS.has(text.slice(start, end))) return false;
  const nameEnd = end - start + after[0].length;
  if (testAfter(text, start + nameEnd, /^ ?</, 2)) return { score: 0.85, start: 0, end: nameEnd };
  const k = lastNonSpace(text, start);
  if (k >= 0 && (text[k] === ':' || text[k] === ';')) return { score: 0.75, start: 0, end: nameEnd };
  // A line of its own: the surname in capitals (`DUPONT, Marie`), or a list of such lines; or a
  // copied Teams message's header, the directory's name and the time (`Dupont-Leroy, Claire (DEF-ASE) 09:02`).
  if (k >= 0 && text[k] !== '\n') return false;
  if (testAfter(text, start + nameEnd, CHAT_HEADER_AFTER, 40)) return { score: 0.8, start: 0, end: nameEnd };
  const capitals = text.slice(start, end) === text.slice(start, end).toUpperCase();
  return capitals || nextToAlikeLine(text, k + 1) ? { score: 0.75, start: 0, end: nameEnd } : false;
};

/** A line that holds only a surname, a comma and a first name (`Lefort, Jean`). */
const SURNAME_COMMA_LINE = /^[ \t]*\p{Lu}[\p{L}'-]{1,40}, ?\p{Lu}[\p{L}-]{1,30}[ \t\r]*$/u;
const LIST_LINE_MAX = 100;

/** True when the line before or after the one starting at `lineStart` is a SURNAME_COMMA_LINE. */
const nextToAlikeLine = (text: string, lineStart: number): boolean => {
  // A line break belongs to the line it ends: `lineStart - 1` is in the line before.
  if (lineStart > 0 && isSurnameCommaLine(text, lineAround(text, lineStart - 1))) return true;
  const lineEnd = lineAround(text, lineStart)[1];
  return lineEnd < text.length && isSurnameCommaLine(text, lineAround(text, lineEnd + 1));
};

const isSurnameCommaLine = (text: string, [from, to]: [number, number]): boolean => to - from <= LIST_LINE_MAX && SURNAME_COMMA_LINE.test(text.slice(from, to));

/**
 * True when the name at `nameEnd` opens a table row: a line break ends the text before it, blanks aside, and a cell
 * separator (`;`, `|`, a tab) is among the three characters after it, after spaces. Read before the place check it
 * rules out, which cost more (a CSV export's names all open rows).
 */
const opensRow = (before: string, text: string, nameEnd: number): boolean => {
  if (before.charCodeAt(lastNonBlank(before, before.length)) !== 10) return false;
  for (let k = nameEnd; k < nameEnd + 3 && k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 59 || code === 124 || code === 9) return true;
    if (code !== 32) return false;
  }
  return false;
};

export default defineName({
  id: 'person-name',
  pattern: PATTERN,
  baseScore: 0.8,
  validate: (value, context) => {
    const { text, folded, start, end } = context;
    // The end of a place's compound name (`Saint-Jean-d'Angély`).
    if (folded.startsWith("-d'", start - 3)) return false;
    // A cultivar quoted as horticulture writes them (`'Madame Alfred Carrière'`, `'Henri Martin'`), in a text about roses.
    if (text.charCodeAt(end) === 39 && testBefore(text, start, CULTIVAR_QUOTE_BEFORE, 12) && aboutRoses(folded)) return false;
    // A variety in a line that lists them after the fruit's kind: the line read from its start (at most 160 characters back),
    // found with the line index rather than by a regex tried at every position of the window, on every candidate.
    if (VARIETIES_LINE_START.test(folded.slice(Math.max(lineAround(text, start)[0], start - 160), start))) return false;
    // Fast path for the commonest candidate, one capitalised word that is not a first name (a
    // sentence opener: `Peux-tu`, `Rédige`, `Le`): only a label, a role word or a table cell can make
    // it a name, and none of them follows `.`, `?`, `!`, `«`, `(` or the start of the text.
    const singleWord = value.indexOf(' ') < 0 && !value.includes("'") && value.length > 1;
    const afterBareTitle = singleWord ? nameAfterBareTitle(text, folded, start, end) : null;
    if (afterBareTitle !== null) return afterBareTitle;
    const surnameFirst = singleWord && surnameThenFirstName(text, folded, start, end);
    if (surnameFirst) return surnameFirst;
    if (singleWord && !isFirstName(folded.slice(start, end))) {
      // A first name the list lacks, given with an age in a list of people (`1 enfant (Sofiia, 11 ans)`).
      if (folded.charCodeAt(end) === 44 && value.charCodeAt(1) >= 97 && testAfter(folded, end, AGE_AFTER, 12) && testBefore(folded, start, CHILDREN_BEFORE, 60)) return { score: 0.7 };
      if (value.charCodeAt(1) >= 97) {
        const k = lastNonSpace(text, start);
        const previous = k < 0 ? '' : text[k];
        // A nickname in quotes after its person (`Tony Lagrené dit « Tatave »`): see NICKNAME_BEFORE.
        if ((previous === '«' || previous === '"' || previous === '“') && nicknameBefore(text, start)) return { score: 0.8 };
        if (previous === '' || previous === '.' || previous === '?' || previous === '!' || previous === '«' || previous === '(') return false;
        // A quote opens a quotation, unless it opens the value of a key (`"nom": "Dupont"`).
        if (previous === '"' && keyBefore(textBefore(folded, k + 1, 71)) === null) return false;
      }
      // Any single word that is not a first name (`Conseil`, `DUPONT`): the checks below only accept it
      // after a label (`Nom :`), a role (`la famille`) or in a table cell; without them, say no now.
      // The table cell first: it reads two characters, where the others read the words before.
      const before = inTableCell(text, start, end) ? null : textBefore(folded, start, 60);
      if (before !== null && labelBefore(before) === null && labelThenParticle(before) === null && insertColumnBefore(folded, start) === null && roleBefore(lastWords(before, 2)) === null) {
        if (value === value.toUpperCase() && surnameLabelLineAbove(folded, start, end)) return { score: 0.8 };
        return nameBeforeFirstName(text, folded, start, end);
      }
    }
    const tokens = tokenize(value, folded.slice(start, end));
    if (tokens.length === 0) return false;

    // A title anywhere in the run starts the name (`Ticket de Mme Corinne Albinet`); the last one
    // that a word follows (`M. ÉRIC LAVERGNE ET MME`: the run ends on the next title).
    let lastTitle = -1;
    for (let k = tokens.length - 2; k >= 0; k--) {
      if (tokens[k].kind === 'title') {
        lastTitle = k;
        break;
      }
    }
    let i = 0;
    let greeting = false;
    let roleInRun = false;
    const title = lastTitle >= 0;
    if (title) {
      i = lastTitle + 1;
      for (let k = 0; k < lastTitle; k++) if (GREETINGS.has(tokens[k].folded)) greeting = true;
    } else {
      // Skip openers, greetings and words that cannot be names (`Dossier de DUPONT Jean`). In text
      // all in capitals a role is part of the run (`LA JEUNE MANON CAYROU`): the name starts after it.
      const upperRun = !tokens.some((token) => token.kind === 'cap');
      while (i < tokens.length) {
        if (LEADS.has(tokens[i].folded) || REQUEST_VERBS.has(tokens[i].folded) || !nameLike(tokens[i])) {
          if (GREETINGS.has(tokens[i].folded)) greeting = true;
          i++;
        } else if (upperRun && i + 1 < tokens.length && roleBefore(lastWords(textBefore(folded, start + tokens[i].end, 40), 2)) !== null) {
          roleInRun = true;
          i++;
        } else if (i === 0 && i + 1 < tokens.length && tokens[i].kind === 'cap' && ROLE_WORDS.has(tokens[i].folded) && ITEM_START_BEFORE.test(textBefore(folded, start, 8))) {
          // A role word capitalised for opening a line or an item (`Fratrie MARCHAND`, `Enfants Matteo (7 ans)`): the name comes after it.
          i++;
        } else if (tokens[i].kind === 'up' && i + 1 < tokens.length && folded.charCodeAt(start + tokens[i].end + 1) === 100 && / d(?:e |u |es |')$/.test(folded.slice(start + tokens[i].end, start + tokens[i + 1].start)) && !isName(tokens[i]) && isPlainFirstName(tokens[i + 1].folded)) {
          // An acronym, then whose it is (`les RTT de Marie DUPONT`, `les IK de Thomas SARRAT`).
          i++;
        } else if (capitalsBeforeName(tokens, i)) {
          i++;
        } else break;
      }
    }
    if (i >= tokens.length) return false;
    if (title) {
      const next = tokens[i];
      // `Maître d'œuvre`, `maître d'ouvrage`: a project's roles, not a lawyer.
      if (PROJECT_ROLE.test(next.text)) return false;
      // `Monsieur Le Maire` is a function; `Maître Le Gall` a name.
      const article = next.folded === 'le' || next.folded === 'la' || next.folded === 'les';
      if (article && i + 1 < tokens.length && !FUNCTIONS.has(tokens[i + 1].folded) && !STOP.has(tokens[i + 1].folded)) {
        return span(tokens.slice(i, Math.min(tokens.length, i + 3)).filter((token, k) => k === 0 || nameLike(token)), 0.85);
      }
      let particleEnd = particleSurnameEnd(tokens, i);
      if (particleEnd > 0) {
        // and the first name that forms write after it (`Madame DE LA TOUR Anne`).
        if (particleEnd < tokens.length && tokens[particleEnd].start - tokens[particleEnd - 1].end <= 2 && isName(tokens[particleEnd])) particleEnd++;
        return span(tokens.slice(i, particleEnd), 0.85);
      }
      if (FUNCTIONS.has(next.folded) || STOP.has(next.folded)) {
        // `Monsieur le Sénateur Jean-Michel Bouzat`: the function, then the holder's name, a first
        // name first. The function alone (`Monsieur le Maire`) names no one.
        let k = i;
        while (k < tokens.length && (FUNCTIONS.has(tokens[k].folded) || STOP.has(tokens[k].folded))) k++;
        let end = k;
        while (end < tokens.length && nameLike(tokens[end]) && tokens[end].start - tokens[end - 1].end <= 2) end++;
        if (k < tokens.length && end - k >= 2 && isName(tokens[k]) && !isWordlike(tokens[k])) return span(tokens.slice(k, end), 0.9);
        return false;
      }
    }
    let j = i;
    while (j < tokens.length && ((nameLike(tokens[j]) && !(j > i && isModelCode(tokens[j]))) || (j > i && particleInName(tokens, j)))) j++;
    // After a title in capitals every word is upper case (`MME LEROY PERÇOIT LA PCH`): the name
    // ends before its second word that is not a first name. `M.` says nothing of the case: after
    // it, a run of three upper-case words or more does (`M. SÉBASTIEN ROQUES QUE SA CARTE`), and so
    // after a role in the run (`LA JEUNE MANON CAYROU DESCENDRA`).
    const upperCaseTitle = title && UPPER_CASE_TITLES.has(tokens[lastTitle].folded) && tokens[lastTitle].text === tokens[lastTitle].text.toUpperCase();
    if (upperCaseTitle || ((title || roleInRun) && j - i >= 3 && tokens.slice(i, j).every((token) => token.kind === 'up'))) {
      let others = 0;
      for (let k = i; k < j; k++) {
        // A verb or a function word ends it too (`MME FABRE DOIT ÊTRE…`, Fabre being also a first name).
        if (particleInName(tokens, k)) continue;
        if ((k > i && isNotANameWord(tokens[k].folded)) || (!isName(tokens[k]) && ++others === 2)) {
          j = k;
          break;
        }
      }
    }
    // `LE GALL Yann`, `Nom : Le Goff`: a capital particle that the leading words skipped opens the
    // surname when a first name follows in the run or a label comes before it (`La Rose des Vents`,
    // `Le Petit Prince` have neither).
    let first = i;
    if (!title && i > 0 && i < j && particleInName(tokens, i - 1, true)) {
      const particleStart = start + tokens[i - 1].start;
      const strongFirst = tokens.slice(i, j).some((token) => isName(token) && !isWordlike(token));
      // … or the particle and the rest fill a table cell (`LE MOAL<TAB>Yvonne`).
      const wholeCell = inTableCell(text, particleStart, start + tokens[j - 1].end);
      // … or `Le`, `La` after a word that a surname follows (`née LE BIHAN`, `veuve Le Goff`, `la famille Le Gall`;
      // not `pension de famille Les Acacias`, `CONSEIL DE FAMILLE DES PUPILLES`).
      if (strongFirst || wholeCell || labelBefore(textBefore(folded, particleStart, 60)) !== null || (/^l[ae]$/.test(tokens[i - 1].folded) && SURNAME_ROLES.has(roleBefore(lastWords(textBefore(folded, particleStart, 30), 2)) ?? ''))) first = i - 1;
      // `DE LA TOUR Anne`: the `DE` before `LA`.
      if (first === i - 1 && i > 1 && tokens[first].folded === 'la' && tokens[first - 1].folded === 'de' && tokens[first - 1].end + 2 >= tokens[first].start) first--;
    }
    const names = tokens.slice(first, j);
    if (names.length === 0) return false;
    // Initials alone (`M. D.`, `L.`) are not reported. After a title they are a file's way of naming someone:
    // two (`Mme K. B.`), or one that names someone (see `letterNamesSomeone`).
    if (names.every((token) => token.kind === 'init') && !(title && (names.length > 1 || letterNamesSomeone(text, folded, start + names[0].start, start + names[0].end)))) return false;
    // A word of the language in capitals after a title (`BONJOUR MADAME MONSIEUR JE VOUS ECRIS`, typed with caps lock on).
    if (title && names[0].kind === 'up' && isNotANameWord(names[0].folded)) return false;

    const nameStart = start + names[0].start;
    const nameEnd = start + names[names.length - 1].end;
    const before = textBefore(folded, nameStart, 60);
    // `M. XXX`, `Mme Xxxx`: a template's placeholder after its title; `USAGER-TEST`, `Usager-Deux`, a test row's.
    if (names.every((token) => /(?:^|-)x{2,}$/.test(token.folded)) || names.some((token) => (token.folded.includes('-') || token.folded.includes('test') || token.folded.includes('essai')) && TEST_ROW_NAME.test(token.folded))) return false;
    // The placeholder people of examples and test fixtures (`John Doe`, `{ nom: 'Doe', prenom: 'Jane' }`), and the
    // characters of literature that vignettes name, a maker named after its founder and the carnival's effigy (see NEVER_A_PERSON).
    if (names.some((token) => NEVER_A_PERSON.has(token.folded)) || (names.length === 1 && (names[0].folded === 'john' || names[0].folded === 'jane') && PLACEHOLDER_SURNAME.test(folded.slice(Math.max(0, nameStart - 60), nameStart + 60)))) return false;
    // … or the example it gives (`[NOM Prénom] (ex. : M. Jean DUPONT)`).
    if (testBefore(folded, nameStart, TEMPLATE_EXAMPLE_BEFORE, 20)) return false;
    // A nickname in quotes after its person (`Tony Lagrené dit « Tatave »`, `tout le monde l'appelle « Coco »`).
    if (opensQuote(text, start) && nicknameBefore(text, start)) return span(names, 0.8);
    // `« Madame Bovary »`, `« Carmen »`: a name filling a whole quotation is a work's title.
    if (fillsQuotation(text, start, nameEnd) || isVariety(text, folded, start, nameEnd)) return false;
    // … and its plant before it (`Rosier 'Gloire de Dijon'` in an order's lines).
    if (!title && names.length === 1 && testAfter(text, start + names[0].end, VARIETY_AFTER, 2) && PLANT_BEFORE.test(names[0].folded)) return false;
    // A work listed with its characters (`« Les Misérables » : Jean Valjean, Cosette`), or one of them.
    if (inListOfWorks(text, folded, nameStart, nameEnd)) return false;
    // A thing named after someone (`le futur viaduc portera le nom de Pierre-Paul Riquet`).
    if ((folded.startsWith('nom de ', nameStart - 7) || folded.startsWith("nom d'", nameStart - 6)) && testBefore(folded, nameStart, NAMED_AFTER_BEFORE, 24)) return false;
    // A figure of history, given with the years of their life (`Pierre Soulages (1919-2022)`), not a
    // relative (`son père, Fernand B. (1921-1998)`), or a sovereign with their number (`Henri IV`,
    // `Napoléon III`, `François Ier`; `XV`, having no vowel, is not read as a name); `Sam. 9h12` is a Saturday.
    if ((testAfter(text, nameEnd, LIFESPAN_AFTER, 16) && !ROLE_WORDS.has(lastWords(before, 2).join(' ').replace(',', ''))) || (names.length > 1 && REGNAL_NUMBER.test(names[names.length - 1].text)) || text.startsWith(' XV', nameEnd)) return false;
    // A place given with its area (`Larrau (412 ha)`); the map projection (`en Lambert 93`).
    if (testAfter(text, nameEnd, AREA_AFTER, 20)) return false;
    if (names.length === 1 && names[0].folded === 'lambert' && testAfter(folded, start + names[0].end, /^ (?:93|ii|2 etendu|cc\d\d|zone)(?![a-z0-9])/, 12)) return false;
    if (names.length === 1 && names[0].folded === 'sam' && testAfter(text, start + names[0].end, /^\.? ?\d/, 3)) return false;
    // A spelling alphabet's word given as an example (`comment épeler un nom (« B comme Bernard »)`).
    if (text.startsWith('comme ', nameStart - 6) && testBefore(text, nameStart, /[«"“] ?\p{L} comme $/u, 12)) return false;
    if (title || afterLowerCaseTitle(text, nameStart)) return span(names, names.length >= 2 && names.some(isName) ? 0.95 : 0.85);
    // Someone introducing themselves with their surname in capitals, whatever their first name (`je
    // suis Rajinder SINGH`, `this is Grace OKAFOR`).
    if (names.length === 2 && names[0].kind === 'cap' && names[1].kind === 'up' && !isAcronym(names[1]) && SELF_INTRODUCTION_BEFORE.test(before)) return span(names, 0.85);
    const words = wordsBeforeName(before);
    // A place word ending the row above says nothing of a name opening this one (`…;il faut un plateau` ↵ `MAUREL;Didier;…`).
    if ((!opensRow(before, text, nameEnd) && placeBeforeText(before, words)) || ((before.endsWith('a ') || before.endsWith(': ')) && BIRTHPLACE_BEFORE.test(before)) || inListOfPlaces(folded, nameStart, value)) return false;
    // A car: its maker, then a model named like a first name (`Renault Zoé`, `Peugeot Partner`).
    if (names.length >= 2 && names[0].kind === 'cap' && CAR_MAKERS.has(names[0].folded)) return false;
    // An author quoted (`Conclure par la citation de Victor Hugo`), in speeches and notes.
    if (before.endsWith(' de ') && /(?:^|[^a-z])citations? de $/.test(before)) return false;
    // A sole trader is registered under their own name (`MORVAN Gwenaël, SIRET …`): after a first
    // name and a surname, a registration number does not make a company.
    const afterName = folded.slice(nameEnd, nameEnd + 12);
    if (COMPANY_AFTER.test(afterName) && !(/^(?: \(|, | )sire[nt]/.test(afterName) && names.length >= 2 && names.some((token) => isName(token) && !isWordlike(token)))) return false;
    // A town and its département in brackets (`À : DECAZEVILLE (12)`), unless a surname's label
    // says it is a name, or it is a first name (`Lucas (12)`: his age).
    if (names.length === 1 && !isName(names[0]) && !SURNAME_LABELS.has(labelBefore(before) ?? '') && testAfter(folded, start + names[0].end, /^ \((?:\d{2,3}|2[ab]|\d{5})\)/, 8)) return false;

    const firstNames = names.filter((token) => isName(token) && token.kind !== 'up');
    const upperNames = names.filter((token) => token.kind === 'up');
    const surnames = names.filter((token) => !isName(token) || token.kind === 'up' || token.kind === 'init');
    const hasStrongFirst = firstNames.some((token) => !isWordlike(token));
    const hasFirst = firstNames.length > 0 || (upperNames.length >= 2 && upperNames.some(isName));
    // A cell of a column of places, vehicles or organisations (`Organisation` … `Cork City Council`),
    // without a first name of no other use (a row shifted by a column: `Territoire` … `BENHADJ Karim`;
    // a single word is read below, with the other cells).
    if (names.length >= 2 && !hasStrongFirst && inTableCell(text, nameStart, nameEnd) && columnHeaderIn(folded, nameStart, PLACE_AND_VEHICLE_HEADERS)) return false;

    const labelAlone = labelBefore(before);
    const afterParticle = labelAlone === null ? labelThenParticle(before) : null;
    const label = labelAlone ?? afterParticle?.label ?? insertColumnBefore(folded, nameStart) ?? labelCellBefore(folded, nameStart, nameEnd) ?? chatSenderLine(text, nameStart, nameEnd);
    // A role word at the end of the line before does not introduce one word opening a line
    // (`Prévenir la famille` ↵ ↵ `Recognizer`).
    const opensLine = names.length === 1 && blanksToLineStart(before);
    const role = label === null && !opensLine ? roleBefore(words) : null;
    // `DIT` before words in capitals that hold no first name is the verb (`LE PANNEAU DIT FIN DES TRAVAUX`), not a nickname's.
    if ((role === 'dit' || role === 'dite') && names.every((token) => token.kind === 'up' && !isName(token))) return false;
    // The English key `name` of configurations names a job, a service, a variable (`- name: Build`,
    // `- name: Configure AWS`, `"name": "Production"`): a person's takes a first name there.
    if (label === 'name' && !names.some(isName)) return false;
    // A chat's speaker may be a place that calls (`[21:47] Foyer Les Hirondelles : …`), or a body, a bot (`10:05 France Travail (agence Nord) :`, `Power Automate  02:00`,
    // `14:02 Margot (bot) :`): a person's name holds a first name or its initial (`Chabrerie L. (PC viabilité) 06:55`).
    if (label === 'interlocuteur' && (PLACE_WORDS.has(names[0].folded) || !names.some((token) => isName(token) || token.kind === 'init') || THING_AFTER.test(textAfter(folded, nameEnd, 24)))) return false;
    if (label !== null || role !== null) {
      // In capitals any word after a role is upper case (`LA JEUNE GÉNÉRATION`): a first name must be in it.
      if (roleInRun && !names.some(isName) && !SURNAME_ROLES.has(role ?? '')) return false;
      // After a greeting, words in capitals or three capitalised words without a first name are a
      // shout or a function (`BONJOUR` ↵ `CA FAIT LA 2EME FOIS`, `Dear Data Protection Officer`).
      if (label === null && GREETINGS.has(role ?? '') && !names.some(isName) && (names.length >= 3 || names.every((token) => token.kind === 'up'))) return false;
      // `chez les Dupont` is a family; a plural is a group (`chez les Verts`, `chez les Compagnons d'Emmaüs`).
      if (role === 'chez les' && names.some((token) => token.folded.endsWith('s'))) return false;
      // `Famille Plus`, `la famille Tout-Terrain`: a word of the language, not a surname.
      if (names.length === 1 && isNotANameWord(names[0].folded.split('-')[0])) return false;
      // A job, a service or a place without a first name is no person (`De : Gardien Résidence du Parc`,
      // `De : Réservations Hôtel des Remparts`); an article of three letters or fewer opens a surname (`Nom : LE GOFF`).
      if (label !== null && !names.some(isName) && ((names[0].folded.length > 3 && isNotANameWord(names[0].folded)) || (names.length > 1 && names.some((token) => PLACE_WORDS.has(token.folded))))) return false;
      if (names.length === 1 && names[0].kind === 'cap' && !isName(names[0])) {
        // `l'enfant Lucas`, `Prénom : Samira` need a first name; `la famille Moreau`, `Nom : Fabre`
        // take a surname; `Candidat : Élec'Aveyron` is a company. A relative after a possessive is
        // named, by a first name of any origin (`son fils Natnael`, `sa fille Sofiia`).
        const surnameSlot = label !== null ? SURNAME_LABELS.has(label) : SURNAME_ROLES.has(role ?? '') || isPossessiveRole(role ?? '');
        if (!surnameSlot) return surnameThenFirstName(text, folded, nameStart, start + names[0].end);
      }
      const found = span(names, hasFirst && surnames.length > 0 && names.length >= 2 ? 0.9 : 0.8);
      // The particle belongs to the surname (`de Gaulle`): pseudonymising replaces it too.
      return found && afterParticle ? { ...found, start: found.start - afterParticle.particle } : found;
    }
    // `la Rose des Vents`, `le Petit Prince`: an article makes it a thing; not one ending the cell or
    // the line above (`Montant dû` ↵ `FERNANDEZ Antonio`).
    const articleInRun = first > 0 && /^(?:le|la|les|l'|un|une|du|au|aux)$/.test(tokens[first - 1].folded);
    if (articleInRun || (BEFORE_ARTICLES.has(words[words.length - 1] ?? '') && before.endsWith(' '))) return false;

    // `RIGAL S.`: a surname in capitals and its first name's initial, in a table's cell or after what
    // introduces a person (`Présents : RIGAL S., MONTAUT J.`).
    if (names.length === 2 && names[0].kind === 'up' && names[1].kind === 'init' && !isAcronym(names[0]) && !isNotANameWord(names[0].folded) && (inTableCell(text, nameStart, start + names[1].end) || initialIntroduced(text, folded, nameStart))) return span(names, 0.75);
    // `JP Mouysset`, `MC Durand`: the initials of a compound first name, typed without dots.
    const bareInitials = names.length === 2 && names[0].kind === 'up' && names[0].text.length === 2 && names[1].kind === 'cap' && !isAcronym(names[0]) && !STOP.has(names[0].folded);
    if (names.length === 2 && (names[0].kind === 'init' || bareInitials) && names[1].kind !== 'init') {
      // `J. Dupont`: an initial is a name's only after a word that introduces a person, a label of a
      // list of people or earlier items of such a list. Elsewhere a capital and a dot end a sentence
      // or number a heading (`transferts B. Quel GIR ?`, `toilette B. Habillage C.` of an AGGIR
      // grid, `A. Contexte`).
      const surname = names[1];
      if (isNotANameWord(surname.folded) || isAcronym(surname) || SPECIES.has(surname.folded)) return false;
      if (initialIntroduced(text, folded, nameStart)) return span(names, 0.7);
      // A professional at work in a note (`→ C. Lemaire fait la demande d'admission`), or with their
      // job in brackets (`N. Bourdon (AS MDS Nord)`).
      if (testAfter(folded, start + surname.end, STAFF_VERB_AFTER, 24) || testAfter(folded, start + surname.end, JOB_IN_BRACKETS_AFTER, 16)) return span(names, 0.7);
      // A cell of a column of names or of the professionals following the files (`| Agent |` … `| A. Bousquet |`, `Référent` … `C. Lemaire`),
      // or any cell a dotted initial and a surname fill (`;L. Marchetti;` under `interprete`): a heading's letter fills none.
      // Not bare initials under another header: a club's or a court's (`SC Lévézou`, `TJ Lyon`).
      if (inTableCell(text, nameStart, start + surname.end) && (names[0].kind === 'init' || columnIsName(folded, nameStart) || columnHeaderIn(folded, nameStart, STAFF_HEADERS) || columnHeaderIn(folded, nameStart, REFERENT_HEADERS))) return span(names, 0.75);
      // `G. Bessière – 05 36 …` under `Cordialement,`; `L. Cassan, évaluatrice` ending the text
      // (a role or a phone number after it: `B. Enjeux` ending a plan is a heading).
      const [lineStart, lineEnd] = lineAround(text, nameStart);
      // Initials of a compound first name (`J-M Laborde`) filling the text's last line sign it too: headings are lettered `B.`.
      const signed = testAfter(folded, nameEnd, SIGNATURE_AFTER, 30) || (names[0].text.length === 3 && folded.slice(nameEnd, lineEnd).trim() === '');
      return lineStart === nameStart && signatureLine(text, folded, lineStart, lineEnd, signed) ? span(names, 0.7) : false;
    }
    if (names.length >= 2) {
      // Dictionary first name + surname shape, either order.
      if (hasFirst && surnames.length > 0) {
        const upperSurname = upperNames.length > 0;
        // `Menuiserie Fabre`, `Garage Martin`: a capitalised word before a name-like last token.
        const invertedMixed = !upperSurname && !isName(names[0]) && isName(names[names.length - 1]);
        // A place named after someone (`Institut Pasteur`) is none.
        if (invertedMixed && PLACE_WORDS.has(names[0].folded)) return false;
        // … unless it fills a column of names (`Nom Prénom` … `Hoarau Léna`), or heads a message of a copied chat,
        // with its sender's service (`Gomez Sabrina (DIAE) 14:07`).
        if (invertedMixed) return span(names, inTableCell(text, nameStart, nameEnd) && columnIsName(folded, nameStart) || chatSenderLine(text, nameStart, nameEnd) ? 0.8 : 0.55);
        if (hasStrongFirst) return span(names, upperSurname ? 0.9 : 0.8);
        return span(names, upperSurname ? 0.8 : 0.65);
      }
      // Two dictionary names: many surnames are also first names (`Karim Benali`, `Paul Martin`);
      // `Jean Pierre` is a compound first name, a name all the same.
      if (firstNames.length >= 2 && hasStrongFirst) return span(names, isWordlike(names[0]) ? 0.65 : 0.75);
      // A surname of several words filling a table cell, next to a first name's cell or under a
      // name's header (`LE MOAL<TAB>Yvonne`, `GARCIA LOPEZ;Ana`).
      const cells = inTableCell(text, nameStart, nameEnd) ? tableCells(text, folded, nameStart, nameEnd) : null;
      if (cells && ([cells.cells[cells.index - 1], cells.cells[cells.index + 1]].some((cell) => cell !== undefined && firstNameCell(cell)) || columnIsName(folded, nameStart))) {
        return span(names, 0.75);
      }
      // A first name of no list and a surname in capitals, with the person's age or birth after them (`Ardita BERISHA, née le 04/09/2014`).
      if (names.length === 2 && names.some((token) => token.kind === 'up') && names.some((token) => token.kind === 'cap') && !names.some((token) => isAcronym(token) || isNotANameWord(token.folded)) && AGE_AFTER.test(textAfter(folded, nameEnd, 24))) return span(names, 0.8);
      return false;
    }

    const single = names[0];
    const cells = inTableCell(text, nameStart, nameEnd) ? tableCells(text, folded, nameStart, nameEnd) : null;
    if (cells) {
      // `NULL`, `néant`, `inconnu`: a cell left without a name.
      if (columnHeaderIn(folded, nameStart, PLACE_AND_VEHICLE_HEADERS) || isNotANameWord(single.folded)) return false;
      const neighbours = [cells.cells[cells.index - 1], cells.cells[cells.index + 1]].filter((cell): cell is string => cell !== undefined);
      if (single.kind === 'up' && neighbours.some(firstNameCell)) return span(names, 0.75);
      if (single.kind === 'cap' && isName(single) && neighbours.some((cell) => UPPER_CELL.test(cell) && !ACRONYMS.has(cell) && !STOP.has(fold(cell)))) return span(names, 0.75);
      if (single.kind !== 'init' && columnIsName(folded, nameStart)) return span(names, 0.75);
      // A surname alone under the column of the professional following the file (`pro`, `Référent`).
      if (single.kind !== 'init' && !ACRONYMS.has(single.text) && !isNotANameWord(single.folded) && columnHeaderIn(folded, nameStart, STAFF_HEADERS)) return span(names, 0.75);
    }
    // A first name that is also a word (`Jordan`, `Rose`) is a person when an age, a birth date or a
    // verb of case notes follows it (`Jade est accueillie`, `Jade dit qu'elle…`).
    const wordlikeFollowed = textAfter(folded, nameEnd, 24);
    if (single.kind === 'cap' && isName(single) && isWordlike(single) && (AGE_AFTER.test(wordlikeFollowed) || APPOSITION_AFTER.test(wordlikeFollowed) || pairedWithFullName(text, nameEnd))) return span(names, 0.7);
    if (single.kind === 'cap' && isName(single)) {
      // A first name alone on its line, signing a message (`Bien à toi,` ↵ `Camille`).
      const [lineStart, lineEnd] = lineAround(text, nameStart);
      // A first name that is no word, alone on the text's last line, signs it too (`rappelle-moi au 06…` ↵ `Stéphane`).
      if (folded.slice(lineStart, lineEnd).trim().length === single.end - single.start && signatureLine(text, folded, lineStart, lineEnd, !isWordlike(single))) return span(names, 0.75);
      // … or ending the text after its thanks (`… merci et bon courage ! Nathalie`); ending it after any
      // other sentence, it is left to what names it elsewhere (a repeated name).
      if (folded.slice(nameEnd).trim() === '' && /[.!] {1,2}$/.test(textBefore(folded, nameStart, 3))) {
        return !isWordlike(single) && THANKS_BEFORE.test(textBefore(folded, nameStart, 40)) && span(names, 0.75);
      }
    }
    // `Anonyme :` and `Mél :` are in the list of first names, and labels.
    if (single.kind !== 'cap' || !isName(single) || isWordlike(single) || isNotANameWord(single.folded)) return false;
    // A greeting (`Bonjour Karim`) or a chat's mention (`@Romain`).
    if (greeting || text[nameStart - 1] === '@') return span(names, 0.7);
    // A first name alone on its line before a comma opens a message (`Sylvie,` ↵ `Pour info, …`);
    // before a time, it names who speaks in a chat or a text message (`Sonia 07:12 : …`).
    if (blanksToLineStart(textBefore(folded, start, 4))) {
      const next = textAfter(folded, nameEnd, 7);
      if (SALUTATION_AFTER.test(next) || /^ \d{1,2}[:h]\d{2}(?!\d)/.test(next)) return span(names, 0.7);
    }
    // A first name opening a line or a list's item before a colon: who speaks in a transcript, or whom
    // the item is about (`Anaïs : Moi j'ai été placée…`, `- Lou : sieste 12h45-14h30`).
    if (ITEM_START_BEFORE.test(textBefore(folded, nameStart, 6)) && testAfter(folded, nameEnd, /^ ?: /, 3)) return span(names, 0.7);
    // A lone first name: low by itself; an apposition (`Louane, élève de 4e`) or a person anchor on the
    // line raises it; mid-sentence (after a lower-case word, `la cantine de Nolan`) it is more
    // likely a name than at the start of a quote.
    const after = textAfter(folded, nameEnd, 24);
    // `dans Marco`, `via Chorus`: a software or a place; people are not in things.
    // namedAsThing reads this mention too, with the other mentions of the name.
    if (GENUS_EPITHET_AFTER.test(after) || namedAsThing(folded, single.folded)) return false;
    // A firm named after its founder (`Gauthier Signalisation`, `Fabre Frères TP`).
    if (COMPANY_AFTER.test(after)) return false;
    if (AGE_AFTER.test(after) || APPOSITION_AFTER.test(after) || CASE_NOTE_VERB_AFTER.test(after)) return span(names, 0.7);
    // Two first names joined (`Théo et Ilyes se chambrent`, `(Nadia + Chloé)`): people.
    const pair = pairOf(text, nameStart, nameEnd);
    if (pair !== null) return pair === 'people' && span(names, 0.7);
    const k = lastNonSpace(text, nameStart);
    const midSentence = k >= 0 && /[\p{Ll},:;']/u.test(text[k]);
    const anchored = lineAnchor(text, folded, nameStart, nameEnd);
    return span(names, anchored ? (midSentence ? 0.7 : 0.65) : midSentence ? 0.6 : 0.5);
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    "Merci de répondre à M. Lozac'h avant vendredi",
    'bien cordialement à la ligne Céline Maréchal virgule infirmière',
    '- Nael 4eA, lunettes cassées à la récré',
    '- fam. BERTIN : Mme seule avec 3 enfants, AEMO en cours',
    'Bjr Julien, le dossier est prêt',
    'Fratrie MARCHAND pr la note au juge',
    '- Bb Kenzo 18 mois, retard vaccinal',
    'la mère a prévenu ce matin. merci ! Hélène',
    'fil de la semaine :\n\nNadia — Hier 14:32\njveu voir mes enfant samedi',
    "Je t'envoie les photos ce soir.\nJérôme\n\nEnvoyé de mon iPhone",
    'Enfants :\n- Ardita BERISHA, née le 04/09/2014, CM2',
    'Point paie du jour\nLucas (paie)  14:07\nok reçu, je regarde',
    'Fil Tchap\n09:16 Sandrine Hubert [Département]\nliste close pour ce mois',
    'Betreft: mevrouw Els DEVOS, geboren op 17/02/1989',
    'Nom déclaré : KONATÉ',
    'foyer : mère seule + 1 enf (Enzo 11a)',
    '- Lucas (CE2) absent 6 j en déc.',
    'extrait Teams\nGomez Sabrina (DIAE) 14:07\nle dossier avance',
    "les autres jeunes de l'hôtel l'appellent « Sidi » depuis",
    'vu avec RIGAL S. hier',
    '{"from":{"user":{"displayName":"Marchetti Laure"}}}',
    'Résidente née en 1939 ép. BLANC, 86 ans',
    'Fait le 13/03/2026 – L. Castaing',
    "Je fais intervenir mon assurance et un expert.\n\nJ-M Laborde",
    'Pièces jointes : CV_ROUSSEL_Theo_2026.pdf (212 Ko)',
    '| Champ | Valeur |\n|---|---|\n| Nom | CARRÈRE |',
    '15/03/2026, 08:05 - Pascal: Mère prévenue ce matin.',
    'FL-2026-041;03/02/2026;N. Bourdon (AS MDS Nord);suivi en cours',
    'Famille : son fils Natnael (7 ans) est resté au pays',
    'Adjudant-chef T. GUÉRIN, commandant de brigade',
    'Une plainte a été déposée par le Sgt BOUTONNET pour menaces',
    'paiement suspendu au tiers MORVAN Gwenaël, SIRET 45539083100028',
    '| Marché | Entreprise | Personne | Heures |\n|---|---|---|---|\n| 2025-DR-031 | REP | ROUSSEAU K. | 386 |',
    'Réunion de la sous-commission : pour le Dpt Hélène Vidal, géomètre',
    "CARTE NATIONALE D'IDENTITÉ\nNom / Surname : LAFARGUE\nSexe : F",
    'Merci beaucoup pour aide\nOlena',
    'Mme Sophie MARTIN a appelé le service',
    'Dossier de DUPONT Jean-Pierre',
    "Cette semaine, il faut qu'Éric Delaunay garde les circuits du matin",
    'RDV avec Dr Lefèvre mardi',
    "L'enfant Lucas est arrivé hier",
    'Cordialement,\nMarie Durand',
    'Nom;Naissance;Ville\nDUPONT Marie;12/03/1980;Rodez',
    'Le jeune Yanis H., 15 ans, est arrivé',
    'Objet : dossier de MME MARTIN',
    'Nom\tDUPONT',
    'Nom\nDUPONT\nDate de la demande\n12/03/2026',
    'Situation familiale : mariée, 1 enfant (Sofiia, 11 ans)',
    'Calcule les IK de Thomas SARRAT pour mars',
    'Youssef a eu un rappel à la loi en octobre',
    '[SMS]\nSonia 07:12 : la dame a chuté cette nuit',
    'rdv avec M Dupont demain',
    'Liste à rappeler : DUPONT (Marie)',
    'De : Dupont Marie',
    "Lucas (12/03/2015) est suivi par l'ASE",
    'Léa a été placée en foyer',
    'CR : Jordan, 16 ans, fugue du foyer',
    "Aminata N'DIAYE, à rappeler",
    "Mme Leclerc-N'Diaye (GIR 3) demande",
    '[10:42] Dupont Marie\nBonjour, le dossier est prêt',
    'LE CAR DÉPOSERA LA JEUNE MANON CAYROU À L’ARRÊT',
    'Objet : TR: prolongation\n\nSylvie,\n\nPour info, le dossier est complet',
    "@Romain l'assistante familiale a appelé",
    'Le script doit sortir la ligne de CALMELS Josette',
    'Copie à MM. Vidal, notaires associés',
    'Secrétariat de séance : N. Carrière',
    'Merci de me rappeler rapidement.\nA. Cherifi',
    'Enzo dit avoir peur quand papa crie',
    'appel de mme Soulages à 23h40',
    'BEGIN:VCARD\nN:VIDAL',
    'Merci, J. Dupont',
    'Contrôle effectué par : A.-S. Rolland, SGC de Vannes',
    '| 02/02 | A. Kowalczyk (journaliste) | fiches des RG |',
    '{"acteur": "N. PERRIN", "action": "REAFFECTATION"}',
    "Bonjour, je suis Rajinder SINGH, agent d'exploitation des routes",
    '3. Scolarité et santé des enfants\nInès (11 ans) reste une bonne élève',
    '«CIVILITE» → Monsieur\n«NOM» → GUÉGUEN',
    'Mon portable pendant le voyage : 06 39 98 71 29\nStéphane',
    'EPP – SF PMI Émilie GRANGER – 17/11/2026 – à domicile',
    "Le dossier de l'affaire Joseph Vidalenc, condamné en 1947",
    '| Âge | Motif | Réf. |\n|---|---|---|\n| 15 | propos en classe | S. Arnaud |',
    "Je vous prie d'agréer l'expression de ma considération distinguée.\n\nB. Lhuillier",
    'Jade est accueillie en MECS depuis avril',
    'Décisions :\n- Coralie monte le dossier SIAO ;\n- point DRH le 17/03.',
  ],
  noMatch: [
    'Validity: Not Before: Apr  2 08:14:55 2025 GMT / Not After : Jul  1 08:14:54 2025 GMT',
    'Commission 3 Culture, sports : mercredi 11/03 14h, salon Aimé-Césaire',
    // A care centre named after a writer.
    'Séance animée par deux intervenants du CSAPA Émile-Zola, salle B.',
    // A chart named after an engineer.
    "Explique l'abaque de Smith pour l'atelier radio du collège.",
    // Collèges named after people, listed after their plural, one of them by one name.
    'Expérimentation dans cinq collèges (collèges Jean-Zay, Colette, Victor-Hugo, Gisèle-Halimi et Joliot-Curie)',
    'Le broyeur passe samedi à la déchèterie Louise-Michel',
    'livres audio au format Daisy, pas de policiers',
    'Compte rendu de la migration des bibliothèques encore sous Orphée.NET 3.2',
    "accident en service : rupture du tendon d'Achille droit en descendant l'escalier",
    'Plafonds de ressources Anah hors Île-de-France',
    'QuantiFERON-TB Gold Plus\n  Nil : 0,08 UI/mL   TB1 – Nil : 1,84 UI/mL',
    'Monsieur le Médiateur,\nCela fait sept mois que j’ai déposé mon dossier',
    '{"id":"ECO-V12","nom":"Voie verte Dore - pont de Giroux","serie":"Y2H1"}',
    'TRIBUNAL ADMINISTRATIF DE LILLE\nAU NOM DU PEUPLE FRANÇAIS\nN° 2403187',
    'À : CPEF Dax <cpef.dax@landes.example.fr>\nObjet : RDV jeudi',
    'AuditFilter - agent=AG-XXXX ip=192.0.2.33 action=CONSULTATION',
    'Pays d’origine : Guinée 31 %, Bangladesh 6 %, Albanie 4 %, autres 8 %',
    // A place's compound name ends on a word that is also a first name.
    "Elle habite à Saint-Jean-d'Angély depuis mai",
    'balade sur le sentier Jean-Henri-Fabre à la recherche des insectes',
    'séance publique du lundi 16 mars 2026 (9 h 30, hémicycle Jean-Jaurès)',
    'BONJOUR MADAME MONSIEUR JE VOUS ECRIS CAR MA VOISINE MA DIT QUE JE POUVAIS DEMANDER L APA',
    'C EST UN SCANDALE LE PANNEAU DIT FIN DES TRAVAUX LE 15/10 ET RIEN NE BOUGE',
    "service de gériatrie, CHU d'Aure",
    'Entreprise | Montant\nFabre Frères TP | 634 150,00 €\nGauthier Signalisation | 88 000,00 €',
    'inauguration de la digue de la plage Jean-Bart, vendredi 20 mars',
    'Les cantons de Murat, Riom-ès-Montagnes et Ydes ont connu 9 épisodes',
    'notes :\n\nSam 07/03 01h47 appel télésurveillance',
    'le dépôt de Sévérac est aussi en Lambert 93 : X = 690 412, Y = 6 362 875',
    "titulaire d'un BTS SAM, j'ai travaillé quatre ans",
    'De : Expertise Sud-Ouest – Sinistres <sinistres@expertise-so.example.fr>',
    'Communes les plus touchées : Larrau (412 ha), Sare (187 ha)',
    "RD 20 traversée d'Ainhoa : fermeture nocturne",
    "const fixtures = [{ nom: 'Doe', prenom: 'John' }];",
    'Archives, salle de lecture Émile-Zola : 35 lecteurs par jour',
    '15 août : Assomption (férié)',
    'Fil Teams\nPower Automate  02:00\nAlerte météo : vigilance verglas',
    '10:05 France Travail (agence Nord) : on mobilise les demandeurs',
    'Indices de début et de fin de grille (A : IB 444 – 821 ; B : IB 389 – 638)',
    "Ajoute une ligne sur Lucie, le modèle open source d'OpenLLM-France.",
    'Classe ces structures par type : CHU Gabriel-Montpied, Institut Pasteur, EHPAD Saint-Joseph',
    '4. Intervention de Monsieur le Bourgmestre de Dudelange sur le stationnement',
    "Notes : l'agent EDR est en version 8.10.12.4",
    "L'import se fait dans le module Clovis v3.2.7 de notre logiciel d'archives",
    "Le tableau de bord de l'outil Ernest affiche les réservations du pool",
    "Pour une question simple, l'assistant virtuel Camille du site répond jour et nuit",
    "Tu es Margot, l'assistante virtuelle du Département.",
    'Le chatbot Margot a reçu un prix. Depuis son lancement, Margot a répondu à 48 000 questions',
    '14:02 Margot (bot) : Bonjour, que puis-je pour vous ?',
    'Salage : circuit Berthe = RD 840, circuit Camille = RD 988',
    'Liste : collège Jean-Moulin (3 établissements), Jules-Ferry (2), Charles-de-Gaulle (2) et Victor-Hugo (1)',
    "Le logiciel Eloïse plante quand j'importe le fichier",
    "La version 5.3.2 de l'outil de suivi Mélusine sera installée le 17/03",
    "On migre d'Aloès vers Orphée NX pour les 42 bibliothèques du réseau",
    'Trois itinéraires : sentier des Douaniers (11,2 km), boucle Camille-Claudel (7,8 km)',
    'De : Comptabilité ETS BERTHIER TP',
    'salle polyvalente Jean-Jaurès à Crest',
    "- Rosier 'Louise Odier' — 8 pieds × 17,40 € HT",
    "Variétés du massif B : 'Madame Alfred Carrière' (grimpant), 'Pierre de Ronsard', 'Albertine'",
    "RS-311 Rosier 'Gloire de Dijon' C4L 12 21,50",
    "Pommiers : 'Reinette clochard', 'Patte de loup'",
    'Poiriers : Docteur Jules Guyot ×2, Conférence ×3',
    'Figures retenues : Vercingétorix ; Henri IV ; Napoléon III ; François Ier',
    '- « Les Misérables » : Jean Valjean, Cosette, Fantine',
    '- Matilda (film) : Matilda, Mlle Legourdin, Mlle Candy\n- « Le Petit Nicolas » (film) : Nicolas, Alceste, Agnan',
    'Le futur viaduc portera le nom de Pierre-Paul Riquet',
    '- oct. 2024 : dépression Kirk, fermeture du bac',
    'messages répondeur week-end : 1) Sam. 9h12 – appel sans message',
    '- déc. 1999 : tempêtes Lothar et Martin, 3 semaines de coupures',
    'comment épeler un nom (« B comme Bernard »)',
    'voir ANNEXE B. ci-jointe',
    'Ligne 5 — Compote « Charles & Alice » pomme, 3 600 gourdes',
    "PT-009 Pomme de terre 'Charlotte' plant 25 kg",
    'le navire ravitailleur Marion Dufresne dessert les îles',
    'Cité administrative Victor-Hugo : remplacement de la CTA',
    'les vitraux réalisés par le peintre Pierre Soulages (1919-2022)',
    '[21:47] Foyer Les Hirondelles : Bonsoir, pas de nouvelles ce soir',
    'Complète chaque partie de mon plan :\nI. Cadre : art. 388-1 du code civil',
    '| Réf. | Désignation | Qté |\n|---|---|---|\n| POSE | Forfait pose | 1 |',
    "Maître d'œuvre : Agence routière départementale",
    'Nom\tModifié le\tType\tTaille',
    'Jeudi : velouté, colin sauce Mornay, pommes Anna, crêpes Suzette',
    '[Civilité] [NOM Prénom] (ex. : M. Jean DUPONT)',
    'INV-2026-00433;Collège Camille-Claudel;Lenovo Tab M10;HA1KX3Q7',
    "ON M'A DIT QUE MON DOSSIER ÉTAIT INCOMPLET",
    'je ne peux plus me connecter, il me dit Load key "/home/agent/.ssh/id_ed25519": invalid format',
    'reservation;debut;vehicule;plaque\nR26-0114;20/01/2026;Zoe;CV-806-PE',
    'Liste de paiement – SAAD Ti Harmonie – mars 2026',
    'EARL Cayla;EARL;50934172300153',
    'Maison des familles Françoise-Dolto (Péronne)\t51\t489',
    'Quartier\tJeunes suivis\nAlma\t214',
    'Client : garage — véhicule Clio III immatriculé',
    'efficacité en pratique courante (indice de Pearl : pilule 7 %, implant 0,1 %)',
    "Rédige une réponse pour Monsieur le Gérant d'une menuiserie",
    "Lieu de vie : aire d'accueil Joséphine-Baker, emplacement E21",
    'Véhicule de tête : Mercedes Sprinter GH-215-ZX',
    'Rendez-vous à la maison France services Louise-Michel le 14/04',
    'Travaux sur la RD 2, territoire des communes de Margaux et de Soussans.',
    '14 mars : lecture théâtralisée de « Madame Bovary » ; 6 juin : concert « Carmen ».',
    'Conclure par la citation de Victor Hugo : « Le vieillard qui revient vers la source »',
    'BONJOUR\nCA FAIT LA 2EME FOIS CE MOIS QUE LE CAR DE LA LIGNE 12 PASSE SANS S ARRETER',
    'Dear Data Protection Officer,\nWe are writing to inform you of an incident.',
    'Madame la Présidente du Conseil départemental',
    'Nom\nADRESSE\nCOMMUNE',
    'Née le 08/05/1941 à Viana do Castelo (Portugal)',
    'Marine a besoin de renfort sur le pont',
    'GH-418-KT | Renault Zoé | 2024-01-10',
    'la rénovation des collèges Jean-Moulin (Naucelle), Marcel-Aymé (Rignac) et Paul-Ramadier',
    "Monsieur le Maire a signé l'arrêté",
    'La Rose des vents est fermée',
    'Le dossier RSA de la CAF',
    'Rendez-vous au collège Jean Moulin, 12 rue Victor Hugo',
    'Pierre a rappelé ce matin',
    'MADAME LA PRÉSIDENTE DU CONSEIL DÉPARTEMENTAL',
    'Offre Plan M Express',
    'Rodez (Aveyron) et Paris (France)',
    "Albert est l'IA de l'État",
    "MERCI D'ÉCRIRE À LA FAMILLE D'ACCUEIL",
    '[10:42] Rédige le compte rendu',
    'LA JEUNE GÉNÉRATION DU DÉPARTEMENT',
    'LE COMITÉ DE PILOTAGE AURA LIEU LUNDI',
    'PROJET : REMISE GRACIEUSE DE DETTE',
    'Le conseil aura lieu jeudi. Madame la Principale présidera.',
    "Pendant les travaux, l'avenue Jean-Jaurès reste ouverte",
    'Accident sur la RD 888 entre Luc-la-Primaube et Olemps',
    'La ligne Jean Jaurès du tramway est déviée',
    'La rénovation des collèges Marcel-Aymé et Jean-Moulin',
    'Écrire à support@Romain.fr',
    'Vu M. X. Il a rappelé hier',
    "LIEU D'ACCUEIL : MECS LE ROC DU CAYLA",
    'Caller Computer Name: PC-MDS-MIL-042',
    'Adresse du siège : ZA de Bel Air',
    'GRANT SELECT ON fsl_demande TO role_lecture;',
    '2026-00451\tEURL Vidal Paysages\t94294054508094',
    "madame Indique qu'elle viendra",
    'Les SIRET sont dans Marco, ne les recopie pas.',
  ],
};
