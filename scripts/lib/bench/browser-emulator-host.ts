// One emulator per child process for scripts/bench-browser.ts (as ./emulator-host.ts does for the
// Node benchmark): the emulated portal (plain HTTP, the host page and the plugin's storage) or the
// emulated Dropbox (HTTPS), driven over IPC (./ipc-host.ts). In production both services are remote; here each
// gets an event loop and a core of its own instead of one Node thread serving both, so the plugin,
// which downloads and uploads at once, is not slowed by a bottleneck the single-stage runs lack.
import { readFileSync } from "node:fs";

import { SEED, startDocSpaceEmulator, type DocSpaceEmulatorOptions } from "../../../test/emulators/docspace";
import { DEFAULT_APP_KEY, startDropboxEmulator } from "../../../test/emulators/dropbox";
import { configurePlugin } from "../../../test/support/stack";
import type { PluginSettings } from "../../../src/plugin/settings/codec";
import { forkHost, serveOverIpc, type IpcHost } from "./ipc-host";
import { docspaceLatency, dropboxLatency } from "./latency";

export type BrowserHostCommand =
  | { op: "install-plugin"; zip: string }
  | { op: "configure"; settings: Partial<PluginSettings> }
  | { op: "add-file"; title: string; size: number }
  | { op: "sign-in-url"; path: string }
  | { op: "content-hash"; fileId: number | string }
  | { op: "stored"; pathDisplay: string }
  /**
   * Both hosts: the emulator's link, its bandwidth in bytes per second (0: unlimited) and the
   * latency added to every request (ms).
   */
  | { op: "link"; bytesPerSecond: number; latencyMs: number }
  | { op: "exit" };

export interface BrowserHostSetup {
  url: string;
  /** Dropbox only. */
  accessToken?: string;
  refreshToken?: string;
}

type Run = (command: BrowserHostCommand) => Promise<string | number | null | undefined>;

async function docspaceHost(
  options: DocSpaceEmulatorOptions,
): Promise<{ setup: BrowserHostSetup; run: Run }> {
  const docspace = await startDocSpaceEmulator(options);
  const setLatency = docspaceLatency(docspace);
  return {
    setup: { url: docspace.url },
    async run(command) {
      switch (command.op) {
        case "install-plugin":
          docspace.plugins.install(readFileSync(command.zip), "plugin.zip", "owner");
          return undefined;
        case "configure":
          configurePlugin({ docspace }, command.settings);
          return undefined;
        case "add-file":
          return docspace.addFile({ folderId: SEED.rooms.bigFiles, title: command.title, size: command.size })
            .id;
        case "sign-in-url":
          return docspace.signInUrl("owner", command.path);
        case "content-hash":
          return docspace.content.dropboxContentHash(command.fileId);
        case "link":
          docspace.link.setRate(command.bytesPerSecond);
          setLatency(command.latencyMs);
          return undefined;
        case "exit":
          await docspace.close();
          return undefined;
        default:
          throw new Error(`the portal host does not do ${command.op}`);
      }
    },
  };
}

async function dropboxHost(): Promise<{ setup: BrowserHostSetup; run: Run }> {
  const dropbox = await startDropboxEmulator({ https: true });
  const tokens = dropbox.issueTokens({ appKey: DEFAULT_APP_KEY });
  if (!tokens.refreshToken) throw new Error("the Dropbox emulator issued no refresh token");
  const setLatency = dropboxLatency(dropbox);
  return {
    setup: { url: dropbox.url, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken },
    async run(command) {
      switch (command.op) {
        case "stored":
          return (
            dropbox.files().find((file) => file.pathDisplay === command.pathDisplay)?.contentHash ?? null
          );
        case "link":
          dropbox.link.setRate(command.bytesPerSecond);
          setLatency(command.latencyMs);
          return undefined;
        case "exit":
          await dropbox.close();
          return undefined;
        default:
          throw new Error(`the Dropbox host does not do ${command.op}`);
      }
    },
  };
}

async function serve(which: string | undefined, options: string | undefined): Promise<void> {
  const host =
    which === "docspace"
      ? await docspaceHost(JSON.parse(options ?? "{}") as DocSpaceEmulatorOptions)
      : await dropboxHost();
  serveOverIpc({
    setup: host.setup,
    run: async (command: BrowserHostCommand) => (await host.run(command)) ?? null,
  });
}

export type BrowserHost = IpcHost<BrowserHostCommand, string | number | null, BrowserHostSetup>;

/** Forks a host process for one emulator and waits until it serves. */
export function startBrowserHost(
  which: "docspace" | "dropbox",
  options: DocSpaceEmulatorOptions = {},
): Promise<BrowserHost> {
  return forkHost(__filename, [which, JSON.stringify(options)], which);
}

if (require.main === module) {
  serve(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
