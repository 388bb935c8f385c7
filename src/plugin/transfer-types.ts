// The plugin's side of the seam to the transfer core: what the UI asks for and what it gets back
// (and the one refusal the UI tells apart from the core's failures).
// The UI depends on `PluginServices`, never on the core's modules, so the core can change shape
// without touching the UI, and unit tests drive the UI with fakes.

import type { RenameReason, TransferErrorKind } from "../core";
import type { ConflictPolicy, SharedCredential } from "./settings/codec";

export type ItemKind = "file" | "folder" | "room";

export type ItemId = number | string;

/**
 * What the user selected. A context-menu item's `onClick` receives only the id
 * (ONLYOFFICE/docspace-plugin-sdk src/interfaces/items/IContextMenuItem.ts), so `kind` may be unknown.
 */
export interface SendTarget {
  id: ItemId;
  kind?: ItemKind;
}

/** The Dropbox credential a job uses: a user's or the portal's refresh token, or a pasted access token. */
export type DropboxCredential = SharedCredential;

export interface SendOptions {
  appKey: string;
  credential: DropboxCredential;
  /** "" or "/a/b", already validated. */
  folder: string;
  conflict: ConflictPolicy;
  shareLink: boolean;
}

/** Plain numbers from the core; wording and units are the UI's business. */
export interface JobProgress {
  transferredBytes: number;
  totalBytes: number;
  finishedFiles: number;
  totalFiles: number;
  /** The selected item the latest file belongs to, as named in Dropbox ("Report.docx", "Folder A"). */
  item?: string;
}

/** The core's reasons, plus Dropbox's own autorename of a copy when a file of that name was there. */
export type FileRenameReason = RenameReason | "kept-both";

export interface FileOutcome {
  /** The file relative to the destination folder ("Reports/Q1.docx"); "" when unknown. */
  source: string;
  /** Set for a selected item that could not be read at all (its name is unknown). */
  itemId?: ItemId;
  /** Set when the file arrived: its Dropbox path. */
  path?: string;
  /** Set when a name had to change for Dropbox: the original relative path. */
  renamedFrom?: string;
  /** Why, when `renamedFrom` is set: the core's codes, or Dropbox numbering a kept-both copy. */
  renameReasons?: readonly FileRenameReason[];
  /** Set when the file failed. */
  error?: TransferErrorKind;
  shareLink?: string;
}

export interface JobResult {
  /** The Dropbox path of the selected item (the file, or the folder it became). */
  destination: string;
  files: FileOutcome[];
  /** A link to the selected item itself, when links are on and one was made. */
  shareLink?: string;
}

export interface SendRequest {
  targets: SendTarget[];
  options: SendOptions;
  onProgress: (progress: JobProgress) => void;
  signal?: AbortSignal;
  /**
   * Keep resumable state for this DocSpace user (never a token), so the send survives a reload:
   * `job` continues an interrupted one, `fresh` starts its files from the first byte.
   */
  resume?: { userId: string; job?: InterruptedJob; fresh?: boolean };
}

/** A send that stopped (page reload, browser crash, lost network) and was not cancelled. */
export interface InterruptedJob {
  id: string;
  targets: SendTarget[];
  /** Bytes already in Dropbox, and of how many. */
  transferredBytes: number;
  totalBytes: number;
  /**
   * True when the send has not stopped: another tab or window of this browser is running it (its
   * record was refreshed moments ago). It must be neither resumed nor started again from here.
   */
  runningElsewhere?: boolean;
}

/**
 * A send refused because another tab or window of this browser is sending the same items: two
 * tabs would append to the same upload sessions. Matched by name too, as errors crossing a realm
 * (or a bundle) lose their class.
 */
export class JobRunningElsewhereError extends Error {
  override readonly name = "JobRunningElsewhereError";

  constructor() {
    super("Another tab or window of this browser is sending these items.");
  }
}

export function isJobRunningElsewhere(error: unknown): boolean {
  return (
    error instanceof JobRunningElsewhereError ||
    (error instanceof Error && error.name === "JobRunningElsewhereError")
  );
}

export interface DropboxAccount {
  name: string;
  email: string;
}

export interface AuthorizeStart {
  /** Dropbox's authorize page (code flow, PKCE S256, offline access, no redirect_uri). */
  url: string;
  /** Kept in memory only, until the code is exchanged. */
  verifier: string;
}

export interface PortalUser {
  id: string;
  isAdmin: boolean;
}

export interface PluginServices {
  /** Resolves with per-file outcomes; rejects (with a classifiable error) only when the job as a whole fails. */
  send(request: SendRequest): Promise<JobResult>;
  startAuthorization(appKey: string): Promise<AuthorizeStart>;
  /** Exchanges the pasted code; resolves with the refresh token. */
  exchangeCode(appKey: string, code: string, verifier: string): Promise<string>;
  account(appKey: string, credential: DropboxCredential): Promise<DropboxAccount>;
  /** Best effort: the token is forgotten locally whatever Dropbox answers. */
  revoke(appKey: string, credential: DropboxCredential): Promise<void>;
  currentUser(): Promise<PortalUser>;
  /**
   * This plugin's admin settings as the portal stores them now (null when none are stored). The
   * host hands them over once, at load; another window may have saved or erased them since.
   * Rejects when the portal cannot be asked.
   */
  storedSettings(): Promise<string | null>;
  /** The user's interrupted send that includes any of `targets`, if one may be resumed. */
  interruptedJob?(userId: string, targets: SendTarget[]): Promise<InterruptedJob | undefined>;
  /** Forgets an interrupted send and its half-finished uploads ("Start again", a cancel). */
  discardJob?(userId: string, jobId: string): Promise<void>;
  /**
   * The selected items DocSpace says the user may not download (`security.Download` false), with
   * their titles. An item that cannot be looked up is not listed: the send reports it.
   */
  undownloadable(targets: readonly SendTarget[]): Promise<{ target: SendTarget; title: string }[]>;
}

export interface PortalApi {
  origin: string;
  proxy: string;
  prefix: string;
}
