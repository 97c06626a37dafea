import { luhnIsValid } from '../../checksums/luhn';
import { defineDetector, withoutSeparators } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { testAfter, testBefore } from '../../text-window';

/**
 * SIREN, the 9-digit number of a French company or public body in INSEE's Sirene register
 * (`732 829 320`, also inside `RCS Paris 732 829 320`). A legal person's number is public, hence
 * severity info; it becomes personal data for sole traders, which the context words also catch.
 * Check: Luhn. One random 9-digit number in ten passes, so a context word (SIREN, RCS, société,
 * entreprise, SARL, auto-entrepreneur…) is required, and an amount (`… €`, `… EUR`) is not a SIREN;
 * SIRET, TVA and NIR outrank it on overlaps.
 *
 * Source: https://xml.insee.fr/schema/2004/siret.html (INSEE SIREN/NIC/SIRET schema)
 * Examples are fictitious or public test values.
 */
const AMOUNT_AFTER = /^ ?(?:€|[Ee][Uu][Rr])/;

export default defineDetector({
  id: 'fr-siren',
  type: 'COMPANY_ID',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  // The look-ahead, implied by the rest of the pattern, is cheaper than the look-behind: it goes first.
  pattern: /\d(?=[ .\-]?\d)(?<!(?:[\p{L}\p{N}]|\d[ .\-])\d)(?:[ .\-]?\d){8}(?![\p{L}\p{N}]|[ .\-]\d)/gu,
  baseScore: 0.6,
  keywords: phraseList(
    'siren|siret|rcs|rm|kbis|societe|entreprise|sas|sasu|sarl|eurl|sci|association|auto-entrepreneur',
    'autoentrepreneur|micro-entrepreneur|microentrepreneur|micro-entreprise|ei|raison sociale|fournisseur',
    'prestataire|tva',
  ),
  requiresContext: true,
  // A FINESS number (health and social establishments) has nine digits and a Luhn key too.
  negativeKeywords: ['finess'],
  priority: 60,
  normalize: withoutSeparators,
  validate: (siren, context) => {
    if (/^(\d)\1{8}$/.test(siren) || !luhnIsValid(siren)) return false;
    // `F-2026-00342`: an invoice's number, after its letter.
    if (testBefore(context.text, context.start, /[A-Za-z]-$/, 2)) return false;
    // Four dotted groups of one to three digits are an IP address (`90.18.217.44`), not a SIREN.
    if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(context.text.slice(context.start, context.end))) return false;
    // `123 456 782 €` in a budget line is an amount, whatever the words around it.
    return !testAfter(context.text, context.end, AMOUNT_AFTER, 8);
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['SIREN 732 829 320', 'RCS Paris 404 833 048', 'SIREN : 123 456 782'],
  noMatch: ['MORVAN RESEAUX SAS | 90.18.217.44 | pli n° 1', 'la société a investi 123 456 782 € en 2024', 'SIREN 404 833 047', 'SIREN 123 456 789', 'SIREN 73282932', '732 829 320', 'SIREN 000 000 000', '<SIREN>F-2026-00342</SIREN>'],
};
