// Turns command-line ids into DocSpace items, walks their trees, and predicts each file's Dropbox
// path exactly as the engine will (same walk order, same naming, same de-duplication), so the
// sync check can look at the right place before anything moves. The listings are kept and later
// served to the engine, which therefore lists nothing twice.

import type { DocSpaceClient, DocSpaceFile, ExportItem, FolderListing, TransferError } from "../core";
// The engine's own path rules, so predictions cannot drift.
import { destinationPath, isTransferError, TransferError as CoreTransferError } from "../core";
import type { ItemRef } from "./args";
import { CliError } from "./errors";

export interface ResolvedItem {
  ref: ItemRef;
  item: ExportItem;
}

export interface ItemProblem {
  ref: ItemRef;
  error: TransferError;
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
  /** Every file record read for a file item, by id. */
  fileRecords: Map<string, DocSpaceFile>;
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

function asTransferError(failure: unknown): TransferError {
  if (isTransferError(failure)) return failure;
  return new CoreTransferError("unknown", failure instanceof Error ? failure.message : String(failure));
}

/**
 * A bare id is looked up as a file and as a folder: DocSpace numbers files and folders in
 * separate sequences, so the same number can be both; then a prefix must say which.
 */
async function resolveRef(
  client: DocSpaceClient,
  ref: ItemRef,
  plan: Plan,
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
  if (asFile.status === "fulfilled") {
    plan.fileRecords.set(String(ref.id), asFile.value);
    return { ref, item: { type: "file", id: ref.id } };
  }
  if (asFolder.status === "fulfilled") {
    plan.listings.set(String(ref.id), asFolder.value);
    const type = asFolder.value.current.roomType !== undefined ? "room" : "folder";
    return { ref, item: { type, id: ref.id } };
  }
  const fileError = asTransferError(asFile.reason);
  const folderError = asTransferError(asFolder.reason);
  // Report the more telling failure: "not found" only when it is not found either way.
  throw fileError.kind === "not-found" ? folderError : fileError;
}

async function listing(
  client: DocSpaceClient,
  id: string | number,
  plan: Plan,
  signal: AbortSignal | undefined,
): Promise<FolderListing> {
  const cached = plan.listings.get(String(id));
  if (cached) return cached;
  const fresh = await client.listFolder(id, signal);
  plan.listings.set(String(id), fresh);
  return fresh;
}

/** Walks one item in the engine's order (depth first, files before subfolders). */
async function walk(
  client: DocSpaceClient,
  resolved: ResolvedItem,
  plan: Plan,
  signal: AbortSignal | undefined,
): Promise<{ file: DocSpaceFile; folders: string[] }[]> {
  const { item } = resolved;
  if (item.type === "file") {
    const record = plan.fileRecords.get(String(item.id)) ?? (await client.getFile(item.id, signal));
    plan.fileRecords.set(String(item.id), record);
    return [{ file: record, folders: [] }];
  }
  const found: { file: DocSpaceFile; folders: string[] }[] = [];
  const pending: { id: string | number; folders: string[] | undefined }[] = [
    { id: item.id, folders: undefined },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const page = await listing(client, next.id, plan, signal);
    const folders = next.folders ?? [page.current.title];
    for (const file of page.files) found.push({ file, folders });
    for (const folder of [...page.folders].reverse()) {
      pending.push({ id: folder.id, folders: [...folders, folder.title] });
    }
  }
  return found;
}

/** The engine's de-duplication: a second file on the same path becomes "name (2).ext". */
function uniquePath(path: string, taken: Set<string>): string {
  let candidate = path;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const slash = path.lastIndexOf("/");
    const name = path.slice(slash + 1);
    const dot = name.lastIndexOf(".");
    const renamed = dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
    candidate = `${path.slice(0, slash)}/${renamed}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function buildPlan(
  client: DocSpaceClient,
  refs: readonly ItemRef[],
  destinationFolder: string,
  signal?: AbortSignal,
): Promise<Plan> {
  const plan: Plan = { items: [], files: [], problems: [], listings: new Map(), fileRecords: new Map() };
  const taken = new Set<string>();
  for (const ref of refs) {
    let resolved: ResolvedItem;
    let found: { file: DocSpaceFile; folders: string[] }[];
    try {
      resolved = await resolveRef(client, ref, plan, signal);
      found = await walk(client, resolved, plan, signal);
    } catch (failure) {
      if (failure instanceof CliError) throw failure;
      if (signal?.aborted) throw interrupted();
      // A partly readable folder is not exported at all: a half copy would look complete.
      plan.problems.push({ ref, error: asTransferError(failure) });
      continue;
    }
    const itemIndex = plan.items.push(resolved) - 1;
    for (const { file, folders } of found) {
      const wanted = destinationPath(destinationFolder, folders, file.title).path;
      const path = uniquePath(wanted, taken);
      plan.files.push({
        itemIndex,
        file,
        folders,
        path,
        collisionKey: wanted.toLowerCase(),
        size: file.pureContentLength ?? 0,
      });
    }
  }
  return plan;
}

/**
 * A client for the engine that answers from the plan and hides files that need no transfer;
 * the engine then walks, names and de-duplicates the remaining files itself.
 */
export function filteredClient(
  client: DocSpaceClient,
  plan: Plan,
  transfer: ReadonlySet<string>,
): DocSpaceClient {
  return {
    ...client,
    getFile: async (id, signal) => plan.fileRecords.get(String(id)) ?? client.getFile(id, signal),
    listFolder: async (id, signal) => {
      const cached = plan.listings.get(String(id)) ?? (await client.listFolder(id, signal));
      return { ...cached, files: cached.files.filter((file) => transfer.has(String(file.id))) };
    },
  };
}
