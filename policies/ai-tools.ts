/**
 * Catalogue of the AI tools Vigie knows (shared/reference/ai-sites.md). The policy gives each an
 * access rule by id; an organisation can add its own tools in `extraTools`. Pure data, safe for
 * build-time import (content-script `matches` are computed from it).
 */
export interface AiTool {
  readonly id: string;
  readonly name: string;
  /** Host names the tool is served from (exact match, lower case). */
  readonly hosts: readonly string[];
  /** When the tool shares its host with other content (huggingface.co), the path it lives under. */
  readonly pathPrefix?: string;
}

export const AI_TOOLS = [
  { id: 'chatgpt', name: 'ChatGPT', hosts: ['chatgpt.com', 'chat.openai.com'] },
  { id: 'claude', name: 'Claude', hosts: ['claude.ai'] },
  { id: 'gemini', name: 'Gemini', hosts: ['gemini.google.com'] },
  { id: 'le-chat', name: 'Le Chat (Mistral AI)', hosts: ['chat.mistral.ai'] },
  { id: 'copilot', name: 'Microsoft Copilot', hosts: ['copilot.microsoft.com'] },
  { id: 'perplexity', name: 'Perplexity', hosts: ['www.perplexity.ai', 'perplexity.ai'] },
  { id: 'deepseek', name: 'DeepSeek', hosts: ['chat.deepseek.com'] },
  { id: 'poe', name: 'Poe', hosts: ['poe.com'] },
  { id: 'huggingchat', name: 'HuggingChat', hosts: ['huggingface.co'], pathPrefix: '/chat' },
  { id: 'grok', name: 'Grok', hosts: ['grok.com'] },
  { id: 'meta-ai', name: 'Meta AI', hosts: ['www.meta.ai', 'meta.ai'] },
  { id: 'albert', name: 'Albert (assistant IA de l’État)', hosts: ['albert.numerique.gouv.fr'] },
] as const satisfies readonly AiTool[];

export type BuiltInToolId = (typeof AI_TOOLS)[number]['id'];
export const BUILT_IN_TOOL_IDS = AI_TOOLS.map((tool) => tool.id) as readonly BuiltInToolId[];

/** Finds the tool serving `url` among the built-in catalogue and the policy's extra tools. */
export function findTool(url: string, extraTools: readonly AiTool[] = []): AiTool | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  const catalogue: readonly AiTool[] = [...AI_TOOLS, ...extraTools];
  return catalogue.find(
    (tool) => tool.hosts.includes(host) && (!tool.pathPrefix || parsed.pathname === tool.pathPrefix || parsed.pathname.startsWith(`${tool.pathPrefix}/`)),
  );
}
