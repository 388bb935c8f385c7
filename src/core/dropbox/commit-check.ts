// Exactly-once commits. When a commit's response is lost (network drop, timeout,
// 5xx), the commit may have landed. Re-sending it with `add` + `autorename` would leave
// "name (1).ext" behind, so before every such retry we look for the file: at the planned path,
// or, with autorename, under a name autorename could have produced, with our content hash.

import type { files } from "dropbox";
import { autorenamePattern, splitPath } from "../naming";
import type { DropboxGateway } from "./gateway";
import { listFolderFiles } from "./listing";

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
      pending = listFolderFiles(gateway, folder, { signal });
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
