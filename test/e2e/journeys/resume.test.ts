// A send cut off by a page reload continues where it stopped, in a real Chromium with the built
// bundle: choosing Send to Dropbox again on the same file offers "Resume — … already in Dropbox",
// and resuming delivers one file with the right content hash while Dropbox receives at most
// parallel × chunk bytes twice (the emulator's received-bytes counter, never timings). A send the
// member cancelled is not offered. Shared mode, so no connect step.
import type { BrowserContext, Page } from "playwright-core";

import { SEED } from "../../emulators/docspace";
import { configurePlugin, type Stack } from "../../support/stack";
import { en } from "../../../src/plugin/i18n/locales/en";
import {
  chooseSendToDropbox,
  gotoFolder,
  modal,
  nextToast,
  openPortal,
  rightClick,
  toastCount,
  waitForSendItem,
  waitFor,
} from "./portal";
import { portalVariants, startVariantStack } from "./variants";

const MiB = 1024 * 1024;
/** The core's defaults, which the plugin keeps: 8 MiB chunks, 4 in parallel. */
const CHUNK = 8 * MiB;
const PARALLEL = 4;
const SIZE = 64 * MiB;

// One portal variant: resuming is the core's and IndexedDB's business, the same on every host.
describe.each(portalVariants().slice(0, 1))("$name", (variant) => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  const appends = (): number =>
    (stack.dropbox.calls()["files/upload_session/append_v2"]?.statuses ?? []).filter(
      (status) => status === 200,
    ).length;

  beforeAll(async () => {
    stack = await startVariantStack(variant);
    const { refreshToken } = stack.dropbox.issueTokens({ appKey: "emulator-app" });
    if (!refreshToken) throw new Error("the emulator issued no refresh token");
    configurePlugin(stack, {
      appKey: "emulator-app",
      mode: "shared",
      credential: { type: "refresh", token: refreshToken },
      folder: "/Resume",
    });
    context = await stack.newContext();
    ({ page, errors } = await openPortal(
      context,
      stack.docspace,
      "user",
      `/rooms/shared/filter?folder=${SEED.rooms.bigFiles}`,
    ));
    await waitForSendItem(page);
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  test("a reload mid-send: the next Send to Dropbox offers to resume, and one correct file arrives", async () => {
    const big = stack.docspace.addFile({ folderId: SEED.rooms.bigFiles, title: "Reload me.bin", size: SIZE });
    await gotoFolder(page, SEED.rooms.bigFiles);
    await waitForSendItem(page);
    stack.dropbox.resetCalls();
    const before = stack.dropbox.receivedBytes();
    // Three appends go through, the rest hang: the reload lands mid-appends.
    stack.dropbox.faults.add({
      kind: "delay",
      route: "files/upload_session/append_v2",
      skip: 3,
      times: 0,
      delayMs: 5_000,
    });
    await rightClick(page, "Reload me.bin");
    await chooseSendToDropbox(page);
    await waitFor(() => appends() >= 3);
    await gotoFolder(page, SEED.rooms.bigFiles);
    stack.dropbox.faults.clear();
    await waitForSendItem(page);

    await rightClick(page, "Reload me.bin");
    await chooseSendToDropbox(page);
    const dialog = modal(page);
    await dialog.getByText(en["resume.question"]).waitFor();
    const resume = dialog.getByRole("button", { name: /^Resume — .+ of 64(\.0)?\sMB already in Dropbox$/u });
    await expect(resume.textContent()).resolves.toMatch(/^Resume — (8|16|24)(\.0)?\sMB of /u);
    await dialog.getByRole("button", { name: en["resume.startAgain"], exact: true }).waitFor();
    const toasts = await toastCount(page);
    await resume.click();
    await expect(nextToast(page, toasts)).resolves.toEqual({ type: "info", title: en["send.background"] });
    await waitFor(() => stack.dropbox.files().some((file) => file.pathDisplay === "/Resume/Reload me.bin"));

    const stored = stack.dropbox.files().filter((file) => file.pathDisplay.startsWith("/Resume/"));
    expect(stored).toEqual([
      expect.objectContaining({
        pathDisplay: "/Resume/Reload me.bin",
        contentHash: stack.docspace.content.dropboxContentHash(big.id),
      }),
    ]);
    // Both page lives together: the file once, plus at most the chunks that were in flight.
    expect(stack.dropbox.receivedBytes() - before - SIZE).toBeLessThanOrEqual(PARALLEL * CHUNK);
    // The first session was continued, not replaced.
    expect(stack.dropbox.calls()["files/upload_session/start"]?.count).toBe(1);
  }, 240_000);

  test("a send the member cancelled is not offered for resume", async () => {
    // A folder's send: on 3.6 a file's row is busy (its menu blocked) while it is sent, so only a
    // folder's progress dialog, and its Cancel, can be reached by asking again.
    const folder = stack.docspace.addFolder({ parentId: SEED.rooms.bigFiles, title: "Cancelled" }).id;
    stack.docspace.addFile({ folderId: folder, title: "Cancelled.bin", size: 32 * MiB });
    await gotoFolder(page, SEED.rooms.bigFiles);
    await waitForSendItem(page);
    stack.dropbox.resetCalls();
    stack.dropbox.faults.add({
      kind: "delay",
      route: "files/upload_session/append_v2",
      skip: 1,
      times: 0,
      delayMs: 1_000,
    });
    try {
      const before = await toastCount(page);
      await rightClick(page, "Cancelled");
      await chooseSendToDropbox(page);
      await waitFor(() => appends() >= 1);
      await rightClick(page, "Cancelled");
      await chooseSendToDropbox(page);
      await modal(page).getByRole("button", { name: en["progress.cancel"], exact: true }).click();
      await nextToast(page, before, 30_000);
      const result = await nextToast(page, before + 1, 60_000);
      expect(result.type).toBe("info");
    } finally {
      stack.dropbox.faults.clear();
    }
    await gotoFolder(page, SEED.rooms.bigFiles);
    await waitForSendItem(page);
    const before = await toastCount(page);
    await rightClick(page, "Cancelled");
    await chooseSendToDropbox(page);
    // No question: the send simply starts again and ends with its result.
    await expect(nextToast(page, before, 120_000)).resolves.toEqual({
      type: "success",
      title: "Sent to Dropbox: /Resume/Cancelled/Cancelled.bin",
    });
    await expect(modal(page).count()).resolves.toBe(0);
  }, 240_000);

  test("no uncaught errors in the portal or the plugin", () => {
    expect(errors).toEqual([]);
  });
});
