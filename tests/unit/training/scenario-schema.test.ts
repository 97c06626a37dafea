import { describe, expect, test } from 'vitest';
import { parseScenarioFile, ScenarioSchema } from '@/utils/training/scenario-schema';
import { BUILT_IN_SCENARIOS } from '@/utils/training/scenarios';

const valid = {
  id: 'mon-scenario',
  domain: 'hr',
  title: { fr: 'Mon scénario' },
  riskyPrompt: 'Texte risqué',
  expectedTypes: ['EMAIL'],
  why: { fr: 'Parce que.' },
  rewrite: 'Texte sûr',
  answer: { fr: 'Réponse' },
};

describe('scenario schema', () => {
  test('a minimal scenario is valid; good practice defaults to rewrite', () => {
    expect(ScenarioSchema.parse(valid).goodPractice).toBe('rewrite');
  });

  test('a file may hold one scenario, a list, or { scenarios: [...] }', () => {
    for (const file of [valid, [valid], { scenarios: [valid] }]) {
      const result = parseScenarioFile(JSON.stringify(file));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.scenarios[0].id).toBe('mon-scenario');
    }
  });

  test('the built-in scenarios round-trip through a trainer file', () => {
    const result = parseScenarioFile(JSON.stringify({ scenarios: BUILT_IN_SCENARIOS }));
    expect(result.ok && result.scenarios.length).toBe(BUILT_IN_SCENARIOS.length);
  });

  test('problems are listed with their paths, all of them', () => {
    const broken = [valid, { ...valid, id: 'Pas Kebab', expectedTypes: ['EMAIL', 'NOT_A_TYPE'], why: { fr: '' } }];
    const result = parseScenarioFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['scenarios[1].id', 'scenarios[1].expectedTypes[1]', 'scenarios[1].why.fr']));
  });

  test('unknown fields, duplicate ids, bad JSON and empty files are refused', () => {
    expect(parseScenarioFile(JSON.stringify({ ...valid, extra: 1 })).ok).toBe(false);
    const duplicates = parseScenarioFile(JSON.stringify([valid, valid]));
    expect(duplicates.ok).toBe(false);
    if (!duplicates.ok) expect(duplicates.problems[0].message).toMatch(/unique/);
    const bad = parseScenarioFile('{ not json');
    expect(bad.ok ? null : bad.problems).toEqual([{ path: '(file)', message: 'not valid JSON' }]);
    expect(parseScenarioFile('[]').ok).toBe(false);
  });
});
