import { z } from 'zod';
import { PolicySchema } from '@/policies/policy-schema';

/**
 * Shapes of what Vigie keeps in extension storage about the policy, validated on every read
 * (storage is a boundary: another version of Vigie, or a corrupted profile, may have written it).
 */

export const PolicySourceSchema = z.enum(['managed', 'remote', 'local', 'default', 'last-valid']);

export const PolicyProblemSchema = z.object({
  source: z.enum(['managed', 'remote', 'local']),
  path: z.string().max(300),
  message: z.string().max(1000),
});

export const RemoteStatusSchema = z.object({
  url: z.string().max(2048),
  /** ok: fetched now; not-modified: 304, cache reused; cached: fetch failed, cache used; error: fetch failed, no cache. */
  state: z.enum(['ok', 'not-modified', 'cached', 'error']),
  message: z.string().max(500).optional(),
  checkedAt: z.number(),
  fetchedAt: z.number().optional(),
});
export type RemoteStatus = z.infer<typeof RemoteStatusSchema>;

export const EffectivePolicyRecordSchema = z.object({
  policy: PolicySchema,
  sources: z.record(z.string(), PolicySourceSchema),
  locked: z.array(z.string()),
  problems: z.array(PolicyProblemSchema).max(500),
  resolvedAt: z.number(),
  remote: RemoteStatusSchema.optional(),
});
export type EffectivePolicyRecord = z.infer<typeof EffectivePolicyRecordSchema>;

/** The last document fetched from the policy URL, kept for offline starts. */
export const RemotePolicyCacheSchema = z.object({
  url: z.string().max(2048),
  etag: z.string().max(500).optional(),
  fetchedAt: z.number(),
  document: z.unknown(),
});
export type RemotePolicyCache = z.infer<typeof RemotePolicyCacheSchema>;
