import { findTool } from '@/policies/ai-tools';
import type { MessageRequest } from '@/utils/messaging';
import { recordSiteStatus } from '@/utils/storage/site-status';

/**
 * Background: stores a content script's status report for its tab. Only from a tab, and only for
 * the tool the tab's page belongs to (a page cannot write another tool's status). The URL is used
 * for that check and never stored.
 */
export async function handleSiteStatusReport(
  request: MessageRequest<'reportSiteStatus'>,
  sender: { tabId?: number; url?: string },
  record: typeof recordSiteStatus = recordSiteStatus,
  now = Date.now(),
): Promise<{ recorded: boolean }> {
  if (sender.tabId === undefined || sender.tabId < 0) return { recorded: false };
  const builtIn = sender.url ? findTool(sender.url) : undefined;
  // Extra tools of the policy are not known here without reading it: their id must look like one.
  if (builtIn ? builtIn.id !== request.tool : !request.tool.startsWith('custom-')) return { recorded: false };
  await record(sender.tabId, { tool: request.tool, adapter: request.adapter, composerFound: request.composerFound, mode: request.mode, updatedAt: now });
  return { recorded: true };
}
