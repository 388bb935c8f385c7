// Sync semantics: a re-run skips files already in Dropbox with the same content hash.
//
// DocSpace publishes no content hash (DocSpace-server products/ASC.Files/Core/ApiModels/
// ResponseDto/FileDto.cs has none), so "same hash" is established in
// one of two ways, cheapest first:
// 1. Recorded: the previous run saved, per DocSpace file, its version stamp (version, updated,
//    size), the planned and actual Dropbox paths and the content hash Dropbox confirmed. If the
//    stamp is unchanged and Dropbox still holds a file with that hash at that path, the file is
//    skipped without downloading anything. This also recognises a file Dropbox autorenamed.
// 2. Compared: no usable record, but Dropbox has a file of the same size at the planned path, or
//    (keep-both exports) under a name Dropbox's autorename gives it ("a (1).txt"): the copy an
//    earlier run made beside a foreign file before it crashed or lost this state file. The file is
//    downloaded and hashed once (nothing is uploaded); a hash equal to any of them → skipped and
//    recorded, so a rerun never adds "a (2).txt".
// Anything else is transferred. A lost or foreign state file therefore costs downloads, never
// correctness; a stale one cannot cause a wrong skip, because Dropbox's hash is re-checked.

import { readFile } from "node:fs/promises";
import { autorenamePattern, splitPath, type DocSpaceFile, type DocSpaceId } from "../core";
import { writePrivateFile } from "./config";

export interface SyncRecord {
  /** Where the file was meant to go (before any autorename). */
  plannedPath: string;
  /** Where Dropbox put it. */
  dropboxPath: string;
  contentHash: string;
  stamp: string;
}

export interface SyncState {
  version: 1;
  records: Record<string, SyncRecord>;
}

export interface RemoteFile {
  pathDisplay: string;
  size: number;
  contentHash: string;
}

/** Dropbox paths compare case-insensitively (the "Path formats" paragraph of
 * https://www.dropbox.com/developers/documentation/http/documentation). */
export type RemoteIndex = Map<string, RemoteFile>;

export type Decision =
  | { action: "skip"; reason: "unchanged"; dropboxPath: string; contentHash: string }
  /** Same-size files that may be this one: at the planned path first, then autorenamed copies. */
  | { action: "compare"; candidates: RemoteFile[] }
  | { action: "transfer" };

/** Changes whenever DocSpace stores new bytes: a new version, an edit, or a size change. */
export function stampOf(file: DocSpaceFile): string {
  return `${file.version ?? ""}|${file.updated ?? ""}|${file.pureContentLength ?? 0}`;
}

/**
 * One record per portal, Dropbox account, destination folder and DocSpace file: exporting a room
 * to /K, then /K32, then /K again finds the /K records still there (Dropbox folders compare
 * case-insensitively).
 */
export function recordKey(
  portal: string,
  accountId: string,
  destinationFolder: string,
  id: DocSpaceId,
): string {
  return `${portal} ${accountId} ${destinationFolder.toLowerCase()} ${String(id)}`;
}

/**
 * `autorenamed`: Dropbox files beside the planned path whose names autorename could have given it
 * (keep-both exports only; see `autorenamedCopies`).
 */
export function decide(
  planned: { path: string; size: number; stamp: string },
  record: SyncRecord | undefined,
  remote: RemoteIndex,
  autorenamed: readonly RemoteFile[] = [],
): Decision {
  if (
    record &&
    record.plannedPath.toLowerCase() === planned.path.toLowerCase() &&
    record.stamp === planned.stamp
  ) {
    const there = remote.get(record.dropboxPath.toLowerCase());
    if (there && there.contentHash === record.contentHash) {
      return {
        action: "skip",
        reason: "unchanged",
        dropboxPath: there.pathDisplay,
        contentHash: there.contentHash,
      };
    }
  }
  const there = remote.get(planned.path.toLowerCase());
  const candidates = [there, ...autorenamed].filter(
    (file): file is RemoteFile => file !== undefined && file.size === planned.size,
  );
  if (candidates.length > 0) return { action: "compare", candidates };
  return { action: "transfer" };
}

/** Remote files by lower-cased parent folder, for `autorenamedCopies`. */
export function byFolder(remote: RemoteIndex): Map<string, RemoteFile[]> {
  const folders = new Map<string, RemoteFile[]>();
  for (const file of remote.values()) {
    const parent = splitPath(file.pathDisplay).parent.toLowerCase();
    const list = folders.get(parent) ?? [];
    list.push(file);
    folders.set(parent, list);
  }
  return folders;
}

/** Files beside `path` named as Dropbox's autorename names a copy of it ("a (1).txt"), not `path` itself. */
export function autorenamedCopies(
  path: string,
  folders: ReadonlyMap<string, readonly RemoteFile[]>,
): RemoteFile[] {
  const { parent, name } = splitPath(path);
  const pattern = autorenamePattern(name);
  return (folders.get(parent.toLowerCase()) ?? []).filter((file) => {
    const own = splitPath(file.pathDisplay).name;
    return own.toLowerCase() !== name.toLowerCase() && pattern.test(own);
  });
}

function emptyState(): SyncState {
  return { version: 1, records: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function validRecord(value: unknown): value is SyncRecord {
  return (
    isRecord(value) &&
    typeof value.plannedPath === "string" &&
    typeof value.dropboxPath === "string" &&
    typeof value.contentHash === "string" &&
    typeof value.stamp === "string"
  );
}

/** A missing file is a first run; an unreadable one is ignored (it only saves downloads). */
export async function loadState(path: string, warn: (text: string) => void): Promise<SyncState> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ENOENT")
      warn(`Could not read ${path}; files will be compared in Dropbox.`);
    return emptyState();
  }
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || value.version !== 1 || !isRecord(value.records)) throw new Error("shape");
    const records: Record<string, SyncRecord> = {};
    for (const [key, record] of Object.entries(value.records)) if (validRecord(record)) records[key] = record;
    return { version: 1, records };
  } catch {
    warn(`${path} is not a sync state file; it will be rewritten. Files will be compared in Dropbox.`);
    return emptyState();
  }
}

export async function saveState(path: string, state: SyncState): Promise<void> {
  await writePrivateFile(path, `${JSON.stringify(state)}\n`);
}
