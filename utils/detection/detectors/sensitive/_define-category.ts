import { typedWithoutCapitals } from '../../capitals';
import { defineDetector } from '../../define-detector';
import { perText } from '../../per-text';
import { lineAround } from '../../person-anchor';
import type { Detector, DetectorSpec } from '../../types';
import { inHeaderRow } from '../../table-context';
import { lastNonBlank, testAfter, testBefore } from '../../text-window';
import { inAddressOrCode } from './_terms';

/**
 * An unticked box of a form before the term on its line, no ticked one between (`☐ tutelle`, `[ ]
 * curatelle`, `☐ Orientation en établissement (IME, ITEP)`): an option no one chose. A colon ends the
 * option (`☒ oui ☐ non : transporté aux urgences` answers the question).
 */
const UNTICKED_BOX_BEFORE = /(?:[☐□❏○◯]|\[ ?\]|\( \))[^\n☒☑✓✔■\[:]{0,50}$/;
/** A box of a form, ticked or not, or a mailbox's address (`<crip@…>`): whether the text holds any is read once per text. */
const BOX = /[☐□❏○◯]|\[ ?\]|\( \)/;
const textHolds = perText((text) => ({ boxes: BOX.test(text), mailboxes: text.includes('<') && text.includes('@') }));

/** The rest of a mailbox's display name, then its address (`CRIP 35 <crip@…>`, `FSL – Secrétariat <fsl@…>`). */
const MAILBOX_NAME_AFTER = /^[^<>\n]{0,40}<[^\s<>@]+@/;
/**
 * A directory of establishments: the term opens a table's row and names one, its name and town in
 * the cell (`EHPAD Les Tilleuls | Cahors | 84 places`, `IME Les Sources (Figeac) | 45 |`).
 */
const ROW_START_BEFORE = /(?:^|\n)[ \t]*(?:\| ?)?$/;
const ESTABLISHMENT_CELL_AFTER = /^ [A-ZÀ-Þ0-9][^|\n]{0,40}? ?\|/;

/** A chat's time opening the line, then the service's acronym that sends the message (`[09:20] CRIP 41 : …`). */
const CHAT_TIME_LINE_START = /(?:^|\n)[ \t]*(?:\[[^\]\n]{4,25}\]|\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2} -|\d{1,2}:\d{2}) ?$/;
const SENDER_COLON_AFTER = /^(?: [\p{L}\p{N}'’-]+){0,3} ?:/u;

/** An e-mail's sender or recipients field opening the line of a term: a mailbox named there (`À : Maialen Sallaberry ; CRIP`). */
const ADDRESS_FIELD = /^[ \t]*(?:À|A|Cc|Cci|De|From|To|Bcc) ?:/;
/** How far back that line's start is looked for: a longer line's stretch before the term is read as if it opened the line. */
const ADDRESS_LINE_LOOK_BACK = 120;

/**
 * Whether the term at `start` is on an address line (see ADDRESS_FIELD). The field is read at the
 * line's start, found with the line index, rather than by a regex tried at every position of the
 * 120 characters before each term.
 */
const onAddressLine = (text: string, start: number): boolean => ADDRESS_FIELD.test(text.slice(Math.max(lineAround(text, start)[0], start - ADDRESS_LINE_LOOK_BACK), start));

/**
 * A service's acronym tagging a message's sender in a copied chat, before the colon or the time that
 * ends the header (`Nadia Haddad ASE:`, `VASSEUR Claire (CRIP) 09:12`, `Manon Quéré (secrétariat ASE) :`,
 * `[09:14] Morgane L. (SIAO) :`, `Nathan (astreinte CHRS) :`, `Nathalie B. (RSA Oloron) :`): a first name and a surname or an
 * initial, or a first name alone before a bracket, or after a chat's time, maybe with their job (`[13:21] Bastien AED:`, `[10:05] Julie évaluation MNA:`, WhatsApp on Android's
 * `05/01/2026 09:12 - Yasmina RSA Référente:`). A form's label is one word and no bracket
 * (`Orientation ESAT :`, `Date CDAPH :`): the term there is the form's person's. A union's name in that place is the
 * sender's membership, an art. 9 data (`Patrick Serres (CGT):`): special categories are read there all the same.
 */
const SENDER_TAG_BEFORE = /(?:\n|\] ?|\d - )\p{Lu}[\p{L}'’-]+(?:,? \p{Lu}[\p{L}'’-]*\.? (?:\((?:\p{Ll}+ |[A-Z]{2,6}[-/])?)?| \((?:\p{Ll}+ |[A-Z]{2,6}[-/])?)$|(?:\] ?|\d - )\p{Lu}[\p{L}'’-]+ (?:\p{Ll}+ )?$/u;
// The service's place or pole may follow it in the bracket (`Nathalie B. (RSA Oloron) :`, `GUILHEM Anne (MDPH – pôle enfance) 14:07`); a Teams header may
// hold the directory's name and its service alone on its line (`Dupont-Leroy, Claire (DEF-ASE)`, `[11/03 16:20] Girard Stéphanie (MDPH)`).
const SENDER_TAG_AFTER = /^(?: \p{Lu}[\p{L}'’-]+)?(?:\)? ?:|[^()\n]{0,30}\) {1,2}\d{1,2}:\d{2}|\)[ \t]*(?:\n|$))/u;
/**
 * A service's acronym as the value of a `service` field (`"service": "ASE – Territoire Sud"`, `Service : PMI`),
 * or heading an organisation chart's line (`- Service APA-PCH : chef de service`, `Cellule MDPH–Département`).
 */
const SERVICE_FIELD_BEFORE = /(?:^|[^\p{L}])[Ss]ervice"?[ \t]*:[ \t]*"?$|(?:^|\n)[ \t]*(?:[-–•*][ \t]*)?(?:[Ss]ervices?|[Cc]ellule|[Pp][ôo]le|[Bb]ureau|[Uu]nit[ée]|[Mm]ission)(?:[ \t]+[A-Z]{2,6}[-–/])?[ \t]*$/u;
/**
 * Characters that may end SERVICE_FIELD_BEFORE's match once blanks are skipped: the colon and the quote
 * after it, the last letters of its words, an acronym's dash or slash. Checked first: most terms follow none.
 */
const SERVICE_FIELD_ENDS = ':"esuné-–/';
/** Characters that may end CHAT_TIME_LINE_START's match before its optional space: a bracket, a dash, a digit. */
const CHAT_TIME_ENDS = ']-0123456789';
/** A term written as an acronym (`RSA`, `CRIP`). */
const ACRONYM = /^[A-Z]{2,6}$/;

export interface CategorySpec extends Omit<DetectorSpec, 'baseScore' | 'personAnchored'> {
  /**
   * Acronyms (folded, also in the pattern's terms) that match in lower case only in a message typed
   * without capitals (`typedWithoutCapitals`), and in capitals anywhere; `Cmp` never.
   */
  readonly acronymsTypedInLowerCase?: readonly string[];
}

/**
 * Declares a detector of a sensitive category read from its terms (health, social case, art. 9 and
 * art. 10 data, nationality). They share what makes a term a finding: a person near it
 * (`personAnchored`, see person-anchor.ts), one base score, context boost and priority, and a term
 * that is a piece of an address, a path or an identifier (`www.mdph12.fr`, `rsa_key`, `APA-2019-0412`)
 * is none, nor is a term naming a service's mailbox (`À : CRIP 35 <crip@…>`, `Cc : CRIP`) or a chat sender's
 * (`VASSEUR Claire (CRIP) 09:12`), an establishment a directory lists (`EHPAD Les Tilleuls | Cahors |`), or an option of a form left unticked (`☐ tutelle ☒ curatelle renforcée`). Written once here
 * rather than in each declaration, since the engine ships in every AI page.
 */
export const defineCategory = (spec: CategorySpec): Detector => {
  const { validate, acronymsTypedInLowerCase, ...rest } = spec;
  const lowerCaseAcronyms = new Set(acronymsTypedInLowerCase);
  return defineDetector({
    baseScore: 0.8,
    contextBoost: 0.1,
    priority: 40,
    ...rest,
    personAnchored: true,
    validate: (matched, context) => {
      const { text, start, end } = context;
      let value = matched;
      // An acronym read in lower case (see CategorySpec) is validated as written in capitals.
      // Categories without such acronyms skip the lookup: it slices the folded text for every short term.
      if (lowerCaseAcronyms.size > 0 && value.length <= 6 && lowerCaseAcronyms.has(context.folded.slice(start, end)) && value !== value.toUpperCase()) {
        if (value !== value.toLowerCase() || !typedWithoutCapitals(text, Math.max(0, start - 200), Math.min(text.length, end + 200))) return false;
        value = value.toUpperCase();
      }
      const acronym = ACRONYM.test(value);
      // What comes before an acronym, blanks skipped: the service field's and the chat time's guards read it.
      const beforeAcronym = acronym ? text.charAt(lastNonBlank(text, start)) : '';
      return (
        !inAddressOrCode(text, start, end) &&
        !(textHolds(text).mailboxes && testAfter(text, end, MAILBOX_NAME_AFTER, 64)) &&
        !(acronym && (onAddressLine(text, start) || (CHAT_TIME_ENDS.includes(beforeAcronym) && testBefore(text, start, CHAT_TIME_LINE_START, 30) && testAfter(text, end, SENDER_COLON_AFTER, 40)))) &&
        !(testBefore(text, start, ROW_START_BEFORE, 4) && testAfter(text, end, ESTABLISHMENT_CELL_AFTER, 48)) &&
        !(textHolds(text).boxes && testBefore(text, start, UNTICKED_BOX_BEFORE, 60)) &&
        !inHeaderRow(context.folded, start) &&
        // An acronym in a sender's tag names their service (`VASSEUR Claire (CRIP)`), except a union's,
        // which says what the sender belongs to (`Marc Julien (CGT)`).
        !(acronym && ((SERVICE_FIELD_ENDS.includes(beforeAcronym) && testBefore(text, start, SERVICE_FIELD_BEFORE, 32)) || (rest.type !== 'SPECIAL_CATEGORY' && testAfter(text, end, SENDER_TAG_AFTER, 40) && testBefore(text, start, SENDER_TAG_BEFORE, 48)))) &&
        (validate?.(value, context) ?? true)
      );
    },
  });
};
