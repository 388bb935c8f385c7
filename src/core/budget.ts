// A byte budget shared by all files of a job, so peak buffer memory stays within
// (parallelChunks + 1) × chunk whatever the number and sizes of files: a small file holds its
// size while in memory, a large one holds the whole budget. First come, first served, so a large
// file waiting for the budget is not starved by a stream of small ones.

import { abortReason } from "./ports";

export class ByteBudget {
  private available: number;
  private readonly waiters: { bytes: number; grant(): void }[] = [];

  constructor(readonly capacity: number) {
    this.available = capacity;
  }

  async acquire(bytes: number, signal?: AbortSignal): Promise<void> {
    const wanted = Math.min(Math.max(bytes, 1), this.capacity);
    if (this.waiters.length === 0 && this.available >= wanted) {
      this.available -= wanted;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const waiter = {
        bytes: wanted,
        grant: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(abortReason(signal));
        this.dispatch();
      };
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  release(bytes: number): void {
    this.available = Math.min(this.capacity, this.available + Math.min(Math.max(bytes, 1), this.capacity));
    this.dispatch();
  }

  private dispatch(): void {
    for (;;) {
      const next = this.waiters[0];
      if (!next || this.available < next.bytes) return;
      this.waiters.shift();
      this.available -= next.bytes;
      next.grant();
    }
  }
}
