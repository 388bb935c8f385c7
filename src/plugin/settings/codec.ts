// The admin settings travel as one string that the portal stores in at most 255 characters
// (store/PluginStore.ts updatePlugin) and hands to every member's browser. The format is versioned and
// positional so it costs a few characters of overhead, not JSON's quotes and key names:
//
//   s1|<flags>|<app key>|<destination folder>|<shared credential>
//
// flags: one character per choice (mode, credential, conflict, link, audience, app access), so a
// new choice can be appended without a new version; a missing flag reads as its default. Only the folder can contain "%" (it cannot contain "|": checkDestination refuses
// it), and "%" is escaped as "%25" so a future field may use percent-escapes unambiguously.
// The credential is empty unless the connection mode is shared.

export const SETTINGS_MAX_LENGTH = 255;
const VERSION = "s1";
const SEPARATOR = "|";

export type ConnectionMode = "personal" | "shared";
export type ConflictPolicy = "keep-both" | "overwrite";
export type Audience = "everyone" | "admins";
/**
 * The Dropbox app's access type, chosen when the app is created in the App Console. The API never
 * says which one a token belongs to, nor the app folder's name (paths in and out are relative to
 * the app folder: https://developers.dropbox.com/oauth-guide "App folder"), so the admin says it
 * and results name the app folder in words.
 */
export type AppAccess = "app-folder" | "full";
/** A Dropbox refresh token from the connect flow, or an access token an admin pasted. */
export type SharedCredential = { type: "refresh"; token: string } | { type: "access"; token: string };

export interface PluginSettings {
  appKey: string;
  mode: ConnectionMode;
  /** Only in shared mode; personal tokens stay in each user's browser. */
  credential: SharedCredential | null;
  /** "" is the root (the app folder for App-folder apps); otherwise "/a/b". */
  folder: string;
  conflict: ConflictPolicy;
  shareLink: boolean;
  audience: Audience;
  access: AppAccess;
}

export const DEFAULT_SETTINGS: PluginSettings = Object.freeze({
  appKey: "",
  mode: "personal",
  credential: null,
  folder: "",
  conflict: "keep-both",
  shareLink: false,
  audience: "everyone",
  access: "app-folder",
});

// Flag positions and their characters; the first character of each pair is the default.
const MODE = { personal: "p", shared: "s" } as const satisfies Record<ConnectionMode, string>;
const CREDENTIAL = { none: "-", refresh: "r", access: "a" } as const;
const CONFLICT = { "keep-both": "k", overwrite: "o" } as const satisfies Record<ConflictPolicy, string>;
const LINK = { no: "n", yes: "l" } as const;
const AUDIENCE = { everyone: "e", admins: "a" } as const satisfies Record<Audience, string>;
const ACCESS = { "app-folder": "a", full: "f" } as const satisfies Record<AppAccess, string>;

/** Encodes settings; the credential is dropped outside shared mode so it can never leak there. */
export function encodeSettings(settings: PluginSettings): string {
  const credential = settings.mode === "shared" ? settings.credential : null;
  const flags =
    MODE[settings.mode] +
    (credential ? CREDENTIAL[credential.type] : CREDENTIAL.none) +
    CONFLICT[settings.conflict] +
    (settings.shareLink ? LINK.yes : LINK.no) +
    AUDIENCE[settings.audience] +
    ACCESS[settings.access];
  return [
    VERSION,
    flags,
    settings.appKey,
    settings.folder.replace(/%/gu, "%25"),
    credential?.token ?? "",
  ].join(SEPARATOR);
}

export type EncodeResult =
  | { ok: true; value: string }
  | { ok: false; length: number; excess: number; limit: typeof SETTINGS_MAX_LENGTH };

/** Encodes and checks the portal's limit, so an oversize value is refused before save-settings. */
export function encodeWithinLimit(settings: PluginSettings): EncodeResult {
  const value = encodeSettings(settings);
  // The server's [StringLength(255)] counts UTF-16 code units, as String.length does.
  if (value.length <= SETTINGS_MAX_LENGTH) return { ok: true, value };
  return {
    ok: false,
    length: value.length,
    excess: value.length - SETTINGS_MAX_LENGTH,
    limit: SETTINGS_MAX_LENGTH,
  };
}

function pick<T extends string>(table: Record<T, string>, flag: string | undefined, fallback: T): T {
  const entry = (Object.entries(table) as [T, string][]).find(([, char]) => char === flag);
  return entry ? entry[0] : fallback;
}

/** App keys are short lowercase alphanumerics (the App Console shows 15); we accept a little more. */
export const APP_KEY_MAX_LENGTH = 64;
const APP_KEY_CHARACTER = /^[A-Za-z0-9_-]$/u;
/** What Dropbox tokens are made of (the OAuth 2.0 bearer token syntax, RFC 6750 section 2.1). */
const TOKEN_PATTERN = /^[A-Za-z0-9._~+/=-]+$/u;

export type AppKeyCheck =
  | { ok: true; appKey: string }
  | { ok: false; problem: "too-long" }
  | { ok: false; problem: "characters"; characters: string[] };

/**
 * The one rule for an app key, used when the admin types it and when stored settings are read.
 * Nothing is trimmed or dropped: a key with a stray character is refused as typed, never reduced.
 * "" is allowed and means "no key yet". `characters` lists each offending character once.
 */
export function checkAppKey(input: string): AppKeyCheck {
  const characters = [...new Set([...input].filter((char) => !APP_KEY_CHARACTER.test(char)))];
  if (characters.length > 0) return { ok: false, problem: "characters", characters };
  if (input.length > APP_KEY_MAX_LENGTH) return { ok: false, problem: "too-long" };
  return { ok: true, appKey: input };
}

/** A pasted access token as typed: "" (none) or made of token characters only. */
export function isTokenText(input: string): boolean {
  return input === "" || TOKEN_PATTERN.test(input);
}

/**
 * Reads whatever the portal stored: null on first run, our format, the JSON `{"k": appKey}` the
 * first builds wrote, or anything else. Never throws (an exception here rejects the plugin's load,
 * store/PluginStore.ts initPlugin); unreadable parts fall back to the defaults.
 */
export function decodeSettings(stored: string | null | undefined): PluginSettings {
  if (typeof stored !== "string" || stored === "") return { ...DEFAULT_SETTINGS };
  try {
    if (stored.startsWith(VERSION + SEPARATOR)) return decodeV1(stored);
    if (stored.startsWith("{")) return decodeLegacyJson(stored);
  } catch {
    // Fall through: garbage means defaults.
  }
  return { ...DEFAULT_SETTINGS };
}

function decodeV1(stored: string): PluginSettings {
  const [, flags = "", appKey = "", folder = "", token = ""] = stored.split(SEPARATOR);
  const mode = pick<ConnectionMode>(MODE, flags[0], "personal");
  const credentialType = flags[1];
  const validToken = token !== "" && TOKEN_PATTERN.test(token);
  const credential: SharedCredential | null =
    mode === "shared" && validToken && credentialType === CREDENTIAL.refresh
      ? { type: "refresh", token }
      : mode === "shared" && validToken && credentialType === CREDENTIAL.access
        ? { type: "access", token }
        : null;
  return {
    appKey: checkAppKey(appKey).ok ? appKey : "",
    mode,
    credential,
    folder: decodeFolder(folder),
    conflict: pick(CONFLICT, flags[2], "keep-both"),
    shareLink: flags[3] === LINK.yes,
    audience: pick(AUDIENCE, flags[4], "everyone"),
    access: pick(ACCESS, flags[5], "app-folder"),
  };
}

function decodeFolder(folder: string): string {
  return folder.startsWith("/") ? folder.replace(/%25/gu, "%") : "";
}

function decodeLegacyJson(stored: string): PluginSettings {
  const parsed: unknown = JSON.parse(stored);
  const appKey =
    typeof parsed === "object" && parsed !== null && "k" in parsed && typeof parsed.k === "string"
      ? parsed.k
      : "";
  return { ...DEFAULT_SETTINGS, appKey: checkAppKey(appKey).ok ? appKey : "" };
}

/** Usable means a member can send: an app key, and in shared mode the portal's credential too. */
export function isUsable(settings: PluginSettings): boolean {
  if (settings.appKey === "") return false;
  return settings.mode === "personal" || settings.credential !== null;
}
