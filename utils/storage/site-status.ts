import { z } from 'zod';
import { ToolIdSchema } from '@/policies/policy-schema';

/**
 * Per-tab protection status of AI pages, kept in `storage.session` (cleared with the browser, never
 * synced). Only the tool id and what protects it: no URL, no path, no text.
 */
export const SiteStatusEntrySchema = z
  .object({
    tool: ToolIdSchema,
    adapter: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(40),
    composerFound: z.boolean(),
    mode: z.enum(['adapter', 'generic-fallback', 'net-only']),
    updatedAt: z.number(),
  })
  .strict();
export type SiteStatusEntry = z.infer<typeof SiteStatusEntrySchema>;

/** Tab id (as a string) → status. */
export const SiteStatusesSchema = z.record(z.string().regex(/^\d{1,12}$/), SiteStatusEntrySchema);
export type SiteStatuses = z.infer<typeof SiteStatusesSchema>;

const item = storage.defineItem<unknown>('session:siteStatus');

export async function readSiteStatuses(): Promise<SiteStatuses> {
  const parsed = SiteStatusesSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : {};
}

/** Background only. */
export async function recordSiteStatus(tabId: number, entry: SiteStatusEntry): Promise<void> {
  const statuses = await readSiteStatuses();
  statuses[String(tabId)] = SiteStatusEntrySchema.parse(entry);
  await item.setValue(statuses);
}

/** Background only: a closed tab (or one that left for another page, after `olderThan`) is forgotten. */
export async function forgetSiteStatus(tabId: number, olderThan = Infinity): Promise<void> {
  const statuses = await readSiteStatuses();
  const entry = statuses[String(tabId)];
  if (!entry || entry.updatedAt >= olderThan) return;
  delete statuses[String(tabId)];
  await item.setValue(statuses);
}

export function watchSiteStatuses(callback: (statuses: SiteStatuses) => void): () => void {
  return item.watch((value) => {
    const parsed = SiteStatusesSchema.safeParse(value);
    callback(parsed.success ? parsed.data : {});
  });
}
