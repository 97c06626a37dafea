import { type AiTool, findTool } from '@/policies/ai-tools';
import type { Policy } from '@/policies/policy-schema';
import { modeFor, toolAccessFor } from './decide';

export interface ToolStatus {
  readonly tool: AiTool;
  readonly access: 'allowed' | 'guarded' | 'blocked';
  readonly mode: 'enforce' | 'observe';
}

/** The AI tool at `url` and what the policy says about it; null for pages that are not AI tools. */
export function toolStatusFor(url: string, policy: Policy): ToolStatus | null {
  const tool = findTool(url, policy.extraTools);
  if (!tool) return null;
  return { tool, access: toolAccessFor(policy, tool.id), mode: modeFor(policy, tool.id) };
}

/** Address of the extension page shown instead of a blocked tool. */
export function blockedPagePath(toolId: string): string {
  return `/blocked.html?tool=${encodeURIComponent(toolId)}`;
}
