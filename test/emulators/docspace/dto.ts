import {
  FileShare,
  FolderType,
  ROOM_TYPE_BY_FOLDER_TYPE,
  extensionOf,
  fileTypeOf,
  isRoomType,
  type FileNode,
  type FolderNode,
  type Node,
  type User,
} from "./model";
import type { FileStore } from "./store";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type JsonObject = { [key: string]: Json | undefined };

/**
 * ApiDateTime: local time in the portal's zone, 7 fractional digits and an offset; a zero offset
 * is written "Z" (ONLYOFFICE/DocSpace-server common/ASC.Api.Core/Core/ApiDateTime.cs, format `fffffffK`).
 */
export function apiDateTime(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  if (offsetMinutes === 0) return `${local}0000Z`;
  const sign = offsetMinutes > 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  return `${local}0000${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** `contentLength`: pattern `#,0.##` + a base-1024 unit in the user's culture (S `CommonFileSizeComment.cs`). */
export function displaySize(bytes: number, culture: string): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(culture, { maximumFractionDigits: 2, useGrouping: true }).format(
    value,
  );
  return `${number} ${units[unit] ?? "bytes"}`;
}

/**
 * displayName is HTML-encoded (ONLYOFFICE/DocSpace-server common/ASC.Core.Common/Users/DisplayUserSettings.cs
 * GetFullUserName, via common/ASC.Api.Core/Model/EmployeeDto.cs). .NET's WebUtility.HtmlEncode also writes
 * U+00A0–U+00FF as numeric references, so "Úna" becomes "&#218;na".
 */
export function htmlEncode(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += "&quot;";
    else if (ch === "'") out += "&#39;";
    else if (code >= 0xa0 && code <= 0xff) out += `&#${code};`;
    else out += ch;
  }
  return out;
}

export interface DtoContext {
  origin: string;
  store: FileStore;
  user: User | undefined;
  offsetMinutes: number;
  culture: string;
  users: (id: string) => User | undefined;
}

export function employeeDto(user: User, origin: string): JsonObject {
  return {
    id: user.id,
    displayName: htmlEncode(`${user.firstName} ${user.lastName}`),
    avatar: "/static/images/default_user_photo_size_82-82.png",
    avatarOriginal: "/static/images/default_user_photo_size_200-200.png",
    avatarMax: "/static/images/default_user_photo_size_200-200.png",
    avatarMedium: "/static/images/default_user_photo_size_48-48.png",
    avatarSmall: "/static/images/default_user_photo_size_32-32.png",
    profileUrl: `${origin}/accounts/people/filter?search=${encodeURIComponent(user.email)}`,
    hasAvatar: false,
    isAnonim: false,
  };
}

const FILE_SECURITY_KEYS = [
  "Read",
  "Comment",
  "FillForms",
  "Review",
  "Edit",
  "Delete",
  "CustomFilter",
  "Rename",
  "ReadHistory",
  "Lock",
  "EditHistory",
  "Copy",
  "Move",
  "Duplicate",
  "SubmitToFormGallery",
  "Download",
  "Convert",
  "CreateRoomFrom",
  "CopyLink",
  "Embed",
  "StartFilling",
  "FillingStatus",
  "ResetFilling",
  "StopFilling",
  "OpenForm",
  "Vectorization",
  "AskAi",
] as const;

const FOLDER_SECURITY_KEYS = [
  "Read",
  "Create",
  "Delete",
  "EditRoom",
  "Rename",
  "CopyTo",
  "MoveTo",
  "Copy",
  "Move",
  "Pin",
  "Mute",
  "EditAccess",
  "Duplicate",
  "Download",
  "CopySharedLink",
  "Reconnect",
  "CreateRoomFrom",
  "CopyLink",
  "Embed",
  "ChangeOwner",
  "IndexExport",
  "UseChat",
] as const;

/**
 * The `security` dictionary: enum-keyed, so PascalCase keys (ONLYOFFICE/DocSpace-server
 * products/ASC.Files/Core/ApiModels/ResponseDto/FileEntryDto.cs `IDictionary<FilesSecurityActions, bool>`).
 */
export function securityOf(ctx: DtoContext, node: Node): Record<string, boolean> {
  const access = ctx.store.accessOf(ctx.user, node);
  const read = access !== FileShare.None;
  const manager = access === FileShare.RoomManager;
  const write = (
    [FileShare.ReadWrite, FileShare.RoomManager, FileShare.ContentCreator, FileShare.Editing] as number[]
  ).includes(access);
  const inTrash = ctx.store.rootOf(node).folderType === FolderType.TRASH;
  const download = ctx.store.canDownload(ctx.user, node);
  const granted: Record<string, boolean> =
    node.kind === "file"
      ? {
          Read: read,
          Comment: write,
          FillForms: write,
          Review: write,
          Edit: write && !inTrash,
          Delete: write,
          Rename: write && !inTrash,
          ReadHistory: read,
          Lock: manager,
          EditHistory: write,
          Copy: download,
          Move: write,
          Duplicate: write && download,
          Download: download,
          Convert: write,
          CreateRoomFrom: manager,
          CopyLink: read,
          Embed: read,
        }
      : {
          Read: read,
          Create: write && !inTrash,
          Delete: write,
          EditRoom: manager && isRoomType(node.folderType),
          Rename: write,
          CopyTo: write,
          MoveTo: write,
          Copy: download,
          Move: write,
          Pin: read && isRoomType(node.folderType),
          Mute: read && isRoomType(node.folderType),
          EditAccess: manager,
          Duplicate: write,
          Download: download,
          CopySharedLink: read,
          CreateRoomFrom: manager,
          CopyLink: read,
          Embed: read,
          ChangeOwner: manager && isRoomType(node.folderType),
        };
  const keys = node.kind === "file" ? FILE_SECURITY_KEYS : FOLDER_SECURITY_KEYS;
  return Object.fromEntries(keys.map((key) => [key, granted[key] ?? false]));
}

function entryCommon(ctx: DtoContext, node: Node): JsonObject {
  const root = ctx.store.rootOf(node);
  const room = ctx.store.roomOf(node);
  const creator = ctx.users(node.createdBy);
  const employee = ctx.user && creator ? employeeDto(creator, ctx.origin) : undefined;
  return {
    id: node.id,
    rootFolderId: root.id,
    canShare: ctx.store.isManager(ctx.user, node),
    security: securityOf(ctx, node),
    title: node.title,
    access: ctx.store.accessOf(ctx.user, node),
    shared: false,
    sharedForUser: false,
    sharedExternal: false,
    parentShared: false,
    created: apiDateTime(node.created, ctx.offsetMinutes),
    createdBy: employee,
    updated: apiDateTime(node.updated, ctx.offsetMinutes),
    updatedBy: employee,
    rootFolderType: root.folderType,
    // FolderType of the containing room, not a RoomType (DocSpace-server FileEntryDto.cs ParentRoomType).
    parentRoomType: room && room !== node ? room.folderType : undefined,
    providerItem: room?.providerKey ? true : undefined,
    providerKey: room?.providerKey,
    providerId: room?.providerKey ? 1 : undefined,
    mute: false,
  };
}

export function fileDto(ctx: DtoContext, file: FileNode): JsonObject {
  const exst = extensionOf(file.title);
  const fileType = fileTypeOf(exst);
  const downloadUrl = `${ctx.origin}/filehandler.ashx?action=download&fileid=${encodeURIComponent(String(file.id))}`;
  const editable = [5, 6, 7, 10, 11].includes(fileType);
  const media = fileType === 2 || fileType === 3 || fileType === 4;
  return {
    folderId: file.folderId,
    version: file.version,
    versionGroup: file.version,
    contentLength: displaySize(file.size, ctx.culture),
    // NullIfDefault: omitted for 0-byte files (DocSpace-server ResponseDto/FileDto.cs PureContentLength).
    pureContentLength: file.size === 0 ? undefined : file.size,
    fileStatus: 0,
    viewUrl: downloadUrl,
    webUrl: media
      ? `${ctx.origin}/media/view/${encodeURIComponent(String(file.id))}`
      : editable
        ? `${ctx.origin}/doceditor?fileid=${encodeURIComponent(String(file.id))}&version=${file.version}`
        : downloadUrl,
    fileType,
    fileExst: exst,
    thumbnailStatus: fileType === 4 ? 1 : 2,
    thumbnailUrl:
      fileType === 4
        ? `${ctx.origin}/filehandler.ashx?action=thumb&fileid=${encodeURIComponent(String(file.id))}&hash=${file.version}`
        : undefined,
    ...entryCommon(ctx, file),
    fileEntryType: 2,
  };
}

export function folderDto(ctx: DtoContext, folder: FolderNode): JsonObject {
  const counts = ctx.store.counts(folder);
  const room = isRoomType(folder.folderType);
  const special = folder.folderType !== FolderType.DEFAULT && !room;
  return {
    parentId: folder.parentId ?? 0,
    filesCount: counts.filesCount,
    foldersCount: counts.foldersCount,
    isShareable: room ? true : undefined,
    new: 0,
    pinned: room ? false : undefined,
    private: room ? false : undefined,
    roomType: room ? ROOM_TYPE_BY_FOLDER_TYPE.get(folder.folderType) : undefined,
    denyDownload: room ? (folder.denyDownload ?? false) : undefined,
    indexing: room ? false : undefined,
    type: special ? folder.folderType : undefined,
    ...entryCommon(ctx, folder),
    fileEntryType: 1,
  };
}

/** Breadcrumbs from the root: `{id, title, roomType?, folderType}`. */
export function pathParts(ctx: DtoContext, folder: FolderNode): JsonObject[] {
  return [...ctx.store.ancestorsOf(folder), folder].map((part) => ({
    id: part.id,
    title: part.title,
    roomType: ROOM_TYPE_BY_FOLDER_TYPE.get(part.folderType),
    folderType: part.folderType,
  }));
}
