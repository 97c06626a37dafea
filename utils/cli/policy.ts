/**
 * `npm run policy -- check FILE…`        validate policy files, print each problem with its path
 * `npm run policy -- hash [--salt S] TERM…`  SHA-256 of normalised terms, for "hashed-terms" rules (stdin lines when no term)
 * `npm run policy -- managed-schema`     print Chrome's storage.managed_schema derived from the zod schema
 * Exit code: 0 valid, 1 a file has problems, 2 usage error.
 */
import { createInterface } from 'node:readline';
import { hashTerm } from '@/policies/custom-rules';
import { buildManagedSchema } from '@/policies/managed-schema';
import { formatProblem } from '@/policies/resolve-policy';
import { loadPolicyFile, PolicyFileError } from './policy-file';

const USAGE = `Usage:
  npm run policy -- check FILE...
  npm run policy -- hash [--salt SALT] TERM...   (reads one term per line on stdin when no TERM)
  npm run policy -- managed-schema`;

function check(paths: string[]): number {
  let failures = 0;
  for (const path of paths) {
    try {
      const resolved = loadPolicyFile(path);
      if (resolved.problems.length === 0) {
        const setFields = resolved.locked.length;
        process.stdout.write(`${path}: valid (${setFields} field(s) set, mode ${resolved.policy.mode}, ${resolved.policy.customRules.length} custom rule(s); other fields take the embedded default)\n`);
      } else {
        failures++;
        process.stdout.write(`${path}: ${resolved.problems.length} problem(s); the extension would keep the last valid value (or the default) for these fields\n`);
        for (const problem of resolved.problems) process.stdout.write(`  ${formatProblem(problem)}\n`);
      }
    } catch (error) {
      failures++;
      process.stderr.write(`vigie policy: ${error instanceof PolicyFileError ? error.message : (error as Error).message}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

async function hash(args: string[]): Promise<number> {
  let salt = '';
  const saltIndex = args.indexOf('--salt');
  if (saltIndex >= 0) {
    if (saltIndex + 1 >= args.length) {
      process.stderr.write(`vigie policy: --salt needs a value\n${USAGE}\n`);
      return 2;
    }
    salt = args[saltIndex + 1];
    args = args.filter((_arg, index) => index !== saltIndex && index !== saltIndex + 1);
  }
  const terms = args.length > 0 ? args : [];
  if (terms.length === 0) for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) if (line.trim()) terms.push(line);
  for (const term of terms) process.stdout.write(`${hashTerm(term, salt)}\n`);
  return 0;
}

async function main([command, ...args]: string[]): Promise<number> {
  switch (command) {
    case 'check':
      if (args.length === 0) break;
      return check(args);
    case 'hash':
      return hash(args);
    case 'managed-schema':
      process.stdout.write(`${JSON.stringify(buildManagedSchema(), null, 2)}\n`);
      return 0;
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`vigie policy: ${error.message}\n`);
    process.exit(1);
  },
);
