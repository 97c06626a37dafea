import { defineDetector } from '../../define-detector';

/**
 * E-mail address (RFC 5321 practical subset): a local part, `@`, a domain of up to nine labels
 * ending in a top-level domain of 2-24 letters or an IDN `xn--` label. Also the obfuscated forms
 * people type to dodge harvesters: `jean.dupont [at] exemple [dot] fr`, `jean.dupont(at)exemple.fr`,
 * `jean.dupont arobase exemple point fr`.
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

const LOCAL = '[\\p{L}\\p{N}_%+\\-][\\p{L}\\p{N}._%+\\-]{0,63}';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?';
const TLD = '(?:\\p{L}{2,24}|xn--[\\p{L}\\p{N}\\-]{1,59})';
const AT = '(@)';
const OBFUSCATED_AT = ' ?(?:\\[(?:at|@|arobase)\\]|\\((?:at|@|arobase)\\)|\\{(?:at|@)\\}| arobase ) ?';
const OBFUSCATED_DOT = ' ?(?:\\[(?:dot|point|\\.)\\]|\\((?:dot|point|\\.)\\)|\\.| (?:dot|point) ) ?';

// `(?=(LOCAL))\\1` is an atomic group: the local part is taken whole, never backtracked into
// (a shorter local part could not be followed by `@` anyway), which halves the cost per word.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}._%+\\-])(?=(${LOCAL}))\\1(?:${AT}(?:${LABEL}\\.){1,8}${TLD}|${OBFUSCATED_AT}(?:${LABEL}${OBFUSCATED_DOT}){1,8}${TLD})(?![\\p{L}\\p{N}\\-])`,
  'giu',
);

const BASE_SCORE = 0.9;
const OBFUSCATED_SCORE = 0.75;
const SERVICE_MAILBOX_SCORE = 0.3;

/** Local parts of service mailboxes (compared in lower case, without separators). */
const SERVICE_MAILBOXES = new Set([
  'contact', 'contacts', 'info', 'infos', 'information', 'informations', 'accueil', 'noreply', 'nepasrepondre', 'donotreply', 'dpo', 'rgpd',
  'support', 'admin', 'administration', 'webmaster', 'postmaster', 'hostmaster', 'abuse', 'secretariat', 'standard', 'communication',
  'courrier', 'mairie', 'service', 'services', 'hello', 'bonjour', 'commande', 'commandes', 'facturation', 'factures', 'compta',
  'comptabilite', 'rh', 'recrutement', 'presse', 'sales', 'help', 'helpdesk', 'newsletter', 'notification', 'notifications', 'mailer',
  'mailerdaemon', 'reclamation', 'reclamations', 'sav', 'assistance', 'cil', 'marches', 'marchespublics',
]);

export default defineDetector({
  id: 'email',
  type: 'EMAIL',
  severity: 'medium',
  pattern: PATTERN,
  prefilter: ['@', 'at]', 'at)', 'at}', 'arobase'],
  baseScore: BASE_SCORE,
  keywords: ['mail', 'e-mail', 'email', 'courriel', 'adresse', 'contact', 'ecrire', 'mel'],
  priority: 70,
  validate: (value, context) => {
    const plain = context.groups[2] !== undefined;
    const local = plain ? value.slice(0, value.indexOf('@')) : /^[^ [({]+/u.exec(value)?.[0] ?? '';
    if (local.length === 0 || local.length > 64 || local.endsWith('.') || local.includes('..')) return false;
    if (SERVICE_MAILBOXES.has(local.toLowerCase().replace(/[._\-]/g, ''))) return SERVICE_MAILBOX_SCORE;
    return plain ? BASE_SCORE : OBFUSCATED_SCORE;
  },
  examples: {
    match: [
      'Écrire à jean.dupont@example.fr demain',
      'mail: jean\\_dupont@mairie-exemple.fr',
      'contact : marie.durand+rsa@departement.example.org',
      'Contact : k.benali@mail.example.com.',
      'marie-claire.lefevre+ase@departement.test',
      'écrire à jean.dupont [at] exemple [dot] fr',
      'jean.dupont arobase exemple point fr',
      'user@xn--80ak6aa92e.com',
    ],
    noMatch: ['@dupont sur Twitter', 'user@localhost', 'un arobase @ seul', 'jean..dupont@example.fr', 'jean.dupont@', 'jean@dupont', '@exemple.test', 'jean.@example.fr'],
  },
});
