/**
 * Public types of the detection engine. The engine is plain TypeScript: nothing here may touch
 * `browser`, the DOM or storage, so that it runs in content scripts, the background, extension
 * pages and Node alike.
 */

/** Kinds of data the engine reports. The names are part of the CLI and policy contract. */
export const FINDING_TYPES = [
  // Identifiers and contact data, found as spans.
  'PERSON_NAME',
  'EMAIL',
  'PHONE',
  'POSTAL_ADDRESS',
  'BIRTH_DATE',
  'NIR',
  'IBAN',
  'CARD_NUMBER',
  'ID_DOCUMENT',
  'TAX_ID',
  'IP_ADDRESS',
  'SECRET',
  'LICENSE_PLATE',
  'CAF_NUMBER',
  'COMPANY_ID',
  // Categories that make a prompt sensitive when they concern a person.
  'HEALTH',
  'SOCIAL_CASE',
  'SPECIAL_CATEGORY',
  'JUDICIAL',
  'CONFIDENTIAL',
  // Rules added by the organisation (policy).
  'CUSTOM',
] as const;

export type FindingType = (typeof FINDING_TYPES)[number];

/** Types that are sensitive topics rather than identifiers: they only count when tied to a person. */
export const CATEGORY_TYPES = ['HEALTH', 'SOCIAL_CASE', 'SPECIAL_CATEGORY', 'JUDICIAL'] as const satisfies readonly FindingType[];

/** Types that point at a person: any of them in a sentence anchors a category term to someone. */
export const PERSON_IDENTIFYING_TYPES = [
  'PERSON_NAME', 'EMAIL', 'PHONE', 'POSTAL_ADDRESS', 'BIRTH_DATE', 'NIR', 'IBAN', 'CARD_NUMBER',
  'ID_DOCUMENT', 'TAX_ID', 'LICENSE_PLATE', 'CAF_NUMBER',
] as const satisfies readonly FindingType[];

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

/**
 * What a detector's `validate` sees besides the candidate: the normalised text and the candidate's
 * position in it, so that a validator can look at neighbours (a title before a name, a person
 * anchor around a health term) without re-scanning.
 */
export interface MatchContext {
  /** Normalised text (same length as `folded`). */
  readonly text: string;
  /** Lower-cased, accent-free copy of `text`, same length and offsets. */
  readonly folded: string;
  /** Start and end of the candidate in the normalised text. */
  readonly start: number;
  readonly end: number;
  /** Capture groups of the candidate match (index 0 is the whole match). */
  readonly groups: readonly (string | undefined)[];
  /** True when one of the detector's context keywords is in the window around the candidate. */
  readonly hasContext: boolean;
}

/**
 * Outcome of `validate`: `false` rejects the candidate, `true` accepts it with the detector's base
 * score, a number in (0, 1] accepts it with that score, and an object may also narrow the span
 * (offsets relative to the candidate start), e.g. to drop a label captured by the pattern.
 */
export type ValidationResult = boolean | number | { score: number; start?: number; end?: number };

export interface DetectorExamples {
  /** Texts in which the detector must report exactly one finding of its type. */
  readonly match: readonly string[];
  /** Near misses that must not be reported. */
  readonly noMatch: readonly string[];
}

/**
 * A detector is data (type, pattern, keywords, severity) plus an optional small validator. Its examples
 * sit in the same file, exported apart (see detector-examples.ts).
 */
export interface DetectorSpec {
  /** kebab-case, stable, equal to the file name; country prefix for national ids (`fr-nir`). */
  readonly id: string;
  readonly type: FindingType;
  /** Defaults to its type's (`typeSeverity` in define-detector.ts): state it only when it differs. */
  readonly severity?: Severity;
  /** Finds candidates; `validate` decides. Must carry the `g` flag; keep it linear (bounded quantifiers). */
  readonly pattern: RegExp;
  /** Confidence when the candidate is valid and no context word is near. */
  readonly baseScore: number;
  /** Context words (lower case, no accents). They raise the score; with `requiresContext` they gate the match. */
  readonly keywords?: readonly string[];
  /** Only report a candidate when a keyword is in the window. */
  readonly requiresContext?: boolean;
  /** Words that, when near, mean "not this identifier" (e.g. `commande` near a digit run). */
  readonly negativeKeywords?: readonly string[];
  /** Characters searched for keywords before and after the candidate (default 60 / 30). */
  readonly contextWindow?: { readonly before: number; readonly after: number };
  /** Score added when a keyword is near (default 0.15, capped at 1). */
  readonly contextBoost?: number;
  /**
   * Cheap pre-filter: the detector runs only if the folded text contains at least one of these
   * substrings (gitleaks' keywords). Leave empty to always run.
   */
  readonly prefilter?: readonly string[];
  /**
   * Where the pattern's matches may start, for a detector that knows better than its pattern's first
   * characters (the words of the paragraphs typed without capitals): ascending positions where the
   * pattern then runs, sticky, and only there; or null to run it over the whole text. Tested once per
   * scan: keep it linear and cheap.
   */
  readonly startsAt?: (text: string) => readonly number[] | null;
  /**
   * For sensitive categories (health, social case, art. 9/10): report only when the sentence also
   * holds a person anchor (title, role word, pronoun) or a finding that identifies someone.
   */
  readonly personAnchored?: boolean;
  /** Higher wins when two findings overlap (default 50). Specific, checksum-backed detectors rank high. */
  readonly priority?: number;
  /**
   * For a pattern anchored on a rare character inside the candidate (the `@` of an e-mail address)
   * rather than on its first character: returns where the candidate starts, at or after `minStart`
   * (the end of the previous candidate), or -1 when no candidate ends on this anchor (the scan
   * then resumes right after the anchor). The candidate runs from there to the end of the match;
   * `validate` sees it whole, `groups` are those of the anchored match.
   */
  readonly candidateStart?: (text: string, anchor: RegExpExecArray, minStart: number) => number;
  /** Turns the raw candidate into the canonical form `validate` checks (stdnum's `compact`). */
  readonly normalize?: (raw: string) => string;
  /** Pure, total, never throws. */
  readonly validate?: (value: string, context: MatchContext) => ValidationResult;
}

/** A detector as the engine uses it: the spec plus what `defineDetector` precompiles. */
export interface Detector extends DetectorSpec {
  readonly severity: Severity;
  readonly compiled: {
    readonly keywordRegex: RegExp | null;
    readonly negativeRegex: RegExp | null;
  };
}

/** One piece of data found. Offsets are UTF-16 indices into the ORIGINAL text; no value is carried. */
export interface Finding {
  readonly type: FindingType;
  readonly start: number;
  readonly end: number;
  /** Detector id (`fr-nir`, `email`, `custom-…`). */
  readonly detector: string;
  /** Confidence in [0, 1], rounded to two decimals. */
  readonly score: number;
  readonly severity: Severity;
}

export interface ScanOptions {
  /** Detectors to run (default: every registered detector). */
  readonly detectors?: readonly Detector[];
  /** Detectors added to the defaults, e.g. the organisation's custom rules. */
  readonly extraDetectors?: readonly Detector[];
  /** Only report these types. */
  readonly types?: readonly FindingType[];
  /** Drop findings below this confidence (default 0). */
  readonly minScore?: number;
  /** Refuse texts longer than this many UTF-16 units (default 5,000,000): callers must fail closed. */
  readonly maxLength?: number;
}
