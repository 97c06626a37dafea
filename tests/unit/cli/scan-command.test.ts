import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, readTextFile, scanJsonLine } from '@/utils/cli/scan-command';

const EMAIL = 'nathalie.dubois@example.fr';

describe('scanJsonLine', () => {
  it('returns findings and a verdict for a valid line', () => {
    const output = scanJsonLine(JSON.stringify({ id: 'a', text: `écrire à ${EMAIL}` }), 1);
    expect(output).toMatchObject({ id: 'a', verdict: 'warn', findings: [{ type: 'EMAIL', start: 9, end: 9 + EMAIL.length, detector: 'email' }] });
  });

  it('reports invalid JSON without echoing the input', () => {
    const output = scanJsonLine('{"id": 1, "text": "secret-value', 4);
    expect(output).toMatchObject({ id: null, line: 4 });
    expect(JSON.stringify(output)).not.toContain('secret-value');
  });

  it('reports a missing text field with its path', () => {
    expect(scanJsonLine('{"id": 7}', 2)).toMatchObject({ id: 7, line: 2, error: expect.stringContaining('text') });
  });
});

describe('readTextFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-cli-'));

  it('refuses a missing file, a directory and a binary file with a clear message', () => {
    expect(() => readTextFile(join(dir, 'missing.txt'))).toThrow(/no such file/);
    expect(() => readTextFile(dir)).toThrow(/directory/);
    const binary = join(dir, 'data.bin');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(() => readTextFile(binary)).toThrow(/binary/);
  });

  it('reads UTF-8 text and drops a byte-order mark', () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(file, '\uFEFFbonjour');
    expect(readTextFile(file)).toBe('bonjour');
  });
});

describe('formatReport', () => {
  it('masks every value it reports', () => {
    const report = formatReport('note.txt', `Contact : ${EMAIL}`);
    expect(report).toContain('EMAIL');
    expect(report).not.toContain(EMAIL);
    expect(report).not.toContain('nathalie');
  });
});

// Each test starts Node with tsx and the whole engine: allow for a busy machine.
describe('the scan command', { timeout: 40_000 }, () => {
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/scan.ts', ...args], { input, encoding: 'utf8', timeout: 30_000 });

  it('processes every JSON line, reports bad ones on stderr and exits 1', () => {
    const result = run(['--jsonl'], `{"id":1,"text":"${EMAIL}"}\nnot json\n{"id":2,"text":"rien"}\n`);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 1, verdict: 'warn' });
    expect(lines[1]).toMatchObject({ line: 2, error: expect.any(String) });
    expect(lines[2]).toEqual({ id: 2, findings: [], verdict: 'allow' });
    expect(result.stderr).toContain('line 2');
  });

  it('exits 0 when every line is valid', () => {
    expect(run(['--jsonl'], '{"id":1,"text":"bonjour"}\n').status).toBe(0);
  });

  it('refuses an unknown option with exit code 2', () => {
    expect(run(['--nope'], '').status).toBe(2);
  });

  it('stops quietly when its reader closes the pipe early (`| head -1`)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'utils/cli/scan.ts', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The reader takes the first line and goes away, as `head -1` does; the command then stops, and
    // what is still being written to its input finds the pipe closed (expected here, not an error).
    child.stdin.on('error', () => {});
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(`{"id":1,"text":"${EMAIL}"}\n`.repeat(5000));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
