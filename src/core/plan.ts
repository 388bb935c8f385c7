// Planning: resolves DocSpace items into files and fixes each file's Dropbox path before anything
// moves. `exportItems` writes exactly these paths, so a caller that inspects a plan (the CLI's
// sync check) looks where the engine will write; walk order, naming and de-duplication live here
// only.

import { toTransferError } from "./classify";
import type { DocSpaceClient } from "./docspace/client";
import { fileSize, type DocSpaceFile, type DocSpaceId, type FolderListing } from "./docspace/types";
import type { TransferError } from "./errors";
import { destinationPath, sanitizeName } from "./naming";
import { resolveOptions } from "./options";
import { abortReason, systemClock, type Clock } from "./ports";

/** Folder listings fetched at once during a walk: each is one small GET of up to 100 entries. */
const LISTINGS_AT_ONCE = 8;

export interface ExportItem {
  type: "file" | "folder" | "room";
  id: DocSpaceId;
}

export interface ItemFailure {
  item: ExportItem;
  error: TransferError;
}

export interface ExportPlanFile {
  /** Index into `ExportPlan.items` of the item the file was found under. */
  itemIndex: number;
  file: DocSpaceFile;
  /** Relative folders from the exported folder or room (included) down to the file. */
  folders: readonly string[];
  /** Where `exportItems` writes the file (Dropbox may still autorename it on a conflict). */
  dropboxPath: string;
  size: number;
  /** The DocSpace-side relative path, when sanitizing or de-duplication changed the name. */
  renamedFrom?: string;
}

export interface ExportPlan {
  /** The normalized folder every path below starts with. */
  destinationFolder: string;
  /** The items as requested, in order, including those that failed. */
  items: readonly ExportItem[];
  /** Every file to export, in transfer order. */
  files: readonly ExportPlanFile[];
  /** Dropbox paths of empty DocSpace folders, recreated after the files. */
  emptyFolders: readonly string[];
  /**
   * Items that could not be read, each naming the requested item object itself. A folder that
   * failed part-way keeps the files listed before the failure, as `exportItems({ items })` always
   * has.
   */
  itemFailures: readonly ItemFailure[];
}

export interface PlanRequest {
  items: readonly ExportItem[];
  signal?: AbortSignal;
}

interface Found {
  itemIndex: number;
  file: DocSpaceFile;
  folders: string[];
}

async function resolveItems(
  docspace: DocSpaceClient,
  items: readonly ExportItem[],
  signal: AbortSignal | undefined,
  clock: Clock,
): Promise<{ found: Found[]; failures: ItemFailure[]; empty: string[][] }> {
  const found: Found[] = [];
  const failures: ItemFailure[] = [];
  const empty: string[][] = [];
  for (const [itemIndex, item] of items.entries()) {
    try {
      if (item.type === "file") {
        found.push({ itemIndex, file: await docspace.getFile(item.id, signal), folders: [] });
        continue;
      }
      // Depth-first over direct-child listings; the folder or room itself becomes the top folder.
      // The listings themselves are fetched ahead, several at once (listingsAhead).
      const ahead = listingsAhead(docspace, item.id, signal);
      const pending: { id: DocSpaceId; folders: string[] | undefined }[] = [
        { id: item.id, folders: undefined },
      ];
      try {
        while (pending.length > 0) {
          const next = pending.pop();
          if (!next) break;
          const listing = await ahead.listing(next.id);
          const folders = next.folders ?? [listing.current.title];
          for (const file of listing.files) found.push({ itemIndex, file, folders });
          if (listing.files.length === 0 && listing.folders.length === 0) empty.push(folders);
          for (const folder of [...listing.folders].reverse()) {
            pending.push({ id: folder.id, folders: [...folders, folder.title] });
          }
        }
      } finally {
        ahead.stop();
      }
    } catch (failure) {
      if (signal?.aborted) throw abortReason(signal);
      failures.push({
        item,
        error: toTransferError(failure, { signal, nowMs: clock.now(), service: "docspace" }),
      });
    }
  }
  return { found, failures, empty };
}

/**
 * Folder listings a tree walk will need, fetched ahead of it with up to `LISTINGS_AT_ONCE` at a
 * time: one listing after another cost 2.8 s for 111 folders at 20 ms per request (the 1000-file
 * run in docs/benchmarks.md). The walk still consumes them in its own order, so the plan, and
 * which files a failing folder keeps, are exactly those of listing one at a time. After a failure
 * no further listing starts; the walk lists whatever it still needs itself, then meets the failure.
 */
function listingsAhead(
  docspace: DocSpaceClient,
  rootId: DocSpaceId,
  signal: AbortSignal | undefined,
): { listing(id: DocSpaceId): Promise<FolderListing>; stop(): void } {
  const started = new Map<DocSpaceId, Promise<FolderListing>>();
  const waiting: (() => void)[] = [];
  let active = 0;
  let stopped = false;
  /** Waits for one of the `LISTINGS_AT_ONCE` slots; after a failure, only the walk still gets one. */
  const acquire = async (forTheWalk: boolean): Promise<boolean> => {
    for (;;) {
      if (stopped && !forTheWalk) {
        waiting.shift()?.();
        return false;
      }
      if (active < LISTINGS_AT_ONCE) break;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    active += 1;
    return true;
  };
  const release = (): void => {
    active -= 1;
    waiting.shift()?.();
  };
  const start = (id: DocSpaceId): Promise<FolderListing> => {
    const listed = docspace.listFolder(id, signal);
    started.set(id, listed);
    listed.then(
      (listing) => {
        for (const folder of listing.folders) void fetchAhead(folder.id);
      },
      // The walk meets this failure when it gets here; nothing more is worth fetching.
      () => (stopped = true),
    );
    return listed;
  };
  const settled = (listed: Promise<FolderListing>): Promise<unknown> => listed.catch(() => undefined);
  const fetchAhead = async (id: DocSpaceId): Promise<void> => {
    if (started.has(id) || !(await acquire(false))) return;
    if (!started.has(id)) await settled(start(id));
    release();
  };
  void fetchAhead(rootId);
  return {
    async listing(id) {
      const known = started.get(id);
      if (known) return known;
      await acquire(true);
      const listed = started.get(id) ?? start(id);
      await settled(listed);
      release();
      return listed;
    },
    stop() {
      stopped = true;
      for (const wake of waiting.splice(0)) wake();
    },
  };
}

/** Two files that would land on the same path (Dropbox ignores case) get distinct names. */
function planFiles(found: readonly Found[], destinationFolder: string): ExportPlanFile[] {
  const taken = new Set<string>();
  return found.map(({ itemIndex, file, folders }) => {
    const destination = destinationPath(destinationFolder, folders, file.title);
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
    return {
      itemIndex,
      file,
      folders,
      dropboxPath: path,
      size: fileSize(file),
      ...(renamedFrom !== undefined ? { renamedFrom } : {}),
    };
  });
}

/**
 * Lists every item once and fixes each file's Dropbox path; reads DocSpace only. Throws
 * `InvalidOptionError` for a bad destination folder and the abort reason when cancelled; any other
 * failure is an item failure in the plan.
 */
export async function planExport(
  docspace: DocSpaceClient,
  request: PlanRequest & { destinationFolder?: string; clock?: Clock },
): Promise<ExportPlan> {
  const { destinationFolder } = resolveOptions(
    request.destinationFolder !== undefined ? { destinationFolder: request.destinationFolder } : {},
  );
  const clock = request.clock ?? systemClock;
  const { found, failures, empty } = await resolveItems(docspace, request.items, request.signal, clock);
  return {
    destinationFolder,
    items: [...request.items],
    files: planFiles(found, destinationFolder),
    emptyFolders: empty.map((folders) =>
      [destinationFolder, ...folders.map((part) => sanitizeName(part, false).name)].join("/"),
    ),
    itemFailures: failures,
  };
}
