// The whole product on one machine, for the browser end-to-end tests: the emulated portal hosting
// the built dist/plugin.zip, the emulated Dropbox over HTTPS, and a Chromium that resolves the real
// Dropbox host names to it and trusts its certificate, so the bundle calls exactly the URLs it
// calls in production, under the portal's CSP.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { connect } from "node:tls";
import type { Browser, BrowserContext } from "playwright-core";
import {
  startDocSpaceEmulator,
  type DocSpaceEmulator,
  type DocSpaceEmulatorOptions,
} from "../emulators/docspace";
import { DEFAULT_APP_FOLDER_KEY, startDropboxEmulator, type DropboxEmulator } from "../emulators/dropbox";
import { launchBrowser } from "./browser";
import { DEFAULT_SETTINGS, encodeSettings, type PluginSettings } from "../../src/plugin/settings/codec";

export const PLUGIN_ZIP = path.resolve(__dirname, "../../dist/plugin.zip");
export const PLUGIN_NAME = "send-to-dropbox";
const DROPBOX_HOSTS = ["api.dropboxapi.com", "content.dropboxapi.com", "www.dropbox.com", "dropbox.com"];

export interface Stack {
  docspace: DocSpaceEmulator;
  dropbox: DropboxEmulator;
  browser: Browser;
  /** A fresh browser context (cookies, storage) per journey. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

export interface StackOptions {
  docspace?: DocSpaceEmulatorOptions;
  dropbox?: Parameters<typeof startDropboxEmulator>[0];
  /** Upload dist/plugin.zip as the portal admin would (default true). */
  installPlugin?: boolean;
  /** More Chromium --host-resolver-rules entries, e.g. "MAP docspace.lan 127.0.0.1". */
  hostRules?: string[];
}

export function builtPlugin(): Uint8Array {
  if (!existsSync(PLUGIN_ZIP))
    throw new Error("dist/plugin.zip is missing: run `npm run build` first (npm test does).");
  return readFileSync(PLUGIN_ZIP);
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  // The sandbox's redirect would hide exactly what these tests prove: real host names under the CSP.
  if (options.docspace?.dropboxRedirect)
    throw new Error("startStack: dropboxRedirect is for the npm start sandbox only, never for tests.");
  const started: { close(): Promise<void> }[] = [];
  try {
    const dropbox = await startDropboxEmulator({ https: true, ...options.dropbox });
    started.push(dropbox);
    const docspace = await startDocSpaceEmulator(options.docspace);
    started.push(docspace);
    if (options.installPlugin !== false) docspace.plugins.install(builtPlugin(), "plugin.zip", "owner");
    const browser = await launchBrowser(await dropboxBrowserArgs(dropbox.url, options.hostRules));
    started.push(browser);
    return {
      docspace,
      dropbox,
      browser,
      newContext: () => browser.newContext({ viewport: { width: 1280, height: 800 } }),
      close: () => closeAll(started),
    };
  } catch (error) {
    await closeAll(started);
    throw error;
  }
}

/**
 * Stores plugin settings as the admin's Save would (the same string the panel encodes), for
 * journeys that start after configuration. Pages read them on their next load. The app's access
 * type is the one the Dropbox emulator registered for the key, as an admin would choose it.
 */
export function configurePlugin(stack: Pick<Stack, "docspace">, settings: Partial<PluginSettings>): string {
  const access = settings.appKey === DEFAULT_APP_FOLDER_KEY ? "app-folder" : "full";
  const value = encodeSettings({ ...DEFAULT_SETTINGS, access, ...settings });
  stack.docspace.plugins.setState(PLUGIN_NAME, true, value);
  return value;
}

/**
 * The admin's usual set-up: Dropbox connected once for everyone ("shared", with a refresh token the
 * emulator issued for the emulator's app) and `folder` as the destination.
 */
export function connectSharedDropbox(
  stack: Pick<Stack, "docspace" | "dropbox">,
  settings: Partial<PluginSettings> & { folder: string },
): string {
  const { refreshToken } = stack.dropbox.issueTokens({ appKey: "emulator-app" });
  if (!refreshToken) throw new Error("the emulator issued no refresh token");
  return configurePlugin(stack, {
    appKey: "emulator-app",
    mode: "shared",
    credential: { type: "refresh", token: refreshToken },
    ...settings,
  });
}

async function closeAll(started: { close(): Promise<void> }[]): Promise<void> {
  for (const item of started.reverse()) await item.close().catch(() => undefined);
}

/**
 * Chromium flags that send the real Dropbox host names to the emulator and trust its certificate
 * (by the SHA-256 of its public key) without disabling any other check: everything else fails to
 * resolve, so nothing leaves the machine.
 */
export async function dropboxBrowserArgs(emulatorUrl: string, extraRules: string[] = []): Promise<string[]> {
  const { hostname, port } = new URL(emulatorUrl);
  const rules = [
    ...DROPBOX_HOSTS.map((host) => `MAP ${host} ${hostname}:${port}`),
    ...extraRules,
    "EXCLUDE 127.0.0.1",
  ];
  return [
    `--host-resolver-rules=${rules.join(", ")}`,
    `--ignore-certificate-errors-spki-list=${await spkiHash(hostname, Number(port))}`,
  ];
}

/** Base64 SHA-256 of the server certificate's SubjectPublicKeyInfo, as Chromium's flag wants it. */
function spkiHash(host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(
      { host, port, servername: "api.dropboxapi.com", rejectUnauthorized: false },
      () => {
        const certificate = socket.getPeerX509Certificate();
        socket.end();
        if (!certificate) return reject(new Error("the Dropbox emulator presented no certificate"));
        const spki = certificate.publicKey.export({ type: "spki", format: "der" });
        resolve(createHash("sha256").update(spki).digest("base64"));
      },
    );
    socket.once("error", reject);
  });
}
