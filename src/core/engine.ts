// The transfer engine: carries out an export plan (plan.ts decides which files go to which Dropbox
// paths), streams each file across with bounded concurrency and memory, commits exactly once, and
// reports progress and a result per file. Everything environment-specific arrives through the
// options (ports).

import { ByteBudget } from "./budget";
import { toTransferError } from "./classify";
import type { DocSpaceClient } from "./docspace/client";
import type { DocSpaceFile, DocSpaceId } from "./docspace/types";
import { readsArrivedBlobs, sendsBlobs } from "./body";
import { openDownload, restartingWhenDropped, type ByteSource } from "./download";
import { BatchCommitter } from "./dropbox/batch";
import { takenPaths, type CommitPlan } from "./dropbox/commit-check";
import { openDropbox } from "./dropbox/connect";
import type { CredentialStore } from "./dropbox/credentials";
import type { DropboxGateway } from "./dropbox/gateway";
import { sharedLinkFor } from "./dropbox/links";
import {
  readAll,
  uploadLarge,
  uploadSingle,
  uploadToClosedSession,
  type WrittenFile,
} from "./dropbox/writer";
import { isTransferError, type TransferError } from "./errors";
import type { RenameReason } from "./naming";
import { resolveOptions, type CoreOptions, type ResolvedOptions } from "./options";
import {
  planExport,
  type ExportItem,
  type ExportPlan,
  type ExportPlanFile,
  type ItemFailure,
  type PlanRequest,
} from "./plan";
import { forEachConcurrently } from "./pool";
import { abortReason } from "./ports";
import { ProgressTracker, type ProgressListener } from "./progress";
import {
  openJournal,
  pruneTransferState,
  versionStamp,
  type ResumeEvent,
  type TransferStateStore,
} from "./resume";
import type { RetryRuntime } from "./retry";

export type { ExportItem, ItemFailure } from "./plan";

export type FileResultStatus = "done" | "failed" | "cancelled";

export interface FileResult {
  docspaceId: DocSpaceId;
  /** The DocSpace title. */
  title: string;
  /** Where the file is in Dropbox (after any autorename), or where it was meant to go. */
  dropboxPath: string;
  /** Where the plan meant it to go, before any autorename: one file of the plan each. */
  plannedPath: string;
  size: number;
  /** Dropbox content hash, checked against the one computed while streaming. */
  contentHash?: string;
  /** Shared link, when requested and created. */
  link?: string;
  status: FileResultStatus;
  error?: TransferError;
  /** Set when the link could not be created although the file was exported. */
  linkError?: TransferError;
  /** The DocSpace-side relative path, when sanitizing or de-duplication changed the name. */
  renamedFrom?: string;
  /** Why the name changed, when `renamedFrom` is set; front ends translate each code. */
  renameReasons?: readonly RenameReason[];
  /** Bytes an earlier, interrupted attempt had already put in Dropbox (not sent again). */
  resumedBytes?: number;
}

export interface ExportResult {
  files: FileResult[];
  /** Items, or subfolders of items (`path` set), that could not be read (e.g. a folder that vanished). */
  itemFailures: ItemFailure[];
  /** Empty DocSpace folders, recreated in Dropbox (uploads create every other folder). */
  emptyFolders: FolderResult[];
  /**
   * With `createSharedLinks`: one entry per exported folder or room that arrived, with a link to
   * the Dropbox folder it became (or why there is none).
   */
  folderLinks: FolderLink[];
}

export interface FolderResult {
  dropboxPath: string;
  status: "done" | "failed";
  error?: TransferError;
}

export interface FolderLink {
  item: ExportItem;
  dropboxPath: string;
  link?: string;
  linkError?: TransferError;
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
  /** With `transferState`: ignore earlier attempts and start every file afresh. Default false. */
  fresh?: boolean;
  /** With `transferState`: an earlier attempt of a file is continued, or cannot be and is restarted. */
  onResume?: (event: ResumeEvent) => void;
} & (
  | { items: readonly ExportItem[]; plan?: never; skip?: never }
  | { plan: ExportPlan; skip?: SkipDecision; items?: never }
);

export interface TransferEngineConfig {
  docspace: DocSpaceClient;
  /** Where the Dropbox credentials are kept. */
  dropbox: { store: CredentialStore };
  /** Ports and knobs: the core's one options type, with the environment's defaults spread in. */
  options?: CoreOptions;
  /**
   * Where large uploads record their progress, so an interrupted one continues next time
   * (resume.ts). Without it every attempt starts from the first byte.
   */
  transferState?: TransferStateStore;
}

export interface TransferEngine {
  readonly options: Readonly<ResolvedOptions>;
  /** What `exportItems` would write, and where, for the engine's destination folder; reads DocSpace only. */
  planExport(request: PlanRequest): Promise<ExportPlan>;
  exportItems(request: ExportRequest): Promise<ExportResult>;
}

type Renamed = Pick<FileResult, "renamedFrom" | "renameReasons">;

/**
 * How many files ahead the engine asks for download URLs: enough to keep them off the files' path,
 * few enough that with 32 files at once DocSpace sees at most 40 requests of ours at a time.
 */
const URLS_AHEAD = 8;

interface Task {
  index: number;
  file: DocSpaceFile;
  size: number;
  plan: CommitPlan;
}

/** Validates options (throws `InvalidOptionError` before anything moves) and returns the engine. */
export function createTransferEngine(config: TransferEngineConfig): TransferEngine {
  const options = resolveOptions(config.options);
  const runtime: RetryRuntime = {
    clock: options.ports.clock,
    random: options.ports.random,
    policy: options.backoff,
  };
  const planFor = (request: PlanRequest): Promise<ExportPlan> =>
    planExport(config.docspace, {
      ...request,
      destinationFolder: options.destinationFolder,
      clock: runtime.clock,
    });
  return {
    options,
    planExport: planFor,
    async exportItems(request) {
      const gateway = await openDropbox({ ...config.options, store: config.dropbox.store });
      const plan = request.plan ?? (await planFor({ items: request.items, signal: request.signal }));
      const resume = config.transferState
        ? {
            store: config.transferState,
            fresh: request.fresh ?? false,
            onResume: request.onResume,
          }
        : undefined;
      if (resume) await pruneTransferState(resume.store, runtime.clock.now());
      const run = new ExportRun(config.docspace, gateway, options, runtime, request.signal, resume);
      const tasks = await tasksOf(plan, request.skip, options);
      if (options.conflict === "keep-both") await markTaken(gateway, tasks, request.signal);
      return run.carryOut(plan, tasks, request.onProgress);
    },
  };
}

/** The plan's files, minus skipped ones, with the commit mode the conflict policy asks for. */
async function tasksOf(
  plan: ExportPlan,
  skip: SkipDecision | undefined,
  options: ResolvedOptions,
): Promise<(Task & Renamed)[]> {
  const tasks: (Task & Renamed)[] = [];
  const sizes = new Map(plan.files.map((planned) => [planned.dropboxPath.toLowerCase(), planned.size]));
  for (const planned of plan.files) {
    if (skip && (await skip(planned))) continue;
    const path = planned.dropboxPath;
    tasks.push({
      index: tasks.length,
      file: planned.file,
      size: planned.size,
      plan:
        options.conflict === "overwrite"
          ? { path, mode: "overwrite", autorename: false }
          : { path, mode: "add", autorename: true, planned: sizes, size: planned.size },
      ...(planned.renamedFrom !== undefined ? { renamedFrom: planned.renamedFrom } : {}),
      ...(planned.renameReasons !== undefined ? { renameReasons: planned.renameReasons } : {}),
    });
  }
  return tasks;
}

/**
 * Keep-both commits to a path that is already taken look first for a copy an earlier run left
 * under an autorenamed name ("a (1).txt"), so a rerun after a crash adds no "a (2).txt". A listing
 * Dropbox refuses leaves the commits as they were: the check only saves copies, it decides nothing else.
 */
async function markTaken(
  gateway: DropboxGateway,
  tasks: readonly Task[],
  signal: AbortSignal | undefined,
): Promise<void> {
  if (tasks.length === 0) return;
  let taken: Set<string>;
  try {
    taken = await takenPaths(
      gateway,
      tasks.map((task) => task.plan.path),
      signal,
    );
  } catch (failure) {
    // A service failure (classified) leaves the commits as they were; a bug surfaces.
    if (isTransferError(failure)) return;
    throw failure;
  }
  for (const task of tasks) if (taken.has(task.plan.path.toLowerCase())) task.plan.lookFirst = true;
}

/**
 * One export, start to end. Every file ends in exactly one of two places, `finish` (done) or
 * `fail` (failed or cancelled); the memory budget is released by `transfer` alone, whatever the
 * way out.
 */
class ExportRun {
  private results: FileResult[] = [];
  private tracker = new ProgressTracker([], undefined);
  private readonly budget: ByteBudget;
  private committer: BatchCommitter | undefined;
  private readonly commits: Promise<void>[] = [];
  private tasks: readonly Task[] = [];
  /** Download URLs asked for ahead of their files, by task index (see `askUrlsAhead`). */
  private readonly urls = new Map<number, Promise<string>>();

  constructor(
    private readonly docspace: DocSpaceClient,
    private readonly gateway: DropboxGateway,
    private readonly options: ResolvedOptions,
    private readonly runtime: RetryRuntime,
    private readonly signal: AbortSignal | undefined,
    private readonly resume?: {
      store: TransferStateStore;
      fresh: boolean;
      onResume: ((event: ResumeEvent) => void) | undefined;
    },
  ) {
    this.budget = new ByteBudget((options.parallelChunks + 1) * options.chunkSizeBytes);
  }

  async carryOut(
    plan: ExportPlan,
    tasks: readonly (Task & Renamed)[],
    onProgress: ProgressListener | undefined,
  ): Promise<ExportResult> {
    this.tracker = new ProgressTracker(
      tasks.map((task) => ({
        docspaceId: task.file.id,
        title: task.file.title,
        dropboxPath: task.plan.path,
        totalBytes: task.size,
      })),
      onProgress,
    );
    this.results = tasks.map((task) => ({
      docspaceId: task.file.id,
      title: task.file.title,
      dropboxPath: task.plan.path,
      plannedPath: task.plan.path,
      size: task.size,
      status: "failed",
      ...(task.renamedFrom !== undefined ? { renamedFrom: task.renamedFrom } : {}),
      ...(task.renameReasons !== undefined ? { renameReasons: task.renameReasons } : {}),
    }));
    this.tasks = tasks;
    // Batching pays off only with several files; a lone small file takes one `files/upload`.
    if (tasks.length > 1) {
      this.committer = new BatchCommitter(this.gateway, this.options.commitBatchSize, this.signal);
    }
    await forEachConcurrently(tasks, this.options.parallelFiles, (task) => this.transfer(task));
    await this.committer?.drain();
    await Promise.all(this.commits);
    const emptyFolders = await this.createFolders(plan.emptyFolders);
    const folderLinks = await this.linkFolders(plan);
    return { files: this.results, itemFailures: [...plan.itemFailures], emptyFolders, folderLinks };
  }

  /** Moves one file within the memory budget; never throws. */
  private async transfer(task: Task): Promise<void> {
    const { signal } = this;
    if (signal?.aborted) return this.fail(task.index, abortReason(signal));
    this.askUrlsAhead(task.index);
    const small = task.size <= this.options.singleUploadMaxBytes;
    const reserved = small ? task.size : this.budget.capacity;
    try {
      await this.budget.acquire(reserved, signal);
    } catch (failure) {
      return this.fail(task.index, failure);
    }
    let released = false;
    const release = (): void => {
      if (!released) this.budget.release(reserved);
      released = true;
    };
    try {
      this.tracker.update(task.index, { status: "transferring" });
      if (small) {
        await this.transferSmall(task, release);
      } else {
        const written = await this.transferLarge(task);
        release();
        await this.finish(task.index, written);
      }
    } catch (failure) {
      this.fail(task.index, failure);
    } finally {
      release();
    }
  }

  private async transferLarge(task: Task): Promise<WrittenFile> {
    const { signal, resume } = this;
    const source = await this.open(task, true);
    const about = { docspaceId: task.file.id, title: task.file.title, dropboxPath: task.plan.path };
    const journal = resume
      ? await openJournal(
          resume.store,
          this.runtime.clock,
          {
            docspaceId: task.file.id,
            stamp: versionStamp(task.file),
            size: task.size,
            destination: task.plan.path,
            chunkSize: this.options.chunkSizeBytes,
          },
          {
            fresh: resume.fresh,
            restarted: (reason) => resume.onResume?.({ kind: "restarted", ...about, reason }),
            resumed: (skippedBytes) => {
              const result = this.results[task.index];
              if (result) result.resumedBytes = skippedBytes;
              resume.onResume?.({ kind: "resumed", ...about, skippedBytes, totalBytes: task.size });
            },
          },
        )
      : undefined;
    try {
      const written = await uploadLarge(this.gateway, source, task.plan, {
        chunkSizeBytes: this.options.chunkSizeBytes,
        parallelChunks: this.options.parallelChunks,
        signal,
        onProgress: (bytes) => this.tracker.update(task.index, { transferredBytes: bytes }),
        journal,
      });
      await journal?.finished();
      return written;
    } catch (failure) {
      // A session whose commit failed its integrity check is never continued; any other
      // interruption (cancel, network, crash) leaves the record for the next attempt.
      if (isTransferError(failure) && failure.kind === "integrity") await journal?.finished();
      throw failure;
    }
  }

  /** A small file is read whole, then uploaded at once, or into a session the batch commits. */
  private async transferSmall(task: Task, release: () => void): Promise<void> {
    const { signal, gateway } = this;
    const bytes = await restartingWhenDropped(async () => readAll(await this.open(task, false), signal));
    if (!this.committer) {
      const written = await uploadSingle(gateway, bytes, task.plan, signal);
      release();
      return this.finish(task.index, written);
    }
    const session = await uploadToClosedSession(gateway, bytes, signal);
    release();
    this.tracker.update(task.index, { transferredBytes: task.size, status: "committing" });
    const committed = this.committer.commit({ ...session, size: task.size, plan: task.plan });
    this.commits.push(
      committed.then(
        (written) => this.finish(task.index, written),
        (failure) => this.fail(task.index, failure),
      ),
    );
  }

  /**
   * A small file takes three requests, one after another: its download URL, its bytes, its
   * upload. Asking for the URLs of this file and of the next few small ones (`URLS_AHEAD`) at once
   * takes the first request off each file's path (the 1000-file run in docs/benchmarks.md). Only
   * small files, which start within moments, so no URL waits long enough to expire.
   */
  private askUrlsAhead(index: number): void {
    const last = Math.min(this.tasks.length - 1, index + Math.min(this.options.parallelFiles, URLS_AHEAD));
    for (let next = index; next <= last; next += 1) {
      const task = this.tasks[next];
      if (!task || this.urls.has(next) || task.size > this.options.singleUploadMaxBytes) continue;
      const url = this.docspace.getDownloadUrl(task.file, this.signal);
      // Consumed (or asked again) by `open`; a failure here is never the file's failure.
      url.catch(() => undefined);
      this.urls.set(next, url);
    }
  }

  private open(task: Task, probeRanges: boolean): Promise<ByteSource> {
    // Once only: a file that restarts asks for a fresh URL.
    const url = this.urls.get(task.index);
    this.urls.delete(task.index);
    return openDownload(this.docspace, task.file, {
      runtime: this.runtime,
      probeRanges,
      ...(this.signal ? { signal: this.signal } : {}),
      ...(url ? { url } : {}),
      blobRanges: sendsBlobs(this.gateway.uploadBody),
      // Nobody reads a Blob range's bytes when the hash port reads the Blob too (body.ts).
      blobRangeBytes: !readsArrivedBlobs(this.gateway.sha256),
      readBody: this.options.ports.readBody,
    });
  }

  private async finish(index: number, written: WrittenFile): Promise<void> {
    const result = this.results[index];
    if (!result) return;
    result.dropboxPath = written.metadata.path_display ?? result.dropboxPath;
    result.contentHash = written.contentHash;
    result.status = "done";
    if (this.options.createSharedLinks) {
      const linked = await this.link(written.metadata.path_lower ?? written.metadata.id);
      Object.assign(result, linked);
    }
    this.tracker.update(index, { transferredBytes: result.size, status: "done" });
  }

  private fail(index: number, failure: unknown): void {
    const result = this.results[index];
    if (!result) return;
    // Downloads and uploads classify their failures where they happen; what arrives here raw is a
    // cancel or a bug, which no service caused.
    const error = this.transferError(failure, "dropbox");
    result.error = error;
    result.status = error.kind === "cancelled" ? "cancelled" : "failed";
    this.tracker.update(index, { status: result.status });
  }

  private transferError(failure: unknown, service: "dropbox" | "docspace"): TransferError {
    return toTransferError(failure, { signal: this.signal, nowMs: this.runtime.clock.now(), service });
  }

  private async link(path: string): Promise<{ link: string } | { linkError: TransferError }> {
    try {
      return { link: await sharedLinkFor(this.gateway, path, this.signal) };
    } catch (failure) {
      return { linkError: this.transferError(failure, "dropbox") };
    }
  }

  /** Recreates empty folders; one that already exists counts as done. */
  private async createFolders(empty: readonly string[]): Promise<FolderResult[]> {
    const { signal, gateway } = this;
    const results: FolderResult[] = [];
    for (const path of empty) {
      try {
        if (signal?.aborted) throw abortReason(signal);
        await gateway.call(
          "files/create_folder_v2",
          (request) => gateway.client.filesCreateFolderV2({ path, autorename: false }, request),
          { signal },
        );
        results.push({ dropboxPath: path, status: "done" });
      } catch (failure) {
        const error = this.transferError(failure, "dropbox");
        if (error.kind === "conflict") results.push({ dropboxPath: path, status: "done" });
        else results.push({ dropboxPath: path, status: "failed", error });
      }
    }
    return results;
  }

  /** With links on: a link to the Dropbox folder each exported folder or room became. */
  private async linkFolders(plan: ExportPlan): Promise<FolderLink[]> {
    if (!this.options.createSharedLinks) return [];
    const links: FolderLink[] = [];
    for (const [itemIndex, item] of plan.items.entries()) {
      if (item.type === "file") continue;
      const folder = topFolderOf(plan, itemIndex, this.results);
      if (folder === undefined) continue;
      links.push({ item, dropboxPath: folder, ...(await this.link(folder)) });
    }
    return links;
  }
}

/** The Dropbox folder an exported folder or room became, once at least one of its files arrived. */
function topFolderOf(
  plan: ExportPlan,
  itemIndex: number,
  results: readonly FileResult[],
): string | undefined {
  const depth = plan.destinationFolder === "" ? 1 : plan.destinationFolder.split("/").length;
  const arrived = results.find(
    (result) =>
      result.status === "done" &&
      plan.files.some((file) => file.itemIndex === itemIndex && file.file.id === result.docspaceId),
  );
  return arrived?.dropboxPath
    .split("/")
    .slice(0, depth + 1)
    .join("/");
}
