// The config file `connect` writes: Dropbox credentials (a refresh token is a long-lived secret),
// so it is created 0600 inside a 0700 directory, written atomically (a crash never leaves half a
// token), and a copy that others can read is tightened before use, with a warning.

import { chmod, mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import type { CredentialStore, DropboxCredentials } from "../core";
import { CliError } from "./errors";

export interface CliConfig {
  version: 1;
  dropbox?: DropboxCredentials;
  /** Shown by `whoami` without a network call when Dropbox is unreachable. */
  dropboxAccount?: { accountId: string; email: string; displayName: string };
}

export type Env = Readonly<Record<string, string | undefined>>;

export const APP_DIR = "docspace-to-dropbox";

/** `--config`, else `$XDG_CONFIG_HOME/docspace-to-dropbox/config.json` (XDG Base Directory spec). */
export function configPath(env: Env, override: string | undefined): string {
  if (override) return override;
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && xdg.startsWith("/") ? xdg : join(env.HOME ?? homedir(), ".config");
  return join(base, APP_DIR, "config.json");
}

/** The sync records live beside the config, so `--config` keeps separate jobs apart. */
export function statePath(configFile: string): string {
  return join(dirname(configFile), "sync-state.json");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseCredentials(value: unknown): DropboxCredentials | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === "access-token" && typeof value.accessToken === "string") {
    return { kind: "access-token", accessToken: value.accessToken };
  }
  if (
    value.kind === "refresh-token" &&
    typeof value.appKey === "string" &&
    typeof value.refreshToken === "string"
  ) {
    return {
      kind: "refresh-token",
      appKey: value.appKey,
      refreshToken: value.refreshToken,
      ...(typeof value.accessToken === "string" ? { accessToken: value.accessToken } : {}),
      ...(typeof value.accessTokenExpiresAt === "number"
        ? { accessTokenExpiresAt: value.accessTokenExpiresAt }
        : {}),
    };
  }
  return undefined;
}

/** Decodes the file's text; throws a config error naming the file when it is not ours. */
export function parseConfig(text: string, path: string): CliConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!isRecord(value) || value.version !== 1) {
    throw new CliError(
      `The config file ${path} is not valid.`,
      "Delete it and run `docspace-to-dropbox connect` again.",
    );
  }
  const dropbox = parseCredentials(value.dropbox);
  const account = value.dropboxAccount;
  return {
    version: 1,
    ...(dropbox ? { dropbox } : {}),
    ...(isRecord(account) &&
    typeof account.accountId === "string" &&
    typeof account.email === "string" &&
    typeof account.displayName === "string"
      ? {
          dropboxAccount: {
            accountId: account.accountId,
            email: account.email,
            displayName: account.displayName,
          },
        }
      : {}),
  };
}

/** Group and other permission bits. */
const SHARED_BITS = 0o077;

/** Reads the config; undefined when there is none. Tightens a file others can read. */
export async function readConfig(path: string, warn: (text: string) => void): Promise<CliConfig | undefined> {
  let mode: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new CliError(
        `The config path ${path} is not a file.`,
        "Remove it or pass another file with --config.",
      );
    }
    mode = info.mode;
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return undefined;
    throw error;
  }
  if ((mode & SHARED_BITS) !== 0) {
    try {
      await chmod(path, 0o600);
    } catch {
      throw new CliError(
        `The config file ${path} holds Dropbox credentials and other users can read it (mode ${(mode & 0o777).toString(8)}).`,
        `Run \`chmod 600 ${path}\` (as its owner), then run \`docspace-to-dropbox connect\` again, since the token may have been copied.`,
      );
    }
    warn(
      `The config file ${path} was readable by other users (mode ${(mode & 0o777).toString(8)}); it is now 600. ` +
        "The Dropbox token in it may have been copied: run `docspace-to-dropbox connect` again to replace it.",
    );
  }
  return parseConfig(await readFile(path, "utf8"), path);
}

/** Atomic write with mode 0600; the directory is created 0700. */
export async function writePrivateFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, text, { mode: 0o600, flag: "wx" });
    // writeFile's mode is filtered by the umask; say it again to be sure.
    await chmod(temporary, 0o600);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new CliError(
      `Could not write ${path}: ${error instanceof Error ? error.message : String(error)}.`,
      "Check that the directory is writable, or pass another file with --config.",
    );
  }
}

export async function writeConfig(path: string, config: CliConfig): Promise<void> {
  await writePrivateFile(path, `${JSON.stringify(config, null, 2)}\n`);
}

/** The core's credential port over the config file: refreshed tokens are written back. */
export function fileCredentialStore(path: string, initial: CliConfig): CredentialStore {
  let config = initial;
  return {
    load: () => Promise.resolve(config.dropbox ?? null),
    save: async (credentials) => {
      config = { ...config, dropbox: credentials };
      await writeConfig(path, config);
    },
    clear: async () => {
      const { dropbox: _dropped, ...rest } = config;
      config = rest;
      await writeConfig(path, config);
    },
  };
}
