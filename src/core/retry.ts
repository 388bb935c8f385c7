// The one place that decides, after a failure, whether and when to try again: `RetrySchedule`.
// What a failure means comes from `classify.ts`; how long to wait from the pure `backoffDelay`;
// time from the injected clock. Attempts count failures without progress: once the offset moves,
// the count starts again (tus-js-client lib/upload.ts `_retryOrEmitError` does the same), so a
// long download survives many separate drops but never loops on a dead server. `withRetry` is the
// loop for one request; downloads and batch commits use the schedule directly.

import { backoffDelay, hasHint, type BackoffPolicy } from "./backoff";
import type { Classification } from "./classify";
import { abortReason, type Clock, type RandomSource } from "./ports";

/** What a retrying component needs, bundled so it is passed around as one value. */
export interface RetryRuntime {
  clock: Clock;
  random: RandomSource;
  policy: BackoffPolicy;
}

export class RetrySchedule {
  private failures = 0;
  /** Time waited on rate limits that gave no hint, since the last progress. */
  private rateLimitedWaitedMs = 0;
  private progressMark: number;

  constructor(
    private readonly runtime: RetryRuntime,
    private readonly signal?: AbortSignal | undefined,
    /** Where the work stands at the start (bytes received, for example). */
    progress = 0,
  ) {
    this.progressMark = progress;
  }

  /**
   * The wait before the next attempt after `classification`, or undefined to give up: retrying
   * cannot help, or the attempts without progress are used up. `progress` is where the work
   * stands now; any movement since the last failure resets the count.
   */
  delayAfter(classification: Classification, progress?: number): number | undefined {
    if (classification.retry === "never") return undefined;
    if (progress !== undefined && progress !== this.progressMark) {
      this.failures = 0;
      this.rateLimitedWaitedMs = 0;
      this.progressMark = progress;
    }
    this.failures += 1;
    const { retryAfterSeconds } = classification.error.context;
    const unhintedRateLimit = classification.error.kind === "rate-limited" && !hasHint(retryAfterSeconds);
    const delay = backoffDelay(
      {
        failedAttempts: this.failures,
        retryAfterSeconds,
        random: this.runtime.random(),
        ...(unhintedRateLimit ? { rateLimitedWaitedMs: this.rateLimitedWaitedMs } : {}),
      },
      this.runtime.policy,
    );
    if (unhintedRateLimit && delay !== undefined) this.rateLimitedWaitedMs += delay;
    return delay;
  }

  /** Waits before the next attempt, or throws the classified error to give up. */
  async backOff(classification: Classification, progress?: number): Promise<void> {
    const delay = this.delayAfter(classification, progress);
    if (delay === undefined) throw classification.error;
    await this.runtime.clock.sleep(delay, this.signal);
  }
}

export interface RetryOptions<T> {
  clock: Clock;
  policy: BackoffPolicy;
  random: RandomSource;
  signal?: AbortSignal | undefined;
  classify(failure: unknown): Classification;
  /** Renews the access token when a call says it expired; the call is then retried at once. */
  refreshToken?: (() => Promise<void>) | undefined;
  /**
   * Runs before re-sending a request whose last attempt may have taken effect (a lost response).
   * Returning a value ends the loop with it: for a commit, "it did land, here is the file".
   */
  beforeRetryAfterUnknownOutcome?: (() => Promise<T | undefined>) | undefined;
  /** Run that check before the first attempt too (an earlier run may have taken effect). */
  checkFirst?: boolean | undefined;
  /** Throw the original failure when giving up (for the SDK helper, which inspects it). */
  rethrowOriginal?: boolean;
  onRetry?: ((classification: Classification, delayMs: number) => void) | undefined;
}

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions<T>): Promise<T> {
  const schedule = new RetrySchedule(options, options.signal);
  let refreshed = false;
  let pendingCheck = options.checkFirst ?? false;
  for (;;) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    if (pendingCheck && options.beforeRetryAfterUnknownOutcome) {
      const settled = await options.beforeRetryAfterUnknownOutcome();
      if (settled !== undefined) return settled;
    }
    try {
      return await operation();
    } catch (failure) {
      const classification = options.classify(failure);
      const giveUp = (): never => {
        throw options.rethrowOriginal ? failure : classification.error;
      };
      let reason = classification;
      if (classification.retry === "refresh-token") {
        if (refreshed || !options.refreshToken) giveUp();
        refreshed = true;
        try {
          await options.refreshToken?.();
          continue;
        } catch (refreshFailure) {
          // The token endpoint itself failed: transient failures wait like any other, then the
          // whole call (and with it the renewal) is tried again.
          reason = options.classify(refreshFailure);
          if (reason.retry !== "backoff") throw options.rethrowOriginal ? refreshFailure : reason.error;
          refreshed = false;
        }
      }
      // A lost response might still have landed: the caller checks before the next attempt.
      const delay = schedule.delayAfter(reason);
      if (delay === undefined) giveUp();
      pendingCheck = pendingCheck || reason.outcomeUnknown;
      options.onRetry?.(reason, delay ?? 0);
      await options.clock.sleep(delay ?? 0, options.signal);
    }
  }
}
