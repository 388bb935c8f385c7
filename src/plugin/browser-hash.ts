// SHA-256 for Dropbox content hashes in the browser, without holding the portal's main thread,
// which the plugin's hidden iframe shares (ONLYOFFICE/DocSpace-client
// packages/client/src/store/PluginStore.ts initPlugins appends it to the portal's own body).
//
// Inputs over 64 KiB go to a worker running this bundle (./hash-worker.ts): a range that arrived
// as a Blob by reference, anything else as one copy. Where no worker can run, they are hashed
// here, as follows.
// Web Crypto is the cheapest where it exists, but it exists only in secure contexts
// (https://w3c.github.io/webcrypto/#crypto-interface, `[SecureContext] readonly attribute
// SubtleCrypto subtle`), and Chromium computes `digest` synchronously on the calling thread: one
// 4 MiB block held the page 48-103 ms in the headless Chromium 147 the benchmarks use, on a loaded
// 2-core machine (`npx tsx scripts/bench-browser.ts` prints the figures of its run). A content-hash
// block cannot be split across `digest` calls, so Web Crypto is used only while a small probe
// says a whole block fits the time budget; otherwise the pure-JavaScript SHA-256 of @noble/hashes
// hashes the block in steps, yielding to the portal whenever the budget is spent.
import { sha256 as pureSha256 } from "@noble/hashes/sha2";

import { arrivedBlobOf, hashesArrivedBlobs, type Sha256 } from "../core";
import { startBundleWorker } from "./environment";
import { WorkerHasher, type SubtleDigest } from "./hash-worker";

/** Script time one task of ours may take before it yields to the portal (ms). */
export const TASK_BUDGET_MS = 8;
/** Bytes the pure-JavaScript hash takes between looks at the clock. */
const STEP_BYTES = 64 * 1024;
/** Bytes Web Crypto digests to estimate how long a whole block would take. */
const PROBE_BYTES = 256 * 1024;
/** Blocks hashed on one estimate before Web Crypto is probed again (the machine's load changes). */
const PROBE_EVERY = 16;

export interface BrowserHashRuntime {
  /** `crypto.subtle` where the page is a secure context, else undefined. */
  subtle: SubtleDigest | undefined;
  now(): number;
  /** Ends the current task; resolves in a later one, after the portal's pending work. */
  yieldTask(): Promise<void>;
  /**
   * Hashes elsewhere (./hash-worker.ts): the digest, or undefined when that is not possible, and
   * the budgeted steps below run on this thread instead.
   */
  offload?(bytes: Uint8Array, blob: Blob | undefined): Promise<Uint8Array | undefined>;
}

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: "background" }): Promise<void>;
}

/**
 * A new task behind the portal's own: `scheduler.postTask` at "background" priority where the
 * browser has it (https://wicg.github.io/scheduling-apis/#dom-taskpriority-background: run after
 * "user-visible" work, rendering included), otherwise a MessageChannel message (a task without
 * setTimeout's 4 ms clamp). A timer also ends the wait, so a portal that is never idle cannot
 * starve the transfer.
 */
export function yieldToPortal(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, 100);
    try {
      const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
      if (typeof scheduler?.postTask === "function") {
        scheduler.postTask(finish, { priority: "background" }).catch(finish);
        return;
      }
      if (typeof MessageChannel === "function") {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          finish();
        };
        channel.port2.postMessage(null);
        return;
      }
    } catch {
      // The timer above still ends the wait.
    }
  });
}

function browserRuntime(): BrowserHashRuntime {
  let subtle: SubtleDigest | undefined;
  try {
    subtle = globalThis.crypto?.subtle;
  } catch {
    subtle = undefined;
  }
  return {
    subtle,
    now: () => performance.now(),
    yieldTask: yieldToPortal,
    offload: (bytes, blob) => bundleHasher().hash(bytes, blob),
  };
}

let sharedHasher: WorkerHasher | undefined;

/** One hashing worker for the whole plugin, started at the first large hash or by `warmHashWorker`. */
function bundleHasher(): WorkerHasher {
  sharedHasher ??= new WorkerHasher({ start: startBundleWorker });
  return sharedHasher;
}

/** Whether hashing `bytes` bytes goes to the worker (smaller inputs are hashed in place). */
export function hashesInWorker(bytes: number): boolean {
  return bytes > STEP_BYTES;
}

/**
 * Starts the hashing worker now, for a send that will hash large inputs, so that it is running
 * when the first range arrives. Started at the first hash instead, it loaded the bundle then:
 * the first append of a 200 MiB send waited about 230 ms for it (a request trace of `npx tsx
 * scripts/bench-browser.ts --no-write --portal 3.6`, whose link run starts with the worker
 * ended for idleness, as a user's first send of the day does).
 */
export function warmHashWorker(): void {
  bundleHasher().warm();
}

/**
 * A `Sha256` port for the core (`CoreOptions.sha256`): every large call starts and ends in a task
 * of its own (so hashing never lengthens the task that delivered the bytes, nor the one that sends
 * them) and no task of it runs much longer than `TASK_BUDGET_MS`, unless one `digest` of Web
 * Crypto, expected within the budget, was not.
 */
export function createBrowserSha256(runtime: BrowserHashRuntime = browserRuntime()): Sha256 {
  return hashesArrivedBlobs(budgetedSha256(runtime));
}

/**
 * The part of a range that arrived as a Blob (src/core/body.ts) that `bytes` are, or undefined.
 * Such a range's array may be unfilled (src/core/download.ts `blobRangeBytes`): its Blob is the
 * only source of those bytes.
 */
function arrivedPart(bytes: Uint8Array, within: Parameters<Sha256>[1]): Blob | undefined {
  if (!within) return arrivedBlobOf(bytes);
  return arrivedBlobOf(within.whole)?.slice(within.offset, within.offset + bytes.byteLength);
}

function budgetedSha256(runtime: BrowserHashRuntime): Sha256 {
  /** Web Crypto's measured ms per byte; undefined until probed. */
  let msPerByte: number | undefined;
  let blocksSinceProbe = 0;

  async function webCrypto(subtle: SubtleDigest, bytes: Uint8Array): Promise<Uint8Array> {
    const started = runtime.now();
    // Our chunk buffers are plain ArrayBuffers, never shared memory, which is all digest refuses.
    const digest = await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
    if (bytes.byteLength > STEP_BYTES) msPerByte = (runtime.now() - started) / bytes.byteLength;
    return new Uint8Array(digest);
  }

  async function pureJs(bytes: Uint8Array): Promise<Uint8Array> {
    const hash = pureSha256.create();
    let offset = 0;
    while (offset < bytes.byteLength) {
      const started = runtime.now();
      do {
        const end = Math.min(bytes.byteLength, offset + STEP_BYTES);
        hash.update(bytes.subarray(offset, end));
        offset = end;
      } while (offset < bytes.byteLength && runtime.now() - started < TASK_BUDGET_MS);
      if (offset < bytes.byteLength) await runtime.yieldTask();
    }
    return hash.digest();
  }

  async function hashOnce(bytes: Uint8Array): Promise<Uint8Array> {
    const { subtle } = runtime;
    if (subtle) {
      try {
        if (bytes.byteLength <= STEP_BYTES) return await webCrypto(subtle, bytes);
        if (msPerByte === undefined || blocksSinceProbe >= PROBE_EVERY) {
          blocksSinceProbe = 1;
          // A probe as large as the input is the digest itself.
          if (bytes.byteLength <= PROBE_BYTES) return await webCrypto(subtle, bytes);
          await webCrypto(subtle, bytes.subarray(0, PROBE_BYTES));
          await runtime.yieldTask();
        } else {
          blocksSinceProbe += 1;
        }
        if ((msPerByte ?? Infinity) * bytes.byteLength <= TASK_BUDGET_MS)
          return await webCrypto(subtle, bytes);
      } catch {
        // A refused digest (no SHA-256 here): the pure-JavaScript hash gives the same bytes.
      }
    }
    return pureJs(bytes);
  }

  return async (given, within) => {
    const blob = arrivedPart(given, within);
    // Read by the browser, off this thread, into an array of its own (a range's array may be unfilled).
    const read = async (): Promise<Uint8Array> => (blob ? new Uint8Array(await blob.arrayBuffer()) : given);
    // Small inputs (the 32-byte digests of a file's blocks, joined) cost less than a yield.
    if (given.byteLength <= STEP_BYTES) return hashOnce(await read());
    if (runtime.offload) {
      try {
        // A Blob goes by reference: the worker reads it.
        const digest = await runtime.offload(given, blob);
        if (digest) return digest;
      } catch {
        // The budgeted steps below give the same digest.
      }
    }
    const bytes = await read();
    await runtime.yieldTask();
    const digest = await hashOnce(bytes);
    // What the caller does next (the chunk's upload request) starts in a task of its own too.
    await runtime.yieldTask();
    return digest;
  };
}
