import { createHash, createHmac } from "node:crypto";

import { fileDto, folderDto, pathParts, type DtoContext, type JsonObject } from "../dto";
import { sendEmpty, sendEnvelope, sendError, sendValidation } from "../http";
import {
  FolderType,
  ROOM_TYPE_BY_FOLDER_TYPE,
  extensionOf,
  fileTypeOf,
  isRoomType,
  type FolderNode,
  type Node,
} from "../model";
import { SEED } from "../seed";
import { dtoContext, type EmulatorState, type RequestContext } from "../state";

const NO_FILE = "The required file was not found";
const NO_FOLDER = "The required folder was not found";
const NO_FILE_PERMISSION = "You don't have enough permission to view the file";
const NO_FOLDER_PERMISSION = "You don't have enough permission to view the folder content";

/**
 * `stream_auth` = `{ms}.{HASH}`, checked for unauthenticated stream requests (ONLYOFFICE/DocSpace-server
 * products/ASC.Files/Core/Helpers/PathProvider.cs GetFileStreamUrl, FileHandler.ashx.cs StreamFileAsync).
 */
export function streamAuthToken(state: EmulatorState, fileId: string, version: number, ms: number): string {
  const hash = createHmac("sha256", `stream:${state.config.seed}`)
    .update(`${fileId}${version}${ms}`)
    .digest("base64url")
    .toUpperCase();
  return `${ms}.${hash}`;
}

export function verifyStreamAuth(
  state: EmulatorState,
  fileId: string,
  version: number,
  token: string,
): boolean {
  const dot = token.indexOf(".");
  const ms = Number(token.slice(0, dot));
  if (dot <= 0 || !Number.isFinite(ms)) return false;
  if (streamAuthToken(state, fileId, version, ms) !== token) return false;
  return state.clock.now() - ms <= state.config.streamUrlMinutes * 60_000;
}

/** Validates `startIndex`/`count` like the model binder: count 1–100 (ApiContext.MaxCount). */
function paging(ctx: RequestContext): { startIndex: number; count: number } | undefined {
  const rawCount = ctx.url.searchParams.get("count");
  const rawStart = ctx.url.searchParams.get("startIndex");
  const count = rawCount === null ? 100 : Number(rawCount);
  const startIndex = rawStart === null ? 0 : Number(rawStart);
  const errors: Record<string, string[]> = {};
  if (!Number.isInteger(count) || count < 1 || count > 100)
    errors.Count = ["The field Count must be between 1 and 100."];
  if (!Number.isInteger(startIndex) || startIndex < 0)
    errors.StartIndex = [`The value '${rawStart ?? ""}' is not valid for StartIndex.`];
  if (Object.keys(errors).length > 0) {
    sendValidation(ctx.req, ctx.res, ctx.state.origin, errors);
    return undefined;
  }
  return { startIndex, count };
}

const TYPE_FILTERS: Record<number, (node: Node) => boolean> = {
  1: (n) => n.kind === "file",
  2: (n) => n.kind === "folder",
  3: (n) => n.kind === "file" && fileTypeOf(extensionOf(n.title)) === 7,
  4: (n) => n.kind === "file" && fileTypeOf(extensionOf(n.title)) === 6,
  5: (n) => n.kind === "file" && fileTypeOf(extensionOf(n.title)) === 5,
  7: (n) => n.kind === "file" && fileTypeOf(extensionOf(n.title)) === 4,
  10: (n) => n.kind === "file" && fileTypeOf(extensionOf(n.title)) === 1,
  12: (n) => n.kind === "file" && [2, 3].includes(fileTypeOf(extensionOf(n.title))),
  22: (n) => n.kind === "file" && fileTypeOf(extensionOf(n.title)) === 10,
  25: (n) => n.kind === "file" && fileTypeOf(extensionOf(n.title)) === 11,
};

function sortEntries(ctx: RequestContext, nodes: Node[]): Node[] {
  const sortBy = ctx.url.searchParams.get("sortBy") ?? "DateAndTime";
  const desc =
    ctx.url.searchParams.get("sortOrder") === "1" || ctx.url.searchParams.get("sortOrder") === "descending";
  const key = (n: Node): number | string => {
    switch (sortBy) {
      case "AZ":
      case "Title":
        return n.title.toLowerCase();
      case "Size":
        return n.kind === "file" ? n.size : 0;
      case "Type":
        return n.kind === "file" ? extensionOf(n.title) : "";
      // Both are `datetime` columns, whole seconds (products/ASC.Files/Core/Core/EF/DbFile.cs).
      case "DateAndTimeCreation":
        return Math.floor(n.created / 1000);
      default:
        return Math.floor(n.updated / 1000);
    }
  };
  // Faults.shiftingTies: ties take an order of their own for each page asked for.
  const page = ctx.url.searchParams.get("startIndex") ?? "0";
  const tieKey = (n: Node): string =>
    ctx.state.faults.shiftingTies
      ? createHash("sha256")
          .update(`${page}\0${String(n.id)}`)
          .digest("hex")
      : String(n.id);
  const compare = (a: Node, b: Node): number => {
    const ka = key(a);
    const kb = key(b);
    const primary = ka < kb ? -1 : ka > kb ? 1 : 0;
    return (desc ? -primary : primary) || tieKey(a).localeCompare(tieKey(b), "en", { numeric: true });
  };
  // Folders are always listed before files.
  return [
    ...nodes.filter((n) => n.kind === "folder").sort(compare),
    ...nodes.filter((n) => n.kind === "file").sort(compare),
  ];
}

function folderContent(ctx: RequestContext, dto: DtoContext, current: FolderNode, entries: Node[]): void {
  const page = paging(ctx);
  if (!page) return;
  const sorted = sortEntries(ctx, entries);
  const slice = sorted.slice(page.startIndex, page.startIndex + page.count);
  const response: JsonObject = {
    files: slice.filter((n) => n.kind === "file").map((n) => fileDto(dto, n)),
    folders: slice.filter((n) => n.kind === "folder").map((n) => folderDto(dto, n)),
    current: folderDto(dto, current),
    pathParts: pathParts(dto, current),
    startIndex: page.startIndex,
    count: slice.length,
    total: sorted.length,
    new: 0,
  };
  sendEnvelope(ctx.req, ctx.res, ctx.state.origin, response);
}

function listFolder(ctx: RequestContext, folder: FolderNode): void {
  const { store } = ctx.state;
  const q = ctx.url.searchParams;
  if (!store.canRead(ctx.auth.user, folder))
    return sendError(ctx.res, "invalidOperation", NO_FOLDER_PERMISSION);
  const filterType = Number(q.get("filterType") ?? "0");
  const filterValue = (q.get("filterValue") ?? "").toLowerCase();
  const extensions = (q.get("extension") ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const applyFilterOption = Number(q.get("applyFilterOption") ?? "0");
  const filtered = filterType !== 0 || filterValue !== "" || extensions.length > 0;
  // The trap: a missing withSubFolders is true, so any filter searches the whole subtree (ONLYOFFICE/
  // DocSpace-server products/ASC.Files/Server/Api/FoldersController.cs `inDto.WithSubFolders ?? true`).
  const withSubFolders = (q.get("withSubFolders") ?? "true").toLowerCase() !== "false";
  const candidates =
    filtered && withSubFolders ? store.descendantsOf(folder.id) : store.childrenOf(folder.id);
  const entries = candidates.filter((n) => {
    if (!store.canRead(ctx.auth.user, n)) return false;
    const typeFilter = TYPE_FILTERS[filterType];
    if (filterType !== 0 && typeFilter && !typeFilter(n)) return false;
    if (filterValue && !n.title.toLowerCase().includes(filterValue)) return false;
    if (
      extensions.length > 0 &&
      (n.kind !== "file" ||
        !extensions.some((e) => extensionOf(n.title) === (e.startsWith(".") ? e : `.${e}`)))
    )
      return false;
    if (applyFilterOption === 1 && n.kind !== "file") return false;
    if (applyFilterOption === 2 && n.kind !== "folder") return false;
    return true;
  });
  folderContent(ctx, dtoContext(ctx), folder, entries);
}

function listRooms(ctx: RequestContext): void {
  const { store } = ctx.state;
  if (!ctx.auth.user) return sendEmpty(ctx.res, 401);
  const q = ctx.url.searchParams;
  const searchArea = Number(q.get("searchArea") ?? "0");
  const types = q.getAll("type").map(Number);
  const filterValue = (q.get("filterValue") ?? "").toLowerCase();
  const rootIds =
    searchArea === 1
      ? [SEED.roots.archive]
      : searchArea === 2
        ? [SEED.roots.rooms, SEED.roots.archive]
        : [SEED.roots.rooms];
  const rooms = rootIds
    .flatMap((id) => store.childrenOf(id))
    .filter((n): n is FolderNode => n.kind === "folder" && isRoomType(n.folderType))
    .filter((room) => store.canRead(ctx.auth.user, room))
    .filter(
      (room) => types.length === 0 || types.includes(ROOM_TYPE_BY_FOLDER_TYPE.get(room.folderType) ?? -1),
    )
    .filter((room) => !filterValue || room.title.toLowerCase().includes(filterValue));
  const current = store.folder(searchArea === 1 ? SEED.roots.archive : SEED.roots.rooms);
  if (!current) return sendError(ctx.res, "notFound", NO_FOLDER);
  folderContent(ctx, dtoContext(ctx), current, rooms);
}

function sendFolderDto(ctx: RequestContext, id: string, roomOnly: boolean): void {
  const folder = ctx.state.store.folder(id);
  if (!folder || (roomOnly && !isRoomType(folder.folderType)))
    return sendError(ctx.res, "notFound", NO_FOLDER);
  if (!ctx.state.store.canRead(ctx.auth.user, folder))
    return sendError(ctx.res, "invalidOperation", NO_FOLDER_PERMISSION);
  sendEnvelope(ctx.req, ctx.res, ctx.state.origin, folderDto(dtoContext(ctx), folder));
}

function myFolder(ctx: RequestContext, type: number): FolderNode | undefined {
  const user = ctx.auth.user;
  if (!user) return undefined;
  return ctx.state.store
    .all()
    .find((n): n is FolderNode => n.kind === "folder" && n.folderType === type && n.ownerId === user.id);
}

/** GET routes under /api/2.0/files. Returns false when the path is not one of them. */
export function handleFiles(ctx: RequestContext): boolean {
  if (ctx.method !== "GET") return false;
  const { store } = ctx.state;
  const path = ctx.path;
  let m: RegExpMatchArray | null;

  if ((m = path.match(/^\/api\/2\.0\/files\/file\/([^/]+)\/presigneduri$/))) {
    if (!ctx.auth.user) {
      sendEmpty(ctx.res, 401);
      return true;
    }
    const file = store.file(decodeURIComponent(m[1] ?? ""));
    if (!file) sendError(ctx.res, "notFound", NO_FILE);
    else if (!store.canRead(ctx.auth.user, file)) sendError(ctx.res, "invalidOperation", NO_FILE_PERMISSION);
    else {
      const id = String(file.id);
      const token = streamAuthToken(ctx.state, id, file.version, ctx.state.clock.now());
      const url = `${ctx.state.origin}/filehandler.ashx?action=stream&fileid=${encodeURIComponent(id)}&version=${file.version}&stream_auth=${encodeURIComponent(token)}`;
      sendEnvelope(ctx.req, ctx.res, ctx.state.origin, url);
    }
    return true;
  }
  if ((m = path.match(/^\/api\/2\.0\/files\/file\/([^/]+)$/))) {
    const file = store.file(decodeURIComponent(m[1] ?? ""));
    if (!file) sendError(ctx.res, "notFound", NO_FILE);
    else if (!store.canRead(ctx.auth.user, file)) sendError(ctx.res, "invalidOperation", NO_FILE_PERMISSION);
    else sendEnvelope(ctx.req, ctx.res, ctx.state.origin, fileDto(dtoContext(ctx), file));
    return true;
  }
  if (path === "/api/2.0/files/rooms") {
    listRooms(ctx);
    return true;
  }
  if ((m = path.match(/^\/api\/2\.0\/files\/rooms\/([^/]+)$/))) {
    if (!ctx.auth.user) sendEmpty(ctx.res, 401);
    else sendFolderDto(ctx, decodeURIComponent(m[1] ?? ""), true);
    return true;
  }
  if ((m = path.match(/^\/api\/2\.0\/files\/folder\/([^/]+)\/path$/))) {
    const folder = store.folder(decodeURIComponent(m[1] ?? ""));
    if (!folder) sendError(ctx.res, "notFound", NO_FOLDER);
    else if (!store.canRead(ctx.auth.user, folder))
      sendError(ctx.res, "invalidOperation", NO_FOLDER_PERMISSION);
    else {
      const dto = dtoContext(ctx);
      sendEnvelope(
        ctx.req,
        ctx.res,
        ctx.state.origin,
        [...store.ancestorsOf(folder), folder].map((f) => folderDto(dto, f)),
      );
    }
    return true;
  }
  if ((m = path.match(/^\/api\/2\.0\/files\/folder\/([^/]+)$/))) {
    sendFolderDto(ctx, decodeURIComponent(m[1] ?? ""), false);
    return true;
  }
  if (path === "/api/2.0/files/@my" || path === "/api/2.0/files/@trash") {
    const folder = myFolder(ctx, path.endsWith("@my") ? FolderType.USER : FolderType.TRASH);
    if (!ctx.auth.user) sendEmpty(ctx.res, 401);
    else if (!folder) sendError(ctx.res, "security", "Access denied");
    else listFolder(ctx, folder);
    return true;
  }
  if ((m = path.match(/^\/api\/2\.0\/files\/([^/@]+)$/))) {
    const folder = store.folder(decodeURIComponent(m[1] ?? ""));
    if (!folder) sendError(ctx.res, "notFound", NO_FOLDER);
    else listFolder(ctx, folder);
    return true;
  }
  return false;
}
