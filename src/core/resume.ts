// Durable transfer state, so an interrupted large upload continues where it stopped instead of
// sending the same gigabytes again. Dropbox keeps an upload session for 7 days
// (dropbox/dropbox-api-spec files.stone, UploadSessionLookupError.not_found: "Upload sessions
// are valid for 7 days"), so a record names the session, what it is a copy of (the DocSpace file
// and its version stamp), and which chunks Dropbox acknowledged, with their 4 MiB block digests:
// Dropbox's content hash is SHA-256 over the block digests in order
// (https://www.dropbox.com/developers/reference/content-hash), so the digests of acknowledged
// chunks are the whole resumable hash state. Records never hold file data or tokens.
//
// Each front end supplies the store (the CLI: files beside its sync state; the plugin: IndexedDB);
// `memoryTransferStateStore` is the reference implementation. Writes are small and happen at
// chunk boundaries: one record when a session starts, one entry per acknowledged chunk.

import type { DocSpaceFile, DocSpaceId } from "./docspace/types";
import type { Clock } from "./ports";

/** How long Dropbox keeps an upload session (files.stone UploadSessionLookupError.not_found). */
export const UPLOAD_SESSION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

/** One chunk Dropbox acknowledged: where it is and the SHA-256 (hex) of each of its 4 MiB blocks. */
export interface AcknowledgedChunk {
  offset: number;
  length: number;
  digests: string[];
}

/** The upload of one DocSpace file to one Dropbox path, as it was when the session started. */
export interface UploadStart {
  key: string;
  docspaceId: DocSpaceId;
  /** The DocSpace version stamp (version, modification time, size) the bytes come from. */
  stamp: string;
  size: number;
  /** The planned Dropbox path (before any autorename). */
  destination: string;
  chunkSize: number;
  sessionId: string;
  /** A concurrent session takes chunks in any order (files.stone UploadSessionType.concurrent). */
  concurrent: boolean;
  /** When the session started (ms since the epoch); Dropbox forgets it 7 days later. */
  startedAt: number;
}

export interface UploadRecord extends UploadStart {
  chunks: AcknowledgedChunk[];
}

/** The storage port. Implementations must survive a crash between any two calls. */
export interface TransferStateStore {
  load(key: string): Promise<UploadRecord | undefined>;
  /** Starts (or replaces) the record under `start.key`, with no chunk acknowledged. */
  begin(start: UploadStart): Promise<void>;
  /** Adds one acknowledged chunk to the record under `key` (ignored when there is none). */
  acknowledge(key: string, chunk: AcknowledgedChunk): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every record's key and start time, for clean-up. */
  list(): Promise<{ key: string; startedAt: number }[]>;
}

/** Why an earlier upload could not be continued; front ends translate each code. */
export type RestartReason =
  /** The DocSpace file has another version, modification time or size. */
  | "changed"
  /** The session is older than Dropbox keeps sessions, or Dropbox no longer knows it. */
  | "expired"
  /** Dropbox's offsets disagree with the record, or the chunk size changed. */
  | "mismatch";

export type ResumeEvent =
  | {
      kind: "resumed";
      docspaceId: DocSpaceId;
      title: string;
      dropboxPath: string;
      /** Bytes Dropbox already held, which are not sent again. */
      skippedBytes: number;
      totalBytes: number;
    }
  | {
      kind: "restarted";
      docspaceId: DocSpaceId;
      title: string;
      dropboxPath: string;
      reason: RestartReason;
    };

/** Changes whenever DocSpace stores new bytes: a new version, an edit, or a size change. */
export function versionStamp(file: DocSpaceFile): string {
  return `${file.version ?? ""}|${file.updated ?? ""}|${file.pureContentLength ?? 0}`;
}

/** One record per DocSpace file and destination path (Dropbox paths compare case-insensitively). */
export function uploadKey(docspaceId: DocSpaceId, destination: string): string {
  return `${String(docspaceId)} ${destination.toLowerCase()}`;
}

/** What the writer needs to continue an upload, and to record its progress. */
export interface UploadJournal {
  /** The earlier attempt, already checked against the file's stamp, size, chunk size and age. */
  readonly previous: UploadRecord | undefined;
  started(sessionId: string, concurrent: boolean): Promise<void>;
  acknowledged(chunk: AcknowledgedChunk): Promise<void>;
  /** The earlier session could not be continued; the writer starts the file afresh. */
  restarted(reason: RestartReason): void;
  /** Bytes of the earlier session that are not sent again. */
  resumed(skippedBytes: number): void;
}

/** The per-file journal over a store; `finished` removes the record. */
export class FileJournal implements UploadJournal {
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: TransferStateStore,
    private readonly clock: Clock,
    private readonly base: Omit<UploadStart, "sessionId" | "concurrent" | "startedAt">,
    readonly previous: UploadRecord | undefined,
    private readonly report: {
      restarted: (reason: RestartReason) => void;
      resumed: (skippedBytes: number) => void;
    },
  ) {}

  started(sessionId: string, concurrent: boolean): Promise<void> {
    return this.queue(() =>
      this.store.begin({ ...this.base, sessionId, concurrent, startedAt: this.clock.now() }),
    );
  }

  acknowledged(chunk: AcknowledgedChunk): Promise<void> {
    return this.queue(() => this.store.acknowledge(this.base.key, chunk));
  }

  restarted(reason: RestartReason): void {
    this.report.restarted(reason);
  }

  resumed(skippedBytes: number): void {
    this.report.resumed(skippedBytes);
  }

  /** The file is in Dropbox (or will never be continued): the record goes. */
  finished(): Promise<void> {
    return this.queue(() => this.store.remove(this.base.key));
  }

  /** Writes in call order: a chunk entry never lands before its session's record. */
  private queue(write: () => Promise<void>): Promise<void> {
    const next = this.writes.then(write);
    // A failed write costs only a re-sent chunk next time; the upload itself goes on.
    this.writes = next.catch(() => undefined);
    return this.writes;
  }
}

/**
 * Looks up the record for a file and destination and decides whether it can be continued:
 * same stamp, size and chunk size, and younger than Dropbox's session lifetime. Anything else is
 * removed (reported as a restart) and the file starts afresh.
 */
export async function openJournal(
  store: TransferStateStore,
  clock: Clock,
  file: { docspaceId: DocSpaceId; stamp: string; size: number; destination: string; chunkSize: number },
  options: {
    fresh: boolean;
    restarted: (reason: RestartReason) => void;
    resumed: (skippedBytes: number) => void;
  },
): Promise<FileJournal> {
  const key = uploadKey(file.docspaceId, file.destination);
  let previous: UploadRecord | undefined;
  try {
    previous = options.fresh ? undefined : await store.load(key);
  } catch {
    previous = undefined;
  }
  if (previous) {
    const reason = staleness(previous, file, clock.now());
    if (reason) {
      options.restarted(reason);
      previous = undefined;
    }
  }
  return new FileJournal(store, clock, { key, ...file }, previous, options);
}

function staleness(
  record: UploadRecord,
  file: { stamp: string; size: number; chunkSize: number },
  now: number,
): RestartReason | undefined {
  if (record.stamp !== file.stamp || record.size !== file.size) return "changed";
  if (now - record.startedAt >= UPLOAD_SESSION_LIFETIME_MS) return "expired";
  if (record.chunkSize !== file.chunkSize) return "mismatch";
  return undefined;
}

/** Removes records older than Dropbox keeps sessions: nothing grows without bound. */
export async function pruneTransferState(store: TransferStateStore, now: number): Promise<number> {
  let removed = 0;
  try {
    for (const { key, startedAt } of await store.list()) {
      if (now - startedAt < UPLOAD_SESSION_LIFETIME_MS && startedAt <= now) continue;
      await store.remove(key);
      removed += 1;
    }
  } catch {
    // Clean-up is best effort; a store that cannot list is pruned next time.
  }
  return removed;
}

/** Keeps records in memory (tests, and a reference for the CLI's and the plugin's stores). */
export function memoryTransferStateStore(): TransferStateStore & { size(): number } {
  const records = new Map<string, UploadRecord>();
  const copy = (record: UploadRecord): UploadRecord => ({
    ...record,
    chunks: record.chunks.map((chunk) => ({ ...chunk, digests: [...chunk.digests] })),
  });
  return {
    load: (key) => {
      const record = records.get(key);
      return Promise.resolve(record ? copy(record) : undefined);
    },
    begin: (start) => {
      records.set(start.key, { ...start, chunks: [] });
      return Promise.resolve();
    },
    acknowledge: (key, chunk) => {
      records.get(key)?.chunks.push({ ...chunk, digests: [...chunk.digests] });
      return Promise.resolve();
    },
    remove: (key) => {
      records.delete(key);
      return Promise.resolve();
    },
    list: () => Promise.resolve([...records.values()].map(({ key, startedAt }) => ({ key, startedAt }))),
    size: () => records.size,
  };
}
