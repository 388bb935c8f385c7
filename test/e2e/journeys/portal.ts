// Page actions for the journeys, in the words a user would use ("open the settings", "right-click
// Report.docx", "choose Send to Dropbox"). Every selector of the emulated portal and of the plugin's
// rendered UI lives here, so a changed label or test id is fixed in one place.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Frame, Locator, Page } from "playwright-core";

import type { DocSpaceEmulator, UserKind } from "../../emulators/docspace";
import { PLUGIN_NAME } from "../../support/stack";
import { FILE_ITEM_KEY, FOLDER_ITEM_KEY, ACCOUNT_ITEM_KEY } from "../../../src/plugin/ui/menu";
import { en } from "../../../src/plugin/i18n/locales/en";
import { LAN_HOST, embedderOf } from "./variants";

export { PLUGIN_NAME };
export const text = en;
export const SCREENSHOTS = path.resolve(__dirname, "../../../test-results/screenshots");

export interface Portal {
  /** The portal page; when it is framed, a view whose DOM calls go to the portal's frame. */
  page: Page;
  /** Uncaught errors in the portal page or the plugin iframe. */
  errors: string[];
}

/** Page members that act on the document: in a framed portal they go to the portal's frame. */
const FRAME_MEMBERS = new Set<string | symbol>([
  "$",
  "$$",
  "content",
  "evaluate",
  "evaluateHandle",
  "getByRole",
  "getByTestId",
  "getByText",
  "getByPlaceholder",
  "goto",
  "locator",
  "url",
  "waitForFunction",
  "waitForLoadState",
  "waitForSelector",
]);

/**
 * The portal inside the embedding page, seen as a Page: document calls go to the portal's frame,
 * everything else (keyboard, screenshots, the context, popups) to the top page. `reload` reloads
 * the portal's frame, as a user's F5 inside the embedded portal's own navigation would.
 */
function framedView(page: Page, frame: Frame): Page {
  return new Proxy(page, {
    get(target, property) {
      if (property === "reload")
        return async () => {
          await frame.goto(frame.url());
          return null;
        };
      const source: object = FRAME_MEMBERS.has(property) ? frame : target;
      const value: unknown = Reflect.get(source, property);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(source) : value;
    },
  });
}

/** Signs the context in as `kind` and opens `pagePath`, waiting until the host has loaded the plugins. */
export async function openPortal(
  context: BrowserContext,
  docspace: DocSpaceEmulator,
  kind: UserKind,
  pagePath = "/rooms/shared",
): Promise<Portal> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
  const embedder = embedderOf(docspace);
  if (!embedder) {
    await page.goto(docspace.signInUrl(kind, pagePath));
    await waitReady(page);
    return { page, errors };
  }
  await page.goto(`${embedder}/?src=${encodeURIComponent(docspace.signInUrl(kind, pagePath))}`);
  const frame = await (await page.locator("#docspace-frame").elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no portal frame in ${embedder}`);
  const view = framedView(page, frame);
  await waitReady(view);
  // The portal really is framed by another origin: its top window is not its own.
  const framed = await frame.evaluate(() => {
    try {
      return window.top !== window && window.top?.location.href === undefined;
    } catch {
      return true;
    }
  });
  if (!framed) throw new Error("the portal frame is not cross-origin to its top window");
  return { page: view, errors };
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__docspaceHost?.ready === true);
}

export function folderPath(id: number | string): string {
  return `/rooms/shared/filter?folder=${encodeURIComponent(String(id))}`;
}

/** Full page load of a folder (the plugin reloads too; a personal connection survives in localStorage). */
export async function gotoFolder(page: Page, id: number | string): Promise<void> {
  await page.goto(new URL(folderPath(id), page.url()).toString());
  await waitReady(page);
  await page.locator("[data-testid=files-page][data-loaded=true]").waitFor();
}

/** Polls a condition of the emulators (calls, files) until it holds, or fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the plugin's menu items are registered (it hides them until it is configured). */
export async function waitForSendItem(page: Page): Promise<void> {
  await page.waitForFunction(
    (key) => window.__docspaceHost?.menuKeys?.().includes(key) === true,
    FILE_ITEM_KEY,
  );
}

export function row(page: Page, title: string): Locator {
  return page.locator(`[data-testid=file-row][data-title="${title}"]`);
}

/** Right-clicks a row and waits for the context menu. */
export async function rightClick(page: Page, title: string): Promise<Locator> {
  await row(page, title).click({ button: "right" });
  const menu = page.getByTestId("context-menu");
  await menu.waitFor();
  return menu;
}

export function sendItem(page: Page): Locator {
  return page.locator(`[data-testid=menu-item-${FILE_ITEM_KEY}], [data-testid=menu-item-${FOLDER_ITEM_KEY}]`);
}

/** Chooses Send to Dropbox in the open context menu. */
export async function chooseSendToDropbox(page: Page): Promise<void> {
  await sendItem(page).click();
}

/** Number of toasts shown so far (the host's record, not the DOM: toasts fade after 5 s). */
export function toastCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__docspaceHost?.toasts.length ?? 0);
}

/** Waits for a toast after the first `after`, and returns it. */
export async function nextToast(
  page: Page,
  after: number,
  timeout = 60_000,
): Promise<{ type: string; title: string }> {
  const handle = await page.waitForFunction(
    (n) => {
      const toasts = window.__docspaceHost?.toasts ?? [];
      return toasts.length > n ? toasts[n] : undefined;
    },
    after,
    { timeout },
  );
  return (await handle.jsonValue()) as { type: string; title: string };
}

/**
 * Clicks the visible toasts away (the host removes a toast on click): they can cover buttons. A
 * toast that fades out on its own between the count and the click is gone just the same, so a
 * click that finds nothing is tried again only while a toast is still there.
 */
export async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.getByTestId("toast");
  for (let attempt = 0; (await toasts.count()) > 0; attempt += 1) {
    if (attempt === 20) throw new Error("toasts kept coming back after 20 clicks");
    await toasts
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  }
}

export async function lastToast(page: Page): Promise<{ type: string; title: string } | undefined> {
  return page.evaluate(() => window.__docspaceHost?.toasts.at(-1));
}

/** Right-click → Send to Dropbox → the first toast that follows. */
export async function sendAndWaitForToast(
  page: Page,
  title: string,
  timeout = 60_000,
): Promise<{ type: string; title: string }> {
  const before = await toastCount(page);
  await rightClick(page, title);
  await chooseSendToDropbox(page);
  return nextToast(page, before, timeout);
}

export function modal(page: Page): Locator {
  return page.getByTestId("plugin-modal");
}

export async function closeModal(page: Page): Promise<void> {
  await page.getByTestId("plugin-modal-close").click();
  await modal(page).waitFor({ state: "detached" });
}

/* ------------------------------------------------------------------ settings */

export async function openPluginsPage(page: Page): Promise<void> {
  await page.getByTestId("nav-plugins").click();
  await page.locator("[data-testid=plugins-page][data-loaded=true]").waitFor();
}

export function pluginRow(page: Page): Locator {
  return page.locator(`[data-testid=plugin-row][data-name=${PLUGIN_NAME}]`);
}

/**
 * Integration → Plugins → the gear on the plugin's card; waits for the panel's onLoad to have
 * settled, so nothing typed next races the panel's re-render with onLoad's result.
 */
export async function openSettings(page: Page): Promise<Locator> {
  await openPluginsPage(page);
  const aside = page.getByTestId("settings-aside");
  const label = page
    .locator("[data-testid=settings-aside][data-loaded=true]")
    .getByText(text["settings.appKey.label"]);
  // The emulated page lists the card from the server's list, possibly before it has loaded the
  // plugin, and until then the gear does nothing: click again, as a person would. A click that
  // opened the panel is not repeated (that would open it afresh): its onLoad is waited for.
  for (let attempt = 1; ; attempt += 1) {
    await pluginRow(page).getByTestId("plugin-settings-button").click();
    try {
      await aside.waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 6) throw error;
    }
  }
  await label.waitFor();
  return aside;
}

/**
 * Closes the settings panel with its cross. Toasts sit over the panel's top corner, where the
 * cross is: a click waits until they fade, so they are dismissed first, as a person would.
 */
export async function closeSettings(page: Page): Promise<void> {
  await dismissToasts(page);
  await page.getByTestId("settings-close").click();
}

export function inputByPlaceholder(scope: Locator, placeholder: string): Locator {
  return scope.locator(`input[placeholder="${placeholder}"]`);
}

export async function enterAppKey(aside: Locator, appKey: string): Promise<void> {
  await inputByPlaceholder(aside, text["settings.appKey.placeholder"]).fill(appKey);
}

/** Picks an option in the combo box currently showing `current`. */
export async function pick(scope: Locator, current: string, option: string): Promise<void> {
  // Found by its shown choice; a frame-independent walk, as the portal may sit in an iframe.
  const combos = scope.getByTestId("plugin-combobox");
  for (let index = 0; index < (await combos.count()); index += 1) {
    const combo = combos.nth(index);
    if ((await combo.getByTestId("plugin-combobox-selected").textContent()) !== current) continue;
    await combo.getByTestId("plugin-combobox-selected").click();
    await combo.getByTestId("plugin-combobox-option").getByText(option, { exact: true }).click();
    return;
  }
  throw new Error(`no combo box showing "${current}"`);
}

/**
 * The same URL on 127.0.0.1, for requests the test runner makes itself (Playwright's route.fetch
 * resolves names in Node, which knows nothing of Chromium's --host-resolver-rules).
 */
export function fromTestRunner(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname === LAN_HOST) parsed.hostname = "127.0.0.1";
  return parsed.toString();
}

/** Save, then the server's answer to the settings PUT. */
export async function saveSettings(page: Page): Promise<{ status: number; body: string }> {
  await dismissToasts(page);
  const before = await page.evaluate(() => window.__docspaceHost?.puts.length ?? 0);
  await page.getByTestId("settings-save").click();
  const handle = await page.waitForFunction((n) => window.__docspaceHost?.puts[n] ?? undefined, before);
  return (await handle.jsonValue()) as { status: number; body: string };
}

/* ------------------------------------------------------------------ connecting Dropbox */

/**
 * Drives "Open Dropbox" → the emulated authorize page in the new tab → Allow → copy the code →
 * paste it → Connect, inside `scope` (the settings panel or the connect dialog). Returns the
 * "Connected as …" text.
 */
export async function connectDropbox(page: Page, scope: Locator): Promise<string> {
  const popupPromise = page.context().waitForEvent("page");
  await scope.getByRole("button", { name: text["connect.openDropbox"], exact: true }).click();
  const popup = await popupPromise;
  await popup.waitForLoadState();
  // The bundle opened the real host name; Chromium's resolver rules took it to the emulator.
  const authorizeUrl = popup.url();
  await popup
    .locator("#allow")
    .click()
    .catch(async (error: unknown) => {
      const shown = await popup.content().catch(() => "(no content)");
      throw new Error(`no Allow button at ${authorizeUrl}:\n${shown.slice(0, 500)}`, { cause: error });
    });
  const code = await popup.locator("#auth-code").getAttribute("data-code");
  if (!code) throw new Error(`the authorize page at ${authorizeUrl} showed no code`);
  await popup.close();
  await inputByPlaceholder(scope, text["connect.codePlaceholder"]).fill(code);
  await scope.getByRole("button", { name: text["connect.connect"], exact: true }).click();
  const connected = scope.getByText(/^Connected as /);
  try {
    await connected.waitFor();
  } catch (error) {
    // Say what the plugin showed instead (a problem text, a toast), not only "timeout".
    await screenshot(page, "failed-connect");
    const shown = await scope.innerText().catch(() => "(gone)");
    const toasts = await page.evaluate(() => JSON.stringify(window.__docspaceHost?.toasts ?? []));
    throw new Error(`not connected; the panel shows:\n${shown}\ntoasts: ${toasts}`, { cause: error });
  }
  return (await connected.textContent()) ?? "";
}

/** The profile menu's "Dropbox connection" item. */
export async function openDropboxConnection(page: Page): Promise<Locator> {
  await page.getByTestId("current-user").click();
  await page.getByTestId(`profile-menu-item-${ACCOUNT_ITEM_KEY}`).click();
  const dialog = modal(page);
  await dialog.waitFor();
  return dialog;
}

/* ------------------------------------------------------------------ evidence */

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Personal-mode refresh tokens the plugin keeps in the portal origin's localStorage. */
export function storedTokens(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("send-to-dropbox:token:"))
      .map((key) => localStorage.getItem(key) ?? ""),
  );
}
