import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';

/**
 * France Travail (ex-Pôle emploi) job-seeker identifier: 7 digits and a letter or digit
 * (`1234567A`), or the 11-character local identifier `0` + 9 digits + 1 character, next to
 * `France Travail`, `Pôle emploi` or `demandeur d'emploi` (on the same line, or on the line above
 * when it ends with a colon: `Identifiant France Travail :` ↵ `1234567A`). Being registered reveals unemployment
 * (and, since 2025, RSA: beneficiaries are registered automatically), so it is reported as a
 * social-case finding. No checksum exists: the keyword is what makes the number personal. Not
 * person-anchored: the identifier itself points at one person.
 *
 * Source: shared/reference/detectors.md §6.2 (format from France Travail's letters and its own
 * open-source code). Examples are fictitious.
 */

// No \p{Lu} here, so the `i` flag is safe; the identifier itself is checked in `validate`.
const PATTERN =
  /(?:France[ -]?Travail|P[ôo]le[ -]?[Ee]mploi|demandeu(?:r|se) d'emploi)[^\n\d]{0,30}?(?::[ \t]*\n[ \t]*)?(?<![\p{L}\p{N}])(\d{7}[A-Z0-9]|0\d{9}[A-Z0-9])(?![\p{L}\p{N}])/giu;

export default defineDetector({
  id: 'france-travail-id',
  type: 'SOCIAL_CASE',
  pattern: PATTERN,
  prefilter: ['travail', 'emploi'],
  baseScore: 0.85,
  priority: 60,
  validate: (value, context) => {
    const id = context.groups[1];
    if (id === undefined || !/^(?:\d{7}[A-Z0-9]|0\d{9}[A-Z0-9])$/.test(id)) return false; // upper-case letter only
    const offset = value.length - id.length;
    return { score: 0.85, start: offset, end: value.length };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'identifiant France Travail : 1234567A',
    'n° Pôle emploi 7654321B',
    'Identifiant France Travail :\n1234567A',
    "inscrit comme demandeur d'emploi, identifiant 01234567891",
  ],
  noMatch: ['identifiant France Travail : 123456A', '1234567A', 'France Travail, 75012 Paris'],
};
