// Content hashes are computed in a dedicated worker that runs the plugin's own bundle (the page's
// policy has no worker-src, so script-src 'self' allows it), and a portal that refuses workers still
// gets correct files from the main-thread fallback, with no error shown. Dropbox (emulated) checks
// the content hash of every append and of the commit against the bytes it received.
import type { BrowserContext, Page } from "playwright-core";

import { SEED } from "../../emulators/docspace";
import { connectSharedDropbox, PLUGIN_NAME, type Stack } from "../../support/stack";
import { folderPath, gotoFolder, openPortal, sendAndWaitForToast, waitForSendItem, waitFor } from "./portal";
import { portalVariants, startVariantStack } from "./variants";

const MiB = 1024 * 1024;
const BUNDLE_PATH = `/storage/webplugins/${PLUGIN_NAME}/plugin.js`;

describe.each(portalVariants())("$name", (variant) => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    stack = await startVariantStack(variant);
    connectSharedDropbox(stack, {
      folder: "/Hashes",
    });
    context = await stack.newContext();
    ({ page, errors } = await openPortal(
      context,
      stack.docspace,
      "roomAdmin",
      folderPath(SEED.rooms.bigFiles),
    ));
    await waitForSendItem(page);
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  /** The bundle's fetches since the page loaded, with the browser's Sec-Fetch-Dest where it sent one. */
  const bundleLoads = (): { dest: string | undefined; status: number }[] =>
    stack.docspace.requests
      .filter((request) => request.method === "GET" && request.path === BUNDLE_PATH)
      .map(({ dest, status }) => ({ dest, status }));

  /** Workers of the page (any frame) that run the plugin's bundle. */
  const bundleWorkers = (): string[] =>
    page
      .workers()
      .map((worker) => worker.url())
      .filter((url) => new URL(url).pathname === BUNDLE_PATH);

  /** Sends `title` and waits until Dropbox holds it; returns what Dropbox stored. */
  async function send(title: string): Promise<{ contentHash: string; size: number }[]> {
    const toast = await sendAndWaitForToast(page, title, 120_000);
    // A large file goes on in the background; a small one ends with its own toast.
    expect(["success", "info"]).toContain(toast.type);
    await waitFor(() => stack.dropbox.files().some((file) => file.pathDisplay === `/Hashes/${title}`));
    return stack.dropbox
      .files()
      .filter((file) => file.pathDisplay === `/Hashes/${title}`)
      .map(({ contentHash, size }) => ({ contentHash, size }));
  }

  test("a 40 MiB file and a 300 KiB one are hashed in a worker started from plugin.js, and arrive intact", async () => {
    const big = stack.docspace.addFile({
      folderId: SEED.rooms.bigFiles,
      title: "Worker 40MiB.bin",
      size: 40 * MiB,
    });
    const small = stack.docspace.addFile({
      folderId: SEED.rooms.bigFiles,
      title: "Worker 300KiB.bin",
      size: 300 * 1024,
    });
    stack.docspace.clearRequests();
    await gotoFolder(page, SEED.rooms.bigFiles);
    await waitForSendItem(page);
    // Loaded once, by the page; the worker starts only when there is something to hash.
    expect(bundleLoads()).toHaveLength(1);
    expect(bundleWorkers()).toEqual([]);

    await expect(send(big.title)).resolves.toEqual([
      { contentHash: stack.docspace.content.dropboxContentHash(big.id), size: 40 * MiB },
    ]);
    // The same bundle, fetched a second time as a worker script (Sec-Fetch-Dest is sent to
    // trustworthy origins only, so the LAN portal's requests carry none).
    const loads = bundleLoads();
    expect(loads).toHaveLength(2);
    expect(loads.every((load) => load.status === 200)).toBe(true);
    if (loads.some((load) => load.dest !== undefined))
      expect(loads.map((load) => load.dest)).toEqual(["script", "worker"]);
    expect(bundleWorkers()).toHaveLength(1);

    await expect(send(small.title)).resolves.toEqual([
      { contentHash: stack.docspace.content.dropboxContentHash(small.id), size: 300 * 1024 },
    ]);
    // The running worker served this one too.
    expect(bundleLoads()).toHaveLength(2);
    expect(errors).toEqual([]);
  }, 180_000);

  test("where the page refuses workers, the main thread hashes: the file arrives intact, no error shown", async () => {
    const big = stack.docspace.addFile({
      folderId: SEED.rooms.bigFiles,
      title: "Refused 24MiB.bin",
      size: 24 * MiB,
    });
    stack.docspace.faults.refuseWorkers = true;
    try {
      stack.docspace.clearRequests();
      await gotoFolder(page, SEED.rooms.bigFiles);
      await waitForSendItem(page);
      const csp = await page.evaluate(async () =>
        (await fetch(location.href)).headers.get("content-security-policy"),
      );
      expect(csp).toContain("worker-src 'none'");

      await expect(send(big.title)).resolves.toEqual([
        { contentHash: stack.docspace.content.dropboxContentHash(big.id), size: 24 * MiB },
      ]);
      // Only the page's own load: the policy stopped the worker before any request.
      expect(bundleLoads()).toHaveLength(1);
      expect(bundleWorkers()).toEqual([]);
      const toasts = await page.evaluate(() => window.__docspaceHost?.toasts ?? []);
      expect(toasts.filter((toast) => toast.type === "error")).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      stack.docspace.faults.refuseWorkers = false;
    }
  }, 180_000);
});
