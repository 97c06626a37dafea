import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { formatProblem, resolvePolicy } from '@/policies/resolve-policy';
import { PolicySchema } from '@/policies/policy-schema';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/policies/${name}`, 'utf8'));

describe('resolvePolicy', () => {
  it('uses the embedded default when nothing is configured', () => {
    const resolved = resolvePolicy({});
    expect(resolved.policy).toEqual(DEFAULT_POLICY);
    expect(resolved.problems).toEqual([]);
    expect(resolved.locked).toEqual([]);
    expect(new Set(Object.values(resolved.sources))).toEqual(new Set(['default']));
  });

  it('the embedded default satisfies the schema', () => {
    expect(PolicySchema.safeParse(DEFAULT_POLICY).success).toBe(true);
  });

  it('applies a valid managed policy and locks its fields', () => {
    const resolved = resolvePolicy({ managed: fixture('valid-full.json') });
    expect(resolved.problems).toEqual([]);
    expect(resolved.policy.tools.deepseek).toEqual({ access: 'blocked' });
    expect(resolved.policy.dataTypes.PERSON_NAME).toEqual({ action: 'pseudonymise', minScore: 0.7 });
    // Types the policy leaves out keep the default rule.
    expect(resolved.policy.dataTypes.NIR).toEqual({ action: 'block' });
    expect(resolved.sources.tools).toBe('managed');
    expect(resolved.locked).toContain('mode');
  });

  it('rejects invalid fields one by one, with their path, and keeps the rest', () => {
    const resolved = resolvePolicy({ managed: fixture('invalid-fields.json') });
    const lines = resolved.problems.map(formatProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^mode: Invalid option: expected one of "enforce"\|"observe"/),
        expect.stringMatching(/^dataTypes\.NIR\.action: Invalid option/),
        expect.stringMatching(/^dataTypes\.SHOE_SIZE: unknown data type/),
        expect.stringMatching(/^tools\.chatgpt\.access: Invalid option: expected one of "allowed"\|"guarded"\|"blocked"/),
        expect.stringMatching(/^statistics\.retentionDays: /),
        expect.stringMatching(/^refreshMinutes: /),
        'colour: unknown field, ignored',
      ]),
    );
    expect(resolved.policy.mode).toBe('enforce');
    expect(resolved.policy.dataTypes.NIR).toEqual({ action: 'block' });
    expect(resolved.policy.dataTypes.EMAIL).toEqual({ action: 'block' });
    expect(resolved.policy.tools.deepseek).toEqual({ access: 'blocked' });
    expect(resolved.policy.tools.chatgpt).toBeUndefined();
    expect(resolved.policy.statistics).toEqual(DEFAULT_POLICY.statistics);
  });

  it('keeps the last valid value, not the default, when a field turns invalid', () => {
    const lastValid = resolvePolicy({ managed: { mode: 'observe' } }).policy;
    const resolved = resolvePolicy({ managed: { mode: 42 }, lastValid });
    expect(resolved.policy.mode).toBe('observe');
    expect(resolved.sources.mode).toBe('last-valid');
    expect(resolved.problems[0].path).toBe('mode');
  });

  it.each([
    ['wrong-version.json', /schemaVersion 2 is not supported/],
    ['not-an-object.json', /must be a JSON object/],
  ])('rejects %s whole', (name, message) => {
    const resolved = resolvePolicy({ managed: fixture(name) });
    expect(resolved.policy).toEqual(DEFAULT_POLICY);
    expect(resolved.problems.map((problem) => problem.message).join('\n')).toMatch(message);
  });

  it('rejects hostile documents: deeply nested, huge, long strings', () => {
    let nested: unknown = {};
    for (let i = 0; i < 10_000; i++) nested = { a: nested };
    const huge = { customRules: Array.from({ length: 300_000 }, () => 1) };
    for (const managed of [{ mode: nested }, huge, { policyVersion: 'x'.repeat(200_000) }]) {
      const resolved = resolvePolicy({ managed });
      expect(resolved.policy).toEqual(DEFAULT_POLICY);
      expect(resolved.problems[0].message).toMatch(/whole document is ignored/);
    }
  });

  it('refuses catastrophic, broken or over-flagged regular expressions and keeps the safe ones', () => {
    const resolved = resolvePolicy({ managed: fixture('bad-regex.json') });
    expect(resolved.policy.customRules.map((rule) => rule.id)).toEqual(['fine']);
    const messages = resolved.problems.map(formatProblem).join('\n');
    expect(messages).toMatch(/customRules\.0\.pattern: refused: nested quantifiers/);
    expect(messages).toMatch(/customRules\.1\.pattern: refused: a quantified alternation/);
    expect(messages).toMatch(/customRules\.2\.pattern: not a valid regular expression/);
    expect(messages).toMatch(/customRules\.3\.flags: /);
  });

  it('takes the remote document under the managed one, field by field', () => {
    const resolved = resolvePolicy({ managed: { mode: 'observe', policyUrl: 'https://policy.example.fr/vigie.json' }, remote: { mode: 'enforce', refreshMinutes: 60, policyUrl: 'https://evil.example/' } });
    expect(resolved.policy.mode).toBe('observe');
    expect(resolved.policy.refreshMinutes).toBe(60);
    expect(resolved.sources.refreshMinutes).toBe('remote');
    expect(resolved.policy.policyUrl).toBe('https://policy.example.fr/vigie.json');
    expect(resolved.problems.map(formatProblem)).toContain('policyUrl: ignored: only the managed policy may set the policy URL');
  });

  it('refuses a policy URL that is not HTTPS', () => {
    const resolved = resolvePolicy({ managed: { policyUrl: 'http://policy.example.fr/vigie.json' } });
    expect(resolved.policy.policyUrl).toBeUndefined();
    expect(resolved.problems[0].path).toBe('policyUrl');
  });

  describe('local settings', () => {
    it('may make a rule stricter', () => {
      const resolved = resolvePolicy({ local: { dataTypes: { EMAIL: { action: 'block' } }, tools: { gemini: { access: 'blocked' } } } });
      expect(resolved.policy.dataTypes.EMAIL).toEqual({ action: 'block' });
      expect(resolved.policy.tools.gemini).toEqual({ access: 'blocked' });
      expect(resolved.problems).toEqual([]);
    });

    it('may not relax a rule unless the organisation allows it', () => {
      const refused = resolvePolicy({ local: { dataTypes: { NIR: { action: 'allow' } } } });
      expect(refused.policy.dataTypes.NIR).toEqual({ action: 'block' });
      expect(refused.problems.map(formatProblem)).toEqual(['dataTypes.NIR.action: relaxing a rule locally is not allowed by the organisation, ignored']);
      const allowed = resolvePolicy({ managed: { allowLocalRelaxation: true }, local: { dataTypes: { NIR: { action: 'warn' } } } });
      expect(allowed.policy.dataTypes.NIR).toEqual({ action: 'warn' });
    });

    it('may not set fields outside the local ones', () => {
      const resolved = resolvePolicy({ local: { mode: 'observe' } });
      expect(resolved.policy.mode).toBe('enforce');
      expect(resolved.problems.map(formatProblem)).toEqual(['mode: cannot be set locally, ignored']);
    });
  });
});
