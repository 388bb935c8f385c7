// The core's specs in a real headless Chromium ("the same core specs pass in Node and in
// a real headless browser"): the unchanged core is bundled with webpack, served on the DocSpace
// emulator's origin (plugin mode: same origin, session cookie) and talks to the Dropbox emulator
// across origins (CORS), with the same fault matrix as faults.test.ts.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import webpack from "webpack";
import type { ExportItem, TransferOptions } from "../../../src/core";
import { launchBrowser } from "../../support/browser";
import { DEFAULT_APP_KEY } from "../../emulators/dropbox";
import type { BrowserRun, TokenRun } from "./browser/entry";
import { FAULT_CASES, LARGE, SESSION_OPTIONS, expectOutcome } from "./fault-cases";
import { startHarness, FAST_RETRIES, type Harness } from "./harness";
import type { ExportSummary } from "./summary";

let harness: Harness;
let browser: Browser;
let page: Page;
let folderId: number | string;
let counter = 0;
let bundle = "";
/** Browser console errors (CORS refusals show up only there). */
const consoleErrors: string[] = [];

async function buildBundle(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "core-browser-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: resolve(__dirname, "browser/entry.ts"),
    output: { path: outDir, filename: "core.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { configFile: resolve(__dirname, "../../../tsconfig.build.json"), transpileOnly: true },
        },
      ],
    },
    performance: { hints: false },
  });
  await new Promise<void>((done, fail) =>
    compiler.run((error, stats) => {
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString("errors-only")));
      else compiler.close(() => done());
    }),
  );
  const code = readFileSync(join(outDir, "core.js"), "utf8");
  rmSync(outDir, { recursive: true, force: true });
  return code;
}

beforeAll(async () => {
  [harness, bundle] = await Promise.all([startHarness(), buildBundle()]);
  folderId = harness.docspace.addFolder({
    parentId: harness.docspace.seed.rooms.project,
    title: "Browser",
  }).id;
  browser = await launchBrowser();
  // The real Dropbox hosts are public; only the emulator sits on loopback, which Chromium's Local
  // Network Access checks would otherwise refuse to a page from another port.
  const context = await browser.newContext({ permissions: ["local-network-access"] });
  page = await context.newPage();
  // Served on the portal's own origin, as the plugin bundle is.
  await page.route(
    (url) => url.pathname.startsWith("/__core__/"),
    (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path.endsWith(".js")) return route.fulfill({ body: bundle, contentType: "text/javascript" });
      return route.fulfill({
        body: '<!doctype html><script src="/__core__/core.js"></script>',
        contentType: "text/html",
      });
    },
  );
  const problems: string[] = consoleErrors;
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  // Sign in (sets the session cookie), then open the page; routes do not see redirected requests.
  await page.goto(harness.docspace.signInUrl("owner", "/"));
  await page.goto(`${harness.docspace.url}/__core__/index.html`);
  await page
    .waitForFunction(() => "coreSpec" in globalThis, undefined, { timeout: 10_000 })
    .catch(() => {
      throw new Error(`the core bundle did not start: ${problems.join("; ")}`);
    });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});
afterEach(async () => {
  consoleErrors.length = 0;
  harness.docspace.faults.clear();
  await harness.dropbox.reset();
  harness.dropbox.setQuota(2 * 1024 ** 4);
  await harness.reconnect();
});

async function runInBrowser(items: ExportItem[], options: TransferOptions): Promise<ExportSummary> {
  const credentials = await harness.store.load();
  if (!credentials) throw new Error("no credentials");
  const input: BrowserRun = {
    dropboxUrl: harness.dropbox.url,
    credentials,
    items,
    options: { ...FAST_RETRIES, ...options },
  };
  return page.evaluate(
    (run) =>
      (
        globalThis as unknown as { coreSpec: { run(input: BrowserRun): Promise<ExportSummary> } }
      ).coreSpec.run(run),
    input,
  );
}

test.each([
  ["0 B", 0],
  ["1 KiB", 1024],
  ["12 MiB + 123 B, parallel chunks", LARGE],
])("in the browser, %s arrives byte-identical", async (label, size) => {
  const file = harness.docspace.addFile({ folderId, title: `browser ${label}.bin`, size });
  const summary = await runInBrowser([{ type: "file", id: file.id }], {
    destinationFolder: "/B",
    ...SESSION_OPTIONS,
  });
  expect([summary.files[0]?.errorMessage, ...consoleErrors]).toEqual([undefined]);
  expect(summary.files[0]).toMatchObject({
    status: "done",
    contentHash: harness.docspace.content.dropboxContentHash(file.id),
  });
  const stored = harness.dropbox.files();
  expect(stored.map((entry) => [entry.pathDisplay, entry.contentHash])).toEqual([
    [`/B/browser ${label}.bin`, harness.docspace.content.dropboxContentHash(file.id)],
  ]);
});

test("in the browser, a folder of 150 entries is listed across pages and committed in batches", async () => {
  const { over100 } = harness.docspace.seed.folders;
  const summary = await runInBrowser([{ type: "folder", id: over100 }], {});
  expect(summary.files.filter((file) => file.status === "done")).toHaveLength(150);
  expect(harness.dropbox.files()).toHaveLength(150);
});

test.each(FAULT_CASES.map((testCase) => [testCase.name, testCase] as const))(
  "in the browser, %s",
  async (_name, testCase) => {
    counter += 1;
    const sources = Array.from({ length: testCase.files ?? 1 }, (_, index) =>
      harness.docspace.addFile({
        folderId,
        title: `browser case ${counter} file ${index}.bin`,
        size: testCase.size,
      }),
    );
    const first = sources[0];
    if (!first) throw new Error("no file");
    testCase.inject(harness, first.id);
    const summary = await runInBrowser(
      sources.map((file) => ({ type: "file" as const, id: file.id })),
      { destinationFolder: "/BF", ...SESSION_OPTIONS, ...testCase.options },
    );
    expectOutcome(harness, testCase, sources, summary, "/BF");
  },
);

test("in the browser, a failing token endpoint shows no token in the console, the network log or any URL", async () => {
  const stored = await harness.store.load();
  if (stored?.kind !== "refresh-token") throw new Error("no refresh token");
  const secrets = [stored.refreshToken, "the-pasted-code-123", "v".repeat(64)];
  // Everything Chromium would show a user who opens the developer tools.
  const shown: string[] = [];
  const onConsole = (message: { text(): string; location(): { url: string } }): void => {
    shown.push(message.text(), message.location().url);
  };
  const onRequest = (request: { url(): string }): void => {
    shown.push(request.url());
  };
  const onFailed = (request: { url(): string; failure(): { errorText: string } | null }): void => {
    shown.push(request.url(), request.failure()?.errorText ?? "");
  };
  const onResponse = (response: { url(): string; statusText(): string }): void => {
    shown.push(response.url(), response.statusText());
  };
  page.on("console", onConsole);
  page.on("request", onRequest);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  harness.dropbox.addFault({ kind: "status", route: "oauth2/token", status: 500, times: 0 });
  try {
    const input: TokenRun = {
      dropboxUrl: harness.dropbox.url,
      options: { ...FAST_RETRIES, maxAttempts: 2 },
      credentials: { ...stored, accessToken: "sl.stale", accessTokenExpiresAt: 0 },
      appKey: DEFAULT_APP_KEY,
      code: secrets[1] ?? "",
      verifier: secrets[2] ?? "",
    };
    const outcome = await page.evaluate(
      (run) =>
        (
          globalThis as unknown as {
            coreSpec: { tokens(input: TokenRun): Promise<{ refresh: string; exchange: string }> };
          }
        ).coreSpec.tokens(run),
      input,
    );
    // Both requests reached the failing endpoint and failed as a server failure.
    expect(outcome).toEqual({ refresh: "server", exchange: "server" });
    expect(shown.some((text) => text.includes("/oauth2/token"))).toBe(true);
    // Chromium logs every failed load with its URL ("Failed to load resource: … 500").
    expect(consoleErrors.some((text) => /500/u.test(text))).toBe(true);
    shown.push(...consoleErrors, page.url());
    for (const secret of secrets) {
      expect(
        shown.filter((text) => text.includes(secret) || text.includes(encodeURIComponent(secret))),
      ).toEqual([]);
    }
  } finally {
    page.off("console", onConsole);
    page.off("request", onRequest);
    page.off("requestfailed", onFailed);
    page.off("response", onResponse);
    harness.dropbox.faults.clear();
  }
});
