// Turning the core's export result into what the UI shows: per-file outcomes, the destination,
// the selected folder's link, and the one reason a whole job failed, when it has one.

import type { ExportItem, ExportResult, FileResult, TransferError, TransferErrorKind } from "../core";
import type { FileOutcome, JobResult } from "./transfer-types";

/** Failures that mean the Dropbox connection itself is unusable, not the file. */
const CONNECTION_FAILURES: ReadonlySet<TransferErrorKind> = new Set(["dropbox-auth", "not-connected"]);

/**
 * The one reason a whole job failed, when it has one: nothing could be read at all, or Dropbox
 * refused the connection and nothing arrived (the user's next step is to reconnect, not to read a
 * list of identical failures). Otherwise null, and the UI reports file by file.
 */
export function jobFailure(result: ExportResult, itemCount: number): TransferError | null {
  // A subfolder that failed (`path` set) is not a whole item: its siblings may have been sent.
  const whole = result.itemFailures.filter((failure) => failure.path === undefined);
  const [firstFailure] = whole;
  if (result.files.length === 0 && firstFailure && whole.length === itemCount) {
    return firstFailure.error;
  }
  const refused = result.files.find((file) => file.error && CONNECTION_FAILURES.has(file.error.kind));
  if (refused?.error && !result.files.some((file) => file.status === "done")) return refused.error;
  return null;
}

/** The relative part of a Dropbox path under the destination folder. */
function relativeTo(folder: string, path: string): string {
  const prefix = folder === "" ? "/" : `${folder}/`;
  return path.toLowerCase().startsWith(prefix.toLowerCase()) ? path.slice(prefix.length) : path;
}

/** The last path component, in the form and case Dropbox compares names in (NFC, case-insensitive). */
function comparable(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * Renames a person can see, each with its reasons. The core reports its own renames (and leaves
 * out a change of Unicode normalisation only, which no one can see). A file it did not rename but
 * that arrived under another name was numbered by Dropbox, because a file of that name was
 * already there (`autorename` of CommitInfo, dropbox/dropbox-api-spec files.stone).
 */
function renameOf(file: FileResult, relative: string): Pick<FileOutcome, "renamedFrom" | "renameReasons"> {
  if (file.renamedFrom !== undefined)
    return {
      renamedFrom: file.renamedFrom,
      ...(file.renameReasons ? { renameReasons: [...file.renameReasons] } : {}),
    };
  const slash = relative.lastIndexOf("/");
  const arrived = relative.slice(slash + 1);
  if (file.status !== "done" || comparable(arrived) === comparable(file.title)) return {};
  return { renamedFrom: relative.slice(0, slash + 1) + file.title, renameReasons: ["kept-both"] };
}

/** Turns the core's result into the UI's: per-file outcomes, item failures, the destination. */
export function toJobResult(targets: readonly ExportItem[], folder: string, result: ExportResult): JobResult {
  const files: FileOutcome[] = result.files.map((file) => {
    const outcome: FileOutcome = { source: relativeTo(folder, file.dropboxPath) };
    if (file.status === "done") outcome.path = file.dropboxPath;
    else outcome.error = file.error?.kind ?? (file.status === "cancelled" ? "cancelled" : "unknown");
    Object.assign(outcome, renameOf(file, outcome.source));
    if (file.link !== undefined) outcome.shareLink = file.link;
    return outcome;
  });
  // A subfolder that could not be read is named by its DocSpace path; a whole item only by its id.
  for (const failure of result.itemFailures)
    files.push({ source: failure.path ?? "", itemId: failure.item.id, error: failure.error.kind });
  const [target] = targets;
  const [first] = result.files;
  let destination = folder;
  if (targets.length === 1 && target && first) {
    destination =
      target.type === "file"
        ? first.dropboxPath
        : `${folder}/${relativeTo(folder, first.dropboxPath).split("/")[0] ?? ""}`;
  }
  // A folder's or room's own link, when links are on and it was made.
  const folderLink =
    targets.length === 1 ? result.folderLinks.find((entry) => entry.item === target) : undefined;
  return { destination, files, ...(folderLink?.link !== undefined ? { shareLink: folderLink.link } : {}) };
}
