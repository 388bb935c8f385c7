// One retry loop for every request the core makes. What to do with a failure comes from
// `classify.ts`; how long to wait from the pure `backoffDelay`; time from the injected clock.

import { backoffDelay, type BackoffPolicy } from "./backoff";
import type { Classification } from "./classify";
import { abortReason, type Clock, type RandomSource } from "./ports";

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
  /** Throw the original failure when giving up (for the SDK helper, which inspects it). */
  rethrowOriginal?: boolean;
  onRetry?: ((classification: Classification, delayMs: number) => void) | undefined;
}

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions<T>): Promise<T> {
  let failedAttempts = 0;
  let refreshed = false;
  let pendingCheck = false;
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
      if (classification.retry === "never") {
        // A lost response might still have landed; the caller checks on its own terms.
        giveUp();
      }
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
      failedAttempts += 1;
      const delay = backoffDelay(
        {
          failedAttempts,
          retryAfterSeconds: reason.error.context.retryAfterSeconds,
          random: options.random(),
        },
        options.policy,
      );
      if (delay === undefined) giveUp();
      pendingCheck = pendingCheck || reason.outcomeUnknown;
      options.onRetry?.(reason, delay ?? 0);
      await options.clock.sleep(delay ?? 0, options.signal);
    }
  }
}

/** What a retrying component needs, bundled so it is passed around as one value. */
export interface RetryRuntime {
  clock: Clock;
  random: RandomSource;
  policy: BackoffPolicy;
}
