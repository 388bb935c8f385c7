// `npm start`: try the plugin with no DocSpace and no Dropbox account. Builds dist/plugin.zip,
// starts the emulated Dropbox and the emulated portal, uploads the zip through the portal's own
// Integration → Plugins REST call, and prints one URL that signs the browser in as the admin.
// Everything listens on 127.0.0.1 and works offline. Ctrl-C stops it.
//
// An ordinary browser cannot resolve api.dropboxapi.com to the emulator (the browser tests use
// Chromium's --host-resolver-rules for that), so the portal is started with `dropboxRedirect`: its
// host page sends the plugin's Dropbox calls and the authorize page to the local emulator.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { startDocSpaceEmulator, type DocSpaceEmulator } from "../test/emulators/docspace";
import { DEFAULT_APP_KEY, startDropboxEmulator, type DropboxEmulator } from "../test/emulators/dropbox";

const ROOT = path.resolve(__dirname, "..");
const PLUGIN_ZIP = path.join(ROOT, "dist", "plugin.zip");
/** Friendly fixed ports, so a bookmarked URL keeps working; a busy port falls back to a free one. */
const DEFAULT_DOCSPACE_PORT = 8092;
const DEFAULT_DROPBOX_PORT = 8787;

export interface SandboxOptions {
  /** 0 = any free port. Default 8092, or a free one when that is taken. */
  docspacePort?: number;
  /** 0 = any free port. Default 8787, or a free one when that is taken. */
  dropboxPort?: number;
  /** Run `npm run build` first (default true). */
  build?: boolean;
  /** Keep the emulated Dropbox's files in this directory across runs; in memory when omitted. */
  dropboxDataDir?: string;
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
  close(): Promise<void>;
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
  const dropbox = await onPort(options.dropboxPort ?? DEFAULT_DROPBOX_PORT, (port) =>
    startDropboxEmulator({
      port,
      ...(options.dropboxDataDir ? { dataDir: options.dropboxDataDir } : {}),
    }),
  );
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
    try {
      await uploadPlugin(docspace);
    } catch (error) {
      await docspace.close();
      throw error;
    }
    return {
      docspace,
      dropbox,
      signInUrl: docspace.signInUrl("owner", "/portal-settings/integration/plugins"),
      dropboxPage: `${dropbox.url}/__emulator/`,
      close: async () => {
        await docspace.close();
        await dropbox.close();
      },
    };
  } catch (error) {
    await dropbox.close();
    throw error;
  }
}

export function instructions(sandbox: Sandbox): string {
  const user = sandbox.docspace.users.user;
  return [
    "",
    `Send to Dropbox sandbox: an emulated DocSpace ${sandbox.docspace.hostVersion} portal and an emulated Dropbox, offline.`,
    "",
    `  Open  ${sandbox.signInUrl}`,
    "",
    "  1. You are the portal owner on Integration → Plugins. Open the plugin's settings (⚙).",
    "  2. Dropbox app key: emulator-app-folder (App folder) or emulator-app (Full Dropbox). Save.",
    "  3. Go to Rooms → Project Room, right-click a file (e.g. Report.docx), choose Send to Dropbox.",
    "  4. Connect: Open Dropbox → Allow on the emulated page → copy the code → paste it → Connect",
    "     → Send now. (Your name at the top right → Dropbox connection does the same.)",
    `  5. See the file in the emulated Dropbox: ${sandbox.dropboxPage}`,
    "",
    `  "Switch user" (top right) signs in as someone else, e.g. ${user.displayName}, an ordinary member.`,
    ...(sandbox.docspace.hostVersion === "4.0"
      ? [
          "  4.0 host: tick two files (or two folders) and right-click them: Send to Dropbox sends both as one job.",
        ]
      : ["  `npm start -- --host 4.0` shows the 4.0 client instead (multi-select sends; see the README)."]),
    "  Ctrl-C stops everything.",
    "",
  ].join("\n");
}

export const SANDBOX_WEBHOOK_SECRET = "sandbox-webhook-secret";

/**
 * Registers a webhook through the portal's REST API (POST /api/2.0/settings/webhook), retrying
 * until the watcher answers the portal's HEAD check, and prints how to trigger it.
 */
async function registerWebhook(sandbox: Sandbox, uri: string): Promise<void> {
  const { docspace } = sandbox;
  const room = docspace.seed.rooms.project;
  // The emulators' credentials go to a 0600 file, not the terminal.
  const envFile = path.join(ROOT, ".sandbox", "watch.env");
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
      `XDG_CONFIG_HOME=${path.join(ROOT, ".sandbox", "watch-config")}`,
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
      "no-build": { type: "boolean", default: false },
      "keep-files": { type: "boolean", default: false },
      webhook: { type: "string" },
      host: { type: "string", default: "3.6" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(
      "usage: npm start -- [--host 3.6|4.0] [--docspace-port <p>] [--dropbox-port <p>] [--no-build] [--keep-files] [--webhook <url>]\n" +
        "  --webhook <url>: register a webhook to a local `docspace-to-dropbox watch` (secret: sandbox-webhook-secret)\n" +
        "  env: SANDBOX_DOCSPACE_PORT, SANDBOX_DROPBOX_PORT; --keep-files keeps Dropbox files in .sandbox/",
    );
    return;
  }
  const docspacePort = port("--docspace-port", values["docspace-port"] ?? process.env.SANDBOX_DOCSPACE_PORT);
  const dropboxPort = port("--dropbox-port", values["dropbox-port"] ?? process.env.SANDBOX_DROPBOX_PORT);
  const hostVersion = values.host;
  if (hostVersion !== "3.6" && hostVersion !== "4.0")
    throw new Error(`--host: expected 3.6 or 4.0, got ${String(hostVersion)}`);
  const sandbox = await startSandbox({
    hostVersion,
    ...(docspacePort !== undefined ? { docspacePort } : {}),
    ...(dropboxPort !== undefined ? { dropboxPort } : {}),
    build: !values["no-build"],
    ...(values["keep-files"] ? { dropboxDataDir: path.join(ROOT, ".sandbox", "dropbox") } : {}),
  });
  console.log(instructions(sandbox));
  if (values.webhook) void registerWebhook(sandbox, values.webhook);
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
