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

/** The files under `folder` ("" = root), recursively when asked; empty when the folder is missing. */
export async function listFolderFiles(
  gateway: DropboxGateway,
  folder: string,
  options: { recursive?: boolean; signal?: AbortSignal | undefined } = {},
): Promise<files.FileMetadata[]> {
  const { signal } = options;
  const found: files.FileMetadata[] = [];
  let page: files.ListFolderResult;
  try {
    page = await gateway.call(
      "files/list_folder",
      (request) =>
        gateway.client.filesListFolder(
          { path: folder, recursive: options.recursive ?? false, limit: 2000 },
          request,
        ),
      { signal, rethrowOriginal: true },
    );
  } catch (failure) {
    if (isMissingFolder(failure)) return found;
    throw gateway.classified("files/list_folder", failure, signal);
  }
  for (;;) {
    for (const entry of page.entries) if (entry[".tag"] === "file") found.push(entry);
    if (!page.has_more) return found;
    const cursor = page.cursor;
    page = await gateway.call(
      "files/list_folder/continue",
      (request) => gateway.client.filesListFolderContinue({ cursor }, request),
      { signal },
    );
  }
}
