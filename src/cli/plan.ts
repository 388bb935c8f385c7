// Turns command-line ids into DocSpace items and asks the engine for its export plan, so the sync
// check looks exactly where the engine will write: walk order, naming and de-duplication belong
// to the core. Every record read is kept, so nothing is fetched twice.

import type {
  DocSpaceClient,
  DocSpaceFile,
  DocSpaceId,
  ExportItem,
  ExportPlan,
  ExportPlanFile,
  FolderListing,
  TransferError,
} from "../core";
import { destinationPath, planExport, toTransferError } from "../core";
import type { ItemRef } from "./args";
import { CliError } from "./errors";

export interface ResolvedItem {
  ref: ItemRef;
  item: ExportItem;
}

export interface ItemProblem {
  ref: ItemRef;
  error: TransferError;
  /** Set when only a subfolder of the item failed: its DocSpace path ("Room/Drafts"). */
  path?: string;
}

/** How a problem is named in the output: the subfolder's own path, or the id as typed. */
export function problemName(problem: ItemProblem): string {
  return problem.path !== undefined ? `${problem.ref.text} folder "${problem.path}"` : problem.ref.text;
}

export interface PlannedFile {
  /** Index into `Plan.items`. */
  itemIndex: number;
  file: DocSpaceFile;
  /** Relative folders from the exported folder or room (included) down to the file. */
  folders: string[];
  path: string;
  /** The path before de-duplication; files sharing it are renamed by their order in the run. */
  collisionKey: string;
  size: number;
}

export interface Plan {
  items: ResolvedItem[];
  files: PlannedFile[];
  problems: ItemProblem[];
  /** Every listing read, by folder id. */
  listings: Map<string, FolderListing>;
  /** Every file record read, by id. */
  fileRecords: Map<string, DocSpaceFile>;
}

/** A plan the engine can carry out as it is. */
export interface EnginePlan extends Plan {
  /** The engine's plan over `items`; `exportItems({ plan })` writes exactly `files`' paths. */
  export: ExportPlan;
  /** The engine's entry for each of `files`, for its per-file skip decision. */
  entries: ReadonlyMap<PlannedFile, ExportPlanFile>;
}

/** Ctrl-C before anything was copied: nothing to save, nothing half done. */
export function interrupted(): CliError {
  return new CliError(
    "Interrupted before any file was copied.",
    "Run the same command again to start the export.",
    1,
    "cancelled",
  );
}

/** Failures while resolving ids come from DocSpace; the core's one classifier names them. */
function asTransferError(failure: unknown): TransferError {
  return toTransferError(failure, { nowMs: Date.now(), service: "docspace" });
}

/** `read`, answered from `records` when the id was read before; every new record is kept. */
function cached<T>(
  records: Map<string, T>,
  read: (id: DocSpaceId, signal?: AbortSignal) => Promise<T>,
): (id: DocSpaceId, signal?: AbortSignal) => Promise<T> {
  return async (id, signal) => {
    const known = records.get(String(id));
    if (known) return known;
    const fresh = await read(id, signal);
    records.set(String(id), fresh);
    return fresh;
  };
}

/** Answers from the records already read, and keeps every new one. */
function readThrough(client: DocSpaceClient, plan: Plan): DocSpaceClient {
  return {
    ...client,
    getFile: cached(plan.fileRecords, (id, signal) => client.getFile(id, signal)),
    listFolder: cached(plan.listings, (id, signal) => client.listFolder(id, signal)),
  };
}

/**
 * A bare id is looked up as a file and as a folder: DocSpace numbers files and folders in
 * separate sequences, so the same number can be both; then a prefix must say which.
 */
async function resolveRef(
  client: DocSpaceClient,
  ref: ItemRef,
  signal: AbortSignal | undefined,
): Promise<ResolvedItem> {
  if (ref.kind === "file") return { ref, item: { type: "file", id: ref.id } };
  if (ref.kind) return { ref, item: { type: ref.kind, id: ref.id } };
  const [asFile, asFolder] = await Promise.allSettled([
    client.getFile(ref.id, signal),
    client.listFolder(ref.id, signal),
  ]);
  if (asFile.status === "fulfilled" && asFolder.status === "fulfilled") {
    throw new CliError(
      `DocSpace has both a file and a folder with id ${ref.text}.`,
      `Say which one with file:${ref.text} or folder:${ref.text} (room:${ref.text} for a room).`,
      2,
      "usage",
    );
  }
  if (asFile.status === "fulfilled") return { ref, item: { type: "file", id: ref.id } };
  if (asFolder.status === "fulfilled") {
    const type = asFolder.value.current.roomType !== undefined ? "room" : "folder";
    return { ref, item: { type, id: ref.id } };
  }
  const fileError = asTransferError(asFile.reason);
  const folderError = asTransferError(asFolder.reason);
  // Report the more telling failure: "not found" only when it is not found either way.
  throw fileError.kind === "not-found" ? folderError : fileError;
}

export async function buildPlan(
  client: DocSpaceClient,
  refs: readonly ItemRef[],
  destinationFolder: string,
  signal?: AbortSignal,
): Promise<EnginePlan> {
  const plan: Plan = { items: [], files: [], problems: [], listings: new Map(), fileRecords: new Map() };
  const reader = readThrough(client, plan);
  // Problems are reported in the order of the ids on the command line.
  const problems: { at: number; problem: ItemProblem }[] = [];
  const resolved: { at: number; resolved: ResolvedItem }[] = [];
  for (const [at, ref] of refs.entries()) {
    try {
      resolved.push({ at, resolved: await resolveRef(reader, ref, signal) });
    } catch (failure) {
      if (failure instanceof CliError) throw failure;
      if (signal?.aborted) throw interrupted();
      problems.push({ at, problem: { ref, error: asTransferError(failure) } });
    }
  }
  // A subfolder that cannot be read fails alone, named by its DocSpace path; the rest of its
  // folder or room is planned and sent, and the run still ends with exit code 1.
  let exportPlan: ExportPlan;
  try {
    exportPlan = await planExport(reader, {
      items: resolved.map((entry) => entry.resolved.item),
      destinationFolder,
      ...(signal ? { signal } : {}),
    });
  } catch (failure) {
    if (signal?.aborted) throw interrupted();
    throw failure;
  }
  for (const failure of exportPlan.itemFailures) {
    const entry = resolved.find((candidate) => candidate.resolved.item === failure.item);
    if (!entry) continue;
    problems.push({
      at: entry.at,
      problem: {
        ref: entry.resolved.ref,
        error: failure.error,
        ...(failure.path !== undefined ? { path: failure.path } : {}),
      },
    });
  }

  plan.items = resolved.map((entry) => entry.resolved);
  plan.problems = problems.sort((a, b) => a.at - b.at).map((entry) => entry.problem);
  const entries = new Map<PlannedFile, ExportPlanFile>();
  for (const entry of exportPlan.files) {
    const file: PlannedFile = {
      itemIndex: entry.itemIndex,
      file: entry.file,
      folders: [...entry.folders],
      path: entry.dropboxPath,
      collisionKey: destinationPath(
        exportPlan.destinationFolder,
        entry.folders,
        entry.file.title,
      ).path.toLowerCase(),
      size: entry.size,
    };
    plan.files.push(file);
    entries.set(file, entry);
  }
  return { ...plan, export: exportPlan, entries };
}
