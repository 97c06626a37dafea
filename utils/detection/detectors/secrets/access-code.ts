import { defineSecret } from './_define-secret';
import type { DetectorExamples } from '../../types';

/**
 * The code that opens someone's home: a key box (`boîte à clés, code 4719`), a door entry code
 * (`DIGICODE PORTAIL 7319A`, `code portail 2580B`). Home-help, meal-delivery and alarm services
 * keep them in their route sheets and call notes, next to the person's address: with both, anyone
 * can walk in. password-assignment.ts needs 6 digits or two kinds of characters, and these codes
 * are shorter. The value follows its label at once (a word between at most: `digicode portail`),
 * or after `code`, `:`, `=`, `est`, `c'est` further on the line; it holds 4 to 8 characters and 3
 * digits at least, so that neither a year after other words (`digicode en panne depuis 2025`) nor
 * a word is read.
 *
 * Source: shared/reference/detectors.md §8.9 (codes given in clear). Examples are synthetic.
 */
const LABEL = String.raw`(?:bo[iî]tes?(?:[ \t]+[àa][ \t]+|_a_|[ \t]+)cl[ée]s?|digicode|code[ \t]+(?:portail|porte|porche|immeuble|interphone|alarme|d'alarme|du[ \t]+(?:portail|porche)))`;
const GAP = String.raw`(?:[ \t"':=]{0,4}(?:\p{L}{2,10}[ \t"':=]{1,4})?|[^\n\d.;]{0,40}?(?:(?<![\p{L}\p{N}])(?:code|est|c'est)|[:=])(?:[ \t]+toujours)?[ \t"']{1,3})`;

export default defineSecret({
  id: 'access-code',
  // No prefilter: its whole labels, searched in every text, cost more than the pattern, which opens
  // on three letters (measured: 16 µs against 0 to 4 µs per 4 KB prompt).
  pattern: new RegExp(`${LABEL}${GAP}(?<![\\p{L}\\p{N}])([0-9A-Z#*]{4,8})(?![\\p{L}\\p{N}])`, 'giu'),
  baseScore: 0.85,
  priority: 95,
  validate: (match, { groups }) => {
    const code = groups[1] ?? '';
    if ((code.match(/\d/g)?.length ?? 0) < 3) return false;
    return { score: 0.85, start: match.length - code.length, end: match.length };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'DUBERNET Yvette, neveu 06 39 98 27 61, boîte à clés, code 4719',
    "Sonia 07:13 : code boîte à clés c'est toujours 3081 ?",
    'RÉSIDENCE LES HORTENSIAS, 56700 KERVIGNAC – DIGICODE PORTAIL 7319A',
    '| 3 | MARTIN Rose | 4 rue Brizeux, 56800 Ploërmel | halal | code portail 2580B |',
    '{"plan_aide": "APA à domicile", "code_boite_a_cle": "4817"}',
    "Code d'alarme : 63082 (à désactiver en entrant).",
  ],
  noMatch: [
    'Le digicode est en panne depuis 2025 : prévenir le syndic.',
    'Boîte à clés installée le 12/03 par le SAAD.',
    'Code portail : voir avec la gardienne',
    'Achat de 40 boîtes à clés pour le service (marché 2026-014).',
  ],
};
