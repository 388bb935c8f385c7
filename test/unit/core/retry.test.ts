import { DropboxResponseError } from "dropbox";
import { DEFAULT_BACKOFF } from "../../../src/core/backoff";
import { classifyFailure } from "../../../src/core/classify";
import { TransferError } from "../../../src/core/errors";
import { RetrySchedule, withRetry, type RetryOptions } from "../../../src/core/retry";
import { FakeClock } from "./fakes";

const policy = {
  ...DEFAULT_BACKOFF,
  maxAttempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  minRetryAfterMs: 500,
};

function options<T>(clock: FakeClock, extra: Partial<RetryOptions<T>> = {}): RetryOptions<T> {
  return {
    clock,
    policy,
    random: () => 0,
    classify: (failure) =>
      classifyFailure(
        failure,
        { method: "POST", url: "https://x.test/2/r" },
        { nowMs: clock.now(), service: "dropbox" },
      ),
    ...extra,
  };
}

/** An operation that fails with the given failures in turn, then returns "ok". */
function failing(...failures: unknown[]): { run: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    run: () => {
      const failure = failures[calls];
      calls += 1;
      return failure === undefined ? Promise.resolve("ok") : Promise.reject(failure);
    },
    calls: () => calls,
  };
}

const serverError = () => new DropboxResponseError(503, new Headers(), "busy");
const rateLimit = (seconds: string) =>
  new DropboxResponseError(429, new Headers({ "Retry-After": seconds }), "too_many_requests");
const conflict = () =>
  new DropboxResponseError(409, new Headers(), {
    error_summary: "path/conflict/..",
    error: { ".tag": "path", reason: { ".tag": "conflict" } },
  });
const expired = () =>
  new DropboxResponseError(401, new Headers(), {
    error_summary: "expired_access_token/..",
    error: { ".tag": "expired_access_token" },
  });

test("transient failures back off exponentially, then succeed", async () => {
  const clock = new FakeClock();
  const op = failing(serverError(), serverError());
  await expect(withRetry(op.run, options(clock))).resolves.toBe("ok");
  expect(op.calls()).toBe(3);
  expect(clock.sleeps).toEqual([50, 100]);
});

test("Retry-After is honoured (with the floor for 0)", async () => {
  const clock = new FakeClock();
  const op = failing(rateLimit("3"), rateLimit("0"));
  await withRetry(op.run, options(clock));
  expect(clock.sleeps).toEqual([3000, 500]);
});

test("a rate limit with no hint (a plain-text 429, no readable Retry-After) is waited out past maxAttempts", async () => {
  const clock = new FakeClock();
  const unhinted = () => new DropboxResponseError(429, new Headers(), "too_many_requests");
  // Seven in a row: four attempts would have given up after the fourth.
  const op = failing(...Array.from({ length: 7 }, unhinted));
  await expect(withRetry(op.run, options(clock))).resolves.toBe("ok");
  expect(op.calls()).toBe(8);
  expect(clock.sleeps).toEqual([50, 100, 200, 400, 500, 500, 500]);
});

test("an unhinted rate limit gives up once rateLimitWaitMs has been waited", async () => {
  const clock = new FakeClock();
  const unhinted = () => new DropboxResponseError(429, new Headers(), "too_many_requests");
  const op = failing(...Array.from({ length: 50 }, unhinted));
  const short = { ...policy, rateLimitWaitMs: 1000 };
  await expect(withRetry(op.run, { ...options(clock), policy: short })).rejects.toMatchObject({
    kind: "rate-limited",
  });
  // 50 + 100 + 200 + 400 = 750 ms, then the 250 ms left of the bound, and no more.
  expect(clock.sleeps).toEqual([50, 100, 200, 400, 250]);
});

test("attempts are bounded and the last error is classified", async () => {
  const clock = new FakeClock();
  const op = failing(serverError(), serverError(), serverError(), serverError(), serverError());
  await expect(withRetry(op.run, options(clock))).rejects.toMatchObject({
    name: "TransferError",
    kind: "server",
  });
  expect(op.calls()).toBe(4);
  expect(clock.sleeps).toHaveLength(3);
});

test("a permanent failure is not retried", async () => {
  const clock = new FakeClock();
  const op = failing(conflict());
  await expect(withRetry(op.run, options(clock))).rejects.toMatchObject({ kind: "conflict" });
  expect(op.calls()).toBe(1);
  expect(clock.sleeps).toEqual([]);
});

test("rethrowOriginal gives back the SDK error itself", async () => {
  const failure = conflict();
  await expect(
    withRetry(failing(failure).run, options(new FakeClock(), { rethrowOriginal: true })),
  ).rejects.toBe(failure);
});

test("an expired token is renewed once and the call repeated without waiting", async () => {
  const clock = new FakeClock();
  const refreshToken = jest.fn(() => Promise.resolve());
  const op = failing(expired());
  await expect(withRetry(op.run, options(clock, { refreshToken }))).resolves.toBe("ok");
  expect(refreshToken).toHaveBeenCalledTimes(1);
  expect(clock.sleeps).toEqual([]);
  // A token that expires again straight after renewal is not renewed in a loop.
  const twice = failing(expired(), expired());
  await expect(withRetry(twice.run, options(clock, { refreshToken }))).rejects.toMatchObject({
    kind: "dropbox-auth",
  });
});

test("without a way to renew, an expired token is a dropbox-auth error", async () => {
  await expect(withRetry(failing(expired()).run, options(new FakeClock()))).rejects.toMatchObject({
    kind: "dropbox-auth",
  });
});

test("a failing renewal is retried like any transient failure", async () => {
  const clock = new FakeClock();
  const refreshToken = jest
    .fn<Promise<void>, []>()
    .mockRejectedValueOnce(serverError())
    .mockResolvedValue(undefined);
  const op = failing(expired(), expired());
  await expect(withRetry(op.run, options(clock, { refreshToken }))).resolves.toBe("ok");
  expect(refreshToken).toHaveBeenCalledTimes(2);
  expect(clock.sleeps).toEqual([50]);
});

test("after a possibly-landed attempt, the check runs before each retry and can end the loop", async () => {
  const clock = new FakeClock();
  const findLanded = jest
    .fn<Promise<string | undefined>, []>()
    .mockResolvedValueOnce(undefined)
    .mockResolvedValueOnce("landed");
  const op = failing(new TypeError("fetch failed"), serverError(), serverError());
  await expect(
    withRetry(op.run, options(clock, { beforeRetryAfterUnknownOutcome: findLanded })),
  ).resolves.toBe("landed");
  expect(findLanded).toHaveBeenCalledTimes(2);
  expect(op.calls()).toBe(2);
});

test("a refused request (429) needs no check: it did not land", async () => {
  const findLanded = jest.fn(() => Promise.resolve<string | undefined>(undefined));
  await withRetry(
    failing(rateLimit("1")).run,
    options(new FakeClock(), { beforeRetryAfterUnknownOutcome: findLanded }),
  );
  expect(findLanded).not.toHaveBeenCalled();
});

test("cancellation stops the loop at once, even mid-wait", async () => {
  const controller = new AbortController();
  const clock = new FakeClock();
  clock.sleep = (_ms, signal) => {
    controller.abort(new DOMException("stop", "AbortError"));
    return Promise.reject(signal?.reason);
  };
  const op = failing(serverError(), serverError());
  await expect(withRetry(op.run, options(clock, { signal: controller.signal }))).rejects.toMatchObject({
    name: "AbortError",
  });
  expect(op.calls()).toBe(1);
});

test("a TransferError thrown by the operation keeps its kind", async () => {
  const failure = new TransferError("not-found", "gone");
  await expect(withRetry(failing(failure).run, options(new FakeClock()))).rejects.toBe(failure);
});

test("the schedule gives up after the policy's attempts without progress, and starts again once the offset moves", () => {
  const clock = new FakeClock();
  const schedule = new RetrySchedule({ clock, policy, random: () => 0 });
  const transient = classifyFailure(new TypeError("fetch failed"), undefined, {
    nowMs: clock.now(),
    service: "docspace",
  });
  // maxAttempts 4: three waits, then the fourth failure at the same offset gives up.
  expect([0, 0, 0].map(() => schedule.delayAfter(transient, 100))).toEqual([50, 100, 200]);
  expect(schedule.delayAfter(transient, 100)).toBeUndefined();
  // Bytes arrived since: the count starts again from the first delay.
  expect(schedule.delayAfter(transient, 200)).toBe(50);
  const never = classifyFailure(new RangeError("bug"), undefined, {
    nowMs: clock.now(),
    service: "docspace",
  });
  expect(schedule.delayAfter(never, 300)).toBeUndefined();
});
