// Jobs in flight in this browser, keyed by the selected items. Where the portal has a floating
// operations button, each job is an operation there (progress.ts); everywhere, a second click on an
// item whose job is still running answers with its progress instead of starting a duplicate.
// DocSpace numbers files and folders separately, so a key names the kind as well as the id: file 42
// and folder 42 are different jobs.
import type { JobProgress, SendTarget } from "./transfer";

export interface RunningJob {
  /** Unique in this browser tab: the job's operation id in the floating button. */
  readonly id: string;
  readonly keys: readonly string[];
  readonly targets: readonly SendTarget[];
  progress: JobProgress;
  /** Cancels the job; the engine commits nothing partial. */
  readonly controller: AbortController;
  /** Settles when the job has ended, whatever the outcome. */
  readonly ended: Promise<void>;
  /** The host marks this file row busy while the callback that started the job is pending. */
  marked: boolean;
}

export function jobKey(target: SendTarget): string {
  // Rooms are folders to the transfer; an item of unknown kind (never from this plugin's own menu
  // items) gets a key of its own.
  const kind = target.kind === "room" ? "folder" : (target.kind ?? "item");
  return `${kind}:${String(target.id)}`;
}

export class JobRegistry {
  private readonly byKey = new Map<string, RunningJob>();
  private readonly ends = new Map<RunningJob, () => void>();
  /**
   * Sends between their first check and their job's start, by job key; each settles when its job
   * starts or the preparation answers without one. The look-ups in between take a while, and a
   * second send of the same items must not start a second job there (the registry would point
   * the items at it, so Cancel would stop only one of the two).
   */
  private readonly preparing = new Map<string, Promise<void>>();
  private started = 0;

  /** The running job that covers any of these items. */
  find(targets: readonly SendTarget[]): RunningJob | undefined {
    for (const target of targets) {
      const job = this.byKey.get(jobKey(target));
      if (job) return job;
    }
    return undefined;
  }

  start(targets: readonly SendTarget[]): RunningJob {
    let end: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    this.started += 1;
    const job: RunningJob = {
      id: `job-${String(this.started)}`,
      keys: targets.map(jobKey),
      targets: [...targets],
      progress: { transferredBytes: 0, totalBytes: 0, finishedFiles: 0, totalFiles: 0 },
      controller: new AbortController(),
      ended,
      marked: false,
    };
    for (const key of job.keys) this.byKey.set(key, job);
    this.ends.set(job, end);
    return job;
  }

  finish(job: RunningJob): void {
    for (const key of job.keys) if (this.byKey.get(key) === job) this.byKey.delete(key);
    this.ends.get(job)?.();
    this.ends.delete(job);
  }

  /** Marks these items as being prepared; the function returned clears the mark (once is enough). */
  prepare(targets: readonly SendTarget[]): () => void {
    let done: () => void = () => undefined;
    const preparation = new Promise<void>((resolve) => {
      done = resolve;
    });
    const keys = targets.map(jobKey);
    for (const key of keys) this.preparing.set(key, preparation);
    return () => {
      for (const key of keys) if (this.preparing.get(key) === preparation) this.preparing.delete(key);
      done();
    };
  }

  /** The preparation under way for any of these items, settled when it ends. */
  preparation(targets: readonly SendTarget[]): Promise<void> | undefined {
    for (const target of targets) {
      const preparation = this.preparing.get(jobKey(target));
      if (preparation) return preparation;
    }
    return undefined;
  }

  /** Jobs started and not yet finished. */
  get running(): number {
    return this.ends.size;
  }
}
