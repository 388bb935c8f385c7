// An ordinary member's journey in a real Chromium, personal mode: the first send asks them to
// connect, then a file arrives byte for byte, a folder arrives as a tree, and a 200 MiB file
// arrives through upload sessions, its progress shown when the member chooses it again. Every Dropbox call is made by the
// production bundle to the real host names, under the portal's CSP.
import type { BrowserContext, Page } from "playwright-core";

import { SEED } from "../../emulators/docspace";
import { ACCOUNT_ITEM_KEY } from "../../../src/plugin/ui/menu";
import { configurePlugin, type Stack } from "../../support/stack";
import {
  chooseSendToDropbox,
  closeModal,
  connectDropbox,
  gotoFolder,
  modal,
  nextToast,
  openPortal,
  rightClick,
  row,
  sendItem,
  screenshot,
  sendAndWaitForToast,
  text,
  toastCount,
  waitForSendItem,
  waitFor,
} from "./portal";

const MiB = 1024 * 1024;

import { portalVariants, startVariantStack } from "./variants";

describe.each(portalVariants())("$name", (variant) => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  /** The stored Dropbox file at a full-Dropbox path, by its display path. */
  function inDropbox(pathDisplay: string) {
    return stack.dropbox.files().find((file) => file.pathDisplay === pathDisplay);
  }

  beforeAll(async () => {
    stack = await startVariantStack(variant);
    configurePlugin(stack, { appKey: "emulator-app", mode: "personal", folder: "/DocSpace" });
    context = await stack.newContext();
    ({ page, errors } = await openPortal(
      context,
      stack.docspace,
      "user",
      `/rooms/shared/filter?folder=${SEED.rooms.project}`,
    ));
    await waitForSendItem(page);
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  describe("user journey (personal mode)", () => {
    test("the first send asks to connect; after connecting, Send now delivers the file byte for byte", async () => {
      const menu = await rightClick(page, "Report.docx");
      await expect(menu.locator(":scope > li > span").allTextContents()).resolves.toContain(
        text["menu.send"],
      );
      await screenshot(page, "context-menu");
      await chooseSendToDropbox(page);
      const dialog = modal(page);
      await dialog.getByText(text["connect.intro"]).waitFor();
      expect(stack.dropbox.files()).toEqual([]);

      await connectDropbox(page, dialog);
      const before = await toastCount(page);
      await dialog.getByRole("button", { name: text["connect.sendNow"], exact: true }).click();
      // Send now closes the dialog at once and the job runs on; its outcome waits for the next ask.
      await expect(nextToast(page, before)).resolves.toEqual({
        type: "info",
        title: text["send.background"],
      });
      await dialog.waitFor({ state: "detached" });
      await waitFor(() => inDropbox("/DocSpace/Report.docx") !== undefined);
      const toast = await sendAndWaitForToast(page, "Report.docx");
      expect(toast).toEqual({ type: "success", title: "Sent to Dropbox: /DocSpace/Report.docx" });
      await screenshot(page, "result-file");
      expect(inDropbox("/DocSpace/Report.docx")?.contentHash).toBe(
        stack.docspace.content.dropboxContentHash(SEED.files.oneKib),
      );
    });

    test("a folder arrives as a tree, every file byte-identical", async () => {
      const before = await toastCount(page);
      await rightClick(page, "Folder A");
      await chooseSendToDropbox(page);
      const toast = await nextToast(page, before);
      expect(toast).toEqual({ type: "success", title: "Send to Dropbox finished: 3 of 3 files sent." });
      await expect(modal(page).getByTestId("plugin-modal-header").textContent()).resolves.toContain(
        text["result.title"],
      );
      await modal(page).getByText("3 of 3 files sent to /DocSpace/Folder A.").waitFor();
      await screenshot(page, "result-folder");
      await closeModal(page);
      const expected: [string, number][] = [
        ["/DocSpace/Folder A/a.txt", SEED.files.inFolderA],
        ["/DocSpace/Folder A/Sub B/b.txt", SEED.files.inSubB],
        ["/DocSpace/Folder A/Sub B/Deep C/deep.txt", SEED.files.deep],
      ];
      for (const [pathDisplay, id] of expected)
        expect({ pathDisplay, hash: inDropbox(pathDisplay)?.contentHash }).toEqual({
          pathDisplay,
          hash: stack.docspace.content.dropboxContentHash(id),
        });
      const tree = stack.dropbox
        .entries()
        .filter((entry) => entry.pathDisplay.startsWith("/DocSpace/Folder A"))
        .map((entry) => `${entry.kind} ${entry.pathDisplay}`)
        .sort();
      expect(tree).toEqual([
        "file /DocSpace/Folder A/Sub B/Deep C/deep.txt",
        "file /DocSpace/Folder A/Sub B/b.txt",
        "file /DocSpace/Folder A/a.txt",
        "folder /DocSpace/Folder A",
        "folder /DocSpace/Folder A/Sub B",
        "folder /DocSpace/Folder A/Sub B/Deep C",
      ]);
    });

    test("a 200 MiB file arrives through upload sessions; choosing it again meanwhile shows its progress", async () => {
      const big = stack.docspace.addFile({
        folderId: SEED.rooms.bigFiles,
        title: "200MiB.bin",
        size: 200 * MiB,
      });
      await gotoFolder(page, SEED.rooms.bigFiles);
      await waitForSendItem(page);
      stack.dropbox.resetCalls();
      // Hold the commit a few seconds so the second click below always lands while the job runs,
      // however loaded the machine is (the order of the toasts is then certain).
      for (const route of ["files/upload_session/finish", "files/upload_session/finish_batch_v2"])
        stack.dropbox.faults.add({ kind: "delay", route, delayMs: 6_000, times: 1 });
      const before = await toastCount(page);
      await rightClick(page, "200MiB.bin");
      await chooseSendToDropbox(page);
      await waitFor(() => (stack.dropbox.calls()["files/upload_session/append_v2"]?.count ?? 0) >= 8).catch(
        async (error: unknown) => {
          const toasts = await page.evaluate(() => JSON.stringify(window.__docspaceHost?.toasts ?? []));
          throw new Error(
            `no upload progress; calls ${JSON.stringify(stack.dropbox.calls())}; toasts ${toasts}`,
            {
              cause: error,
            },
          );
        },
      );
      await screenshot(page, "progress-row");
      if (variant.hostVersion === "4.0") {
        // Choosing it again while it runs shows its progress instead of starting a second copy.
        await rightClick(page, "200MiB.bin");
        await chooseSendToDropbox(page);
        const dialog = modal(page);
        await dialog.getByText(/^Still sending to Dropbox: 0 of 1 file, \d+\sMB of 200\sMB\.$/).waitFor();
        // The dialog also refreshes itself every second, re-rendering its buttons: a click event
        // does not wait for the button to keep still between two animation frames.
        await dialog.getByRole("button", { name: "Refresh", exact: true }).dispatchEvent("click");
        await dialog.getByText(/^Still sending to Dropbox: 0 of 1 file, \d+\sMB of 200\sMB\.$/).waitFor();
        await screenshot(page, "progress");
        await closeModal(page);
      } else {
        // 3.6: the row is busy (its menu blocked) for the whole send.
        await expect(row(page, "200MiB.bin").getAttribute("data-active")).resolves.toBe("true");
      }
      const result = await nextToast(page, before, 180_000);
      expect(result).toEqual({ type: "success", title: "Sent to Dropbox: /DocSpace/200MiB.bin" });
      await expect(row(page, "200MiB.bin").getAttribute("data-active")).resolves.toBe("false");
      expect(inDropbox("/DocSpace/200MiB.bin")).toMatchObject({
        size: 200 * MiB,
        contentHash: stack.docspace.content.dropboxContentHash(big.id),
      });
      const routes = Object.keys(stack.dropbox.calls());
      expect(routes).toEqual(expect.arrayContaining(["files/upload_session/start"]));
      expect(routes.some((route) => route.startsWith("files/upload_session/finish"))).toBe(true);
      expect(routes).not.toContain("files/upload");
      expect(stack.dropbox.calls()["files/upload_session/start"]?.count).toBe(1);
      expect(stack.dropbox.openSessions()).toBe(0);
    }, 240_000);

    test("cancelling a running send from its progress dialog leaves nothing in Dropbox", async () => {
      // On 3.6 a file's row is busy (its menu blocked) while it is sent: ask again on a folder there.
      const folder =
        variant.hostVersion === "3.6"
          ? stack.docspace.addFolder({ parentId: SEED.rooms.bigFiles, title: "Cancel me" }).id
          : SEED.rooms.bigFiles;
      const item = variant.hostVersion === "3.6" ? "Cancel me" : "Cancel me.bin";
      stack.docspace.addFile({ folderId: folder, title: "Cancel me.bin", size: 64 * MiB });
      await gotoFolder(page, SEED.rooms.bigFiles);
      await waitForSendItem(page);
      const filesBefore = stack.dropbox.files();
      stack.dropbox.resetCalls();
      // Slow appends keep the job running long enough to cancel it.
      stack.dropbox.faults.add({
        kind: "delay",
        route: "files/upload_session/append_v2",
        delayMs: 1_000,
        times: 0,
      });
      try {
        const before = await toastCount(page);
        await rightClick(page, item);
        await chooseSendToDropbox(page);
        await waitFor(() => (stack.dropbox.calls()["files/upload_session/start"]?.count ?? 0) >= 1);
        await rightClick(page, item);
        await chooseSendToDropbox(page);
        await modal(page).getByRole("button", { name: "Cancel sending", exact: true }).click();
        const cancelling = await nextToast(page, before, 30_000);
        expect(cancelling.title).toMatch(/^Cancelling\./u);
        const result = await nextToast(page, before + 1, 60_000);
        expect(result).toEqual({ type: "info", title: "Sending was cancelled. Nothing partial was saved." });
        expect(stack.dropbox.files()).toEqual(filesBefore);
      } finally {
        stack.dropbox.faults.clear();
      }
    }, 120_000);

    test("sending the same file again makes no duplicate (identical content is not a conflict)", async () => {
      await gotoFolder(page, SEED.rooms.project);
      await waitForSendItem(page);
      const count = stack.dropbox.files().length;
      const toast = await sendAndWaitForToast(page, "Report.docx");
      expect(toast.title).toBe("Sent to Dropbox: /DocSpace/Report.docx");
      expect(stack.dropbox.files()).toHaveLength(count);
    });

    test("“admins only”: the member no longer sees Send to Dropbox nor Dropbox connection", async () => {
      await page.getByTestId("current-user").click();
      await page.getByTestId(`profile-menu-item-${ACCOUNT_ITEM_KEY}`).waitFor();
      await page.keyboard.press("Escape");
      configurePlugin(stack, {
        appKey: "emulator-app",
        mode: "personal",
        folder: "/DocSpace",
        audience: "admins",
      });
      await gotoFolder(page, SEED.rooms.project);
      await page.waitForFunction(() => window.__docspaceHost?.plugin?.("send-to-dropbox") !== undefined);
      await rightClick(page, "Report.docx");
      await expect(sendItem(page).count()).resolves.toBe(0);
      await page.keyboard.press("Escape");
      await page.getByTestId("current-user").click();
      await page.getByTestId("profile-menu-switch-user").waitFor();
      await expect(page.getByTestId(`profile-menu-item-${ACCOUNT_ITEM_KEY}`).count()).resolves.toBe(0);
      await page.keyboard.press("Escape");
    });

    test("no uncaught errors in the portal or the plugin", () => {
      expect(errors).toEqual([]);
    });
  });
});
