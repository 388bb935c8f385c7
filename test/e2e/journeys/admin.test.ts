// The admin's journey in a real Chromium: upload dist/plugin.zip on Integration → Plugins, enable
// it, configure it, and connect Dropbox in each mode through the emulated authorize page, which the
// bundle opens at its real address (www.dropbox.com, resolved to the emulator).
import type { BrowserContext, Page } from "playwright-core";

import { SETTINGS_MAX_LENGTH, decodeSettings } from "../../../src/plugin/settings/codec";
import { builtPlugin, type Stack } from "../../support/stack";
import {
  closeSettings,
  PLUGIN_NAME,
  connectDropbox,
  enterAppKey,
  openDropboxConnection,
  openPluginsPage,
  openPortal,
  openSettings,
  pick,
  pluginRow,
  saveSettings,
  screenshot,
  storedTokens,
  text,
  waitForSendItem,
  waitReady,
} from "./portal";
import { portalVariants, startVariantStack } from "./variants";

describe.each(portalVariants())("$name", (variant) => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    stack = await startVariantStack(variant, { installPlugin: false });
    context = await stack.newContext();
    ({ page, errors } = await openPortal(context, stack.docspace, "owner"));
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  function stored(): string {
    return stack.docspace.plugins.get(PLUGIN_NAME)?.settings ?? "";
  }

  describe("admin journey", () => {
    test("uploads the zip on Integration → Plugins; it loads at once", async () => {
      await openPluginsPage(page);
      await page.getByTestId("plugin-upload-input").setInputFiles({
        name: "plugin.zip",
        mimeType: "application/zip",
        buffer: Buffer.from(builtPlugin()),
      });
      await pluginRow(page).waitFor();
      await page.waitForFunction((name) => window.__docspaceHost?.plugin?.(name) !== undefined, PLUGIN_NAME);
      expect(stack.docspace.plugins.get(PLUGIN_NAME)?.enabled).toBe(true);
      // Upload adds the manifest's cspDomains to the portal's CSP.
      expect(stack.docspace.plugins.cspDomains()).toEqual(
        expect.arrayContaining(["https://api.dropboxapi.com", "https://content.dropboxapi.com"]),
      );
    });

    test("switching it off and on leaves it enabled", async () => {
      const toggle = pluginRow(page).getByTestId("plugin-toggle");
      await toggle.click();
      await page.locator(`[data-testid=plugin-row][data-name=${PLUGIN_NAME}][data-enabled=false]`).waitFor();
      await pluginRow(page).getByTestId("plugin-toggle").click();
      await page.locator(`[data-testid=plugin-row][data-name=${PLUGIN_NAME}][data-enabled=true]`).waitFor();
      expect(stack.docspace.plugins.get(PLUGIN_NAME)?.enabled).toBe(true);
      // The portal's CSP is sent with each page load (nginx adds it to HTML GETs): without a reload the new
      // Dropbox domains are not allowed yet, so the admin reloads, as the README says.
      await page.reload();
      await waitReady(page);
    });

    test("personal mode: app key and folder saved, no token in the stored settings", async () => {
      const aside = await openSettings(page);
      await enterAppKey(aside, "emulator-app-folder");
      await aside.locator(`input[placeholder="${text["settings.folder.placeholder"]}"]`).fill("/DocSpace");
      await screenshot(page, "settings-panel");
      const put = await saveSettings(page);
      expect(put.status).toBe(200);
      await waitForSendItem(page);

      // Then the admin connects their own Dropbox from the profile menu.
      const dialog = await openDropboxConnection(page);
      await expect(connectDropbox(page, dialog)).resolves.toBe(
        "Connected as Emulated User (user@example.com)",
      );
      await screenshot(page, "connected");
      await page.getByTestId("plugin-modal-close").click();

      const value = stored();
      expect(value.length).toBeLessThanOrEqual(SETTINGS_MAX_LENGTH);
      expect(decodeSettings(value)).toMatchObject({
        appKey: "emulator-app-folder",
        mode: "personal",
        folder: "/DocSpace",
        credential: null,
      });
      const tokens = await storedTokens(page);
      expect(tokens).toHaveLength(1);
      for (const token of tokens) expect(value).not.toContain(token);
      expect(value).not.toMatch(/sl\.|refresh/i);
    });

    test("shared mode: the admin connects the portal's account in the panel and saves", async () => {
      const aside = await openSettings(page);
      await pick(aside, text["settings.mode.personal"], text["settings.mode.shared"]);
      await aside.getByText(text["settings.mode.sharedWarning"]).waitFor();
      await expect(connectDropbox(page, aside)).resolves.toBe(
        "Connected as Emulated User (user@example.com)",
      );
      await screenshot(page, "settings-shared");
      const put = await saveSettings(page);
      expect(put.status).toBe(200);
      const value = stored();
      expect(value.length).toBeLessThanOrEqual(SETTINGS_MAX_LENGTH);
      const decoded = decodeSettings(value);
      expect(decoded).toMatchObject({ mode: "shared", appKey: "emulator-app-folder", folder: "/DocSpace" });
      expect(decoded.credential?.type).toBe("refresh");
      // The host hands the new settings to the plugin: the panel reopens connected.
      const reopened = await openSettings(page);
      await reopened.getByText(/^Connected as /).waitFor();
      await closeSettings(page);
    });

    test("no uncaught errors in the portal or the plugin", () => {
      expect(errors).toEqual([]);
    });
  });
});
