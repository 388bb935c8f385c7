import { rateLimited } from "./errors";

/**
 * Per-namespace write lock. Real namespaces take a lock per commit and answer
 * `too_many_write_operations` (429) when commits pile up (perf-guide, error-guide); one
 * finish_batch_v2 commits its whole batch under a single lock, which is why clients batch.
 */
export interface LockContention {
  enabled: boolean;
  /** Commits allowed to hold the lock at once; the next one is refused. */
  maxConcurrentCommits: number;
  /** How long each commit holds the lock, so concurrency can actually build up. */
  holdMs: number;
  retryAfterSeconds: number;
}

export const DEFAULT_CONTENTION: LockContention = {
  enabled: false,
  maxConcurrentCommits: 1,
  holdMs: 100,
  retryAfterSeconds: 1,
};

export class WriteLocks {
  settings: LockContention;
  private readonly active = new Map<string, number>();
  /** Commits refused because of contention (for assertions). */
  refused = 0;

  constructor(settings: Partial<LockContention> = {}) {
    this.settings = { ...DEFAULT_CONTENTION, ...settings };
  }

  async run<T>(namespace: string, commit: () => Promise<T> | T): Promise<T> {
    const current = this.active.get(namespace) ?? 0;
    if (this.settings.enabled && current >= this.settings.maxConcurrentCommits) {
      this.refused += 1;
      throw rateLimited("too_many_write_operations", this.settings.retryAfterSeconds);
    }
    this.active.set(namespace, current + 1);
    try {
      if (this.settings.enabled && this.settings.holdMs > 0)
        await new Promise((r) => setTimeout(r, this.settings.holdMs));
      return await commit();
    } finally {
      this.active.set(namespace, (this.active.get(namespace) ?? 1) - 1);
    }
  }
}
