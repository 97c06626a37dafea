import { defineDetector } from '../../define-detector';

/**
 * Numéro allocataire (now also "numéro de dossier") of a household at the CAF (family benefits,
 * RSA, housing aid), or the equivalent MSA number: 7 digits, no public checksum.
 * Reported only after an anchor: `allocataire`, or `n°`/`numéro`/`dossier`/`matricule`/
 * `identifiant` + `CAF`/`MSA`, within 25 characters before the number. "CAF" alone is not enough: in
 * a département's finance documents it means capacité d'autofinancement (`CAF brute 1 250 000`).
 *
 * Source: https://www.caf.fr (Caisse nationale des allocations familiales)
 * Examples are fictitious or public test values.
 */
const ANCHOR_BEFORE =
  /(?:allocataire|(?:n°|no|num|numero|dossier|matricule|identifiant)[ ]*(?:d' ?)?(?:allocataire[ ]*)?(?:caf|msa))[^\n\d]{0,25}$/;

export default defineDetector({
  id: 'fr-caf-number',
  type: 'CAF_NUMBER',
  severity: 'high',
  pattern: /(?<![\p{L}\p{N}]|\d[ .\-])\d{7}(?![\p{L}\p{N}]|[ .\-]?\d)/gu,
  baseScore: 0.75,
  keywords: ['allocataire', 'caf', 'msa'],
  requiresContext: true,
  negativeKeywords: ['caf brute', 'caf nette', "capacite d'autofinancement", 'autofinancement'],
  prefilter: ['allocataire', 'caf', 'msa'],
  priority: 65,
  validate: (_value, context) => ANCHOR_BEFORE.test(context.folded.slice(Math.max(0, context.start - 60), context.start)),
  examples: {
    match: ['n° allocataire CAF : 1234567', 'numéro allocataire 7654321', 'Dossier CAF n°0123456', 'matricule MSA 2345678'],
    noMatch: ['CAF brute : 1234567 €', 'n° allocataire 123456', 'allocataire depuis 2019', 'CAF 1234567'],
  },
});
