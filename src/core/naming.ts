// Destination paths: configured folder + relative path (folder and room exports) + the DocSpace
// `title`, which already carries the extension (DocSpace-server products/ASC.Files/Core/ApiModels/
// ResponseDto/FileDto.cs). Each component is made valid for Dropbox (the "Path formats" paragraph
// of https://www.dropbox.com/developers/documentation/http/documentation and the help center's
// "files that won't sync" list), and any change is reported so the user can see it.

/** Characters Windows clients cannot sync and some API calls refuse; control characters too. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[<>:"|?*\\/\u0000-\u001f\u007f]/g;
/** Dropbox refuses these names (`disallowed_name`) or never syncs them (help-center list). */
const DISALLOWED_NAMES = new Set([
  "desktop.ini",
  "thumbs.db",
  ".ds_store",
  "icon\r",
  ".dropbox",
  ".dropbox.attr",
]);
/** Office lock and temporary files are on the same "won't sync" list. */
const TEMPORARY_PREFIXES = ["~$", ".~"];
/** Dropbox rejects longer path components with `malformed_path`. */
export const MAX_NAME_LENGTH = 255;

export interface SanitizedName {
  name: string;
  /** The input, when `name` differs from it. */
  changedFrom?: string;
}

/** Truncates to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut);
}

export type NameProblem = "too-long" | "trailing-space-or-dot" | "unsafe-character" | "disallowed-name";

/** Why Dropbox would refuse (or never sync) this path component as it is; null when it is fine. */
export function nameProblem(name: string): NameProblem | null {
  if (name.length > MAX_NAME_LENGTH) return "too-long";
  if (/[. ]$/u.test(name)) return "trailing-space-or-dot";
  UNSAFE_CHARACTERS.lastIndex = 0; // the pattern is global (for replace); test() would resume from it
  if (UNSAFE_CHARACTERS.test(name)) return "unsafe-character";
  if (
    DISALLOWED_NAMES.has(name.toLowerCase()) ||
    TEMPORARY_PREFIXES.some((prefix) => name.startsWith(prefix))
  ) {
    return "disallowed-name";
  }
  return null;
}

/** Makes one path component valid for Dropbox. `isFile` keeps the extension when shortening. */
export function sanitizeName(input: string, isFile: boolean): SanitizedName {
  const disallowed = DISALLOWED_NAMES.has(input.toLowerCase());
  let name = input.normalize("NFC").replace(UNSAFE_CHARACTERS, "_");
  // Trailing dots and spaces: Dropbox refuses trailing whitespace, Windows drops both.
  name = name.replace(/[. ]+$/u, (match) => "_".repeat(Math.min(match.length, 1)));
  if (name.trim() === "" || name === "." || name === "..") name = "_";
  if (disallowed || TEMPORARY_PREFIXES.some((prefix) => name.startsWith(prefix))) name = `_${name}`;
  if (name.length > MAX_NAME_LENGTH) {
    const dot = isFile ? name.lastIndexOf(".") : -1;
    const extension = dot > 0 && name.length - dot <= 32 ? name.slice(dot) : "";
    name =
      truncate(name.slice(0, name.length - extension.length), MAX_NAME_LENGTH - extension.length) + extension;
  }
  return name === input ? { name } : { name, changedFrom: input };
}

/** Why a destination folder cannot be used; front ends translate the code into their words. */
export type FolderProblem =
  | "no-leading-slash"
  | "empty-component"
  | "component-too-long"
  | "trailing-space-or-dot"
  | "unsafe-character"
  | "disallowed-name";

const NAME_TO_FOLDER_PROBLEM: Record<NameProblem, FolderProblem> = {
  "too-long": "component-too-long",
  "trailing-space-or-dot": "trailing-space-or-dot",
  "unsafe-character": "unsafe-character",
  "disallowed-name": "disallowed-name",
};

export type FolderCheck = { ok: true; folder: string } | { ok: false; problem: FolderProblem };

/**
 * The one rule set for a destination folder, used by the settings panel, the engine and the CLI.
 * "" and "/" are the root (the app folder for App-folder apps). Surrounding whitespace and
 * trailing slashes are typing accidents and dropped. Each segment is taken in NFC, the form every
 * file name is written in (a macOS paste arrives as NFD, and Dropbox compares names in NFC: the
 * "Path formats" paragraph of https://www.dropbox.com/developers/documentation/http/documentation).
 */
export function checkFolder(input: string): FolderCheck {
  const trimmed = input.trim().replace(/\/+$/u, "");
  if (trimmed === "") return { ok: true, folder: "" };
  if (!trimmed.startsWith("/")) return { ok: false, problem: "no-leading-slash" };
  const segments = trimmed
    .slice(1)
    .split("/")
    .map((segment) => segment.normalize("NFC"));
  for (const segment of segments) {
    if (segment === "") return { ok: false, problem: "empty-component" };
    const problem = nameProblem(segment);
    if (problem) return { ok: false, problem: NAME_TO_FOLDER_PROBLEM[problem] };
  }
  return { ok: true, folder: `/${segments.join("/")}` };
}

export interface DestinationPath {
  /** Full Dropbox path, e.g. "/DocSpace/Reports/Q1.docx". */
  path: string;
  /** The DocSpace-side relative path ("Reports/Q1.docx") when any component had to change. */
  renamedFrom?: string;
}

/** Joins folder + relative folders + title, sanitizing every component. */
export function destinationPath(
  folder: string,
  relativeFolders: readonly string[],
  title: string,
): DestinationPath {
  const folders = relativeFolders.map((part) => sanitizeName(part, false));
  const file = sanitizeName(title, true);
  const path = [folder, ...folders.map((part) => part.name), file.name].join("/");
  const changed = file.changedFrom !== undefined || folders.some((part) => part.changedFrom !== undefined);
  return changed ? { path, renamedFrom: [...relativeFolders, title].join("/") } : { path };
}

/** Splits "/a/b/name.ext" into its parent folder path ("" for the root) and name. */
export function splitPath(path: string): { parent: string; name: string } {
  const slash = path.lastIndexOf("/");
  return { parent: slash <= 0 ? "" : path.slice(0, slash), name: path.slice(slash + 1) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Matches the names Dropbox's autorename may give `name` ("a.txt" → "a (1).txt", "a (2).txt");
 * files.stone `CommitInfo.autorename`. Case-insensitive because Dropbox paths are.
 */
export function autorenamePattern(name: string): RegExp {
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : "";
  return new RegExp(`^${escapeRegExp(stem)}( \\(\\d+\\))?${escapeRegExp(extension)}$`, "iu");
}
