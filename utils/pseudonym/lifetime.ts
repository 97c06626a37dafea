import type { ConversationMapping } from './conversation-mapping';

/**
 * Drops a mapping after `ttlMinutes` without use (the policy's `pseudonymisation.mappingTtlMinutes`).
 * Each pseudonymised send or hand-added value starts the count again.
 */
export class MappingLifetime {
  private timer: unknown = null;

  constructor(
    private readonly mapping: ConversationMapping,
    private ttlMinutes: number,
    private readonly timers: { set: (run: () => void, ms: number) => unknown; clear: (id: unknown) => void } = {
      set: (run, ms) => setTimeout(run, ms),
      clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    },
  ) {}

  setTtl(minutes: number): void {
    if (minutes === this.ttlMinutes) return;
    this.ttlMinutes = minutes;
    if (this.timer !== null) this.touch();
  }

  /** The mapping was used: its lifetime starts again. */
  touch(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.mapping.clear();
    }, this.ttlMinutes * 60_000);
  }

  dispose(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}
