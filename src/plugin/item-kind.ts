// Telling a file id from a folder id: the context menu hands the plugin only an id, so the kind is
// found by asking DocSpace (through the core's client) and, when both exist, by the page the user
// is looking at.

import { TransferError, type DocSpaceClient, type DocSpaceFolder, type ExportItem } from "../core";
import type { ItemId, SendTarget } from "./transfer-types";

/** The portal page's current folder (`?folder=` in its URL), to tell a file id from a folder id. */
export type LocationHint = () => { folderId: string | null; mediaViewer: boolean };

export function locationHintFrom(href: string | null): { folderId: string | null; mediaViewer: boolean } {
  if (!href) return { folderId: null, mediaViewer: false };
  try {
    const url = new URL(href);
    // "/rooms/shared/5/filter?folder=17": the query names the folder; without it the path's
    // last id before "filter" names the room being browsed. "/rooms/shared/filter" is the room list.
    const fromPath = /\/(\d+|[\w-]+-[\w-]+)\/filter\/?$/u.exec(url.pathname)?.[1] ?? null;
    return {
      folderId: url.searchParams.get("folder") ?? fromPath,
      mediaViewer: url.pathname.includes("/media/view/"),
    };
  } catch {
    return { folderId: null, mediaViewer: false };
  }
}

/**
 * The menu callback gets only an id, and DocSpace numbers files and folders separately, so
 * 42 can be both a file and a folder the user may read. Ask for both; when both exist, the item
 * shown in the current folder wins (a file's `folderId`, a folder's `parentId`); if that cannot
 * decide, the file wins, being the common case.
 */
export async function resolveKind(
  target: SendTarget,
  docspace: Pick<DocSpaceClient, "getFile">,
  getFolder: (id: ItemId) => Promise<Pick<DocSpaceFolder, "parentId" | "roomType">>,
  hint: ReturnType<LocationHint>,
): Promise<ExportItem> {
  if (target.kind) return { type: target.kind, id: target.id };
  const [file, folder] = await Promise.allSettled([docspace.getFile(target.id), getFolder(target.id)]);
  const fileFound = file.status === "fulfilled";
  const folderRecord = folder.status === "fulfilled" ? folder.value : null;
  const folderType = (): ExportItem["type"] =>
    folderRecord && typeof folderRecord.roomType === "number" ? "room" : "folder";
  if (fileFound && !folderRecord) return { type: "file", id: target.id };
  if (!fileFound && folderRecord) return { type: folderType(), id: target.id };
  if (fileFound && folderRecord) {
    if (hint.mediaViewer) return { type: "file", id: target.id };
    const here = hint.folderId;
    const fileHere = here !== null && String(file.value.folderId) === here;
    const folderHere = here !== null && String(folderRecord.parentId) === here;
    if (folderHere && !fileHere) return { type: folderType(), id: target.id };
    if (here === null && folderType() === "room") return { type: "room", id: target.id };
    return { type: "file", id: target.id };
  }
  // Neither: report the file lookup's reason (404, 403, signed out), which the user can act on.
  throw file.status === "rejected" ? file.reason : new TransferError("not-found", "The item was not found.");
}
