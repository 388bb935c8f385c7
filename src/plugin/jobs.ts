// Jobs in flight in this browser, keyed by the selected items. The host has no progress component
// and no way for a plugin to push UI, so progress is shown on demand: a second click on an item
// whose job is still running opens a progress dialog (refresh, cancel) instead of starting a
// duplicate. DocSpace numbers files and folders separately, so a key names the kind as well as the
// id: file 42 and folder 42 are different jobs.
import type { JobProgress, SendTarget } from "./transfer";

export interface RunningJob {
  readonly keys: readonly string[];
  progress: JobProgress;
  /** Cancels the job; the engine commits nothing partial. */
  readonly controller: AbortController;
}

export function jobKey(target: SendTarget): string {
  // Rooms are folders to the transfer; an item of unknown kind (never from this plugin's own menu
  // items) gets a key of its own.
  const kind = target.kind === "room" ? "folder" : (target.kind ?? "item");
  return `${kind}:${String(target.id)}`;
}

export class JobRegistry {
  private readonly byKey = new Map<string, RunningJob>();

  /** The running job that covers any of these items. */
  find(targets: readonly SendTarget[]): RunningJob | undefined {
    for (const target of targets) {
      const job = this.byKey.get(jobKey(target));
      if (job) return job;
    }
    return undefined;
  }

  start(targets: readonly SendTarget[]): RunningJob {
    const job: RunningJob = {
      keys: targets.map(jobKey),
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
