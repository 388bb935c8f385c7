// Exactly-once commits. When a commit's response is lost (network drop, timeout,
// 5xx), the commit may have landed. Re-sending it with `add` + `autorename` would leave
// "name (1).ext" behind, so before every such retry we look for the file: at the planned path,
// or, with autorename, under a name autorename could have produced, with our content hash, that
// the export does not plan for another file of the same size (which could be its copy).
// The same holds across runs: a run that crashed after its commit landed left "name (1).ext"
// beside the foreign "name.ext", and the next run, which remembers nothing, would add
// "name (2).ext". So a keep-both export looks, before the first commit too, for every planned
// path that was already taken when it began (`takenPaths`: one listing per destination folder).

import type { files } from "dropbox";
import { autorenamePattern, splitPath } from "../naming";
import type { DropboxGateway } from "./gateway";
import { forEachConcurrently } from "../pool";
import { listFolderFiles } from "./listing";

export interface CommitPlan {
  /** Planned Dropbox path. */
  path: string;
  mode: "add" | "overwrite";
  autorename: boolean;
  /**
   * The planned path was taken when the export began: an earlier run may have committed these
   * bytes under an autorenamed name, so look for them before the first commit, not only before
   * a retry.
   */
  lookFirst?: boolean | undefined;
  /**
   * The size of every file the export plans, by lower-case path. A file with this one's hash at a
   * path planned for a file of the same size may be that file's (a duplicate of the same bytes),
   * so it is never taken for this one's autorenamed copy.
   */
  planned?: ReadonlyMap<string, number> | undefined;
  /** The size of this file, to compare with `planned`. */
  size?: number | undefined;
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
      return entries.find(
        (entry) =>
          pattern.test(entry.name) &&
          entry.content_hash === contentHash &&
          !maybeTwin(plan, entry.path_lower ?? `${parent}/${entry.name}`.toLowerCase()),
      );
    }),
  );
}

/** Another planned file, possibly of the same bytes, is meant for `path`. */
function maybeTwin(plan: CommitPlan, path: string): boolean {
  const size = plan.planned?.get(path);
  return size !== undefined && (plan.size === undefined || size === plan.size);
}

/** Folders listed at once by `takenPaths`, so a room of many subfolders is not listed one by one. */
const LISTINGS_AT_ONCE = 8;

interface Listing {
  files: files.FileMetadata[];
  /** Lower-case paths of the folders in it. */
  folders: Set<string>;
}

/**
 * Which of `paths` hold a file now (lower case), listing each parent folder once. A folder is
 * listed only after its own parent showed it (from the root down), so a first export into a new
 * folder asks for nothing that is missing: a `not_found` 409 would show in a browser's console as
 * a failed load.
 */
export async function takenPaths(
  gateway: DropboxGateway,
  paths: readonly string[],
  signal?: AbortSignal,
): Promise<Set<string>> {
  const listings = new Map<string, Promise<Listing | undefined>>();
  const listingOf = (folder: string): Promise<Listing | undefined> => {
    let pending = listings.get(folder);
    if (!pending) {
      pending = (async () => {
        if (folder !== "" && !(await listingOf(splitPath(folder).parent))?.folders.has(folder))
          return undefined;
        const folders = new Set<string>();
        const found = await listFolderFiles(gateway, folder, {
          signal,
          onFolder: (entry) => void (entry.path_lower !== undefined && folders.add(entry.path_lower)),
        });
        return { files: found, folders };
      })();
      listings.set(folder, pending);
    }
    return pending;
  };
  const parents = [...new Set(paths.map((path) => splitPath(path).parent.toLowerCase()))];
  const taken = new Set<string>();
  await forEachConcurrently(parents, LISTINGS_AT_ONCE, async (parent) => {
    for (const file of (await listingOf(parent))?.files ?? []) {
      taken.add(file.path_lower ?? `${parent}/${file.name.toLowerCase()}`);
    }
  });
  return taken;
}
