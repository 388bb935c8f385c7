// `npm run screenshots`: retakes the README's screenshots (docs/screenshots/) from the sandbox
// (`npm start`'s own startSandbox, each host in a fresh data directory) in a real headless
// Chromium (@sparticuz/chromium, or CHROMIUM_PATH), with the built dist/plugin.zip.
//
//   npm run screenshots                 builds first
//   npm run screenshots -- --no-build   uses dist/plugin.zip as it is
//
// The floating progress shot is taken on the 4.0 host only when the portal page shows a floating
// operations button: an element matching FLOATING_SELECTOR. Otherwise it says so and goes on.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { chromium, type Browser, type Page } from "playwright-core";

import {
  chooseSendToDropbox,
  closeModal,
  connectDropbox,
  enterAppKey,
  gotoFolder,
  modal,
  openDropboxConnection,
  pluginRow,
  rightClick,
  row,
  saveSettings,
  text,
  waitForSendItem,
  waitReady,
} from "../test/e2e/journeys/portal";
import { startSandbox, type Sandbox } from "./sandbox";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "docs", "screenshots");
/** The floating operations button on the 4.0 host page (test/emulators/docspace/host/runtime/floatingButton.ts). */
export const FLOATING_SELECTOR = ".floating-operations";
const VIEWPORT = { width: 1280, height: 800 };
const PROJECT = 100;
const BIG_FILES = 102;

async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const mod = (await import("@sparticuz/chromium")) as unknown as {
    default?: { executablePath(): Promise<string> };
    executablePath?: () => Promise<string>;
  };
  const found = mod.default ?? mod;
  if (!found.executablePath) throw new Error("no Chromium: run `npm ci` or set CHROMIUM_PATH");
  return found.executablePath();
}

async function shot(page: Page, name: string): Promise<void> {
  const file = path.join(OUT, `${name}.png`);
  // Toasts slide in for 0.3 s: let the page settle so the picture is not mid-animation.
  await page.waitForTimeout(400);
  await page.screenshot({ path: file });
  console.log(`  ${path.relative(ROOT, file)}`);
}

/** Signs in, configures the App-folder app key, connects Dropbox from the profile menu. */
async function setUp(browser: Browser, sandbox: Sandbox, settingsShot?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(sandbox.signInUrl);
  await waitReady(page);
  await pluginRow(page).getByTestId("plugin-settings-button").click();
  const aside = page.getByTestId("settings-aside");
  await aside.getByText(text["settings.appKey.label"]).waitFor();
  await enterAppKey(aside, "emulator-app-folder");
  if (settingsShot) await shot(page, settingsShot);
  const saved = await saveSettings(page);
  if (saved.status !== 200) throw new Error(`saving the settings answered ${saved.status}`);
  await waitForSendItem(page);
  const dialog = await openDropboxConnection(page);
  await connectDropbox(page, dialog);
  await closeModal(page);
  return page;
}

async function untilInDropbox(sandbox: Sandbox, suffix: string): Promise<void> {
  for (let i = 0; i < 1200; i += 1) {
    if (sandbox.dropbox.files().some((f) => f.pathDisplay.endsWith(suffix))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${suffix} never arrived in the emulated Dropbox`);
}

async function host36(browser: Browser, sandbox: Sandbox): Promise<void> {
  const page = await setUp(browser, sandbox, "settings-panel");
  await gotoFolder(page, PROJECT);
  await waitForSendItem(page);
  await rightClick(page, "Report.docx");
  await shot(page, "context-menu");
  await page.keyboard.press("Escape");

  // A folder sent: a connected user's send ends with its result.
  await rightClick(page, "Folder A");
  await chooseSendToDropbox(page);
  await untilInDropbox(sandbox, "/Folder A/Sub B/Deep C/deep.txt");
  await modal(page).waitFor({ timeout: 60_000 });
  await shot(page, "result-folder");
  await closeModal(page);

  // A large send on its way, asked again: the progress dialog; then cancelled. On 3.6 a file's row
  // is busy (its menu blocked) while it is sent, so the send is a folder's.
  const videos = sandbox.docspace.addFolder({ parentId: BIG_FILES, title: "Videos" }).id;
  sandbox.docspace.addFile({ folderId: videos, title: "Keynote.mp4", size: 1024 * 1024 * 1024 });
  await gotoFolder(page, BIG_FILES);
  await waitForSendItem(page);
  await rightClick(page, "Videos");
  await chooseSendToDropbox(page);
  for (
    let i = 0;
    i < 600 && (sandbox.dropbox.calls()["files/upload_session/append_v2"]?.count ?? 0) < 1;
    i += 1
  )
    await new Promise((resolve) => setTimeout(resolve, 100));
  await rightClick(page, "Videos");
  await chooseSendToDropbox(page);
  await modal(page).getByRole("button", { name: text["progress.cancel"], exact: true }).waitFor();
  await shot(page, "progress");
  await modal(page).getByRole("button", { name: text["progress.cancel"], exact: true }).click();
  await page.context().close();
}

async function host40(browser: Browser, sandbox: Sandbox): Promise<void> {
  const page = await setUp(browser, sandbox);
  await gotoFolder(page, PROJECT);
  await waitForSendItem(page);
  // Two files ticked and right-clicked: one job for both.
  await row(page, "Report.docx").getByTestId("row-checkbox").check();
  await row(page, "Budget 2025.xlsx").getByTestId("row-checkbox").check();
  await rightClick(page, "Budget 2025.xlsx");
  await shot(page, "host-4.0");
  await page.keyboard.press("Escape");

  // The floating operations button, when the host page has one.
  await gotoFolder(page, BIG_FILES);
  await waitForSendItem(page);
  await rightClick(page, "1GiB.mp4");
  await chooseSendToDropbox(page);
  const floating = page.locator(FLOATING_SELECTOR).first();
  const shown = await floating
    .waitFor({ state: "visible", timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  if (shown) {
    for (
      let i = 0;
      i < 600 && (sandbox.dropbox.calls()["files/upload_session/append_v2"]?.count ?? 0) < 1;
      i += 1
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    await shot(page, "floating-progress");
  } else {
    console.log(`  floating-progress: skipped, the 4.0 page shows no ${FLOATING_SELECTOR}`);
  }

  // The portal in German: the language box, as DocSpace's profile sets it.
  await gotoFolder(page, PROJECT);
  await Promise.all([page.waitForEvent("load"), page.getByTestId("language-switch").selectOption("de")]);
  await waitReady(page);
  await waitForSendItem(page);
  // The 4.0 card shows the localized name (nameLocale); the panel is the plugin's own German.
  await page.getByTestId("nav-plugins").click();
  await pluginRow(page).getByTestId("plugin-settings-button").click();
  await page.getByTestId("settings-aside").getByTestId("settings-save").waitFor();
  await page.waitForTimeout(500);
  await shot(page, "language-de");
  await page.context().close();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "no-build": { type: "boolean", default: false } } });
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  let built = values["no-build"];
  try {
    for (const [hostVersion, take] of [
      ["3.6", host36],
      ["4.0", host40],
    ] as const) {
      const dataDir = mkdtempSync(path.join(tmpdir(), "sandbox-shots-"));
      const sandbox = await startSandbox({
        hostVersion,
        docspacePort: 0,
        dropboxPort: 0,
        build: !built,
        dataDir,
      });
      built = true;
      console.log(`DocSpace ${hostVersion}:`);
      try {
        await take(browser, sandbox);
      } finally {
        await sandbox.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
