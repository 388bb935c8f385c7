// Commits many small files through `upload_session/finish_batch_v2`: one namespace lock for up to
// 1000 files instead of one per file, which is what keeps a 1000-file export free of
// `too_many_write_operations` failures (https://developers.dropbox.com/dbx-performance-guide,
// "Batch upload"). Written by hand because the SDK has
// no batching helper. Batches run one at a time, as Dropbox asks for per account.

import type { files } from "dropbox";
import { classifyFailure } from "../classify";
import { TransferError } from "../errors";
import { abortReason } from "../ports";
import { RetrySchedule } from "../retry";
import { findLanded, type CommitPlan } from "./commit-check";
import type { DropboxGateway } from "./gateway";
import { commitInfo, verifyCommitted, type WrittenFile } from "./writer";

export interface BatchEntry {
  /** A closed upload session holding all of the file's bytes. */
  sessionId: string;
  size: number;
  plan: CommitPlan;
  contentHash: string;
}

interface Pending {
  entry: BatchEntry;
  resolve(file: WrittenFile): void;
  reject(error: unknown): void;
  /** Retries of this entry alone (per-entry `too_many_write_operations`). */
  schedule: RetrySchedule;
  /** A batch holding this entry may have landed without us seeing the answer. */
  mayHaveLanded: boolean;
}

export class BatchCommitter {
  private queue: Pending[] = [];
  private running: Promise<void> | undefined;
  private draining = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly gateway: DropboxGateway,
    private readonly batchSize: number,
    private readonly signal?: AbortSignal,
  ) {}

  /** Queues a closed session for commit; resolves when its file is committed and verified. */
  commit(entry: BatchEntry): Promise<WrittenFile> {
    return new Promise<WrittenFile>((resolve, reject) => {
      this.queue.push({
        entry,
        resolve,
        reject,
        schedule: new RetrySchedule(this.gateway.runtime, this.signal),
        mayHaveLanded: false,
      });
      this.kick();
    });
  }

  /** No more entries will come: commit what is queued now, in batches; resolves when all settled. */
  drain(): Promise<void> {
    this.draining = true;
    this.kick();
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private kick(): void {
    if (this.running) return;
    const ready = this.queue.length >= this.batchSize || (this.draining && this.queue.length > 0);
    if (!ready) {
      if (this.queue.length === 0) this.idle.splice(0).forEach((resolve) => resolve());
      return;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      this.kick();
    });
  }

  private async run(): Promise<void> {
    while (this.queue.length >= this.batchSize || (this.draining && this.queue.length > 0)) {
      const batch = this.queue.splice(0, this.batchSize);
      if (this.signal?.aborted) {
        const error = classifyFailure(abortReason(this.signal), undefined, {
          signal: this.signal,
          nowMs: 0,
          service: "dropbox",
        }).error;
        batch.forEach((pending) => pending.reject(error));
        continue;
      }
      const delayMs = await this.flush(batch);
      if (delayMs > 0) {
        try {
          await this.gateway.runtime.clock.sleep(delayMs, this.signal);
        } catch {
          // Cancelled: the next round rejects what is left.
        }
      }
    }
  }

  /** Commits one batch; returns how long to wait before the entries it put back are retried. */
  private async flush(batch: Pending[]): Promise<number> {
    const { gateway, signal } = this;
    let remaining = batch;
    const settle = (pending: Pending, metadata: files.FileMetadata): void => {
      verifyCommitted(gateway, metadata, pending.entry.contentHash).then(pending.resolve, pending.reject);
    };
    let result: files.UploadSessionFinishBatchResult;
    try {
      // Entries whose planned path was taken may have been committed by an earlier run.
      const look = remaining.filter((pending) => pending.entry.plan.lookFirst === true);
      if (look.length > 0) {
        const earlier = await findLanded(
          gateway,
          look.map(({ entry }) => ({ plan: entry.plan, contentHash: entry.contentHash })),
          signal,
        );
        look.forEach((pending, index) => {
          const metadata = earlier[index];
          if (metadata) settle(pending, metadata);
        });
        remaining = remaining.filter((pending) => !earlier[look.indexOf(pending)]);
        if (remaining.length === 0) return 0;
      }
      result = await gateway.call(
        "files/upload_session/finish_batch_v2",
        (options) =>
          gateway.client.filesUploadSessionFinishBatchV2(
            {
              entries: remaining.map(({ entry }) => ({
                cursor: { session_id: entry.sessionId, offset: entry.size },
                commit: commitInfo(entry.plan),
              })),
            },
            options,
          ),
        {
          signal,
          findLanded: async () => {
            remaining.forEach((pending) => (pending.mayHaveLanded = true));
            const landed = await findLanded(
              gateway,
              remaining.map(({ entry }) => ({ plan: entry.plan, contentHash: entry.contentHash })),
              signal,
            );
            const still: Pending[] = [];
            remaining.forEach((pending, index) => {
              const metadata = landed[index];
              if (metadata) settle(pending, metadata);
              else still.push(pending);
            });
            remaining = still;
            return remaining.length === 0 ? { entries: [] } : undefined;
          },
        },
      );
    } catch (failure) {
      remaining.forEach((pending) => pending.reject(failure));
      return 0;
    }
    if (result.entries.length !== remaining.length) {
      const error = new TransferError(
        "unknown",
        "Dropbox answered a batch commit with the wrong number of entries.",
      );
      remaining.forEach((pending) => pending.reject(error));
      return 0;
    }
    const retryLater: Pending[] = [];
    let delayMs = 0;
    const checks: Promise<void>[] = [];
    result.entries.forEach((outcome, index) => {
      const pending = remaining[index];
      if (!pending) return;
      if (outcome[".tag"] === "success") {
        settle(pending, outcome);
        return;
      }
      const failure = outcome[".tag"] === "failure" ? outcome.failure : outcome;
      // Shaped like the SDK's error so the one classifier reads it (a 409 endpoint error).
      const classification = classifyFailure(
        { name: "DropboxResponseError", status: 409, error: { error: failure } },
        gateway.request("files/upload_session/finish_batch_v2"),
        { nowMs: gateway.runtime.clock.now(), service: "dropbox" },
      );
      if (classification.retry === "backoff") {
        const delay = pending.schedule.delayAfter(classification);
        if (delay !== undefined) {
          retryLater.push(pending);
          delayMs = Math.max(delayMs, delay);
          return;
        }
      }
      if (pending.mayHaveLanded) {
        // The session is gone because an earlier, unanswered batch committed it.
        checks.push(
          findLanded(
            gateway,
            [{ plan: pending.entry.plan, contentHash: pending.entry.contentHash }],
            signal,
          ).then(
            ([metadata]) => (metadata ? settle(pending, metadata) : pending.reject(classification.error)),
            pending.reject,
          ),
        );
        return;
      }
      pending.reject(classification.error);
    });
    await Promise.all(checks);
    this.queue.unshift(...retryLater);
    return delayMs;
  }
}
