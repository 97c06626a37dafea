import { DEFAULT_POLICY } from '@/policies/defaults';
import type { Finding } from '@/utils/detection/types';
import { decide, verdictOf } from './decide';

/** The verdict of the embedded default policy for a prompt sent to a guarded tool. */
export function defaultVerdict(findings: readonly Finding[]): 'allow' | 'warn' | 'block' {
  return verdictOf(decide(findings, null, DEFAULT_POLICY));
}
