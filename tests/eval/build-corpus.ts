/**
 * Builds the labelled evaluation corpus (`tests/fixtures/corpus/*.jsonl`) from its inline-markup
 * sources (`tests/fixtures/corpus/src/*.txt`), so that nobody writes UTF-16 offsets by hand.
 *
 * Source format (see tests/fixtures/corpus/README.md):
 * - lines starting with `#` before the first block are comments;
 * - a line `@@` starts a prompt; `@@ clean` starts a prompt that must carry no label; anything after
 *   the marker on that line is a free comment;
 * - an entity is written `[[TYPE|value]]`; the value is kept in the text and its span is labelled;
 * - invisible or awkward characters are written `⟨NBSP⟩`, `⟨NNBSP⟩`, `⟨ZWSP⟩`, `⟨ZWNJ⟩`, `⟨ZWJ⟩`,
 *   `⟨WJ⟩`, `⟨BOM⟩`, `⟨SHY⟩`, `⟨TAB⟩` or `⟨U+XXXX⟩`.
 *
 * Usage: `npx tsx tests/eval/build-corpus.ts` writes the jsonl files; `--check` only verifies that
 * they are up to date (exit 1 otherwise). Values are never printed, only ids and offsets.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FINDING_TYPES, type FindingType } from '../../utils/detection/types';

/** Types the corpus labels: every built-in type (CUSTOM rules belong to each organisation). */
export type CorpusType = Exclude<FindingType, 'CUSTOM'>;
export const CORPUS_TYPES: readonly CorpusType[] = FINDING_TYPES.filter((type): type is CorpusType => type !== 'CUSTOM');

export interface CorpusLabel {
  readonly type: CorpusType;
  /** UTF-16 offsets into `text`, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface CorpusEntry {
  readonly id: string;
  readonly text: string;
  readonly labels: readonly CorpusLabel[];
  /** True for prompts that carry nothing at all (no label of any type). */
  readonly clean: boolean;
}

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
export const SOURCE_DIR = join(CORPUS_DIR, 'src');
/**
 * The independent sets: prompts written by people who never saw the engine, kept apart from the
 * main corpus (whose shapes the tests and the bench use) to measure how the engine does on text
 * it was not written against (tests/fixtures/corpus-independent/README.md).
 */
export const INDEPENDENT_DIR = fileURLToPath(new URL('../fixtures/corpus-independent/', import.meta.url));

const ESCAPES: Readonly<Record<string, string>> = {
  NBSP: '\u00A0',
  NNBSP: '\u202F',
  ZWSP: '\u200B',
  ZWNJ: '\u200C',
  ZWJ: '\u200D',
  WJ: '\u2060',
  BOM: '\uFEFF',
  SHY: '\u00AD',
  TAB: '\t',
};

const TOKEN_RE = /\[\[([A-Z_]+)\||\]\]|⟨([A-Z]+|U\+[0-9A-F]{4,6})⟩/g;
const TYPE_SET = new Set<string>(CORPUS_TYPES);

export class CorpusSyntaxError extends Error {}

/** Converts one marked-up block into plain text and labels. */
export function parseBlock(block: string, where: string): { text: string; labels: CorpusLabel[] } {
  let text = '';
  const labels: CorpusLabel[] = [];
  let open: { type: CorpusType; start: number } | null = null;
  let last = 0;
  for (const match of block.matchAll(TOKEN_RE)) {
    const index = match.index ?? 0;
    text += block.slice(last, index);
    last = index + match[0].length;
    if (match[0] === ']]') {
      if (!open) {
        text += ']]'; // literal brackets outside a label
        continue;
      }
      if (text.length === open.start) throw new CorpusSyntaxError(`${where}: empty ${open.type} label`);
      labels.push({ type: open.type, start: open.start, end: text.length });
      open = null;
    } else if (match[1] !== undefined) {
      if (!TYPE_SET.has(match[1])) throw new CorpusSyntaxError(`${where}: unknown type ${match[1]}`);
      if (open) throw new CorpusSyntaxError(`${where}: nested label ${match[1]} inside ${open.type}`);
      open = { type: match[1] as CorpusType, start: text.length };
    } else {
      const name = match[2];
      const replacement = name.startsWith('U+') ? String.fromCodePoint(Number.parseInt(name.slice(2), 16)) : ESCAPES[name];
      if (replacement === undefined) throw new CorpusSyntaxError(`${where}: unknown escape ⟨${name}⟩`);
      text += replacement;
    }
  }
  text += block.slice(last);
  if (open) throw new CorpusSyntaxError(`${where}: unclosed ${open.type} label`);
  for (const label of labels) {
    const value = text.slice(label.start, label.end);
    if (value.trim() !== value) throw new CorpusSyntaxError(`${where}: ${label.type} label at ${label.start} has surrounding spaces`);
  }
  return { text, labels };
}

/** Parses a whole source file into corpus entries with ids `<prefix>-001`, `<prefix>-002`… */
export function parseSource(source: string, prefix: string): CorpusEntry[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const entries: CorpusEntry[] = [];
  let current: { clean: boolean; lines: string[] } | null = null;
  const flush = (): void => {
    if (!current) return;
    const id = `${prefix}-${String(entries.length + 1).padStart(3, '0')}`;
    // Leading and trailing blank lines separate blocks in the source; they are not part of the prompt.
    while (current.lines.length && current.lines[0].trim() === '') current.lines.shift();
    while (current.lines.length && current.lines[current.lines.length - 1].trim() === '') current.lines.pop();
    const { text, labels } = parseBlock(current.lines.join('\n'), id);
    if (text.trim() === '') throw new CorpusSyntaxError(`${id}: empty prompt`);
    if (current.clean && labels.length) throw new CorpusSyntaxError(`${id}: marked clean but has ${labels.length} label(s)`);
    if (!current.clean && !labels.length) throw new CorpusSyntaxError(`${id}: no label; mark it "@@ clean" if that is intended`);
    entries.push({ id, text, labels, clean: current.clean });
  };
  for (const line of lines) {
    const marker = /^@@(?:\s+(clean)\b)?/.exec(line);
    if (marker) {
      flush();
      current = { clean: marker[1] === 'clean', lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim() !== '' && !line.startsWith('#')) {
      throw new CorpusSyntaxError(`${prefix}: text before the first @@ marker`);
    }
  }
  flush();
  return entries;
}

/** Source file name (`social.txt`) → corpus name (`social`). */
function corpusName(file: string): string {
  return basename(file).replace(/\.(txt|md)$/, '');
}

/** Builds every corpus file from the sources: corpus name → entries. */
export function buildCorpus(sourceDir: string = SOURCE_DIR): Map<string, CorpusEntry[]> {
  const files = readdirSync(sourceDir).filter((file) => /\.(txt|md)$/.test(file) && file !== 'README.md').sort();
  const corpus = new Map<string, CorpusEntry[]>();
  for (const file of files) {
    const name = corpusName(file);
    corpus.set(name, parseSource(readFileSync(join(sourceDir, file), 'utf8'), name));
  }
  return corpus;
}

/** One JSON object per line, keys in a fixed order. */
export function toJsonl(entries: readonly CorpusEntry[]): string {
  return entries
    .map((entry) => JSON.stringify({ id: entry.id, text: entry.text, labels: entry.labels.map(({ type, start, end }) => ({ type, start, end })), clean: entry.clean }))
    .join('\n') + '\n';
}

/** Reads the built corpus (all `*.jsonl` files of the corpus directory, in name order). */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusEntry[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.jsonl')).sort();
  const entries: CorpusEntry[] = [];
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      entries.push(JSON.parse(line) as CorpusEntry);
    }
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Independent checks of labelled values (shared/reference/detectors.md §0.5), so that a typo in a
// checksum-backed value is caught here rather than counted against the detectors.

const SEPARATORS = /[ .\u00A0\u202F\u200B\u200C\u200D\u2060\uFEFF\u00AD\t\n-]/g;

function mod97(digits: string): number {
  let r = 0;
  for (const c of digits) r = (r * 10 + (c.charCodeAt(0) - 48)) % 97;
  return r;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

export function nirValid(value: string): boolean {
  if (!/^[1-478]\d{4}(?:\d{2}|2[AB])\d{6}(?:\d{2})?$/.test(value)) return false;
  const month = Number(value.slice(3, 5));
  if (month === 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) return false;
  if (value.length === 13) return true;
  const body = value.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - mod97(body) === Number(value.slice(13));
}

function ribValid(rib: string): boolean {
  return /^\d{10}[0-9A-Z]{11}\d{2}$/.test(rib) && mod97(rib.replace(/[A-Z]/g, (c) => '12345678912345678923456789'[c.charCodeAt(0) - 65])) === 0;
}

export function ibanValid(value: string): boolean {
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]{11,30}$/.test(value)) return ribValid(value);
  const rotated = (value.slice(4) + value.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  if (mod97(rotated) !== 1) return false;
  return /^(FR|MC)/.test(value) ? value.length === 27 && ribValid(value.slice(4)) : true;
}

export function spiValid(value: string): boolean {
  return /^[0-3]\d{12}$/.test(value) && Number(value.slice(0, 10)) % 511 === Number(value.slice(10));
}

export function companyIdValid(value: string): boolean {
  if (/^FR[0-9]{2}\d{9}$/.test(value)) {
    const siren = value.slice(4);
    return luhnValid(siren) && (12 + 3 * (Number(siren) % 97)) % 97 === Number(value.slice(2, 4));
  }
  if (/^\d{9}$/.test(value)) return luhnValid(value);
  if (/^\d{14}$/.test(value)) return luhnValid(value) && luhnValid(value.slice(0, 9));
  return false;
}

const CHECKED: Partial<Record<CorpusType, (compact: string) => boolean>> = {
  NIR: nirValid,
  IBAN: ibanValid,
  CARD_NUMBER: (v) => /^\d{13,19}$/.test(v) && luhnValid(v),
  TAX_ID: spiValid,
  COMPANY_ID: companyIdValid,
};

/** Problems with labelled values: failing checksums of checksum-backed types. */
export function checkLabels(entries: readonly CorpusEntry[]): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const label of entry.labels) {
      const check = CHECKED[label.type];
      if (!check) continue;
      const compact = entry.text.slice(label.start, label.end).replace(SEPARATORS, '').toUpperCase();
      if (!check(compact)) problems.push(`${entry.id}: ${label.type} at ${label.start}-${label.end} fails its checksum`);
    }
  }
  return problems;
}

/**
 * Warnings about UNLABELLED digit runs that happen to pass a checksum (a SIREN-shaped amount, a
 * NIR-shaped reference…): they would count as false positives although the detector is right.
 */
export function findAccidentalChecksums(entries: readonly CorpusEntry[]): string[] {
  const warnings: string[] = [];
  const run = /(?<![\p{L}\p{N}])\d(?:[ .\u00A0\u202F-]?\d){8,18}(?![\p{L}\p{N}])/gu;
  const SIREN_SHAPE = /^\d{3}[ .\u00A0\u202F]?\d{3}[ .\u00A0\u202F]?\d{3}$/;
  for (const entry of entries) {
    for (const match of entry.text.matchAll(run)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (entry.labels.some((label) => label.start < end && label.end > start)) continue;
      const digits = match[0].replace(SEPARATORS, '');
      const hits: string[] = [];
      // SIREN-shaped only when grouped 3-3-3 (an IPv4 address or a version is not a SIREN).
      if (digits.length === 9 && SIREN_SHAPE.test(match[0]) && luhnValid(digits)) hits.push('Luhn-9 (SIREN)');
      if (digits.length === 14 && luhnValid(digits) && luhnValid(digits.slice(0, 9))) hits.push('SIRET');
      if (digits.length === 15 && nirValid(digits)) hits.push('NIR');
      if (digits.length === 13 && spiValid(digits)) hits.push('SPI');
      if (digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && luhnValid(digits)) hits.push('card (Luhn)');
      if (hits.length) warnings.push(`${entry.id}: unlabelled digits at ${start}-${end} pass ${hits.join(', ')}`);
    }
  }
  return warnings;
}

function main(argv: readonly string[]): number {
  let failed = 0;
  for (const dir of [CORPUS_DIR, INDEPENDENT_DIR]) failed += buildDirectory(dir, argv.includes('--check'));
  return failed > 0 ? 1 : 0;
}

/** Builds (or, with `checkOnly`, checks) the jsonl files of one corpus directory; 1 on a problem. */
function buildDirectory(dir: string, checkOnly: boolean): number {
  const corpus = buildCorpus(join(dir, 'src'));
  const all = [...corpus.values()].flat();
  const ids = new Set<string>();
  for (const entry of all) {
    if (ids.has(entry.id)) throw new CorpusSyntaxError(`duplicate id ${entry.id}`);
    ids.add(entry.id);
  }
  const problems = checkLabels(all);
  for (const problem of problems) console.error(`error: ${problem}`);
  for (const warning of findAccidentalChecksums(all)) console.error(`warning: ${warning}`);
  let stale = 0;
  for (const [name, entries] of corpus) {
    const path = join(dir, `${name}.jsonl`);
    const content = toJsonl(entries);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === content) continue;
    stale++;
    if (checkOnly) console.error(`${name}.jsonl is out of date`);
    else writeFileSync(path, content);
  }
  const counts = new Map<string, number>();
  for (const entry of all) for (const label of entry.labels) counts.set(label.type, (counts.get(label.type) ?? 0) + 1);
  console.log(`${relative(process.cwd(), dir)}: ${all.length} prompts (${all.filter((e) => e.clean).length} clean) in ${corpus.size} files${checkOnly ? '' : `, ${stale} file(s) written`}`);
  console.log(CORPUS_TYPES.map((type) => `${type} ${counts.get(type) ?? 0}`).join(', '));
  return problems.length || (checkOnly && stale) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
