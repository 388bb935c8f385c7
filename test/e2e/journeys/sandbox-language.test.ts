// The sandbox header's language box sets the portal language as DocSpace's profile does (PUT
// people/{id}/culture, then the asc_language cookie) and reloads; the built plugin then speaks it
// on both hosts (4.0 hands it to setLanguage, 3.6 leaves the plugin to read the cookie), and the
// 4.0 plugin card shows the localized name while 3.6 shows the plugin's `name`.
import type { Browser, Page } from "playwright-core";

import { de } from "../../../src/plugin/i18n/locales/de";
import { startSandbox, type Sandbox } from "../../../scripts/sandbox";
import { launchBrowser } from "../../support/browser";
import {
  enterAppKey,
  gotoFolder,
  rightClick,
  saveSettings,
  sendItem,
  waitForSendItem,
  waitReady,
  PLUGIN_NAME,
  openSettings,
} from "./portal";

let sandbox: Sandbox | undefined;
let browser: Browser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
  await sandbox?.close();
  sandbox = undefined;
});

async function card(page: Page): Promise<string> {
  return (
    (await page
      .locator(`[data-testid=plugin-row][data-name=${PLUGIN_NAME}] [data-testid=plugin-title]`)
      .textContent()) ?? ""
  );
}

test.each([
  ["4.0", "Send to Dropbox", "An Dropbox senden"],
  ["3.6", PLUGIN_NAME, PLUGIN_NAME],
] as const)(
  "host %s: the language box switches the portal and the plugin to German",
  async (host, english, title) => {
    sandbox = await startSandbox({ build: false, docspacePort: 0, dropboxPort: 0, hostVersion: host });
    browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(sandbox.signInUrl);
    await waitReady(page);
    await page.locator(`[data-testid=plugin-row][data-name=${PLUGIN_NAME}]`).waitFor();
    await expect(card(page)).resolves.toBe(english);
    const aside = await openSettings(page);
    await enterAppKey(aside, "emulator-app-folder");
    expect((await saveSettings(page)).status).toBe(200);
    await expect(page.getByTestId("language-switch").inputValue()).resolves.toBe("en-US");

    await Promise.all([page.waitForEvent("load"), page.getByTestId("language-switch").selectOption("de")]);
    await waitReady(page);
    await expect(page.getByTestId("language-switch").inputValue()).resolves.toBe("de");
    const cookies = await page.context().cookies(sandbox.docspace.url);
    expect(cookies.find((c) => c.name === "asc_language")).toMatchObject({ value: "de", path: "/" });
    // The profile's culture changed on the server too, as the client's PUT does.
    const self = await page.evaluate(async () => {
      const res = await fetch("/api/2.0/people/@self", { credentials: "include" });
      return ((await res.json()) as { response: { cultureName: string } }).response.cultureName;
    });
    expect(self).toBe("de");
    await page.locator(`[data-testid=plugin-row][data-name=${PLUGIN_NAME}]`).waitFor();
    await expect(card(page)).resolves.toBe(title);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("de");

    await gotoFolder(page, sandbox.docspace.seed.rooms.project);
    await waitForSendItem(page);
    await rightClick(page, "Report.docx");
    await expect(sendItem(page).textContent()).resolves.toBe(de["menu.send"]);
    expect(errors).toEqual([]);
  },
  180_000,
);
