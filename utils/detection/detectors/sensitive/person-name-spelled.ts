import { defineName } from './_define-name';
import { foldName } from '../../fold';
import type { DetectorExamples } from '../../types';
import { testBefore, textBefore } from '../../text-window';

/**
 * A name spelled letter by letter, as a caller or a dictated note gives it: `madame Nadia Ferrat
 * enfin F E R H A T`, `je répète L E G R A N D`, `nom de famille N G U Y E N`, `monsieur Dylan
 * Carrère C A R R E R E`. Three capitals or more, each after one space.
 * Reported after what introduces a spelling (`je répète`, `je précise`, `j'épelle`, `ça s'écrit`,
 * `enfin`, `pardon`, `nom`, `prénom`) or after the word it spells.
 * Not reported: letters with spaces that nothing introduces (an acronym typed `R S A`, a plate).
 */

// The boundary is checked after the first capital: a pattern that starts with a look-behind is tried at every position.
const PATTERN = /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})(?: \p{Lu}){2,29}(?![\p{L}\p{N}])/gu;
const INTRODUCED_BEFORE = /(?:r[ée]p[èe]te|pr[ée]cise|[ée]pelle|[ée]pel[ée]e?|s'[ée]crit|enfin|pardon|nom(?: de famille)?|pr[ée]nom)[ ,:]{1,3}$/u;

export default defineName({
  id: 'person-name-spelled',
  pattern: PATTERN,
  baseScore: 0.75,
  validate: (value, context) => {
    if (testBefore(context.text, context.start, INTRODUCED_BEFORE, 24)) return true;
    // The word it spells, right before it (`Carrère C A R R E R E`).
    const before = textBefore(context.text, context.start, 40).trimEnd();
    return foldName(before.slice(before.lastIndexOf(' ') + 1)) === foldName(value.replace(/ /g, ''));
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    "c'est madame Nadia Ferrat enfin F E R H A T je vous appelle",
    'maman madame legrand je répète L E G R A N D virgule prénom Océane',
    'fiche contact : nom de famille N G U Y E N virgule',
    'héberge en CHRS monsieur Dylan Carrère C A R R E R E avec un accent grave',
  ],
  noMatch: ['le R S A est versé le 5', 'véhicule immatriculé F G 218 K R', 'A B C D', 'Réponses : A B C'],
};
