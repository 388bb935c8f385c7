// The destination folder an admin types, checked against Dropbox's path rules before it is saved,
// so a bad folder is reported in the settings panel rather than as a failure on every file.
// Rules: reference dropbox-api.md §14 and Dropbox's "files that won't sync" list.

import { nameProblem, type NameProblem } from "../../core";

const PROBLEMS: Record<NameProblem, DestinationProblem> = {
  "too-long": "component-too-long",
  "trailing-space-or-dot": "trailing-space-or-dot",
  "unsafe-character": "unsafe-character",
  "disallowed-name": "disallowed-name",
};

export type DestinationProblem =
  | "no-leading-slash"
  | "empty-component"
  | "component-too-long"
  | "trailing-space-or-dot"
  | "unsafe-character"
  | "disallowed-name";

export type DestinationCheck = { ok: true; folder: string } | { ok: false; problem: DestinationProblem };

/**
 * Normalises and validates a destination folder. "" and "/" mean the root (the app folder for
 * App-folder apps). Surrounding whitespace and trailing slashes are dropped because they are
 * typing accidents, not intent; everything else that Dropbox would refuse is reported.
 */
export function checkDestination(input: string): DestinationCheck {
  const trimmed = input.trim().replace(/\/+$/u, "");
  if (trimmed === "") return { ok: true, folder: "" };
  if (!trimmed.startsWith("/")) return { ok: false, problem: "no-leading-slash" };
  const components = trimmed.slice(1).split("/");
  for (const component of components) {
    if (component === "") return { ok: false, problem: "empty-component" };
    const problem = nameProblem(component);
    if (problem) return { ok: false, problem: PROBLEMS[problem] };
  }
  return { ok: true, folder: trimmed };
}
