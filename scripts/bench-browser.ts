// `npx tsx scripts/bench-browser.ts [--size-mib 200] [--portal 3.6|4.0|both] [--plugin-only]`:
// the plugin's cost in the browser. Per portal (the 3.6 host on http://127.0.0.1, a secure context
// with Web Crypto; the 4.0 host on http://docspace.lan, which has no crypto.subtle), one stack
// (emulated portal, emulated Dropbox over HTTPS at the real host names, each emulator in a process
// of its own unless `--in-process`; Chromium) and one file:
//   stages:   the portal page alone downloads the file (8 MiB ranged GETs as Blobs, 4 at once),
//             then uploads as many bytes (8 MiB Blob appends, 4 sessions at once): the slower
//             stage is the most the plugin could reach;
//   plugin:   right-click → Send to Dropbox, until the result toast;
//   link:     both again with each emulator's bodies paced to `--link-mibps` (default 20 MiB/s
//             each way, 0 skips it), where the link and not the machine is the slower part;
//             `--link-rounds` rounds of stages and plugin in turn (default 3), medians.
// For the plugin's run: throughput against the slower stage, the Long Animation Frames
// (PerformanceObserver "long-animation-frame") in which a script of the plugin's bundle ran
// (attributed by `scripts[].sourceURL`), and the long tasks; the whole machine's CPU time for
// each stage, the page's own copy and the plugin. Targets: no such frame over 50 ms, and ≥ 0.9
// of the slower stage. `--plugin-only` skips the stages, prints the main thread's CPU
// profile and every attributed frame, and writes nothing; with `--link-mibps N` it also times the
// plugin alone on the link. `--plugin-only --zip a.zip,b.zip --rounds N [--link-mibps 20]`
// compares two builds, medians per build. Otherwise the figures go into docs/benchmarks.md under
// "Browser". Never part of npm test.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";

import type { Browser } from "playwright-core";

import { SEED } from "../test/emulators/docspace";
import { LAN_HOST } from "../test/e2e/journeys/variants";
import { launchBrowser } from "../test/support/browser";
import {
  configurePlugin,
  dropboxBrowserArgs,
  PLUGIN_NAME,
  PLUGIN_ZIP,
  startStack,
} from "../test/support/stack";
import type { PluginSettings } from "../src/plugin/settings/codec";
import { startBrowserHost, type BrowserHost } from "./lib/bench/browser-emulator-host";
import { withMachineCpu } from "./lib/bench/cpu";
import { docspaceLatency, dropboxLatency } from "./lib/bench/latency";
import { settledSentence, waitForQuiet } from "./lib/bench/quiet";
import { median } from "./lib/bench/stats";
import { writeBenchmarkRegion } from "./lib/benchmarks-doc";

const MiB = 1024 * 1024;
const COMMAND = "npm run build && npx tsx scripts/bench-browser.ts";
/** The run on a link: each emulator's bodies at this many MiB/s (about 170 Mbit/s each way)… */
const LINK_MIBPS = 20;
/** …and this much added to every request of both, as the Node benchmark's many-file run does. */
const LINK_LATENCY_MS = 20;
/** Sends on the link per portal in a full run (medians). */
const LINK_ROUNDS = 3;
const verdictOf = (met: boolean): string => (met ? "**met**" : "**not met**");

interface LongTask {
  /** Which observer saw it: the portal page or the plugin iframe. */
  seenFrom: "portal" | "plugin";
  start: number;
  duration: number;
  /** Attribution: the frame the task ran in, as far as Chromium tells ("iframe", "window", …). */
  container: string;
}

interface LongFrame {
  /**
   * Which observer saw it. Chromium reports a frame to the document whose task it was: a task of
   * the hidden plugin iframe alone reaches only the iframe's observer, not the portal's (measured:
   * a 120 ms busy loop in the iframe was seen by the iframe's observer only).
   */
  seenFrom: "portal" | "plugin";
  /** Start on the wall clock (performance.timeOrigin + startTime), to find a frame seen twice. */
  at: number;
  duration: number;
  blockingDuration: number;
  scripts: {
    duration: number;
    invoker: string;
    sourceURL: string;
    sourceFunctionName: string;
    /** Where in its script the invoked function starts (-1: not reported). */
    sourceCharPosition: number;
  }[];
}

declare global {
  interface Window {
    __longTasks?: LongTask[];
    __longFrames?: LongFrame[];
  }
}

/**
 * Registered in every frame before its scripts run (Playwright init scripts reach the about:blank
 * plugin iframe too). Recorded with the observing frame's name so double counting is visible.
 */
function observeLongTasks(): void {
  const seenFrom = window === window.top ? "portal" : "plugin";
  try {
    new PerformanceObserver((list) => {
      // One list on the portal window, looked up per batch so takeLongTasks can swap it.
      const home = window.top ?? window;
      const sink = (home.__longTasks ??= []);
      for (const entry of list.getEntries()) {
        const attribution = (entry as PerformanceEntry & { attribution?: { containerType?: string }[] })
          .attribution;
        sink.push({
          seenFrom,
          start: entry.startTime,
          duration: entry.duration,
          container: attribution?.[0]?.containerType ?? "unknown",
        });
      }
    }).observe({ type: "longtask", buffered: true });
    // Long animation frames name the scripts behind the time (longtask attribution cannot).
    {
      new PerformanceObserver((list) => {
        const home = window.top ?? window;
        const sink = (home.__longFrames ??= []);
        for (const entry of list.getEntries()) {
          const frame = entry as PerformanceEntry & {
            blockingDuration?: number;
            scripts?: {
              invoker?: string;
              sourceURL?: string;
              sourceFunctionName?: string;
              sourceCharPosition?: number;
              duration: number;
            }[];
          };
          sink.push({
            seenFrom,
            at: performance.timeOrigin + entry.startTime,
            duration: entry.duration,
            blockingDuration: frame.blockingDuration ?? 0,
            scripts: (frame.scripts ?? []).map((script) => ({
              duration: script.duration,
              invoker: script.invoker ?? "?",
              sourceURL: script.sourceURL ?? "",
              sourceFunctionName: script.sourceFunctionName ?? "",
              sourceCharPosition: script.sourceCharPosition ?? -1,
            })),
          });
        }
      }).observe({ type: "long-animation-frame", buffered: true });
    }
  } catch {
    // No longtask support: the run reports zero tasks and says so below.
  }
}

async function takeLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => {
    const tasks = window.__longTasks ?? [];
    window.__longTasks = [];
    return tasks;
  });
}

async function takeLongFrames(page: Page): Promise<LongFrame[]> {
  return page.evaluate(() => {
    const frames = window.__longFrames ?? [];
    window.__longFrames = [];
    return frames;
  });
}

/**
 * Where the main-thread time goes: what one fetch() call costs the calling task, before any byte
 * is on the wire, for an 8 MiB body given as a Uint8Array (what the Dropbox SDK is handed) and as a
 * Blob (plus the cost of making the Blob). Median of three of each.
 */
async function fetchBodyCost(
  page: Page,
  accessToken: string,
): Promise<{ u8: number; blob: number; makeBlob: number }> {
  return page.evaluate(async (token) => {
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[1] ?? 0;
    const bytes = new Uint8Array(8 * 1024 * 1024);
    const post = (body: BodyInit): Promise<unknown> =>
      fetch("https://content.dropboxapi.com/2/files/upload_session/start", {
        method: "POST",
        body,
        headers: {
          Authorization: `Bearer ${token}`,
          "Content-Type": "application/octet-stream",
          "Dropbox-API-Arg": "{}",
        },
      }).then((response) => response.arrayBuffer());
    const u8: number[] = [];
    const blob: number[] = [];
    const makeBlob: number[] = [];
    for (let i = 0; i < 3; i++) {
      let started = performance.now();
      let pending = post(bytes);
      u8.push(performance.now() - started);
      await pending;
      started = performance.now();
      const body = new Blob([bytes]);
      makeBlob.push(performance.now() - started);
      started = performance.now();
      pending = post(body);
      blob.push(performance.now() - started);
      await pending;
    }
    return { u8: median(u8), blob: median(blob), makeBlob: median(makeBlob) };
  }, accessToken);
}

async function pluginRun(page: Page, title: string): Promise<number> {
  const before = await page.evaluate(() => window.__docspaceHost?.toasts.length ?? 0);
  await page.locator(`[data-testid=file-row][data-title="${title}"]`).click({ button: "right" });
  const started = Date.now();
  await page.locator("[data-testid=menu-item-send-to-dropbox-file]").click();
  const toast = await page.waitForFunction((n) => window.__docspaceHost?.toasts[n], before, {
    timeout: 600_000,
  });
  const seconds = (Date.now() - started) / 1000;
  const { type, title: message } = (await toast.jsonValue()) as { type: string; title: string };
  if (type !== "success") throw new Error(`the plugin's transfer failed: ${message}`);
  return seconds;
}

/** The CommonJS files of @noble/hashes that `sha2` needs, by the specifier each is required with. */
function nobleSources(): Record<string, string> {
  const dir = path.dirname(require.resolve("@noble/hashes/sha2"));
  const files: Record<string, string> = {
    "./sha2.js": "sha2.js",
    "./_md.js": "_md.js",
    "./_u64.js": "_u64.js",
    "./utils.js": "utils.js",
    "@noble/hashes/crypto": "crypto.js",
  };
  return Object.fromEntries(
    Object.entries(files).map(([specifier, file]) => [specifier, readFileSync(path.join(dir, file), "utf8")]),
  );
}

/** 16 blocks of 4 MiB (the content-hash block size), timed through `digest`; MiB/s. */
const HASH_BLOCKS = 16;

/**
 * Web Crypto's SHA-256 throughput, in the portal page (a secure context: http://127.0.0.1).
 */
async function webCryptoThroughput(page: Page): Promise<number> {
  return page.evaluate(async (blocks) => {
    const block = new Uint8Array(4 * 1024 * 1024);
    for (let i = 0; i < block.length; i += 1) block[i] = (i * 31) & 255;
    const started = performance.now();
    for (let i = 0; i < blocks; i += 1) await crypto.subtle.digest("SHA-256", block);
    return (blocks * 4) / ((performance.now() - started) / 1000);
  }, HASH_BLOCKS);
}

/**
 * The pure-JavaScript @noble/hashes SHA-256 the core falls back to where crypto.subtle is missing
 * (plain-HTTP portals), in a blank page: the portal's CSP forbids the eval the small CommonJS
 * loader needs, and a blank page has no crypto.subtle either.
 */
async function pureJsThroughput(page: Page): Promise<number> {
  return page.evaluate(
    ({ sources, blocks }) => {
      const cache: Record<string, unknown> = {};
      const load = (specifier: string): unknown => {
        if (specifier in cache) return cache[specifier];
        const module = { exports: {} as Record<string, unknown> };
        cache[specifier] = module.exports;
        // Vendored CommonJS evaluated in a blank page (no CSP there).
        new Function("module", "exports", "require", sources[specifier] ?? "")(module, module.exports, load);
        cache[specifier] = module.exports;
        return module.exports;
      };
      const { sha256 } = load("./sha2.js") as { sha256: (bytes: Uint8Array) => Uint8Array };
      const block = new Uint8Array(4 * 1024 * 1024);
      for (let i = 0; i < block.length; i += 1) block[i] = (i * 31) & 255;
      const started = performance.now();
      for (let i = 0; i < blocks; i += 1) sha256(block);
      return (blocks * 4) / ((performance.now() - started) / 1000);
    },
    { sources: nobleSources(), blocks: HASH_BLOCKS },
  );
}

/** The same Chromium lookup the test run uses (test/support/global-setup.js). */
async function findChromium(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the jest global setup is CommonJS
  const setup = require("../test/support/global-setup.js") as () => Promise<void>;
  await setup();
}

/** The portals the plugin is measured in: each client version as the journeys run it. */
const PORTALS = {
  "3.6": { label: "3.6 host, http://127.0.0.1 (a secure context: Web Crypto)", lan: false },
  "4.0": { label: `4.0 host, http://${LAN_HOST} (not a secure context: no crypto.subtle)`, lan: true },
} as const;
type PortalName = keyof typeof PORTALS;

interface PortalResult {
  portal: PortalName;
  secure: boolean;
  subtle: boolean;
  seconds: number;
  mibPerSecond: number;
  /** MiB/s of each stage alone in the portal page, when measured. */
  stages?: { download: number; upload: number; copy: number };
  /**
   * CPU-seconds the whole machine (browser, emulators, benchmark) spent on each stage alone, the
   * own copy and the plugin's send, when the stages were measured on Linux.
   */
  cpu?: { download: number; upload: number; copy: number; plugin: number };
  /**
   * The same again with both emulators behind a link of `rate` MiB/s each way (the portal's
   * downloads, Dropbox's uploads): the stages alone (unless --plugin-only), then the plugin, with
   * its long frames.
   */
  link?: {
    rate: number;
    /** Sends on the link; the figures are medians over them, the frames those of every send. */
    rounds: number;
    stages?: { download: number; upload: number };
    plugin: number;
    frames: LongFrame[];
  };
  /**
   * The load's floor: long animation frames while the plugin iframe ran nothing but 4 ms busy
   * tasks separated by yields, for 10 s (or the plugin's run time, if shorter). Frames over 50 ms
   * there come from the machine (descheduling, rendering), not from task length.
   */
  control: { seconds: number; tasks: number; frames: number; longest: number };
  longTasks: LongTask[];
  frames: LongFrame[];
  loafSupported: boolean;
  calibrationTask: number;
  calibrationFrame: number;
  /** Only with --plugin-only: the main thread's CPU profile, by self time. */
  profile: string[];
  bodyCost?: { u8: number; blob: number; makeBlob: number };
  hashing?: { webcrypto: number; pureJs: number };
}

/** The plugin's bundle is served from here; a script whose sourceURL has it is the plugin's. */
const BUNDLE_PATH = `/storage/webplugins/${PLUGIN_NAME}/`;
const fromPlugin = (script: LongFrame["scripts"][number]): boolean => script.sourceURL.includes(BUNDLE_PATH);
/** Every script of a frame the plugin iframe saw is the plugin's (the iframe runs nothing else). */
const pluginScripts = (frame: LongFrame): LongFrame["scripts"] =>
  frame.seenFrom === "plugin" ? frame.scripts : frame.scripts.filter(fromPlugin);
const pluginScriptMs = (frame: LongFrame): number =>
  pluginScripts(frame).reduce((sum, script) => sum + script.duration, 0);
/** The plugin's frames: seen by its iframe, or with a script of its bundle; one seen twice counts once. */
function pluginFrames(frames: readonly LongFrame[]): LongFrame[] {
  const ours = frames.filter((frame) => frame.seenFrom === "plugin" || frame.scripts.some(fromPlugin));
  const byStart = new Map<number, LongFrame>();
  for (const frame of ours) {
    const key = Math.round(frame.at);
    const known = byStart.get(key) ?? byStart.get(key - 1) ?? byStart.get(key + 1);
    if (!known || known.duration < frame.duration) {
      if (known) byStart.delete(Math.round(known.at));
      byStart.set(key, frame);
    }
  }
  return [...byStart.values()];
}

/** The download stage alone: 8 MiB ranged GETs, `parallel` at once, each read whole as a Blob. */
async function downloadStage(page: Page, fileId: number, size: number, parallel: number): Promise<number> {
  return page.evaluate(
    async ({ fileId, size, parallel }) => {
      const chunk = 8 * 1024 * 1024;
      const started = performance.now();
      let next = 0;
      const worker = async (): Promise<void> => {
        for (;;) {
          const offset = next;
          next += chunk;
          if (offset >= size) return;
          const end = Math.min(size, offset + chunk) - 1;
          const response = await fetch(`/filehandler.ashx?action=download&fileid=${fileId}`, {
            headers: { Range: `bytes=${offset}-${end}` },
            credentials: "include",
          });
          const blob = await response.blob();
          if (blob.size !== end - offset + 1) throw new Error(`download stage: ${blob.size} bytes`);
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
      return (performance.now() - started) / 1000;
    },
    { fileId, size, parallel },
  );
}

/**
 * The upload stage alone: `size` bytes as 8 MiB Blob appends, `parallel` sessions at once. With
 * `copyOf`, the page's own copy of that file instead, the browser's counterpart of the Node
 * benchmark's minimal client: each worker downloads an 8 MiB range as a Blob and appends that Blob
 * to its session, so downloads and uploads overlap as in the plugin; no hashing, no verification.
 */
async function uploadStage(
  page: Page,
  accessToken: string,
  size: number,
  parallel: number,
  copyOf?: number,
): Promise<number> {
  return page.evaluate(
    async ({ accessToken, size, parallel, copyOf }) => {
      const chunk = 8 * 1024 * 1024;
      const api = async (route: string, arg: unknown, body?: Blob): Promise<Response> => {
        const response = await fetch(`https://content.dropboxapi.com/2/${route}`, {
          method: "POST",
          headers: {
            Authorization: `Bearer ${accessToken}`,
            "Content-Type": "application/octet-stream",
            "Dropbox-API-Arg": JSON.stringify(arg),
          },
          body: body ?? null,
        });
        if (!response.ok) throw new Error(`${route}: HTTP ${response.status}`);
        return response;
      };
      const generated = new Blob([new Uint8Array(chunk)]);
      const piece = async (at: number): Promise<Blob> => {
        const length = Math.min(chunk, size - at);
        if (copyOf === undefined) return generated.slice(0, length);
        const response = await fetch(`/filehandler.ashx?action=download&fileid=${copyOf}`, {
          headers: { Range: `bytes=${at}-${at + length - 1}` },
          credentials: "include",
        });
        const blob = await response.blob();
        if (blob.size !== length) throw new Error(`copy stage: ${blob.size} bytes`);
        return blob;
      };
      const started = performance.now();
      let next = 0;
      const worker = async (): Promise<void> => {
        const start = await api("files/upload_session/start", { close: false });
        const { session_id: sessionId } = (await start.json()) as { session_id: string };
        let offset = 0;
        for (;;) {
          const at = next;
          next += chunk;
          if (at >= size) return;
          const part = await piece(at);
          await (
            await api("files/upload_session/append_v2", { cursor: { session_id: sessionId, offset } }, part)
          ).arrayBuffer();
          offset += part.size;
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
      return (performance.now() - started) / 1000;
    },
    { accessToken, size, parallel, copyOf },
  );
}

/** Waits until the observers have delivered an entry of at least `ms` (delivery is asynchronous). */
async function waitForEntry(page: Page, kind: "task" | "frame", ms: number): Promise<boolean> {
  try {
    await page.waitForFunction(
      ({ kind, ms }) =>
        kind === "task"
          ? (window.__longTasks ?? []).some((task) => task.seenFrom === "portal" && task.duration >= ms)
          : (window.__longFrames ?? []).some((frame) => frame.duration >= ms),
      { kind, ms },
      { timeout: 10_000 },
    );
    return true;
  } catch {
    return false;
  }
}

interface RunOptions {
  /** The plugin.zip to install (the portal admin's upload). */
  zip: string;
  sizeMiB: string;
  size: number;
  stages: boolean;
  profile: boolean;
  extras: boolean;
  /** Both emulators in this process, on one event loop (the earlier setup, for comparison). */
  inProcess: boolean;
  /** MiB/s of each emulator's link for the run on a link; 0: no such run. */
  linkMiBps: number;
  /** Rounds of the run on a link (stages and plugin in each). */
  linkRounds: number;
}

/** The emulated portal and Dropbox, and the Chromium that reaches them, as one run needs them. */
interface Services {
  browser: Browser;
  accessToken: string;
  refreshToken: string;
  installPlugin(zip: string): Promise<void>;
  configure(settings: Partial<PluginSettings>): Promise<void>;
  addFile(title: string, size: number): Promise<number | string>;
  signInUrl(pagePath: string): Promise<string>;
  contentHash(fileId: number | string): Promise<string>;
  /** The content hash of the file Dropbox stores at `pathDisplay`, or undefined. */
  stored(pathDisplay: string): Promise<string | undefined>;
  /** Both emulators' links: bytes per second each (0: unlimited), ms added to every request. */
  setLink(bytesPerSecond: number, latencyMs: number): Promise<void>;
  close(): Promise<void>;
}

function browserRules(portal: PortalName): string[] {
  return PORTALS[portal].lan ? [`MAP ${LAN_HOST} 127.0.0.1`] : [];
}

function docspaceOptions(portal: PortalName): { hostVersion: PortalName; publicHost?: string } {
  return { hostVersion: portal, ...(PORTALS[portal].lan ? { publicHost: LAN_HOST } : {}) };
}

/** Both emulators in this process (test/support/stack.ts, as the browser tests run them). */
async function inProcessServices(portal: PortalName): Promise<Services> {
  const stack = await startStack({
    installPlugin: false,
    docspace: docspaceOptions(portal),
    hostRules: browserRules(portal),
  });
  const tokens = stack.dropbox.issueTokens({ appKey: "emulator-app" });
  if (!tokens.refreshToken) throw new Error("no refresh token");
  const { refreshToken } = tokens;
  const latency = { docspace: docspaceLatency(stack.docspace), dropbox: dropboxLatency(stack.dropbox) };
  return {
    browser: stack.browser,
    accessToken: tokens.accessToken,
    refreshToken,
    installPlugin: async (zip) =>
      void stack.docspace.plugins.install(readFileSync(zip), "plugin.zip", "owner"),
    configure: async (settings) => void configurePlugin(stack, settings),
    addFile: async (title, size) => stack.docspace.addFile({ folderId: SEED.rooms.bigFiles, title, size }).id,
    signInUrl: async (pagePath) => stack.docspace.signInUrl("owner", pagePath),
    contentHash: async (fileId) => stack.docspace.content.dropboxContentHash(fileId),
    stored: async (pathDisplay) =>
      stack.dropbox.files().find((entry) => entry.pathDisplay === pathDisplay)?.contentHash,
    setLink: async (bytesPerSecond, latencyMs) => {
      stack.docspace.link.setRate(bytesPerSecond);
      stack.dropbox.link.setRate(bytesPerSecond);
      latency.docspace(latencyMs);
      latency.dropbox(latencyMs);
    },
    close: () => stack.close(),
  };
}

/**
 * Each emulator in a process of its own (scripts/lib/bench/browser-emulator-host.ts), as the
 * services are remote in production; Chromium as in the browser tests.
 */
async function separateServices(portal: PortalName): Promise<Services> {
  const hosts: BrowserHost[] = [];
  try {
    const dropbox = await startBrowserHost("dropbox");
    hosts.push(dropbox);
    const docspace = await startBrowserHost("docspace", docspaceOptions(portal));
    hosts.push(docspace);
    const { accessToken, refreshToken } = dropbox.setup;
    if (!accessToken || !refreshToken) throw new Error("the Dropbox host issued no tokens");
    const browser = await launchBrowser(await dropboxBrowserArgs(dropbox.setup.url, browserRules(portal)));
    const text = async (value: Promise<string | number | null>): Promise<string> => {
      const result = await value;
      if (typeof result !== "string")
        throw new Error(`expected a string from the emulator, got ${String(result)}`);
      return result;
    };
    return {
      browser,
      accessToken,
      refreshToken,
      installPlugin: async (zip) =>
        void (await docspace.call({ op: "install-plugin", zip: path.resolve(zip) })),
      configure: async (settings) => void (await docspace.call({ op: "configure", settings })),
      addFile: async (title, size) => {
        const id = await docspace.call({ op: "add-file", title, size });
        if (id === null) throw new Error("the portal host added no file");
        return id;
      },
      signInUrl: (pagePath) => text(docspace.call({ op: "sign-in-url", path: pagePath })),
      contentHash: (fileId) => text(docspace.call({ op: "content-hash", fileId })),
      stored: async (pathDisplay) => {
        const hash = await dropbox.call({ op: "stored", pathDisplay });
        return typeof hash === "string" ? hash : undefined;
      },
      setLink: async (bytesPerSecond, latencyMs) =>
        void (await Promise.all([
          docspace.call({ op: "link", bytesPerSecond, latencyMs }),
          dropbox.call({ op: "link", bytesPerSecond, latencyMs }),
        ])),
      close: async () => {
        await browser.close().catch(() => undefined);
        for (const host of hosts.reverse()) await host.close();
      },
    };
  } catch (error) {
    for (const host of hosts.reverse()) await host.close();
    throw error;
  }
}

async function runPortal(portal: PortalName, options: RunOptions): Promise<PortalResult> {
  const services = options.inProcess ? await inProcessServices(portal) : await separateServices(portal);
  try {
    await services.installPlugin(options.zip);
    await services.configure({
      appKey: "emulator-app",
      mode: "shared",
      credential: { type: "refresh", token: services.refreshToken },
      folder: "/Bench",
      conflict: "overwrite",
    });
    const title = `${options.sizeMiB}MiB.bin`;
    const file = { id: await services.addFile(title, options.size) };
    const context = await services.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // tsx keeps function names with a `__name` helper that page functions would not find.
    await context.addInitScript("globalThis.__name = (target) => target;");
    await context.addInitScript(observeLongTasks);
    const page = await context.newPage();
    await page.goto(await services.signInUrl(`/rooms/shared/filter?folder=${SEED.rooms.bigFiles}`));
    await page.waitForFunction(() => window.__docspaceHost?.ready === true);
    await page.waitForFunction(
      () => window.__docspaceHost?.menuKeys?.().includes("send-to-dropbox-file") === true,
    );
    const supported = await page.evaluate(() => PerformanceObserver.supportedEntryTypes);
    const loafSupported = supported.includes("long-animation-frame");
    // Settle the page load's own tasks, then prove the observers work: a deliberate 120 ms task in
    // the plugin iframe must be reported, or every "0" below would mean nothing.
    await page.waitForTimeout(1000);
    await takeLongTasks(page);
    await takeLongFrames(page);
    const pluginFrame = page.frames().find((frame) => frame !== page.mainFrame());
    if (!pluginFrame) throw new Error("no plugin iframe");
    // Scheduled as an ordinary task: work done inside the DevTools evaluate call is not one.
    await pluginFrame.evaluate(() => {
      setTimeout(() => {
        const started = performance.now();
        while (performance.now() - started < 120) {
          // Busy on purpose: this is the long task the observers must see.
        }
      }, 0);
    });
    if (supported.includes("longtask") && !(await waitForEntry(page, "task", 100)))
      throw new Error(
        `the long-task observers missed a 120 ms task: ${JSON.stringify(await takeLongTasks(page))}`,
      );
    if (loafSupported && !(await waitForEntry(page, "frame", 100)))
      throw new Error(
        `the long-animation-frame observer missed a 120 ms task: ${JSON.stringify(await takeLongFrames(page))}`,
      );
    const calibrationTask = Math.max(
      0,
      ...(await takeLongTasks(page))
        .filter((task) => task.seenFrom === "portal")
        .map((task) => task.duration),
    );
    const calibrationFrame = Math.max(0, ...(await takeLongFrames(page)).map((frame) => frame.duration));
    const context2 = await pluginFrame.evaluate(() => ({
      secure: isSecureContext,
      subtle: typeof crypto.subtle?.digest === "function",
    }));

    const mib = options.size / MiB;
    /** MiB/s of the download stage alone, then of the upload stage alone. */
    const stagesAlone = async (): Promise<{ download: number; upload: number }> => ({
      download: mib / (await downloadStage(page, Number(file.id), options.size, 4)),
      upload: mib / (await uploadStage(page, services.accessToken, options.size, 4)),
    });
    const checkCopy = async (run: string): Promise<void> => {
      if ((await services.stored(`/Bench/${title}`)) !== (await services.contentHash(file.id)))
        throw new Error(`the plugin's copy${run} does not match the original`);
    };

    let stages: PortalResult["stages"];
    let stagesCpu: { download?: number; upload?: number; copy?: number } = {};
    if (options.stages) {
      const download = await withMachineCpu(() => downloadStage(page, Number(file.id), options.size, 4));
      const upload = await withMachineCpu(() => uploadStage(page, services.accessToken, options.size, 4));
      const copy = await withMachineCpu(() =>
        uploadStage(page, services.accessToken, options.size, 4, Number(file.id)),
      );
      stages = { download: mib / download.result, upload: mib / upload.result, copy: mib / copy.result };
      stagesCpu = { download: download.cpu, upload: upload.cpu, copy: copy.cpu };
      // The stages leave hundreds of MiB of the page's Blobs behind; collected now, so that their
      // collection does not land in (and lengthen) a task of the plugin's run.
      const heap = await page.context().newCDPSession(page);
      await heap.send("HeapProfiler.collectGarbage");
      await heap.detach();
      await page.waitForTimeout(500);
      await takeLongTasks(page);
      await takeLongFrames(page);
    }

    // The main thread's CPU profile during the run (Chrome DevTools Protocol), by self time.
    const cdp = options.profile ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.start");
    }
    const { result: seconds, cpu: pluginCpu } = await withMachineCpu(() => pluginRun(page, title));
    const { download: downloadCpu, upload: uploadCpu, copy: copyCpu } = stagesCpu;
    const cpu =
      downloadCpu !== undefined && uploadCpu !== undefined && copyCpu !== undefined && pluginCpu !== undefined
        ? { download: downloadCpu, upload: uploadCpu, copy: copyCpu, plugin: pluginCpu }
        : undefined;
    const profile: string[] = [];
    if (cdp) {
      const { profile: samples } = await cdp.send("Profiler.stop");
      const selfMs = new Map<string, number>();
      const byId = new Map(samples.nodes.map((node) => [node.id, node]));
      const deltas = samples.timeDeltas ?? [];
      (samples.samples ?? []).forEach((id, index) => {
        const node = byId.get(id);
        if (!node) return;
        const { functionName, url, lineNumber, columnNumber } = node.callFrame;
        const key = `${functionName || "(anonymous)"} ${url.split("/").pop() ?? ""}:${lineNumber}:${columnNumber}`;
        selfMs.set(key, (selfMs.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
      });
      for (const [key, ms] of [...selfMs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
        profile.push(`self ${ms.toFixed(0)} ms: ${key}`);
    }
    // The last entries of the run are delivered asynchronously.
    await page.waitForTimeout(300);
    const frames = await takeLongFrames(page);
    const longTasks = await takeLongTasks(page);
    const controlSeconds = Math.min(10, seconds);
    const controlTasks = await pluginFrame.evaluate(async (ms) => {
      const until = performance.now() + ms;
      let tasks = 0;
      while (performance.now() < until) {
        await new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            const started = performance.now();
            while (performance.now() - started < 4) {
              // Busy on purpose: a short task, well inside any budget.
            }
            tasks += 1;
            resolve();
          };
          channel.port2.postMessage(null);
        });
      }
      return tasks;
    }, controlSeconds * 1000);
    await page.waitForTimeout(300);
    const controlFrames = await takeLongFrames(page);
    await takeLongTasks(page);
    const control = {
      seconds: controlSeconds,
      tasks: controlTasks,
      frames: controlFrames.length,
      longest: Math.max(0, ...controlFrames.map((frame) => frame.duration)),
    };
    await checkCopy("");

    let link: PortalResult["link"];
    if (options.linkMiBps > 0) {
      // In production the network, not the machine, is usually the slower part: here both
      // emulators carry their bodies at `linkMiBps`, well below what this machine reaches for
      // download and upload at once, so the figure shows whether the plugin keeps a link busy.
      await services.setLink(options.linkMiBps * MiB, LINK_LATENCY_MS);
      try {
        // One send on the link varies by more than the changes compared here (16.4-17.7 MiB/s for
        // one build in 8 sends): medians of rounds, the stages and the plugin in turn, the order
        // swapped every round so that neither always runs on a fresher machine.
        const rounds: { stages?: { download: number; upload: number }; plugin: number }[] = [];
        const linkFrames: LongFrame[] = [];
        for (let round = 0; round < options.linkRounds; round += 1) {
          const stagesFirst = round % 2 === 0;
          let alone = options.stages && stagesFirst ? await stagesAlone() : undefined;
          await page.waitForTimeout(300);
          await takeLongFrames(page);
          await takeLongTasks(page);
          const plugin = mib / (await pluginRun(page, title));
          await page.waitForTimeout(300);
          linkFrames.push(...(await takeLongFrames(page)));
          await takeLongTasks(page);
          await checkCopy(" over the link");
          if (options.stages && !stagesFirst) alone = await stagesAlone();
          rounds.push({ ...(alone ? { stages: alone } : {}), plugin });
        }
        const staged = rounds.flatMap((round) => (round.stages ? [round.stages] : []));
        link = {
          rate: options.linkMiBps,
          rounds: rounds.length,
          ...(staged.length > 0
            ? {
                stages: {
                  download: median(staged.map((stages) => stages.download)),
                  upload: median(staged.map((stages) => stages.upload)),
                },
              }
            : {}),
          plugin: median(rounds.map((round) => round.plugin)),
          frames: linkFrames,
        };
      } finally {
        await services.setLink(0, 0);
      }
    }

    let bodyCost: PortalResult["bodyCost"];
    let hashing: PortalResult["hashing"];
    if (options.extras && context2.subtle) {
      bodyCost = await fetchBodyCost(page, services.accessToken);
      const blank = await context.newPage();
      hashing = { webcrypto: await webCryptoThroughput(page), pureJs: await pureJsThroughput(blank) };
      await blank.close();
    }
    return {
      portal,
      ...context2,
      seconds,
      mibPerSecond: options.size / MiB / seconds,
      ...(stages ? { stages } : {}),
      ...(cpu ? { cpu } : {}),
      ...(link ? { link } : {}),
      control,
      longTasks,
      frames,
      loafSupported,
      calibrationTask,
      calibrationFrame,
      profile,
      ...(bodyCost ? { bodyCost } : {}),
      ...(hashing ? { hashing } : {}),
    };
  } finally {
    await services.close();
  }
}

/** The plugin's long animation frames in one run. */
function frameFigures(result: PortalResult): {
  attributed: LongFrame[];
  longest: number;
  mostScript: number;
  scriptOver50: number;
  totalScript: number;
} {
  const attributed = pluginFrames(result.frames);
  return {
    attributed,
    longest: Math.max(0, ...attributed.map((frame) => frame.duration)),
    mostScript: Math.max(0, ...attributed.map(pluginScriptMs)),
    scriptOver50: attributed.filter((frame) => pluginScriptMs(frame) > 50).length,
    totalScript: attributed.reduce((sum, frame) => sum + pluginScriptMs(frame), 0),
  };
}

/** The plugin's scripts behind its long animation frames, by total time, top five. */
function culprits(result: PortalResult): string[] {
  const totals = new Map<string, number>();
  for (const frame of pluginFrames(result.frames))
    for (const script of pluginScripts(frame)) {
      const key = `${script.invoker} ${script.sourceFunctionName}`.trim();
      totals.set(key, (totals.get(key) ?? 0) + script.duration);
    }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([script, ms]) => `${ms.toFixed(0)} ms \`${script.replace(/`/g, "'")}\``);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "size-mib": { type: "string", default: "200" },
      /** "3.6", "4.0" or "both" (default): which emulated portals to measure. */
      portal: { type: "string", default: "both" },
      "no-write": { type: "boolean", default: false },
      /** While iterating: the plugin's run alone (no stages, nothing written), its long frames listed. */
      "plugin-only": { type: "boolean", default: false },
      /**
       * With --plugin-only: comma-separated plugin.zip files, run in turn in each round (an A/B
       * comparison of two builds under the same load). Default dist/plugin.zip.
       */
      zip: { type: "string", default: PLUGIN_ZIP },
      rounds: { type: "string", default: "1" },
      /** Both emulators in this process, as before they had processes of their own (a comparison). */
      "in-process": { type: "boolean", default: false },
      /**
       * Each emulator's link for the run on a link, MiB/s each way; 0 skips that run. With
       * --plugin-only there is no such run unless this is given, and it times the plugin alone.
       */
      "link-mibps": { type: "string" },
      /** Sends on the link, stages and plugin in turn, medians reported (default 3; 1 with --plugin-only). */
      "link-rounds": { type: "string" },
    },
  });
  const sizeMiB = values["size-mib"];
  const size = Number(sizeMiB) * MiB;
  if (!Number.isInteger(size) || size <= 0) throw new Error(`--size-mib: expected a positive number`);
  const portals: PortalName[] =
    values.portal === "both"
      ? ["3.6", "4.0"]
      : values.portal === "3.6" || values.portal === "4.0"
        ? [values.portal]
        : [];
  if (portals.length === 0) throw new Error(`--portal: expected 3.6, 4.0 or both`);
  const pluginOnly = values["plugin-only"];
  const linkGiven = values["link-mibps"] !== undefined;
  const linkMiBps = Number(values["link-mibps"] ?? LINK_MIBPS);
  if (!Number.isFinite(linkMiBps) || linkMiBps < 0) throw new Error("--link-mibps: expected a number ≥ 0");
  const linkRounds = Number(values["link-rounds"] ?? (pluginOnly ? 1 : LINK_ROUNDS));
  if (!Number.isInteger(linkRounds) || linkRounds < 1)
    throw new Error("--link-rounds: expected a positive integer");
  const zips = values.zip.split(",").filter((zip) => zip !== "");
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds: expected a positive integer");
  if (!pluginOnly && (zips.length !== 1 || rounds !== 1))
    throw new Error("--zip with several files and --rounds are for --plugin-only comparisons");
  await findChromium();
  const settled = await waitForQuiet((line) => console.error(line));
  const loadAtStart = loadavg();
  const bundleText = readFileSync(path.join(__dirname, "..", "dist", "plugin.js"), "utf8");
  const results: PortalResult[] = [];
  const compared: { zip: string; result: PortalResult }[] = [];
  for (let round = 0; round < rounds; round += 1)
    for (const portal of portals)
      for (const zip of zips) {
        const result = await runPortal(portal, {
          zip,
          sizeMiB,
          size,
          stages: !pluginOnly,
          profile: pluginOnly && zips.length === 1,
          extras: !pluginOnly,
          inProcess: values["in-process"],
          linkMiBps: pluginOnly && !linkGiven ? 0 : linkMiBps,
          linkRounds,
        });
        results.push(result);
        compared.push({ zip, result });
        const figures = frameFigures(result);
        console.log(
          `${zips.length > 1 ? `[round ${round + 1}, ${zip}] ` : ""}${PORTALS[portal].label}: plugin frame secure=${result.secure} subtle=${result.subtle}; ` +
            `${result.seconds.toFixed(1)} s, ${result.mibPerSecond.toFixed(1)} MiB/s` +
            (result.stages
              ? ` (download stage ${result.stages.download.toFixed(1)}, upload stage ${result.stages.upload.toFixed(1)}, own copy ${result.stages.copy.toFixed(1)} MiB/s)`
              : "") +
            `; long animation frames ${result.frames.length}, attributed to the plugin ${figures.attributed.length}, ` +
            `longest ${figures.longest.toFixed(0)} ms, most plugin script in one frame ${figures.mostScript.toFixed(0)} ms, ` +
            `frames with > 50 ms of plugin script ${figures.scriptOver50}, plugin script ${figures.totalScript.toFixed(0)} ms in all; ` +
            `long tasks ${result.longTasks.filter((task) => task.seenFrom === "portal").length}; ` +
            `control (4 ms tasks for ${result.control.seconds.toFixed(1)} s): ${result.control.frames} long animation frames, longest ${result.control.longest.toFixed(0)} ms; load ${loadavg()
              .map((v) => v.toFixed(2))
              .join(" ")}`,
        );
        if (result.link)
          console.log(
            `  on a ${result.link.rate} MiB/s link, ${LINK_LATENCY_MS} ms per request: ` +
              (result.link.stages
                ? `download stage ${result.link.stages.download.toFixed(1)}, upload stage ${result.link.stages.upload.toFixed(1)}, `
                : "") +
              `plugin ${result.link.plugin.toFixed(1)} MiB/s; long animation frames attributed to the plugin ${pluginFrames(result.link.frames).length}`,
          );
        if (zips.length === 1) {
          if (pluginOnly) for (const line of result.profile) console.log(`  ${line}`);
          for (const frame of figures.attributed)
            console.log(
              `  ${frame.duration.toFixed(0)} ms: ${frame.scripts
                .map(
                  (script) =>
                    `${script.duration.toFixed(0)} ms ${script.invoker} ${script.sourceFunctionName} (seen from ${frame.seenFrom}) at ${fromPlugin(script) ? `plugin.js:${script.sourceCharPosition} «${bundleText.slice(Math.max(0, script.sourceCharPosition), script.sourceCharPosition + 80)}»` : script.sourceURL}`,
                )
                .join("; ")}`,
            );
        }
      }
  if (zips.length > 1) {
    // Medians per portal and bundle over the rounds: the comparison that counts under a shared load.
    const onLink = (figures: (number | undefined)[]): string => {
      const measured = figures.filter((figure): figure is number => figure !== undefined);
      return measured.length > 0 ? median(measured).toFixed(1) : "–";
    };
    console.log(
      `\nmedians of ${rounds} round(s), load at the start ${loadAtStart.map((v) => v.toFixed(2)).join(" ")}, at the end ${loadavg()
        .map((v) => v.toFixed(2))
        .join(" ")}:`,
    );
    console.log(
      "| portal | bundle | MiB/s | on the link (MiB/s) | plugin frames | longest (ms) | most plugin script in one frame (ms) | frames with > 50 ms of plugin script | plugin script in long frames (ms) |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|");
    for (const portal of portals)
      for (const zip of zips) {
        const runs = compared.filter((run) => run.zip === zip && run.result.portal === portal);
        const figures = runs.map((run) => frameFigures(run.result));
        console.log(
          `| ${portal} | ${zip} | ${median(runs.map((run) => run.result.mibPerSecond)).toFixed(1)} | ${onLink(runs.map((run) => run.result.link?.plugin))} | ${median(figures.map((f) => f.attributed.length))} | ${median(figures.map((f) => f.longest)).toFixed(0)} | ${median(figures.map((f) => f.mostScript)).toFixed(0)} | ${median(figures.map((f) => f.scriptOver50))} | ${median(figures.map((f) => f.totalScript)).toFixed(0)} |`,
        );
      }
  }
  if (pluginOnly) return;

  const lines = [
    "## Browser",
    "",
    `Command: \`npm run bench\` (this part alone: \`${COMMAND}\`; never part of \`npm test\`). Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${process.platform} ${process.arch}, Node ${process.version}, headless Chromium from @sparticuz/chromium.`,
    `One ${sizeMiB} MiB file, the production bundle under the portal's CSP, Dropbox at its real host names over HTTPS (emulated), ${values["in-process"] ? "both emulators in this process" : "each emulator in a process of its own, as the services are remote in production"}; each portal in a browser of its own.`,
    `Load average (1/5/15 min) ${loadAtStart.map((v) => v.toFixed(2)).join(" / ")} at the start, ${loadavg()
      .map((v) => v.toFixed(2))
      .join(" / ")} at the end (it trails what the CPUs do by minutes). ${settledSentence(settled)}`,
    "",
    "| portal | plugin (s) | MiB/s | slower stage (MiB/s) | plugin / slower stage | page's own copy (MiB/s) | plugin / own copy | long animation frames of the plugin | longest (ms) | most plugin script in one frame (ms) | frames with > 50 ms of plugin script | long tasks > 50 ms |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const result of results) {
    const figures = frameFigures(result);
    const slower = result.stages ? Math.min(result.stages.download, result.stages.upload) : 0;
    const copy = result.stages?.copy ?? 0;
    const tasks = result.longTasks.filter((task) => task.seenFrom === "portal" && task.duration > 50);
    lines.push(
      `| ${PORTALS[result.portal].label} | ${result.seconds.toFixed(1)} | ${result.mibPerSecond.toFixed(1)} | ${slower.toFixed(1)} | ${slower > 0 ? (result.mibPerSecond / slower).toFixed(2) : "–"} | ${copy.toFixed(1)} | ${copy > 0 ? (result.mibPerSecond / copy).toFixed(2) : "–"} | ${result.loafSupported ? figures.attributed.length : "not supported"} | ${figures.longest.toFixed(0)} | ${figures.mostScript.toFixed(0)} | ${figures.scriptOver50} | ${tasks.length} |`,
    );
  }
  lines.push(
    "",
    "- Stages: the portal page alone downloads the file as 8 MiB ranged GETs read whole as Blobs, 4 at once, then uploads the same number of bytes as 8 MiB Blob appends into 4 upload sessions at once; the slower of the two is the most the plugin could reach. Targets: the plugin at ≥ 0.9 of the slower stage, and no long animation frame (> 50 ms) attributed to the plugin.",
    "- The page's own copy is the browser's counterpart of the Node benchmark's minimal client: 4 workers, each downloading an 8 MiB range as a Blob and appending it to its own upload session, so downloads and uploads overlap as in the plugin; no hashing, no verification. Here the browser, both emulators and the benchmark share the machine's cores, so a stage alone has CPU that the plugin, which downloads and uploads at once, must share: the own copy shows what overlapping both costs on this machine.",
    "- A long animation frame (Long Animation Frames API) is the plugin's when the plugin iframe's own observer saw it " +
      "(Chromium reports a task of the iframe alone only there) or when the portal page's observer saw a script of the bundle in it " +
      `(\`scripts[].sourceURL\` under \`${BUNDLE_PATH}\`); a frame both saw counts once. ` +
      "A frame also holds the portal's rendering and other tasks, so on a loaded machine a frame can pass 50 ms with little of the plugin in it; the column of frames with over 50 ms of the plugin's own script counts those the plugin alone made long.",
  );
  for (const result of results) {
    const figures = frameFigures(result);
    lines.push(
      `- ${PORTALS[result.portal].label}: ${figures.attributed.length === 0 ? "**met**" : "**not met**"}; ${figures.totalScript.toFixed(0)} ms of plugin script in long frames. ` +
        `Calibration: a deliberate 120 ms busy loop in the plugin iframe was seen as a ${result.calibrationTask.toFixed(0)} ms long task and a ${result.calibrationFrame.toFixed(0)} ms long animation frame. ` +
        (culprits(result).length > 0
          ? `The plugin's scripts in those frames, by total time: ${culprits(result).join("; ")}.`
          : ""),
    );
  }
  const withCpu = results.flatMap((result) =>
    result.cpu && result.stages ? [{ ...result, cpu: result.cpu, stages: result.stages }] : [],
  );
  if (withCpu.length > 0) {
    const processors = cpus().length;
    lines.push(
      "",
      `CPU time of the whole machine while each ran (every process: the browser, both emulators, the benchmark; from /proc/stat), CPU-seconds for the ${sizeMiB} MiB:`,
      "",
      `| portal | download stage alone | upload stage alone | both stages, added | page's own copy | plugin | a send costing both stages' CPU time, on these ${processors} CPUs (MiB/s) | 0.9 of the slower stage (MiB/s) |`,
      "|---|---|---|---|---|---|---|---|",
    );
    for (const { portal, cpu, stages } of withCpu) {
      const both = cpu.download + cpu.upload;
      lines.push(
        `| ${PORTALS[portal].label} | ${cpu.download.toFixed(2)} | ${cpu.upload.toFixed(2)} | ${both.toFixed(2)} | ${cpu.copy.toFixed(2)} | ${cpu.plugin.toFixed(2)} | ${((processors * Number(sizeMiB)) / both).toFixed(1)} | ${(0.9 * Math.min(stages.download, stages.upload)).toFixed(1)} |`,
      );
    }
    lines.push(
      "",
      `- A send moves the same bytes as the two stages together, through the same browser and emulators. At the CPU time of both, added, it cannot pass ${processors} × ${sizeMiB} MiB / (both stages, added) on ${processors} CPUs. The own copy does both stages' work at once and nothing more; its column shows how much doing both at once saves, if anything. Where that rate is below 0.9 of the slower stage, even a send that costs no more than both stages could not meet the target on this machine: the emulators' work, remote in production, is here on the same CPUs.`,
    );
  }
  const linked = results.filter((result) => result.link?.stages);
  if (linked.length > 0) {
    lines.push(
      "",
      `### On a link slower than the machine`,
      "",
      `| portal | link each way (MiB/s; ${LINK_LATENCY_MS} ms per request) | rounds | download stage | upload stage | plugin (MiB/s) | plugin / slower stage | long animation frames of the plugin (all rounds) | longest (ms) |`,
      "|---|---|---|---|---|---|---|---|---|",
    );
    for (const result of linked) {
      if (!result.link?.stages) continue;
      const { rate, rounds, stages, plugin, frames } = result.link;
      const { download, upload } = stages;
      const ours = pluginFrames(frames);
      lines.push(
        `| ${PORTALS[result.portal].label} | ${rate} | ${rounds} | ${download.toFixed(1)} | ${upload.toFixed(1)} | ${plugin.toFixed(1)} | ${(plugin / Math.min(download, upload)).toFixed(2)} | ${result.loafSupported ? ours.length : "not supported"} | ${Math.max(0, ...ours.map((frame) => frame.duration)).toFixed(0)} |`,
      );
    }
    lines.push(
      "",
      "- The same file again, in the same browser, with each emulator's bodies paced to the link's rate (the portal's downloads and Dropbox's uploads, every connection sharing it: `Link` in test/emulators/shared/link.ts), as a user's downlink and uplink are, " +
        `and ${LINK_LATENCY_MS} ms added to every request of both. ` +
        "The rate is well below what this machine reaches downloading and uploading at once (the own copy above), so the link, not the cores, is the slower part, as it usually is in production. " +
        "Each round times both stages alone and the plugin, in turn (stages first in odd rounds, the plugin first in even ones); the MiB/s are medians over the rounds. " +
        "Target for this run: the plugin at ≥ 0.9 of the slower stage.",
    );
    for (const result of linked) {
      if (!result.link?.stages) continue;
      const { download, upload } = result.link.stages;
      const ratio = result.link.plugin / Math.min(download, upload);
      lines.push(`- ${PORTALS[result.portal].label}: ${verdictOf(ratio >= 0.9)} (${ratio.toFixed(2)}).`);
    }
  }
  const withExtras = results.find((result) => result.hashing && result.bodyCost);
  if (withExtras?.hashing && withExtras.bodyCost) {
    const { hashing, bodyCost } = withExtras;
    lines.push(
      "",
      `SHA-256 for content hashes, 64 MiB in 4 MiB blocks in this Chromium: Web Crypto ${hashing.webcrypto.toFixed(0)} MiB/s (one 4 MiB \`digest\` holds the calling thread for the whole block: Chromium computes it synchronously); the pure-JavaScript @noble/hashes ${hashing.pureJs.toFixed(0)} MiB/s.`,
      "",
      `One \`fetch()\` call with an 8 MiB body costs the calling task ${bodyCost.u8.toFixed(0)} ms when the body is a Uint8Array and ${bodyCost.blob.toFixed(0)} ms when it is a Blob (making the Blob in one go: ${bodyCost.makeBlob.toFixed(0)} ms); median of 3. That is why the plugin hands the SDK Blob bodies: a large file's range as the Blob it arrived in (src/core/download.ts \`readRangeAsBlob\`).`,
    );
  }
  const section = lines.join("\n");
  console.log(section);
  if (!values["no-write"]) await writeBenchmarkRegion("browser", section);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
