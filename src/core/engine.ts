// The transfer engine: carries out an export plan (plan.ts decides which files go to which Dropbox
// paths), streams each file across with bounded concurrency and memory, commits exactly once, and
// reports progress and a result per file. Everything environment-specific arrives through the
// config (ports).

import { ByteBudget } from "./budget";
import type { DocSpaceClient } from "./docspace/client";
import type { DocSpaceFile, DocSpaceId } from "./docspace/types";
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
import { TransferError } from "./errors";
import { resolveOptions, type ResolvedOptions, type TransferOptions } from "./options";
import { abortReason, systemClock, type Clock, type RandomSource } from "./ports";
import {
  planExport,
  toTransferError,
  type ExportItem,
  type ExportPlan,
  type ExportPlanFile,
  type ItemFailure,
  type PlanRequest,
} from "./plan";
import { ProgressTracker, type ProgressListener } from "./progress";
import type { RetryRuntime } from "./retry";

export type { ExportItem, ItemFailure } from "./plan";

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

/** Decides, once per planned file and before anything moves, whether to leave it out. */
export type SkipDecision = (file: ExportPlanFile) => boolean | Promise<boolean>;

/**
 * Either items, listed and planned as part of the export, or a plan from `planExport`, so the
 * listing happens once. With a plan, `skip` may leave files out: a skipped file is neither
 * downloaded nor uploaded, and is absent from progress and from `ExportResult.files`; the others
 * keep their planned paths, so skipping never renames anything. Either way the result's
 * `itemFailures` are the plan's.
 */
export type ExportRequest = {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
} & (
  | { items: readonly ExportItem[]; plan?: never; skip?: never }
  | { plan: ExportPlan; skip?: SkipDecision; items?: never }
);

export interface TransferEngineConfig {
  docspace: DocSpaceClient;
  dropbox: DropboxConnectOptions;
  options?: TransferOptions;
  clock?: Clock;
  random?: RandomSource;
}

export interface TransferEngine {
  readonly options: Readonly<ResolvedOptions>;
  /** What `exportItems` would write, and where, for the engine's destination folder; reads DocSpace only. */
  planExport(request: PlanRequest): Promise<ExportPlan>;
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
    planExport: (request) => planFor(config, options, runtime, request),
    exportItems: (request) => runExport(config, options, runtime, request),
  };
}

function planFor(
  config: TransferEngineConfig,
  options: ResolvedOptions,
  runtime: RetryRuntime,
  request: PlanRequest,
): Promise<ExportPlan> {
  return planExport(config.docspace, {
    ...request,
    destinationFolder: options.destinationFolder,
    clock: runtime.clock,
  });
}

/** The plan's files, minus skipped ones, with the commit mode the conflict policy asks for. */
async function tasksOf(
  plan: ExportPlan,
  skip: SkipDecision | undefined,
  options: ResolvedOptions,
): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const planned of plan.files) {
    if (skip && (await skip(planned))) continue;
    const path = planned.dropboxPath;
    const commit: CommitPlan =
      options.conflict === "overwrite"
        ? { path, mode: "overwrite", autorename: false }
        : { path, mode: "add", autorename: true };
    tasks.push({
      file: planned.file,
      size: planned.size,
      plan: commit,
      ...(planned.renamedFrom !== undefined ? { renamedFrom: planned.renamedFrom } : {}),
    });
  }
  return tasks;
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
  const plan = request.plan ?? (await planFor(config, options, runtime, { items: request.items, signal }));
  const tasks = await tasksOf(plan, request.skip, options);
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
        result.linkError = toTransferError(failure, signal, runtime.clock);
      }
    }
    tracker.update(index, { transferredBytes: result.size, status: "done" });
  };
  const fail = (index: number, failure: unknown): void => {
    const result = results[index];
    if (!result) return;
    const error = toTransferError(failure, signal, runtime.clock);
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
  const emptyFolders = await createFolders(gateway, plan.emptyFolders, signal, runtime);
  return { files: results, itemFailures: [...plan.itemFailures], emptyFolders };
}

/** Recreates empty folders; one that already exists counts as done. */
async function createFolders(
  gateway: DropboxGateway,
  empty: readonly string[],
  signal: AbortSignal | undefined,
  runtime: RetryRuntime,
): Promise<FolderResult[]> {
  const results: FolderResult[] = [];
  for (const path of empty) {
    if (signal?.aborted) {
      results.push({
        dropboxPath: path,
        status: "failed",
        error: toTransferError(abortReason(signal), signal, runtime.clock),
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
      const error = toTransferError(failure, signal, runtime.clock);
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
