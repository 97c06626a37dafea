import chatgpt from './chatgpt';
import claude from './claude';
import copilot from './copilot';
import gemini from './gemini';
import generic from './generic';
import leChat from './le-chat';
import albert from './albert';
import deepseek from './deepseek';
import grok from './grok';
import huggingchat from './huggingchat';
import metaAi from './meta-ai';
import perplexity from './perplexity';
import poe from './poe';
import type { SiteAdapter } from './types';

/** Adapters of the tools whose composer Vigie knows, by tool id. One file per site. */
export const SITE_ADAPTERS: Readonly<Record<string, SiteAdapter>> = { chatgpt, claude, copilot, gemini, 'le-chat': leChat,
  perplexity, deepseek, albert, grok, huggingchat, poe, 'meta-ai': metaAi };

export const GENERIC_ADAPTER: SiteAdapter = generic;

/** The adapter of a tool, or the generic one for catalogue tools without their own. */
export function adapterFor(toolId: string): SiteAdapter {
  return SITE_ADAPTERS[toolId] ?? GENERIC_ADAPTER;
}
