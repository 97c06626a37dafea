import { foldText } from './fold';
import type { Detector, DetectorSpec, FindingType, Severity } from './types';

/**
 * Builds a regex that finds any of `words` as whole words in folded (lower-case, accent-free) text.
 * Each word is followed by its own left-boundary look-behind, which is the same test as one
 * look-behind before the alternation but lets the regex engine skip to the words' first letters
 * instead of trying the look-behind at every position. A space stands for any run of spaces and
 * tabs (`date  de naissance`), as for prefilter needles.
 */
export const compileWordList = (words: readonly string[] | undefined): RegExp | null => {
  if (!words || words.length === 0) return null;
  const alternatives = [...new Set(words.map((word) => foldText(word)))]
    .sort((a, b) => b.length - a.length)
    .map(literalWithBlankRuns)
    .map((word) => `${word}(?<![\\p{L}\\p{N}]${word})`);
  return new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
};

/** Regex source matching `text` literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source matching `text` literally, each of its spaces standing for a run of spaces and tabs. */
export const literalWithBlankRuns = (text: string): string => escapeRegExp(text).replace(/ /g, '[ \\t]+');

/**
 * `a1|b1|a2` regrouped by first letter as `a(?:1|2)|b(?:1)`, for alternatives that each start with a
 * literal letter (compared without case, as with the `i` flag): the regex engine then tries only the
 * alternatives that start with the letter at hand, which makes a long alternation much faster to
 * scan. Alternatives with different first letters never match at the same place, so regrouping does
 * not change what the alternation matches nor which alternative wins.
 */
export const byFirstLetter = (alternatives: readonly string[]): string => {
  const groups = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const letter = alternative.charAt(0).toLowerCase();
    if (!/^[a-z]$/.test(letter)) throw new Error(`byFirstLetter: ${alternative} does not start with a letter`);
    groups.set(letter, [...(groups.get(letter) ?? []), alternative.slice(1)]);
  }
  return [...groups].map(([letter, rests]) => `${letter}(?:${rests.join('|')})`).join('|');
};

/**
 * The types of each severity. What a leak costs is a property of the kind of data (an IBAN is
 * critical whichever detector finds it), so a detector's declaration gives its severity only when
 * it differs from its type's (a postal code and town without a street is low): written once here
 * rather than in each declaration, since the engine ships in every AI page.
 */
const TYPES_BY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: 'NIR IBAN CARD_NUMBER SECRET',
  high: 'ID_DOCUMENT TAX_ID CAF_NUMBER HEALTH SOCIAL_CASE SPECIAL_CATEGORY JUDICIAL CONFIDENTIAL CUSTOM',
  medium: 'PERSON_NAME EMAIL PHONE POSTAL_ADDRESS BIRTH_DATE LICENSE_PLATE',
  low: 'IP_ADDRESS',
  info: 'COMPANY_ID',
};

/** A number as written without its spaces, dots and dashes (`123 456 789` → `123456789`): most identifiers' `normalize`. */
export const withoutSeparators = (raw: string): string => raw.replace(/[ .\-]/g, '');

/** The severity of `type`'s findings unless a detector says otherwise. */
export const typeSeverity = (type: FindingType): Severity => (Object.keys(TYPES_BY_SEVERITY) as Severity[]).find((severity) => TYPES_BY_SEVERITY[severity].split(' ').includes(type))!;

/**
 * Every field of a detector, in one order, absent ones undefined: all detectors then share one object
 * shape, and the engine's reads of a detector's fields stay monomorphic (with a shape per detector,
 * V8 looked each field up in a global cache: 1.6 % of a scan's instructions). Typed so that a field
 * added to Detector must be listed here.
 */
class DetectorFields implements DetectorRecord {
  id!: DetectorRecord['id'];
  type!: DetectorRecord['type'];
  severity!: DetectorRecord['severity'];
  pattern!: DetectorRecord['pattern'];
  baseScore!: DetectorRecord['baseScore'];
  keywords: DetectorRecord['keywords'];
  requiresContext: DetectorRecord['requiresContext'];
  negativeKeywords: DetectorRecord['negativeKeywords'];
  contextWindow: DetectorRecord['contextWindow'];
  contextBoost: DetectorRecord['contextBoost'];
  prefilter: DetectorRecord['prefilter'];
  startsAt: DetectorRecord['startsAt'];
  personAnchored: DetectorRecord['personAnchored'];
  priority: DetectorRecord['priority'];
  candidateStart: DetectorRecord['candidateStart'];
  normalize: DetectorRecord['normalize'];
  validate: DetectorRecord['validate'];
  compiled!: DetectorRecord['compiled'];
}

/** A detector with its optional fields present (undefined when absent). */
type DetectorRecord = { [K in keyof Required<Detector>]: Detector[K] };

/**
 * Declares a detector. Everything is data except `validate`; this helper checks the declaration
 * once at load time and precompiles the keyword lists.
 */
export const defineDetector = (spec: DetectorSpec): Detector => {
  const problem = !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(spec.id)
    ? 'id must be kebab-case'
    : !spec.pattern.global
      ? 'pattern needs the g flag'
      : spec.pattern.sticky
        ? 'sticky patterns are not supported'
        : !(spec.baseScore > 0 && spec.baseScore <= 1)
          ? 'baseScore must be in (0, 1]'
          : spec.requiresContext && !spec.keywords?.length
            ? 'requiresContext needs keywords'
            : null;
  if (problem !== null) throw new Error(`Detector ${spec.id}: ${problem}`);
  return Object.assign(new DetectorFields(), spec, {
    severity: spec.severity ?? typeSeverity(spec.type),
    compiled: { keywordRegex: compileWordList(spec.keywords), negativeRegex: compileWordList(spec.negativeKeywords) },
  });
};
