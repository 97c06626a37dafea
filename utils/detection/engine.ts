import { normalizeText, toOriginalSpan, type NormalizedText } from './normalize';
import { hasPersonAnchor } from './person-anchor';
import { DETECTORS } from './registry';
import { PERSON_IDENTIFYING_TYPES, type Detector, type Finding, type FindingType, type MatchContext, type ScanOptions, type ValidationResult } from './types';

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
}

function windowHas(regex: RegExp | null, folded: string, start: number, end: number, window: { before: number; after: number }): boolean {
  if (!regex) return false;
  return regex.test(folded.slice(Math.max(0, start - window.before), Math.min(folded.length, end + window.after)));
}

function readValidation(result: ValidationResult, baseScore: number): { score: number; start?: number; end?: number } | null {
  if (result === false) return null;
  if (result === true) return { score: baseScore };
  if (typeof result === 'number') return result > 0 ? { score: result } : null;
  return result.score > 0 ? result : null;
}

function runDetector(detector: Detector, normalized: NormalizedText, out: RawFinding[]): void {
  const { text, folded } = normalized;
  if (detector.prefilter?.length && !detector.prefilter.some((needle) => folded.includes(needle))) return;
  const window = detector.contextWindow ?? DEFAULT_WINDOW;
  const boost = detector.contextBoost ?? DEFAULT_CONTEXT_BOOST;
  // A private copy keeps `lastIndex` state out of the shared, possibly concurrently used, detector.
  const pattern = new RegExp(detector.pattern.source, detector.pattern.flags);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) {
      pattern.lastIndex++;
      continue;
    }
    const hasContext = windowHas(detector.compiled.keywordRegex, folded, start, end, window);
    if (detector.requiresContext && !hasContext) continue;
    if (windowHas(detector.compiled.negativeRegex, folded, start, end, window)) continue;
    let accepted: { score: number; start?: number; end?: number } | null = { score: detector.baseScore };
    if (detector.validate) {
      const value = detector.normalize ? detector.normalize(match[0]) : match[0];
      const context: MatchContext = { text, folded, start, end, groups: match, hasContext };
      accepted = readValidation(detector.validate(value, context), detector.baseScore);
    }
    if (!accepted) continue;
    const findingStart = start + (accepted.start ?? 0);
    const findingEnd = accepted.end !== undefined ? start + accepted.end : end;
    if (findingEnd <= findingStart) continue;
    const score = Math.min(1, accepted.score + (hasContext ? boost : 0));
    out.push({ detector, start: findingStart, end: findingEnd, score });
  }
}

/** Keeps the best finding where spans overlap: higher priority, then higher score, then longer. */
function resolveOverlaps(findings: RawFinding[]): RawFinding[] {
  const ranked = [...findings].sort(
    (a, b) =>
      (b.detector.priority ?? DEFAULT_PRIORITY) - (a.detector.priority ?? DEFAULT_PRIORITY) ||
      b.score - a.score ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: RawFinding[] = [];
  // Accepted spans sorted by start, so overlap checks are a binary search.
  const spans: RawFinding[] = [];
  for (const candidate of ranked) {
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (spans[mid].start < candidate.start) low = mid + 1;
      else high = mid;
    }
    const previous = spans[low - 1];
    const next = spans[low];
    if ((previous && previous.end > candidate.start) || (next && next.start < candidate.end)) continue;
    spans.splice(low, 0, candidate);
    kept.push(candidate);
  }
  return kept;
}

/**
 * Category findings (health, social case, art. 9, art. 10) are only personal data when they concern
 * a person: keep them when their sentence holds a person anchor (title, role, pronoun) or another
 * finding that identifies someone (shared/reference/detectors.md §9.1).
 */
function keepAnchoredCategories(findings: RawFinding[], normalized: NormalizedText): RawFinding[] {
  const identifying = findings.filter((finding) => IDENTIFYING.has(finding.detector.type));
  return findings.filter((finding) => {
    if (!finding.detector.personAnchored) return true;
    const [sentenceStart, sentenceEnd] = sentenceBounds(normalized.text, finding.start, finding.end);
    if (identifying.some((other) => other.start < sentenceEnd && other.end > sentenceStart)) return true;
    return hasPersonAnchor(normalized.text, normalized.folded, sentenceStart, sentenceEnd);
  });
}

const IDENTIFYING = new Set<FindingType>(PERSON_IDENTIFYING_TYPES);
const SENTENCE_LIMIT = 300;

/** The sentence (or table row) around a span: bounded by . ! ? or a line break, at most 300 chars each way. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - SENTENCE_LIMIT);
  while (from > floor) {
    const ch = text.charCodeAt(from - 1);
    if (ch === 10 || ch === 13) break;
    if ((ch === 46 || ch === 33 || ch === 63) && (from === text.length || text.charCodeAt(from) === 32)) break;
    from--;
  }
  let to = end;
  const ceiling = Math.min(text.length, end + SENTENCE_LIMIT);
  while (to < ceiling) {
    const ch = text.charCodeAt(to);
    if (ch === 10 || ch === 13) break;
    if ((ch === 46 || ch === 33 || ch === 63) && (to + 1 === text.length || text.charCodeAt(to + 1) === 32 || text.charCodeAt(to + 1) === 10)) break;
    to++;
  }
  return [from, to];
}

/**
 * Scans `text` for personal and sensitive data. Returns findings with offsets into the original
 * text, sorted by position. Never returns the matched values: callers slice the text themselves.
 */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) throw new TextTooLongError(text.length, maxLength);
  const detectors = [...(options.detectors ?? DETECTORS), ...(options.extraDetectors ?? [])];
  const wanted = options.types ? new Set<FindingType>(options.types) : null;
  const minScore = options.minScore ?? 0;
  if (text.length === 0) return [];

  const normalized = normalizeText(text);
  const raw: RawFinding[] = [];
  for (const detector of detectors) runDetector(detector, normalized, raw);
  const resolved = keepAnchoredCategories(resolveOverlaps(raw), normalized);

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
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
