import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Part } from "./blobs";
import type { SharedLink } from "./state";
import type { Node } from "./storage";

/** What a data directory keeps between runs: the tree and shared links (tokens and sessions are per run). */
interface Snapshot {
  version: 1;
  revCounter: number;
  nodes: Array<
    Omit<Node, "blob"> & {
      blob?: { size: number; contentHash: string; parts: Array<{ path: string; length: number }> };
    }
  >;
  links: SharedLink[];
}

const FILE = "state.json";

export function loadSnapshot(
  dir: string,
): { nodes: Node[]; links: SharedLink[]; revCounter: number } | undefined {
  const path = join(dir, FILE);
  if (!existsSync(path)) return undefined;
  const snapshot = JSON.parse(readFileSync(path, "utf8")) as Snapshot;
  const nodes = snapshot.nodes.map((n): Node => {
    if (n.kind === "folder")
      return { kind: "folder", id: n.id, name: n.name, pathDisplay: n.pathDisplay, seq: n.seq };
    const blob = n.blob ?? { size: 0, contentHash: "", parts: [] };
    const parts: Part[] = blob.parts.map((p) => ({
      kind: "file",
      path: join(dir, p.path),
      length: p.length,
    }));
    return { ...n, kind: "file", blob: { size: blob.size, contentHash: blob.contentHash, parts } } as Node;
  });
  return { nodes, links: snapshot.links, revCounter: snapshot.revCounter };
}

/** Writes atomically (temp file + rename) so a killed emulator never leaves half a state file. */
export function saveSnapshot(
  dir: string,
  nodes: readonly Node[],
  links: readonly SharedLink[],
  revCounter: number,
): void {
  const snapshot: Snapshot = {
    version: 1,
    revCounter,
    nodes: nodes.map((n) => {
      if (n.kind === "folder") return n;
      const parts = n.blob.parts.map((p) => {
        if (p.kind !== "file") throw new Error("data-directory blobs must live in files");
        return { path: p.path.startsWith(dir) ? p.path.slice(dir.length + 1) : p.path, length: p.length };
      });
      return { ...n, blob: { size: n.blob.size, contentHash: n.blob.contentHash, parts } };
    }),
    links: [...links],
  };
  const tmp = join(dir, `${FILE}.tmp`);
  writeFileSync(tmp, JSON.stringify(snapshot));
  renameSync(tmp, join(dir, FILE));
}
