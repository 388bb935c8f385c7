// What the front ends ask of Dropbox outside an export, over one gateway (retries, token renewal,
// classified failures): the account behind the credentials, what a folder already holds, and
// shared links. Neither the plugin nor the CLI calls Dropbox any other way.

import { openDropbox, type DropboxConnectOptions } from "./connect";
import { sharedLinkFor } from "./links";
import { listFolderFiles } from "./listing";

export interface DropboxAccount {
  accountId: string;
  displayName: string;
  email: string;
}

/** A file Dropbox holds, with the content hash it computed. */
export interface DropboxFileEntry {
  /** The path as Dropbox displays it (its case). */
  path: string;
  size: number;
  contentHash: string;
}

export interface DropboxSession {
  account(signal?: AbortSignal): Promise<DropboxAccount>;
  /** Files under `folder` ("" = root); a folder that does not exist holds none. */
  listFiles(
    folder: string,
    options?: { recursive?: boolean; signal?: AbortSignal },
  ): Promise<DropboxFileEntry[]>;
  /** A shared link for a file or folder, created or reused. */
  sharedLink(path: string, signal?: AbortSignal): Promise<string>;
}

/** Loads the credentials once; every call after that renews the token when it must. */
export async function openDropboxSession(options: DropboxConnectOptions): Promise<DropboxSession> {
  const gateway = await openDropbox(options);
  return {
    async account(signal) {
      const account = await gateway.call(
        "users/get_current_account",
        (request) => gateway.client.usersGetCurrentAccount(request),
        { signal },
      );
      return { accountId: account.account_id, displayName: account.name.display_name, email: account.email };
    },
    async listFiles(folder, listOptions = {}) {
      const entries = await listFolderFiles(gateway, folder, listOptions);
      const files: DropboxFileEntry[] = [];
      for (const entry of entries) {
        if (entry.path_display === undefined || entry.content_hash === undefined) continue;
        files.push({ path: entry.path_display, size: entry.size, contentHash: entry.content_hash });
      }
      return files;
    },
    sharedLink: (path, signal) => sharedLinkFor(gateway, path, signal),
  };
}

/** The account behind the stored credentials (also a cheap "is the connection alive?" probe). */
export async function getDropboxAccount(options: DropboxConnectOptions): Promise<DropboxAccount> {
  return (await openDropboxSession(options)).account();
}
