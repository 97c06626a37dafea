import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/policies/defaults';
import type { Policy } from '@/policies/policy-schema';
import type { Finding, FindingType } from '@/utils/detection/types';
import { decide, verdictOf } from '@/utils/guard/decide';

const finding = (type: FindingType, score = 0.9, detector = type.toLowerCase()): Finding => ({ type, start: 0, end: 1, detector, score, severity: 'medium' });
const policy = (overrides: Partial<Policy>): Policy => ({ ...DEFAULT_POLICY, ...overrides });

describe('decide', () => {
  it.each<[string, Finding[], string | null, Policy, string, boolean]>([
    ['a clean prompt is allowed', [], 'chatgpt', DEFAULT_POLICY, 'allow', false],
    ['a company id alone is allowed', [finding('COMPANY_ID')], 'chatgpt', DEFAULT_POLICY, 'allow', false],
    ['an e-mail warns', [finding('EMAIL')], 'chatgpt', DEFAULT_POLICY, 'warn', true],
    ['a NIR blocks', [finding('NIR')], 'chatgpt', DEFAULT_POLICY, 'block', true],
    ['the strictest finding wins', [finding('EMAIL'), finding('HEALTH'), finding('PHONE')], 'claude', DEFAULT_POLICY, 'block', true],
    ['a finding below its minimum score is ignored', [finding('PERSON_NAME', 0.55)], 'chatgpt', DEFAULT_POLICY, 'allow', false],
    ['the default minimum score applies to types without their own', [finding('EMAIL', 0.4)], 'chatgpt', DEFAULT_POLICY, 'allow', false],
    ['a type left out of the policy takes the default action', [finding('EMAIL')], 'chatgpt', policy({ dataTypes: {}, defaultDataAction: 'block' }), 'block', true],
    ['pseudonymise ranks between warn and block', [finding('EMAIL'), finding('PERSON_NAME')], 'chatgpt', policy({ dataTypes: { ...DEFAULT_POLICY.dataTypes, PERSON_NAME: { action: 'pseudonymise' } } }), 'pseudonymise', true],
    ['an allowed tool is not checked', [finding('NIR')], 'albert', policy({ tools: { albert: { access: 'allowed' } } }), 'allow', false],
    ['a blocked tool blocks whatever the prompt', [], 'deepseek', policy({ tools: { deepseek: { access: 'blocked' } } }), 'block', true],
    ['observe mode computes the action but does not enforce it', [finding('NIR')], 'chatgpt', policy({ mode: 'observe' }), 'block', false],
    ['observe mode can be set for one tool', [finding('NIR')], 'claude', policy({ tools: { claude: { access: 'guarded', mode: 'observe' } } }), 'block', false],
    ['an unknown tool gets the default tool access', [finding('NIR')], null, policy({ defaultToolAccess: 'blocked' }), 'block', true],
  ])('%s', (_label, findings, tool, activePolicy, action, enforced) => {
    const decision = decide(findings, tool, activePolicy);
    expect(decision.action).toBe(action);
    expect(decision.enforced).toBe(enforced);
  });

  it('counts findings per type and lists the strictest first', () => {
    const decision = decide([finding('EMAIL'), finding('EMAIL'), finding('NIR')], 'chatgpt', DEFAULT_POLICY);
    expect(decision.reasons).toEqual([
      { type: 'NIR', detectors: ['nir'], count: 1, action: 'block' },
      { type: 'EMAIL', detectors: ['email'], count: 2, action: 'warn' },
    ]);
  });

  it('offers every action on a warning and no way around a block under the default policy', () => {
    expect(decide([finding('EMAIL')], 'chatgpt', DEFAULT_POLICY).offers).toEqual({ pseudonymise: true, sendAnyway: true, reasonRequired: true });
    expect(decide([finding('EMAIL'), finding('NIR')], 'chatgpt', DEFAULT_POLICY).offers).toEqual({ pseudonymise: false, sendAnyway: false, reasonRequired: true });
  });

  it('uses the action and label of a custom rule over its type', () => {
    const rules = new Map([['custom-projet', { action: 'block' as const, label: 'Projet Phénix' }]]);
    const decision = decide([finding('CONFIDENTIAL', 0.9, 'custom-projet'), finding('CUSTOM', 0.9, 'custom-other')], 'chatgpt', DEFAULT_POLICY, rules);
    expect(decision.reasons[0]).toEqual({ type: 'CONFIDENTIAL', detectors: ['custom-projet'], count: 1, action: 'block', ruleLabel: 'Projet Phénix' });
  });

  it.each([
    ['allow', 'allow'],
    ['warn', 'warn'],
    ['pseudonymise', 'warn'],
    ['block', 'block'],
  ] as const)('maps the %s action to the %s verdict', (action, verdict) => {
    const activePolicy = policy({ dataTypes: { EMAIL: { action } } });
    expect(verdictOf(decide([finding('EMAIL')], 'chatgpt', activePolicy))).toBe(verdict);
  });
});
