import { keepAnchoredCategories } from './category-anchoring';
import { isAsciiAlphanumeric, isHexDigit } from './char-codes';
import { literalWithBlankRuns } from './define-detector';
import { EPONYMS } from './detectors/sensitive/_name-words';
import { columnHeader, lineAt, lineMemo, type LineMemo, onceForLine, rowDelimiter } from './table-context';
import { normalizeText, toOriginalSpan, type NormalizedText } from './normalize';
import { copyUnsafeMask, markCopyUnsafe, realMatch, type OneByteCopy } from './one-byte-copy';
import { FOLDED_ANCHOR_PATTERNS, useAnchorStarts } from './person-anchor';
import { DETECTORS } from './registry';
import { REPEATED_NAME, repeatedNames, weakRepeats } from './repeated-names';
import { SCRATCH_MAX_LENGTH } from './scratch-buffers';
import { execAtPositions, MAX_SHARING, startCondition, startPositions, stickyCopy, tablesFor, type StartCondition, type StickyMatcher } from './start-positions';
import type { Detector, Finding, FindingType, MatchContext, ScanOptions, ValidationResult } from './types';
import { testAround } from './text-window';

/** Default context window, in characters of normalised text (shared/reference/detectors.md §0.1). */
const DEFAULT_WINDOW = { before: 60, after: 30 } as const;
const DEFAULT_CONTEXT_BOOST = 0.15;
const DEFAULT_PRIORITY = 50;
export const DEFAULT_MAX_LENGTH = 5_000_000;

/** Thrown when a text is too long to check: the caller must fail closed, never skip the check. */
export class TextTooLongError extends Error {
  constructor(readonly length: number, readonly maxLength: number) {
    super(`Text of ${length} characters exceeds the ${maxLength}-character limit of the scanner`);
    this.name = 'TextTooLongError';
  }
}

interface RawFinding {
  detector: Detector;
  start: number;
  end: number;
  score: number;
  /** The detector's priority (DEFAULT_PRIORITY when it has none). */
  priority: number;
}

/** What a scan computes once and shares between detectors. */
interface ScanState {
  /** The normalised text, its folded text and its one-byte copy (see NormalizedText), read by every detector. */
  readonly text: string;
  readonly folded: string;
  /** Patterns run on the copy when they allow it (see `oneByteCopy`). */
  readonly copy: OneByteCopy | null;
  /** Prefilter needle → whether the folded text contains it (each needle is searched once per scan). */
  readonly needles: Map<string, boolean>;
  /** How many of them the folded text lacks so far (see LATE_SHAPES_AFTER_ABSENT). */
  absentNeedles: number;
  /** Pairs and triples of characters of the folded text of a short text (see mayContain). */
  shapes?: TextShapes;
  /** Per line, whether it may be a table row (see mayBeTableRow). */
  tableRows?: LineMemo<boolean>;
  /** The scan's detectors that have a start condition, and once needed, where each may match (see start-positions.ts). */
  readonly starting: readonly Detector[];
  starts?: Map<Detector, readonly number[]>;
}

/**
 * Private copies of the detectors' patterns, kept between scans (creating a RegExp per detector
 * and per scan costs more than a 4 KB prompt's whole scan of some detectors). A copy is marked in
 * use while a scan uses it, so a re-entrant scan never shares its `lastIndex`: it gets a copy of its
 * own, not kept. Marking rather than taking the copy out of the map and putting it back spares two
 * of a WeakMap's updates per detector and per scan.
 */
interface PatternCopy {
  readonly copy: RegExp | StickyMatcher;
  inUse: boolean;
}
const PATTERN_COPIES = new WeakMap<RegExp, PatternCopy>();

/** Sticky copies (or their stand-ins), for patterns run only at their start positions; kept the same way. */
const STICKY_PATTERN_COPIES = new WeakMap<RegExp, PatternCopy>();

const newCopy = (pattern: RegExp, sticky: boolean): RegExp | StickyMatcher => (sticky ? stickyCopy(pattern) : new RegExp(pattern.source, pattern.flags));

/** The kept copy of `pattern`, marked in use; a copy of its own, not kept, while the kept one is in use (a re-entrant scan). */
const takePattern = (pattern: RegExp, sticky: boolean): PatternCopy => {
  const copies = sticky ? STICKY_PATTERN_COPIES : PATTERN_COPIES;
  let kept = copies.get(pattern);
  if (kept === undefined) copies.set(pattern, (kept = { copy: newCopy(pattern, sticky), inUse: false }));
  if (kept.inUse) return { copy: newCopy(pattern, sticky), inUse: true };
  kept.inUse = true;
  kept.copy.lastIndex = 0;
  return kept;
};

/**
 * Start positions of `detector`'s pattern in the scanned text, or null when it has none to use:
 * those the detector lists itself (`startsAt`), or those of one pass over the text for every
 * pattern with a start condition. That pass also lists where the person anchors may start (they
 * run on the folded text, see person-anchor.ts), since category terms and names need them on every
 * text that has some.
 */
const startsOf = (detector: Detector, state: ScanState): readonly number[] | null => {
  if (detector.startsAt) return detector.startsAt(state.text);
  if (!state.starting.includes(detector)) return null;
  if (!state.starts) {
    const conditions = state.starting.map((each) => startCondition(each.pattern)!);
    const anchors = anchorConditions();
    const positions = startPositions(tablesFor([...conditions, ...anchors]), conditions.length + anchors.length, state.text, state.folded);
    if (anchors.length > 0) useAnchorStarts(state.folded, positions.slice(conditions.length));
    state.starts = new Map(state.starting.map((each, index) => [each, positions[index]]));
  }
  return state.starts.get(detector) ?? null;
};

let anchorConditionList: StartCondition[] | null = null;

/** Start conditions of the folded-text anchor patterns, or none should one of them have no condition. */
const anchorConditions = (): StartCondition[] => {
  if (anchorConditionList === null) {
    const conditions = FOLDED_ANCHOR_PATTERNS.map((pattern) => startCondition(pattern, true));
    anchorConditionList = conditions.every((condition) => condition !== null) ? (conditions as StartCondition[]) : [];
  }
  return anchorConditionList;
};

/** Detectors that share the start pass with the anchor patterns: the first of those whose pattern has a start condition, as many as the pass holds. */
const startingDetectors = (detectors: readonly Detector[]): Detector[] => detectors.filter((detector) => startCondition(detector.pattern) !== null).slice(0, MAX_SHARING - FOLDED_ANCHOR_PATTERNS.length);

/**
 * Whether the folded text holds a prefilter needle. A space in a needle stands for any run of
 * spaces and tabs, as patterns allow between words (`né  le`, `net<tab>use`).
 */
const hasNeedle = (state: ScanState, needle: string): boolean => {
  let found = state.needles.get(needle);
  if (found === undefined) {
    const length = state.folded.length;
    const listed = length <= SHAPES_MAX_LENGTH || (length <= LATE_SHAPES_MAX_LENGTH && state.absentNeedles >= LATE_SHAPES_AFTER_ABSENT);
    const shapes = listed ? textShapes(state) : null;
    if (needle.includes(' ')) {
      const words = needle.split(' ');
      found = (shapes === null || words.every((word) => mayContain(shapes, word))) && (state.folded.includes(needle) || blankRunRegex(needle).test(state.folded));
    } else if (shapes === null) found = state.folded.includes(needle);
    // Pairs are exact: a two-character ASCII needle whose pair occurs is in the text.
    else if (!mayContain(shapes, needle)) found = false;
    else found = isAsciiPair(needle) || state.folded.includes(needle);
    state.needles.set(needle, found);
    if (!found) state.absentNeedles++;
  }
  return found;
};

const BLANK_RUN_REGEXES = new Map<string, RegExp>();

/** `needle` with its spaces standing for runs of spaces and tabs, compiled once. */
const blankRunRegex = (needle: string): RegExp => {
  let regex = BLANK_RUN_REGEXES.get(needle);
  if (!regex) {
    regex = new RegExp(literalWithBlankRuns(needle));
    BLANK_RUN_REGEXES.set(needle, regex);
  }
  return regex;
};

/** Up to this length the folded text's pairs and triples of characters are listed before prefilter searches. */
const SHAPES_MAX_LENGTH = 65_536;
/**
 * A longer text is listed too, up to this length, once this many needles have turned out absent,
 * each at the cost of a search of the whole text. Listing every text up to 256 KB cost 2 ms a scan
 * on 200 KB of the corpus, where most needles occur; listed late, inputs where every needle is
 * absent (100 KB of `DUPONT;Marie;`) still gain their 3 ms.
 */
const LATE_SHAPES_MAX_LENGTH = 262_144;
const LATE_SHAPES_AFTER_ABSENT = 4;
/** Buckets of the hashed set of triples (a power of two). */
const TRIPLE_BUCKETS = 1 << 16;

/**
 * Which pairs of consecutive ASCII characters, and which (hashed) triples of characters, the folded
 * text holds: those whose entry in PAIR_MARKS / TRIPLE_MARKS equals `mark`. The tables are shared
 * by all scans and never cleared: each listing uses a new mark (clearing 160 KB per prompt cost
 * more than listing a 4 KB prompt's shapes).
 */
interface TextShapes {
  readonly mark: number;
}

const PAIR_MARKS = new Uint16Array(128 * 128);
const TRIPLE_MARKS = new Uint16Array(TRIPLE_BUCKETS);
let lastMark = 0;

const tripleHash = (a: number, b: number, c: number): number => ((a * 961 + b * 31 + c) ^ (a << 11)) & (TRIPLE_BUCKETS - 1);

const isAsciiPair = (needle: string): boolean => needle.length === 2 && needle.charCodeAt(0) < 128 && needle.charCodeAt(1) < 128;

/** One pass over a short text lists its shapes; absent needles are then ruled out without a search each. */
const textShapes = (state: ScanState): TextShapes => {
  // A scan started from inside this one (a validator calling `scan`) has reused the tables since.
  if (state.shapes && state.shapes.mark === lastMark) return state.shapes;
  if (lastMark === 0xffff) {
    PAIR_MARKS.fill(0);
    TRIPLE_MARKS.fill(0);
    lastMark = 0;
  }
  const mark = ++lastMark;
  const { folded } = state;
  let first = folded.length > 0 ? folded.charCodeAt(0) : 128;
  let second = folded.length > 1 ? folded.charCodeAt(1) : 128;
  if (first < 128 && second < 128) PAIR_MARKS[first * 128 + second] = mark;
  for (let i = 2; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (second < 128 && code < 128) PAIR_MARKS[second * 128 + code] = mark;
    TRIPLE_MARKS[tripleHash(first, second, code)] = mark;
    first = second;
    second = code;
  }
  state.shapes = { mark };
  return state.shapes;
};

/**
 * False when `needle` cannot occur in the folded text: one of its pairs of consecutive ASCII
 * characters, or of its triples of characters, does not. For short texts this rules out most
 * absent needles, each of which would otherwise cost a search of the whole text.
 */
const mayContain = ({ mark }: TextShapes, needle: string): boolean => {
  for (let i = 1; i < needle.length; i++) {
    const first = needle.charCodeAt(i - 1);
    const second = needle.charCodeAt(i);
    if (first < 128 && second < 128 && PAIR_MARKS[first * 128 + second] !== mark) return false;
    if (i >= 2 && TRIPLE_MARKS[tripleHash(needle.charCodeAt(i - 2), first, second)] !== mark) return false;
  }
  return true;
};

/** In a table, a keyword in the value's column header counts as context (detectors.md §6.4). */
const headerHas = (regex: RegExp | null, state: ScanState, start: number): boolean => {
  if (!regex || !mayBeTableRow(state, start)) return false;
  const header = columnHeader(state.folded, start);
  return header !== null && regex.test(header);
};

/**
 * False when `columnHeader` is sure to find no table at `offset`: its line holds no row delimiter
 * (table-context.ts's rule). Each line is looked at once, so that a long text without line breaks
 * does not cost a scan of the whole line per candidate.
 */
const mayBeTableRow = (state: ScanState, offset: number): boolean => onceForLine((state.tableRows ??= lineMemo(state.folded)), state.folded, lineAt(state.folded, offset), hasRowDelimiter);

const hasRowDelimiter = (folded: string, lineStart: number, lineEnd: number): boolean => rowDelimiter(folded.slice(lineStart, lineEnd)) !== undefined;

/** Keyword test on the window around a candidate (the window's edges count as word boundaries). */
const windowHas = (regex: RegExp | null, folded: string, start: number, end: number, window: { before: number; after: number }): boolean => regex !== null && testAround(folded, start, end, regex, window.before, window.after);

const readValidation = (result: ValidationResult, baseScore: number): { score: number; start?: number; end?: number } | null => {
  if (result === false) return null;
  if (result === true) return { score: baseScore };
  if (typeof result === 'number') return result > 0 ? { score: result } : null;
  return result.score > 0 ? result : null;
};

const runDetector = (detector: Detector, state: ScanState, out: RawFinding[]): void => {
  if (detector.prefilter?.length && !detector.prefilter.some((needle) => hasNeedle(state, needle))) return;
  const useCopy = state.copy !== null && copyUnsafeMask(detector.pattern, state.copy.replaced) === 0;
  const found = out.length;
  if (collect(detector, state, out, useCopy)) return;
  // Never expected: the one-byte copy and the text disagreed on a match. Scan the text instead.
  markCopyUnsafe(detector.pattern);
  out.length = found;
  collect(detector, state, out, false);
};

/**
 * A candidate as its validator sees it. The keyword window is only searched when something reads
 * `hasContext`: most candidates are rejected by their validator without looking at it.
 */
class Candidate implements MatchContext {
  readonly text: string;
  readonly folded: string;
  private context: boolean | undefined = undefined;

  constructor(
    private readonly state: ScanState,
    readonly start: number,
    readonly end: number,
    readonly groups: RegExpExecArray,
    private readonly keywordRegex: RegExp | null,
    private readonly window: { before: number; after: number },
  ) {
    this.text = state.text;
    this.folded = state.folded;
  }

  get hasContext(): boolean {
    if (this.context === undefined) {
      this.context = windowHas(this.keywordRegex, this.folded, this.start, this.end, this.window) || headerHas(this.keywordRegex, this.state, this.start);
    }
    return this.context;
  }
}

/** Runs one detector's pattern and checks; false when the one-byte copy turned out unusable. */
const collect = (detector: Detector, state: ScanState, out: RawFinding[], useCopy: boolean): boolean => {
  const { text, folded } = state;
  const window = detector.contextWindow ?? DEFAULT_WINDOW;
  const boost = detector.contextBoost ?? DEFAULT_CONTEXT_BOOST;
  const { keywordRegex, negativeRegex } = detector.compiled;
  const candidateStart = detector.candidateStart;
  const priority = detector.priority ?? DEFAULT_PRIORITY;
  const positions = startsOf(detector, state);
  const taken = takePattern(detector.pattern, positions !== null);
  const pattern = taken.copy;
  const copy = useCopy && state.copy ? state.copy.text : null;
  const subject = copy ?? text;
  try {
    const cursor = { next: 0 };
    // End of the previous candidate: where the pattern would have resumed had it matched from the candidate's start.
    let previousEnd = 0;
    let found: RegExpExecArray | null;
    while ((found = positions ? execAtPositions(pattern, subject, positions, cursor) : pattern.exec(subject)) !== null) {
      // Tested on `copy`, not by comparing the strings: two equal strings compare character by character.
      const match = copy === null ? found : realMatch(detector.pattern, found, text);
      if (match === null) return false;
      let start = match.index;
      const end = start + match[0].length;
      if (end === start) {
        pattern.lastIndex++;
        continue;
      }
      if (candidateStart) {
        const from = candidateStart(text, match, previousEnd);
        if (from < 0) {
          pattern.lastIndex = start + 1;
          continue;
        }
        start = from;
        previousEnd = end;
      }
      const candidate = new Candidate(state, start, end, match, keywordRegex, window);
      if (detector.requiresContext && !candidate.hasContext) continue;
      if (windowHas(negativeRegex, folded, start, end, window)) continue;
      let accepted: { score: number; start?: number; end?: number } | null = { score: detector.baseScore };
      if (detector.validate) {
        const raw = candidateStart ? text.slice(start, end) : match[0];
        const value = detector.normalize ? detector.normalize(raw) : raw;
        accepted = readValidation(detector.validate(value, candidate), detector.baseScore);
      }
      if (!accepted) continue;
      const findingStart = start + (accepted.start ?? 0);
      const findingEnd = accepted.end !== undefined ? start + accepted.end : end;
      if (findingEnd <= findingStart) continue;
      const score = Math.min(1, accepted.score + (candidate.hasContext ? boost : 0));
      out.push({ detector, start: findingStart, end: findingEnd, score, priority });
    }
    return true;
  } finally {
    // Marked free again even where a validator throws or the copy disagreed with the text.
    taken.inUse = false;
  }
};

/** Higher priority first, then higher score, then longer, then earlier. */
const byRank = (a: RawFinding, b: RawFinding): number => b.priority - a.priority || b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;

/**
 * Keeps the best finding where spans overlap (see `byRank`), sorted by start. Spans are grouped
 * into runs that overlap one another; only the runs of two findings or more need ranking, which
 * costs far less than ranking every finding of a long text (most findings overlap nothing). A
 * finding is kept when no better finding kept before it overlaps it, as when ranking them all:
 * findings of different runs never overlap.
 */
const resolveOverlaps = (findings: readonly RawFinding[]): RawFinding[] => {
  // Stable: findings of equal start keep the detectors' order, which breaks full ties in byRank too.
  const byStart = [...findings].sort((a, b) => a.start - b.start);
  const kept: RawFinding[] = [];
  for (let first = 0; first < byStart.length; ) {
    let end = byStart[first].end;
    let next = first + 1;
    for (; next < byStart.length && byStart[next].start < end; next++) end = Math.max(end, byStart[next].end);
    if (next === first + 1) kept.push(byStart[first]);
    else keepBest(byStart.slice(first, next), byStart[first].start, end, kept);
    first = next;
  }
  return kept;
};

/** Marks of the characters taken by kept findings of a run, reused between runs (cleared after each). */
let takenBuffer = new Uint8Array(256);

/**
 * Appends to `kept`, sorted by start, the findings of `run` (spans between `from` and `to`) that no
 * better finding of the run kept before them overlaps. Linear in the length of the spans looked at.
 */
const keepBest = (run: RawFinding[], from: number, to: number, kept: RawFinding[]): void => {
  if (takenBuffer.length < to - from) takenBuffer = new Uint8Array(Math.max(to - from, takenBuffer.length * 2));
  const taken = takenBuffer;
  const best: RawFinding[] = [];
  for (const candidate of run.sort(byRank)) {
    let free = true;
    for (let i = candidate.start - from; i < candidate.end - from; i++) {
      if (taken[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, candidate.start - from, candidate.end - from);
    best.push(candidate);
  }
  taken.fill(0, 0, to - from);
  if (taken.length > SCRATCH_MAX_LENGTH) takenBuffer = new Uint8Array(256);
  // Kept spans do not overlap: their starts differ.
  for (const finding of best.sort((a, b) => a.start - b.start)) kept.push(finding);
};

/**
 * UUIDs (`a8eedfd6-9d8a-44e0-b0fc-cc7d517db5dc`): their digit groups and dashes can pass for a card,
 * IBAN or phone number (about one UUID in 3,000), and the request bodies of AI sites hold several
 * per message, so the network safety net would block one send in a thousand for nothing.
 */
const UUID_SHAPE = /^[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$/;
/** Types a UUID may be: an API key or client secret, or whatever an organisation's own rule looks for. */
const UUID_MAY_BE = new Set<FindingType>(['SECRET', 'CUSTOM']);

const isHexOrDash = (code: number): boolean => isHexDigit(code) || code === 45;

/**
 * True when [start, end) lies inside a UUID: the run of hex digits and dashes around it has the
 * UUID shape and no letter or digit touches it. Read around each finding rather than searched in
 * the whole text: most findings hold a character that ends the test at once.
 */
const insideUuid = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (!isHexOrDash(text.charCodeAt(i))) return false;
  let from = start;
  while (from > 0 && isHexOrDash(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && isHexOrDash(text.charCodeAt(to))) to++;
  if (to - from !== 36 || (from > 0 && isAsciiAlphanumeric(text.charCodeAt(from - 1))) || (to < text.length && isAsciiAlphanumeric(text.charCodeAt(to)))) return false;
  return UUID_SHAPE.test(text.slice(from, to));
};

/** `findings` without those that lie inside a UUID of `text` (other than UUID_MAY_BE types). */
const withoutUuidParts = (findings: RawFinding[], text: string): RawFinding[] => findings.some((finding) => !UUID_MAY_BE.has(finding.detector.type) && insideUuid(text, finding.start, finding.end))
    ? findings.filter((finding) => UUID_MAY_BE.has(finding.detector.type) || !insideUuid(text, finding.start, finding.end))
    : findings;

/** A civil title just before a name (`M. Victor Hugo`): a living person may bear a famous name. */
const CIVIL_TITLE_BEFORE = /\b(?:m|mme|mlle|mr|mrs|monsieur|madame|mademoiselle)\.? ?$/;

/** `findings` without the names of famous people of the past (EPONYMS) that no civil title precedes. */
const withoutEponyms = (findings: RawFinding[], folded: string): RawFinding[] => findings.filter(({ detector, start, end }) => detector.type !== 'PERSON_NAME'
    || !EPONYMS.has(folded.slice(start, end).replace(/[-\s]+/g, ' '))
    || CIVIL_TITLE_BEFORE.test(folded.slice(Math.max(0, start - 14), start)));

/** `findings` (resolved, sorted by start) and the names that repeat a name among them (see repeated-names.ts). */
const withRepeatedNames = (findings: RawFinding[], text: string): RawFinding[] => {
  let names = findings.filter((finding) => finding.detector.type === 'PERSON_NAME');
  if (names.length === 0) return findings;
  const weak = weakRepeats(text, names);
  if (weak.size > 0) {
    findings = findings.map((finding) => (weak.has(finding) ? { ...finding, score: REPEATED_NAME.baseScore } : finding));
    names = findings.filter((finding) => finding.detector.type === 'PERSON_NAME');
  }
  const repeats = repeatedNames(text, names, findings);
  if (repeats.length === 0) return findings;
  const priority = REPEATED_NAME.priority ?? DEFAULT_PRIORITY;
  const added = repeats.map(({ start, end }): RawFinding => ({ detector: REPEATED_NAME, start, end, score: REPEATED_NAME.baseScore, priority }));
  return [...findings, ...added].sort((a, b) => a.start - b.start);
};

const scanState = (normalized: NormalizedText, starting: readonly Detector[]): ScanState => ({ text: normalized.text, folded: normalized.folded, copy: normalized.copy, needles: new Map(), absentNeedles: 0, starting });

/**
 * Scans `text` for personal and sensitive data. Returns findings with offsets into the original
 * text, sorted by position. Never returns the matched values: callers slice the text themselves.
 */
export const scan = (text: string, options: ScanOptions = {}): Finding[] => {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) throw new TextTooLongError(text.length, maxLength);
  const detectors = [...(options.detectors ?? DETECTORS), ...(options.extraDetectors ?? [])];
  const wanted = options.types ? new Set<FindingType>(options.types) : null;
  const minScore = options.minScore ?? 0;
  if (text.length === 0) return [];

  const normalized = normalizeText(text);
  const state = scanState(normalized, startingDetectors(detectors));
  const raw: RawFinding[] = [];
  for (const detector of detectors) runDetector(detector, state, raw);
  const resolved = keepAnchoredCategories(withRepeatedNames(withoutEponyms(resolveOverlaps(withoutUuidParts(raw, state.text)), state.folded), state.text), state.text, state.folded);

  const findings: Finding[] = [];
  for (const finding of resolved) {
    if (wanted && !wanted.has(finding.detector.type)) continue;
    if (finding.score < minScore) continue;
    const [start, end] = toOriginalSpan(normalized, finding.start, finding.end);
    findings.push({
      type: finding.detector.type,
      start,
      end,
      detector: finding.detector.id,
      score: Math.round(finding.score * 100) / 100,
      severity: finding.detector.severity,
    });
  }
  // Resolved findings are sorted by start, and the offset map keeps their order, except where
  // normalisation gave several characters one origin (a ligature): sort only then.
  for (let i = 1; i < findings.length; i++) {
    if (findings[i].start < findings[i - 1].start || (findings[i].start === findings[i - 1].start && findings[i].end < findings[i - 1].end)) {
      return findings.sort((a, b) => a.start - b.start || a.end - b.end);
    }
  }
  return findings;
};
