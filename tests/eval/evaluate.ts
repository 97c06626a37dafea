/**
 * Precision and recall of the detection engine on the labelled corpus (tests/fixtures/corpus/).
 *
 * Every prompt is scanned with all detectors. A finding counts as a prediction when its confidence
 * reaches the embedded default policy's threshold for its type (`dataTypes[type].minScore`, else
 * `defaultMinScore`): that is what the product acts on and shows; lower-confidence findings (a
 * documentation IP range at 0.3, a service mailbox) are never shown to agents. Per type, a prediction matches a
 * label of the same type when their spans overlap; each label and each prediction is matched at
 * most once (maximum bipartite matching, so the count of true positives is the best possible).
 * A prediction that overlaps only labels already matched by another prediction of its type is a
 * "split" (the engine cut one labelled span in several findings): it is neither a true nor a false
 * positive, and is reported in its own column. Clean prompts are also run through the embedded
 * default policy: the share of them that would not be allowed is the false-alarm rate agents see.
 *
 * CLI: `npm run eval` prints a Markdown table; `npm run eval -- --errors` also lists false
 * positives and false negatives with MASKED excerpts (never raw values or prompt text);
 * `--independent` evaluates the independent sets (tests/fixtures/corpus-independent/) instead.
 */
import { pathToFileURL } from 'node:url';
import { DEFAULT_POLICY } from '../../policies/defaults';
import { scan } from '../../utils/detection/engine';
import type { Finding } from '../../utils/detection/types';
import { defaultVerdict } from '../../utils/guard/verdict';
import { CORPUS_TYPES, INDEPENDENT_DIR, loadCorpus, type CorpusEntry, type CorpusLabel, type CorpusType } from './build-corpus';

/** Types whose values carry a checksum: the bar is higher. */
export const CHECKSUM_TYPES: readonly CorpusType[] = ['NIR', 'IBAN', 'CARD_NUMBER', 'TAX_ID', 'COMPANY_ID'];

export interface Target {
  readonly precision: number;
  readonly recall: number;
}

/** Per-type targets: 0.95/0.95 for checksum-backed identifiers, 0.90/0.90 for everything else. */
export const TARGETS: Readonly<Record<CorpusType, Target>> = Object.fromEntries(
  CORPUS_TYPES.map((type) => [type, CHECKSUM_TYPES.includes(type) ? { precision: 0.95, recall: 0.95 } : { precision: 0.9, recall: 0.9 }]),
) as Record<CorpusType, Target>;

/** Clean prompts the default policy would stop (warn or block): must stay under this share. */
export const CLEAN_FLAG_TARGET = 0.02;

/** Minimum labelled occurrences per type for the figures to mean something. */
export const MIN_LABELS: Readonly<Record<CorpusType, number>> = Object.fromEntries(
  CORPUS_TYPES.map((type) => [type, type === 'PERSON_NAME' || type === 'HEALTH' || type === 'SOCIAL_CASE' ? 25 : 15]),
) as Record<CorpusType, number>;

export interface TypeReport {
  readonly type: CorpusType;
  readonly labels: number;
  readonly predictions: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Extra predictions inside an already matched label (fragments): neither TP nor FP. */
  readonly split: number;
  /** tp / (tp + fp); 1 when nothing was predicted (recall then tells the story). */
  readonly precision: number;
  /** tp / (tp + fn); 1 when nothing is labelled. */
  readonly recall: number;
  readonly target: Target;
}

export interface ErrorCase {
  readonly id: string;
  readonly kind: 'FP' | 'FN';
  readonly type: CorpusType;
  readonly start: number;
  readonly end: number;
  /** For false positives: the detector and its score. */
  readonly detector?: string;
  readonly score?: number;
}

export interface Report {
  readonly prompts: number;
  readonly cleanPrompts: number;
  /** Clean prompts whose default-policy verdict is not `allow`. */
  readonly cleanFlagged: number;
  readonly cleanFlaggedShare: number;
  /** Ids of the flagged clean prompts, and how many flagged clean prompts each type contributed to. */
  readonly cleanFlaggedIds: readonly string[];
  readonly cleanFlagTypes: Readonly<Record<string, number>>;
  /** Labelled prompts that hold data the default policy acts on, but that it would allow. */
  readonly sensitivePrompts: number;
  readonly sensitiveAllowed: number;
  readonly types: readonly TypeReport[];
  readonly errors: readonly ErrorCase[];
  /** Total time spent in `scan()`, in milliseconds. */
  readonly scanMs: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Maximum matching between predictions and labels (Kuhn's augmenting paths; sets are tiny). */
function matchSpans(predictions: readonly Finding[], labels: readonly CorpusLabel[]): { predictionToLabel: number[]; labelMatched: boolean[] } {
  const labelOwner = new Array<number>(labels.length).fill(-1);
  const adjacency = predictions.map((prediction) => labels.map((label, index) => (overlaps(prediction, label) ? index : -1)).filter((index) => index >= 0));
  const tryAssign = (p: number, seen: boolean[]): boolean => {
    for (const l of adjacency[p]) {
      if (seen[l]) continue;
      seen[l] = true;
      if (labelOwner[l] === -1 || tryAssign(labelOwner[l], seen)) {
        labelOwner[l] = p;
        return true;
      }
    }
    return false;
  };
  for (let p = 0; p < predictions.length; p++) tryAssign(p, new Array<boolean>(labels.length).fill(false));
  const predictionToLabel = new Array<number>(predictions.length).fill(-1);
  labelOwner.forEach((p, l) => {
    if (p >= 0) predictionToLabel[p] = l;
  });
  return { predictionToLabel, labelMatched: labelOwner.map((p) => p >= 0) };
}

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 1 : numerator / denominator);

/** Scans the whole corpus and compares findings with labels. */
export function evaluateCorpus(entries: readonly CorpusEntry[] = loadCorpus()): Report {
  const counts = new Map<CorpusType, { labels: number; predictions: number; tp: number; fp: number; fn: number; split: number }>();
  for (const type of CORPUS_TYPES) counts.set(type, { labels: 0, predictions: 0, tp: 0, fp: 0, fn: 0, split: 0 });
  const errors: ErrorCase[] = [];
  const cleanFlaggedIds: string[] = [];
  const cleanFlagTypes: Record<string, number> = {};
  let cleanPrompts = 0;
  let sensitivePrompts = 0;
  let sensitiveAllowed = 0;
  let scanMs = 0;

  for (const entry of entries) {
    const started = performance.now();
    const findings = scan(entry.text).filter((finding) => finding.score >= (DEFAULT_POLICY.dataTypes[finding.type]?.minScore ?? DEFAULT_POLICY.defaultMinScore));
    scanMs += performance.now() - started;
    const verdict = defaultVerdict(findings);

    if (entry.clean) {
      cleanPrompts++;
      if (verdict !== 'allow') {
        cleanFlaggedIds.push(entry.id);
        for (const type of new Set(findings.map((finding) => finding.type))) cleanFlagTypes[type] = (cleanFlagTypes[type] ?? 0) + 1;
      }
    } else if (entry.labels.some((label) => DEFAULT_POLICY.dataTypes[label.type]?.action !== 'allow')) {
      sensitivePrompts++;
      if (verdict === 'allow') sensitiveAllowed++;
    }

    for (const type of CORPUS_TYPES) {
      const labels = entry.labels.filter((label) => label.type === type);
      const predictions = findings.filter((finding) => finding.type === type);
      const count = counts.get(type)!;
      count.labels += labels.length;
      count.predictions += predictions.length;
      if (!labels.length && !predictions.length) continue;
      const { predictionToLabel, labelMatched } = matchSpans(predictions, labels);
      predictions.forEach((prediction, index) => {
        if (predictionToLabel[index] >= 0) count.tp++;
        else if (labels.some((label) => overlaps(label, prediction))) count.split++;
        else {
          count.fp++;
          errors.push({ id: entry.id, kind: 'FP', type, start: prediction.start, end: prediction.end, detector: prediction.detector, score: prediction.score });
        }
      });
      labels.forEach((label, index) => {
        if (labelMatched[index]) return;
        count.fn++;
        errors.push({ id: entry.id, kind: 'FN', type, start: label.start, end: label.end });
      });
    }
  }

  const types: TypeReport[] = CORPUS_TYPES.map((type) => {
    const count = counts.get(type)!;
    return { type, ...count, precision: ratio(count.tp, count.tp + count.fp), recall: ratio(count.tp, count.tp + count.fn), target: TARGETS[type] };
  });
  return {
    prompts: entries.length,
    cleanPrompts,
    cleanFlagged: cleanFlaggedIds.length,
    cleanFlaggedShare: cleanPrompts ? cleanFlaggedIds.length / cleanPrompts : 0,
    cleanFlaggedIds,
    cleanFlagTypes,
    sensitivePrompts,
    sensitiveAllowed,
    types,
    errors,
    scanMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Output (Markdown, masked excerpts only)

const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Masks a detected value: letters and digits become •, except the first and last character (only
 * the first one for values of 3 characters or fewer, which the last one would give away). Long
 * values (a private key block) are cut to `maxLength` characters.
 */
export function maskValue(value: string, maxLength = 48): string {
  const chars = [...(value.length > maxLength ? `${value.slice(0, maxLength - 2)}…${value.slice(-1)}` : value)];
  const keepLast = chars.length > 3;
  return chars
    .map((ch, index) => (index === 0 || (keepLast && index === chars.length - 1) || !LETTER_OR_DIGIT.test(ch) ? ch : '•'))
    .join('')
    .replace(/[\n\r\t]/g, ' ');
}

/** Masks surrounding text harder: only the first letter of each word survives, digits never do. */
export function maskContext(text: string): string {
  let out = '';
  let previousWasWordChar = false;
  for (const ch of text) {
    const isWordChar = LETTER_OR_DIGIT.test(ch);
    if (!isWordChar) out += /[\n\r\t]/.test(ch) ? ' ' : ch;
    else if (!previousWasWordChar && /\p{L}/u.test(ch)) out += ch;
    else out += '•';
    previousWasWordChar = isWordChar;
  }
  return out;
}

function excerpt(text: string, start: number, end: number, radius = 24): string {
  const before = maskContext(text.slice(Math.max(0, start - radius), start));
  const after = maskContext(text.slice(end, end + radius));
  return `…${before}⟦${maskValue(text.slice(start, end))}⟧${after}…`;
}

export function formatReport(report: Report): string {
  const lines: string[] = [];
  lines.push(`## Vigie detection evaluation`, '');
  lines.push(`${report.prompts} prompts (${report.prompts - report.cleanPrompts} labelled, ${report.cleanPrompts} clean); scan time ${report.scanMs.toFixed(0)} ms in total.`, '');
  lines.push('| Type | Labels | Pred. | TP | FP | FN | Split | Precision | Recall | Target P/R | Status |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const row of report.types) {
    const ok = row.precision >= row.target.precision && row.recall >= row.target.recall;
    lines.push(
      `| ${row.type} | ${row.labels} | ${row.predictions} | ${row.tp} | ${row.fp} | ${row.fn} | ${row.split} | ${row.tp + row.fp ? row.precision.toFixed(3) : '—'} | ${row.recall.toFixed(3)} | ${row.target.precision.toFixed(2)}/${row.target.recall.toFixed(2)} | ${ok ? 'PASS' : 'FAIL'} |`,
    );
  }
  const total = report.types.reduce((sum, row) => ({ tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn }), { tp: 0, fp: 0, fn: 0 });
  lines.push(`| **all** | ${total.tp + total.fn} | | ${total.tp} | ${total.fp} | ${total.fn} | | ${ratio(total.tp, total.tp + total.fp).toFixed(3)} | ${ratio(total.tp, total.tp + total.fn).toFixed(3)} | | |`);
  lines.push('');
  const flagTypes = Object.entries(report.cleanFlagTypes).sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${n}`).join(', ');
  lines.push(
    `Clean prompts stopped by the default policy: ${report.cleanFlagged}/${report.cleanPrompts} = ${pct(report.cleanFlaggedShare)} (target < ${pct(CLEAN_FLAG_TARGET)}) ${report.cleanFlaggedShare < CLEAN_FLAG_TARGET ? 'PASS' : 'FAIL'}` +
      (report.cleanFlagged ? ` — types found in them: ${flagTypes}` : ''),
  );
  lines.push(`Labelled prompts with data the default policy acts on, yet allowed: ${report.sensitiveAllowed}/${report.sensitivePrompts} = ${pct(report.sensitivePrompts ? report.sensitiveAllowed / report.sensitivePrompts : 0)}`);
  lines.push('', 'Matching: same type and overlapping spans, each label and prediction used once; "Split" = extra fragments inside an already matched label (neither TP nor FP).');
  return lines.join('\n');
}

export function formatErrors(report: Report, entries: readonly CorpusEntry[]): string {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const lines: string[] = ['', `## Errors (${report.errors.length}; values and context masked)`, ''];
  const sorted = [...report.errors].sort((a, b) => a.type.localeCompare(b.type) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id) || a.start - b.start);
  for (const error of sorted) {
    const entry = byId.get(error.id);
    if (!entry) continue;
    const who = error.kind === 'FP' ? ` ${error.detector} ${error.score?.toFixed(2)}` : '';
    lines.push(`- ${error.kind} ${error.type} ${error.id} [${error.start}-${error.end}]${who}: ${excerpt(entry.text, error.start, error.end)}`);
  }
  if (report.cleanFlaggedIds.length) lines.push('', `Flagged clean prompts: ${report.cleanFlaggedIds.join(', ')}`);
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  const entries = loadCorpus(argv.includes('--independent') ? INDEPENDENT_DIR : undefined);
  const report = evaluateCorpus(entries);
  console.log(formatReport(report));
  if (argv.includes('--errors')) console.log(formatErrors(report, entries));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
