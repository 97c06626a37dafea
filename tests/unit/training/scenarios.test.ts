import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { activatePolicy, checkPrompt } from '@/policies/active-policy';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { decide } from '@/utils/guard/decide';
import { scan } from '@/utils/detection/engine';
import { ConversationMapping } from '@/utils/pseudonym/conversation-mapping';
import { placeholdersIn, preparedAnswer } from '@/utils/training/prepared-answer';
import { ScenarioSchema, SCENARIO_DOMAINS } from '@/utils/training/scenario-schema';
import { BUILT_IN_SCENARIOS } from '@/utils/training/scenarios';
import { TRAINING_TOOL, trainingPolicy } from '@/utils/training/training-policy';

const DIR = path.resolve(__dirname, '../../../utils/training/scenarios');
const files = fs.readdirSync(DIR).filter((name) => name.endsWith('.json'));

describe('built-in training scenarios', () => {
  test('at least 15 scenarios, every file listed in the index, ids unique and equal to the file name', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(BUILT_IN_SCENARIOS).toHaveLength(files.length);
    for (const file of files) {
      const scenario = ScenarioSchema.parse(JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')));
      expect(`${scenario.id}.json`).toBe(file);
    }
    expect(new Set(BUILT_IN_SCENARIOS.map((scenario) => scenario.id)).size).toBe(BUILT_IN_SCENARIOS.length);
  });

  test('they cover the département’s fields of work, with one "pseudonymise and send" scenario', () => {
    const domains = new Set(BUILT_IN_SCENARIOS.map((scenario) => scenario.domain));
    for (const domain of SCENARIO_DOMAINS.filter((value) => value !== 'other')) expect(domains, domain).toContain(domain);
    expect(BUILT_IN_SCENARIOS.filter((scenario) => scenario.goodPractice === 'pseudonymise').length).toBeGreaterThanOrEqual(1);
  });

  test('every text has French and English', () => {
    for (const scenario of BUILT_IN_SCENARIOS) for (const text of [scenario.title, scenario.why, scenario.answer]) expect(text.en, scenario.id).toBeTruthy();
  });

  for (const scenario of BUILT_IN_SCENARIOS) {
    describe(scenario.id, () => {
      test('the risky prompt yields exactly its expected types under the default policy, and is stopped', () => {
        const findings = scan(scenario.riskyPrompt);
        const decision = decide(findings, TRAINING_TOOL.id, DEFAULT_POLICY);
        expect([...new Set(decision.reasons.map((reason) => reason.type))].sort()).toEqual([...scenario.expectedTypes].sort());
        expect(decision.enforced).toBe(true);
        expect(decision.action).not.toBe('allow');
      });

      test('the good-practice rewrite passes the default policy', () => {
        const decision = decide(scan(scenario.rewrite), TRAINING_TOOL.id, DEFAULT_POLICY);
        expect(decision.reasons).toEqual([]);
        expect(decision.action).toBe('allow');
      });

      if (scenario.goodPractice === 'pseudonymise') {
        test('"pseudonymise and send" is offered: the prompt only warns', () => {
          const { decision } = checkPrompt(scenario.riskyPrompt, TRAINING_TOOL.id, activatePolicy(trainingPolicy('default', DEFAULT_POLICY)));
          expect(decision.action).toBe('warn');
          expect(decision.offers.pseudonymise).toBe(true);
        });

        test('the guard\'s pseudonymised prompt passes, and the prepared answer echoes its placeholders', () => {
          const { findings } = checkPrompt(scenario.riskyPrompt, TRAINING_TOOL.id, activatePolicy(DEFAULT_POLICY));
          const sent = new ConversationMapping().pseudonymise(scenario.riskyPrompt, findings, { dateOfBirth: 'placeholder' }).text;
          expect(decide(scan(sent), TRAINING_TOOL.id, DEFAULT_POLICY).action).toBe('allow');
          const placeholders = placeholdersIn(sent);
          expect(placeholders.length).toBe(scenario.expectedTypes.length);
          const answer = preparedAnswer(sent, scenario, 'fr', '');
          for (const placeholder of placeholders) expect(answer).toContain(placeholder);
        });
      }
    });
  }
});
