// Where the plugin keeps what an interrupted send needs to continue after a reload: the core's
// upload records (session id, acknowledged chunks and their block hashes) and one record per job
// (what was selected, which files are done, how far it got). IndexedDB, one database per DocSpace
// user, so two people sharing a browser never see each other's jobs. Nothing here is a token or
// file data (https://developer.mozilla.org/docs/Web/API/IndexedDB_API).

import type { AcknowledgedChunk, TransferStateStore, UploadRecord, UploadStart } from "../core";
import type { SendTarget } from "./transfer-types";

/** One send, as it was when the page went away. */
export interface JobRecord {
  id: string;
  targets: SendTarget[];
  /** `jobKey` of each target: a later click on any of them offers to resume. */
  keys: string[];
  createdAt: number;
  totalBytes: number;
  /** Bytes Dropbox had accepted when last saved. */
  transferredBytes: number;
  /** Files already in Dropbox: `id|version stamp`, so a changed file is sent again. */
  done: string[];
  /** The core's upload keys of this job's files, removed when the job is cancelled. */
  uploadKeys: string[];
  /**
   * When the tab running the job last rewrote this record (it does so every few seconds). A fresh
   * one means the job is still running somewhere; absent in records written before it existed,
   * which count as interrupted.
   */
  heartbeatAt?: number;
  /**
   * The browser tab running the job (see `tabId` in transfer.ts): a fresh heartbeat from this same
   * tab is a run cut off by a reload, not one still going elsewhere.
   */
  tab?: string;
  /** Set until the job's plan is known: stopped then, it has nothing to resume. */
  planning?: true;
}

export interface ResumeStore {
  uploads: TransferStateStore;
  jobs(): Promise<JobRecord[]>;
  saveJob(job: JobRecord): Promise<void>;
  removeJob(id: string): Promise<void>;
}

const UPLOADS = "uploads";
const CHUNKS = "chunks";
const JOBS = "jobs";

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB transaction failed"));
    transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
  });
}

function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const request = factory.open(name, 1);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore(UPLOADS, { keyPath: "key" });
    // One entry per acknowledged chunk: each write stays small however large the file.
    db.createObjectStore(CHUNKS, { keyPath: ["key", "offset"] });
    db.createObjectStore(JOBS, { keyPath: "id" });
  };
  return done(request);
}

const chunkRange = (key: string): IDBKeyRange => IDBKeyRange.bound([key, 0], [key, Number.MAX_SAFE_INTEGER]);

/** The store for one DocSpace user, or undefined where IndexedDB is unavailable (then no resume). */
export function indexedDbResumeStore(
  userId: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): ResumeStore | undefined {
  if (!factory) return undefined;
  let database: Promise<IDBDatabase> | undefined;
  const db = (): Promise<IDBDatabase> => (database ??= open(factory, `send-to-dropbox-resume:${userId}`));
  const run = async <T>(
    stores: string[],
    mode: IDBTransactionMode,
    work: (transaction: IDBTransaction) => Promise<T> | T,
  ): Promise<T> => {
    const transaction = (await db()).transaction(stores, mode);
    const finished = committed(transaction);
    const result = await work(transaction);
    await finished;
    return result;
  };
  const uploads: TransferStateStore = {
    load: (key) =>
      run([UPLOADS, CHUNKS], "readonly", async (tx) => {
        const start = (await done(tx.objectStore(UPLOADS).get(key))) as UploadStart | undefined;
        if (!start) return undefined;
        const chunks = (await done(tx.objectStore(CHUNKS).getAll(chunkRange(key)))) as (AcknowledgedChunk & {
          key: string;
        })[];
        const record: UploadRecord = {
          ...start,
          chunks: chunks.map(({ offset, length, digests }) => ({ offset, length, digests })),
        };
        return record;
      }),
    begin: (start) =>
      run([UPLOADS, CHUNKS], "readwrite", (tx) => {
        tx.objectStore(CHUNKS).delete(chunkRange(start.key));
        tx.objectStore(UPLOADS).put({ ...start });
      }),
    acknowledge: (key, chunk) =>
      run([CHUNKS], "readwrite", (tx) => {
        tx.objectStore(CHUNKS).put({ key, ...chunk, digests: [...chunk.digests] });
      }),
    remove: (key) =>
      run([UPLOADS, CHUNKS], "readwrite", (tx) => {
        tx.objectStore(CHUNKS).delete(chunkRange(key));
        tx.objectStore(UPLOADS).delete(key);
      }),
    list: () =>
      run([UPLOADS], "readonly", async (tx) => {
        const all = (await done(tx.objectStore(UPLOADS).getAll())) as UploadStart[];
        return all.map(({ key, startedAt }) => ({ key, startedAt }));
      }),
  };
  return {
    uploads,
    jobs: () =>
      run([JOBS], "readonly", async (tx) => (await done(tx.objectStore(JOBS).getAll())) as JobRecord[]),
    saveJob: (job) =>
      run([JOBS], "readwrite", (tx) => {
        tx.objectStore(JOBS).put(structuredClone(job));
      }),
    removeJob: (id) =>
      run([JOBS], "readwrite", (tx) => {
        tx.objectStore(JOBS).delete(id);
      }),
  };
}
