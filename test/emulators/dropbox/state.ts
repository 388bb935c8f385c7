import { randomBytes } from "node:crypto";
import type { AppConfig, AuthRegistry } from "./auth";
import type { BlobStore, StoredBlob } from "./blobs";
import { nested, tag, type JsonObject } from "./errors";
import type { Faults } from "./faults";
import type { WriteLocks } from "./locks";
import { lowerPath, parsePath } from "./paths";
import type { Sessions } from "./sessions";
import {
  dropboxTimestamp,
  Storage,
  type CommitOptions,
  type CommitResult,
  type FileNode,
  type FolderNode,
  type Node,
} from "./storage";

export interface Account {
  accountId: string;
  namespaceId: string;
  givenName: string;
  surname: string;
  email: string;
  accountType: "basic" | "pro" | "business";
  country: string;
  locale: string;
}

export interface SharedLink {
  id: string;
  url: string;
  lower: string;
  audience: string;
  access: string;
  expires?: string;
  requirePassword: boolean;
  allowDownload: boolean;
}

export interface ListCursor {
  appKey: string;
  folderLower: string;
  recursive: boolean;
  includeDeleted: boolean;
  pending: string[];
  since: number;
  limit: number;
}

/** Everything the route handlers share. */
export interface EmulatorState {
  now: () => number;
  account: Account;
  storage: Storage;
  blobs: BlobStore;
  sessions: Sessions;
  auth: AuthRegistry;
  faults: Faults;
  locks: WriteLocks;
  links: Map<string, SharedLink>;
  cursors: Map<string, ListCursor>;
  /** Results of deprecated async `finish_batch` jobs, by job id. */
  jobs: Map<string, JsonObject>;
  listPageSize: number;
  /** Base of shared-link URLs (the real `https://www.dropbox.com`). */
  linkBase: string;
  persist: () => void;
  /** Per-route call counts, for assertions that a client batched or retried. */
  calls: Map<string, { count: number; statuses: number[] }>;
  /** API and OAuth calls received and not yet answered or dropped (a counter for tests). */
  inProgress: number;
}

/**
 * What one app sees: App-folder apps are rooted at `/Apps/<name>` and every path in and out
 * is relative to it (oauth-guide "App folder"); Full-Dropbox apps see the whole namespace.
 */
export class View {
  readonly root: string[];
  constructor(readonly app: AppConfig) {
    this.root = app.accessType === "app_folder" ? ["Apps", app.name ?? app.appKey] : [];
  }

  physical(components: readonly string[]): string[] {
    return [...this.root, ...components];
  }

  get rootLower(): string {
    return lowerPath(this.root);
  }

  /** Visible components of a stored node, or undefined when outside this view. */
  visible(pathDisplay: string): string[] | undefined {
    const all = Storage.components(pathDisplay);
    if (all.length < this.root.length) return undefined;
    for (let i = 0; i < this.root.length; i++)
      if (all[i]?.toLowerCase() !== this.root[i]?.toLowerCase()) return undefined;
    return all.slice(this.root.length);
  }

  displayOf(pathDisplay: string): string {
    const v = this.visible(pathDisplay) ?? [];
    return v.length ? `/${v.join("/")}` : "";
  }

  /** The app folder exists from the first call on, as after linking on the real service. */
  ensureRoot(storage: Storage): void {
    if (this.root.length && !storage.get(this.rootLower)) storage.createFolder(this.root, false);
  }
}

export type Resolved = { ok: true; components: string[] } | { ok: false; error: JsonObject };

/** Maps a pattern-checked path argument to visible components (LookupError/WriteError tags on failure). */
export function resolvePath(state: EmulatorState, view: View, raw: string): Resolved {
  const parsed = parsePath(raw);
  if ("tag" in parsed)
    return {
      ok: false,
      error: parsed.tag === "malformed_path" ? tag("malformed_path") : tag("disallowed_name"),
    };
  switch (parsed.kind) {
    case "root":
      return { ok: true, components: [] };
    case "path":
      return { ok: true, components: parsed.components };
    case "ns":
      if (parsed.ns !== state.account.namespaceId) return { ok: false, error: tag("not_found") };
      return { ok: true, components: parsed.components };
    case "id": {
      const lower = state.storage.byIdPath(parsed.id);
      const node = lower === undefined ? undefined : state.storage.get(lower);
      const visible = node && view.visible(node.pathDisplay);
      if (!visible) return { ok: false, error: tag("not_found") };
      return { ok: true, components: [...visible, ...parsed.rest] };
    }
    case "rev": {
      const node = state.storage.byRev(parsed.rev);
      const visible = node && view.visible(node.pathDisplay);
      if (!visible) return { ok: false, error: tag("not_found") };
      return { ok: true, components: visible };
    }
  }
}

export function fileMetadata(node: FileNode, view: View, withTag: boolean): JsonObject {
  const display = view.displayOf(node.pathDisplay);
  return {
    ...(withTag ? { ".tag": "file" } : {}),
    name: node.name,
    path_lower: display.toLowerCase(),
    path_display: display,
    id: node.id,
    client_modified: node.clientModified,
    server_modified: node.serverModified,
    rev: node.rev,
    size: node.blob.size,
    is_downloadable: true,
    content_hash: node.blob.contentHash,
  };
}

export function folderMetadata(node: FolderNode, view: View, withTag: boolean): JsonObject {
  const display = view.displayOf(node.pathDisplay);
  return {
    ...(withTag ? { ".tag": "folder" } : {}),
    name: node.name,
    path_lower: display.toLowerCase(),
    path_display: display,
    id: node.id,
  };
}

/** Polymorphic `Metadata`, always tagged. */
export const metadataOf = (node: Node, view: View): JsonObject =>
  node.kind === "file" ? fileMetadata(node, view, true) : folderMetadata(node, view, true);

export function deletedMetadata(t: { name: string; pathDisplay: string }, view: View): JsonObject {
  const display = view.displayOf(t.pathDisplay);
  return { ".tag": "deleted", name: t.name, path_lower: display.toLowerCase(), path_display: display };
}

/** Parsed `CommitInfo`. */
export interface CommitArg extends CommitOptions {
  path: string;
}

/**
 * Writes a received blob per CommitInfo. Bytes that did not become (or stopped being) a
 * file are released here, except on failure, where the caller keeps them for a retry.
 */
export function commitBlob(
  state: EmulatorState,
  view: View,
  route: string,
  commit: CommitArg,
  blob: StoredBlob,
): CommitResult {
  if (state.faults.take(route, "insufficient_space")) return { ok: false, error: tag("insufficient_space") };
  const resolved = resolvePath(state, view, commit.path);
  if (!resolved.ok)
    return {
      ok: false,
      error: resolved.error[".tag"] === "not_found" ? tag("malformed_path") : resolved.error,
    };
  if (resolved.components.length === 0) return { ok: false, error: tag("malformed_path") };
  view.ensureRoot(state.storage);
  const result = state.storage.commitFile(view.physical(resolved.components), commit, blob);
  if (result.ok) {
    if (result.unchanged) void state.blobs.release(blob.parts);
    else if (result.replaced) void state.blobs.release(result.replaced.parts);
    state.persist();
  }
  return result;
}

export const conflictFolder = (): JsonObject => nested("conflict", tag("folder"));
export const newOpaque = (bytes = 24): string => randomBytes(bytes).toString("base64url");
export { dropboxTimestamp };
