import type { AiTool } from '@/policies/ai-tools';
import { DEFAULT_POLICY } from '@/policies/defaults';
import type { DataRule, Policy } from '@/policies/policy-schema';
import { FINDING_TYPES, type FindingType } from '@/utils/detection/types';

/** The training chat's own tool id: not a catalogue tool, never blocked, never counted as usage. */
export const TRAINING_TOOL: AiTool = { id: 'vigie-training', name: 'Vigie — formation', hosts: [] };

/**
 * Policies a trainer can run the training chat under: the policy in force on this computer
 * (what agents see on ChatGPT), the embedded default, a strict one (every kind of data blocked),
 * or observe mode (nothing stopped, a discreet notice).
 */
export const TRAINING_POLICY_CHOICES = ['effective', 'default', 'strict', 'observe'] as const;
export type TrainingPolicyChoice = (typeof TRAINING_POLICY_CHOICES)[number];

/**
 * The policy the training guard runs: the chosen base, with the training tool guarded (an
 * organisation that blocks unknown tools by default must still be able to train its agents).
 */
export function trainingPolicy(choice: TrainingPolicyChoice, effective: Policy): Policy {
  const base = choice === 'effective' ? effective : DEFAULT_POLICY;
  const guarded: Policy = { ...base, defaultToolAccess: 'guarded', tools: { ...base.tools, [TRAINING_TOOL.id]: { access: 'guarded' } } };
  if (choice === 'observe') return { ...guarded, mode: 'observe', tools: { ...guarded.tools, [TRAINING_TOOL.id]: { access: 'guarded', mode: 'observe' } } };
  if (choice === 'strict') {
    const dataTypes = Object.fromEntries(
      FINDING_TYPES.map((type) => [type, { ...(base.dataTypes[type] ?? {}), action: type === 'COMPANY_ID' ? (base.dataTypes[type]?.action ?? 'allow') : 'block' } satisfies DataRule]),
    ) as Partial<Record<FindingType, DataRule>>;
    return { ...guarded, mode: 'enforce', dataTypes, defaultDataAction: 'block', tools: { ...guarded.tools, [TRAINING_TOOL.id]: { access: 'guarded', mode: 'enforce' } } };
  }
  return { ...guarded, tools: { ...guarded.tools, [TRAINING_TOOL.id]: { access: 'guarded', mode: base.tools[TRAINING_TOOL.id]?.mode ?? base.mode } } };
}
