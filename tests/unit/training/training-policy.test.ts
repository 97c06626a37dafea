import { describe, expect, test } from 'vitest';
import { activatePolicy, checkPrompt } from '@/policies/active-policy';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { PolicySchema, type Policy } from '@/policies/policy-schema';
import { BUILT_IN_SCENARIOS } from '@/utils/training/scenarios';
import { TRAINING_TOOL, trainingPolicy } from '@/utils/training/training-policy';

const warned = BUILT_IN_SCENARIOS.find((scenario) => scenario.id === 'elu-riverain')!;
const blocked = BUILT_IN_SCENARIOS.find((scenario) => scenario.id === 'apa-plan-aide')!;
const check = (text: string, policy: Policy) => checkPrompt(text, TRAINING_TOOL.id, activatePolicy(policy)).decision;

describe('training policies', () => {
  test('every choice gives a valid policy', () => {
    for (const choice of ['effective', 'default', 'strict', 'observe'] as const) expect(PolicySchema.safeParse(trainingPolicy(choice, DEFAULT_POLICY)).success, choice).toBe(true);
  });

  test('effective: the policy in force, with the training tool guarded even when unknown tools are blocked', () => {
    const organisation: Policy = { ...DEFAULT_POLICY, defaultToolAccess: 'blocked', dataTypes: { ...DEFAULT_POLICY.dataTypes, POSTAL_ADDRESS: { action: 'block' } } };
    const decision = check(warned.riskyPrompt, trainingPolicy('effective', organisation));
    expect(decision.toolAccess).toBe('guarded');
    expect(decision.action).toBe('block');
    expect(check(warned.rewrite, trainingPolicy('effective', organisation)).action).toBe('allow');
  });

  test('default ignores the organisation; strict blocks what the default only warns about; observe stops nothing', () => {
    const organisation: Policy = { ...DEFAULT_POLICY, mode: 'observe' };
    expect(check(warned.riskyPrompt, trainingPolicy('default', organisation))).toMatchObject({ action: 'warn', enforced: true });
    expect(check(warned.riskyPrompt, trainingPolicy('strict', organisation))).toMatchObject({ action: 'block', enforced: true });
    expect(check(blocked.riskyPrompt, trainingPolicy('observe', DEFAULT_POLICY))).toMatchObject({ action: 'block', enforced: false, mode: 'observe' });
    expect(check(warned.rewrite, trainingPolicy('strict', DEFAULT_POLICY)).action).toBe('allow');
  });
});
