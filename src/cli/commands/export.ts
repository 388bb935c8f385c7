// `export <ids…>`: check both connections, plan every file's destination, skip what Dropbox
// already holds (see sync.ts), hand the rest to the transfer engine, record what landed. Each way
// out (dry run, nothing to copy, a finished transfer) is its own function below.

import {
  checkFolder,
  createDocSpaceClient,
  createTransferEngine,
  forEachConcurrently,
  hashDocSpaceFile,
  isTransferError,
  type ConflictPolicy,
  type CoreOptions,
  type CredentialStore,
  type DocSpaceClient,
  type DropboxSession,
  type ExportResult,
  type TransferError,
  type TransferStateStore,
  uploadKey,
} from "../../core";
import type { Conflict, ExportCommand } from "../args";
import type { Env } from "../config";
import { statePath } from "../config";
import { checkDocSpace, checkDropbox, type Context } from "../context";
import { CliError, EXIT_FAILED, EXIT_OK, usageError } from "../errors";
import { ExportView, type FileLine } from "../export-view";
import { FOLDER_PROBLEMS } from "../messages";
import type { ExportSummary } from "../output";
import type { Redactor } from "../output";
import { buildPlan, interrupted, problemName, type EnginePlan, type PlannedFile } from "../plan";
import { cliOptions, docspaceSettings, dropboxSource, ENV } from "../settings";
import { lineOf, remoteIndex, sortOut, type SkippedFile } from "../skip";
import { loadState, recordKey, saveState, stampOf, type SyncState } from "../sync";
import { fileTransferStateStore, transferStateDir } from "../transfer-state";

function destination(command: ExportCommand, env: Env): string {
  const to = command.to ?? env[ENV.rootPath] ?? "";
  const check = checkFolder(to);
  if (check.ok) return check.folder;
  const source = command.to !== undefined ? "--to" : ENV.rootPath;
  throw usageError(`${source} "${to}" is not a Dropbox folder: ${FOLDER_PROBLEMS[check.problem]}.`);
}

function conflictPolicy(command: ExportCommand, env: Env): ConflictPolicy {
  const mode: Conflict | undefined =
    command.conflict ??
    (() => {
      const value = env[ENV.writeMode]?.trim().toLowerCase();
      if (!value) return undefined;
      if (value === "add") return "keep";
      if (value === "overwrite") return "overwrite";
      throw new CliError(
        `${ENV.writeMode}="${value}" is not supported.`,
        `Use "add" (keep both copies) or "overwrite", or pass --conflict keep|overwrite.`,
      );
    })();
  return mode === "overwrite" ? "overwrite" : "keep-both";
}

/** Every token the store saves (a refreshed access token too) is scrubbed from the output. */
function redactingStore(store: CredentialStore, redactor: Redactor): CredentialStore {
  return {
    load: async () => {
      const credentials = await store.load();
      redactor.add(credentials?.accessToken);
      return credentials;
    },
    save: async (credentials) => {
      redactor.add(credentials.accessToken);
      await store.save(credentials);
    },
    clear: () => store.clear(),
  };
}

/** Everything an export needs once both connections are checked and the plan is sorted. */
interface Prepared {
  command: ExportCommand;
  context: Context;
  options: CoreOptions;
  client: DocSpaceClient;
  dropbox: DropboxSession;
  store: CredentialStore;
  folder: string;
  conflict: ConflictPolicy;
  plan: EnginePlan;
  view: ExportView;
  state: SyncState;
  stateFile: string;
  /** Half-finished uploads of earlier runs, continued unless --no-resume. */
  transferState: TransferStateStore;
  keyOf: (file: PlannedFile) => string;
  transfer: PlannedFile[];
  skipped: SkippedFile[];
  summary: ExportSummary;
}

async function prepare(command: ExportCommand, context: Context): Promise<Prepared> {
  const { env, out, signal } = context;
  const folder = destination(command, env);
  const conflict = conflictPolicy(command, env);
  const transport = { allowInsecure: command.allowInsecure, warn: (text: string) => out.warn(text) };
  const settings = docspaceSettings(env, command.portal, transport);
  const source = await dropboxSource(env, command.config, (text) => out.warn(text));
  const options = cliOptions(env, transport);
  const store = redactingStore(source.store, out.redactor);

  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: settings.portalUrl, apiKey: settings.apiKey },
    options,
  );
  await checkDocSpace(client, settings.portalUrl);
  const { account, session: dropbox } = await checkDropbox({ ...options, store }, env);

  const plan = await buildPlan(client, command.items, folder, signal);
  const view = new ExportView(out);
  const forbiddenItems = plan.problems.filter((problem) => forbidden(command, problem.error));
  for (const problem of plan.problems) {
    if (forbiddenItems.includes(problem)) {
      // --skip-forbidden: reported, expected, not a failure.
      out.event({ event: "item", status: "skipped", reason: "forbidden", item: problemName(problem) });
      out.note(`skipped ${problemName(problem)}: the API key's user may not download it (--skip-forbidden).`);
    } else {
      view.itemFailed(problemName(problem), problem.error);
    }
  }

  const stateFile = statePath(source.configFile);
  const state = await loadState(stateFile, (text) => out.warn(text));
  const keyOf = (file: PlannedFile): string =>
    recordKey(settings.portalUrl, account.accountId, folder, file.file.id);
  const { transfer, skipped } = await sortOut({
    plan,
    remote: await remoteIndex(plan, folder, dropbox, signal),
    state,
    keyOf,
    keepBoth: conflict === "keep-both",
    concurrency: command.concurrency,
    hashOf: (file) => hashDocSpaceFile(client, file.file, options, signal),
  });
  if (signal?.aborted) throw interrupted();
  const transferState = fileTransferStateStore(transferStateDir(source.configFile));
  // A file already in Dropbox needs no half-finished upload of it (a run killed after its commit).
  if (!command.dryRun) {
    for (const { file } of skipped) await transferState.remove(uploadKey(file.file.id, file.path));
  }
  const summary: ExportSummary = {
    files: plan.files.length,
    transferred: 0,
    skipped: skipped.length + forbiddenItems.length,
    failed: 0,
    failedItems: plan.problems.length - forbiddenItems.length,
    bytesTransferred: 0,
    dryRun: command.dryRun,
  };
  view.plan({
    files: plan.files.length,
    toTransfer: transfer.length,
    toSkip: skipped.length,
    bytes: transfer.reduce((sum, file) => sum + file.size, 0),
    dryRun: command.dryRun,
  });
  return {
    command,
    context,
    options,
    client,
    dropbox,
    store,
    folder,
    conflict,
    plan,
    view,
    state,
    stateFile,
    transferState,
    keyOf,
    transfer,
    skipped,
    summary,
  };
}

/** Skipped files are reported, with a link each when asked (the engine links only what it uploads). */
async function reportSkipped(run: Prepared): Promise<void> {
  const { command, skipped, view, dropbox, context } = run;
  const linkFailures = new Map<FileLine, TransferError>();
  if (command.link && !command.dryRun) {
    await forEachConcurrently(skipped, command.concurrency, async ({ line }) => {
      try {
        line.link = await dropbox.sharedLink(line.dropboxPath, context.signal);
      } catch (failure) {
        if (isTransferError(failure)) linkFailures.set(line, failure);
        else throw failure;
      }
    });
  }
  for (const { line, reason } of skipped) {
    view.skipped(line, reason);
    const failure = linkFailures.get(line);
    if (failure) view.linkFailed(line, failure);
  }
}

/** With --skip-forbidden, "may not download" is an expected outcome, not a failure. */
function forbidden(
  command: ExportCommand,
  error: { kind: string; context?: { keyWithheldFrom?: string } } | undefined,
): boolean {
  // A refusal from a host the key was never sent to says nothing about the user's rights.
  return (
    command.skipForbidden &&
    error?.kind === "no-download-permission" &&
    error.context?.keyWithheldFrom === undefined
  );
}

function exitCode(summary: ExportSummary): number {
  return summary.failed > 0 || summary.failedItems > 0 ? EXIT_FAILED : EXIT_OK;
}

/** `--dry-run`: say what would be copied; nothing is written, not even the sync records. */
function finishDryRun(run: Prepared): number {
  for (const file of run.transfer) run.view.wouldTransfer(lineOf(file));
  run.summary.transferred = run.transfer.length;
  const code = exitCode(run.summary);
  run.view.summary(run.summary, code);
  return code;
}

/** Everything is already in Dropbox: keep the records the sync check confirmed. */
async function finishUpToDate(run: Prepared): Promise<number> {
  await saveState(run.stateFile, run.state);
  const code = exitCode(run.summary);
  run.view.summary(run.summary, code);
  return code;
}

/** The plan the sync check looked at, carried out as it is: skipping renames nothing. */
async function transferPlanned(run: Prepared): Promise<ExportResult> {
  const { command, context, plan } = run;
  const wanted = new Set(run.transfer.map((file) => plan.entries.get(file)));
  const engine = createTransferEngine({
    docspace: run.client,
    dropbox: { store: run.store },
    options: {
      ...run.options,
      destinationFolder: run.folder,
      conflict: run.conflict,
      parallelFiles: command.concurrency,
      createSharedLinks: command.link,
    },
    transferState: run.transferState,
  });
  return engine.exportItems({
    plan: plan.export,
    skip: (entry) => !wanted.has(entry),
    fresh: command.noResume === true,
    onResume: (event) => run.view.resume(event),
    onProgress: (event) => run.view.progress(event),
    ...(context.signal ? { signal: context.signal } : {}),
  });
}

/** Reports each file, records what landed, saves the records. */
async function finishTransfer(run: Prepared, result: ExportResult): Promise<number> {
  const { summary, view, state } = run;
  // By planned path, which the plan gives each file alone: one DocSpace file can be planned twice
  // (a file and the room holding it), and a record must name the path of the copy that landed.
  const planned = new Map(run.transfer.map((file) => [file.path.toLowerCase(), file]));
  for (const file of result.files) {
    const line: FileLine = {
      id: file.docspaceId,
      title: file.title,
      dropboxPath: file.dropboxPath,
      size: file.size,
      contentHash: file.contentHash,
      link: file.link,
      ...(file.renamedFrom !== undefined
        ? { renamedFrom: file.renamedFrom, renameReasons: file.renameReasons ?? [] }
        : {}),
    };
    if (file.status !== "done" && forbidden(run.command, file.error)) {
      summary.skipped += 1;
      view.skipped(line, "forbidden");
      continue;
    }
    if (file.status !== "done") {
      summary.failed += 1;
      const error = file.error ?? { kind: "unknown", message: "The file was not exported." };
      view.failed(line, error, file.status === "cancelled" ? "cancelled" : "failed");
      continue;
    }
    summary.transferred += 1;
    summary.bytesTransferred += file.size;
    view.done(line);
    if (file.linkError) view.linkFailed(line, file.linkError);
    const origin = planned.get(file.plannedPath.toLowerCase());
    if (origin && file.contentHash) {
      state.records[run.keyOf(origin)] = {
        plannedPath: origin.path,
        dropboxPath: file.dropboxPath,
        contentHash: file.contentHash,
        stamp: stampOf(origin.file),
      };
    }
  }
  // The plan's item failures (`result.itemFailures`) were reported and counted before the transfer.
  await saveState(run.stateFile, state);
  const code = exitCode(summary);
  view.summary(summary, code);
  return code;
}

export async function runExport(command: ExportCommand, context: Context): Promise<number> {
  const run = await prepare(command, context);
  await reportSkipped(run);
  if (command.dryRun) return finishDryRun(run);
  if (run.transfer.length === 0) return finishUpToDate(run);
  return finishTransfer(run, await transferPlanned(run));
}
