// Listing files in Dropbox, every page, through the gateway (retries, token renewal). Used by the
// commit check ("did this commit land?") and by the CLI's sync check ("what is already there?").

import type { files } from "dropbox";
import { dropboxErrorTags } from "../classify";
import type { DropboxGateway } from "./gateway";

/** A folder that does not exist holds nothing (files.stone `ListFolderError.path`: not_found, not_folder). */
function isMissingFolder(failure: unknown): boolean {
  const { status, error } = (failure ?? {}) as { status?: unknown; error?: { error?: unknown } };
  if (status !== 409) return false;
  const tags = dropboxErrorTags(error?.error);
  return tags.includes("not_found") || tags.includes("not_folder");
}

/**
 * The files under `folder` ("" = root), recursively when asked; empty when the folder is missing.
 * `onFolder` sees each folder entry.
 */
export async function listFolderFiles(
  gateway: DropboxGateway,
  folder: string,
  options: {
    recursive?: boolean;
    signal?: AbortSignal | undefined;
    onFolder?: (entry: files.FolderMetadataReference) => void;
  } = {},
): Promise<files.FileMetadata[]> {
  const { signal } = options;
  const found: files.FileMetadata[] = [];
  const listArg = { path: folder, recursive: options.recursive ?? false, limit: 2000 };
  let page: files.ListFolderResult | undefined = await gateway
    .call("files/list_folder", (request) => gateway.client.filesListFolder(listArg, request), {
      signal,
      rethrowOriginal: true,
    })
    .catch((failure: unknown) => {
      if (isMissingFolder(failure)) return undefined;
      throw gateway.classified("files/list_folder", failure, signal);
    });
  while (page) {
    for (const entry of page.entries) {
      if (entry[".tag"] === "file") found.push(entry);
      else if (entry[".tag"] === "folder") options.onFolder?.(entry);
    }
    if (!page.has_more) break;
    const cursor: string = page.cursor;
    page = await gateway.call(
      "files/list_folder/continue",
      (request) => gateway.client.filesListFolderContinue({ cursor }, request),
      { signal },
    );
  }
  return found;
}
