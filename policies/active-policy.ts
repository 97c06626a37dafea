import { scan } from '@/utils/detection/engine';
import type { Finding } from '@/utils/detection/types';
import { decide, type Decision } from '@/utils/guard/decide';
import { compileCustomRules, type CompiledCustomRules } from './custom-rules';
import type { Policy } from './policy-schema';

/** A policy ready to use: the policy plus its compiled custom rules. */
export interface ActivePolicy {
  readonly policy: Policy;
  readonly customRules: CompiledCustomRules;
}

export function activatePolicy(policy: Policy, options: { alreadyChecked?: boolean } = {}): ActivePolicy {
  return { policy, customRules: compileCustomRules(policy.customRules, options) };
}

/** Scans a prompt with the built-in detectors and the organisation's rules, then decides. */
export function checkPrompt(text: string, toolId: string | null, active: ActivePolicy): { findings: Finding[]; decision: Decision } {
  const findings = scan(text, { extraDetectors: active.customRules.detectors });
  return { findings, decision: decide(findings, toolId, active.policy, active.customRules.actions) };
}
