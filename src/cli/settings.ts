// Where each setting comes from: options, then environment (django-storages' names, so an
// existing archiving job's variables keep working), then the config file. Missing or
// contradictory settings are configuration errors (exit 2) that name the variable to set.

import {
  memoryCredentialStore,
  type CoreOptions,
  type CredentialStore,
  type DropboxCredentials,
} from "../core";
import { configPath, fileCredentialStore, readConfig, type CliConfig, type Env } from "./config";
import { CliError } from "./errors";
import { nodeFetch, nodeSha256, readNodeBody } from "./node-ports";

export const ENV = {
  apiKey: "DOCSPACE_API_KEY",
  portal: "DOCSPACE_PORTAL_URL",
  accessToken: "DROPBOX_OAUTH2_TOKEN",
  refreshToken: "DROPBOX_OAUTH2_REFRESH_TOKEN",
  appKey: "DROPBOX_APP_KEY",
  appSecret: "DROPBOX_APP_SECRET",
  rootPath: "DROPBOX_ROOT_PATH",
  writeMode: "DROPBOX_WRITE_MODE",
  apiBase: "DROPBOX_API_BASE_URL",
} as const;

export interface DocSpaceSettings {
  portalUrl: string;
  apiKey: string;
}

/** What to do about an `http://` target: refuse it, or (with --allow-insecure) warn once. */
export interface Transport {
  allowInsecure: boolean;
  warn: (text: string) => void;
}

const STRICT: Transport = { allowInsecure: false, warn: () => undefined };

/**
 * Loopback traffic never leaves the machine (the emulators, a local tunnel), so plain http is
 * fine there, as RFC 8252 section 8.3 allows for loopback redirects.
 */
function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/gu, "");
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/u.test(host);
}

/**
 * An `http://` address off this machine would carry a secret (the DocSpace API key, Dropbox
 * tokens) in clear text: refused unless --allow-insecure, and then said out loud.
 */
export function checkTransport(url: URL, what: string, carries: string, transport: Transport): void {
  if (url.protocol !== "http:" || isLoopback(url)) return;
  if (!transport.allowInsecure) {
    throw new CliError(
      `${what} ${url.origin} is not encrypted (http://); ${carries} would cross the network in clear text.`,
      "Use its https:// address, or pass --allow-insecure if you accept that risk (for example on a private network).",
      2,
      "usage",
    );
  }
  transport.warn(
    `Warning: ${what} ${url.origin} is plain http://; ${carries} crosses the network unencrypted.`,
  );
}

export function docspaceSettings(
  env: Env,
  portalOption: string | undefined,
  transport: Transport = STRICT,
): DocSpaceSettings {
  const portal = portalOption ?? env[ENV.portal];
  if (!portal) {
    throw new CliError(
      "No DocSpace portal given.",
      `Pass --portal https://your-portal.onlyoffice.com (or set ${ENV.portal}).`,
    );
  }
  let url: URL;
  try {
    url = new URL(portal);
  } catch {
    throw new CliError(
      `"${portal}" is not a portal URL.`,
      "Pass the portal address, e.g. --portal https://example.onlyoffice.com.",
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new CliError(
      `"${portal}" is not an http(s) URL.`,
      "Pass the portal address, e.g. --portal https://example.onlyoffice.com.",
    );
  }
  checkTransport(url, "The portal", "the DocSpace API key", transport);
  const apiKey = env[ENV.apiKey]?.trim();
  if (!apiKey) {
    throw new CliError(
      `${ENV.apiKey} is not set.`,
      `Create an API key in DocSpace (Settings → Developer Tools → API keys) and export ${ENV.apiKey}=sk-….`,
    );
  }
  return { portalUrl: url.origin + url.pathname.replace(/\/+$/u, ""), apiKey };
}

export interface DropboxSource {
  store: CredentialStore;
  /** "environment" or the config file's path, for `whoami` and messages. */
  origin: string;
  config: CliConfig | undefined;
  configFile: string;
}

/** The refresh token from the environment (with its app key), if set. */
function environmentRefreshToken(env: Env): DropboxCredentials | undefined {
  const refreshToken = env[ENV.refreshToken]?.trim();
  const accessToken = env[ENV.accessToken]?.trim();
  const appKey = env[ENV.appKey]?.trim();
  if (!refreshToken) return undefined;
  if (!appKey) {
    throw new CliError(
      `${ENV.refreshToken} is set but ${ENV.appKey} is not.`,
      `Set ${ENV.appKey} to the key of the Dropbox app that issued the refresh token.`,
    );
  }
  return { kind: "refresh-token", appKey, refreshToken, ...(accessToken ? { accessToken } : {}) };
}

/**
 * Where the Dropbox credentials come from, first match wins:
 * 1. DROPBOX_OAUTH2_REFRESH_TOKEN (+ DROPBOX_APP_KEY), so a cron job needs no file at all;
 * 2. a refresh token in the config file (`connect`);
 * 3. DROPBOX_OAUTH2_TOKEN, "used when no refresh token is set" as --help says;
 * 4. an access token in the config file.
 * An access token lives 4 hours and cannot be renewed, a refresh token can: one left in the
 * environment of a cron job must not silently replace the connection that keeps working, so it
 * is named in a warning instead.
 */
export async function dropboxSource(
  env: Env,
  configOption: string | undefined,
  warn: (text: string) => void,
): Promise<DropboxSource> {
  const configFile = configPath(env, configOption);
  const fromEnv = environmentRefreshToken(env);
  if (fromEnv) {
    return { store: memoryCredentialStore(fromEnv), origin: "environment", config: undefined, configFile };
  }
  const accessToken = env[ENV.accessToken]?.trim();
  let config: Awaited<ReturnType<typeof readConfig>>;
  try {
    config = await readConfig(configFile, warn);
  } catch (error) {
    // An unreadable config file ends the run only when nothing else can stand in for it.
    if (!accessToken || !(error instanceof CliError)) throw error;
    warn(`${error.message} Using ${ENV.accessToken} instead.`);
    config = undefined;
  }
  if (config?.dropbox?.kind === "refresh-token") {
    if (accessToken) {
      warn(
        `${ENV.accessToken} is set but not used: ${configFile} holds a refresh token (from \`connect\`), which is used instead. Unset ${ENV.accessToken} to silence this warning.`,
      );
    }
    return { store: fileCredentialStore(configFile, config), origin: configFile, config, configFile };
  }
  if (accessToken) {
    return {
      store: memoryCredentialStore({ kind: "access-token", accessToken }),
      origin: "environment",
      config: undefined,
      configFile,
    };
  }
  if (!config?.dropbox) {
    throw new CliError(
      "Dropbox is not connected.",
      `Run \`docspace-to-dropbox connect --app-key <key>\` (it writes ${configFile}), or set ${ENV.refreshToken} with ${ENV.appKey}, or ${ENV.accessToken}.`,
    );
  }
  return { store: fileCredentialStore(configFile, config), origin: configFile, config, configFile };
}

/** Every secret the process knows, so output can be scrubbed of them. */
export function knownSecrets(env: Env, credentials: DropboxCredentials | null | undefined): string[] {
  const secrets = [env[ENV.apiKey], env[ENV.accessToken], env[ENV.refreshToken], env[ENV.appSecret]];
  if (credentials) {
    secrets.push(credentials.accessToken);
    if (credentials.kind === "refresh-token") secrets.push(credentials.refreshToken);
  }
  return secrets.filter((value): value is string => typeof value === "string" && value.trim().length >= 6);
}

/** The hosts the Dropbox SDK calls; one emulator origin serves all of them. */
const DROPBOX_ORIGINS = [
  "https://api.dropboxapi.com",
  "https://content.dropboxapi.com",
  "https://www.dropbox.com",
  "https://dropbox.com",
];

export function dropboxBase(env: Env, transport: Transport = STRICT): string | undefined {
  const base = env[ENV.apiBase]?.trim();
  if (!base) return undefined;
  let url: URL;
  try {
    url = new URL(base);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("scheme");
  } catch {
    throw new CliError(
      `${ENV.apiBase}="${base}" is not an http(s) URL.`,
      `Unset ${ENV.apiBase} to use Dropbox itself.`,
    );
  }
  checkTransport(url, ENV.apiBase, "Dropbox tokens", transport);
  return base.replace(/\/+$/u, "");
}

/** Rewrites Dropbox's hosts to `base` (testing aid); other URLs are untouched. */
export function rewriteDropboxUrl(url: string, base: string | undefined): string {
  if (!base) return url;
  for (const origin of DROPBOX_ORIGINS) {
    if (url === origin || url.startsWith(`${origin}/`) || url.startsWith(`${origin}?`)) {
      return base + url.slice(origin.length);
    }
  }
  return url;
}

/**
 * The CLI's defaults for the core's options, spread once per command: Node's ports, pointed at
 * DROPBOX_API_BASE_URL when it is set (the emulators). Everything else is the core's default.
 */
export function cliOptions(env: Env, transport: Transport = STRICT): CoreOptions {
  const base = dropboxBase(env, transport);
  // File bytes travel through node:http(s) without copies and are read from node:http's messages,
  // and hashes use Node's own SHA-256 (node-ports.ts); the rest goes through Node's fetch.
  const fetch = nodeFetch((input, init) => globalThis.fetch(input, init));
  return {
    fetch: base ? (input, init) => fetch(rewriteDropboxUrl(input, base), init) : fetch,
    sha256: nodeSha256,
    readBody: readNodeBody,
  };
}
