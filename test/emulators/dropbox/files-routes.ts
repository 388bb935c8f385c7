import { endpointError, nested, tag, badRequest } from "./errors";
import type { JsonObject } from "./errors";
import { lowerPath } from "./paths";
import { json, type RouteDef } from "./route-types";
import {
  deletedMetadata,
  fileMetadata,
  folderMetadata,
  metadataOf,
  newOpaque,
  resolvePath,
  type EmulatorState,
  type ListCursor,
  type View,
} from "./state";

const MAX_CURSORS = 10_000;

const lookupError = (error: JsonObject): never => {
  throw endpointError(nested("path", error));
};

const getMetadata: RouteDef = {
  style: "rpc",
  scope: "files.metadata.read",
  async handle({ state, view, args, route }) {
    const path = args.string("path", { required: true, alias: "ReadPath" });
    const includeDeleted = args.boolean("include_deleted", false);
    // The root has no metadata (files.stone get_metadata: "Note: Metadata for the root folder is unsupported").
    if (path === "") throw badRequest(route, `request body: path: The root folder is unsupported.`);
    const resolved = resolvePath(state, view, path);
    if (!resolved.ok) return lookupError(resolved.error);
    const lower = lowerPath(view.physical(resolved.components));
    const node = state.storage.get(lower);
    if (!node) {
      const deleted = includeDeleted ? state.storage.tombstone(lower) : undefined;
      if (deleted) return json(deletedMetadata(deleted, view));
      return lookupError(tag("not_found"));
    }
    return json(metadataOf(node, view));
  },
};

const createFolder: RouteDef = {
  style: "rpc",
  scope: "files.content.write",
  async handle({ state, view, args, route }) {
    const path = args.string("path", { required: true, alias: "WritePath" });
    const autorename = args.boolean("autorename", false);
    const resolved = resolvePath(state, view, path);
    if (!resolved.ok)
      return lookupError(resolved.error[".tag"] === "not_found" ? tag("malformed_path") : resolved.error);
    if (resolved.components.length === 0) return lookupError(tag("malformed_path"));
    return state.locks.run(state.account.namespaceId, () => {
      if (state.faults.take(route, "insufficient_space")) lookupError(tag("insufficient_space"));
      view.ensureRoot(state.storage);
      const result = state.storage.createFolder(view.physical(resolved.components), autorename);
      if (!result.ok) return lookupError(result.error);
      state.persist();
      return json({ metadata: folderMetadata(result.node, view, false) });
    });
  },
};

const deleteV2: RouteDef = {
  style: "rpc",
  scope: "files.content.write",
  async handle({ state, view, args }) {
    const path = args.string("path", { required: true, alias: "WritePathOrId" });
    const parentRev = args.string("parent_rev");
    const resolved = resolvePath(state, view, path);
    if (!resolved.ok) throw endpointError(nested("path_lookup", resolved.error));
    if (resolved.components.length === 0) throw endpointError(nested("path_lookup", tag("malformed_path")));
    return state.locks.run(state.account.namespaceId, () => {
      const lower = lowerPath(view.physical(resolved.components));
      const node = state.storage.get(lower);
      if (!node) throw endpointError(nested("path_lookup", tag("not_found")));
      if (parentRev !== undefined && (node.kind !== "file" || node.rev !== parentRev)) {
        throw endpointError(nested("path_write", nested("conflict", tag(node.kind))));
      }
      const metadata = metadataOf(node, view);
      const removed = state.storage.remove(lower);
      for (const n of removed) {
        if (n.kind === "file") void state.blobs.release(n.blob.parts);
        state.links.delete(n.pathDisplay.toLowerCase());
      }
      state.persist();
      return json({ metadata });
    });
  },
};

function listPage(state: EmulatorState, view: View, cursor: ListCursor): JsonObject {
  const entries: JsonObject[] = [];
  let pending = cursor.pending;
  let since = cursor.since;
  if (pending.length === 0) {
    // An exhausted cursor reports what changed since it was issued (list_folder/continue).
    const changed = state.storage
      .all()
      .filter(
        (n) =>
          n.seq > since &&
          n.pathDisplay.toLowerCase() !== cursor.folderLower &&
          inScope(n.pathDisplay.toLowerCase(), cursor),
      )
      .map((n) => n.pathDisplay.toLowerCase());
    const deleted = state.storage
      .deletedSince(cursor.folderLower, since)
      .filter((d) => inScope(d.lower, cursor));
    for (const d of deleted) entries.push(deletedMetadata(d, view));
    pending = changed;
    since = state.storage.seq;
  }
  const page = pending.slice(0, Math.max(0, cursor.limit - entries.length));
  for (const lower of page) {
    const node = state.storage.get(lower);
    if (node) entries.push(metadataOf(node, view));
  }
  const rest = pending.slice(page.length);
  const next: ListCursor = { ...cursor, pending: rest, since };
  const id = newOpaque(36);
  state.cursors.set(id, next);
  // Cursors are kept in memory; the oldest go first so a long sandbox run stays bounded.
  if (state.cursors.size > MAX_CURSORS) {
    const oldest = state.cursors.keys().next().value;
    if (oldest !== undefined) state.cursors.delete(oldest);
  }
  return { entries, cursor: id, has_more: rest.length > 0 };
}

function inScope(lower: string, cursor: ListCursor): boolean {
  if (!lower.startsWith(`${cursor.folderLower}/`)) return false;
  return cursor.recursive || !lower.slice(cursor.folderLower.length + 1).includes("/");
}

const listFolder: RouteDef = {
  style: "rpc",
  scope: "files.metadata.read",
  async handle({ state, view, args, app }) {
    const path = args.string("path", { required: true, alias: "PathROrId" });
    const recursive = args.boolean("recursive", false);
    const includeDeleted = args.boolean("include_deleted", false);
    args.boolean("include_mounted_folders", true);
    const limit = args.uint("limit", { min: 1, max: 2000 });
    const resolved = resolvePath(state, view, path);
    if (!resolved.ok) return lookupError(resolved.error);
    view.ensureRoot(state.storage);
    const folderLower = lowerPath(view.physical(resolved.components));
    if (resolved.components.length > 0) {
      const node = state.storage.get(folderLower);
      if (!node) return lookupError(tag("not_found"));
      if (node.kind !== "folder") return lookupError(tag("not_folder"));
    }
    const nodes = state.storage.children(folderLower, recursive).map((n) => n.pathDisplay.toLowerCase());
    // A recursive listing of a folder starts with the folder itself, as the service does.
    const pending = recursive && resolved.components.length > 0 ? [folderLower, ...nodes] : nodes;
    const cursor: ListCursor = {
      appKey: app.appKey,
      folderLower,
      recursive,
      includeDeleted,
      pending,
      since: state.storage.seq,
      limit: Math.min(limit ?? state.listPageSize, state.listPageSize),
    };
    return json(listPage(state, view, cursor));
  },
};

const listFolderContinue: RouteDef = {
  style: "rpc",
  scope: "files.metadata.read",
  async handle({ state, view, args, app }) {
    const id = args.string("cursor", { required: true });
    const cursor = state.cursors.get(id);
    if (!cursor || cursor.appKey !== app.appKey) throw endpointError(tag("reset"));
    return json(listPage(state, view, cursor));
  },
};

const download: RouteDef = {
  style: "download",
  scope: "files.content.read",
  async handle({ state, view, args }) {
    const path = args.string("path", { required: true, alias: "ReadPath" });
    const resolved = resolvePath(state, view, path);
    if (!resolved.ok) return lookupError(resolved.error);
    const node = resolved.components.length
      ? state.storage.get(lowerPath(view.physical(resolved.components)))
      : undefined;
    if (!node) {
      if (resolved.components.length === 0) return lookupError(tag("not_file"));
      return lookupError(tag("not_found"));
    }
    if (node.kind !== "file") return lookupError(tag("not_file"));
    // The result type is FileMetadata, a concrete struct: no ".tag" (Stone JSON).
    return { kind: "download", blob: node.blob, result: fileMetadata(node, view, false), rev: node.rev };
  },
};

export const filesRoutes: Record<string, RouteDef> = {
  "files/get_metadata": getMetadata,
  "files/create_folder_v2": createFolder,
  "files/delete_v2": deleteV2,
  "files/list_folder": listFolder,
  "files/list_folder/continue": listFolderContinue,
  "files/download": download,
};
