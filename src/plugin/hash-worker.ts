// Content hashes off the portal's main thread: a dedicated Worker runs this same bundle
// (plugin.js), which then only answers hash requests (see ./index.ts).
//
// Why a real portal lets it start:
// - its Content-Security-Policy has no worker-src or child-src (ONLYOFFICE/DocSpace-server
//   products/ASC.Files/Core/Helpers/CspSettingsHelper.cs CreateHeaderAsync emits default, script,
//   style, img, frame, frame-ancestors, font, connect and media only), so workers fall back to
//   script-src (https://www.w3.org/TR/CSP3/#directive-worker-src), which allows 'self'
//   (ONLYOFFICE/DocSpace-buildtools config/appsettings.json `csp.default.script`);
// - the bundle is same-origin: the plugin's `url` is `/storage/webplugins/<name>/plugin.js?hash=…`
//   on the portal (web/ASC.Web.Core/WebPluginManager.cs), served with a JavaScript type
//   (common/ASC.Data.Storage/StorageHandler.cs InvokeAsync sets `MimeMapping.GetMimeMapping`,
//   whose first mapping of ".js" is "text/javascript" in common/ASC.Common/Web/MimeMapping.cs);
// - `Worker` is exposed on every Window (https://html.spec.whatwg.org/multipage/workers.html#dedicated-workers-and-the-worker-interface),
//   the plugin's hidden about:blank iframe included.
// Any portal where it still cannot start (a stricter policy added by a proxy, storage on another
// origin, no Worker) gets `undefined` from `hash`, and the caller hashes on the main thread.
import { sha256 as pureSha256 } from "@noble/hashes/sha2";

/**
 * Main thread → worker: one hash input, as the Blob it arrived in (structured clone passes a Blob
 * by reference: https://w3c.github.io/FileAPI/#blob-section, [Serializable]) or as a transferred
 * copy of its bytes.
 */
type HashRequest = { id: number; blob: Blob } | { id: number; bytes: ArrayBuffer };

/** Worker → main thread: the worker is running; then one answer per request. */
type WorkerMessage = { ready: true } | { id: number; digest: ArrayBuffer } | { id: number; failed: true };

/** The part of `Worker` (https://html.spec.whatwg.org/multipage/workers.html#worker) used here. */
export interface WorkerLike {
  postMessage(message: HashRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { preventDefault?(): void }) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
}

/** The part of `DedicatedWorkerGlobalScope` the worker side uses. */
export interface WorkerScopeLike {
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** The part of `crypto.subtle` the hashing uses (https://w3c.github.io/webcrypto/#subtlecrypto-interface). */
export interface SubtleDigest {
  digest(algorithm: "SHA-256", data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/** True when this bundle runs as a dedicated worker (no window; `self` a DedicatedWorkerGlobalScope). */
export function runsAsHashWorker(scope: object): scope is WorkerScopeLike {
  try {
    const type = (scope as { DedicatedWorkerGlobalScope?: unknown }).DedicatedWorkerGlobalScope;
    return typeof type === "function" && scope instanceof type;
  } catch {
    return false;
  }
}

/** Buffers the worker reads Blobs into, kept for the next request. */
const POOLED_BYTES = 4 * 1024 * 1024;
const POOL_LIMIT = 4;

/**
 * A Blob's bytes in a pooled buffer, by a BYOB reader (the browser fills it in place): a fresh
 * 4 MiB array per block costs its page faults every time. With pooling, `npx tsx
 * scripts/bench-browser.ts --plugin-only --zip <without>,<with> --rounds 2` measured 20.8 against
 * 18.3 MiB/s (3.6 portal) and 21.8 against 18.7 (4.0), load about 6 on 2 cores. Undefined when
 * the Blob does not fit or BYOB is not supported.
 */
async function readPooled(
  blob: Blob,
  pool: ArrayBuffer[],
): Promise<{ bytes: Uint8Array<ArrayBuffer>; release(): void } | undefined> {
  if (blob.size > POOLED_BYTES) return undefined;
  let reader: ReadableStreamBYOBReader;
  try {
    reader = blob.stream().getReader({ mode: "byob" });
  } catch {
    return undefined;
  }
  let buffer = pool.pop() ?? new ArrayBuffer(POOLED_BYTES);
  let filled = 0;
  try {
    while (filled < blob.size) {
      const { done, value } = await reader.read(new Uint8Array(buffer, filled, blob.size - filled));
      if (done || !value) break;
      // The read moved the memory into a new handle; the view says where it is now.
      buffer = value.buffer;
      filled += value.byteLength;
    }
  } finally {
    reader.releaseLock();
  }
  if (filled !== blob.size) throw new TypeError("the Blob ended early");
  const kept = buffer;
  return {
    bytes: new Uint8Array(kept, 0, filled),
    release: () => {
      if (pool.length < POOL_LIMIT) pool.push(kept);
    },
  };
}

/** The request's bytes, or undefined when the message is not a hash request. */
async function requestBytes(
  data: unknown,
  pool: ArrayBuffer[],
): Promise<{ bytes: Uint8Array<ArrayBuffer>; release(): void } | undefined> {
  if (typeof data !== "object" || data === null) return undefined;
  const { blob, bytes } = data as { blob?: unknown; bytes?: unknown };
  const nothing = (): void => undefined;
  if (bytes instanceof ArrayBuffer) return { bytes: new Uint8Array(bytes), release: nothing };
  if (typeof Blob !== "function" || !(blob instanceof Blob)) return undefined;
  return (
    (await readPooled(blob, pool)) ?? { bytes: new Uint8Array(await blob.arrayBuffer()), release: nothing }
  );
}

/**
 * The worker side: answers every hash request with the SHA-256 of its bytes, with Web Crypto where
 * the worker is a secure context (https://w3c.github.io/webcrypto/#crypto-interface), else the
 * pure-JavaScript hash of @noble/hashes. Blocking this thread holds no page.
 */
export function serveHashes(
  scope: WorkerScopeLike,
  subtle: SubtleDigest | undefined = globalThis.crypto?.subtle,
): void {
  const digestOf = async (bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> => {
    if (subtle) {
      try {
        return new Uint8Array(await subtle.digest("SHA-256", bytes));
      } catch {
        // Refused (no SHA-256 here): the pure-JavaScript hash gives the same bytes.
      }
    }
    return new Uint8Array(pureSha256(bytes));
  };
  const pool: ArrayBuffer[] = [];
  scope.onmessage = (event) => {
    const id: unknown = (event.data as { id?: unknown } | null)?.id;
    if (typeof id !== "number") return;
    requestBytes(event.data, pool)
      .then(async (request) => {
        if (!request) throw new TypeError("not a hash request");
        try {
          return await digestOf(request.bytes);
        } finally {
          request.release();
        }
      })
      .then(
        (digest) => scope.postMessage({ id, digest: digest.buffer }, [digest.buffer]),
        () => scope.postMessage({ id, failed: true }),
      );
  };
  scope.postMessage({ ready: true });
}

export interface WorkerHasherOptions {
  /** Starts the worker; throws or returns undefined when it cannot be made. */
  start(): WorkerLike | undefined;
  /** How long a starting worker may take to say it runs before the main thread hashes instead (ms). */
  readyTimeoutMs?: number;
  /** The worker is ended after this long without requests (ms); the next request starts another. */
  idleMs?: number;
}

type Started = { worker: WorkerLike; ready: Promise<boolean> };

/**
 * Hashes in a worker while one runs. `hash` resolves undefined, never rejects, whenever the worker
 * cannot do it (never started, failed to load, died): the caller then hashes on the main thread.
 * A worker that failed is not tried again.
 */
export class WorkerHasher {
  private started: Started | undefined;
  private broken = false;
  private nextId = 1;
  private readonly pending = new Map<number, (digest: Uint8Array | undefined) => void>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: WorkerHasherOptions) {}

  /** Whether the main thread should hash from now on (the worker could not start or died). */
  get unavailable(): boolean {
    return this.broken;
  }

  /**
   * The SHA-256 of `bytes`, or of `blob` when given: then it alone holds the bytes (the array may
   * be unfilled) and goes instead.
   */
  async hash(bytes: Uint8Array, blob?: Blob): Promise<Uint8Array | undefined> {
    // Twice at most: a worker ended for idleness while this request waited is started again.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if (this.broken) return undefined;
      const started = this.started ?? this.start();
      if (!started || !(await started.ready)) return undefined;
      if (this.started !== started) continue;
      this.stopIdleTimer();
      const id = this.nextId++;
      return new Promise<Uint8Array | undefined>((resolve) => {
        this.pending.set(id, resolve);
        try {
          if (blob) {
            // Nothing copied on this thread: the worker reads the Blob itself.
            started.worker.postMessage({ id, blob }, []);
          } else {
            // A copy of just these bytes (a view's whole buffer would be cloned otherwise), handed
            // over without a second copy; the caller keeps its own buffer for the upload. Blobs are
            // preferred: copying and posting took 33 ms of the portal's main thread per 4 MiB
            // block in the CPU profile of `npx tsx scripts/bench-browser.ts --portal 3.6
            // --plugin-only --size-mib 64` with a build that copied every block (load about 5).
            const copy = bytes.slice();
            started.worker.postMessage({ id, bytes: copy.buffer }, [copy.buffer]);
          }
        } catch {
          this.fail();
        }
      });
    }
    return undefined;
  }

  /** Starts the worker, unless it runs or could not run; requests then need not wait for it to load. */
  warm(): void {
    if (!this.broken && !this.started) this.start();
  }

  private start(): Started | undefined {
    let worker: WorkerLike | undefined;
    try {
      worker = this.options.start();
    } catch {
      worker = undefined;
    }
    if (!worker) {
      this.broken = true;
      return undefined;
    }
    const current = worker;
    let settle: (running: boolean) => void = () => undefined;
    const ready = new Promise<boolean>((resolve) => {
      settle = resolve;
    });
    const timer = setTimeout(() => {
      settle(false);
      this.fail();
    }, this.options.readyTimeoutMs ?? 10_000);
    current.onmessage = (event) => {
      const message = event.data as Partial<WorkerMessage> | null;
      if (!message || typeof message !== "object") return;
      if ("ready" in message) {
        clearTimeout(timer);
        settle(true);
        this.armIdleTimer();
        return;
      }
      const id = (message as { id?: unknown }).id;
      const resolve = typeof id === "number" ? this.pending.get(id) : undefined;
      if (!resolve || typeof id !== "number") return;
      this.pending.delete(id);
      const digest = (message as { digest?: unknown }).digest;
      if (!(digest instanceof ArrayBuffer && digest.byteLength === 32)) {
        // A worker that cannot hash one input will not hash the next: the main thread takes over.
        resolve(undefined);
        this.fail();
        return;
      }
      resolve(new Uint8Array(digest));
      if (this.pending.size === 0) this.armIdleTimer();
    };
    current.onerror = (event) => {
      // A load failure (refused by a policy, not JavaScript, not found) or a crash: handled here,
      // so the browser does not report it as an uncaught error of the page.
      try {
        event.preventDefault?.();
      } catch {
        // Nothing to prevent.
      }
      clearTimeout(timer);
      settle(false);
      this.fail();
    };
    current.onmessageerror = () => {
      clearTimeout(timer);
      settle(false);
      this.fail();
    };
    this.started = { worker: current, ready };
    return this.started;
  }

  /** The worker is unusable: end it, and let every waiting caller hash on the main thread. */
  private fail(): void {
    this.broken = true;
    this.end();
  }

  private end(): void {
    this.stopIdleTimer();
    const started = this.started;
    this.started = undefined;
    try {
      started?.worker.terminate();
    } catch {
      // Already gone.
    }
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }

  private armIdleTimer(): void {
    this.stopIdleTimer();
    this.idleTimer = setTimeout(() => {
      if (this.pending.size === 0) this.end();
    }, this.options.idleMs ?? 30_000);
  }

  private stopIdleTimer(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}
