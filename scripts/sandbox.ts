// `npm start`: try the plugin with no DocSpace and no Dropbox account. Builds dist/plugin.zip,
// starts the emulated Dropbox and the emulated portal, uploads the zip through the portal's own
// Integration → Plugins REST call, and prints one URL that signs the browser in as the admin.
// Everything listens on 127.0.0.1 and works offline. Ctrl-C stops it.
//
// State: with a data directory (`.sandbox/` for `npm start`), the portal's plugin settings, each
// user's language, the Dropbox connections (tokens and the account id) and the Dropbox files are
// kept in `<dir>/state.json` (mode 600: it holds the emulators' tokens) and `<dir>/dropbox/`, and
// restored on the next start; `--reset` deletes them first.
//
// An ordinary browser cannot resolve api.dropboxapi.com to the emulator (the browser tests use
// Chromium's --host-resolver-rules for that), so the portal is started with `dropboxRedirect`: its
// host page sends the plugin's Dropbox calls and the authorize page to the local emulator.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { startDocSpaceEmulator, type DocSpaceEmulator } from "../test/emulators/docspace";
import { USER_KINDS, type UserKind } from "../test/emulators/docspace/model";
import {
  DEFAULT_APP_FOLDER_KEY,
  DEFAULT_APP_KEY,
  startDropboxEmulator,
  type DropboxEmulator,
  type TokenSnapshot,
} from "../test/emulators/dropbox";

const ROOT = path.resolve(__dirname, "..");
const PLUGIN_ZIP = path.join(ROOT, "dist", "plugin.zip");
/** Friendly fixed ports, so a bookmarked URL keeps working; a busy port falls back to a free one. */
const DEFAULT_DOCSPACE_PORT = 8092;
const DEFAULT_DROPBOX_PORT = 8787;
/** Where `npm start` keeps its state (git-ignored). */
export const DEFAULT_DATA_DIR = path.join(ROOT, ".sandbox");
/** How often the state file is brought up to date (it is also written on Ctrl-C). */
const SAVE_INTERVAL_MS = 1000;

export interface SandboxOptions {
  /** 0 = any free port. Default 8092, or a free one when that is taken. */
  docspacePort?: number;
  /** 0 = any free port. Default 8787, or a free one when that is taken. */
  dropboxPort?: number;
  /** Run `npm run build` first (default true). */
  build?: boolean;
  /**
   * Keep plugin settings, languages, Dropbox connections and files here across runs (state.json
   * and dropbox/); nothing is kept when omitted.
   */
  dataDir?: string;
  /** Delete what `dataDir` holds before starting. */
  reset?: boolean;
  /** The client the portal page follows: "3.6" (default) or "4.0". */
  hostVersion?: "3.6" | "4.0";
}

export interface Sandbox {
  docspace: DocSpaceEmulator;
  dropbox: DropboxEmulator;
  /** The one URL to open: signs the browser in as the portal owner, on Integration → Plugins. */
  signInUrl: string;
  /** The emulated Dropbox's file listing. */
  dropboxPage: string;
  /** The state file, when a data directory is used. */
  stateFile: string | undefined;
  /** Whether state from an earlier run was restored. */
  restored: boolean;
  /** Writes the state file now (no-op without a data directory). */
  save(): Promise<void>;
  close(): Promise<void>;
}

/** What a data directory keeps between runs (state.json). */
interface SandboxState {
  version: 1;
  /** `WebPluginSettings.EnabledPlugins` as GET settings/webplugins shows it, by plugin name. */
  plugins: Record<string, { enabled: boolean; settings: string | null }>;
  /** Each user's culture (PUT people/{id}/culture). */
  cultures: Partial<Record<UserKind, string>>;
  dropbox: { accountId: string; tokens: TokenSnapshot };
}

function readState(file: string): SandboxState | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as Partial<SandboxState>;
    if (value.version !== 1 || !value.plugins || !value.dropbox) throw new Error("unknown format");
    return { cultures: {}, ...value } as SandboxState;
  } catch (error) {
    throw new Error(
      `${file} cannot be read (${error instanceof Error ? error.message : String(error)}): start with --reset.`,
      { cause: error },
    );
  }
}

/** Atomic and private: the file holds the emulators' tokens. */
function writeState(file: string, state: SandboxState): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}

async function api<T>(
  docspace: DocSpaceEmulator,
  kind: UserKind,
  route: string,
  init: RequestInit = {},
): Promise<T> {
  const response = await fetch(`${docspace.url}/api/2.0/${route}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${docspace.users[kind].apiKey}`,
      ...(init.body ? { "Content-Type": "application/json" } : {}),
    },
  });
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${route}: HTTP ${response.status}`);
  return ((await response.json()) as { response: T }).response;
}

/** Reads what the portal and the Dropbox emulator hold now. */
async function snapshot(docspace: DocSpaceEmulator, dropbox: DropboxEmulator): Promise<SandboxState> {
  const plugins: SandboxState["plugins"] = {};
  const list = await api<{ name: string; enabled: boolean; settings?: string | null }[]>(
    docspace,
    "owner",
    "settings/webplugins",
  );
  for (const p of list) plugins[p.name] = { enabled: p.enabled, settings: p.settings ?? null };
  const cultures: SandboxState["cultures"] = {};
  for (const kind of USER_KINDS) {
    cultures[kind] = (await api<{ cultureName: string }>(docspace, kind, "people/@self")).cultureName;
  }
  return {
    version: 1,
    plugins,
    cultures,
    dropbox: { accountId: dropbox.account.accountId, tokens: dropbox.exportTokens() },
  };
}

/** Puts an earlier run's state back through the portal's own REST calls. */
async function restore(docspace: DocSpaceEmulator, state: SandboxState): Promise<void> {
  for (const [name, entry] of Object.entries(state.plugins)) {
    await api(docspace, "owner", `settings/webplugins/${encodeURIComponent(name)}`, {
      method: "PUT",
      body: JSON.stringify(entry),
    }).catch(() => undefined); // a plugin no longer installed: its settings are dropped
  }
  for (const kind of USER_KINDS) {
    const culture = state.cultures[kind];
    if (!culture) continue;
    await api(docspace, kind, `people/${encodeURIComponent(docspace.users[kind].id)}/culture`, {
      method: "PUT",
      body: JSON.stringify({ cultureName: culture }),
    }).catch(() => undefined);
  }
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === "EADDRINUSE";
}

/** Tries the preferred port, then any free one. */
async function onPort<T>(preferred: number, start: (port: number) => Promise<T>): Promise<T> {
  try {
    return await start(preferred);
  } catch (error) {
    if (preferred === 0 || !isAddressInUse(error)) throw error;
    return start(0);
  }
}

function build(): void {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build failed; see above.");
}

/** The same multipart POST the Integration → Plugins page sends, authenticated as the owner. */
async function uploadPlugin(docspace: DocSpaceEmulator): Promise<void> {
  if (!existsSync(PLUGIN_ZIP))
    throw new Error("dist/plugin.zip is missing: run `npm start` without --no-build.");
  const form = new FormData();
  form.append("file", new Blob([readFileSync(PLUGIN_ZIP)], { type: "application/zip" }), "plugin.zip");
  const response = await fetch(`${docspace.url}/api/2.0/settings/webplugins`, {
    method: "POST",
    headers: { Authorization: `Bearer ${docspace.users.owner.apiKey}` },
    body: form,
  });
  if (!response.ok) {
    throw new Error(`the portal refused dist/plugin.zip: HTTP ${response.status} ${await response.text()}`);
  }
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  if (options.build !== false) build();
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  const stateFile = dataDir ? path.join(dataDir, "state.json") : undefined;
  const dropboxDir = dataDir ? path.join(dataDir, "dropbox") : undefined;
  if (dataDir && options.reset) {
    rmSync(path.join(dataDir, "state.json"), { force: true });
    rmSync(path.join(dataDir, "dropbox"), { recursive: true, force: true });
  }
  if (dataDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const saved = stateFile ? readState(stateFile) : undefined;
  const dropbox = await onPort(options.dropboxPort ?? DEFAULT_DROPBOX_PORT, (port) =>
    startDropboxEmulator({
      port,
      ...(dropboxDir ? { dataDir: dropboxDir } : {}),
      ...(saved ? { account: { accountId: saved.dropbox.accountId } } : {}),
    }),
  );
  if (saved) dropbox.importTokens(saved.dropbox.tokens);
  try {
    const docspace = await onPort(options.docspacePort ?? DEFAULT_DOCSPACE_PORT, (port) =>
      // A self-hosted portal's admin clears `webhooks:blacklist` to allow local watchers.
      startDocSpaceEmulator({
        port,
        dropboxRedirect: dropbox.url,
        hostVersion: options.hostVersion ?? "3.6",
        webhooks: { blacklist: [] },
      }),
    );
    let last = "";
    const save = async (): Promise<void> => {
      if (!stateFile) return;
      const state = await snapshot(docspace, dropbox);
      const text = JSON.stringify(state);
      if (text === last) return;
      writeState(stateFile, state);
      last = text;
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      await uploadPlugin(docspace);
      if (saved) await restore(docspace, saved);
      if (stateFile) {
        await save();
        let saving = false;
        timer = setInterval(() => {
          if (saving) return;
          saving = true;
          void save()
            .catch(() => undefined)
            .finally(() => (saving = false));
        }, SAVE_INTERVAL_MS);
        timer.unref();
      }
    } catch (error) {
      await docspace.close();
      throw error;
    }
    return {
      docspace,
      dropbox,
      signInUrl: docspace.signInUrl("owner", "/portal-settings/integration/plugins"),
      dropboxPage: `${dropbox.url}/__emulator/`,
      stateFile,
      restored: saved !== undefined,
      save,
      close: async () => {
        clearInterval(timer);
        await save().catch(() => undefined);
        await docspace.close();
        await dropbox.close();
      },
    };
  } catch (error) {
    await dropbox.close();
    throw error;
  }
}

/** A path as the user would type it from the repository root. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/**
 * Credentials for the CLI against this sandbox, in a 0600 file (tokens never go to the terminal):
 * the owner's API key, the portal and Dropbox addresses and a Dropbox refresh token for the Full
 * Dropbox app, kept across runs while the emulated Dropbox still honours it.
 */
export function writeCliEnv(sandbox: Sandbox, file: string): void {
  const old = existsSync(file) ? readFileSync(file, "utf8") : "";
  const previous = /^DROPBOX_OAUTH2_REFRESH_TOKEN=(.+)$/mu.exec(old)?.[1];
  const live = previous && sandbox.dropbox.exportTokens().refresh.some((r) => r.token === previous);
  const refreshToken = live
    ? previous
    : (sandbox.dropbox.issueTokens({ appKey: DEFAULT_APP_KEY, tokenAccessType: "offline" }).refreshToken ??
      "");
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(
    file,
    [
      "# npm start: the CLI against the sandbox. Load with: set -a; . <this file>; set +a",
      `DOCSPACE_PORTAL_URL=${sandbox.docspace.url}`,
      `DOCSPACE_API_KEY=${sandbox.docspace.users.owner.apiKey}`,
      `DROPBOX_API_BASE_URL=${sandbox.dropbox.url}`,
      `DROPBOX_APP_KEY=${DEFAULT_APP_KEY}`,
      `DROPBOX_OAUTH2_REFRESH_TOKEN=${refreshToken}`,
      `XDG_CONFIG_HOME=${path.join(path.dirname(file), "cli-config")}`,
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
}

export function instructions(sandbox: Sandbox, cliEnv?: string): string {
  const { docspace, dropbox } = sandbox;
  const user = docspace.users.user;
  const owner = docspace.users.owner;
  const room = docspace.seed.rooms.project;
  const file = docspace.seed.files.oneKib;
  const other = docspace.hostVersion === "4.0" ? "3.6" : "4.0";
  return [
    "",
    `Send to Dropbox sandbox: an emulated DocSpace ${docspace.hostVersion} portal and an emulated Dropbox, offline.`,
    "",
    `  Open  ${sandbox.signInUrl}`,
    `        (signs the browser in as the portal owner, ${owner.displayName})`,
    "",
    `  Portal   ${docspace.url}  DocSpace client ${docspace.hostVersion} (\`npm start -- --host ${other}\` for ${other})`,
    `  Dropbox  ${dropbox.url}  (app keys ${DEFAULT_APP_FOLDER_KEY}: App folder, ${DEFAULT_APP_KEY}: Full Dropbox)`,
    sandbox.stateFile
      ? `  State    ${sandbox.restored ? "restored from" : "kept in"} ${shown(path.dirname(sandbox.stateFile))}/ (plugin settings, languages, Dropbox connections and files); \`npm start -- --reset\` starts clean`
      : "  State    not kept: plugin settings, languages, Dropbox connections and files are reset at every start",
    "",
    "  1. You are the portal owner on Integration → Plugins. Open the plugin's settings (⚙).",
    `  2. Dropbox app key: ${DEFAULT_APP_FOLDER_KEY} (App folder) or ${DEFAULT_APP_KEY} (Full Dropbox). Save.`,
    "  3. Go to Rooms → Project Room, right-click a file (e.g. Report.docx), choose Send to Dropbox.",
    "  4. Connect: Open Dropbox → Allow on the emulated page → copy the code → paste it → Connect",
    "     → Send now. (Your name at the bottom left → Dropbox connection does the same.)",
    `  5. See the file in the emulated Dropbox: ${sandbox.dropboxPage}`,
    "     (its Fill the quota and Disconnect buttons try the failure paths)",
    "",
    `  The language box (bottom left) sets the portal language as DocSpace's profile does.`,
    `  "Switch user" signs in as someone else, e.g. ${user.displayName}, an ordinary member.`,
    ...(docspace.hostVersion === "4.0"
      ? [
          "  4.0 host: tick two files (or two folders) and right-click them: Send to Dropbox sends both as one job.",
        ]
      : []),
    "",
    `  CLI: the owner's API key is ${owner.apiKey}`,
    ...(cliEnv
      ? [
          `    set -a; . ${shown(cliEnv)}; set +a   # the key, both addresses, a Dropbox refresh token`,
          `    npx docspace-to-dropbox export room:${String(room)} file:${String(file)} --to /CLI`,
        ]
      : [
          `    export DOCSPACE_API_KEY=${owner.apiKey} DROPBOX_API_BASE_URL=${dropbox.url}`,
          `    npx docspace-to-dropbox connect --app-key ${DEFAULT_APP_KEY}`,
          `    npx docspace-to-dropbox export room:${String(room)} file:${String(file)} --portal ${docspace.url} --to /CLI`,
        ]),
    `    (room:${String(room)} is Project Room, file:${String(file)} its Report.docx; the room's Secret Plan.docx`,
    "     may not be downloaded, so that run ends with one failure, or add --skip-forbidden)",
    "",
    "  Ctrl-C stops everything.",
    "",
  ].join("\n");
}

export const SANDBOX_WEBHOOK_SECRET = "sandbox-webhook-secret";

/**
 * Registers a webhook through the portal's REST API (POST /api/2.0/settings/webhook), retrying
 * until the watcher answers the portal's HEAD check, and prints how to trigger it.
 */
async function registerWebhook(sandbox: Sandbox, uri: string, dataDir: string): Promise<void> {
  const { docspace } = sandbox;
  const room = docspace.seed.rooms.project;
  // The emulators' credentials go to a 0600 file, not the terminal.
  const envFile = path.join(dataDir, "watch.env");
  mkdirSync(path.dirname(envFile), { recursive: true, mode: 0o700 });
  const tokens = sandbox.dropbox.issueTokens({ tokenAccessType: "offline" });
  writeFileSync(
    envFile,
    [
      `DOCSPACE_API_KEY=${docspace.users.owner.apiKey}`,
      `DOCSPACE_WEBHOOK_SECRET=${SANDBOX_WEBHOOK_SECRET}`,
      `DROPBOX_API_BASE_URL=${sandbox.dropbox.url}`,
      `DROPBOX_OAUTH2_REFRESH_TOKEN=${tokens.refreshToken ?? ""}`,
      `DROPBOX_APP_KEY=${DEFAULT_APP_KEY}`,
      `XDG_CONFIG_HOME=${path.join(dataDir, "watch-config")}`,
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  console.log(
    [
      `Webhook: waiting for a watcher at ${uri}. In another terminal:`,
      `  set -a; . ${envFile}; set +a`,
      `  npx docspace-to-dropbox watch room:${String(room)} --portal ${docspace.url} --to /Archive --listen ${new URL(uri).host} --path ${new URL(uri).pathname}`,
    ].join("\n"),
  );
  for (;;) {
    const response = await fetch(`${docspace.url}/api/2.0/settings/webhook`, {
      method: "POST",
      headers: { Authorization: `Bearer ${docspace.users.owner.apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        name: "Sandbox watcher",
        uri,
        secretKey: SANDBOX_WEBHOOK_SECRET,
        enabled: true,
        ssl: false,
        // file.created + file.uploaded + file.updated + file.moved
        triggers: 128 + 256 + 512 + 16384,
      }),
    });
    if (response.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.log(
    [
      `Webhook registered. Upload a file to Project Room to trigger it:`,
      `  curl -F file=@README.md -H "Authorization: Bearer ${docspace.users.owner.apiKey}" ${docspace.url}/api/2.0/files/${String(room)}/upload`,
    ].join("\n"),
  );
}

function port(flag: string, value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${flag}: expected 0–65535, got ${value}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "docspace-port": { type: "string" },
      "dropbox-port": { type: "string" },
      "data-dir": { type: "string" },
      "no-build": { type: "boolean", default: false },
      reset: { type: "boolean", default: false },
      webhook: { type: "string" },
      host: { type: "string", default: "3.6" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(
      "usage: npm start -- [--host 3.6|4.0] [--docspace-port <p>] [--dropbox-port <p>] [--data-dir <dir>] [--reset] [--no-build] [--webhook <url>]\n" +
        "  --data-dir <dir>: where plugin settings, languages, Dropbox connections and files are kept (default .sandbox/)\n" +
        "  --reset: delete them first\n" +
        "  --webhook <url>: register a webhook to a local `docspace-to-dropbox watch` (secret: sandbox-webhook-secret)\n" +
        "  env: SANDBOX_DOCSPACE_PORT, SANDBOX_DROPBOX_PORT, SANDBOX_DATA_DIR",
    );
    return;
  }
  const docspacePort = port("--docspace-port", values["docspace-port"] ?? process.env.SANDBOX_DOCSPACE_PORT);
  const dropboxPort = port("--dropbox-port", values["dropbox-port"] ?? process.env.SANDBOX_DROPBOX_PORT);
  const hostVersion = values.host;
  if (hostVersion !== "3.6" && hostVersion !== "4.0")
    throw new Error(`--host: expected 3.6 or 4.0, got ${String(hostVersion)}`);
  const dataDir = path.resolve(values["data-dir"] ?? process.env.SANDBOX_DATA_DIR ?? DEFAULT_DATA_DIR);
  const sandbox = await startSandbox({
    hostVersion,
    ...(docspacePort !== undefined ? { docspacePort } : {}),
    ...(dropboxPort !== undefined ? { dropboxPort } : {}),
    build: !values["no-build"],
    dataDir,
    reset: values.reset,
  });
  const cliEnv = path.join(dataDir, "cli.env");
  writeCliEnv(sandbox, cliEnv);
  console.log(instructions(sandbox, cliEnv));
  if (values.webhook) void registerWebhook(sandbox, values.webhook, dataDir);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping…");
    void sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
