// One table from the core's error kinds to what a person can do about them (STYLE: "one table
// maps each error class to the message a user sees"). Typed as a full Record so a new kind in the
// core fails the type-check here instead of falling through to a generic text.

import type { FolderProblem, TransferErrorKind } from "../core";

export const HINTS: Record<TransferErrorKind, string> = {
  "not-connected":
    "Run `docspace-to-dropbox connect`, or set DROPBOX_OAUTH2_REFRESH_TOKEN with DROPBOX_APP_KEY (or DROPBOX_OAUTH2_TOKEN).",
  "dropbox-auth":
    "Dropbox no longer accepts these credentials (revoked or expired). Run `docspace-to-dropbox connect` again, or replace DROPBOX_OAUTH2_REFRESH_TOKEN / DROPBOX_OAUTH2_TOKEN.",
  "dropbox-permission":
    "Give the Dropbox app the files.content.write, files.metadata.read, account_info.read and (for --link) sharing.write permissions in the App Console, then run `connect` again.",
  "insufficient-space":
    "Free up space in Dropbox (or upgrade the plan) and run the same command again; files already exported are skipped.",
  "too-large": "Dropbox does not accept a file this large; leave it out of the export.",
  "invalid-path": "Dropbox refuses this path; choose another --to folder or rename the item in DocSpace.",
  conflict:
    "Something at the destination is in the way (for example a folder with the file's name); move it or use --to with another folder.",
  "not-found":
    "Check the id and that the API key's user can see the item; use a file:, folder: or room: prefix to say what the id is.",
  "no-download-permission":
    "The API key's user may not download this item (the room may forbid downloads); ask a room manager for access or use another user's key. If the message names another address than your portal's, pass that address with --portal instead. With --skip-forbidden, such files are reported as skipped and the run still succeeds.",
  "docspace-signed-out":
    "Create a new API key in DocSpace (Settings → Developer Tools → API keys) and put it in DOCSPACE_API_KEY.",
  "rate-limited": "Run again later or with a lower --concurrency; files already exported are skipped.",
  network: "Check the network connection and run the same command again; files already exported are skipped.",
  server: "The service kept failing; run the same command again later; files already exported are skipped.",
  "incomplete-download":
    "The file may have changed during the export; run the same command again to copy it.",
  "incomplete-listing":
    "DocSpace's listing of the folder changed while it was read; run the same command again to copy what was missed (files already exported are skipped).",
  integrity: "The uploaded copy did not match and was removed; run the same command again to copy it.",
  cancelled: "Run the same command again to resume; files already exported are skipped.",
  unknown:
    "Run the same command again; if it keeps failing, report the message above with the --json output.",
};

export function hintFor(kind: string): string {
  return (HINTS as Record<string, string>)[kind] ?? HINTS.unknown;
}

/** The core's destination-folder rules, in the CLI's words. */
export const FOLDER_PROBLEMS: Record<FolderProblem, string> = {
  "no-leading-slash": 'it must start with "/" (or be "" for the root)',
  "empty-component": "it must not contain empty segments (//)",
  "component-too-long": "a segment is longer than 255 characters",
  "trailing-space-or-dot": "a segment ends in a space or a dot, which Dropbox refuses",
  "unsafe-character": 'a segment holds a character Dropbox refuses (< > : " | ? * \\ or a control character)',
  "disallowed-name": "a segment is a name Dropbox does not sync (desktop.ini, .ds_store, ~$…)",
};
