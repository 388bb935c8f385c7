// Backoff as a pure function of the attempt number and what the server said, so the policy is
// table-tested without sleeping (the pattern of rclone's pacer).

export interface BackoffPolicy {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** Delay before the second attempt when the server gave no hint. */
  baseDelayMs: number;
  /** Ceiling for computed delays. */
  maxDelayMs: number;
  /**
   * Floor for server-given delays: Dropbox's `too_many_write_operations` may say `Retry-After: 0`
   * or 1 (https://developers.dropbox.com/error-handling-guide, "Rate limiting"), and retrying a
   * contended lock at once only contends again.
   */
  minRetryAfterMs: number;
  /** Ceiling for server-given delays, so a hostile or buggy header cannot park a job for hours. */
  maxRetryAfterMs: number;
  /**
   * How long in all to keep retrying a rate-limited request when no answer said when to retry:
   * those retries go on past `maxAttempts` until this much has been waited. DocSpace's limiter
   * counts a user's requests over a sliding minute (ONLYOFFICE/DocSpace-server
   * common/ASC.Api.Core/Core/BaseStartup.cs AddRateLimiter) and its 429 carries no Retry-After
   * (cristipufu/aspnetcore-redis-rate-limiting 1.2.x, the versions DocSpace-server's
   * Directory.Packages.props pins: the sliding-window and concurrency leases hold only Limit and
   * Remaining); a browser cannot read Dropbox's Retry-After, which its CORS answers do not expose,
   * and a plain-text 429 has no `retry_after`. Giving up after a few seconds would fail every file
   * that meets the limit, while waiting out the window lets the export go on. The attempts are
   * never fewer than `maxAttempts`.
   */
  rateLimitWaitMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  maxAttempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  minRetryAfterMs: 500,
  maxRetryAfterMs: 300_000,
  // A minute-long window, plus room for the jitter and the requests other workers make meanwhile.
  rateLimitWaitMs: 90_000,
};

export interface BackoffInput {
  /** How many attempts have failed so far (1 after the first failure). */
  failedAttempts: number;
  /** Seconds the server asked for (Retry-After header or Dropbox's `retry_after`), if any. */
  retryAfterSeconds?: number | undefined;
  /** A number in [0, 1) for jitter. */
  random: number;
  /**
   * Set when the failure was a rate limit that said nothing of when to retry: how long this
   * request has already waited on such limits (0 at the first).
   */
  rateLimitedWaitedMs?: number | undefined;
}

/**
 * Milliseconds to wait before the next attempt, or `undefined` when attempts are exhausted (and,
 * for a rate limit with no hint, `rateLimitWaitMs` has been waited). Without a server hint:
 * exponential from `baseDelayMs`, capped, with "equal jitter" (half fixed, half random) so
 * parallel workers that failed together do not retry together.
 */
export function backoffDelay(input: BackoffInput, policy: BackoffPolicy): number | undefined {
  if (hasHint(input.retryAfterSeconds)) {
    if (input.failedAttempts >= policy.maxAttempts) return undefined;
    const asked = Math.max(0, input.retryAfterSeconds) * 1000;
    return Math.min(policy.maxRetryAfterMs, Math.max(policy.minRetryAfterMs, asked));
  }
  const exponent = Math.max(0, input.failedAttempts - 1);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  const half = ceiling / 2;
  const delay = Math.round(half + Math.min(Math.max(input.random, 0), 1) * half);
  if (input.failedAttempts < policy.maxAttempts) return delay;
  // An unhinted rate limit past its attempts: on until rateLimitWaitMs has been waited, the last
  // wait cut to what is left. Written so that a NaN bound or count ends the retries.
  const waited = input.rateLimitedWaitedMs;
  if (waited === undefined || !(waited < policy.rateLimitWaitMs)) return undefined;
  return Math.min(delay, policy.rateLimitWaitMs - waited);
}

/** Whether a server said when to retry (Retry-After, or Dropbox's `retry_after`). */
export function hasHint(retryAfterSeconds: number | undefined): retryAfterSeconds is number {
  return retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds);
}

/** Parses a Retry-After header: delta-seconds or an HTTP date (RFC 9110, section 10.2.3). */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - nowMs) / 1000);
}
