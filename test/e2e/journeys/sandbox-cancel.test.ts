// `npm start`, then a large send cancelled three times in a row, in real Chromium with the built
// plugin: each Cancel aborts the portal's download stream and the Dropbox upload mid-transfer.
// Afterwards the sandbox process is still running and still serves every page: the portal, the
// plugin's files, the emulated Dropbox page and both REST APIs, and a new send still completes.
import { Dropbox } from "dropbox";
import type { Browser, Page } from "playwright-core";

import { rewriteDropboxFetch } from "../../emulators/dropbox";
import { launchBrowser } from "../../support/browser";
import { startSandboxProcess, type SandboxProcess } from "../../support/sandbox-process";
import {
  chooseSendToDropbox,
  closeModal,
  connectDropbox,
  enterAppKey,
  gotoFolder,
  nextToast,
  openDropboxConnection,
  rightClick,
  saveSettings,
  screenshot,
  text,
  toastCount,
  waitForSendItem,
  waitReady,
  PLUGIN_NAME,
  openSettings,
} from "./portal";

const BIG_FILES = 102;
const PROJECT = 100;
const BIG = "5GiB.zip";

let sandbox: SandboxProcess;
let browser: Browser;
let page: Page;

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

/** The owner's API key, as the banner prints it. */
function apiKey(): string {
  const key = /owner's API key is (sk-\S+)/.exec(sandbox.output())?.[1];
  if (!key) throw new Error(`no API key in the banner:\n${sandbox.output()}`);
  return key;
}

function dropboxOrigin(): string {
  return new URL(sandbox.dropboxPage).origin;
}

async function calls(route: string): Promise<number> {
  const response = await fetch(`${dropboxOrigin()}/__emulator/calls`);
  const all = (await response.json()) as Record<string, { count?: number }>;
  return all[route]?.count ?? 0;
}

async function dropboxPaths(): Promise<string[]> {
  const response = await fetch(`${dropboxOrigin()}/__emulator/files`);
  return ((await response.json()) as { path: string }[]).map((f) => f.path);
}

async function until(condition: () => Promise<boolean>, what: string, limitMs = 120_000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > limitMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test("three cancels of a large send in a row, then every page and API still answers", async () => {
  // The 4.0 host: its floating operations button's Cancel reaches a running file's send (on 3.6 the
  // file's row is busy, its menu blocked, while it is sent).
  sandbox = await startSandboxProcess({ host: "4.0" });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto(sandbox.signInUrl);
  await waitReady(page);
  const aside = await openSettings(page);
  await enterAppKey(aside, "emulator-app-folder");
  expect((await saveSettings(page)).status).toBe(200);
  await waitForSendItem(page);
  const connection = await openDropboxConnection(page);
  await connectDropbox(page, connection);
  await closeModal(page);

  await gotoFolder(page, BIG_FILES);
  await waitForSendItem(page);
  for (let round = 1; round <= 3; round += 1) {
    const appends = await calls("files/upload_session/append_v2");
    const before = await toastCount(page);
    await rightClick(page, BIG);
    await chooseSendToDropbox(page);
    // Bytes are flowing: both streams are open when Cancel comes.
    await until(
      async () => (await calls("files/upload_session/append_v2")) > appends,
      `an upload append in round ${round}`,
    );
    await page.getByTestId("floating-operations-cancel").click();
    // The pointer leaves the button: a hovered button never hides (the emulator's floatingButton.ts).
    await page.mouse.move(0, 0);
    // The job's own outcome: "Cancelling…" first, then the cancelled result.
    let outcome = await nextToast(page, before, 120_000);
    if (outcome.title === text["progress.cancelling"]) outcome = await nextToast(page, before + 1, 120_000);
    expect(outcome).toEqual({ type: "info", title: text["error.cancelled"] });
    // The portal hides the finished button by itself before the next round.
    await page.getByTestId("floating-operations").waitFor({ state: "detached", timeout: 30_000 });
    expect(sandbox.child.exitCode).toBeNull();
  }
  await screenshot(page, "sandbox-after-three-cancels");
  // The toasts fade by themselves (the host's record keeps them).
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=toast]").length === 0, null, {
    timeout: 60_000,
  });
  expect(await toastCount(page)).toBeGreaterThanOrEqual(3);
  // Nothing partial was committed.
  expect((await dropboxPaths()).filter((p) => p.includes(BIG))).toEqual([]);

  // Every page: the portal's pages, the plugin's files, the emulated Dropbox page.
  await gotoFolder(page, PROJECT);
  await waitForSendItem(page);
  await page.goto(new URL("/portal-settings/integration/plugins", sandbox.portal).toString());
  await waitReady(page);
  await page.locator(`[data-testid=plugin-row][data-name=${PLUGIN_NAME}]`).waitFor();
  const auth = { Authorization: `Bearer ${apiKey()}` };
  const plugins = (await (
    await fetch(`${sandbox.portal}/api/2.0/settings/webplugins`, { headers: auth })
  ).json()) as {
    response: { name: string; url: string }[];
  };
  const ours = plugins.response.find((p) => p.name === PLUGIN_NAME);
  expect(ours).toBeDefined();
  const script = await fetch(new URL(ours?.url ?? "/", sandbox.portal));
  expect(script.status).toBe(200);
  expect((await script.text()).length).toBeGreaterThan(1000);
  const listing = await fetch(sandbox.dropboxPage);
  expect(listing.status).toBe(200);
  await expect(listing.text()).resolves.toContain("Emulated Dropbox");
  // Both APIs: DocSpace REST with the banner's key, Dropbox through the real SDK.
  const room = await fetch(`${sandbox.portal}/api/2.0/files/${String(BIG_FILES)}`, { headers: auth });
  expect(room.status).toBe(200);
  const issued = (await (
    await fetch(`${dropboxOrigin()}/__emulator/tokens`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ appKey: "emulator-app" }),
    })
  ).json()) as { accessToken: string };
  const dbx = new Dropbox({ accessToken: issued.accessToken, fetch: rewriteDropboxFetch(dropboxOrigin()) });
  await expect(dbx.usersGetCurrentAccount()).resolves.toMatchObject({ status: 200 });

  // And a send still goes through end to end.
  await gotoFolder(page, PROJECT);
  await waitForSendItem(page);
  await rightClick(page, "Report.docx");
  await chooseSendToDropbox(page);
  await until(
    async () => (await dropboxPaths()).some((p) => p.toLowerCase() === "/apps/send to dropbox/report.docx"),
    "Report.docx in the emulated Dropbox",
  );

  expect(sandbox.child.exitCode).toBeNull();
  expect(sandbox.output()).not.toMatch(/ERR_STREAM|Unhandled|uncaught|EPIPE|ECONNRESET/iu);
  expect(errors).toEqual([]);
  await expect(sandbox.stop()).resolves.toMatch(/^(0|SIGINT)$/);
}, 420_000);
