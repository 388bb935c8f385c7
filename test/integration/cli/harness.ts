// Runs the real CLI (`node bin/docspace-to-dropbox.js`) as a child process against both emulators,
// with a private HOME/XDG_CONFIG_HOME and an environment built from scratch, so nothing from the
// developer's shell (a real Dropbox token!) leaks in.

import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";
import { DEFAULT_APP_KEY, startDropboxEmulator, type DropboxEmulator } from "../../emulators/dropbox";

const ROOT = resolve(__dirname, "../../..");
const BIN = join(ROOT, "bin/docspace-to-dropbox.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON lines. */
  events: Record<string, unknown>[];
}

export interface CliHarness {
  docspace: DocSpaceEmulator;
  dropbox: DropboxEmulator;
  home: string;
  configDir: string;
  /** The environment every run starts from: portal key and Dropbox refresh token set. */
  env(): Record<string, string>;
  run(args: readonly string[], env?: Record<string, string | undefined>): Promise<CliRun>;
  spawn(args: readonly string[], env?: Record<string, string | undefined>): ChildProcessWithoutNullStreams;
  /** Every secret handed to the CLI so far; no output may contain any of them. */
  secrets: Set<string>;
  /** Every output produced so far. */
  outputs: string[];
  close(): Promise<void>;
}

export function parseEvents(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export function collect(child: ChildProcessWithoutNullStreams, outputs: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((done, fail) => {
    child.once("error", fail);
    child.once("close", (code) => {
      outputs.push(stdout, stderr);
      let events: Record<string, unknown>[];
      try {
        events = parseEvents(stdout);
      } catch {
        // Not JSON lines (help text, a crash): the tests look at stdout itself.
        events = [];
      }
      done({ code, stdout, stderr, events });
    });
  });
}

/** `tokenLifetimeSeconds`: how long the Dropbox emulator's access tokens live (default 4 hours). */
export async function startCliHarness(options: { tokenLifetimeSeconds?: number } = {}): Promise<CliHarness> {
  const docspace = await startDocSpaceEmulator();
  const dropbox = await startDropboxEmulator(
    options.tokenLifetimeSeconds !== undefined
      ? { accessTokenLifetimeSeconds: options.tokenLifetimeSeconds }
      : {},
  );
  const home = mkdtempSync(join(tmpdir(), "cli-home-"));
  const configDir = join(home, "config");
  const secrets = new Set<string>();
  const outputs: string[] = [];
  const tokens = dropbox.issueTokens({ tokenAccessType: "offline" });
  if (!tokens.refreshToken) throw new Error("the emulator issued no refresh token");
  const refreshToken = tokens.refreshToken;
  secrets.add(docspace.users.owner.apiKey);
  secrets.add(refreshToken);
  const env = (): Record<string, string> => ({
    PATH: process.env.PATH ?? "",
    HOME: home,
    XDG_CONFIG_HOME: configDir,
    DOCSPACE_API_KEY: docspace.users.owner.apiKey,
    DROPBOX_OAUTH2_REFRESH_TOKEN: refreshToken,
    DROPBOX_APP_KEY: DEFAULT_APP_KEY,
    DROPBOX_API_BASE_URL: dropbox.url,
  });
  const spawnCli = (args: readonly string[], extra: Record<string, string | undefined> = {}) => {
    const merged: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...env(), ...extra }))
      if (value !== undefined) merged[key] = value;
    for (const key of ["DOCSPACE_API_KEY", "DROPBOX_OAUTH2_REFRESH_TOKEN", "DROPBOX_OAUTH2_TOKEN"]) {
      const value = merged[key];
      if (value && value.length >= 6) secrets.add(value);
    }
    return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: merged });
  };
  return {
    docspace,
    dropbox,
    home,
    configDir,
    env,
    secrets,
    outputs,
    spawn: spawnCli,
    run: (args, extra) => collect(spawnCli(args, extra), outputs),
    close: async () => {
      await Promise.all([docspace.close(), dropbox.close()]);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export function summaryOf(run: CliRun): Record<string, unknown> | undefined {
  return run.events.find((event) => event.event === "summary");
}

export function fileEvents(run: CliRun, status?: string): Record<string, unknown>[] {
  return run.events.filter(
    (event) => event.event === "file" && (status === undefined || event.status === status),
  );
}
