// Destination paths: configured folder + relative path (folder and room exports) + the DocSpace
// `title`, which already carries the extension. Names follow what Dropbox itself refuses, as
// rclone's Dropbox backend found by testing against the live service
// (rclone/rclone backend/dropbox/dropbox.go, the `encoding` option's default:
// `encoder.Base | EncodeBackSlash | EncodeDel | EncodeRightSpace | EncodeInvalidUtf8`, where
// Base is NUL, "/" and the names "." and ".."). Everything else Dropbox stores as given
// (`: ? * < > | "`, a trailing dot), so it is kept. Two more changes are ours, and each is
// reported with its reason: controls and bidirectional overrides are neutralised, because a name
// is shown to people (a C1 control or U+202E can disguise "exe.txt" as "txt.exe"), and the names
// Dropbox never syncs are prefixed.

/** Dropbox refuses these (rclone: EncodeZero, EncodeSlash, EncodeBackSlash, EncodeDel). */
// eslint-disable-next-line no-control-regex -- NUL and DEL are exactly what is refused
const RESERVED_CHARACTERS = /[\u0000/\\\u007f]/gu;
/**
 * C0 and C1 controls and the bidirectional controls (embeddings, overrides, isolates, marks):
 * stored by Dropbox, but they change how a name is displayed. Unicode's bidi controls are listed
 * in https://www.unicode.org/reports/tr9/#Directional_Formatting_Characters.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is neutralised
const DISPLAY_CONTROLS = /[\u0001-\u001f\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** A lone surrogate cannot be sent as UTF-8 (rclone: EncodeInvalidUtf8); with `u`, pairs never match. */
const LONE_SURROGATE = /[\ud800-\udfff]/gu;
/**
 * Leading and trailing white space (Unicode White_Space: also U+00A0 and U+3000). Dropbox refuses
 * a trailing space (rclone: EncodeRightSpace); desktop clients trim the rest, so a name that kept
 * it would not be stored faithfully on the user's computers.
 */
const SURROUNDING_SPACE = /^\s+|\s+$/gu;
/** Dropbox never syncs these names (rclone/rclone backend/dropbox/dropbox.go `ignoredFiles`). */
const DISALLOWED_NAMES = new Set([
  "desktop.ini",
  "thumbs.db",
  ".ds_store",
  "icon\r",
  ".dropbox",
  ".dropbox.attr",
]);
/**
 * Office lock and temporary files are on Dropbox's "won't sync" list:
 * https://help.dropbox.com/sync/files-not-syncing (temporary files).
 */
const TEMPORARY_PREFIXES = ["~$", ".~"];
/** Dropbox rejects longer path components with `malformed_path` (rclone: `maxFileNameLength`). */
export const MAX_NAME_LENGTH = 255;

/** Why a DocSpace name was changed on its way to Dropbox; front ends translate the code. */
export type RenameReason =
  /** NUL, "/", "\" or DEL: Dropbox refuses them. */
  | "reserved-character"
  /** A control or bidirectional-override character, replaced so the name displays as it reads. */
  | "control-character"
  /** Text that is not valid Unicode (a lone surrogate). */
  | "invalid-text"
  /** Leading or trailing white space, removed. */
  | "surrounding-space"
  /** Empty, "." or "..": not a name Dropbox can hold. */
  | "relative-name"
  /** A name Dropbox never syncs (desktop.ini, ~$ lock files), prefixed with "_". */
  | "not-synced"
  /** Longer than 255 characters, shortened (keeping the extension). */
  | "too-long"
  /** Another file or folder of this export took the name first; numbered " (2)". */
  | "name-clash";

export interface SanitizedName {
  name: string;
  /** The input, when `name` differs from it. */
  changedFrom?: string;
  /** Why, in the order the rules applied; empty when unchanged. */
  reasons: RenameReason[];
}

/** Truncates to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut);
}

/** "name.ext" → ["name", ".ext"]; a leading dot or a long tail is not an extension. */
function splitExtension(name: string, isFile: boolean): [string, string] {
  const dot = isFile ? name.lastIndexOf(".") : -1;
  if (dot > 0 && name.length - dot <= 32) return [name.slice(0, dot), name.slice(dot)];
  return [name, ""];
}

/** Shortens `stem` so that `stem + tail` fits in 255 characters. */
function fitted(stem: string, tail: string): string {
  return truncate(stem, Math.max(1, MAX_NAME_LENGTH - tail.length)) + tail;
}

/**
 * `name` with " (n)" before its extension, shortened so the result never exceeds 255 characters
 * ("a.txt", 2 → "a (2).txt"), the same shape as Dropbox's own autorename.
 */
export function numberedName(name: string, n: number, isFile: boolean): string {
  const [stem, extension] = splitExtension(name, isFile);
  return fitted(stem, ` (${n})${extension}`);
}

/** Makes one path component valid for Dropbox. `isFile` keeps the extension when shortening. */
export function sanitizeName(input: string, isFile: boolean): SanitizedName {
  const reasons: RenameReason[] = [];
  const apply = (name: string, pattern: RegExp, replacement: string, reason: RenameReason): string => {
    const next = name.replace(pattern, replacement);
    if (next !== name) reasons.push(reason);
    return next;
  };
  let name = apply(input, LONE_SURROGATE, "_", "invalid-text").normalize("NFC");
  name = apply(name, RESERVED_CHARACTERS, "_", "reserved-character");
  name = apply(name, DISPLAY_CONTROLS, "_", "control-character");
  name = apply(name, SURROUNDING_SPACE, "", "surrounding-space");
  if (name === "" || name === "." || name === "..") {
    name = "_";
    reasons.push("relative-name");
  }
  if (
    DISALLOWED_NAMES.has(name.toLowerCase()) ||
    TEMPORARY_PREFIXES.some((prefix) => name.startsWith(prefix))
  ) {
    name = `_${name}`;
    reasons.push("not-synced");
  }
  if (name.length > MAX_NAME_LENGTH) {
    const [stem, extension] = splitExtension(name, isFile);
    name = fitted(stem, extension);
    reasons.push("too-long");
  }
  return name === input ? { name, reasons: [] } : { name, changedFrom: input, reasons };
}

/**
 * The rules for a destination folder someone types (settings panel, `--to`). Stricter than the
 * names above on purpose: nothing is renamed here, and a folder that avoids the characters Windows
 * cannot hold (`< > : " | ? *`, a trailing dot) syncs to every computer of the account.
 */
const FOLDER_UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- control characters are refused in a typed folder
  /[<>:"|?*\\/\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export type NameProblem = "too-long" | "trailing-space-or-dot" | "unsafe-character" | "disallowed-name";

/** Why a typed folder segment cannot be used as it is; null when it is fine. */
export function nameProblem(name: string): NameProblem | null {
  if (name.length > MAX_NAME_LENGTH) return "too-long";
  if (/[.\s]$/u.test(name) || /^\s/u.test(name)) return "trailing-space-or-dot";
  if (FOLDER_UNSAFE_CHARACTERS.test(name) || /[\ud800-\udfff]/u.test(name)) return "unsafe-character";
  if (
    DISALLOWED_NAMES.has(name.toLowerCase()) ||
    TEMPORARY_PREFIXES.some((prefix) => name.startsWith(prefix))
  ) {
    return "disallowed-name";
  }
  return null;
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
  /** Why, when `renamedFrom` is set. */
  renameReasons?: RenameReason[];
}

/** Joins folder + relative folders + title, sanitizing every component (no de-duplication). */
export function destinationPath(
  folder: string,
  relativeFolders: readonly string[],
  title: string,
): DestinationPath {
  const parts = [...relativeFolders.map((part) => sanitizeName(part, false)), sanitizeName(title, true)];
  const path = [folder, ...parts.map((part) => part.name)].join("/");
  const reasons = uniqueReasons(parts.flatMap((part) => part.reasons));
  return reasons.length > 0
    ? { path, renamedFrom: [...relativeFolders, title].join("/"), renameReasons: reasons }
    : { path };
}

/** Each reason once, in first-seen order. */
export function uniqueReasons(reasons: readonly RenameReason[]): RenameReason[] {
  return [...new Set(reasons)];
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
 * Matches the names Dropbox's autorename may give `name` ("a.txt" → "a (1).txt", "a (2).txt": the
 * `autorename` field of `CommitInfo` in dropbox/dropbox-api-spec files.stone, and what the service
 * answers). Case-insensitive because Dropbox paths are.
 */
export function autorenamePattern(name: string): RegExp {
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : "";
  return new RegExp(`^${escapeRegExp(stem)}( \\(\\d+\\))?${escapeRegExp(extension)}$`, "iu");
}
