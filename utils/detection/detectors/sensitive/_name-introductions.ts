import { perText } from '../../per-text';
import { anonymisedParty, lineAround } from '../../person-anchor';
import { textAfter, textBefore } from '../../text-window';
import { wordSet } from '../../word-list';
import { structuredKeyBefore } from './_fields';
import { FUNCTIONS, LABELS } from './_name-words';
import { isBlank, lastWords } from './_name-left-context';

/**
 * What makes an initial and a surname a person (see person-name.ts): a word or a label that introduces
 * people (`rédigé par J. Dupont`, `Présents : S. Durand`), a list of such names, or a signature's line.
 */

/** Words after which an initial and a surname are a person (`rédigé par J. Dupont`, `avec P. Lefèvre et A. Girard`). */
const INITIAL_LEADS = wordSet(
  "par avec de d' a pour chez et selon aupres contacter contacte appeler appele voir",
  // A signature on the closing's line (`Cordialement, C. Espinasse`).
  'cordialement cordialement, amicalement amicalement, salutations, merci,',
);
/**
 * Labels of the lists of people that minutes open with (`Présents : J. Martin, S. Durand`), besides
 * LABELS (`Destinataire`, `Rédacteur`, `Cc`…).
 */
const INITIAL_LABELS = wordSet(
  'presents absents excuses present absent excuse participants invites signe redige contact copie visa destinataires jury',
  'membres intervenants signature secretariat mission',
);
const SIGNED_ON_BEFORE = /(?:^|\n)[ \t]*(?:fait )?(?:a [^\n]{1,30},? )?le \d{1,2}\/\d{1,2}\/\d{2,4} [-–—] $/;
/** Last words of signatories' functions that FUNCTIONS lacks (`secrétaire de séance`, `le magistrat désigné`). */
const SIGNATORY_ENDS = wordSet('seance magistrat magistrate designe designee');
/** The item of a list of initials and names right before another (`S. Durand (DSISN), `, `J. Martin et `), or a surname in capitals and its initial (`RIGAL S., `). */
const PREVIOUS_ITEM = /(?:(?:(?:dr|m|mme|me|pr)\.? )?\p{Lu}\.(?:-\p{Lu}\.)? {1,2}[\p{L}'-]{2,40}|\p{Lu}[\p{Lu}'-]{1,39} \p{Lu}\.)(?: \([^()\n]{0,40}\))?(?:, {1,2}| et | and )$/u;
/** A text saying its people are fictitious or their names replaced by initials (`cas fictif`, `initiales modifiées`), or about case law: a title's single letter there names no one. */
const saysLettersHideNames = perText((folded) => /ficti|initiales|anonymis|pseudonymis|jurisprudence/.test(folded));
/**
 * Whether the single initial [start, end) after a title names someone (`Mme B., 34 ans`): not a
 * placeholder's letter (`Mme X`, `M. Y`: X, Y and Z sort after every other capital), not an ellipsis's
 * (`M. A...`), not a party of case law, nor a letter in a text that says its people are hidden.
 */
export const letterNamesSomeone = (text: string, folded: string, start: number, end: number): boolean =>
  text[start] < 'X' && !'.…'.includes(text[end]) && !anonymisedParty(text, start) && !saysLettersHideNames(folded);
/**
 * Per text (perText): whether the item of a list of initials that starts at an offset is introduced
 * (2), is not (1) or was not read (0). Items are read from the first, so each asks only about the one
 * before it: a long list costs one look per item. An array by offset, not a Map: a Map of 9,000 items
 * grew its table anew, and that fresh memory was most of this function's own time.
 */
const introducedItemsOf = perText((text: string) => new Uint8Array(text.length + 1));
/**
 * The end of a message before its signature (`Cordialement,`, `Bien à toi,`, `Merci d'avance.`, a
 * line that starts with `Merci`: `Merci de me rappeler rapidement.`; families' languages: `Un saludo,`,
 * `Cordiali saluti`, `Atenciosamente`), folded.
 */
const CLOSING = /^merci [^\n]{0,60}$|(?:^|[\s,.!])(?:cordialement|bien (?:a )?(?:toi|vous)|bonne (?:journee|soiree|fin de journee|semaine)|merci(?: d'avance| beaucoup| encore| a (?:toi|vous))?|a (?:bientot|demain|plus)|salutations(?: distinguees| respectueuses)?|sentiments (?:distingues|les meilleurs|respectueux|devoues)|(?:haute |parfaite |profonde )?consideration(?: distinguee| respectueuse)?|respectueusement|bises|bisous|amicalement|amities|best regards|regards|best wishes|best|kind regards|many thanks|thanks|thank you|cheers|sincerely|yours|un saludo|saludos|atentamente|cordiali saluti|distinti saluti|atenciosamente|cumprimentos|obrigad[oa])[ ,.!]*$/;
/**
 * After a name in a signature (folded): its role, a word of a job (`, évaluatrice`, `, référente`,
 * `, chef de service`), or its phone number (` – 05 36…`). `B. Enjeux, objectifs` ends a plan.
 */
export const SIGNATURE_AFTER = /^(?:, [a-z-]*(?:rice|eur|euse|iste|ente|ante|ent|ant|ienne|ien|aire|iere|ier|logue|ecin|ef|effe|able|ee)(?![a-z])| [–-] [+\d(])/;
/**
 * The first line of a quoted reply (`> …`, `De : …`, `From: …`, `Le 5 nov. à 09:12, … a écrit :`, `-----Original Message-----`),
 * or a phone's line under a signature (`Envoyé de mon iPhone`).
 */
const QUOTED_REPLY = /^(?:>|de ?:|from ?:|envoye ?:|sent ?:|le .{5,80} a ecrit ?:|-{3,}|envoye (?:de|depuis) mon |sent from my )/;
/**
 * True when the line [lineStart, lineEnd) of a message is its signature: the line before it (blank
 * lines skipped) closes the message, a quoted reply follows it, or, with `lastLine`, it is the
 * last line of the text. Lines are looked up in `text` (the index of line breaks that the other
 * checks share), read in `folded`.
 */
export const signatureLine = (text: string, folded: string, lineStart: number, lineEnd: number, lastLine = false): boolean => {
  let before = lineStart - 1;
  while (before > 0 && isBlank(folded.charCodeAt(before - 1))) before--;
  if (before > 0 && CLOSING.test(folded.slice(lineAround(text, before - 1)[0], before).trimEnd())) return true;
  let after = lineEnd;
  while (after < folded.length && isBlank(folded.charCodeAt(after))) after++;
  if (after >= folded.length) return lastLine;
  return QUOTED_REPLY.test(folded.slice(after, lineAround(text, after)[1]));
};
/**
 * True when the initial at `at` opens a name: after a word of INITIAL_LEADS or a label
 * (INITIAL_LABELS, LABELS), directly or after earlier items of a list introduced so.
 */
export const initialIntroduced = (text: string, folded: string, at: number): boolean => {
  const introducedItems = introducedItemsOf(text);
  const visited: number[] = [];
  let position = at;
  let introduced = introducedItems[position];
  while (introduced === 0) {
    visited.push(position);
    const item = PREVIOUS_ITEM.exec(textBefore(text, position, 100));
    if (item === null) introduced = introducedByWord(folded, position) ? 2 : 1;
    else {
      position -= item[0].length;
      introduced = introducedItems[position];
    }
  }
  for (const each of visited) introducedItems[each] = introduced;
  return introduced === 2;
};
/**
 * True when a word of INITIAL_LEADS or a label ends right before `at`, or a short label at the line's
 * start comes before a dotted initial or holds a word of INITIAL_LABELS (`Secrétariat de séance : N.
 * Carrière`, `Visa de la responsable de territoire : M.-H. Garric`).
 */
export const introducedByWord = (folded: string, at: number): boolean => {
  // A dotted initial (`P.`), not initials typed without dots (`JP`, `PF Arverne`, `TJ Amiens`).
  const dotted = folded[at + 1] === '.';
  // A title before the first item (`Présents : Dr C. Monteil, L. Fabre`) belongs to it.
  const title = /(?:^|[\s,:])(?:dr|m|mme|me|pr)\.? $/.exec(textBefore(folded, at, 5));
  if (title !== null) at -= title[0].length - (/^[\s,:]/.test(title[0]) ? 1 : 0);
  const words = lastWords(textBefore(folded, at, 40), 2);
  const previous = words[words.length - 1] ?? '';
  if (INITIAL_LEADS.has(previous)) return true;
  // A form's signature after its date (`Fait le 13/03/2026 – L. Castaing`, `Le 16/02/2026 – K. Bensalem`).
  if (dotted && SIGNED_ON_BEFORE.test(textBefore(folded, at, 60))) return true;
  // The value of a key in structured data (`"acteur": "N. PERRIN"`, `evaluateur=L. GAUTHIER`).
  if (dotted && VALUE_OPENERS.includes(folded[at - 1]) && structuredKeyBefore(textBefore(folded, at, 71)) !== null) return true;
  // A signatory's function before the comma (`La présidente, O. Renaudin`, `La secrétaire de séance, A. Lemaître`).
  if (previous.endsWith(',')) return FUNCTIONS.has(previous.slice(0, -1)) || SIGNATORY_ENDS.has(previous.slice(0, -1));
  if (!previous.endsWith(':')) return false;
  const label = previous === ':' ? (words[0] ?? '') : previous.slice(0, -1);
  if (INITIAL_LABELS.has(label) || LABELS.has(label)) return true;
  const line = textBefore(folded, at, 80);
  // The label opens its line or an item of a list (`… ; pour le Département : A. Marzin`).
  const labelWords = line.slice(Math.max(line.lastIndexOf('\n'), line.lastIndexOf(';')) + 1).replace(/:\s*$/, '').trim().split(/\s+/);
  if (labelWords.length > 6) return false;
  // Any short label on the initial's own line (`Contrôleur : P. Mercier`, `Demandé par : C. Rio`,
  // `Dossier : R. PELLETIER`): a heading's number (`I. Cadre`) opens a line of its own, and choices
  // are lettered from A or I (`Réponses : A. Accord, B. Refus`).
  if (dotted && !/\n\s*$/.test(line)) return !ENUMERATION.test(textAfter(folded, at, 80));
  return labelWords.some((word) => INITIAL_LABELS.has(word));
};
/** What a value in structured data opens with: a quote, `=` or a tag's `>`. */
const VALUE_OPENERS = `"'=>`;
/** The first item of a lettered enumeration (`a. accord, b. refus`, `i. cadre ; ii. procedure`), folded. */
const ENUMERATION = /^(?:a\.[^\n]{1,60}?[\s,;]b|i\.[^\n]{1,60}?[\s,;]ii)\.\s/;
