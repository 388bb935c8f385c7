import type { Browser, BrowserContext, Page } from "playwright-core";

import type { DocSpaceEmulator, UserKind } from "../../emulators/docspace";

export interface HostPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and unhandled rejections, as the browser reported them. */
  errors: string[];
}

/** Signs in as `user` and opens `path` on the portal, waiting for the page and the plugin list. */
export async function openHost(
  browser: Browser,
  emu: DocSpaceEmulator,
  user: UserKind,
  path: string,
): Promise<HostPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
  await page.goto(emu.signInUrl(user, path));
  await page.waitForFunction(() => window.__docspaceHost?.ready === true);
  return { page, context, errors };
}

export function folderPath(id: number | string): string {
  return `/rooms/shared/filter?folder=${encodeURIComponent(String(id))}`;
}

/** A value the plugin stored on its own window (the hidden plugin iframe). */
export function pluginGlobal<T>(page: Page, name: string): Promise<T> {
  return page.evaluate((key) => {
    const frame = document.getElementById("plugin-iframe");
    if (!(frame instanceof HTMLIFrameElement) || !frame.contentWindow) throw new Error("no plugin iframe");
    return (frame.contentWindow as unknown as Record<string, unknown>)[key];
  }, name) as Promise<T>;
}

export async function waitForMenuKey(page: Page, key: string): Promise<void> {
  await page.waitForFunction((k) => window.__docspaceHost?.menuKeys?.().includes(k) === true, key);
}

/** Opens the context menu of the row titled `title` and returns the top-level labels and all item keys. */
export async function menuFor(page: Page, title: string): Promise<{ labels: string[]; keys: string[] }> {
  await page.locator(`[data-testid=file-row][data-title="${title}"]`).click({ button: "right" });
  const menu = page.getByTestId("context-menu");
  await menu.waitFor();
  const labels = await menu.locator(":scope > li > span").allTextContents();
  const keys = await menu
    .locator("li")
    .evaluateAll((items) =>
      items.map((li) => (li as HTMLElement).dataset.testid?.replace(/^menu-item-/, "") ?? ""),
    );
  return { labels, keys };
}

export async function closeMenu(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
}
