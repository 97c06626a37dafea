import { z } from 'zod';

/**
 * Health of the statistics database, shown in the dashboard. `rebuilt`: the database could not be
 * opened and was deleted and created again (earlier counts are lost); `error`: the last operation
 * failed (the guard is not affected); `unavailable`: IndexedDB cannot be used at all.
 * Only an error name is kept, never a message (it could quote data).
 */
export const StatsHealthSchema = z.object({
  state: z.enum(['ok', 'rebuilt', 'error', 'unavailable']),
  at: z.number(),
  error: z.string().regex(/^[\w.-]{1,60}$/).optional(),
  /** When the database was last rebuilt, kept after later successes so the dashboard can say so. */
  rebuiltAt: z.number().optional(),
});
export type StatsHealth = z.infer<typeof StatsHealthSchema>;

export interface HealthSink {
  read(): Promise<StatsHealth | null>;
  write(health: StatsHealth): Promise<void>;
}

const healthItem = storage.defineItem<unknown>('local:statsHealth');

/** The `local:statsHealth` storage item, validated on read. */
export const storageHealthSink: HealthSink = {
  async read() {
    const parsed = StatsHealthSchema.safeParse(await healthItem.getValue());
    return parsed.success ? parsed.data : null;
  },
  write: (health) => healthItem.setValue(StatsHealthSchema.parse(health)),
};

export function watchStatsHealth(callback: (health: StatsHealth | null) => void): () => void {
  return healthItem.watch((value) => {
    const parsed = StatsHealthSchema.safeParse(value);
    callback(parsed.success ? parsed.data : null);
  });
}

/** A safe error name for the health flag. */
export function errorName(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error === 'object' && error && 'name' in error ? String((error as { name: unknown }).name) : 'Error';
  return /^[\w.-]{1,60}$/.test(name) ? name : 'Error';
}
