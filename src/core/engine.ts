// The transfer engine: resolves DocSpace items into files, plans their Dropbox paths, streams each
// one across with bounded concurrency and memory, commits exactly once, and reports progress and
// a result per file. Everything environment-specific arrives through the config (ports).

import { ByteBudget } from "./budget";
import { classifyFailure } from "./classify";
import type { DocSpaceClient } from "./docspace/client";
import { fileSize, type DocSpaceFile, type DocSpaceId } from "./docspace/types";
import { openDownload, RestartRequired, type ByteSource } from "./download";
import { BatchCommitter } from "./dropbox/batch";
import type { CommitPlan } from "./dropbox/commit-check";
import { openDropbox, type DropboxConnectOptions } from "./dropbox/connect";
import type { DropboxGateway } from "./dropbox/gateway";
import { sharedLinkFor } from "./dropbox/links";
import {
  readAll,
  uploadLarge,
  uploadSingle,
  uploadToClosedSession,
  type WrittenFile,
} from "./dropbox/writer";
import { TransferError, isTransferError } from "./errors";
import { destinationPath, sanitizeName } from "./naming";
import { resolveOptions, type ResolvedOptions, type TransferOptions } from "./options";
import { abortReason, systemClock, type Clock, type RandomSource } from "./ports";
import { ProgressTracker, type ProgressListener } from "./progress";
import type { RetryRuntime } from "./retry";

export interface ExportItem {
  type: "file" | "folder" | "room";
  id: DocSpaceId;
}

export type FileResultStatus = "done" | "failed" | "cancelled";

export interface FileResult {
  docspaceId: DocSpaceId;
  /** The DocSpace title. */
  title: string;
  /** Where the file is in Dropbox (after any autorename), or where it was meant to go. */
  dropboxPath: string;
  size: number;
  /** Dropbox content hash, checked against the one computed while streaming. */
  contentHash?: string;
  /** Shared link, when requested and created. */
  link?: string;
  status: FileResultStatus;
  error?: TransferError;
  /** Set when the link could not be created although the file was exported. */
  linkError?: TransferError;
  /** The DocSpace-side relative path, when sanitizing changed the name. */
  renamedFrom?: string;
}

export interface ItemFailure {
  item: ExportItem;
  error: TransferError;
}

export interface ExportResult {
  files: FileResult[];
  /** Items that could not be read at all (e.g. a folder that vanished). */
  itemFailures: ItemFailure[];
  /**
   * Empty DocSpace folders, recreated in Dropbox (uploads create every other folder). Always set
   * by the engine; optional so results built by hand (fakes in UI tests) need not list it.
   */
  emptyFolders?: FolderResult[];
}

export interface FolderResult {
  dropboxPath: string;
  status: "done" | "failed";
  error?: TransferError;
}

export interface ExportRequest {
  items: readonly ExportItem[];
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export interface TransferEngineConfig {
  docspace: DocSpaceClient;
  dropbox: DropboxConnectOptions;
  options?: TransferOptions;
  clock?: Clock;
  random?: RandomSource;
}

export interface TransferEngine {
  readonly options: Readonly<ResolvedOptions>;
  exportItems(request: ExportRequest): Promise<ExportResult>;
}

interface Task {
  file: DocSpaceFile;
  size: number;
  plan: CommitPlan;
  renamedFrom?: string;
}

/** Validates options (throws `InvalidOptionError` before anything moves) and returns the engine. */
export function createTransferEngine(config: TransferEngineConfig): TransferEngine {
  const options = resolveOptions(config.options);
  const runtime: RetryRuntime = {
    clock: config.clock ?? config.dropbox.clock ?? systemClock,
    random: config.random ?? Math.random,
    policy: options.backoff,
  };
  return {
    options,
    exportItems: (request) => runExport(config, options, runtime, request),
  };
}

function toTransferError(
  failure: unknown,
  signal: AbortSignal | undefined,
  runtime: RetryRuntime,
): TransferError {
  if (isTransferError(failure)) return failure;
  return classifyFailure(failure, undefined, { signal, nowMs: runtime.clock.now(), service: "dropbox" })
    .error;
}

async function resolveItems(
  docspace: DocSpaceClient,
  items: readonly ExportItem[],
  signal: AbortSignal | undefined,
  runtime: RetryRuntime,
): Promise<{
  found: { file: DocSpaceFile; folders: string[] }[];
  failures: ItemFailure[];
  empty: string[][];
}> {
  const found: { file: DocSpaceFile; folders: string[] }[] = [];
  const failures: ItemFailure[] = [];
  const empty: string[][] = [];
  for (const item of items) {
    try {
      if (item.type === "file") {
        found.push({ file: await docspace.getFile(item.id, signal), folders: [] });
        continue;
      }
      // Depth-first over direct-child listings; the folder or room itself becomes the top folder.
      const pending: { id: DocSpaceId; folders: string[] | undefined }[] = [
        { id: item.id, folders: undefined },
      ];
      while (pending.length > 0) {
        const next = pending.pop();
        if (!next) break;
        const listing = await docspace.listFolder(next.id, signal);
        const folders = next.folders ?? [listing.current.title];
        for (const file of listing.files) found.push({ file, folders });
        if (listing.files.length === 0 && listing.folders.length === 0) empty.push(folders);
        for (const folder of [...listing.folders].reverse()) {
          pending.push({ id: folder.id, folders: [...folders, folder.title] });
        }
      }
    } catch (failure) {
      if (signal?.aborted) throw abortReason(signal);
      failures.push({ item, error: toTransferError(failure, signal, runtime) });
    }
  }
  return { found, failures, empty };
}

/** Plans destination paths; two files that would land on the same path get distinct names. */
function planTasks(found: { file: DocSpaceFile; folders: string[] }[], options: ResolvedOptions): Task[] {
  const taken = new Set<string>();
  return found.map(({ file, folders }) => {
    const destination = destinationPath(options.destinationFolder, folders, file.title);
    let path = destination.path;
    let renamedFrom = destination.renamedFrom;
    for (let n = 2; taken.has(path.toLowerCase()); n += 1) {
      const slash = path.lastIndexOf("/");
      const name = destination.path.slice(slash + 1);
      const dot = name.lastIndexOf(".");
      const renamed = dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
      path = `${destination.path.slice(0, slash)}/${renamed}`;
      renamedFrom = [...folders, file.title].join("/");
    }
    taken.add(path.toLowerCase());
    const plan: CommitPlan =
      options.conflict === "overwrite"
        ? { path, mode: "overwrite", autorename: false }
        : { path, mode: "add", autorename: true };
    return { file, size: fileSize(file), plan, ...(renamedFrom !== undefined ? { renamedFrom } : {}) };
  });
}

async function runExport(
  config: TransferEngineConfig,
  options: ResolvedOptions,
  runtime: RetryRuntime,
  request: ExportRequest,
): Promise<ExportResult> {
  const { signal } = request;
  const gateway = await openDropbox({
    ...config.dropbox,
    requestTimeoutMs: options.requestTimeoutMs,
    runtime,
  });
  const { found, failures, empty } = await resolveItems(config.docspace, request.items, signal, runtime);
  const tasks = planTasks(found, options);
  const tracker = new ProgressTracker(
    tasks.map((task) => ({
      docspaceId: task.file.id,
      title: task.file.title,
      dropboxPath: task.plan.path,
      totalBytes: task.size,
    })),
    request.onProgress,
  );
  const results: FileResult[] = tasks.map((task) => ({
    docspaceId: task.file.id,
    title: task.file.title,
    dropboxPath: task.plan.path,
    size: task.size,
    status: "failed",
    ...(task.renamedFrom !== undefined ? { renamedFrom: task.renamedFrom } : {}),
  }));

  const budget = new ByteBudget((options.parallelChunks + 1) * options.chunkSizeBytes);
  // Batching pays off only with several files; a lone small file takes one `files/upload`.
  const committer =
    tasks.length > 1 ? new BatchCommitter(gateway, options.commitBatchSize, signal) : undefined;
  const commits: Promise<void>[] = [];

  const finish = async (index: number, written: WrittenFile): Promise<void> => {
    const result = results[index];
    if (!result) return;
    result.dropboxPath = written.metadata.path_display ?? result.dropboxPath;
    result.contentHash = written.contentHash;
    result.status = "done";
    if (options.createSharedLinks) {
      try {
        result.link = await sharedLinkFor(
          gateway,
          written.metadata.path_lower ?? written.metadata.id,
          signal,
        );
      } catch (failure) {
        result.linkError = toTransferError(failure, signal, runtime);
      }
    }
    tracker.update(index, { transferredBytes: result.size, status: "done" });
  };
  const fail = (index: number, failure: unknown): void => {
    const result = results[index];
    if (!result) return;
    const error = toTransferError(failure, signal, runtime);
    result.error = error;
    result.status = error.kind === "cancelled" ? "cancelled" : "failed";
    tracker.update(index, { status: result.status });
  };

  const transferOne = async (index: number, task: Task): Promise<void> => {
    const small = task.size <= options.singleUploadMaxBytes;
    const reserved = small ? task.size : budget.capacity;
    let held = false;
    const release = (): void => {
      if (held) budget.release(reserved);
      held = false;
    };
    try {
      await budget.acquire(reserved, signal);
      held = true;
      tracker.update(index, { status: "transferring" });
      const source = await openDownload(config.docspace, task.file, {
        runtime,
        probeRanges: !small,
        ...(signal ? { signal } : {}),
      });
      if (!small) {
        const written = await uploadLarge(gateway, source, task.plan, {
          chunkSizeBytes: options.chunkSizeBytes,
          parallelChunks: options.parallelChunks,
          signal,
          onProgress: (bytes) => tracker.update(index, { transferredBytes: bytes }),
        });
        release();
        await finish(index, written);
        return;
      }
      const bytes = await readSmall(source, signal);
      if (!committer) {
        const written = await uploadSingle(gateway, bytes, task.plan, signal);
        release();
        await finish(index, written);
        return;
      }
      const session = await uploadToClosedSession(gateway, bytes, signal);
      release();
      tracker.update(index, { transferredBytes: task.size, status: "committing" });
      commits.push(
        committer
          .commit({
            sessionId: session.sessionId,
            size: task.size,
            plan: task.plan,
            contentHash: session.contentHash,
          })
          .then(
            (written) => finish(index, written),
            (failure) => fail(index, failure),
          ),
      );
    } catch (failure) {
      fail(index, failure);
    } finally {
      release();
    }
  };

  let next = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const index = next;
      next += 1;
      const task = tasks[index];
      if (!task) return;
      if (signal?.aborted) {
        fail(index, abortReason(signal));
        continue;
      }
      await transferOne(index, task);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.parallelFiles, tasks.length) }, worker));
  await committer?.drain();
  await Promise.all(commits);
  const emptyFolders = await createFolders(gateway, options, empty, signal, runtime);
  return { files: results, itemFailures: failures, emptyFolders };
}

/** Recreates empty folders; one that already exists counts as done. */
async function createFolders(
  gateway: DropboxGateway,
  options: ResolvedOptions,
  empty: string[][],
  signal: AbortSignal | undefined,
  runtime: RetryRuntime,
): Promise<FolderResult[]> {
  const results: FolderResult[] = [];
  for (const folders of empty) {
    const path = [options.destinationFolder, ...folders.map((part) => sanitizeName(part, false).name)].join(
      "/",
    );
    if (signal?.aborted) {
      results.push({
        dropboxPath: path,
        status: "failed",
        error: toTransferError(abortReason(signal), signal, runtime),
      });
      continue;
    }
    try {
      await gateway.call(
        "files/create_folder_v2",
        (o) => gateway.client.filesCreateFolderV2({ path, autorename: false }, o),
        { signal },
      );
      results.push({ dropboxPath: path, status: "done" });
    } catch (failure) {
      const error = toTransferError(failure, signal, runtime);
      if (error.kind === "conflict") results.push({ dropboxPath: path, status: "done" });
      else results.push({ dropboxPath: path, status: "failed", error });
    }
  }
  return results;
}

/** Reads a small file whole, starting over if the download dropped and cannot resume. */
async function readSmall(source: ByteSource, signal: AbortSignal | undefined): Promise<Uint8Array> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await readAll(source, signal);
    } catch (failure) {
      if (!(failure instanceof RestartRequired) || attempt >= 3) {
        if (failure instanceof RestartRequired) {
          throw new TransferError(
            "incomplete-download",
            "The download kept dropping and DocSpace cannot resume it.",
          );
        }
        throw failure;
      }
    }
  }
}
