// What a member sees when a send cannot work, in a real Chromium: not connected, a revoked Dropbox
// connection, a full Dropbox, no download permission, an expired DocSpace session. Each shows its
// own message, and Dropbox is left exactly as it was: no new or changed file.
import type { BrowserContext, Page } from "playwright-core";

import { SEED } from "../../emulators/docspace";
import type { StoredFile } from "../../emulators/dropbox";
import { configurePlugin, type Stack } from "../../support/stack";
import {
  chooseSendToDropbox,
  closeModal,
  connectDropbox,
  folderPath,
  fromTestRunner,
  gotoFolder,
  modal,
  openDropboxConnection,
  openPortal,
  rightClick,
  screenshot,
  sendAndWaitForToast,
  sendItem,
  storedTokens,
  text,
  waitForSendItem,
} from "./portal";
import { portalVariants, startVariantStack } from "./variants";

describe.each(portalVariants())("$name", (variant) => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    stack = await startVariantStack(variant);
    configurePlugin(stack, { appKey: "emulator-app", mode: "personal", folder: "/DocSpace" });
    context = await stack.newContext();
    ({ page } = await openPortal(context, stack.docspace, "user", folderPath(SEED.rooms.project)));
    await waitForSendItem(page);
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  /** Runs `act` and proves it left Dropbox untouched. */
  async function leavesDropboxUnchanged<T>(act: () => Promise<T>): Promise<T> {
    const before: StoredFile[] = stack.dropbox.files();
    const result = await act();
    // Files only: an upload session the refused commit left open is invisible to the Dropbox user
    // and expires on its own (Dropbox offers no call to close one).
    expect(stack.dropbox.files()).toEqual(before);
    return result;
  }

  describe("failures show their message and leave nothing partial in Dropbox", () => {
    test("not connected: the send asks the member to connect instead", async () => {
      await leavesDropboxUnchanged(async () => {
        await rightClick(page, "notes.txt");
        await chooseSendToDropbox(page);
        await modal(page).getByText(text["connect.intro"]).waitFor();
        await screenshot(page, "connect-dialog");
        await closeModal(page);
      });
      // Connect from the profile menu for the cases below.
      const dialog = await openDropboxConnection(page);
      await connectDropbox(page, dialog);
      await closeModal(page);
    });

    test("revoked connection: the reconnect message, the dead token forgotten, the connect dialog", async () => {
      stack.dropbox.revokeAll();
      const toast = await leavesDropboxUnchanged(() => sendAndWaitForToast(page, "notes.txt"));
      expect(toast).toEqual({ type: "error", title: text["error.dropboxAuth"] });
      await modal(page).getByText(text["connect.intro"]).waitFor();
      expect(await storedTokens(page)).toEqual([]);
      // The member reconnects right there.
      await connectDropbox(page, modal(page));
      await closeModal(page);
      expect(await storedTokens(page)).toHaveLength(1);
    });

    test("no space: Dropbox is full", async () => {
      stack.dropbox.setQuota(1_000);
      try {
        const toast = await leavesDropboxUnchanged(() => sendAndWaitForToast(page, "notes.txt"));
        expect(toast.type).toBe("error");
        expect(toast.title).toContain(text["error.insufficientSpace"]);
      } finally {
        stack.dropbox.setQuota(2 * 1024 ** 4);
      }
    });

    test("no download permission: the item is hidden, and a stale listing gets the message", async () => {
      await rightClick(page, "Secret Plan.docx");
      await expect(sendItem(page).count()).resolves.toBe(0);
      await page.keyboard.press("Escape");
      // The room admin forbade downloads after this member's page loaded: the listing still offers
      // the item, and the portal's answer decides.
      await page.route(/\/api\/2\.0\/files\/100\?/, async (route) => {
        const response = await route.fetch({ url: fromTestRunner(route.request().url()) });
        const body = (await response.json()) as {
          response: { files: { id: number; security?: Record<string, boolean> }[] };
        };
        for (const file of body.response.files)
          if (file.id === SEED.files.noDownload) file.security = { ...file.security, Download: true };
        await route.fulfill({ response, json: body });
      });
      try {
        await gotoFolder(page, SEED.rooms.project);
        await waitForSendItem(page);
        const toast = await leavesDropboxUnchanged(() => sendAndWaitForToast(page, "Secret Plan.docx"));
        expect(toast.type).toBe("error");
        expect(toast.title).toContain(text["error.noDownloadPermission"]);
      } finally {
        await page.unrouteAll();
      }
    });

    test("DocSpace session expired: sign in again, and nothing lands", async () => {
      stack.docspace.faults.expireSessions();
      const toast = await leavesDropboxUnchanged(() => sendAndWaitForToast(page, "notes.txt"));
      // The file endpoints answer 403 once the session is gone (they allow anonymous access); the
      // plugin tells that from a missing permission by asking people/@self, which answers 401.
      expect(toast).toEqual({ type: "error", title: text["error.docspaceSignedOut"] });
      await screenshot(page, "session-expired");
    });

    test("after all that, a send works again once signed in", async () => {
      await page.goto(stack.docspace.signInUrl("user", folderPath(SEED.rooms.project)));
      await waitForSendItem(page);
      const toast = await sendAndWaitForToast(page, "notes.txt");
      expect(toast).toEqual({ type: "success", title: "Sent to Dropbox: /DocSpace/notes.txt" });
      expect(stack.dropbox.files().map((file) => file.pathDisplay)).toEqual(["/DocSpace/notes.txt"]);
    });
  });
});
