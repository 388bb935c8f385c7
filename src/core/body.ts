// Request bodies for uploads: an environment port (`DropboxEnvironment.uploadBody`).
//
// Browsers copy a Uint8Array request body synchronously on the calling thread: measured in
// Chromium at 47–176 ms per 8 MiB chunk, a long task on the portal's main thread, which the
// plugin's iframe shares (docs/benchmarks.md, "Browser"). A Blob body is read off the main
// thread. Building a Blob copies too, so it is built from 1 MiB parts, yielding to the event loop
// between them, which keeps each step to a few milliseconds. In Node there is no UI thread to
// protect and the extra copy only costs CPU, so the bytes go as they are.

import { abortReason } from "./ports";

export type UploadBodyEncoder = (bytes: Uint8Array, signal?: AbortSignal) => Promise<Uint8Array | Blob>;

/**
 * Bytes that arrived as a Blob (a range read whole with `Response.blob()`, see download.ts
 * `readRangeAsBlob`): `blobBody` sends that Blob as it is, so the bytes are never copied by script.
 * Keyed by the array itself, which nobody writes into afterwards (download.ts hands out a fresh one).
 */
const arrivedAs = new WeakMap<Uint8Array, Blob>();

/** Records that `bytes` are exactly the content of `blob`. */
export function arrivedAsBlob(bytes: Uint8Array, blob: Blob): void {
  if (blob.size === bytes.byteLength) arrivedAs.set(bytes, blob);
}

/**
 * The Blob `bytes` arrived as (see `arrivedAsBlob`), or undefined. Like `blobBody`, valid only
 * while `bytes` holds that range, i.e. before its buffer goes back to the chunk pool.
 */
export function arrivedBlobOf(bytes: Uint8Array): Blob | undefined {
  const arrived = arrivedAs.get(bytes);
  return arrived && arrived.size === bytes.byteLength ? arrived : undefined;
}

const blobHashers = new WeakSet<object>();

/**
 * Marks a SHA-256 port that, for bytes that arrived as a Blob (`arrivedBlobOf` of the `within.whole`
 * it is given), hashes the Blob and never reads the bytes. A download may then leave such ranges'
 * arrays unfilled (download.ts `blobRangeBytes`): no script on the browser's main thread copies them.
 */
export function hashesArrivedBlobs<T extends object>(sha: T): T {
  blobHashers.add(sha);
  return sha;
}

/** Whether `hashesArrivedBlobs` marked this port. */
export function readsArrivedBlobs(sha: object): boolean {
  return blobHashers.has(sha);
}

/** Whether an encoder sends Blobs, so a download should keep ranges as Blobs (browsers). */
export function sendsBlobs(encoder: UploadBodyEncoder): boolean {
  return encoder === blobBody;
}

/** The default: the bytes themselves. */
export const bytesBody: UploadBodyEncoder = async (bytes) => bytes;

const PART_BYTES = 1024 * 1024;

/** For browsers: a Blob built from 1 MiB parts, a task each. */
export const blobBody: UploadBodyEncoder = async (bytes, signal) => {
  const arrived = arrivedAs.get(bytes);
  if (arrived && arrived.size === bytes.byteLength) return arrived;
  if (typeof Blob !== "function" || bytes.byteLength <= PART_BYTES) return bytes;
  const parts: Blob[] = [];
  for (let offset = 0; offset < bytes.byteLength; offset += PART_BYTES) {
    // Our chunk buffers are plain ArrayBuffers, never shared memory, which is all Blob refuses.
    parts.push(new Blob([bytes.subarray(offset, offset + PART_BYTES) as Uint8Array<ArrayBuffer>]));
    await nextTask();
    if (signal?.aborted) throw abortReason(signal);
  }
  // Joining Blobs references the parts; it copies nothing.
  return new Blob(parts);
};

/** A new task (not a microtask), without setTimeout's 4 ms clamp in browsers. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== "function") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
