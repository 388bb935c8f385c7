// A send cut off by a page reload continues where it stopped, in a real Chromium with the built
// bundle: choosing Send to Dropbox again on the same file offers "Resume — … already in Dropbox",
// and resuming delivers one file with the right content hash while Dropbox receives at most
// parallel × chunk bytes twice (the emulator's received-bytes counter, never timings). The reload
// lands at each point of the upload session: after upload_session/start, mid-appends, after the
// last append, once the last append landed but its answer did not arrive, and once the commit
// landed but its answer did not arrive. Emulator faults hold the calls at that point until the
// reload is done (a delay fault lasts until `faults.clear()`), and the tests wait for the held
// call to arrive, never for a time. A send the member cancelled is not offered. Shared mode, so
// no connect step.
import type { BrowserContext, Page } from "playwright-core";

import { SEED } from "../../emulators/docspace";
import type { Fault } from "../../emulators/dropbox/faults";
import { connectSharedDropbox, type Stack } from "../../support/stack";
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
const CHUNKS = 6;
const SIZE = CHUNKS * CHUNK;
// In a concurrent session the last chunk goes as two appends, the closing one 4 MiB.
const APPENDS = CHUNKS + 1;
const CLOSING = 4 * MiB;
/** A delay fault this long holds its calls until `faults.clear()` (no test waits it out). */
const HOLD = 600_000;
const START = "files/upload_session/start";
const APPEND = "files/upload_session/append_v2";
const FINISH = "files/upload_session/finish";

interface ReloadPoint {
  name: string;
  /** Holds the send at its point; the reload comes once the fault has been hit. */
  hold(stack: Stack): Fault;
  /** The held call would take effect if let go before the resumed send is done: keep it held. */
  keepHeld?: boolean;
  /** Bytes the resumed send must send again, when the point fixes them exactly. */
  resent?: number;
  /** The file was committed before the reload: the resumed send finds it and sends nothing. */
  landed?: boolean;
}

const POINTS: ReloadPoint[] = [
  {
    name: "after upload_session/start",
    // Every append waits: the session is started and recorded, nothing is in it.
    hold: (stack) => stack.dropbox.faults.add({ kind: "delay", route: APPEND, times: 0, delayMs: HOLD }),
  },
  {
    name: "mid-appends",
    // Three appends go through, the rest wait.
    hold: (stack) =>
      stack.dropbox.faults.add({ kind: "delay", route: APPEND, skip: 3, times: 0, delayMs: HOLD }),
  },
  {
    name: "after the last append, before the commit arrives",
    // Every chunk is in and recorded; the commit waits (and never arrives before the resumed one).
    hold: (stack) => stack.dropbox.faults.add({ kind: "delay", route: FINISH, delayMs: HOLD }),
    keepHeld: true,
    resent: 0,
  },
  {
    name: "after the last append landed, before its answer",
    // The closing append goes after all others: it is stored and closes the session, its answer
    // waits. The resumed send sends it again and Dropbox refuses it as closed, after reading it.
    hold: (stack) =>
      stack.dropbox.faults.add({
        kind: "delay",
        route: APPEND,
        phase: "response",
        skip: APPENDS - 1,
        delayMs: HOLD,
      }),
    resent: CLOSING,
  },
  {
    name: "after the commit was sent, before its answer",
    // The file is committed, the answer waits: the resumed send finds it in Dropbox.
    hold: (stack) =>
      stack.dropbox.faults.add({ kind: "delay", route: FINISH, phase: "response", delayMs: HOLD }),
    resent: 0,
    landed: true,
  },
];

describe.each(portalVariants())("$name", (variant) => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  const appends = (): number =>
    (stack.dropbox.calls()[APPEND]?.statuses ?? []).filter((status) => status === 200).length;

  beforeAll(async () => {
    stack = await startVariantStack(variant);
    connectSharedDropbox(stack, {
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

  test.each(POINTS)(
    "a reload $name: the next Send to Dropbox offers to resume, and one correct file arrives",
    async (point) => {
      const title = `Reload ${point.name.replace(/[^a-z]+/giu, " ").trim()}.bin`;
      const big = stack.docspace.addFile({ folderId: SEED.rooms.bigFiles, title, size: SIZE });
      await gotoFolder(page, SEED.rooms.bigFiles);
      await waitForSendItem(page);
      stack.dropbox.resetCalls();
      const before = stack.dropbox.receivedBytes();
      const held = point.hold(stack);
      try {
        await rightClick(page, title);
        await chooseSendToDropbox(page);
        await waitFor(() => held.hits > 0);
        const listings = stack.dropbox.calls()["files/list_folder"]?.count ?? 0;
        await gotoFolder(page, SEED.rooms.bigFiles);
        // The old page's calls that still wait go on now, their client gone; a held commit
        // stays held, or it could land before the resumed one.
        if (!point.keepHeld) stack.dropbox.faults.clear();
        await waitForSendItem(page);

        await rightClick(page, title);
        await chooseSendToDropbox(page);
        const dialog = modal(page);
        await dialog.getByText(en["resume.question"]).waitFor();
        const resume = dialog.getByRole("button", {
          name: new RegExp(`^Resume — .+ of ${SIZE / MiB}(\\.0)?\\sMB already in Dropbox$`, "u"),
        });
        await dialog.getByRole("button", { name: en["resume.startAgain"], exact: true }).waitFor();
        const toasts = await toastCount(page);
        await resume.click();
        await expect(nextToast(page, toasts)).resolves.toEqual({
          type: "info",
          title: en["send.background"],
        });
        // The send runs in the background and keeps its outcome for the next ask, so its end is
        // read from Dropbox: the resumed commit lands the file; or, when the old commit had
        // landed, the resumed send's listing of the destination finds the file with the same
        // content hash, and nothing more is sent.
        await waitFor(
          () =>
            stack.dropbox.files().some((file) => file.pathDisplay === `/Resume/${title}`) &&
            (point.landed
              ? (stack.dropbox.calls()["files/list_folder"]?.count ?? 0) > listings &&
                stack.dropbox.callsInProgress() === 0
              : (stack.dropbox.calls()[FINISH]?.statuses ?? []).includes(200)),
        ).catch((error: unknown) => {
          throw new Error(
            `the resumed send did not end: calls ${JSON.stringify(stack.dropbox.calls())}, ` +
              `files ${JSON.stringify(stack.dropbox.files().map((file) => file.pathDisplay))}`,
            { cause: error },
          );
        });

        const stored = stack.dropbox
          .files()
          .filter((file) => file.pathDisplay.startsWith(`/Resume/${title}`));
        expect(stored).toEqual([
          expect.objectContaining({
            pathDisplay: `/Resume/${title}`,
            contentHash: stack.docspace.content.dropboxContentHash(big.id),
          }),
        ]);
        // Both page lives together: the file once, plus at most the chunks that were in flight.
        const resent = stack.dropbox.receivedBytes() - before - SIZE;
        expect(resent).toBeGreaterThanOrEqual(0);
        expect(resent).toBeLessThanOrEqual(PARALLEL * CHUNK);
        if (point.resent !== undefined) expect(resent).toBe(point.resent);
        // The first session was continued, not replaced; a landed commit is not made again.
        expect(stack.dropbox.calls()[START]?.count).toBe(1);
        if (point.landed) expect(stack.dropbox.calls()[FINISH]?.count).toBe(1);
      } finally {
        stack.dropbox.faults.clear();
      }
    },
    240_000,
  );

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
