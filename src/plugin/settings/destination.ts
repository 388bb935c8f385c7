// The destination folder an admin types, checked before it is saved, so a bad folder is reported
// in the settings panel rather than as a failure on every file. The rules are the core's own
// (`checkFolder`), so the panel, the engine and the CLI accept and refuse exactly the same input;
// the panel only translates the problem codes (see settings-flow.ts).

import { checkFolder, type FolderCheck, type FolderProblem } from "../../core";

export type DestinationProblem = FolderProblem;
export type DestinationCheck = FolderCheck;

/** Normalises and validates a destination folder: the core's rule set, unchanged. */
export const checkDestination: (input: string) => DestinationCheck = checkFolder;

/**
 * The folder as an admin types it: a missing leading slash is added, not demanded
 * ("Backups/2025" is "/Backups/2025"); everything else is the core's rule set.
 */
export function checkTypedFolder(input: string): DestinationCheck {
  const trimmed = input.trim();
  return checkDestination(trimmed === "" || trimmed.startsWith("/") ? trimmed : `/${trimmed}`);
}
