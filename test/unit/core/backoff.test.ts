import { backoffDelay, parseRetryAfter, type BackoffPolicy } from "../../../src/core/backoff";

const policy: BackoffPolicy = {
  maxAttempts: 5,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  minRetryAfterMs: 500,
  maxRetryAfterMs: 60_000,
  rateLimitWaitMs: 3000,
};

test.each([
  // failedAttempts, retryAfterSeconds, random, expected
  [1, undefined, 0, 50],
  [1, undefined, 0.999, 100],
  [2, undefined, 0, 100],
  [3, undefined, 0.5, 300],
  [4, undefined, 1, 800],
  // Retry-After wins over backoff, whatever the attempt.
  [1, 3, 0.7, 3000],
  [4, 2, 0, 2000],
  // Retry-After 0 or 1 from a contended lock is raised to the floor.
  [1, 0, 0, 500],
  [2, 0.2, 0, 500],
  // An absurd Retry-After is capped.
  [1, 86_400, 0, 60_000],
])("attempt %i, Retry-After %p, random %p → %i ms", (failedAttempts, retryAfterSeconds, random, expected) => {
  expect(backoffDelay({ failedAttempts, retryAfterSeconds, random }, policy)).toBe(expected);
});

test("the ceiling holds for late attempts", () => {
  const wide = { ...policy, maxAttempts: 20 };
  expect(backoffDelay({ failedAttempts: 15, random: 0.999 }, wide)).toBe(1000);
  expect(backoffDelay({ failedAttempts: 15, random: 0 }, wide)).toBe(500);
});

test("attempts are bounded: no delay once maxAttempts attempts have failed", () => {
  expect(backoffDelay({ failedAttempts: 5, random: 0 }, policy)).toBeUndefined();
  expect(backoffDelay({ failedAttempts: 5, retryAfterSeconds: 1, random: 0 }, policy)).toBeUndefined();
});

test("a rate limit that gives no hint is retried past maxAttempts until rateLimitWaitMs has been waited", () => {
  // The attempts alone would have ended here; the last wait is cut to what is left of the bound.
  expect(backoffDelay({ failedAttempts: 5, random: 0, rateLimitedWaitedMs: 2000 }, policy)).toBe(500);
  expect(backoffDelay({ failedAttempts: 5, random: 0, rateLimitedWaitedMs: 2999 }, policy)).toBe(1);
  expect(backoffDelay({ failedAttempts: 9, random: 0.999, rateLimitedWaitedMs: 0 }, policy)).toBe(1000);
  expect(backoffDelay({ failedAttempts: 9, random: 0, rateLimitedWaitedMs: 3000 }, policy)).toBeUndefined();
  // Early on, the same delays as any other failure.
  expect(backoffDelay({ failedAttempts: 1, random: 0, rateLimitedWaitedMs: 0 }, policy)).toBe(50);
});

test("the bound only adds attempts: with none left to wait, an unhinted rate limit still gets maxAttempts", () => {
  const none = { ...policy, rateLimitWaitMs: 0 };
  expect(backoffDelay({ failedAttempts: 4, random: 0, rateLimitedWaitedMs: 0 }, none)).toBe(400);
  expect(backoffDelay({ failedAttempts: 5, random: 0, rateLimitedWaitedMs: 0 }, none)).toBeUndefined();
  // A bound or a count that is not a number ends the retries rather than looping.
  expect(
    backoffDelay({ failedAttempts: 5, random: 0, rateLimitedWaitedMs: Number.NaN }, policy),
  ).toBeUndefined();
  expect(
    backoffDelay(
      { failedAttempts: 5, random: 0, rateLimitedWaitedMs: 0 },
      { ...policy, rateLimitWaitMs: Number.NaN },
    ),
  ).toBeUndefined();
});

test("a rate limit that says when to retry keeps to maxAttempts", () => {
  expect(
    backoffDelay({ failedAttempts: 4, retryAfterSeconds: 2, random: 0, rateLimitedWaitedMs: 0 }, policy),
  ).toBe(2000);
  expect(
    backoffDelay({ failedAttempts: 5, retryAfterSeconds: 2, random: 0, rateLimitedWaitedMs: 0 }, policy),
  ).toBeUndefined();
});

test.each([
  ["7", 7],
  [" 2 ", 2],
  ["1.5", 1.5],
  ["Wed, 21 Oct 2015 07:28:10 GMT", 10],
  ["Wed, 21 Oct 2015 07:27:00 GMT", 0],
  ["soon", undefined],
  [null, undefined],
])("Retry-After %p → %p seconds", (value, expected) => {
  expect(parseRetryAfter(value, Date.UTC(2015, 9, 21, 7, 28, 0))).toBe(expected);
});
