import { DATA_ACTION_RANK, type DataAction, type Mode, type Policy, type ToolAccess } from '@/policies/policy-schema';
import type { Finding, FindingType } from '@/utils/detection/types';

/** One line of the explanation shown to the agent: a kind of data, how often, and what the policy does. */
export interface DecisionReason {
  readonly type: FindingType;
  /** Detector ids involved (for "not personal data?" reports and statistics). */
  readonly detectors: readonly string[];
  readonly count: number;
  readonly action: DataAction;
  /** Label of the organisation's custom rule, when the finding comes from one. */
  readonly ruleLabel?: string;
}

export interface Decision {
  readonly toolAccess: ToolAccess;
  readonly mode: Mode;
  /** What the policy calls for: the strictest action of all findings (`allow` when nothing counts). */
  readonly action: DataAction;
  /** Whether the action is applied (false in observe mode, or when the tool is not guarded). */
  readonly enforced: boolean;
  readonly reasons: readonly DecisionReason[];
  /** Actions the dialog may offer. */
  readonly offers: { readonly pseudonymise: boolean; readonly sendAnyway: boolean; readonly reasonRequired: boolean };
}

/** Custom-rule facts `decide` needs: the action and label of each `custom-…` detector. */
export type CustomRuleActions = ReadonlyMap<string, { readonly action: DataAction; readonly label: string }>;

export function toolAccessFor(policy: Policy, toolId: string | null): ToolAccess {
  if (toolId === null) return policy.defaultToolAccess;
  return policy.tools[toolId]?.access ?? policy.defaultToolAccess;
}

export function modeFor(policy: Policy, toolId: string | null): Mode {
  return (toolId !== null ? policy.tools[toolId]?.mode : undefined) ?? policy.mode;
}

/**
 * Pure decision: given the findings in a prompt, the AI tool and the effective policy, what
 * happens and why. Table-driven tests cover it (tests/unit/guard/decide.test.ts).
 */
export function decide(findings: readonly Finding[], toolId: string | null, policy: Policy, customRules: CustomRuleActions = new Map()): Decision {
  const toolAccess = toolAccessFor(policy, toolId);
  const mode = modeFor(policy, toolId);
  const byKey = new Map<string, { type: FindingType; detectors: Set<string>; count: number; action: DataAction; ruleLabel?: string }>();

  if (toolAccess === 'guarded') {
    for (const finding of findings) {
      const rule = customRules.get(finding.detector);
      const typeRule = policy.dataTypes[finding.type];
      const minScore = typeRule?.minScore ?? policy.defaultMinScore;
      if (finding.score < minScore) continue;
      const action = rule?.action ?? typeRule?.action ?? policy.defaultDataAction;
      if (action === 'allow') continue;
      const key = rule ? finding.detector : finding.type;
      const entry = byKey.get(key) ?? { type: finding.type, detectors: new Set<string>(), count: 0, action, ruleLabel: rule?.label };
      entry.detectors.add(finding.detector);
      entry.count++;
      byKey.set(key, entry);
    }
  }

  const reasons: DecisionReason[] = [...byKey.values()]
    .map((entry) => ({ type: entry.type, detectors: [...entry.detectors].sort(), count: entry.count, action: entry.action, ...(entry.ruleLabel ? { ruleLabel: entry.ruleLabel } : {}) }))
    .sort((a, b) => DATA_ACTION_RANK[b.action] - DATA_ACTION_RANK[a.action] || a.type.localeCompare(b.type));
  const action: DataAction = toolAccess === 'blocked' ? 'block' : reasons.reduce<DataAction>((strictest, reason) => (DATA_ACTION_RANK[reason.action] > DATA_ACTION_RANK[strictest] ? reason.action : strictest), 'allow');
  const blocksData = reasons.some((reason) => reason.action === 'block');

  return {
    toolAccess,
    mode,
    action,
    enforced: toolAccess !== 'allowed' && mode === 'enforce' && action !== 'allow',
    reasons,
    offers: {
      // Replacing values is offered when nothing in the prompt is blocked outright.
      pseudonymise: toolAccess === 'guarded' && action !== 'allow' && !blocksData,
      sendAnyway: toolAccess === 'guarded' && action !== 'allow' && policy.sendAnyway.allowedFor.includes(action as 'warn' | 'pseudonymise' | 'block'),
      reasonRequired: policy.sendAnyway.reasonRequired,
    },
  };
}

/** The CLI's three-level verdict: `pseudonymise` stops the prompt for the agent, like a warning. */
export function verdictOf(decision: Decision): 'allow' | 'warn' | 'block' {
  if (decision.action === 'block') return 'block';
  return decision.action === 'allow' ? 'allow' : 'warn';
}
