import { defineDetector } from '../../define-detector';

/**
 * E-mail address (RFC 5321 practical subset): local part, `@`, a domain with a TLD of 2+ letters.
 * Markdown escapes (`jean\_dupont@…`) are removed by normalisation before matching.
 * Generic mailboxes of a service are still personal data when they name a person; all are reported.
 * Examples are fictitious.
 */
export default defineDetector({
  id: 'email',
  type: 'EMAIL',
  severity: 'medium',
  // Bounded quantifiers; the local part cannot start with a dot.
  pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]{0,63}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-])/gu,
  prefilter: ['@'],
  baseScore: 0.9,
  keywords: ['mail', 'e-mail', 'courriel', 'adresse', 'contact', 'ecrire'],
  priority: 70,
  validate: (value) => !value.includes('..'),
  examples: {
    match: ['Écrire à jean.dupont@example.fr demain', 'mail: jean\\_dupont@mairie-exemple.fr', 'contact : marie.durand+rsa@departement.example.org'],
    noMatch: ['@dupont sur Twitter', 'user@localhost', 'un arobase @ seul', 'jean..dupont@example.fr'],
  },
});
