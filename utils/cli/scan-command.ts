import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { activatePolicy, type ActivePolicy, checkPrompt } from '@/policies/active-policy';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { maskSpan } from '@/utils/detection/mask';
import type { Finding } from '@/utils/detection/types';
import { verdictOf } from '@/utils/guard/decide';

const EMBEDDED_DEFAULT = activatePolicy(DEFAULT_POLICY);

/** One input line of `scan --jsonl`. Extra keys are ignored, so callers can carry their own data. */
export const JsonlInputSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
});

export interface JsonlFinding {
  type: Finding['type'];
  start: number;
  end: number;
  score: number;
  detector: string;
}

export type JsonlOutput =
  | { id: string | number; findings: JsonlFinding[]; verdict: 'allow' | 'warn' | 'block' }
  | { id: string | number | null; line: number; error: string };

function toJsonlFinding(finding: Finding): JsonlFinding {
  return { type: finding.type, start: finding.start, end: finding.end, score: finding.score, detector: finding.detector };
}

/**
 * Checks one JSON line. Never throws: a bad line becomes an `error` output, so one broken line
 * never stops the others.
 */
export function scanJsonLine(line: string, lineNumber: number, active: ActivePolicy = EMBEDDED_DEFAULT): JsonlOutput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    // JSON.parse messages quote the input; keep only the position so no prompt text is echoed.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    return { id: null, line: lineNumber, error: `line ${lineNumber}: invalid JSON${position ? ` at position ${position}` : ''}` };
  }
  const input = JsonlInputSchema.safeParse(parsed);
  if (!input.success) {
    const id = typeof parsed === 'object' && parsed !== null && 'id' in parsed ? (parsed as { id: unknown }).id : null;
    const problems = input.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    return { id: typeof id === 'string' || typeof id === 'number' ? id : null, line: lineNumber, error: `line ${lineNumber}: expected {"id", "text"} (${problems})` };
  }
  try {
    const { findings, decision } = checkPrompt(input.data.text, null, active);
    return { id: input.data.id, findings: findings.map(toJsonlFinding), verdict: verdictOf(decision) };
  } catch (error) {
    return { id: input.data.id, line: lineNumber, error: `line ${lineNumber}: ${(error as Error).message}` };
  }
}

export class InputFileError extends Error {}

/** Reads a text file for scanning; refuses missing, unreadable and binary files with a clear message. */
export function readTextFile(path: string): string {
  let buffer: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputFileError(`${path}: is a directory, not a text file`);
    buffer = readFileSync(path);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? (error as Error).message})`);
  }
  if (buffer.includes(0)) throw new InputFileError(`${path}: binary file (contains NUL bytes), not scanned`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  const replacements = text.split('\uFFFD').length - 1;
  if (replacements > 0 && replacements / Math.max(1, text.length) > 0.01) {
    throw new InputFileError(`${path}: not UTF-8 text (${replacements} undecodable bytes), not scanned`);
  }
  return text.replace(/^\uFEFF/, '');
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

const VERDICT_LABEL = { allow: 'ALLOW (nothing the policy stops)', warn: 'WARN (the agent is asked to confirm)', block: 'BLOCK (not sent)' } as const;

/** Human-readable report of one text. Values are masked; the raw text never appears. */
export function formatReport(name: string, text: string, active: ActivePolicy = EMBEDDED_DEFAULT): string {
  const { findings, decision } = checkPrompt(text, null, active);
  const verdict = verdictOf(decision);
  const lines = [`${name}: ${findings.length} finding(s), verdict ${VERDICT_LABEL[verdict]}`];
  for (const finding of findings) {
    lines.push(
      `  ${lineAndColumn(text, finding.start).padEnd(8)} ${finding.type.padEnd(17)} ${maskSpan(text, finding.start, finding.end).padEnd(42)} ${finding.detector} (score ${finding.score.toFixed(2)})`,
    );
  }
  return lines.join('\n');
}
