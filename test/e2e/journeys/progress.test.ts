// Live progress in a real Chromium with the built dist/plugin.zip: on the 4.0 host a send shows in
// the portal's floating operations button from its first second (percent by bytes, Cancel, several
// jobs together, the alert state of a failure); on the 3.6 host, which has no such button, the
// file's row stays busy until the job ends. On both, leaving the page while a job runs asks the
// browser's "leave site?" question, and no longer once the job is over.
import type { BrowserContext, Page } from "playwright-core";

import { SEED } from "../../emulators/docspace";
import { configurePlugin, type Stack } from "../../support/stack";
import {
  chooseSendToDropbox,
  closeModal,
  connectDropbox,
  folderPath,
  gotoFolder,
  nextToast,
  openDropboxConnection,
  openPortal,
  rightClick,
  row,
  screenshot,
  text,
  toastCount,
  waitForSendItem,
  waitReady,
  waitFor,
} from "./portal";
import { portalVariants, startVariantStack } from "./variants";

const MiB = 1024 * 1024;
const CANCELLED = "Sending was cancelled. Nothing partial was saved.";

describe.each(portalVariants())("$name", (variant) => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  const fab = (): ReturnType<Page["getByTestId"]> => page.getByTestId("floating-operations-button");
  const appends = (): number => stack.dropbox.calls()["files/upload_session/append_v2"]?.count ?? 0;
  const inDropbox = (name: string): boolean =>
    stack.dropbox.files().some((file) => file.pathDisplay === `/DocSpace/${name}`);
  /** Keeps a big send running for seconds: every chunk waits before it is stored. */
  function slowAppends(delayMs: number): void {
    stack.dropbox.faults.add({ kind: "delay", route: "files/upload_session/append_v2", delayMs, times: 0 });
  } /** Waits until the button shows a percentage above `floor`, and returns it. */
  async function percentAbove(floor: number): Promise<number> {
    const handle = await page.waitForFunction(
      (min) => {
        const shown = document
          .querySelector("[data-testid=floating-operations-button]")
          ?.getAttribute("data-percent");
        const value = shown === null || shown === undefined ? Number.NaN : Number(shown);
        return value > min ? value : undefined;
      },
      floor,
      { timeout: 60_000 },
    );
    return Number(await handle.jsonValue());
  }

  beforeAll(async () => {
    stack = await startVariantStack(variant);
    configurePlugin(stack, { appKey: "emulator-app", mode: "personal", folder: "/DocSpace" });
    context = await stack.newContext();
    ({ page, errors } = await openPortal(context, stack.docspace, "user", folderPath(SEED.rooms.bigFiles)));
    await waitForSendItem(page);
    await connectDropbox(page, await openDropboxConnection(page));
    await closeModal(page);
  }, 90_000);
  afterAll(async () => {
    await stack?.close();
  });
  afterEach(() => {
    stack.dropbox.faults.clear();
  });

  if (variant.hostVersion === "4.0") {
    test("a 200 MiB send shows in the floating button from its first second, its percent moves, and Cancel leaves nothing partial", async () => {
      stack.docspace.addFile({
        folderId: SEED.rooms.bigFiles,
        title: "Floating 200MiB.bin",
        size: 200 * MiB,
      });
      await gotoFolder(page, SEED.rooms.bigFiles);
      await waitForSendItem(page);
      const filesBefore = stack.dropbox.files();
      stack.dropbox.resetCalls();
      slowAppends(700);
      const before = await toastCount(page);
      await rightClick(page, "Floating 200MiB.bin");
      await chooseSendToDropbox(page);
      // Shown before a single chunk is stored: the menu callback answered with the button at once.
      await fab().waitFor();
      expect(appends()).toBe(0);
      expect(await fab().getAttribute("data-count")).toBe("1");
      await page.waitForFunction(
        () =>
          document.querySelector("[data-testid=floating-operations-tooltip]")?.textContent ===
          "Sending to Dropbox: Floating 200MiB.bin",
      );
      const first = await percentAbove(0);
      const later = await percentAbove(first);
      expect(later).toBeGreaterThan(first);
      await screenshot(page, "floating-progress");
      await page.getByTestId("floating-operations-cancel").click();
      // The pointer leaves the button: a hovered button never hides (see the emulator's floatingButton.ts).
      await page.mouse.move(0, 0);
      const results = [await nextToast(page, before, 60_000), await nextToast(page, before + 1, 60_000)];
      expect(results.map((toast) => toast.title)).toContain(CANCELLED);
      expect(inDropbox("Floating 200MiB.bin")).toBe(false);
      expect(stack.dropbox.files()).toEqual(filesBefore);
      // The operation ends completed, not failed; then the portal hides the button by itself.
      expect(await fab().getAttribute("data-alert")).toBe("false");
      await page.getByTestId("floating-operations").waitFor({ state: "detached", timeout: 30_000 });
    }, 180_000);

    test("two sends show together in one floating button, each in the list, until both are done", async () => {
      for (const title of ["Together A.bin", "Together B.bin"])
        stack.docspace.addFile({ folderId: SEED.rooms.bigFiles, title, size: 40 * MiB });
      await gotoFolder(page, SEED.rooms.bigFiles);
      await waitForSendItem(page);
      slowAppends(1_000);
      const before = await toastCount(page);
      for (const title of ["Together A.bin", "Together B.bin"]) {
        await rightClick(page, title);
        await chooseSendToDropbox(page);
      }
      await page.locator("[data-testid=floating-operations-button][data-count='2']").waitFor();
      // Several operations: no percentage and no Cancel on the button, a list instead.
      expect(await fab().getAttribute("data-percent")).toBeNull();
      expect(await page.getByTestId("floating-operations-cancel").count()).toBe(0);
      await fab().click();
      const list = page.getByTestId("floating-operations-list");
      await list.waitFor();
      await page.waitForFunction(() =>
        ["Together A.bin", "Together B.bin"].every((name) =>
          [...document.querySelectorAll("[data-testid=floating-operation]")].some(
            (op) => op.textContent?.includes(name) === true,
          ),
        ),
      );
      await screenshot(page, "floating-two-jobs");
      stack.dropbox.faults.clear();
      const toasts = [await nextToast(page, before, 120_000), await nextToast(page, before + 1, 120_000)];
      expect(toasts.map((toast) => toast.title).sort()).toEqual([
        "Sent to Dropbox: /DocSpace/Together A.bin",
        "Sent to Dropbox: /DocSpace/Together B.bin",
      ]);
      await page.locator("[data-testid=floating-operations-button][data-completed='true']").waitFor();
      await expect(
        list.locator("[data-testid=floating-operation][data-completed='true']").count(),
      ).resolves.toBe(2);
      // A completed row can be cleared from the list; the plugin drops it.
      await list.getByTestId("floating-operation-clear").first().click();
      await page.locator("[data-testid=floating-operations-button][data-count='1']").waitFor();
    }, 180_000);

    test("a failed send puts the floating button in its alert state", async () => {
      await gotoFolder(page, SEED.rooms.bigFiles);
      await waitForSendItem(page);
      stack.dropbox.setQuota(1_000);
      try {
        const before = await toastCount(page);
        await rightClick(page, "64KiB.bin");
        await chooseSendToDropbox(page);
        const toast = await nextToast(page, before);
        expect(toast.type).toBe("error");
        expect(toast.title).toContain(text["error.insufficientSpace"]);
        await page.locator("[data-testid=floating-operations-button][data-alert='true']").waitFor();
        await screenshot(page, "floating-alert");
      } finally {
        stack.dropbox.setQuota(2 * 1024 ** 4);
      }
    });
  } else {
    test("without a floating button, the file's row stays busy until the job ends", async () => {
      stack.docspace.addFile({ folderId: SEED.rooms.bigFiles, title: "Busy 200MiB.bin", size: 200 * MiB });
      await gotoFolder(page, SEED.rooms.bigFiles);
      await waitForSendItem(page);
      stack.dropbox.resetCalls();
      slowAppends(500);
      const before = await toastCount(page);
      await rightClick(page, "Busy 200MiB.bin");
      await chooseSendToDropbox(page);
      await waitFor(() => appends() >= 2);
      await expect(row(page, "Busy 200MiB.bin").getAttribute("data-active")).resolves.toBe("true");
      // The 3.6 host ignores the floating-button actions: there is none.
      expect(await page.getByTestId("floating-operations").count()).toBe(0);
      await screenshot(page, "busy-row");
      await waitFor(() => appends() >= 10);
      await expect(row(page, "Busy 200MiB.bin").getAttribute("data-active")).resolves.toBe("true");
      stack.dropbox.faults.clear();
      const toast = await nextToast(page, before, 180_000);
      expect(toast).toEqual({ type: "success", title: "Sent to Dropbox: /DocSpace/Busy 200MiB.bin" });
      await expect(row(page, "Busy 200MiB.bin").getAttribute("data-active")).resolves.toBe("false");
    }, 240_000);

    test("the progress dialog of a running folder refreshes by itself while open", async () => {
      const folder = stack.docspace.addFolder({ parentId: SEED.rooms.bigFiles, title: "Slow folder" });
      stack.docspace.addFile({ folderId: folder.id, title: "inside.bin", size: 64 * MiB });
      await gotoFolder(page, SEED.rooms.bigFiles);
      await waitForSendItem(page);
      slowAppends(1_000);
      const before = await toastCount(page);
      await rightClick(page, "Slow folder");
      await chooseSendToDropbox(page);
      await waitFor(() => appends() >= 1);
      await rightClick(page, "Slow folder");
      await chooseSendToDropbox(page);
      const line = page.getByTestId("plugin-modal-body").getByText(/^Still sending to Dropbox: /u);
      await line.waitFor();
      const shown = await line.textContent();
      // No click: the text changes as bytes arrive.
      await page.waitForFunction(
        (old) =>
          [...document.querySelectorAll("[data-testid=plugin-modal-body] *")].some(
            (el) =>
              el.children.length === 0 &&
              el.textContent?.startsWith("Still sending") &&
              el.textContent !== old,
          ),
        shown,
        { timeout: 60_000 },
      );
      await page.getByRole("button", { name: "Cancel sending", exact: true }).click();
      const toasts = [await nextToast(page, before, 60_000), await nextToast(page, before + 1, 60_000)];
      expect(toasts.map((toast) => toast.title)).toContain(CANCELLED);
      expect(inDropbox("Slow folder/inside.bin")).toBe(false);
    }, 180_000);
  }

  test("leaving the portal while a send runs asks first; once it is over, it does not", async () => {
    // Big and slow enough that the send is still running when the page reloads, on a loaded machine too.
    stack.docspace.addFile({ folderId: SEED.rooms.bigFiles, title: "Leave me.bin", size: 256 * MiB });
    await gotoFolder(page, SEED.rooms.bigFiles);
    await waitForSendItem(page);
    // Earlier tests' cancelled sends may still have appends in the emulator's delay, so a new
    // upload session, not an append count, is what says this send has begun.
    const sessionsBefore = stack.dropbox.openSessions();
    slowAppends(5_000);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await rightClick(page, "Leave me.bin");
    await chooseSendToDropbox(page);
    await waitFor(() => stack.dropbox.openSessions() > sessionsBefore);
    await page.reload();
    expect(dialogs).toEqual(["beforeunload"]);
    await waitReady(page);
    await waitForSendItem(page);
    // The reload stopped the job: nothing partial was committed.
    expect(inDropbox("Leave me.bin")).toBe(false);
    stack.dropbox.faults.clear();
    const before = await toastCount(page);
    await rightClick(page, "64KiB.bin");
    await chooseSendToDropbox(page);
    const toast = await nextToast(page, before);
    expect(toast.title).toBe("Sent to Dropbox: /DocSpace/64KiB.bin");
    await page.reload();
    await waitReady(page);
    expect(dialogs).toEqual(["beforeunload"]);
  }, 180_000);

  test("no uncaught errors in the portal or the plugin", () => {
    expect(errors).toEqual([]);
  });
});
