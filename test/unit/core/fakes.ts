import type { Clock } from "../../../src/core";

/** A clock whose sleeps return at once and are recorded, so retry timing is asserted exactly. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private current = 1_700_000_000_000) {}
  now(): number {
    return this.current;
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.sleeps.push(ms);
    this.current += ms;
    return Promise.resolve();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
