// Planning: resolves DocSpace items into files and fixes each file's Dropbox path before anything
// moves. `exportItems` writes exactly these paths, so a caller that inspects a plan (the CLI's
// sync check) looks where the engine will write; walk order, naming and de-duplication live here
// only.

import { toTransferError } from "./classify";
import type { DocSpaceClient } from "./docspace/client";
import { fileSize, type DocSpaceFile, type DocSpaceId, type FolderListing } from "./docspace/types";
import { TransferError } from "./errors";
import { numberedName, sanitizeName, uniqueReasons, type RenameReason } from "./naming";
import { resolveOptions } from "./options";
import { abortReason, systemClock, type Clock } from "./ports";

/**
 * Folder listings fetched at once during a walk: each is one small GET of up to 100 entries, and
 * nothing else of the export runs yet. 16, as the naive client of the 1000-file benchmark lists;
 * far below the 50 concurrent GETs per user DocSpace's rate limiter allows
 * (ONLYOFFICE/DocSpace-server common/ASC.Api.Core/Core/BaseStartup.cs `AddRateLimiter`).
 */
const LISTINGS_AT_ONCE = 16;

export interface ExportItem {
  type: "file" | "folder" | "room";
  id: DocSpaceId;
}

export interface ItemFailure {
  item: ExportItem;
  error: TransferError;
  /**
   * Set when only part of a folder or room failed: the DocSpace-side relative path of the
   * subfolder that could not be read ("Room/Drafts"). Everything else of the item is planned.
   */
  path?: string;
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
  /** Why the name changed, when `renamedFrom` is set. */
  renameReasons?: readonly RenameReason[];
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
   * Items, or subfolders of items (`path` set), that could not be read. A subfolder that vanished
   * or became unreadable mid-walk costs only its own files; every other file is planned.
   */
  itemFailures: readonly ItemFailure[];
}

export interface PlanRequest {
  items: readonly ExportItem[];
  signal?: AbortSignal;
}

/** One DocSpace folder on the way down: its id tells two same-titled folders apart. */
interface FolderStep {
  id: DocSpaceId;
  title: string;
}

interface Found {
  itemIndex: number;
  file: DocSpaceFile;
  folders: FolderStep[];
}

async function resolveItems(
  docspace: DocSpaceClient,
  items: readonly ExportItem[],
  signal: AbortSignal | undefined,
  clock: Clock,
): Promise<{ found: Found[]; failures: ItemFailure[]; empty: FolderStep[][] }> {
  const found: Found[] = [];
  const failures: ItemFailure[] = [];
  const empty: FolderStep[][] = [];
  const failure = (item: ExportItem, cause: unknown, path?: string): ItemFailure => {
    if (signal?.aborted) throw abortReason(signal);
    const error = toTransferError(cause, { signal, nowMs: clock.now(), service: "docspace" });
    return path === undefined ? { item, error } : { item, error, path };
  };
  for (const [itemIndex, item] of items.entries()) {
    if (item.type === "file") {
      try {
        found.push({ itemIndex, file: await docspace.getFile(item.id, signal), folders: [] });
      } catch (cause) {
        failures.push(failure(item, cause));
      }
      continue;
    }
    let top: FolderListing;
    try {
      top = await docspace.listFolder(item.id, signal);
    } catch (cause) {
      failures.push(failure(item, cause));
      continue;
    }
    // Depth-first over direct-child listings; the folder or room itself becomes the top folder. A
    // subfolder deleted or locked after its parent was listed fails alone, under its own name. The
    // listings themselves are fetched ahead, several at once (listingsAhead).
    const ahead = listingsAhead(docspace, top, signal);
    try {
      const pending: { listing: FolderListing | undefined; id: DocSpaceId; folders: FolderStep[] }[] = [
        { listing: top, id: item.id, folders: [{ id: item.id, title: top.current.title }] },
      ];
      while (pending.length > 0) {
        const next = pending.pop();
        if (!next) break;
        let listing = next.listing;
        if (!listing) {
          try {
            listing = await ahead.listing(next.id);
          } catch (cause) {
            failures.push(failure(item, cause, pathOf(next.folders)));
            continue;
          }
        }
        const { folders } = next;
        if (listing.unlisted !== undefined) {
          const where = pathOf(folders);
          failures.push({ item, error: unlistedError(listing.unlisted, where), path: where });
        }
        for (const file of listing.files) found.push({ itemIndex, file, folders });
        if (listing.files.length === 0 && listing.folders.length === 0) empty.push(folders);
        for (const folder of [...listing.folders].reverse()) {
          pending.push({
            listing: undefined,
            id: folder.id,
            folders: [...folders, { id: folder.id, title: folder.title }],
          });
        }
      }
    } finally {
      ahead.stop();
    }
  }
  return { found, failures, empty };
}

/** A folder's path within the exported item, as failures name it. */
function pathOf(folders: readonly FolderStep[]): string {
  return folders.map((step) => step.title).join("/");
}

/**
 * A folder whose listing kept shifting: what was listed is sent, and the rest is reported, never
 * dropped in silence. Sending the folder again lists it afresh.
 */
function unlistedError(count: number, where: string): TransferError {
  return new TransferError(
    "incomplete-listing",
    `DocSpace's listing of "${where}" changed order between its pages, so up to ${count} of its entries were never listed and not sent.`,
  );
}

/**
 * Folder listings a tree walk will need, fetched ahead of it, up to `LISTINGS_AT_ONCE` at a time:
 * one listing after another cost 2.8 s for 111 folders at 20 ms per request (the 1000-file run in
 * docs/benchmarks.md). Subfolders are fetched in about the walk's own depth-first order (a stack),
 * each as soon as its parent's listing arrived, whatever happened to its siblings. The walk still
 * consumes the listings in its order, so the plan, and each failing subfolder's failure under its
 * own path, are exactly those of listing one at a time. A listing the walk needs before it was
 * fetched ahead starts at once (so one more than the cap can be in flight for a moment).
 */
function listingsAhead(
  docspace: DocSpaceClient,
  top: FolderListing,
  signal: AbortSignal | undefined,
): { listing(id: DocSpaceId): Promise<FolderListing>; stop(): void } {
  const started = new Map<DocSpaceId, Promise<FolderListing>>();
  const seen = new Set<DocSpaceId>();
  const next: DocSpaceId[] = [];
  let active = 0;
  let stopped = false;
  const queueChildren = (listing: FolderListing): void => {
    for (const folder of [...listing.folders].reverse()) next.push(folder.id);
  };
  const start = (id: DocSpaceId): Promise<FolderListing> => {
    seen.add(id);
    active += 1;
    const listed = docspace.listFolder(id, signal);
    started.set(id, listed);
    const settled = (): void => {
      active -= 1;
      pump();
    };
    // A failure is the walk's to record when it reaches the folder; here it only frees the slot.
    listed.then((listing) => {
      queueChildren(listing);
      settled();
    }, settled);
    return listed;
  };
  const pump = (): void => {
    while (!stopped && active < LISTINGS_AT_ONCE && next.length > 0) {
      const id = next.pop();
      if (id !== undefined && !seen.has(id)) void start(id);
    }
  };
  queueChildren(top);
  pump();
  return {
    listing(id) {
      const listed = started.get(id) ?? start(id);
      // Handed over once: the map does not keep listings the walk is done with.
      started.delete(id);
      return listed;
    },
    stop() {
      stopped = true;
      next.length = 0;
    },
  };
}

/**
 * Fixes every Dropbox name of the export. Dropbox ignores case, and sanitizing can make different
 * DocSpace names equal ("Report"/"report", "a\u0001"/"a\u0002"), so:
 * - each DocSpace folder (told apart by id) gets its own Dropbox folder; a second one that would
 *   land on a taken name is numbered ("Room", "Room (2)"), so two same-titled rooms never share,
 *   let alone overwrite, each other's files;
 * - folders are named before files, and a file never takes a folder's name or another file's;
 * - a number never pushes a name past 255 characters (`numberedName`).
 */
class Namer {
  private readonly folderPaths = new Map<string, { path: string; reasons: RenameReason[] }>();
  /** Lower-cased Dropbox paths taken by folders, and by files. */
  private readonly folders = new Set<string>();
  private readonly files = new Set<string>();

  constructor(private readonly destinationFolder: string) {}

  /** The Dropbox folder for a chain of DocSpace folders, and why any part of it was renamed. */
  folder(chain: readonly FolderStep[]): { path: string; reasons: RenameReason[] } {
    if (chain.length === 0) return { path: this.destinationFolder, reasons: [] };
    const key = chain.map((step) => String(step.id)).join("/");
    const known = this.folderPaths.get(key);
    if (known) return known;
    const parent = this.folder(chain.slice(0, -1));
    const last = chain[chain.length - 1];
    const sanitized = sanitizeName(last?.title ?? "", false);
    const reasons = [...parent.reasons, ...sanitized.reasons];
    let path = `${parent.path}/${sanitized.name}`;
    for (let n = 2; this.folders.has(path.toLowerCase()); n += 1) {
      path = `${parent.path}/${numberedName(sanitized.name, n, false)}`;
      if (n === 2) reasons.push("name-clash");
    }
    this.folders.add(path.toLowerCase());
    const named = { path, reasons: uniqueReasons(reasons) };
    this.folderPaths.set(key, named);
    return named;
  }

  file(chain: readonly FolderStep[], title: string): { path: string; reasons: RenameReason[] } {
    const parent = this.folder(chain);
    const sanitized = sanitizeName(title, true);
    const reasons = [...parent.reasons, ...sanitized.reasons];
    let path = `${parent.path}/${sanitized.name}`;
    const taken = (candidate: string): boolean =>
      this.files.has(candidate.toLowerCase()) || this.folders.has(candidate.toLowerCase());
    for (let n = 2; taken(path); n += 1) {
      path = `${parent.path}/${numberedName(sanitized.name, n, true)}`;
      if (n === 2) reasons.push("name-clash");
    }
    this.files.add(path.toLowerCase());
    return { path, reasons: uniqueReasons(reasons) };
  }
}

function planNames(
  found: readonly Found[],
  empty: readonly FolderStep[][],
  destinationFolder: string,
): { files: ExportPlanFile[]; emptyFolders: string[] } {
  const namer = new Namer(destinationFolder);
  // Every folder first, in walk order, so no file can take a name a folder needs.
  for (const { folders } of found) namer.folder(folders);
  const emptyFolders = empty.map((chain) => namer.folder(chain).path);
  const files = found.map(({ itemIndex, file, folders }) => {
    const titles = folders.map((step) => step.title);
    const { path, reasons } = namer.file(folders, file.title);
    return {
      itemIndex,
      file,
      folders: titles,
      dropboxPath: path,
      size: fileSize(file),
      ...(reasons.length > 0
        ? { renamedFrom: [...titles, file.title].join("/"), renameReasons: reasons }
        : {}),
    };
  });
  return { files, emptyFolders };
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
    ...planNames(found, empty, destinationFolder),
    itemFailures: failures,
  };
}
