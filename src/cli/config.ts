// The config file `connect` writes: Dropbox credentials (a refresh token is a long-lived secret),
// so it is created 0600 inside a 0700 directory, written atomically and durably (neither a crash
// nor a power cut leaves half a token), and a copy that others can read is tightened before use,
// with a warning.

import {
  chmod,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  type FileHandle,
} from "node:fs/promises";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { CredentialStore, DropboxCredentials } from "../core";
import { CliError, messageOf } from "./errors";

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

/** Creates `dir` 0700, or makes it 0700 when it exists: mkdir's mode applies only to what it creates. */
export async function privateDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

/**
 * A temporary file older than this was left by a process that died between creating it and the
 * rename (a write takes milliseconds); it may hold a token, so a later write removes it.
 */
export const STALE_TEMPORARY_MS = 10 * 60_000;

/** What follows the target's name in a temporary file's: `.<pid>.<ms>.<n>.tmp` (`.<n>` is newer). */
const TEMPORARY_SUFFIX = /\.\d+\.\d+(?:\.\d+)?\.tmp$/u;

let temporaries = 0;

/** Unique per process and call, and recognisable as the target's. */
function temporaryPath(path: string): string {
  temporaries += 1;
  return `${path}.${process.pid}.${Date.now()}.${temporaries}.tmp`;
}

/** Is `name` a temporary file `writePrivateFile` made, for `target` when given? */
export function isTemporaryFile(name: string, target?: string): boolean {
  const suffix = TEMPORARY_SUFFIX.exec(name);
  return suffix !== null && (target === undefined || name.slice(0, suffix.index) === target);
}

/** Removes the files in `dir` that `matches` accepts and that are older than STALE_TEMPORARY_MS. */
export async function removeStaleTemporaries(
  dir: string,
  matches: (name: string) => boolean,
  now = Date.now(),
): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names.filter(matches)) {
    const file = join(dir, name);
    try {
      if (now - (await stat(file)).mtimeMs > STALE_TEMPORARY_MS) await unlink(file);
    } catch {
      // Removed meanwhile by another run, or not ours to remove: best effort.
    }
  }
}

/**
 * fsync(2) on a directory makes a rename in it durable; some platforms refuse to open or sync a
 * directory (Windows: EISDIR/EPERM; some file systems: EINVAL), where there is nothing more to do.
 */
const DIRECTORY_SYNC_UNSUPPORTED = new Set(["EINVAL", "EISDIR", "EPERM", "EBADF", "ENOTSUP", "EOPNOTSUPP"]);

async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch (error) {
    if (!DIRECTORY_SYNC_UNSUPPORTED.has(String((error as { code?: unknown }).code))) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Atomic and durable write with mode 0600: an exclusive temporary file, fsynced, renamed over the
 * target, then the directory fsynced. Without the first fsync a power cut after the rename can
 * leave an empty or partial file under the real name (ext4's delayed allocation); without the
 * second the rename itself may be lost (fsync(2): "Calling fsync() does not necessarily ensure
 * that the entry in the directory containing the file has also reached disk").
 */
export async function writePrivateFile(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  const temporary = temporaryPath(path);
  try {
    // The directory the CLI names itself (the default config directory) is made 0700 even when it
    // exists; one the user chose with --config (a home directory, /etc/…) keeps its mode.
    if (basename(dir) === APP_DIR) await privateDirectory(dir);
    else await mkdir(dir, { recursive: true, mode: 0o700 });
    await removeStaleTemporaries(dir, (name) => isTemporaryFile(name, basename(path)));
    const handle = await open(temporary, "wx", 0o600);
    try {
      // open's mode is filtered by the umask; say it again to be sure.
      await handle.chmod(0o600);
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    await syncDirectory(dir);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new CliError(
      `Could not write ${path}: ${messageOf(error)}.`,
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
