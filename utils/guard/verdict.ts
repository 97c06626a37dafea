import { DEFAULT_MIN_SCORE, DEFAULT_TYPE_ACTIONS, type TypeAction } from '@/policies/default-actions';
import type { Finding } from '@/utils/detection/types';

const RANK: Record<TypeAction, number> = { allow: 0, warn: 1, block: 2 };

/** The strictest action any finding calls for under the embedded default policy. */
export function defaultVerdict(findings: readonly Finding[]): TypeAction {
  let verdict: TypeAction = 'allow';
  for (const finding of findings) {
    if (finding.score < DEFAULT_MIN_SCORE) continue;
    const action = DEFAULT_TYPE_ACTIONS[finding.type];
    if (RANK[action] > RANK[verdict]) verdict = action;
  }
  return verdict;
}
