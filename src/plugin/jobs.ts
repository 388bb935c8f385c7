// Jobs in flight in this browser, keyed by the selected items. The host has no progress component
// and no way for a plugin to push UI, so progress is shown on demand: a second click on an item
// whose job is still running opens a progress dialog (refresh, cancel) instead of starting a
// duplicate.
import type { ItemId, JobProgress } from "./transfer";

export interface RunningJob {
  readonly keys: readonly string[];
  progress: JobProgress;
  /** Cancels the job; the engine commits nothing partial. */
  readonly controller: AbortController;
}

export function jobKey(id: ItemId): string {
  return String(id);
}

export class JobRegistry {
  private readonly byKey = new Map<string, RunningJob>();

  /** The running job that covers any of these items. */
  find(ids: readonly ItemId[]): RunningJob | undefined {
    for (const id of ids) {
      const job = this.byKey.get(jobKey(id));
      if (job) return job;
    }
    return undefined;
  }

  start(ids: readonly ItemId[]): RunningJob {
    const job: RunningJob = {
      keys: ids.map(jobKey),
      progress: { transferredBytes: 0, totalBytes: 0, finishedFiles: 0, totalFiles: 0 },
      controller: new AbortController(),
    };
    for (const key of job.keys) this.byKey.set(key, job);
    return job;
  }

  finish(job: RunningJob): void {
    for (const key of job.keys) if (this.byKey.get(key) === job) this.byKey.delete(key);
  }
}
