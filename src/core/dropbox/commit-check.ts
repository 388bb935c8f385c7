// Exactly-once commits (issue 5 §6). When a commit's response is lost (network drop, timeout,
// 5xx), the commit may have landed. Re-sending it with `add` + `autorename` would leave
// "name (1).ext" behind, so before every such retry we look for the file: at the planned path,
// or, with autorename, under a name autorename could have produced, with our content hash.

import type { files } from "dropbox";
import { autorenamePattern, splitPath } from "../naming";
import { classifyFailure } from "../classify";
import type { DropboxGateway } from "./gateway";

export interface CommitPlan {
  /** Planned Dropbox path. */
  path: string;
  mode: "add" | "overwrite";
  autorename: boolean;
}

export interface LandedQuery {
  plan: CommitPlan;
  contentHash: string;
}

function isNotFound(failure: unknown, gateway: DropboxGateway): boolean {
  const { error } = classifyFailure(failure, undefined, {
    nowMs: gateway.runtime.clock.now(),
    service: "dropbox",
  });
  return error.context.status === 409;
}

/** Lists a folder's files (all pages); empty when the folder does not exist. */
async function listFiles(
  gateway: DropboxGateway,
  folder: string,
  signal?: AbortSignal,
): Promise<files.FileMetadata[]> {
  const found: files.FileMetadata[] = [];
  try {
    let page = await gateway.call(
      "files/list_folder",
      (options) => gateway.client.filesListFolder({ path: folder, limit: 2000 }, options),
      { signal },
    );
    for (;;) {
      for (const entry of page.entries) if (entry[".tag"] === "file") found.push(entry);
      if (!page.has_more) break;
      const cursor = page.cursor;
      page = await gateway.call(
        "files/list_folder/continue",
        (options) => gateway.client.filesListFolderContinue({ cursor }, options),
        { signal },
      );
    }
  } catch (failure) {
    if (isNotFound(failure, gateway)) return found;
    throw failure;
  }
  return found;
}

/**
 * For each query, the committed file that matches it, if any. Folders are listed once each, so a
 * lost `finish_batch_v2` response over 1000 files costs one listing per folder, not 1000 calls.
 */
export async function findLanded(
  gateway: DropboxGateway,
  queries: readonly LandedQuery[],
  signal?: AbortSignal,
): Promise<(files.FileMetadata | undefined)[]> {
  const folders = new Map<string, Promise<files.FileMetadata[]>>();
  const listing = (folder: string): Promise<files.FileMetadata[]> => {
    const key = folder.toLowerCase();
    let pending = folders.get(key);
    if (!pending) {
      pending = listFiles(gateway, folder, signal);
      folders.set(key, pending);
    }
    return pending;
  };
  return Promise.all(
    queries.map(async ({ plan, contentHash }) => {
      const { parent, name } = splitPath(plan.path);
      const entries = await listing(parent);
      const exact = entries.find(
        (entry) => entry.name.toLowerCase() === name.toLowerCase() && entry.content_hash === contentHash,
      );
      if (exact || !plan.autorename) return exact;
      const pattern = autorenamePattern(name);
      return entries.find((entry) => pattern.test(entry.name) && entry.content_hash === contentHash);
    }),
  );
}
