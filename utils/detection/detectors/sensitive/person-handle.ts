import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { testAfter } from '../../text-window';

/**
 * A person's account handle as directories build it from the name, an initial, a dot and the
 * surname (`s.morel`, `f.benhamou`): mentioned with its `@`, or heading a copied chat's message
 * before its time (`@s.morel — 10:02`, `y.nicolas 08:22`). Other handles (`blucas`, `glpi-bot`)
 * say nothing of a name. Examples are fictitious.
 */
// Opened by `@` or a line's start: a pattern that opened with the handle would be tried at every letter.
const PATTERN = /(?:(?<![\p{L}\p{N}.])@|(?:^|\n)[ \t]{0,3})[a-z]{1,2}\.[a-z][a-z'-]{2,30}(?![\p{L}\p{N}@_-]|\.[a-z])/gu;
const TIME_AFTER = /^(?: — | · | {1,2})\d{1,2}:\d{2}(?!\d)/;

export default defineDetector({
  id: 'person-handle',
  type: 'PERSON_NAME',
  pattern: PATTERN,
  baseScore: 0.75,
  priority: 30,
  validate: (value, context) => {
    const handle = /[a-z]{1,2}\.[a-z][a-z'-]*$/.exec(value)!;
    if (value.charCodeAt(0) !== 64 && !testAfter(context.text, context.end, TIME_AFTER, 12)) return false;
    return { score: 0.75, start: handle.index, end: value.length };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['@s.morel — 10:02\nil est en arrêt maladie depuis le 3', 'ok pour moi, @f.benhamou tu valides ?', 'tickets du jour\ny.nicolas 08:22\nje prends'],
  noMatch: ['écrire à s.morel@example.fr', 'le fichier s.morel.txt', 'y.nicolas a dit oui', 'glpi-bot 09:00\nticket créé', 'voir @support pour le VPN'],
};
