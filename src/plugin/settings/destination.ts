// The destination folder an admin types, checked against Dropbox's path rules before it is saved,
// so a bad folder is reported in the settings panel rather than as a failure on every file.
// Rules: reference dropbox-api.md §14 and Dropbox's "files that won't sync" list.

/** Dropbox refuses longer path components (`malformed_path`). */
const MAX_COMPONENT_LENGTH = 255;
/** Names Dropbox refuses (`disallowed_name`) or never syncs. Compared case-insensitively. */
const DISALLOWED_NAMES = new Set([
  "desktop.ini",
  "thumbs.db",
  ".ds_store",
  "icon\r",
  ".dropbox",
  ".dropbox.attr",
]);
/** Control characters and the characters Windows clients cannot sync; `|` also separates settings fields. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[<>:"|?*\\\u0000-\u001f\u007f]/u;

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
    if (component.length > MAX_COMPONENT_LENGTH) return { ok: false, problem: "component-too-long" };
    if (/[ .]$/u.test(component)) return { ok: false, problem: "trailing-space-or-dot" };
    if (UNSAFE_CHARACTERS.test(component)) return { ok: false, problem: "unsafe-character" };
    if (DISALLOWED_NAMES.has(component.toLowerCase()) || component.startsWith("~$")) {
      return { ok: false, problem: "disallowed-name" };
    }
  }
  return { ok: true, folder: trimmed };
}
