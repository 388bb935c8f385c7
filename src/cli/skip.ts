// Sorts planned files into "transfer" and "already in Dropbox" (rules in sync.ts), hashing
// DocSpace bytes where no record decides, and keeping name-collision groups together.

import { forEachConcurrently, type DropboxSession } from "../core";
import type { FileLine, SkipReason } from "./export-view";
import type { Plan, PlannedFile } from "./plan";
import {
  autorenamedCopies,
  byFolder,
  decide,
  stampOf,
  type RemoteFile,
  type RemoteIndex,
  type SyncState,
} from "./sync";

/** Where to look in Dropbox: each folder item's top folder (recursively), and the bare destination for file items. */
export function listingRoots(plan: Plan, folder: string): { path: string; recursive: boolean }[] {
  const depth = folder === "" ? 1 : folder.split("/").length;
  const roots = new Map<string, boolean>();
  for (const file of plan.files) {
    const item = plan.items[file.itemIndex];
    if (item?.item.type === "file") {
      roots.set(folder.toLowerCase(), roots.get(folder.toLowerCase()) ?? false);
    } else {
      const top = file.path
        .split("/")
        .slice(0, depth + 1)
        .join("/");
      roots.set(top.toLowerCase(), true);
    }
  }
  return [...roots].map(([path, recursive]) => ({ path, recursive }));
}

/** What Dropbox holds under every place the plan writes to. */
export async function remoteIndex(
  plan: Plan,
  folder: string,
  dropbox: Pick<DropboxSession, "listFiles">,
  signal?: AbortSignal,
): Promise<RemoteIndex> {
  const remote: RemoteIndex = new Map();
  for (const root of listingRoots(plan, folder)) {
    const listed = await dropbox.listFiles(root.path, {
      recursive: root.recursive,
      ...(signal ? { signal } : {}),
    });
    for (const file of listed) {
      remote.set(file.path.toLowerCase(), {
        pathDisplay: file.path,
        size: file.size,
        contentHash: file.contentHash,
      });
    }
  }
  return remote;
}

export function lineOf(file: PlannedFile, dropboxPath = file.path): FileLine {
  return { id: file.file.id, title: file.file.title, dropboxPath, size: file.size };
}

export interface SkippedFile {
  file: PlannedFile;
  line: FileLine;
  reason: SkipReason;
}

export interface SortInput {
  plan: Plan;
  remote: RemoteIndex;
  /** Updated in place for files found equal by hashing. */
  state: SyncState;
  keyOf: (file: PlannedFile) => string;
  concurrency: number;
  /** The DocSpace file's Dropbox content hash (downloads it). */
  hashOf: (file: PlannedFile) => Promise<string>;
  /** Keep-both exports: an earlier run's copy may sit under an autorenamed name. */
  keepBoth: boolean;
}

export async function sortOut(
  input: SortInput,
): Promise<{ transfer: PlannedFile[]; skipped: SkippedFile[] }> {
  const { plan, remote, state, keyOf } = input;
  const transfer: PlannedFile[] = [];
  const compare: { file: PlannedFile; candidates: RemoteFile[] }[] = [];
  let skipped: SkippedFile[] = [];
  const folders = input.keepBoth ? byFolder(remote) : new Map<string, RemoteFile[]>();
  for (const file of plan.files) {
    const decision = decide(
      { path: file.path, size: file.size, stamp: stampOf(file.file) },
      state.records[keyOf(file)],
      remote,
      input.keepBoth ? autorenamedCopies(file.path, folders) : [],
    );
    if (decision.action === "skip") {
      skipped.push({
        file,
        line: { ...lineOf(file, decision.dropboxPath), contentHash: decision.contentHash },
        reason: "unchanged",
      });
    } else if (decision.action === "compare") {
      compare.push({ file, candidates: decision.candidates });
    } else {
      transfer.push(file);
    }
  }
  // Same size where the file would be, but no record: hash the DocSpace bytes once; equal to any
  // candidate → nothing to upload.
  await forEachConcurrently(compare, input.concurrency, async ({ file, candidates }) => {
    let local: string | undefined;
    try {
      local = await input.hashOf(file);
    } catch {
      // Unreadable now: the transfer will report why, with the engine's classification.
    }
    const same = candidates.find((candidate) => candidate.contentHash === local);
    if (!same) {
      transfer.push(file);
      return;
    }
    state.records[keyOf(file)] = {
      plannedPath: file.path,
      dropboxPath: same.pathDisplay,
      contentHash: same.contentHash,
      stamp: stampOf(file.file),
    };
    skipped.push({
      file,
      line: { ...lineOf(file, same.pathDisplay), contentHash: same.contentHash },
      reason: "same-content",
    });
  });
  // Files that collide on a name ("Readme.md", "README.md") are copied as a group when one of
  // them changed. Names no longer depend on this (the engine carries out the plan as it is, so
  // skipping renames nothing); it is kept so a run copies exactly the files it always has.
  const members = new Map<string, number>();
  for (const file of plan.files) members.set(file.collisionKey, (members.get(file.collisionKey) ?? 0) + 1);
  const reopened = new Set(
    transfer.filter((file) => (members.get(file.collisionKey) ?? 0) > 1).map((file) => file.collisionKey),
  );
  for (const entry of skipped) if (reopened.has(entry.file.collisionKey)) transfer.push(entry.file);
  skipped = skipped.filter((entry) => !reopened.has(entry.file.collisionKey));
  // The plan's order, which is the engine's; concurrent hashing may have shuffled both lists.
  const order = new Map(plan.files.map((file, index) => [file, index]));
  transfer.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  skipped.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { transfer, skipped };
}
