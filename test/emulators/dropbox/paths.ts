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
/** Windows-incompatible characters; refused so clients learn to sanitise names. */
const DISALLOWED_CHARS = /[<>:"|?*\\]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

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
  if (/\s$/.test(name) || /^\s/.test(name))
    return { tag: "malformed_path", message: "Names must not start or end with whitespace" };
  if (DISALLOWED_NAMES.has(name.toLowerCase())) return { tag: "disallowed_name" };
  if (CONTROL_CHARS.test(name))
    return { tag: "malformed_path", message: "Names must not contain control characters" };
  if (name.endsWith(".") || DISALLOWED_CHARS.test(name)) return { tag: "disallowed_name" };
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
