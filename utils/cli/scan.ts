/**
 * `npm run scan -- FILE…` prints a masked report per file;
 * `npm run --silent scan -- --jsonl` reads {"id","text"} lines on stdin and writes one JSON line each.
 * Exit code: 0 when every input was checked, 1 when some input was refused (the others are still
 * checked), 2 on a usage error.
 */
import { createInterface } from 'node:readline';
import { activatePolicy, type ActivePolicy } from '@/policies/active-policy';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { formatProblem } from '@/policies/resolve-policy';
import { loadPolicyFile, PolicyFileError } from './policy-file';
import { formatReport, InputFileError, readTextFile, scanJsonLine } from './scan-command';

const USAGE = `Usage:
  npm run scan -- [--policy POLICY.json] FILE...            masked report of each file ("-" reads standard input)
  npm run --silent scan -- [--policy POLICY.json] --jsonl   JSON lines {"id","text"} on stdin -> {"id","findings","verdict"} on stdout
Without --policy the embedded default policy applies.`;

async function runJsonl(active: ActivePolicy): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const output = scanJsonLine(line, lineNumber, active);
    if ('error' in output) {
      failures++;
      process.stderr.write(`vigie scan: ${output.error}\n`);
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return failures > 0 ? 1 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function runFiles(paths: string[], active: ActivePolicy): Promise<number> {
  let failures = 0;
  for (const path of paths) {
    try {
      const text = path === '-' ? await readStdin() : readTextFile(path);
      process.stdout.write(`${formatReport(path === '-' ? '(stdin)' : path, text, active)}\n`);
    } catch (error) {
      failures++;
      const message = error instanceof InputFileError ? error.message : `${path}: ${(error as Error).message}`;
      process.stderr.write(`vigie scan: ${message}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let policyProblems = 0;
  let active = activatePolicy(DEFAULT_POLICY);
  const policyIndex = args.indexOf('--policy');
  if (policyIndex >= 0) {
    const policyPath = args[policyIndex + 1];
    if (!policyPath || policyPath.startsWith('--')) {
      process.stderr.write(`vigie scan: --policy needs a file\n${USAGE}\n`);
      return 2;
    }
    args = args.filter((_arg, index) => index !== policyIndex && index !== policyIndex + 1);
    try {
      const resolved = loadPolicyFile(policyPath);
      // Like the extension: invalid fields are reported and replaced by the default, never ignored silently.
      for (const problem of resolved.problems) process.stderr.write(`vigie scan: policy ${policyPath}: ${formatProblem(problem)}\n`);
      policyProblems = resolved.problems.length;
      active = activatePolicy(resolved.policy, { alreadyChecked: true });
    } catch (error) {
      process.stderr.write(`vigie scan: ${error instanceof PolicyFileError ? error.message : (error as Error).message}\n`);
      return 2;
    }
  }
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--jsonl');
  if (unknown.length > 0) {
    process.stderr.write(`vigie scan: unknown option ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const files = args.filter((arg) => arg !== '--jsonl');
  let code: number;
  if (args.includes('--jsonl')) {
    if (files.length > 0) {
      process.stderr.write(`vigie scan: --jsonl reads standard input and takes no file\n${USAGE}\n`);
      return 2;
    }
    code = await runJsonl(active);
  } else if (files.length === 0) {
    process.stderr.write(`vigie scan: no file given\n${USAGE}\n`);
    return 2;
  } else {
    code = await runFiles(files, active);
  }
  return code === 0 && policyProblems > 0 ? 1 : code;
}

// A reader that stops early (`… | head`) closes the pipe: stop quietly, as other command-line tools
// do, rather than with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`vigie scan: ${error.message}\n`);
    process.exit(1);
  },
);
