// The emulator's data model and the DocSpace enums it needs, as numbers (the portal's JSON writes enums
// as numbers: ONLYOFFICE/DocSpace-server common/ASC.Api.Core/Core/DynamicIgnoreResolver.cs adds no
// JsonStringEnumConverter).

export type ItemId = number | string;

/** FolderType (ONLYOFFICE/DocSpace-server products/ASC.Files/Core/Core/Entries/Folder.cs). */
export const FolderType = {
  DEFAULT: 0,
  TRASH: 3,
  USER: 5,
  VirtualRooms: 14,
  FillingFormsRoom: 15,
  EditingRoom: 16,
  CustomRoom: 19,
  Archive: 20,
  PublicRoom: 22,
  VirtualDataRoom: 29,
  AiRoom: 31,
} as const;

/** Room FolderType → RoomType (S `DocSpaceHelper.cs`). */
export const ROOM_TYPE_BY_FOLDER_TYPE: ReadonlyMap<number, number> = new Map([
  [15, 1],
  [16, 2],
  [19, 5],
  [22, 6],
  [29, 8],
  [31, 9],
]);

/** FileShare, the FileDto `access` (DocSpace-server products/ASC.Files/Core/Core/Security/FileShare.cs). */
export const FileShare = {
  None: 0,
  ReadWrite: 1,
  Read: 2,
  Restrict: 3,
  Review: 5,
  Comment: 6,
  FillForms: 7,
  RoomManager: 9,
  Editing: 10,
  ContentCreator: 11,
} as const;
export type FileShareValue = (typeof FileShare)[keyof typeof FileShare];

export type UserKind = "owner" | "docspaceAdmin" | "roomAdmin" | "user" | "guest";
export const USER_KINDS: readonly UserKind[] = ["owner", "docspaceAdmin", "roomAdmin", "user", "guest"];

export function isUserKind(value: string): value is UserKind {
  return (USER_KINDS as readonly string[]).includes(value);
}

export interface User {
  id: string;
  kind: UserKind;
  firstName: string;
  lastName: string;
  userName: string;
  email: string;
  cultureName: string;
  /** A full-scope API key (`sk-` + 64 hex). */
  apiKey: string;
  /** Password for the sign-in page and POST /api/2.0/authentication. */
  password: string;
}

export interface FolderNode {
  kind: "folder";
  id: ItemId;
  title: string;
  parentId: ItemId | null;
  folderType: number;
  created: number;
  updated: number;
  createdBy: string;
  /** Rooms: user id → access. Owner and DocSpace admins manage every room. */
  members?: Map<string, FileShareValue>;
  /** Rooms: forbid downloading for non-managers. */
  denyDownload?: boolean;
  /** "My documents" / Trash: the user it belongs to. */
  ownerId?: string;
  /** Third-party storage (string ids). */
  providerKey?: string;
}

export interface FileNode {
  kind: "file";
  id: ItemId;
  title: string;
  folderId: ItemId;
  size: number;
  version: number;
  created: number;
  updated: number;
  createdBy: string;
  /** Input to the deterministic content generator (see content.ts). */
  contentKey: string;
  /** Download forbidden for everyone (an item-level restriction). */
  denyDownload?: boolean;
}

export type Node = FolderNode | FileNode;

/**
 * `fileExst`: lower-case extension with the dot, "" if none (ONLYOFFICE/DocSpace-server
 * products/ASC.Files/Core/ApiModels/ResponseDto/FileDto.cs, FileUtility.GetFileExtension).
 */
export function extensionOf(title: string): string {
  // Path.GetExtension semantics: ".hidden" → ".hidden", "name." → "".
  const dot = title.lastIndexOf(".");
  return dot < 0 || dot === title.length - 1 ? "" : title.slice(dot).toLowerCase();
}

const FILE_TYPES: [number, string[]][] = [
  [1, [".zip", ".rar", ".7z", ".gz", ".tar", ".bz2", ".tgz"]],
  [2, [".mp4", ".avi", ".mkv", ".mov", ".webm", ".flv", ".mpg", ".m4v", ".m2ts", ".wmv", ".ogv"]],
  [3, [".mp3", ".wav", ".ogg", ".flac", ".m4a", ".aac", ".wma", ".opus"]],
  [4, [".jpg", ".jpeg", ".png", ".gif", ".bmp", ".svg", ".webp", ".tif", ".tiff", ".heic", ".ico"]],
  [5, [".xlsx", ".xls", ".xlsm", ".ods", ".ots", ".csv", ".xltx"]],
  [6, [".pptx", ".ppt", ".pptm", ".odp", ".otp", ".pps", ".ppsx", ".pot", ".potx"]],
  [
    7,
    [
      ".docx",
      ".doc",
      ".docm",
      ".dotx",
      ".odt",
      ".fodt",
      ".ott",
      ".rtf",
      ".txt",
      ".md",
      ".html",
      ".htm",
      ".epub",
      ".fb2",
      ".djvu",
      ".xps",
      ".mht",
      ".xml",
    ],
  ],
  [10, [".pdf"]],
  [11, [".vsdx", ".vsd", ".vssx", ".vstx"]],
];

/** FileType: 0 Unknown, 1 Archive, 2 Video, 3 Audio, 4 Image, 5 Spreadsheet, 6 Presentation, 7 Document, 10 Pdf, 11 Diagram. */
export function fileTypeOf(exst: string): number {
  for (const [type, list] of FILE_TYPES) if (list.includes(exst)) return type;
  return 0;
}

const MIME: Record<string, string> = {
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".doc": "application/msword",
  ".xls": "application/vnd.ms-excel",
  ".ppt": "application/vnd.ms-powerpoint",
  ".odt": "application/vnd.oasis.opendocument.text",
  ".pdf": "application/pdf",
  ".txt": "text/plain",
  ".md": "text/markdown",
  ".csv": "text/csv",
  ".html": "text/html",
  ".json": "application/json",
  ".xml": "application/xml",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".mp4": "video/mp4",
  ".mov": "video/quicktime",
  ".webm": "video/webm",
  ".mkv": "video/x-matroska",
  ".avi": "video/x-msvideo",
  ".mp3": "audio/mpeg",
  ".wav": "audio/wav",
  ".ogg": "audio/ogg",
  ".zip": "application/zip",
  ".gz": "application/gzip",
  ".vsdx": "application/vnd.ms-visio.drawing",
};

/** The download's Content-Type, by extension with an octet-stream fallback (S `MimeMapping.cs`). */
export function mimeOf(exst: string): string {
  return MIME[exst] ?? "application/octet-stream";
}

export function isRoomType(folderType: number): boolean {
  return ROOM_TYPE_BY_FOLDER_TYPE.has(folderType);
}
