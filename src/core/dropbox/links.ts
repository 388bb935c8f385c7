// Shared links on request, for files and folders alike. `create_shared_link_with_settings` fails
// with `shared_link_already_exists` when the path already has one; we reuse it, taken from the
// error when Dropbox includes it, else from `list_shared_links` (sharing.stone
// `CreateSharedLinkWithSettingsError.shared_link_already_exists`, `ListSharedLinksArg.direct_only`).

import { dropboxErrorTags } from "../classify";
import { TransferError } from "../errors";
import type { DropboxGateway } from "./gateway";

function existingLinkUrl(failure: unknown): string | undefined {
  const envelope = (failure as { error?: { error?: unknown } } | null)?.error?.error;
  if (typeof envelope !== "object" || envelope === null) return undefined;
  const inner = (envelope as Record<string, unknown>).shared_link_already_exists;
  if (typeof inner !== "object" || inner === null) return undefined;
  const metadata = (inner as Record<string, unknown>).metadata;
  const url =
    typeof metadata === "object" && metadata !== null ? (metadata as Record<string, unknown>).url : undefined;
  return typeof url === "string" ? url : undefined;
}

function isAlreadyExists(failure: unknown): boolean {
  const envelope = (failure as { error?: { error?: unknown } } | null)?.error?.error;
  return (
    (failure as { status?: unknown } | null)?.status === 409 &&
    dropboxErrorTags(envelope).includes("shared_link_already_exists")
  );
}

/** A shared link for the file or folder at `path` (a path or `id:`), created or reused. */
export async function sharedLinkFor(
  gateway: DropboxGateway,
  path: string,
  signal?: AbortSignal,
): Promise<string> {
  try {
    const created = await gateway.call(
      "sharing/create_shared_link_with_settings",
      (options) => gateway.client.sharingCreateSharedLinkWithSettings({ path }, options),
      { signal, rethrowOriginal: true },
    );
    return created.url;
  } catch (failure) {
    if (!isAlreadyExists(failure)) {
      throw gateway.classified("sharing/create_shared_link_with_settings", failure, signal);
    }
    const url = existingLinkUrl(failure);
    if (url) return url;
  }
  const listed = await gateway.call(
    "sharing/list_shared_links",
    (options) => gateway.client.sharingListSharedLinks({ path, direct_only: true }, options),
    { signal },
  );
  const link = listed.links.find((candidate) => candidate.url !== "");
  if (!link) throw new TransferError("unknown", "Dropbox reported an existing shared link but listed none.");
  return link.url;
}
