// What the sync check needs and the core does not offer: a recursive Dropbox listing (names,
// sizes, content hashes), a DocSpace file's content hash without uploading it, and a shared link
// for a file that was skipped.

import {
  ContentHasher,
  TransferError as CoreTransferError,
  type DocSpaceClient,
  type DocSpaceFile,
  type FetchLike,
} from "../core";
import { CliError, EXIT_FAILED, EXIT_USAGE } from "./errors";
import { hintFor } from "./messages";
import type { RemoteFile } from "./sync";

const LIST_URL = "https://api.dropboxapi.com/2/files/list_folder";

interface ListedEntry {
  ".tag"?: string;
  path_display?: string;
  path_lower?: string;
  size?: number;
  content_hash?: string;
}

interface ListPage {
  entries?: ListedEntry[];
  cursor?: string;
  has_more?: boolean;
}

async function post(fetch: FetchLike, url: string, token: string, body: unknown): Promise<Response> {
  try {
    return await fetch(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new CliError(
      `Could not reach Dropbox (${new URL(url).pathname}).`,
      hintFor("network"),
      EXIT_FAILED,
      "network",
    );
  }
}

/** Files under `folder` ("" = root). A folder that does not exist yet holds nothing. */
export async function listDropboxFiles(
  fetch: FetchLike,
  accessToken: string,
  folder: string,
  recursive: boolean,
): Promise<RemoteFile[]> {
  const files: RemoteFile[] = [];
  let response = await post(fetch, LIST_URL, accessToken, { path: folder, recursive, limit: 2000 });
  for (;;) {
    const text = await response.text();
    if (response.status === 409 && /not_found|not_folder/u.test(text)) return files;
    if (!response.ok) {
      if (response.status === 401) {
        const scope = /missing_scope/u.test(text);
        throw new CliError(
          scope
            ? "The Dropbox app may not list files (files.metadata.read is missing)."
            : "Dropbox rejected the credentials while listing the destination.",
          hintFor(scope ? "dropbox-permission" : "dropbox-auth"),
          EXIT_USAGE,
          "dropbox-auth",
        );
      }
      throw new CliError(
        `Dropbox could not list ${folder || "the root folder"} (HTTP ${response.status}).`,
        hintFor(response.status >= 500 || response.status === 429 ? "server" : "unknown"),
        EXIT_FAILED,
        "dropbox",
      );
    }
    const page = JSON.parse(text) as ListPage;
    for (const entry of page.entries ?? []) {
      if (entry[".tag"] !== "file" || !entry.path_display || typeof entry.content_hash !== "string") continue;
      files.push({ pathDisplay: entry.path_display, size: entry.size ?? 0, contentHash: entry.content_hash });
    }
    if (!page.has_more || !page.cursor) return files;
    response = await post(fetch, `${LIST_URL}/continue`, accessToken, { cursor: page.cursor });
  }
}

/** Downloads a DocSpace file and returns its Dropbox content hash; nothing is kept. */
export async function docspaceContentHash(
  client: DocSpaceClient,
  file: DocSpaceFile,
  signal?: AbortSignal,
): Promise<string> {
  const url = await client.getDownloadUrl(file, signal);
  const response = await client.fetchContent(url, signal ? { signal } : {});
  const hasher = new ContentHasher();
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      await hasher.update(value);
    }
  }
  return hasher.digest();
}

const LINK_URL = "https://api.dropboxapi.com/2/sharing/create_shared_link_with_settings";
const LIST_LINKS_URL = "https://api.dropboxapi.com/2/sharing/list_shared_links";

/**
 * A shared link for a file that was skipped (the engine only links what it uploads): create one,
 * or reuse the existing one (reference Dropbox §7: `shared_link_already_exists`, else list).
 */
export async function sharedLinkFor(fetch: FetchLike, accessToken: string, path: string): Promise<string> {
  const created = await post(fetch, LINK_URL, accessToken, { path });
  const text = await created.text();
  if (created.ok) {
    const url = (JSON.parse(text) as { url?: unknown }).url;
    if (typeof url === "string") return url;
  }
  if (created.status === 409 && /shared_link_already_exists/u.test(text)) {
    const existing = /"url"\s*:\s*"([^"]+)"/u.exec(text)?.[1];
    if (existing) return existing;
    const listed = await post(fetch, LIST_LINKS_URL, accessToken, { path, direct_only: true });
    const links = listed.ok ? ((await listed.json()) as { links?: { url?: unknown }[] }).links : undefined;
    const url = links?.[0]?.url;
    if (typeof url === "string") return url;
  }
  const kind = created.status === 401 && /missing_scope/u.test(text) ? "dropbox-permission" : "unknown";
  throw new CoreTransferError(kind, `Dropbox did not create a shared link (HTTP ${created.status}).`, {
    method: "POST",
    url: LINK_URL,
    status: created.status,
  });
}
