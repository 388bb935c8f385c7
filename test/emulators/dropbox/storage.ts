import { randomBytes } from "node:crypto";
import type { StoredBlob } from "./blobs";
import { nested, tag, type JsonObject } from "./errors";
import { displayPath, lowerPath, numberedName } from "./paths";

export interface FileNode {
  kind: "file";
  id: string;
  name: string;
  pathDisplay: string;
  blob: StoredBlob;
  rev: string;
  clientModified: string;
  serverModified: string;
  seq: number;
}
export interface FolderNode {
  kind: "folder";
  id: string;
  name: string;
  pathDisplay: string;
  seq: number;
}
export type Node = FileNode | FolderNode;
export interface Tombstone {
  name: string;
  pathDisplay: string;
  seq: number;
}

export type WriteMode = { kind: "add" } | { kind: "overwrite" } | { kind: "update"; rev: string };
export interface CommitOptions {
  mode: WriteMode;
  autorename: boolean;
  strictConflict: boolean;
  clientModified?: string;
}
export type CommitResult =
  { ok: true; node: FileNode; replaced?: StoredBlob; unchanged: boolean } | { ok: false; error: JsonObject };

/** `%Y-%m-%dT%H:%M:%SZ`, the only timestamp form the API speaks (common.stone DropboxTimestamp). */
export const dropboxTimestamp = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");

const componentsOf = (pathDisplay: string): string[] =>
  pathDisplay === "" ? [] : pathDisplay.slice(1).split("/");

/**
 * The emulated user's Dropbox: one namespace of folders and files keyed by lower-cased
 * path (case-insensitive, case-preserving), with a change counter for list_folder cursors.
 */
export class Storage {
  private readonly nodes = new Map<string, Node>();
  private readonly tombstones = new Map<string, Tombstone>();
  private readonly byId = new Map<string, string>();
  private seqCounter = 0;
  private revCounter = 0;
  quotaBytes: number;

  constructor(
    private readonly now: () => number,
    quotaBytes: number,
  ) {
    this.quotaBytes = quotaBytes;
  }

  get seq(): number {
    return this.seqCounter;
  }

  get(lower: string): Node | undefined {
    return this.nodes.get(lower);
  }

  byIdPath(id: string): string | undefined {
    return this.byId.get(id);
  }

  byRev(rev: string): FileNode | undefined {
    for (const node of this.nodes.values()) if (node.kind === "file" && node.rev === rev) return node;
    return undefined;
  }

  all(): Node[] {
    return [...this.nodes.values()].sort((a, b) =>
      a.pathDisplay.toLowerCase().localeCompare(b.pathDisplay.toLowerCase()),
    );
  }

  /** Descendants of a folder ("" = root), direct children unless `recursive`. */
  children(folderLower: string, recursive: boolean): Node[] {
    const prefix = `${folderLower}/`;
    return this.all().filter((n) => {
      const lower = n.pathDisplay.toLowerCase();
      if (!lower.startsWith(prefix)) return false;
      return recursive || !lower.slice(prefix.length).includes("/");
    });
  }

  deletedSince(folderLower: string, since: number): Array<Tombstone & { lower: string }> {
    const prefix = `${folderLower}/`;
    return [...this.tombstones.entries()]
      .filter(([lower, t]) => t.seq > since && lower.startsWith(prefix) && !this.nodes.has(lower))
      .map(([lower, t]) => ({ lower, ...t }));
  }

  /** The last deletion recorded at a path, unless something lives there again. */
  tombstone(lower: string): Tombstone | undefined {
    return this.nodes.has(lower) ? undefined : this.tombstones.get(lower);
  }

  usedBytes(): number {
    let used = 0;
    for (const n of this.nodes.values()) if (n.kind === "file") used += n.blob.size;
    return used;
  }

  nextRev(): string {
    this.revCounter += 1;
    return `${this.revCounter.toString(16).padStart(9, "0")}${randomBytes(2).toString("hex")}`;
  }

  /** Checks that every ancestor is a folder (or absent); `file_ancestor` otherwise. */
  private ancestorConflict(components: readonly string[]): JsonObject | undefined {
    for (let i = 1; i < components.length; i++) {
      const n = this.nodes.get(lowerPath(components.slice(0, i)));
      if (n?.kind === "file") return nested("conflict", tag("file_ancestor"));
    }
    return undefined;
  }

  private ensureParents(components: readonly string[]): void {
    for (let i = 1; i < components.length; i++) {
      const sub = components.slice(0, i);
      if (!this.nodes.has(lowerPath(sub))) this.insertFolder(sub);
    }
  }

  private insertFolder(components: readonly string[]): FolderNode {
    const node: FolderNode = {
      kind: "folder",
      id: newId(),
      name: components[components.length - 1] ?? "",
      pathDisplay: displayPath(components),
      seq: ++this.seqCounter,
    };
    this.nodes.set(lowerPath(components), node);
    this.byId.set(node.id, lowerPath(components));
    return node;
  }

  /** A free sibling name: `name (1).ext`, `name (2).ext`, … (WriteMode autorename). */
  private freeName(components: readonly string[], label?: string): string[] {
    const parent = components.slice(0, -1);
    const name = components[components.length - 1] ?? "";
    for (let n = 1; n < 10_000; n++) {
      const candidate = [...parent, numberedName(name, n, label && n > 1 ? `${label} ${n}` : label)];
      if (!this.nodes.has(lowerPath(candidate))) return candidate;
    }
    throw new Error("autorename exhausted");
  }

  createFolder(
    components: readonly string[],
    autorename: boolean,
  ): { ok: true; node: FolderNode } | { ok: false; error: JsonObject } {
    const ancestor = this.ancestorConflict(components);
    if (ancestor) return { ok: false, error: ancestor };
    let target = [...components];
    const existing = this.nodes.get(lowerPath(target));
    if (existing) {
      if (!autorename) return { ok: false, error: nested("conflict", tag(existing.kind)) };
      target = this.freeName(target);
    }
    this.ensureParents(target);
    return { ok: true, node: this.insertFolder(target) };
  }

  /** The write-mode rules of files.stone WriteMode / CommitInfo. */
  commitFile(components: readonly string[], options: CommitOptions, blob: StoredBlob): CommitResult {
    const ancestor = this.ancestorConflict(components);
    if (ancestor) return { ok: false, error: ancestor };
    let target = [...components];
    const existing = this.nodes.get(lowerPath(target));
    let replace: FileNode | undefined;
    if (existing?.kind === "folder") {
      if (!options.autorename) return { ok: false, error: nested("conflict", tag("folder")) };
      target = this.freeName(target);
    } else if (existing) {
      // (c) identical contents: nothing written, no conflict, unless strict_conflict.
      if (existing.blob.contentHash === blob.contentHash && !options.strictConflict) {
        return { ok: true, node: existing, unchanged: true };
      }
      const mode = options.mode;
      const allowed = mode.kind === "overwrite" || (mode.kind === "update" && mode.rev === existing.rev);
      if (allowed) {
        replace = existing;
      } else {
        if (!options.autorename) return { ok: false, error: nested("conflict", tag("file")) };
        target = this.freeName(target, mode.kind === "update" ? "conflicted copy" : undefined);
      }
    } else if (options.mode.kind === "update" && options.strictConflict) {
      return { ok: false, error: nested("conflict", tag("file")) };
    }
    const freed = replace ? replace.blob.size : 0;
    if (this.usedBytes() - freed + blob.size > this.quotaBytes)
      return { ok: false, error: tag("insufficient_space") };
    this.ensureParents(target);
    const now = dropboxTimestamp(this.now());
    const node: FileNode = {
      kind: "file",
      id: replace?.id ?? newId(),
      name: target[target.length - 1] ?? "",
      pathDisplay: replace?.pathDisplay ?? displayPath(target),
      blob,
      rev: this.nextRev(),
      clientModified: options.clientModified ?? now,
      serverModified: now,
      seq: ++this.seqCounter,
    };
    const lower = lowerPath(target);
    this.nodes.set(lower, node);
    this.byId.set(node.id, lower);
    this.tombstones.delete(lower);
    return replace
      ? { ok: true, node, replaced: replace.blob, unchanged: false }
      : { ok: true, node, unchanged: false };
  }

  /** Removes a node and, for folders, everything below it; returns what was removed. */
  remove(lower: string): Node[] {
    const root = this.nodes.get(lower);
    if (!root) return [];
    const removed = [root, ...(root.kind === "folder" ? this.children(lower, true) : [])];
    const seq = ++this.seqCounter;
    for (const n of removed) {
      const l = n.pathDisplay.toLowerCase();
      this.nodes.delete(l);
      this.byId.delete(n.id);
      this.tombstones.set(l, { name: n.name, pathDisplay: n.pathDisplay, seq });
    }
    return removed;
  }

  /** Replaces the whole tree (used when loading a data directory). */
  load(nodes: readonly Node[], revCounter: number): void {
    this.nodes.clear();
    this.byId.clear();
    for (const n of nodes) {
      this.nodes.set(n.pathDisplay.toLowerCase(), n);
      this.byId.set(n.id, n.pathDisplay.toLowerCase());
      this.seqCounter = Math.max(this.seqCounter, n.seq);
    }
    this.revCounter = revCounter;
  }

  get revisionCounter(): number {
    return this.revCounter;
  }

  static components(pathDisplay: string): string[] {
    return componentsOf(pathDisplay);
  }
}

/** Ids look like the service's: `id:` + 22 URL-safe characters. */
export const newId = (): string => `id:${randomBytes(16).toString("base64url").slice(0, 22)}`;
