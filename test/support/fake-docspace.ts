// An in-memory DocSpaceClient for unit tests: a tree of listings and some files, nothing on the
// wire. It records which folders were listed, so tests can prove nothing is listed twice.
import {
  TransferError,
  type DocSpaceClient,
  type DocSpaceFile,
  type DocSpaceFolder,
  type FolderListing,
} from "../../src/core";

export const fakeFile = (id: number, title: string, size = 10): DocSpaceFile => ({
  id,
  title,
  viewUrl: `u${id}`,
  pureContentLength: size,
});
export const fakeFolder = (id: number, title: string): DocSpaceFolder => ({ id, title });

export interface FakeTree {
  listings: Record<number, FolderListing>;
  files: Record<number, DocSpaceFile>;
}

export function fakeDocSpaceClient(
  tree: FakeTree,
  overrides: Partial<DocSpaceClient> = {},
): DocSpaceClient & { listed: number[] } {
  const listed: number[] = [];
  const notFound = () => new TransferError("not-found", "The DocSpace item was not found.");
  const noDownloads = () => Promise.reject(new Error("this fake downloads nothing"));
  return {
    listed,
    getFile: (id) => {
      const found = tree.files[Number(id)];
      return found ? Promise.resolve(found) : Promise.reject(notFound());
    },
    listFolder: (id) => {
      listed.push(Number(id));
      const found = tree.listings[Number(id)];
      return found ? Promise.resolve(found) : Promise.reject(notFound());
    },
    getFolder: (id) => {
      const found = tree.listings[Number(id)];
      return found ? Promise.resolve(found.current) : Promise.reject(notFound());
    },
    getFolderPath: (id) => {
      const found = tree.listings[Number(id)];
      return found ? Promise.resolve([found.current]) : Promise.reject(notFound());
    },
    listRooms: () => Promise.resolve([]),
    getCurrentUser: () => Promise.resolve({ id: "u", displayName: "U", isAdmin: false }),
    getPluginSettings: () => Promise.resolve(null),
    getDownloadUrl: noDownloads,
    fetchContent: noDownloads,
    ...overrides,
  };
}
