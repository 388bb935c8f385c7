/**
 * Path rules from files.stone's path aliases and the http-docs "Path formats" section:
 * root is "", everything else starts with "/", no trailing "/" or whitespace, each name at
 * most 255 characters, compared case-insensitively and displayed as given.
 */

/** Stone patterns, quoted verbatim in 400 messages as the service does. */
export const PATTERNS = {
  WritePath: "(/(.|[\\r\\n])*)|(ns:[0-9]+(/(.|[\\r\\n])*)?)",
  WritePathOrId: "(/(.|[\\r\\n])*)|(ns:[0-9]+(/(.|[\\r\\n])*)?)|(id:.*)",
  ReadPath: "(/(.|[\\r\\n])*|id:.*)|(rev:[0-9a-f]{9,})|(ns:[0-9]+(/(.|[\\r\\n])*)?)",
  PathROrId: "(/(.|[\\r\\n])*)?|id:.*|(ns:[0-9]+(/(.|[\\r\\n])*)?)",
  Path: "/(.|[\\r\\n])*",
} as const;
export type PathAlias = keyof typeof PATTERNS;

export function matchesPattern(alias: PathAlias, value: string): boolean {
  return new RegExp(`^(?:${PATTERNS[alias]})$`).test(value);
}

export const MAX_NAME_LENGTH = 255;

/** Names Dropbox refuses to store (help centre "files that won't sync"). */
const DISALLOWED_NAMES = new Set([
  "desktop.ini",
  "thumbs.db",
  ".ds_store",
  "icon\r",
  ".dropbox",
  ".dropbox.attr",
]);

/*
 * Characters: rclone's Dropbox backend, whose defaults come from probing the live service
 * (rclone/rclone backend/dropbox/dropbox.go, the `encoding` option: encoder.Base |
 * EncodeBackSlash | EncodeDel | EncodeRightSpace | EncodeInvalidUtf8, "Testing revealed names
 * with trailing spaces and the DEL character don't work"; encoder.Base = NUL, "/" and the names
 * "." and ".."), escapes only those. So `: ? * < > | "`, a trailing dot, leading spaces and the
 * other control characters are stored as given. Which tag the service answers for each refusal
 * is not documented: NUL, DEL and trailing spaces get malformed_path and "\" disallowed_name here.
 */
// eslint-disable-next-line no-control-regex -- NUL and DEL are exactly what is refused
const REFUSED_CONTROL = /[\u0000\u007f]/;
/** A lone UTF-16 surrogate in the JSON argument: the name is not valid UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * Trailing space is refused (rclone, above). rclone also shows trailing CR, LF, HT and VT are
 * stored (it does not set EncodeRightCrLfHtVt); other trailing Unicode spaces (U+00A0, U+3000…)
 * are untested there, so the emulator refuses them: stricter, never kinder.
 */
const REFUSED_TRAILING = /[\p{Zs}\f]$/u;

export type PathProblem = { tag: "malformed_path" | "disallowed_name"; message?: string };

export type ParsedPath =
  | { kind: "root" }
  | { kind: "path"; components: string[] }
  | { kind: "id"; id: string; rest: string[] }
  | { kind: "rev"; rev: string }
  | { kind: "ns"; ns: string; components: string[] };

/** Splits an already pattern-checked path and applies the per-name rules. */
export function parsePath(raw: string): ParsedPath | PathProblem {
  if (raw === "") return { kind: "root" };
  if (raw.startsWith("rev:")) return { kind: "rev", rev: raw.slice(4) };
  if (raw.startsWith("id:")) {
    const slash = raw.indexOf("/");
    if (slash < 0) return { kind: "id", id: raw, rest: [] };
    const rest = splitComponents(raw.slice(slash));
    if ("tag" in rest) return rest;
    return { kind: "id", id: raw.slice(0, slash), rest };
  }
  if (raw.startsWith("ns:")) {
    const slash = raw.indexOf("/");
    const ns = raw.slice(3, slash < 0 ? undefined : slash);
    if (slash < 0) return { kind: "ns", ns, components: [] };
    const rest = splitComponents(raw.slice(slash));
    if ("tag" in rest) return rest;
    return { kind: "ns", ns, components: rest };
  }
  const components = splitComponents(raw);
  if ("tag" in components) return components;
  return { kind: "path", components };
}

function splitComponents(raw: string): string[] | PathProblem {
  if (!raw.startsWith("/")) return { tag: "malformed_path", message: "Paths must start with a slash" };
  if (raw.endsWith("/")) return { tag: "malformed_path", message: "Paths must not end with a slash" };
  const components = raw.slice(1).split("/");
  for (const name of components) {
    const problem = nameProblem(name);
    if (problem) return problem;
  }
  return components;
}

export function nameProblem(name: string): PathProblem | undefined {
  if (name === "" || name === "." || name === "..")
    return { tag: "malformed_path", message: "Empty or relative path component" };
  if (name.length > MAX_NAME_LENGTH)
    return { tag: "malformed_path", message: `Name longer than ${MAX_NAME_LENGTH} characters` };
  if (REFUSED_TRAILING.test(name))
    return { tag: "malformed_path", message: "Names must not end with a space" };
  if (DISALLOWED_NAMES.has(name.toLowerCase())) return { tag: "disallowed_name" };
  if (REFUSED_CONTROL.test(name))
    return { tag: "malformed_path", message: "Names must not contain NUL or DEL" };
  if (LONE_SURROGATE.test(name)) return { tag: "malformed_path", message: "Names must be valid UTF-8" };
  if (name.includes("\\")) return { tag: "disallowed_name" };
  return undefined;
}

export const lowerPath = (components: readonly string[]): string =>
  components.length === 0 ? "" : `/${components.join("/")}`.toLowerCase();
export const displayPath = (components: readonly string[]): string =>
  components.length === 0 ? "" : `/${components.join("/")}`;

/** `document.txt` → `document (1).txt`; the extension stays last (WriteMode autorename docs). */
export function numberedName(name: string, n: number, label?: string): string {
  const dot = name.lastIndexOf(".");
  const suffix = label ?? String(n);
  if (dot <= 0) return `${name} (${suffix})`;
  return `${name.slice(0, dot)} (${suffix})${name.slice(dot)}`;
}
