import { codeAt, codePointBefore, isAsciiAlphanumeric } from '../../char-codes';
import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { testBefore } from '../../text-window';
import { phraseList, wordSet } from '../../word-list';

/**
 * E-mail address (RFC 5321 practical subset): a local part, `@`, a domain of up to nine labels
 * ending in a top-level domain of 2-24 letters or an IDN `xn--` label. Also the obfuscated forms
 * people type to dodge harvesters: `jean.dupont [at] exemple [dot] fr`, `jean.dupont(at)exemple.fr`,
 * `jean.dupont arobase exemple point fr`, and an `@` typed between spaces (`jean.dupont @ gmail.com`).
 *
 * Check: local part of at most 64 characters, without a leading or trailing dot or `..`; domain
 * labels do not start or end with `-`. Markdown escapes (`jean\_dupont@…`) are removed by the
 * normalisation before matching. A `prenom.nom@` address names its owner; service mailboxes
 * (`contact@`, `accueil@`, `noreply@`, `dpo@`…) are reported with a score below the default
 * policy threshold, since they point at an organisation rather than a person.
 *
 * Source: RFC 5321 §4.1.2 and §4.5.3.1 (https://www.rfc-editor.org/rfc/rfc5321).
 * Examples are fictitious.
 */

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?';
const TLD = '(?:\\p{L}{2,24}|xn--[\\p{L}\\p{N}\\-]{1,59})';
const AT = '(@)';
// Written ` ?(?:…) ?` after the local part: the pattern starts at the bracket (or at the space of
// ` arobase `) and `candidateStart` steps back over the optional space before it.
const OBFUSCATED_AT = '(?:\\[(?:at|@|arobase)\\]|\\((?:at|@|arobase)\\)|\\{(?:at|@)\\}| arobase ) ?';
const OBFUSCATED_DOT = ' ?(?:\\[(?:dot|point|\\.)\\]|\\((?:dot|point|\\.)\\)|\\.| (?:dot|point) ) ?';
/**
 * An `@` typed with spaces around it (`jean.dupont @ gmail.com`, `jean.dupont@ gmail.com`), then a
 * plain domain with a common top-level domain: `merci @ marie.curie` is not an address.
 */
const SPACED_AT = ' @ ?|@ ';
const COMMON_TLD = '(?:fr|com|org|net|eu|info|biz|gouv|edu|io|be|ch|lu|de|es|it|uk|ca|us|re|nc|pf|yt|gp|mq|gf|pm|wf|bzh|paris|corsica|example|test)';

// The pattern starts at the `@` (or its obfuscated form) and `localPartStart` walks back over the
// local part: a pattern starting with the local part would be tried at every letter of the text.
// The local part is `[\p{L}\p{N}_%+\-][\p{L}\p{N}._%+\-]{0,63}`, taken whole (never backtracked
// into) and not preceded by one of its characters.
const PATTERN = new RegExp(
  `(?:${AT}(?:${LABEL}\\.){1,8}${TLD}|(?:${SPACED_AT})(?:${LABEL}\\.){1,8}${COMMON_TLD}|${OBFUSCATED_AT}(?:${LABEL}${OBFUSCATED_DOT}){1,8}${TLD})(?![\\p{L}\\p{N}\\-])`,
  'giu',
);

// `i` as in the pattern: it adds U+0345, which case-folds to a letter.
const LOCAL_CHAR = /^[\p{L}\p{N}._%+\-]$/iu;
const MAX_LOCAL_CODE_POINTS = 64;

/** Whether the code point ending at `end` (`width` code units) may be part of a local part. */
const isLocalChar = (text: string, end: number, width: number): boolean => {
  const code = codeAt(text, end - 1);
  if (code < 0x80) return isAsciiAlphanumeric(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
  return LOCAL_CHAR.test(text.slice(end - width, end));
};

/**
 * Start of the local part that ends at `at`: the run of local-part characters before it (at most
 * 64 code points, not starting with a dot, starting at or after `minStart`), or -1.
 */
export const localPartStart = (text: string, at: number, minStart: number): number => {
  let start = at;
  for (let count = 0; start > 0; count++) {
    // A surrogate pair is one code point, as in a `u` regex.
    const width = codePointBefore(text, start).length;
    if (!isLocalChar(text, start, width)) break;
    if (count === MAX_LOCAL_CODE_POINTS) return -1;
    start -= width;
  }
  if (start === at || start < minStart || codeAt(text, start) === 46) return -1;
  return start;
};

const BASE_SCORE = 0.9;
const OBFUSCATED_SCORE = 0.75;
const SERVICE_MAILBOX_SCORE = 0.3;

/** Local parts of service mailboxes (compared in lower case, without separators). */
const SERVICE_MAILBOXES = wordSet(
  'contact contacts info infos information informations accueil noreply nepasrepondre donotreply dpo rgpd support',
  'admin administration webmaster postmaster hostmaster abuse secretariat standard communication courrier mairie',
  'service services hello bonjour commande commandes facturation factures compta comptabilite rh recrutement presse',
  'sales help helpdesk newsletter notification notifications mailer mailerdaemon reclamation reclamations sav',
  'assistance cil marches marchespublics',
);

const URL_SCHEME_BEFORE = /[a-z][a-z0-9+.-]*:\/\/[${]*$/i;
/** The field of an identifier shaped like an address (folded): iCalendar's `UID`, a message's `Message-ID`. */
const IDENTIFIER_FIELD_BEFORE = /(?:^|\n)(?:uid|message-id|in-reply-to|references)[ \t]*[:=][ \t]*<?$/;

export default defineDetector({
  id: 'email',
  type: 'EMAIL',
  pattern: PATTERN,
  prefilter: ['@', 'at]', 'at)', 'at}', 'arobase'],
  baseScore: BASE_SCORE,
  keywords: phraseList('mail|e-mail|email|courriel|adresse|contact|ecrire|mel'),
  priority: 70,
  // `jean [at] …`: the local part ends before the optional space that precedes an obfuscated `@`.
  candidateStart: (text, anchor, minStart) =>
    localPartStart(text, anchor[1] === undefined && codeAt(text, anchor.index - 1) === 32 ? anchor.index - 1 : anchor.index, minStart),
  validate: (value, context) => {
    const plain = context.groups[1] !== undefined;
    const local = plain ? value.slice(0, value.indexOf('@')) : /^[^ @[({]+/u.exec(value)?.[0] ?? '';
    if (local.length === 0 || local.length > 64 || local.endsWith('.') || local.includes('..')) return false;
    // The user of a URL (`postgres://obs_reader@db.interne:5432`, `https://$gitToken@github.com`), an account, not a mailbox.
    if (testBefore(context.text, context.start, URL_SCHEME_BEFORE, 24)) return false;
    // A calendar event's or a message's identifier (`UID:20260504T090000-0417@agenda.interne`, `Message-ID: <…@…>`).
    if (testBefore(context.folded, context.start, IDENTIFIER_FIELD_BEFORE, 24)) return false;
    if (SERVICE_MAILBOXES.has(local.toLowerCase().replace(/[._\-]/g, ''))) return SERVICE_MAILBOX_SCORE;
    return plain ? BASE_SCORE : OBFUSCATED_SCORE;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Écrire à jean.dupont@example.fr demain',
    'mail: jean\\_dupont@mairie-exemple.fr',
    'contact : marie.durand+rsa@departement.example.org',
    'Contact : k.benali@mail.example.com.',
    'marie-claire.lefevre+ase@departement.test',
    'écrire à jean.dupont [at] exemple [dot] fr',
    'jean.dupont arobase exemple point fr',
    'user@xn--80ak6aa92e.com',
    'écris à jean.dupont @ gmail.com ce soir',
    'jean.dupont@ mairie-exemple.fr',
  ],
  noMatch: [
    'BEGIN:VEVENT\nUID:20260504T090000-0417@agenda.interne\nDTSTART:20260504T090000',
    '@dupont sur Twitter', 'user@localhost', 'un arobase @ seul', 'jean..dupont@example.fr', 'jean.dupont@', 'jean@dupont', '@exemple.test', 'jean.@example.fr', 'merci @ marie.curie pour la relecture', 'db_url: postgres://obs_reader@db.observatoire.interne:5432/addicto', 'git push https://$gitToken@github.com/dsisn-example/gpo-backup.git'],
};
