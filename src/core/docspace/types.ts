// The DocSpace fields the core reads (DocSpace-server products/ASC.Files/Core/ApiModels/ResponseDto/
// FileDto.cs, FolderDto.cs, and EmployeeFullDto). Only what we use is typed;
// the server sends much more, and omits nulls.

/** Ids are numbers for DocSpace storage and strings for third-party-storage rooms. */
export type DocSpaceId = number | string;

export interface DocSpaceFile {
  id: DocSpaceId;
  /** Includes the extension ("Report.docx"); there is no MIME field in the API. */
  title: string;
  /** Size in bytes; omitted by the server for 0-byte files. */
  pureContentLength?: number;
  /** `{portal}/filehandler.ashx?action=download&fileid={id}`: the byte URL. */
  viewUrl: string;
  folderId?: DocSpaceId;
  version?: number;
  updated?: string;
  security?: Record<string, boolean>;
}

export interface DocSpaceFolder {
  id: DocSpaceId;
  title: string;
  parentId?: DocSpaceId;
  /** Recursive counts; good for estimates, not for paging. */
  filesCount?: number;
  foldersCount?: number;
  roomType?: number;
  security?: Record<string, boolean>;
}

export interface FolderListing {
  current: DocSpaceFolder;
  files: DocSpaceFile[];
  folders: DocSpaceFolder[];
  /**
   * At most this many entries the portal counted were never shown: its pages still overlapped
   * on the last read, so entries that traded places were skipped (see the client's `listPages`).
   * Absent when every counted entry was shown, or the shortfall came without overlap (entries the
   * portal filters out after paging).
   */
  unlisted?: number;
}

export interface DocSpaceUser {
  id: string;
  /** HTML-decoded (the server HTML-encodes it: common/ASC.Core.Common/Users/DisplayUserSettings.cs). */
  displayName: string;
  email?: string;
  /** A portal admin or the owner: may change plugin settings. */
  isAdmin: boolean;
}

/** Size in bytes of a file record; the server omits nulls and zeros from the DTO, so absent is 0. */
export function fileSize(file: DocSpaceFile): number {
  return file.pureContentLength ?? 0;
}
