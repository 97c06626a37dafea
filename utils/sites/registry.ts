import chatgpt from './chatgpt';
import claude from './claude';
import copilot from './copilot';
import gemini from './gemini';
import generic from './generic';
import leChat from './le-chat';
import type { SiteAdapter } from './types';

/** Adapters of the tools whose composer Vigie knows, by tool id. One file per site. */
export const SITE_ADAPTERS: Readonly<Record<string, SiteAdapter>> = { chatgpt, claude, copilot, gemini, 'le-chat': leChat };

export const GENERIC_ADAPTER: SiteAdapter = generic;

/** The adapter of a tool, or the generic one for catalogue tools without their own. */
export function adapterFor(toolId: string): SiteAdapter {
  return SITE_ADAPTERS[toolId] ?? GENERIC_ADAPTER;
}
