// Writes one file's bytes to Dropbox and commits it exactly once.
//
// - Small files: one `files/upload` with `content_hash` (single-file jobs), or, in multi-file jobs,
//   one closed `upload_session/start` whose commit goes through `BatchCommitter`.
// - Large files: our own start → append → finish loop over the gateway, as rclone's Dropbox
//   backend does over its pacer (backend/dropbox/dropbox.go `uploadChunked`). Not the SDK's
//   `DropboxFileUploader` (dropbox-sdk-js src/filetransfer.js): it has a retry loop and an offset
//   resync of its own, which would sit inside the gateway's; it checks its client by a list of
//   method names, rewraps failures in plain Errors and sends no content hashes. Here the gateway
//   alone decides retries and token renewal, every request carries the `content_hash` of its
//   bytes, a retried `finish` first looks for the committed file, and the loop is small enough to
//   grow resumable sessions and zero-copy bodies on top of it.
// - After the commit, Dropbox's `content_hash` must equal ours; a mismatch deletes that revision
//   and fails the file as `integrity`.

import type { files } from "dropbox";
import { BlockDigestCollector, contentHashOf, HASH_BLOCK_SIZE } from "../content-hash";
import { restartingWhenDropped, type ByteSource } from "../download";
import { TransferError } from "../errors";
import { forEachConcurrently } from "../pool";
import { abortReason, type Clock } from "../ports";
import { readAhead } from "../read-ahead";
import type { RestartReason, UploadJournal, UploadRecord } from "../resume";
import { findLanded, type CommitPlan } from "./commit-check";
import type { DropboxGateway } from "./gateway";

export interface WriteOptions {
  chunkSizeBytes: number;
  parallelChunks: number;
  signal?: AbortSignal | undefined;
  /** Bytes of this file accepted by Dropbox so far. */
  onProgress?: ((transferredBytes: number) => void) | undefined;
  /** Records the session as it goes, and holds an earlier attempt to continue (see resume.ts). */
  journal?: UploadJournal | undefined;
}

export interface WrittenFile {
  metadata: files.FileMetadata;
  contentHash: string;
}

export function commitInfo(plan: CommitPlan): files.CommitInfo {
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

/**
 * Fails the file (and removes the revision we wrote) when Dropbox's hash is not ours. The removal
 * is not cancelled with the transfer: a cancel in the middle of it would leave the wrong bytes in
 * Dropbox. The gateway's own timeouts and retry limits bound it.
 */
export async function verifyCommitted(
  gateway: DropboxGateway,
  metadata: files.FileMetadata,
  contentHash: string,
): Promise<WrittenFile> {
  if (metadata.content_hash === contentHash) return { metadata, contentHash };
  const target = metadata.path_lower ?? metadata.id;
  try {
    await gateway.call(
      "files/delete_v2",
      (options) => gateway.client.filesDeleteV2({ path: target, parent_rev: metadata.rev }, options),
      {},
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
    {
      signal,
      findLanded: async () => (await findLanded(gateway, [{ plan, contentHash }], signal))[0],
      findLandedFirst: plan.lookFirst,
    },
  );
  return verifyCommitted(gateway, metadata, contentHash);
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

/**
 * Keeps the next chunk downloading while the workers upload theirs. Each worker reads, then
 * appends; without a read ahead, some of them are always downloading, so fewer appends are in
 * flight than in an upload alone. One chunk ahead is the "+1" in the memory bound
 * (parallel + 1) × chunk. Reads arrive in increasing offsets (workers take ranges in order).
 *
 * The downloads go one after another, each started shortly before the one before it is expected
 * to end (`OVERLAP` of the last read's duration), never more than `maxReads` at once; the first
 * goes alone, so the first upload starts after one chunk's download. On a link both directions
 * run at about the same rate, so time the uplink idles is never made up. Two downloads started
 * together share the downlink and end together: in a request trace of a 200 MiB send the upload
 * link then sat idle 440 ms after the first append. One at a time with no overlap leaves
 * the downlink idle for a round trip between two ranges. Medians of 7 interleaved rounds against
 * two at a time (`npx tsx scripts/bench-browser.ts --plugin-only --link-mibps 20 --zip a,b
 * --rounds N --no-write`): 17.3 against 16.7 MiB/s on a 20 MiB/s link with 20 ms per request,
 * 31.8 against 31.5 MiB/s machine-bound.
 */
export class RangePrefetcher<T = Uint8Array> {
  private readonly ahead = new Map<number, Promise<T>>();
  /** Index in `ranges` of the furthest range asked for or read ahead. */
  private furthest = -1;
  private reading = 0;
  /** When the newest read started, and how long the last one to arrive took (ms). */
  private newestStart = 0;
  private lastDuration: number | undefined;
  /** A wake-up is set for when the next read may overlap the newest. */
  private wakeSet = false;
  /** Reads waiting for a turn, first asked first served. */
  private readonly waiting: ((started: number) => void)[] = [];

  constructor(
    private readonly fetchRange: (offset: number, length: number) => Promise<T>,
    /** Every range the workers will ask for, in the order they ask. */
    private readonly ranges: readonly ByteRange[],
    private readonly clock: Clock,
    private readonly signal?: AbortSignal,
    private readonly maxReads = 2,
  ) {}

  /** Starts reading the range at `offset` before anyone asks for it (its `read` then takes it). */
  begin(offset: number, length: number): void {
    if (this.ahead.has(offset)) return;
    const pending = this.inTurn(offset, length);
    pending.catch(() => undefined);
    this.ahead.set(offset, pending);
  }

  read(offset: number, length: number): Promise<T> {
    const prefetched = this.ahead.get(offset);
    this.ahead.delete(offset);
    const result = prefetched ?? this.inTurn(offset, length);
    const asked = this.ranges.findIndex((range) => range.offset === offset);
    this.furthest = Math.max(this.furthest, asked);
    const next = this.ranges[this.furthest + 1];
    if (this.ahead.size === 0 && next) {
      this.furthest += 1;
      const pending = this.inTurn(next.offset, next.length);
      // Never read if the upload stops first; its failure is reported by whoever reads it.
      pending.catch(() => undefined);
      this.ahead.set(next.offset, pending);
    }
    return result;
  }

  /** Milliseconds until another read may start; 0: now; undefined: when a read ends. */
  private turnIn(): number | undefined {
    if (this.reading === 0) return 0;
    if (this.reading >= this.maxReads || this.lastDuration === undefined) return undefined;
    const due = this.newestStart + this.lastDuration * (1 - OVERLAP);
    return Math.max(0, due - this.clock.now());
  }

  private async inTurn(offset: number, length: number): Promise<T> {
    // A read woken from the queue was counted, and its start noted, by whoever woke it. A read
    // queued while another downloads sets its own wake-up: otherwise it would wait for that
    // download to end, and the link would idle for a request's round trip.
    const started =
      this.waiting.length === 0 && this.turnIn() === 0
        ? this.starting()
        : await new Promise<number>((resolve) => {
            this.waiting.push(resolve);
            this.pass();
          });
    this.pass();
    let arrived = false;
    try {
      const range = await this.fetchRange(offset, length);
      arrived = true;
      return range;
    } finally {
      this.reading -= 1;
      if (arrived) this.lastDuration = this.clock.now() - started;
      this.pass();
    }
  }

  /** Counts a read as started; returns when. */
  private starting(): number {
    this.reading += 1;
    this.newestStart = this.clock.now();
    return this.newestStart;
  }

  /** Starts the first waiting read when its turn has come, or sets a wake-up for it. */
  private pass(): void {
    if (this.waiting.length === 0) return;
    const wait = this.turnIn();
    if (wait === 0) {
      const started = this.starting();
      this.waiting.shift()?.(started);
    } else if (wait !== undefined && !this.wakeSet && !this.signal?.aborted) {
      this.wakeSet = true;
      this.clock.sleep(wait, this.signal).then(
        () => {
          this.wakeSet = false;
          this.pass();
        },
        () => undefined,
      );
    }
  }
}

/** The share of the last read's duration by which the next read starts before it would end. */
const OVERLAP = 0.2;

/** `length` bytes of the file from `offset`. */
export interface ByteRange {
  offset: number;
  length: number;
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

/** Dropbox's `correct_offset`, wherever the error union nests it (files.stone `UploadSessionOffsetError`). */
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

/** Session upload of a large file, started over when the download dropped and cannot resume. */
export async function uploadLarge(
  gateway: DropboxGateway,
  source: ByteSource,
  plan: CommitPlan,
  options: WriteOptions,
): Promise<WrittenFile> {
  let previous = options.journal?.previous;
  return restartingWhenDropped(
    () => {
      const upload = new SessionUpload(gateway, source, plan, options, previous);
      // An earlier attempt is continued at most once; a restart below starts afresh.
      previous = undefined;
      return upload.run();
    },
    () => options.onProgress?.(0),
  );
}

/** A resumed session cannot be continued; the file starts afresh in a new session. */
class CannotContinue extends Error {
  override readonly name = "CannotContinue";
  constructor(readonly reason: RestartReason) {
    super(`the earlier upload session cannot be continued (${reason})`);
  }
}

/** Dropbox's `error_summary` of a failed call ("lookup_failed/not_found/.."), or "". */
function errorSummaryOf(failure: unknown): string {
  const body = (failure as { error?: unknown } | null)?.error;
  const summary = (body as { error_summary?: unknown } | null | undefined)?.error_summary;
  return typeof summary === "string" ? summary : "";
}

const hasTag = (summary: string, tag: string): boolean => new RegExp(`(^|/)${tag}(/|$)`).test(summary);

/**
 * What a failed request to a resumed session says about it (files.stone
 * UploadSessionLookupError, UploadSessionFinishError): `not_found` ("Upload sessions are valid
 * for 7 days") → gone; offsets Dropbox disagrees with, or a concurrent session missing data → not
 * the session the record describes. Anything else is an ordinary failure.
 */
function resumeVerdict(failure: unknown): RestartReason | undefined {
  const summary = errorSummaryOf(failure);
  if (hasTag(summary, "not_found")) return "expired";
  if (
    [
      "incorrect_offset",
      "closed",
      "not_closed",
      "concurrent_session_missing_data",
      "concurrent_session_not_closed",
    ].some((tag) => hasTag(summary, tag))
  )
    return "mismatch";
  return undefined;
}

/** A range as read for an append, with its content hash on the way. */
type HashedRange = { chunk: Uint8Array; contentHash: Promise<string> };

const APPEND = "files/upload_session/append_v2";
const FINISH = "files/upload_session/finish";

/** One upload session: start (or continue an earlier one), append every chunk, finish with the commit. */
class SessionUpload {
  private local = new AbortController();
  private signal: AbortSignal;
  private collector: BlockDigestCollector;
  private readonly pool: ChunkPool;
  private concurrent: boolean;
  private sessionId = "";
  private accepted = 0;
  /** Resuming: the earlier session has not answered yet (its first answer decides). */
  private unconfirmed: { skipped: number } | undefined;

  constructor(
    private readonly gateway: DropboxGateway,
    private readonly source: ByteSource,
    private readonly plan: CommitPlan,
    private readonly options: WriteOptions,
    private readonly previous: UploadRecord | undefined,
  ) {
    this.signal = this.phaseSignal();
    this.collector = new BlockDigestCollector(gateway.sha256);
    this.pool = new ChunkPool(options.chunkSizeBytes);
    // Concurrent sessions take chunks in any order (files.stone `UploadSessionType.concurrent`).
    this.concurrent = source.ranged && options.parallelChunks > 1;
  }

  private phaseSignal(): AbortSignal {
    const { signal } = this.options;
    return signal ? AbortSignal.any([signal, this.local.signal]) : this.local.signal;
  }

  async run(): Promise<WrittenFile> {
    try {
      if (this.previous) {
        const resumed = await this.resume(this.previous);
        if (resumed) return resumed;
      }
      const { gateway, signal } = this;
      // A concurrent session's first range downloads while the session starts.
      const layout = this.layout();
      const reader = this.concurrent ? this.rangeReader(layout) : undefined;
      const first = layout[0];
      if (reader && first) reader.begin(first.offset, first.length);
      const started = await gateway.call(
        "files/upload_session/start",
        (request) =>
          gateway.client.filesUploadSessionStart(
            {
              ...(this.concurrent ? { session_type: { ".tag": "concurrent" } } : {}),
              contents: new Uint8Array(0),
            },
            request,
          ),
        { signal },
      );
      this.sessionId = started.session_id;
      await this.options.journal?.started(this.sessionId, this.concurrent);
      const written = reader
        ? await this.sendRanges(layout, this.options.parallelChunks, reader, false)
        : await this.sendInOrder();
      return await verifyCommitted(gateway, written.metadata, written.contentHash);
    } catch (failure) {
      if (this.options.signal?.aborted) throw abortReason(this.options.signal);
      throw failure;
    } finally {
      this.local.abort();
    }
  }

  /**
   * Continues the recorded session: only chunks Dropbox has not acknowledged are read (ranges)
   * and sent, then the commit, verified like any other. Returns undefined, after resetting
   * everything, when the session cannot be continued; the caller then starts afresh.
   */
  private async resume(previous: UploadRecord): Promise<WrittenFile | undefined> {
    const { source, options } = this;
    const layout = this.layout(previous.concurrent);
    const lengths = new Map(layout.map((range) => [range.offset, range.length]));
    const acknowledged = new Map(previous.chunks.map((chunk) => [chunk.offset, chunk]));
    const consistent =
      source.ranged &&
      previous.sessionId !== "" &&
      [...acknowledged.values()].every(
        (chunk) =>
          lengths.get(chunk.offset) === chunk.length &&
          chunk.digests.length === Math.ceil(chunk.length / HASH_BLOCK_SIZE),
      ) &&
      // An in-order session holds a prefix of the file.
      (previous.concurrent ||
        layout.slice(0, acknowledged.size).every((range) => acknowledged.has(range.offset)));
    if (!consistent) return this.restart("mismatch");
    try {
      for (const chunk of acknowledged.values()) this.collector.restore(chunk.offset, chunk.digests);
    } catch {
      return this.restart("mismatch");
    }
    this.sessionId = previous.sessionId;
    this.concurrent = previous.concurrent;
    const skipped = [...acknowledged.values()].reduce((sum, chunk) => sum + chunk.length, 0);
    this.unconfirmed = { skipped };
    const missing = layout.filter((range) => !acknowledged.has(range.offset));
    try {
      const parallel = this.concurrent ? options.parallelChunks : 1;
      const written = await this.sendRanges(missing, parallel, this.rangeReader(missing), true);
      return await verifyCommitted(this.gateway, written.metadata, written.contentHash);
    } catch (failure) {
      if (options.signal?.aborted) throw abortReason(options.signal);
      if (!(failure instanceof CannotContinue)) throw failure;
      const verdict = failure.reason;
      // The commit of an earlier attempt may have landed before its answer was lost.
      const landed = await this.landedAlready();
      if (landed) return landed;
      return this.restart(verdict);
    }
  }

  /** The committed file of an earlier attempt, when every block is known and Dropbox holds it. */
  private async landedAlready(): Promise<WrittenFile | undefined> {
    if (!this.collector.complete(this.source.size)) return undefined;
    const contentHash = await this.collector.finish(this.source.size);
    const [metadata] = await findLanded(
      this.gateway,
      [{ plan: this.plan, contentHash }],
      this.options.signal,
    );
    return metadata ? { metadata, contentHash } : undefined;
  }

  /** Forgets the earlier session: new hash state, progress back to zero, a fresh abort scope. */
  private restart(reason: RestartReason): undefined {
    this.local.abort(new CannotContinue(reason));
    this.local = new AbortController();
    this.signal = this.phaseSignal();
    this.collector = new BlockDigestCollector(this.gateway.sha256);
    this.concurrent = this.source.ranged && this.options.parallelChunks > 1;
    this.sessionId = "";
    this.unconfirmed = undefined;
    this.accepted = 0;
    this.options.onProgress?.(0);
    this.options.journal?.restarted(reason);
    return undefined;
  }

  /** Requests go to the earlier attempt's session. */
  private continuing(): boolean {
    return this.previous !== undefined && this.sessionId === this.previous.sessionId;
  }

  /** The earlier session answered: from now on its bytes count as sent. */
  private confirm(): void {
    if (!this.unconfirmed) return;
    const { skipped } = this.unconfirmed;
    this.unconfirmed = undefined;
    this.options.journal?.resumed(skipped);
    this.report(skipped);
  }

  /**
   * The appends of a ranged upload, in order: a chunk each (one empty one for an empty file), the
   * last one closing the session. In a concurrent session the last chunk goes as two when it is
   * longer than 4 MiB, so that the closing append, which must follow every other one, carries 4
   * MiB at most (every append but the closing one a multiple of 4 MiB: dropbox/dropbox-api-spec
   * files.stone `upload_session/append:2`). The closing bytes wait for every other append to be
   * answered, then go alone: a whole chunk there took 0.4 s of a 200 MiB send on a 20 MiB/s link.
   * Split, the plugin moved 17.5 against 17.1 MiB/s on that link (medians of 4 interleaved rounds,
   * `npx tsx scripts/bench-browser.ts --plugin-only --link-mibps 20 --zip a,b --rounds 4`).
   * A resumed session is continued only when what it acknowledged fits this layout.
   */
  private layout(concurrent = this.concurrent): ByteRange[] {
    const { size } = this.source;
    const chunkSize = this.options.chunkSizeBytes;
    const ranges: ByteRange[] = [];
    for (let offset = 0; offset < Math.max(1, size); offset += chunkSize)
      ranges.push({ offset, length: Math.min(chunkSize, size - offset) });
    const last = ranges[ranges.length - 1];
    if (concurrent && last && last.length > HASH_BLOCK_SIZE) {
      const head = Math.floor((last.length - 1) / HASH_BLOCK_SIZE) * HASH_BLOCK_SIZE;
      ranges.splice(
        -1,
        1,
        { offset: last.offset, length: head },
        { offset: last.offset + head, length: last.length - head },
      );
    }
    return ranges;
  }

  /**
   * The source's ranges in pool buffers, each hashed as soon as it arrives, while it waits for a
   * worker to send it: the closing range, read while the last others go out, is then ready the
   * moment they are in.
   */
  private rangeReader(ranges: readonly ByteRange[]): RangePrefetcher<HashedRange> {
    const { source, signal, collector, pool } = this;
    return new RangePrefetcher(
      async (offset, length) => {
        const chunk = await source.readRange(offset, length, signal, pool.take(length));
        const contentHash = collector.add(offset, chunk);
        // Its append reports a failure; a transfer that stops first never asks.
        contentHash.catch(() => undefined);
        return { chunk, contentHash };
      },
      ranges,
      this.gateway.runtime.clock,
      signal,
    );
  }

  /**
   * Sends the ranges `missing` (of `layout()`, read by `reader`), `parallel` at a time (the memory
   * budget allows that many plus one read ahead); the layout's last range closes the session once
   * all others are in, then a finish without data commits. `firstAlone`: resuming, the first
   * answer decides whether the session is alive, before the others go out.
   */
  private async sendRanges(
    missing: readonly ByteRange[],
    parallel: number,
    reader: RangePrefetcher<HashedRange>,
    firstAlone: boolean,
  ): Promise<{ metadata: files.FileMetadata; contentHash: string }> {
    // The layout's last range, the only one that reaches the end of the file.
    const closes = (range: ByteRange): boolean => range.offset + range.length === this.source.size;
    const send = async ({ offset, length }: ByteRange, close: boolean): Promise<void> => {
      if (this.signal.aborted) throw abortReason(this.signal);
      const { chunk, contentHash } = await reader.read(offset, length);
      await this.append(offset, chunk, close, contentHash);
    };
    const ranges = missing.filter((range) => !closes(range));
    const alone = firstAlone ? ranges.slice(0, 1) : [];
    try {
      for (const range of alone) await send(range, false);
      await forEachConcurrently(ranges.slice(alone.length), parallel, (range) => send(range, false));
    } catch (failure) {
      // Stop the other workers: their reads and appends are aborted, the first failure stands.
      this.local.abort(failure);
      throw failure;
    }
    const last = missing.find(closes);
    if (last) await send(last, true);
    return this.finish(this.source.size, new Uint8Array(0));
  }

  /** The stream, cut into chunks: each is appended, the last one goes with the finish. */
  private async sendInOrder(): Promise<{ metadata: files.FileMetadata; contentHash: string }> {
    const { source, signal } = this;
    const pieces = readAhead(source.stream(signal), this.options.chunkSizeBytes);
    try {
      let offset = 0;
      for await (const chunk of chunksOf(pieces, this.options.chunkSizeBytes, source.size, this.pool)) {
        if (offset + chunk.byteLength === source.size) return await this.finish(offset, chunk);
        await this.append(offset, chunk, false);
        offset += chunk.byteLength;
      }
      throw new TransferError(
        "incomplete-download",
        `The download ended after ${offset} of ${source.size} bytes.`,
      );
    } finally {
      void pieces.return?.();
    }
  }

  /**
   * One append; a lost response whose bytes landed counts as done (Dropbox says where it is).
   * `hashing`: the chunk's content hash, when its reader already started it.
   */
  private async append(
    offset: number,
    chunk: Uint8Array,
    close: boolean,
    hashing?: Promise<string>,
  ): Promise<void> {
    const { gateway, signal } = this;
    const contentHash = await (hashing ?? this.collector.add(offset, chunk));
    const body = await gateway.uploadBody(chunk, signal);
    const send = async (): Promise<void> => {
      try {
        await gateway.call(
          APPEND,
          (request) =>
            gateway.client.filesUploadSessionAppendV2(
              {
                cursor: { session_id: this.sessionId, offset },
                close,
                contents: body,
                content_hash: contentHash,
              },
              request,
            ),
          { signal, rethrowOriginal: true },
        );
      } catch (failure) {
        // Only this append closes the session, and it goes after every other one is answered:
        // a closed session (files.stone `UploadSessionLookupError.closed`) means that an earlier
        // try of it, here or before a restart of the page or process, landed and its answer was
        // lost. The finish then finds out whether every byte is in.
        if (close && hasTag(errorSummaryOf(failure), "closed")) return;
        throw failure;
      }
    };
    await this.resyncing(APPEND, offset, chunk.byteLength, send, async () => undefined);
    this.confirm();
    // The request is answered, so its body has been sent in full: the buffer is free again.
    this.pool.give(chunk);
    this.report(chunk.byteLength);
    await this.options.journal?.acknowledged({
      offset,
      length: chunk.byteLength,
      digests: this.collector.hexDigests(offset, chunk.byteLength),
    });
  }

  /** The commit, with the last chunk's bytes (sequential sessions) or none (concurrent ones). */
  private async finish(
    offset: number,
    chunk: Uint8Array,
  ): Promise<{ metadata: files.FileMetadata; contentHash: string }> {
    const { gateway, signal, plan } = this;
    const partHash = chunk.byteLength > 0 ? await this.collector.add(offset, chunk) : undefined;
    const contentHash = await this.collector.finish(this.source.size);
    const commit = async (at: number, contents: Uint8Array): Promise<files.FileMetadata> => {
      const body = await gateway.uploadBody(contents, signal);
      return gateway.call(
        FINISH,
        (request) =>
          gateway.client.filesUploadSessionFinish(
            {
              cursor: { session_id: this.sessionId, offset: at },
              commit: commitInfo(plan),
              contents: body,
              ...(partHash && contents.byteLength > 0 ? { content_hash: partHash } : {}),
            },
            request,
          ),
        {
          signal,
          rethrowOriginal: true,
          findLanded: async () => (await findLanded(gateway, [{ plan, contentHash }], signal))[0],
          findLandedFirst: plan.lookFirst,
        },
      );
    };
    // When the bytes landed but the commit did not (a lost response), finish again without them.
    const metadata = await this.resyncing(
      FINISH,
      offset,
      chunk.byteLength,
      () => commit(offset, chunk),
      () => commit(offset + chunk.byteLength, new Uint8Array(0)),
    );
    this.confirm();
    this.report(chunk.byteLength);
    return { metadata, contentHash };
  }

  /**
   * Runs `send`, answering `incorrect_offset` (files.stone `UploadSessionOffsetError`): Dropbox
   * already holds these bytes → `landed` (for an append, nothing left to do); it holds none of
   * them, or, in a concurrent session, any other count ("bytes received so far") → send again.
   * The gateway has already retried transient failures; resends are bounded by the same policy.
   */
  private async resyncing<T>(
    route: string,
    offset: number,
    length: number,
    send: () => Promise<T>,
    landed: () => Promise<T>,
  ): Promise<T> {
    for (let resent = 0; ; resent += 1) {
      try {
        return await send();
      } catch (failure) {
        const correct = correctOffsetOf(failure);
        const more = resent + 1 < this.gateway.runtime.policy.maxAttempts;
        if (correct !== undefined && correct === offset + length && length > 0) return await landed();
        if (correct !== undefined && more && (correct === offset || this.concurrent)) continue;
        const verdict = this.continuing() ? resumeVerdict(failure) : undefined;
        if (verdict) throw new CannotContinue(verdict);
        throw this.gateway.classified(route, failure, this.signal);
      }
    }
  }

  private report(bytes: number): void {
    this.accepted += bytes;
    this.options.onProgress?.(this.accepted);
  }
}

/** Regroups a stream's pieces into chunks of `chunkSize` (the last one shorter), in pool buffers. */
async function* chunksOf(
  pieces: AsyncIterable<Uint8Array>,
  chunkSize: number,
  size: number,
  pool: ChunkPool,
): AsyncGenerator<Uint8Array> {
  let offset = 0;
  let chunk = pool.take(Math.min(chunkSize, size));
  let filled = 0;
  for await (const piece of pieces) {
    let rest = piece;
    while (rest.byteLength > 0) {
      const take = Math.min(rest.byteLength, chunk.byteLength - filled);
      chunk.set(rest.subarray(0, take), filled);
      filled += take;
      rest = rest.subarray(take);
      if (filled < chunk.byteLength) continue;
      yield chunk;
      offset += filled;
      filled = 0;
      if (offset === size) return;
      chunk = pool.take(Math.min(chunkSize, size - offset));
    }
  }
}
