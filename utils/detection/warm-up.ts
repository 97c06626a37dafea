import { decodeFirstNames } from './data/first-names-fr';
import { scan } from './engine';
import { DETECTORS } from './registry';
import { hasStandIn, startCondition } from './start-positions';
import type { Detector } from './types';

/**
 * A fictitious prompt that reaches every kind of detector (names, dates, phones in both forms,
 * identifiers, bank data, addresses, health and social words).
 */
export const WARM_UP_TEXT = [
  'Bonjour, Mme Nathalie Dubois, née le 12/03/1980 à Nantes, joignable au 06 12 34 56 78 ou au +33 6 12 34 56 78,',
  'courriel nathalie.dubois@example.fr, NIR 2 95 10 99 126 111 93, IBAN FR76 3000 6000 0112 3456 7890 189,',
  'carte 4970 1012 3456 7890, 12 rue de la Paix 44000 Nantes, dossier CAF 1234567, suivi ASE, diabète, GIR 3,',
  'mot de passe : Xy12!abc, plaque AB-123-CD, IP 192.168.1.10. Document interne.',
].join(' ');

/** The same typed without capitals, as notes typed fast are: what runs on such text only runs on this one. */
const WARM_UP_TEXT_TYPED_FAST = WARM_UP_TEXT.toLowerCase();
/** That note pasted under an instruction written with capitals: a detector that runs at the words of such paragraphs only (`startsAt`) runs there. */
const WARM_UP_TEXT_PASTED = `Réponds à ce message :\n\n${WARM_UP_TEXT_TYPED_FAST}`;

/**
 * The engine's first scan compiles every regular expression (large French word lists: about a
 * second in all on a loaded workstation) and decodes the compacted data; the second run of a
 * regular expression compiles it to machine code. These steps do that ahead of the agent's first
 * send, the first-name list in one step and a detector per step, so that a caller can spread them
 * over idle time. Patterns run directly too, because a prefilter may keep `scan` from running them
 * on the warm-up text, except the term lists, whose trie walk stands in for them (see _terms.ts:
 * compiling them is what it avoids). A pattern's start positions are worked out from its source (up to about
 * 10 ms for a term list) in a step of their own, and a last step scans with every detector, as the
 * first send will.
 */
export const warmUpSteps = (detectors: readonly Detector[] = DETECTORS): Array<() => void> => {
  // The first-name list decodes a letter's names at its first lookup: all of them here, in one step.
  const steps: Array<() => void> = [decodeFirstNames];
  for (const detector of detectors) {
    steps.push(() => startCondition(detector.pattern));
    steps.push(() => {
      for (let round = 0; round < 2; round++) {
        for (const text of [WARM_UP_TEXT, WARM_UP_TEXT_TYPED_FAST, WARM_UP_TEXT_PASTED]) scan(text, { detectors: [detector] });
        for (const regex of [hasStandIn(detector.pattern) ? null : detector.pattern, detector.compiled.keywordRegex, detector.compiled.negativeRegex]) {
          if (!regex) continue;
          const copy = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
          while (copy.exec(WARM_UP_TEXT) !== null) if (copy.lastIndex === 0) break;
        }
      }
    });
  }
  steps.push(() => {
    for (let round = 0; round < 2; round++) scan(WARM_UP_TEXT, { detectors });
  });
  return steps;
};
