import type { z } from 'zod';
import { EffectivePolicyRecordSchema, RemotePolicyCacheSchema } from './policy-records';

/**
 * Extension storage items. Reads go through zod: an unreadable value is treated as absent (the
 * caller falls back to the last valid policy or the default), never trusted.
 */
function validatedItem<T>(key: `local:${string}`, schema: z.ZodType<T>) {
  const item = storage.defineItem<unknown>(key);
  return {
    async get(): Promise<T | null> {
      const parsed = schema.safeParse(await item.getValue());
      return parsed.success ? parsed.data : null;
    },
    set: (value: T) => item.setValue(schema.parse(value)),
    remove: () => item.removeValue(),
    watch: (callback: (value: T | null) => void) => item.watch((value) => {
      const parsed = schema.safeParse(value);
      callback(parsed.success ? parsed.data : null);
    }),
  };
}

/** The policy in force, written by the background only; content scripts and pages read and watch it. */
export const effectivePolicyItem = validatedItem('local:effectivePolicy', EffectivePolicyRecordSchema);

/** Last document fetched from the policy URL, for offline starts. */
export const remotePolicyCacheItem = validatedItem('local:remotePolicyCache', RemotePolicyCacheSchema);

/** The agent's own settings (only where the policy allows); validated field by field on resolution. */
export const localSettingsItem = storage.defineItem<unknown>('local:localSettings');
