import { defineCategory } from './_define-category';
import { termPattern } from './_terms';
import { ORIGINS } from './special-category';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * A designated person's nationality: the adjective given right after `nationalité`, `de
 * nationalité`, `ressortissant` (`Nationalité déclarée : guinéenne`, `de nationalité comorienne`,
 * `ressortissant roumain`) or in a table's `Nationalité` column. Not an art. 9 category itself,
 * but it reveals origin, and the reference asks to treat it as sensitive in social-services prompts
 * (§9.3): reported as SPECIAL_CATEGORY, person-anchored. The word `nationalité` alone is not
 * reported: it heads every form and column.
 *
 * The adjectives are the origins of special-category.ts (`d'origine algérienne`) in both genders.
 * Without the keyword just before it (`16 ans, albanais,`) a nationality word is left out: the same
 * words name languages (`langue : ukrainien`), cuisines, streets and teams.
 *
 * Source: shared/reference/detectors.md §9.3. Examples are fictitious.
 */

/** The masculine of a feminine form, near enough for matching (`algérienne` → algérien, `turque` → turc, `russe` → russ). */
const masculine = (feminine: string): string => feminine.replace(/nne$|que$|e$/, (end) => (end === 'nne' ? 'n' : end === 'que' ? 'c' : ''));

export default defineCategory({
  id: 'nationality',
  type: 'SPECIAL_CATEGORY',
  pattern: termPattern(ORIGINS.flatMap((origin) => [`${origin}*`, `${masculine(origin)}*`])),
  keywords: phraseList('nationalite|nationalites|nationality|ressortissant|ressortissante|ressortissants|ressortissantes'),
  requiresContext: true,
  // The keyword just before the adjective (`de nationalité`, `Nationalité déclarée :`), not a language further on the line.
  contextWindow: { before: 30, after: 0 },
  // The engine's default: the keyword is always there (requiresContext).
  contextBoost: 0.15,
  // French nationality, on most identity cards and forms, reveals no origin.
  validate: (value) => !/^fran[cç]ais/i.test(value),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    "M. Mamadou DIALLO, de nationalité guinéenne, s'est présenté hier soir",
    'Mme Iryna HOLOVKO\nNationalité : ukrainienne',
    'POPESCU Ionuț, ressortissant roumain, a été contrôlé',
    // Alone in this test, the detector has no name beside it: the title anchors the row.
    'NOM;PRENOM;NATIONALITE\nMme BAH;Fatoumata;guinéenne',
    'Nom : SAFI Mariam\nNationalité déclarée : AFGHANE',
    'M. Kemal YILDIZ, de nationalité turque',
  ],
  noMatch: [
    'CARTE NATIONALE D\'IDENTITÉ N° : 140812103584 Nationalité Française',
    "La nationalité française s'acquiert par déclaration",
    'M. Popescu parle roumain et un peu italien',
    'Mme Holovko, nationalité : à compléter ; langue : ukrainien',
    "Quelles pièces pour une demande de nationalité ? Les ressortissants algériens relèvent de l'accord de 1968.",
  ],
};
