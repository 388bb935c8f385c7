// The planning API against the emulators: a plan's paths are the paths `exportItems` writes, and a
// skipped file costs neither a download nor an upload.

import {
  createDocSpaceClient,
  createTransferEngine,
  type DocSpaceClient,
  type DocSpaceId,
  type TransferEngine,
} from "../../../src/core";
import { rewriteDropboxFetch } from "../../emulators/dropbox";
import { FAST_RETRIES, startHarness, type Harness } from "./harness";

let harness: Harness;
let tree: DocSpaceId;
beforeAll(async () => {
  harness = await startHarness();
  const top = harness.docspace.addFolder({
    parentId: harness.docspace.seed.rooms.project,
    title: "Plan\u0085 tree",
  });
  tree = top.id;
  harness.docspace.addFile({ folderId: top.id, title: "Readme.md", size: 11 });
  harness.docspace.addFile({ folderId: top.id, title: "README.md", size: 22 });
  harness.docspace.addFile({ folderId: top.id, title: "desktop.ini", size: 33 });
  harness.docspace.addFile({ folderId: top.id, title: "notes\u00a0", size: 44 });
  const sub = harness.docspace.addFolder({ parentId: top.id, title: "Sub" });
  harness.docspace.addFile({ folderId: sub.id, title: "b.txt", size: 55 });
  harness.docspace.addFolder({ parentId: top.id, title: "Empty" });
});
afterAll(async () => {
  await harness.close();
});
afterEach(async () => {
  await harness.dropbox.reset();
});

/** An engine whose DocSpace client records what it was asked for. */
function recordingEngine(): { engine: TransferEngine; listed: DocSpaceId[]; downloaded: DocSpaceId[] } {
  const client = createDocSpaceClient({
    kind: "api-key",
    portalUrl: harness.docspace.url,
    apiKey: harness.docspace.users.owner.apiKey,
  });
  const listed: DocSpaceId[] = [];
  const downloaded: DocSpaceId[] = [];
  const docspace: DocSpaceClient = {
    ...client,
    listFolder: (id, signal) => {
      listed.push(id);
      return client.listFolder(id, signal);
    },
    getDownloadUrl: (file, signal) => {
      downloaded.push(file.id);
      return client.getDownloadUrl(file, signal);
    },
  };
  const engine = createTransferEngine({
    docspace,
    dropbox: { store: harness.store },
    options: { ...FAST_RETRIES, destinationFolder: "/P", fetch: rewriteDropboxFetch(harness.dropbox.url) },
  });
  return { engine, listed, downloaded };
}

test("the plan's paths are the paths exportItems writes: case twins and sanitized names included", async () => {
  const { engine, listed } = recordingEngine();
  const plan = await engine.planExport({ items: [{ type: "folder", id: tree }] });
  expect(plan.files.map((file) => [file.dropboxPath, file.renamedFrom])).toEqual([
    // The folder's name was sanitized too, so every file reports its DocSpace path.
    ["/P/Plan_ tree/Readme.md", "Plan\u0085 tree/Readme.md"],
    ["/P/Plan_ tree/README (2).md", "Plan\u0085 tree/README.md"],
    ["/P/Plan_ tree/_desktop.ini", "Plan\u0085 tree/desktop.ini"],
    ["/P/Plan_ tree/notes", "Plan\u0085 tree/notes\u00a0"],
    ["/P/Plan_ tree/Sub/b.txt", "Plan\u0085 tree/Sub/b.txt"],
  ]);
  expect(plan.emptyFolders).toEqual(["/P/Plan_ tree/Empty"]);
  // Planning reads DocSpace only.
  expect(harness.dropbox.calls()).toEqual({});

  const listings = listed.length;
  const result = await engine.exportItems({ plan });
  expect(listed).toHaveLength(listings);
  expect(result.files.map((file) => [file.dropboxPath, file.status, file.renamedFrom])).toEqual(
    plan.files.map((file) => [file.dropboxPath, "done", file.renamedFrom]),
  );
  expect(
    harness.dropbox
      .files()
      .map((file) => file.pathDisplay)
      .sort(),
  ).toEqual(plan.files.map((file) => file.dropboxPath).sort());
  expect(result.emptyFolders).toEqual([{ dropboxPath: "/P/Plan_ tree/Empty", status: "done" }]);

  // Planning inside exportItems gives the same result as planning first.
  await harness.dropbox.reset();
  const direct = await engine.exportItems({ items: [{ type: "folder", id: tree }] });
  expect(direct.files.map((file) => file.dropboxPath)).toEqual(plan.files.map((file) => file.dropboxPath));
});

test("skipped files are neither downloaded nor uploaded, and rename nothing", async () => {
  const { engine, downloaded } = recordingEngine();
  const plan = await engine.planExport({ items: [{ type: "folder", id: tree }] });
  const [readme, twin] = plan.files;
  const asked: string[] = [];
  const totals = new Set<number>();
  const result = await engine.exportItems({
    plan,
    onProgress: (event) => totals.add(event.overall.totalFiles),
    // A promise, as a decision that has to look something up would return.
    skip: (file) => {
      asked.push(file.dropboxPath);
      return Promise.resolve(file === readme || file.file.title === "b.txt");
    },
  });
  expect(asked).toEqual(plan.files.map((file) => file.dropboxPath));
  // Skipped files are not part of the transfer at all, progress included.
  expect([...totals]).toEqual([3]);
  expect(result.files.map((file) => file.dropboxPath)).toEqual([
    "/P/Plan_ tree/README (2).md",
    "/P/Plan_ tree/_desktop.ini",
    "/P/Plan_ tree/notes",
  ]);
  expect(result.files.every((file) => file.status === "done")).toBe(true);
  expect(downloaded).not.toContain(readme?.file.id);
  expect(downloaded).toContain(twin?.file.id);
  expect(downloaded).toHaveLength(3);
  const stored = harness.dropbox.files().map((file) => file.pathDisplay);
  expect(stored).not.toContain("/P/Plan_ tree/Readme.md");
  expect(stored).not.toContain("/P/Plan_ tree/Sub/b.txt");
  expect(stored).toHaveLength(3);
});

test("item failures are the plan's, reported once by exportItems", async () => {
  const { engine } = recordingEngine();
  const plan = await engine.planExport({
    items: [
      { type: "folder", id: 987_654 },
      { type: "file", id: harness.docspace.seed.files.text },
    ],
  });
  expect(plan.itemFailures.map((failure) => [failure.item.id, failure.error.kind])).toEqual([
    [987_654, "not-found"],
  ]);
  expect(plan.files.map((file) => file.itemIndex)).toEqual([1]);
  const result = await engine.exportItems({ plan });
  expect(result.itemFailures).toEqual(plan.itemFailures);
  expect(result.files.map((file) => file.status)).toEqual(["done"]);
});
