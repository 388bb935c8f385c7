// The core touches the outside world only through these ports, so the same code runs in the
// plugin (browser, same-origin cookie), the CLI and the benchmarks (Node), and in tests with fakes.

/** The subset of WHATWG `fetch` the core uses; `globalThis.fetch` satisfies it everywhere. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Time source and sleeper. Injected so retry timing is testable without fake timers. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason as soon as the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Real time: `Date.now` and `setTimeout`, both available in browsers and Node. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortReason(signal));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/** The reason an aborted signal carries, or a DOMException like fetch's when it carries none. */
export function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

/** Source of randomness for backoff jitter; injectable so tests are deterministic. */
export type RandomSource = () => number;

/**
 * Hands a response body's bytes to `take`, piece by piece as they arrive, and resolves when the
 * body ends or `take` returns false (the rest is then cancelled); rejects as reading the body
 * would. A port because a stream reader costs a promise and a few objects per piece, and a body
 * over TLS arrives in 16 KiB pieces (~65 000 per GiB): the CLI passes one that reads node:http's
 * own message for the responses its fetch made (src/cli/node-ports.ts).
 */
export type BodyReader = (
  body: ReadableStream<Uint8Array>,
  take: (piece: Uint8Array) => boolean,
) => Promise<void>;

/** The WHATWG way, everywhere: the stream's reader. */
export const readBodyStream: BodyReader = async (body, take) => {
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    if (!take(value)) {
      await reader.cancel().catch(() => undefined);
      return;
    }
  }
};
