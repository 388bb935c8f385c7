// Streaming download from DocSpace. A file is never held whole in memory: callers read it either
// as ranges (when the server honours Range, which allows parallel chunk uploads) or as one ordered
// stream. A dropped connection resumes with Range where the server supports it; otherwise the
// file is restarted from the top (`RestartRequired`). A download that comes up short is an
// `incomplete-download` error and is never handed on as complete.

import { arrivedAsBlob, nextTask } from "./body";
import { ContentHasher } from "./content-hash";
import { classifyFailure, type Classification } from "./classify";
import type { DocSpaceClient } from "./docspace/client";
import { fileSize, type DocSpaceFile } from "./docspace/types";
import { TransferError } from "./errors";
import { resolveOptions, type CoreOptions } from "./options";
import { abortReason, readBodyStream, type BodyReader } from "./ports";
import { redactUrl } from "./redact";
import { RetrySchedule, withRetry, type RetryRuntime } from "./retry";

export interface ByteSource {
  readonly size: number;
  /** True when the server honours Range, so `readRange` is cheap and parallel reads are possible. */
  readonly ranged: boolean;
  /** Exactly `length` bytes at `offset`, written into `into` when given (its length must be `length`). */
  readRange(offset: number, length: number, signal?: AbortSignal, into?: Uint8Array): Promise<Uint8Array>;
  /** The whole file, in order, in pieces of whatever size the network delivers. */
  stream(signal?: AbortSignal): AsyncIterable<Uint8Array>;
}

/**
 * Thrown by `stream()` when the connection dropped and the server cannot resume: the consumer must
 * start the file over (a fresh upload session), because the bytes already passed on are gone.
 */
export class RestartRequired extends Error {
  override readonly name = "RestartRequired";
}

/** How often a file whose download dropped and cannot resume is started over before giving up. */
export const MAX_RESTARTS = 3;

/**
 * The one "restart this file" helper: runs `attempt` again from the top when the download says
 * it must (`RestartRequired`), up to `MAX_RESTARTS` times; `onRestart` resets what the caller
 * reported (progress). Any other failure passes through.
 */
export async function restartingWhenDropped<T>(
  attempt: () => Promise<T>,
  onRestart?: () => void,
): Promise<T> {
  for (let restarts = 0; ; restarts += 1) {
    try {
      return await attempt();
    } catch (failure) {
      if (!(failure instanceof RestartRequired)) throw failure;
      if (restarts >= MAX_RESTARTS) {
        throw new TransferError(
          "incomplete-download",
          "The download kept dropping and DocSpace cannot resume it.",
          {},
          { cause: failure },
        );
      }
      onRestart?.();
    }
  }
}

/**
 * Parses `Content-Range: bytes a-b/total`; DocSpace writes a leading space (DocSpace-server
 * products/ASC.Files/Core/HttpHandlers/FileHandler.ashx.cs `ProcessRangeHeader`).
 */
export function parseContentRange(
  value: string | null,
): { start: number; end: number; total?: number } | undefined {
  if (!value) return undefined;
  const match = /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(value);
  if (!match) return undefined;
  const total = match[3] === "*" ? undefined : Number(match[3]);
  return { start: Number(match[1]), end: Number(match[2]), ...(total !== undefined ? { total } : {}) };
}

function sizeChanged(url: string, expected: number, actual: number): TransferError {
  return new TransferError(
    "incomplete-download",
    `DocSpace serves ${actual} bytes for a file announced as ${expected} bytes; it may have changed during the export.`,
    { method: "GET", url: redactUrl(url) },
  );
}

function shortRead(url: string, expected: number, got: number): TransferError {
  return new TransferError("incomplete-download", `The download stopped after ${got} of ${expected} bytes.`, {
    method: "GET",
    url: redactUrl(url),
  });
}

export interface OpenDownloadOptions {
  runtime: RetryRuntime;
  signal?: AbortSignal;
  /** Ask the server whether it honours Range (one 1-byte request). Worth it only for large files. */
  probeRanges: boolean;
  /** Abort and resume a request whose body delivers nothing for this long. Default 60 000 ms. */
  idleTimeoutMs?: number;
  /** The download URL, already asked for (the engine asks ahead); asked again if that failed. */
  url?: Promise<string>;
  /**
   * Read each range whole as a Blob (`Response.blob()`) instead of piece by piece into a buffer:
   * for browsers, whose upload bodies are Blobs (body.ts), so the range goes to Dropbox as it
   * arrived and no script copies its pieces on the portal's main thread. Default false.
   */
  blobRanges?: boolean;
  /**
   * With `blobRanges`: false leaves a Blob range's array unfilled, for callers whose only readers
   * of those bytes take the Blob instead (the upload body, body.ts `blobBody`; a hash port marked
   * by body.ts `hashesArrivedBlobs`). The array then stands for the Blob: right length, not its
   * content. Default true.
   */
  blobRangeBytes?: boolean;
  /** How a range's body is read into its buffer (options.ts `Ports.readBody`). Default: the stream's reader. */
  readBody?: BodyReader;
}

/**
 * Aborts a request whose body stops delivering for `idleMs`: a stalled connection never errors by
 * itself, and a per-request deadline would cut off a slow but healthy 1 GiB download. Real timers,
 * not the injected clock: this guards the network, it is not retry timing.
 *
 * A piece that arrives only notes the time; the one timer checks it when it fires and waits out
 * the rest. Re-arming a timer per piece (16 KiB each over TLS, ~65 000 per GiB) was a timer object
 * and a timer-list insertion each. The outer signal is followed by a listener that `dispose`
 * removes, not by `AbortSignal.any`, whose combined signal the outer one keeps a weak reference to
 * (nodejs/node lib/internal/abort_controller.js `any`, `kDependantSignals`) for every request.
 */
class IdleWatchdog {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = 0;
  private readonly forward = (): void => this.controller.abort(this.outer?.reason);
  readonly signal: AbortSignal;

  constructor(
    private readonly idleMs: number,
    private readonly outer: AbortSignal | undefined,
  ) {
    this.signal = this.controller.signal;
    if (outer?.aborted) this.controller.abort(outer.reason);
    else outer?.addEventListener("abort", this.forward, { once: true });
    this.kick();
  }

  /** Bytes arrived (or waiting starts again): the idle time counts from now. */
  kick(): void {
    this.last = performance.now();
    if (this.timer === undefined) this.arm(this.idleMs);
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const idle = performance.now() - this.last;
      if (idle >= this.idleMs) {
        this.controller.abort(new DOMException("The download stalled.", "TimeoutError"));
      } else {
        this.arm(this.idleMs - idle);
      }
    }, ms);
  }

  /** Not waiting on the network for now (the consumer is busy): no deadline until the next kick. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The request is over: no timer, and the outer signal no longer refers to this one. */
  dispose(): void {
    this.stop();
    this.outer?.removeEventListener("abort", this.forward);
  }
}

export async function openDownload(
  client: DocSpaceClient,
  file: DocSpaceFile,
  options: OpenDownloadOptions,
): Promise<ByteSource> {
  const url = await (options.url?.catch(() => client.getDownloadUrl(file, options.signal)) ??
    client.getDownloadUrl(file, options.signal));
  const size = fileSize(file);
  let ranged = false;
  if (options.probeRanges && size > 0) {
    const { signal } = options;
    const idleMs = options.idleTimeoutMs ?? 60_000;
    const probe = await withRetry(
      async () => {
        // Like every download request, given up when nothing arrives for the idle time.
        const watchdog = new IdleWatchdog(idleMs, signal);
        try {
          return await client.fetchContent(url, { start: 0, end: 0, signal: watchdog.signal });
        } finally {
          watchdog.dispose();
        }
      },
      {
        ...options.runtime,
        signal,
        classify: (failure) =>
          classifyFailure(
            failure,
            { method: "GET", url },
            { signal, nowMs: options.runtime.clock.now(), service: "docspace" },
          ),
      },
    );
    await probe.body?.cancel().catch(() => undefined);
    if (probe.status === 206) {
      const range = parseContentRange(probe.headers.get("content-range"));
      if (range?.total !== undefined && range.total !== size) throw sizeChanged(url, size, range.total);
      ranged = true;
    }
  }
  return new DocSpaceByteSource(
    client,
    url,
    size,
    ranged,
    options.runtime,
    options.idleTimeoutMs ?? 60_000,
    options.blobRanges === true && typeof Blob === "function",
    options.blobRangeBytes !== false,
    options.readBody,
  );
}

const MiB = 1024 * 1024;

class DocSpaceByteSource implements ByteSource {
  constructor(
    private readonly client: DocSpaceClient,
    private readonly url: string,
    readonly size: number,
    readonly ranged: boolean,
    private readonly runtime: RetryRuntime,
    private readonly idleTimeoutMs: number,
    private readonly blobRanges = false,
    private readonly blobRangeBytes = true,
    private readonly readBody: BodyReader = readBodyStream,
  ) {}

  private classify(failure: unknown, signal: AbortSignal | undefined): Classification {
    return classifyFailure(
      failure,
      { method: "GET", url: this.url },
      { signal, nowMs: this.runtime.clock.now(), service: "docspace" },
    );
  }

  async readRange(
    offset: number,
    length: number,
    signal?: AbortSignal,
    into?: Uint8Array,
  ): Promise<Uint8Array> {
    if (offset < 0 || length < 0 || offset + length > this.size) {
      throw new RangeError(`range [${offset}, ${offset + length}) is outside the ${this.size}-byte file`);
    }
    if (into && into.byteLength !== length)
      throw new RangeError("the target buffer does not match the range");
    if (this.blobRanges && length > 0) {
      const whole = await this.readRangeAsBlob(offset, length, signal, into);
      if (whole) return whole;
    }
    const buffer = into ?? new Uint8Array(length);
    let got = 0;
    const schedule = new RetrySchedule(this.runtime, signal);
    while (got < length) {
      if (signal?.aborted) throw abortReason(signal);
      let failure: unknown;
      try {
        const outcome = await this.fill(buffer, offset, got, signal);
        got = outcome.filled;
        failure = outcome.failure;
      } catch (error) {
        failure = error;
      }
      if (got === length) break;
      if (signal?.aborted) throw abortReason(signal);
      // A body that ends early, or breaks, on a live server is a dropped connection: resume.
      await this.pauseOrGiveUp(
        schedule,
        failure ?? networkLike(shortRead(this.url, length, got)),
        got,
        signal,
        () => shortRead(this.url, length, got),
      );
    }
    return buffer;
  }

  /**
   * One range as one Blob, then its bytes (`Blob.arrayBuffer()`, read by the browser, not by a
   * script loop) for hashing, unless `blobRangeBytes` is false; the Blob itself is remembered as the upload body (body.ts
   * `arrivedAsBlob`). A body that breaks off is asked for again whole. There is no piece to watch
   * arrive, so the idle allowance applies per MiB of the range. Undefined when the server ignored
   * Range (a 200): the caller reads the range piece by piece instead.
   */
  private async readRangeAsBlob(
    offset: number,
    length: number,
    signal: AbortSignal | undefined,
    into: Uint8Array | undefined,
  ): Promise<Uint8Array | undefined> {
    const schedule = new RetrySchedule(this.runtime, signal);
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      const watchdog = new IdleWatchdog(this.idleTimeoutMs * Math.max(1, Math.ceil(length / MiB)), signal);
      let failure: unknown;
      try {
        const response = await this.client.fetchContent(this.url, {
          start: offset,
          end: offset + length - 1,
          signal: watchdog.signal,
        });
        if (response.status !== 206) {
          await response.body?.cancel().catch(() => undefined);
          return undefined;
        }
        const range = parseContentRange(response.headers.get("content-range"));
        if (range?.total !== undefined && range.total !== this.size) {
          await response.body?.cancel().catch(() => undefined);
          throw sizeChanged(this.url, this.size, range.total);
        }
        if (range && range.start !== offset) {
          await response.body?.cancel().catch(() => undefined);
          throw new TransferError("server", "DocSpace answered a different range than asked.", {
            url: redactUrl(this.url),
          });
        }
        const arrived = await response.blob();
        if (arrived.size >= length) {
          // Slicing a Blob copies nothing; a longer answer than asked keeps only the range.
          const blob = arrived.size === length ? arrived : arrived.slice(0, length);
          const target = into ?? new Uint8Array(length);
          const bytes = this.blobRangeBytes ? await readBlob(blob, target) : target;
          arrivedAsBlob(bytes, blob);
          return bytes;
        }
        failure = networkLike(shortRead(this.url, length, arrived.size));
      } catch (error) {
        // Classified below, as the piece-by-piece path classifies its failures.
        failure = error;
      } finally {
        watchdog.dispose();
      }
      if (signal?.aborted) throw abortReason(signal);
      await this.pauseOrGiveUp(schedule, failure, 0, signal, () => shortRead(this.url, length, 0));
    }
  }

  /** Backs off, but a network failure that exhausted its attempts is reported as a short download. */
  private async pauseOrGiveUp(
    schedule: RetrySchedule,
    failure: unknown,
    progress: number,
    signal: AbortSignal | undefined,
    short: () => TransferError,
  ): Promise<void> {
    try {
      await schedule.backOff(this.classify(failure, signal), progress);
    } catch (final) {
      if (final instanceof TransferError && final.kind === "network") throw short();
      throw final;
    }
  }

  /** One request for the rest of a range; reports how far the range is filled and why it stopped. */
  private async fill(
    buffer: Uint8Array,
    offset: number,
    got: number,
    signal: AbortSignal | undefined,
  ): Promise<{ filled: number; failure?: unknown }> {
    const watchdog = new IdleWatchdog(this.idleTimeoutMs, signal);
    try {
      return await this.fillWatched(buffer, offset, got, watchdog);
    } finally {
      watchdog.dispose();
    }
  }

  private async fillWatched(
    buffer: Uint8Array,
    offset: number,
    got: number,
    watchdog: IdleWatchdog,
  ): Promise<{ filled: number; failure?: unknown }> {
    const length = buffer.byteLength;
    const start = offset + got;
    const response = await this.client.fetchContent(this.url, {
      start,
      end: offset + length - 1,
      signal: watchdog.signal,
    });
    // A 200 means the server ignored Range: skip to where we are (a restart from the top).
    let skip = start;
    if (response.status === 206) {
      const range = parseContentRange(response.headers.get("content-range"));
      if (range?.total !== undefined && range.total !== this.size) {
        await response.body?.cancel().catch(() => undefined);
        throw sizeChanged(this.url, this.size, range.total);
      }
      if (range && range.start !== start) {
        await response.body?.cancel().catch(() => undefined);
        throw new TransferError("server", "DocSpace answered a different range than asked.", {
          url: redactUrl(this.url),
        });
      }
      skip = 0;
    }
    const body = response.body;
    if (!body) return { filled: got };
    let filled = got;
    try {
      await this.readBody(body, (value) => {
        watchdog.kick();
        let piece = value;
        if (skip > 0) {
          const drop = Math.min(skip, piece.byteLength);
          skip -= drop;
          piece = piece.subarray(drop);
        }
        const take = Math.min(piece.byteLength, length - filled);
        // Most pieces fit whole: no view object per piece.
        buffer.set(take === piece.byteLength ? piece : piece.subarray(0, take), filled);
        filled += take;
        return filled < length;
      });
    } catch (failure) {
      // Keep what arrived; the caller resumes from `filled`.
      return { filled, failure };
    }
    return { filled };
  }

  async *stream(signal?: AbortSignal): AsyncGenerator<Uint8Array> {
    let position = 0;
    const schedule = new RetrySchedule(this.runtime, signal);
    let resumable = this.ranged;
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      let response: Response;
      const watchdog = new IdleWatchdog(this.idleTimeoutMs, signal);
      try {
        response = await this.client.fetchContent(this.url, {
          ...(position > 0 ? { start: position } : {}),
          signal: watchdog.signal,
        });
      } catch (failure) {
        watchdog.dispose();
        await schedule.backOff(this.classify(failure, signal), position);
        continue;
      }
      // Every way out of this attempt, a throw included, disposes of its timer and listener.
      let failure: unknown;
      try {
        if (position > 0 && response.status !== 206) {
          await response.body?.cancel().catch(() => undefined);
          throw new RestartRequired("DocSpace ignored the Range request; the file must restart.");
        }
        if (position > 0 && parseContentRange(response.headers.get("content-range"))?.start !== position) {
          await response.body?.cancel().catch(() => undefined);
          throw new RestartRequired("DocSpace resumed at a different offset; the file must restart.");
        }
        if (position === 0) {
          resumable ||= response.headers.get("accept-ranges")?.toLowerCase() === "bytes";
          const length = response.headers.get("content-length");
          if (response.status === 200 && length !== null && Number(length) !== this.size) {
            await response.body?.cancel().catch(() => undefined);
            throw sizeChanged(this.url, this.size, Number(length));
          }
        }
        const reader = response.body?.getReader();
        if (reader) {
          try {
            for (;;) {
              const { done, value } = await reader.read();
              if (done) break;
              watchdog.kick();
              if (position + value.byteLength > this.size) {
                await reader.cancel().catch(() => undefined);
                throw sizeChanged(this.url, this.size, position + value.byteLength);
              }
              position += value.byteLength;
              // A consumer that is busy uploading is not a stalled connection.
              watchdog.stop();
              yield value;
              watchdog.kick();
            }
          } catch (error) {
            if (error instanceof TransferError) throw error;
            failure = error;
          }
        }
      } finally {
        watchdog.dispose();
      }
      if (position === this.size) return;
      if (signal?.aborted) throw abortReason(signal);
      await this.pauseOrGiveUp(
        schedule,
        failure ?? networkLike(shortRead(this.url, this.size, position)),
        position,
        signal,
        () => shortRead(this.url, this.size, position),
      );
      if (!resumable) throw new RestartRequired("The download dropped and DocSpace cannot resume it.");
    }
  }
}

/**
 * A Blob's bytes, read by the browser into `target`'s memory (a BYOB reader fills it in place,
 * so no fresh 8 MiB array per chunk is left for the garbage collector). Returns the filled view:
 * BYOB reads transfer the buffer, so `target` itself is detached afterwards.
 */
async function readBlob(blob: Blob, target: Uint8Array): Promise<Uint8Array> {
  const length = target.byteLength;
  const start = target.buffer;
  let reader: ReadableStreamBYOBReader | undefined;
  try {
    if (start instanceof ArrayBuffer) reader = blob.stream().getReader({ mode: "byob" });
  } catch {
    // No BYOB readers for Blob streams in this browser: a fresh array, the browser still copying.
  }
  if (!reader || !(start instanceof ArrayBuffer)) return new Uint8Array(await blob.arrayBuffer());
  let buffer: ArrayBuffer = start;
  let base = target.byteOffset;
  let filled = 0;
  try {
    while (filled < length) {
      const read: ReadableStreamReadResult<Uint8Array<ArrayBuffer>> = await reader.read(
        new Uint8Array(buffer, base + filled, length - filled),
      );
      const { done, value } = read;
      if (done || !value) break;
      buffer = value.buffer;
      base = value.byteOffset - filled;
      filled += value.byteLength;
      // The reads of a Blob the browser already holds resolve one after another within one task:
      // without a yield the whole range is copied in one long task of the portal's main thread
      // (Chromium 147: frames of 116-269 ms at load ~15, `npx tsx scripts/bench-browser.ts --plugin-only`).
      if (filled < length) await nextTask();
    }
  } finally {
    reader.releaseLock();
  }
  if (filled !== length) throw new TypeError("terminated");
  return new Uint8Array(buffer, base, length);
}

/** Short bodies are retried like network failures (a proxy or server cut the connection). */
function networkLike(error: TransferError): TransferError {
  return new TransferError("network", error.message, error.context, { cause: error });
}

/**
 * The Dropbox content hash of a DocSpace file, read as one stream (resumed, or started over, when
 * the connection drops); nothing is kept. Lets a caller ask "is this file already there?"
 * without uploading it.
 */
export async function hashDocSpaceFile(
  client: DocSpaceClient,
  file: DocSpaceFile,
  options: CoreOptions = {},
  signal?: AbortSignal,
): Promise<string> {
  const { ports, backoff } = resolveOptions(options);
  const runtime: RetryRuntime = { clock: ports.clock, random: ports.random, policy: backoff };
  return restartingWhenDropped(async () => {
    const source = await openDownload(client, file, {
      runtime,
      probeRanges: false,
      ...(signal ? { signal } : {}),
    });
    const hasher = new ContentHasher(ports.sha256);
    for await (const piece of source.stream(signal)) await hasher.update(piece);
    return hasher.digest();
  });
}
