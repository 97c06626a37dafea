import { defineName } from './_define-name';
import type { DetectorExamples } from '../../types';

/**
 * A person's account handle mentioned with its `@`, as directories build it from the name: an
 * initial, a dot and the surname (`@s.morel`, `@f.benhamou`, the Mattermost header `@s.morel — 10:02`).
 * Other handles (`@support`, `@glpi-bot`) say nothing of a name, and an e-mail address is email.ts's.
 * The finding starts after the `@`, which opens the pattern (a pattern that opened with a look-behind
 * would be tried at every position). Examples are fictitious.
 */
export default defineName({
  id: 'person-handle',
  pattern: /@(?<![\p{L}\p{N}.>]@)[a-z]{1,2}\.[a-z][a-z'-]{2,30}(?![\p{L}\p{N}@_-]|\.[a-z])/gu,
  candidateStart: (_text, match) => match.index + 1,
  prefilter: ['@'],
  baseScore: 0.75,
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['@s.morel — 10:02\nil est en arrêt maladie depuis le 3', 'ok pour moi, @f.benhamou tu valides ?', 'relire avec @m.quentel avant jeudi'],
  noMatch: ['écrire à s.morel@example.fr', 'voir @support pour le VPN', 'relancer @glpi-bot', 'y.nicolas a dit oui'],
};
