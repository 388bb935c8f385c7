// Settings that never lie and results in the user's terms, in a real Chromium with the built
// dist/plugin.zip on both host versions: the settings panel keeps Save disabled, with the reason,
// while the app key, the folder or the 255-character budget is wrong (the portal closes the panel
// on Save whatever the plugin answers, so a refusal there would lose what was typed); results say
// where the file is in the user's Dropbox (inside the app's folder under Apps), whose Dropbox in
// shared mode, and why names changed; a selection with an item the user may not download offers
// to send the others.
import type { BrowserContext, Locator, Page } from "playwright-core";

import { SEED } from "../../emulators/docspace";
import { decodeSettings } from "../../../src/plugin/settings/codec";
import { configurePlugin, type Stack } from "../../support/stack";
import {
  closeSettings,
  PLUGIN_NAME,
  dismissToasts,
  enterAppKey,
  folderPath,
  gotoFolder,
  inputByPlaceholder,
  modal,
  nextToast,
  openPortal,
  openSettings,
  rightClick,
  row,
  saveSettings,
  screenshot,
  sendItem,
  text,
  toastCount,
  waitForSendItem,
  waitFor,
} from "./portal";
import { portalVariants, startVariantStack } from "./variants";

const APP_FOLDER_KEY = "emulator-app-folder";
/** Where the emulator keeps the App-folder app's files (its folder under Apps). */
const APP_ROOT = "/Apps/Send to Dropbox";

describe.each(portalVariants())("$name", (variant) => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  function stored(): string {
    return stack.docspace.plugins.get(PLUGIN_NAME)?.settings ?? "";
  }

  function inDropbox(pathDisplay: string): boolean {
    return stack.dropbox.files().some((file) => file.pathDisplay === pathDisplay);
  }

  beforeAll(async () => {
    stack = await startVariantStack(variant);
    const { refreshToken } = stack.dropbox.issueTokens({ appKey: APP_FOLDER_KEY });
    if (!refreshToken) throw new Error("the emulator issued no refresh token");
    configurePlugin(stack, {
      appKey: APP_FOLDER_KEY,
      mode: "shared",
      credential: { type: "refresh", token: refreshToken },
      folder: "/DocSpace",
    });
    const { id } = stack.docspace.addFolder({ parentId: SEED.rooms.project, title: "Renames" });
    stack.docspace.addFile({ folderId: id, title: "a\\b.txt", size: 10 });
    stack.docspace.addFile({ folderId: id, title: "Notes.txt", size: 11 });
    stack.docspace.addFile({ folderId: id, title: "notes.txt", size: 12 });
    // Decomposed "é" (as a macOS paste gives it): only its Unicode normalisation changes.
    stack.docspace.addFile({ folderId: id, title: "Cafe\u0301 menu.txt", size: 13 });
    context = await stack.newContext();
    ({ page, errors } = await openPortal(context, stack.docspace, "owner", folderPath(SEED.rooms.project)));
    await waitForSendItem(page);
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  describe("settings", () => {
    let aside: Locator;
    const save = () => page.getByTestId("settings-save");
    const folderInput = () => inputByPlaceholder(aside, text["settings.folder.placeholder"]);

    test("an app key with a stray character keeps Save disabled with the reason; fixed, everything typed is saved", async () => {
      aside = await openSettings(page);
      await aside.getByText(/^Connected as /).waitFor();
      await expect(save().isDisabled()).resolves.toBe(false);
      await enterAppKey(aside, "wrong key!");
      await aside
        .getByText("A Dropbox app key has only letters, digits, “-” and “_”. Remove U+0020 “!”.")
        .waitFor();
      await aside.getByText(text["settings.saveBlocked"]).waitFor();
      await expect(save().isDisabled()).resolves.toBe(true);
      // Shown as typed, never reduced.
      await expect(inputByPlaceholder(aside, text["settings.appKey.placeholder"]).inputValue()).resolves.toBe(
        "wrong key!",
      );
      // A leading slash is added, not demanded.
      await folderInput().fill("Backups/2025");
      await aside.getByText("Will be saved as /Backups/2025").waitFor();
      await screenshot(page, "settings-invalid-key");
      await enterAppKey(aside, APP_FOLDER_KEY);
      await aside.getByText(text["settings.appKey.checkedLater"]).waitFor();
      await expect(save().isDisabled()).resolves.toBe(false);
      await expect(aside.getByText(text["settings.saveBlocked"]).count()).resolves.toBe(0);
      const put = await saveSettings(page);
      expect(put.status).toBe(200);
      // Nothing lost: the folder typed while the key was wrong, and the shared connection.
      const saved = decodeSettings(stored());
      expect(saved).toMatchObject({ appKey: APP_FOLDER_KEY, mode: "shared", folder: "/Backups/2025" });
      expect(saved.credential?.type).toBe("refresh");
    });

    test("a folder Dropbox refuses or one over the 255-character budget keeps Save disabled, with the reason", async () => {
      const before = stored();
      aside = await openSettings(page);
      await folderInput().fill("/Reports: 2025");
      await aside.getByText(text["settings.folder.unsafeCharacter"]).waitFor();
      await expect(save().isDisabled()).resolves.toBe(true);
      await folderInput().fill(`/${"a".repeat(200)}/${"b".repeat(200)}`);
      await aside
        .getByText(/^Too long: these settings need \d+ characters and DocSpace stores at most 255\./u)
        .waitFor();
      await expect(save().isDisabled()).resolves.toBe(true);
      await screenshot(page, "settings-over-budget");
      await folderInput().fill("/Backups/2025");
      await aside.getByText(/^\d+ characters of 255 left for these settings\.$/u).waitFor();
      await expect(save().isDisabled()).resolves.toBe(false);
      await closeSettings(page);
      expect(stored()).toBe(before);
    });
  });

  describe("results", () => {
    beforeAll(async () => {
      await gotoFolder(page, SEED.rooms.project);
      await waitForSendItem(page);
    });

    test("a sent file is named where the user finds it: inside the app's folder under Apps, and whose Dropbox", async () => {
      await dismissToasts(page);
      const before = await toastCount(page);
      await rightClick(page, "Report.docx");
      await sendItem(page).click();
      await expect(nextToast(page, before)).resolves.toEqual({
        type: "success",
        title: "Sent to Dropbox: /Backups/2025/Report.docx inside this app's folder in Dropbox (under Apps)",
      });
      await expect(nextToast(page, before + 1)).resolves.toEqual({
        type: "info",
        title: "Dropbox account: Emulated User",
      });
      expect(inDropbox(`${APP_ROOT}/Backups/2025/Report.docx`)).toBe(true);
    });

    test("renames are listed with their reasons; a change of Unicode normalisation only is not", async () => {
      const before = await toastCount(page);
      await rightClick(page, "Renames");
      await sendItem(page).click();
      await nextToast(page, before);
      const dialog = modal(page);
      await dialog.waitFor();
      const lines = (await dialog.innerText()).split("\n").map((line) => line.trim());
      await screenshot(page, "rename-reasons");
      expect(lines).toContain(
        "4 of 4 files sent to /Backups/2025/Renames inside this app's folder in Dropbox (under Apps).",
      );
      expect(lines).toContain("Dropbox account: Emulated User");
      expect(lines).toContain("2 files renamed for Dropbox:");
      expect(lines).toContain(
        "Renames/a\\b.txt → /Backups/2025/Renames/a_b.txt: Dropbox does not accept “/”, “\\” and some control characters in names",
      );
      expect(
        lines.some((line) =>
          /^Renames\/notes\.txt → \/Backups\/2025\/Renames\/notes \(2\)\.txt: another item in this send has the same name/iu.test(
            line,
          ),
        ),
      ).toBe(true);
      expect(lines.some((line) => line.includes("Caf"))).toBe(false);
      expect(inDropbox(`${APP_ROOT}/Backups/2025/Renames/Café menu.txt`)).toBe(true);
      await page.getByTestId("plugin-modal-close").click();
      await dialog.waitFor({ state: "detached" });
    });

    test("a selection with an item the user may not download offers to send the others", async () => {
      const check = (title: string) => row(page, title).locator("[data-testid=row-checkbox]").check();
      // A click selects only that row; the checkboxes add to the selection.
      await row(page, "notes.txt").click();
      await check("notes.txt");
      await check("Secret Plan.docx");
      const menu = await rightClick(page, "notes.txt");
      const keys = await menu.locator("li").evaluateAll((items) => items.map((li) => li.dataset.testid));
      if (variant.hostVersion === "3.6") {
        // DocSpace 3.6 has no plugin items in the group menu at all.
        expect(keys).not.toContain("menu-item-send-to-dropbox-files");
        await page.keyboard.press("Escape");
        await row(page, "notes.txt").click();
        return;
      }
      await page.getByTestId("menu-item-send-to-dropbox-files").click();
      const dialog = modal(page);
      await dialog.getByText(text["mixed.title"]).waitFor();
      await dialog.getByText(text["mixed.intro"]).waitFor();
      await dialog.getByText("• Secret Plan.docx").waitFor();
      await screenshot(page, "mixed-selection");
      const before = await toastCount(page);
      await dialog.getByRole("button", { name: "Send the other 1 item", exact: true }).click();
      await expect(nextToast(page, before)).resolves.toEqual({
        type: "info",
        title: text["send.background"],
      });
      await dialog.waitFor({ state: "detached" });
      // The other file arrives; the left-out one never does.
      await waitFor(() => inDropbox(`${APP_ROOT}/Backups/2025/notes.txt`), 60_000);
      expect(stack.dropbox.files().some((file) => file.pathDisplay.includes("Secret Plan"))).toBe(false);
      await row(page, "notes.txt").click();
      // Its outcome waits for the next ask on the item.
      const count = await toastCount(page);
      await rightClick(page, "notes.txt");
      await sendItem(page).click();
      await expect(nextToast(page, count)).resolves.toEqual({
        type: "success",
        title: "Sent to Dropbox: /Backups/2025/notes.txt inside this app's folder in Dropbox (under Apps)",
      });
    });

    test("no uncaught errors in the portal or the plugin", () => {
      expect(errors).toEqual([]);
    });
  });
});
