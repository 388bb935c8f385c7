// `export <ids…>`: check both connections, plan every file's destination, skip what Dropbox
// already holds (see sync.ts), hand the rest to the transfer engine, record what landed.

import {
  createDocSpaceClient,
  createTransferEngine,
  InvalidOptionError,
  isTransferError,
  resolveOptions,
  type ConflictPolicy,
  type TransferError,
} from "../../core";
import type { Conflict, ExportCommand } from "../args";
import type { Env } from "../config";
import { statePath } from "../config";
import { checkDocSpace, checkDropbox, type Context } from "../context";
import { CliError, EXIT_FAILED, EXIT_OK, usageError } from "../errors";
import { ExportView, type FileLine } from "../export-view";
import type { ExportSummary } from "../output";
import { buildPlan, interrupted, type PlannedFile } from "../plan";
import { docspaceContentHash, sharedLinkFor } from "../remote";
import { docspaceSettings, dropboxBase, dropboxFetch, dropboxSource, ENV } from "../settings";
import { lineOf, pool, remoteIndex, sortOut } from "../skip";
import { loadState, recordKey, saveState, stampOf, type SyncState } from "../sync";

function destination(command: ExportCommand, env: Env): string {
  const to = command.to ?? env[ENV.rootPath] ?? "";
  try {
    return resolveOptions({ destinationFolder: to }).destinationFolder;
  } catch (error) {
    if (!(error instanceof InvalidOptionError)) throw error;
    const source = command.to !== undefined ? "--to" : ENV.rootPath;
    throw usageError(
      `${source} "${to}" is not a Dropbox folder: ${error.expected.replace(/^a Dropbox folder path that /u, "it ")}.`,
    );
  }
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

export async function runExport(command: ExportCommand, context: Context): Promise<number> {
  const { env, out } = context;
  const folder = destination(command, env);
  const conflict = conflictPolicy(command, env);
  const settings = docspaceSettings(env, command.portal);
  const base = dropboxBase(env);
  const source = await dropboxSource(env, command.config, (text) => out.warn(text));
  const fetch = dropboxFetch(base);

  const client = createDocSpaceClient({
    kind: "api-key",
    portalUrl: settings.portalUrl,
    apiKey: settings.apiKey,
  });
  await checkDocSpace(client, settings.portalUrl);
  const account = await checkDropbox(source.store, fetch, env);
  const credentials = await source.store.load();
  out.redactor.add(credentials?.accessToken);

  const plan = await buildPlan(client, command.items, folder, context.signal);
  const view = new ExportView(out);
  for (const problem of plan.problems) view.itemFailed(problem.ref.text, problem.error);

  const stateFile = statePath(source.configFile);
  const state: SyncState = await loadState(stateFile, (text) => out.warn(text));
  const token = credentials?.accessToken;
  const keyOf = (file: PlannedFile): string => recordKey(settings.portalUrl, account.accountId, file.file.id);
  const { transfer, skipped: skippedLines } = await sortOut({
    plan,
    remote: token ? await remoteIndex(plan, folder, fetch, token) : new Map(),
    state,
    keyOf,
    concurrency: command.concurrency,
    hashOf: (file) => docspaceContentHash(client, file.file, context.signal),
  });

  if (context.signal?.aborted) throw interrupted();
  const bytes = transfer.reduce((sum, file) => sum + file.size, 0);
  const skipped = skippedLines.length;
  view.plan({
    files: plan.files.length,
    toTransfer: transfer.length,
    toSkip: skipped,
    bytes,
    dryRun: command.dryRun,
  });
  const linkFailures = new Map<FileLine, TransferError>();
  if (command.link && !command.dryRun && token) {
    await pool(skippedLines, command.concurrency, async ({ line }) => {
      try {
        line.link = await sharedLinkFor(fetch, token, line.dropboxPath);
      } catch (failure) {
        if (isTransferError(failure)) linkFailures.set(line, failure);
        else throw failure;
      }
    });
  }
  for (const { line, reason } of skippedLines) {
    view.skipped(line, reason);
    const failure = linkFailures.get(line);
    if (failure) view.linkFailed(line, failure);
  }
  const summary: ExportSummary = {
    files: plan.files.length,
    transferred: 0,
    skipped,
    failed: 0,
    failedItems: plan.problems.length,
    bytesTransferred: 0,
    dryRun: command.dryRun,
  };
  if (command.dryRun || transfer.length === 0) {
    if (command.dryRun) for (const file of transfer) view.wouldTransfer(lineOf(file));
    summary.transferred = command.dryRun ? transfer.length : 0;
    if (!command.dryRun) await saveState(stateFile, state);
    const code = plan.problems.length > 0 ? EXIT_FAILED : EXIT_OK;
    view.summary(summary, code);
    return code;
  }

  const wanted = new Set(transfer.map((file) => plan.entries.get(file)));
  const engine = createTransferEngine({
    docspace: client,
    dropbox: { store: source.store, fetch },
    options: {
      destinationFolder: folder,
      conflict,
      parallelFiles: command.concurrency,
      createSharedLinks: command.link,
    },
  });
  // The plan the sync check looked at, carried out as it is: skipping renames nothing.
  const result = await engine.exportItems({
    plan: plan.export,
    skip: (entry) => !wanted.has(entry),
    onProgress: (event) => view.progress(event),
    ...(context.signal ? { signal: context.signal } : {}),
  });

  const planned = new Map(transfer.map((file) => [String(file.file.id), file]));
  for (const file of result.files) {
    const line: FileLine = {
      id: file.docspaceId,
      title: file.title,
      dropboxPath: file.dropboxPath,
      size: file.size,
      contentHash: file.contentHash,
      link: file.link,
    };
    if (file.status === "done") {
      summary.transferred += 1;
      summary.bytesTransferred += file.size;
      view.done(line);
      if (file.linkError) view.linkFailed(line, file.linkError);
      const origin = planned.get(String(file.docspaceId));
      if (origin && file.contentHash) {
        state.records[keyOf(origin)] = {
          plannedPath: origin.path,
          dropboxPath: file.dropboxPath,
          contentHash: file.contentHash,
          stamp: stampOf(origin.file),
        };
      }
    } else {
      summary.failed += 1;
      const error = file.error ?? { kind: "unknown", message: "The file was not exported." };
      view.failed(line, error, file.status === "cancelled" ? "cancelled" : "failed");
    }
  }
  for (const failure of result.itemFailures) {
    summary.failedItems += 1;
    view.itemFailed(`${failure.item.type}:${String(failure.item.id)}`, failure.error);
  }
  await saveState(stateFile, state);
  const code = summary.failed > 0 || summary.failedItems > 0 ? EXIT_FAILED : EXIT_OK;
  view.summary(summary, code);
  return code;
}
