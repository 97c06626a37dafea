import { readFileSync } from 'node:fs';
import { type ResolvedPolicy, resolvePolicy } from '@/policies/resolve-policy';

export class PolicyFileError extends Error {}

const MAX_POLICY_BYTES = 2_000_000;

/**
 * Reads a policy file as the DSISN would deploy it (the managed policy, possibly partial) and
 * resolves it over the embedded default, exactly as the extension does.
 */
export function loadPolicyFile(path: string): ResolvedPolicy {
  let raw: string;
  try {
    const buffer = readFileSync(path);
    if (buffer.length > MAX_POLICY_BYTES) throw new PolicyFileError(`${path}: too large (${buffer.length} bytes, at most ${MAX_POLICY_BYTES})`);
    raw = buffer.toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof PolicyFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PolicyFileError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? (error as Error).message})`);
  }
  let document: unknown;
  try {
    document = JSON.parse(raw);
  } catch (error) {
    throw new PolicyFileError(`${path}: not valid JSON (${(error as Error).message.replace(/, ".*" is not valid JSON/, '')})`);
  }
  return resolvePolicy({ managed: unwrapDeploymentFormats(document) });
}

/**
 * Accepts the files of the admin guide as they are: a bare policy, Chrome's managed policy file
 * (`{"3rdparty": {"extensions": {"<id>": policy}}}`) or Firefox's `policies.json`
 * (`{"policies": {"3rdparty": {"Extensions": {"<id>": policy}}}}`).
 */
export function unwrapDeploymentFormats(document: unknown): unknown {
  const record = document as Record<string, any> | null;
  const extensions = record?.['3rdparty']?.extensions ?? record?.policies?.['3rdparty']?.Extensions;
  if (extensions && typeof extensions === 'object') {
    const entries = Object.values(extensions);
    if (entries.length === 1) return entries[0];
  }
  return document;
}
