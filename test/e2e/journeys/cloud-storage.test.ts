// A portal that keeps its files in cloud storage, in a real Chromium. The plugin downloads from the
// stream URL presigneduri gives, which the portal serves itself; where that call fails, from the
// file's viewUrl, which the file handler answers with 302 to a presigned URL on the storage's
// origin, and the browser follows it. The emulated bucket allows GET from any origin and nothing
// more: it answers `Access-Control-Allow-Origin: *`, which a credentialed request may not use, and
// exposes no header beyond the CORS-safelisted ones (no Content-Range). Files arrive byte for byte
// either way, a small one and one read in ranges.
import type { BrowserContext, Page } from "playwright-core";

import { SEED } from "../../emulators/docspace";
import { connectSharedDropbox, type Stack } from "../../support/stack";
import { folderPath, openPortal, sendAndWaitForToast, waitForSendItem } from "./portal";
import { portalVariants, startVariantStack } from "./variants";

const MiB = 1024 * 1024;

describe.each(portalVariants())("$name", (variant) => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  function inDropbox(pathDisplay: string) {
    return stack.dropbox.files().find((file) => file.pathDisplay === pathDisplay);
  }

  /** The file handler's answers since `from`, by action: what the portal streamed, what it redirected. */
  function handlerAnswers(from: number): string[] {
    const answers = stack.docspace.requests
      .slice(from)
      .filter((request) => request.path === "/filehandler.ashx")
      .map((request) => `${new URLSearchParams(request.query).get("action")} ${request.status}`);
    return [...new Set(answers)].sort();
  }

  beforeAll(async () => {
    stack = await startVariantStack(variant, { docspace: { storage: "cloud" } });
    connectSharedDropbox(stack, { folder: "/DocSpace" });
    context = await stack.newContext();
    ({ page, errors } = await openPortal(context, stack.docspace, "user", folderPath(SEED.rooms.bigFiles)));
    await waitForSendItem(page);
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  test("through the portal's stream URL, a file arrives byte for byte", async () => {
    const from = stack.docspace.requests.length;
    const toast = await sendAndWaitForToast(page, "1MiB.bin");
    expect(toast).toMatchObject({ type: "success" });
    expect(handlerAnswers(from)).toEqual(["stream 200"]);
    expect(inDropbox("/DocSpace/1MiB.bin")?.contentHash).toBe(
      stack.docspace.content.dropboxContentHash(SEED.big.mib1),
    );
  });

  describe("where presigneduri fails, the file's viewUrl, which the portal redirects to the bucket", () => {
    // An older or filtered portal: the download falls back to viewUrl (action=download).
    let removeFault: () => void = () => undefined;
    beforeAll(() => {
      removeFault = stack.docspace.faults.add({
        match: { path: "/presigneduri" },
        action: { type: "status", status: 404 },
      });
    });
    afterAll(() => removeFault());

    test("a small file arrives byte for byte through the storage redirect", async () => {
      const from = stack.docspace.requests.length;
      const toast = await sendAndWaitForToast(page, "64KiB.bin");
      expect(toast).toMatchObject({ type: "success" });
      expect(handlerAnswers(from)).toEqual(["download 302"]);
      expect(inDropbox("/DocSpace/64KiB.bin")?.contentHash).toBe(
        stack.docspace.content.dropboxContentHash(SEED.big.kib64),
      );
    });

    test("a 40 MiB file, read in ranges the bucket answers without a readable Content-Range, arrives whole", async () => {
      const big = stack.docspace.addFile({
        folderId: SEED.rooms.bigFiles,
        title: "Cloud 40MiB.bin",
        size: 40 * MiB,
      });
      await page.reload();
      await waitForSendItem(page);
      const from = stack.docspace.requests.length;
      const toast = await sendAndWaitForToast(page, "Cloud 40MiB.bin");
      expect(toast).toMatchObject({ type: "success" });
      expect(handlerAnswers(from)).toEqual(["download 302"]);
      expect(inDropbox("/DocSpace/Cloud 40MiB.bin")).toMatchObject({
        size: 40 * MiB,
        contentHash: stack.docspace.content.dropboxContentHash(big.id),
      });
    });
  });

  test("no uncaught errors in the portal or the plugin", () => {
    expect(errors).toEqual([]);
  });
});
