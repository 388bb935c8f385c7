// Writes one file's bytes to Dropbox and commits it exactly once.
//
// - Small files: one `files/upload` with `content_hash` (single-file jobs), or, in multi-file jobs,
//   one closed `upload_session/start` whose commit goes through `BatchCommitter`.
// - Large files: the SDK's `DropboxFileUploader` (sessions, close on the last append, resync on
//   `correct_offset`, concurrent appends for ranged sources). We hand it a client adapter that
//   adds what the helper lacks (filetransfer.js, 10.47):
//   * our classified retries and token renewal instead of its fixed 3 attempts (it is given
//     `maxAttempts: 1` so retries are decided in one place);
//   * a per-request `content_hash` and the whole-file hash, computed from the bytes as they are
//     sent (the helper sends no hash at all);
//   * the exactly-once check before a retried `finish`.
// - After the commit, Dropbox's `content_hash` must equal ours; a mismatch deletes that revision
//   and fails the file as `integrity`.

import { DropboxFileUploader, type Dropbox, type DropboxRequestOptions, type files } from "dropbox";
import { classifyFailure } from "../classify";
import { BlockDigestCollector, contentHashOf } from "../content-hash";
import { RestartRequired, type ByteSource } from "../download";
import { TransferError, isTransferError } from "../errors";
import { abortReason } from "../ports";
import { readAhead } from "../read-ahead";
import { findLanded, type CommitPlan } from "./commit-check";
import type { DropboxGateway } from "./gateway";

export interface WriteOptions {
  chunkSizeBytes: number;
  parallelChunks: number;
  signal?: AbortSignal | undefined;
  /** Bytes of this file accepted by Dropbox so far. */
  onProgress?: ((transferredBytes: number) => void) | undefined;
}

export interface WrittenFile {
  metadata: files.FileMetadata;
  contentHash: string;
}

/** How often a file whose download cannot resume is started over before giving up. */
const MAX_RESTARTS = 3;

function commitInfo(plan: CommitPlan): files.CommitInfo {
  return { path: plan.path, mode: { ".tag": plan.mode }, autorename: plan.autorename, mute: true };
}

/** Reads a whole (small) source into memory. */
export async function readAll(source: ByteSource, signal?: AbortSignal): Promise<Uint8Array> {
  if (source.ranged && source.size > 0) return source.readRange(0, source.size, signal);
  const bytes = new Uint8Array(source.size);
  let offset = 0;
  for await (const piece of source.stream(signal)) {
    bytes.set(piece, offset);
    offset += piece.byteLength;
  }
  return bytes;
}

/** Fails the file (and removes the revision we wrote) when Dropbox's hash is not ours. */
export async function verifyCommitted(
  gateway: DropboxGateway,
  metadata: files.FileMetadata,
  contentHash: string,
  signal?: AbortSignal,
): Promise<WrittenFile> {
  if (metadata.content_hash === contentHash) return { metadata, contentHash };
  const target = metadata.path_lower ?? metadata.id;
  try {
    await gateway.call(
      "files/delete_v2",
      (options) => gateway.client.filesDeleteV2({ path: target, parent_rev: metadata.rev }, options),
      { signal },
    );
  } catch {
    // Reported below either way; a failed clean-up must not hide the integrity failure.
  }
  throw new TransferError(
    "integrity",
    `Dropbox's content hash for ${metadata.path_display ?? metadata.name} differs from the one computed while streaming.`,
  );
}

/** One `files/upload` request (≤ 150 MiB), content-hashed, checked before any retry. */
export async function uploadSingle(
  gateway: DropboxGateway,
  bytes: Uint8Array,
  plan: CommitPlan,
  signal?: AbortSignal,
): Promise<WrittenFile> {
  const contentHash = await contentHashOf(bytes, gateway.sha256);
  const body = await gateway.uploadBody(bytes, signal);
  const metadata = await gateway.call(
    "files/upload",
    (options) =>
      gateway.client.filesUpload({ ...commitInfo(plan), contents: body, content_hash: contentHash }, options),
    { signal, findLanded: async () => (await findLanded(gateway, [{ plan, contentHash }], signal))[0] },
  );
  return verifyCommitted(gateway, metadata, contentHash, signal);
}

/** Uploads `bytes` into a closed session (for a later `finish_batch_v2`); returns its id. */
export async function uploadToClosedSession(
  gateway: DropboxGateway,
  bytes: Uint8Array,
  signal?: AbortSignal,
): Promise<{ sessionId: string; contentHash: string }> {
  const contentHash = await contentHashOf(bytes, gateway.sha256);
  const body = await gateway.uploadBody(bytes, signal);
  // A lost response here only orphans a session, which expires unused; no check is needed.
  const started = await gateway.call(
    "files/upload_session/start",
    (options) =>
      gateway.client.filesUploadSessionStart(
        { close: true, contents: body, content_hash: contentHash },
        options,
      ),
    { signal },
  );
  return { sessionId: started.session_id, contentHash };
}

type SdkContents = Uint8Array | undefined;

/**
 * Keeps the next chunk downloading while the helper's workers upload theirs. The helper's workers
 * each read, then append; without a read ahead, some of them are always downloading, so fewer
 * appends are in flight than in an upload alone. One chunk ahead is the "+1" in the memory bound
 * (parallel + 1) × chunk. Reads arrive in increasing offsets (the helper hands ranges out in order).
 */
class RangePrefetcher {
  private readonly ahead = new Map<number, Promise<Uint8Array>>();
  private highest = -1;

  constructor(
    private readonly fetchRange: (offset: number, length: number) => Promise<Uint8Array>,
    private readonly size: number,
    private readonly chunkSize: number,
  ) {}

  read(offset: number, length: number): Promise<Uint8Array> {
    const prefetched = this.ahead.get(offset);
    this.ahead.delete(offset);
    const result = prefetched ?? this.fetchRange(offset, length);
    this.highest = Math.max(this.highest, offset);
    const next = this.highest + this.chunkSize;
    if (this.ahead.size === 0 && next < this.size) {
      this.highest = next;
      const pending = this.fetchRange(next, Math.min(this.chunkSize, this.size - next));
      // Never read if the upload stops first; its failure is reported by whoever reads it.
      pending.catch(() => undefined);
      this.ahead.set(next, pending);
    }
    return result;
  }
}

/** Reusable chunk-size buffers (only whole ones are kept; a short last chunk is a view of one). */
class ChunkPool {
  private readonly free: ArrayBuffer[] = [];
  constructor(private readonly chunkSize: number) {}

  take(length: number): Uint8Array {
    const buffer = this.free.pop() ?? new ArrayBuffer(this.chunkSize);
    return new Uint8Array(buffer, 0, length);
  }

  give(bytes: Uint8Array): void {
    const { buffer } = bytes;
    if (
      buffer instanceof ArrayBuffer &&
      buffer.byteLength === this.chunkSize &&
      !this.free.includes(buffer)
    ) {
      this.free.push(buffer);
    }
  }
}

/** Dropbox's `correct_offset`, wherever the error union nests it (files.stone, UploadSessionOffsetError). */
export function correctOffsetOf(failure: unknown): number | undefined {
  const visit = (value: unknown, depth: number): number | undefined => {
    if (depth > 6 || typeof value !== "object" || value === null) return undefined;
    const direct = (value as Record<string, unknown>).correct_offset;
    if (typeof direct === "number") return direct;
    for (const inner of Object.values(value)) {
      const found = visit(inner, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit((failure as { error?: unknown } | null)?.error, 0);
}

/**
 * Resynchronises on `incorrect_offset`. The helper does this inside its own retry loop, which we
 * switch off (`maxAttempts: 1`) so retries are decided in one place; so it is done here:
 * Dropbox already holds these bytes → skip them (for an append, done; for a finish, finish with
 * no data at the new offset); Dropbox holds none of them → send again. Anything else is a real
 * mismatch and fails the file.
 */
async function resync<T>(
  offset: number,
  bytes: Uint8Array,
  send: (offset: number, contents: Uint8Array) => Promise<T>,
  /** For appends: the bytes already landed, so the request is done. */
  landed?: () => T,
  /**
   * Concurrent sessions take parts in any order, so `correct_offset` there is only "bytes received
   * so far"; any value other than "this part landed" means this part did not, and is resent.
   */
  concurrent = false,
): Promise<T> {
  let currentOffset = offset;
  let contents = bytes;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await send(currentOffset, contents);
    } catch (failure) {
      const correct = correctOffsetOf(failure);
      if (correct === undefined || attempt >= 3) throw failure;
      if (correct === currentOffset + contents.byteLength && landed) return landed();
      if (correct === currentOffset + contents.byteLength && contents.byteLength > 0) {
        currentOffset = correct;
        contents = new Uint8Array(0);
        continue;
      }
      if (correct === currentOffset || concurrent) continue;
      throw failure;
    }
  }
}

function asBytes(contents: unknown): Uint8Array {
  if (contents instanceof Uint8Array) return contents;
  if (contents === undefined || contents === null) return new Uint8Array(0);
  throw new TypeError("the upload helper sent contents that are not bytes");
}

/** Session upload of a large file through `DropboxFileUploader`, restarting it if the source must. */
export async function uploadLarge(
  gateway: DropboxGateway,
  source: ByteSource,
  plan: CommitPlan,
  options: WriteOptions,
): Promise<WrittenFile> {
  for (let restart = 0; ; restart += 1) {
    try {
      return await uploadLargeOnce(gateway, source, plan, options);
    } catch (failure) {
      if (!(failure instanceof RestartRequired) || restart >= MAX_RESTARTS) {
        if (failure instanceof RestartRequired) {
          throw new TransferError(
            "incomplete-download",
            "The download kept dropping and DocSpace cannot resume it.",
            {},
            {
              cause: failure,
            },
          );
        }
        throw failure;
      }
      options.onProgress?.(0);
    }
  }
}

async function uploadLargeOnce(
  gateway: DropboxGateway,
  source: ByteSource,
  plan: CommitPlan,
  options: WriteOptions,
): Promise<WrittenFile> {
  const collector = new BlockDigestCollector(gateway.sha256);
  const local = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, local.signal]) : local.signal;
  let sourceFailure: { error: unknown } | undefined;
  let finalHash: string | undefined;
  const { client } = gateway;
  const parallel = source.ranged && options.parallelChunks > 1;

  // The helper calls exactly these three methods (filetransfer.js `validate`), so an object with
  // them stands in for the client.
  const adapter = {
    filesUploadSessionStart: (arg: files.UploadSessionStartArg, request?: DropboxRequestOptions) =>
      gateway
        .call("files/upload_session/start", (o) => client.filesUploadSessionStart(arg, o), {
          signal: request?.signal ?? signal,
          rethrowOriginal: true,
        })
        .then((result) => ({ result })),
    filesUploadSessionAppendV2: async (
      arg: files.UploadSessionAppendArg,
      request?: DropboxRequestOptions,
    ) => {
      const bytes = asBytes(arg.contents as SdkContents);
      const contentHash = await collector.add(arg.cursor.offset, bytes);
      await resync(
        arg.cursor.offset,
        bytes,
        async (offset, contents) => {
          const body = await gateway.uploadBody(contents, signal);
          await gateway.call(
            "files/upload_session/append_v2",
            (o) =>
              client.filesUploadSessionAppendV2(
                { ...arg, cursor: { ...arg.cursor, offset }, contents: body, content_hash: contentHash },
                o,
              ),
            { signal: request?.signal ?? signal, rethrowOriginal: true },
          );
          return null;
        },
        () => null,
        parallel,
      );
      // The request is answered, so its body has been sent in full: the buffer is free again.
      pool.give(bytes);
      return { result: null };
    },
    filesUploadSessionFinish: async (arg: files.UploadSessionFinishArg, request?: DropboxRequestOptions) => {
      const bytes = asBytes(arg.contents as SdkContents);
      const partHash = bytes.byteLength > 0 ? await collector.add(arg.cursor.offset, bytes) : undefined;
      finalHash = await collector.finish(source.size);
      const contentHash = finalHash;
      const result = await resync(arg.cursor.offset, bytes, async (offset, contents) => {
        const body = await gateway.uploadBody(contents, signal);
        return gateway.call(
          "files/upload_session/finish",
          (o) =>
            client.filesUploadSessionFinish(
              {
                ...arg,
                cursor: { ...arg.cursor, offset },
                contents: body,
                ...(partHash && contents.byteLength > 0 ? { content_hash: partHash } : {}),
              },
              o,
            ),
          {
            signal: request?.signal ?? signal,
            rethrowOriginal: true,
            findLanded: async () => (await findLanded(gateway, [{ plan, contentHash }], signal))[0],
          },
        );
      });
      return { result };
    },
  };

  // Source errors after the helper stopped its workers are just the abort echoing back.
  const recordFailure = (error: unknown): never => {
    if (!signal.aborted) sourceFailure ??= { error };
    throw error;
  };
  let stream: AsyncIterableIterator<Uint8Array> | undefined;
  // Chunk buffers are reused once their append is done: at most `parallelChunks` of them exist,
  // and the garbage collector is not left to find a fresh 8 MiB array per chunk (peak RSS).
  const pool = new ChunkPool(options.chunkSizeBytes);
  const prefetcher = new RangePrefetcher(
    (offset, length) => source.readRange(offset, length, signal, pool.take(length)),
    source.size,
    options.chunkSizeBytes,
  );
  const uploadSource = parallel
    ? {
        size: source.size,
        read: (offset: number, length: number) => prefetcher.read(offset, length).catch(recordFailure),
      }
    : {
        size: source.size,
        open: () => {
          stream = readAhead(guard(source.stream(signal), recordFailure), options.chunkSizeBytes);
          return Promise.resolve(stream);
        },
      };
  const uploader = new DropboxFileUploader(adapter as unknown as Dropbox, {
    chunkSize: options.chunkSizeBytes,
    parallelUploads: parallel ? options.parallelChunks : 1,
    maxAttempts: 1,
    signal,
    progress: ({ bytesCommitted }) => options.onProgress?.(bytesCommitted),
  });
  try {
    const { metadata } = await uploader.upload(uploadSource, commitInfo(plan));
    if (!finalHash) throw new Error("the upload finished without hashing its content");
    return await verifyCommitted(gateway, metadata, finalHash, options.signal);
  } catch (failure) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    // The helper rewraps source errors in plain Errors; the recorded one keeps its class.
    if (sourceFailure) throw sourceFailure.error;
    if (isTransferError(failure)) throw failure;
    throw gatewayError(gateway, failure, signal);
  } finally {
    local.abort();
    void stream?.return?.();
  }
}

async function* guard(
  iterable: AsyncIterable<Uint8Array>,
  onError: (error: unknown) => never,
): AsyncGenerator<Uint8Array> {
  try {
    yield* iterable;
  } catch (error) {
    onError(error);
  }
}

/** Classified once more only to attach kind and context; the decision is the same function's. */
function gatewayError(gateway: DropboxGateway, failure: unknown, signal: AbortSignal): TransferError {
  return classifyFailure(failure, gateway.request("files/upload_session/append_v2"), {
    signal,
    nowMs: gateway.runtime.clock.now(),
    service: "dropbox",
  }).error;
}
