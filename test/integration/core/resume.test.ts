// Resuming an interrupted large upload through the transfer-state port, against both emulators:
// the second attempt sends only what Dropbox lacks (the emulator's received-bytes counter says so),
// commits one file with the right content hash, and starts afresh whenever the earlier session
// cannot be trusted (changed DocSpace file, session Dropbox forgot, file in the way).

import {
  createDocSpaceClient,
  createTransferEngine,
  memoryTransferStateStore,
  type ResumeEvent,
  type TransferStateStore,
} from "../../../src/core";
import { rewriteDropboxFetch } from "../../emulators/dropbox";
import { FAST_RETRIES, startHarness, type Harness } from "./harness";

const MiB = 1024 * 1024;
const CHUNK = 4 * MiB;
const PARALLEL = 2;
const SIZE = 6 * CHUNK + 12345;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

function engineWith(store: TransferStateStore, parallelChunks = PARALLEL) {
  return createTransferEngine({
    docspace: createDocSpaceClient({
      kind: "api-key",
      portalUrl: h.docspace.url,
      apiKey: h.docspace.users.owner.apiKey,
    }),
    dropbox: { store: h.store },
    options: {
      ...FAST_RETRIES,
      fetch: rewriteDropboxFetch(h.dropbox.url),
      chunkSizeBytes: CHUNK,
      parallelChunks,
      destinationFolder: "/Resume",
    },
    transferState: store,
  });
}

/** A store that cancels the export once `after` chunks are recorded (an interruption at a chunk boundary). */
function interruptingStore(
  inner: TransferStateStore,
  after: number,
): { store: TransferStateStore; signal: AbortSignal } {
  const controller = new AbortController();
  let seen = 0;
  return {
    signal: controller.signal,
    store: {
      ...inner,
      acknowledge: async (key, chunk) => {
        await inner.acknowledge(key, chunk);
        seen += 1;
        if (seen === after) controller.abort();
      },
    },
  };
}

async function interrupted(
  fileId: number | string,
  store: TransferStateStore,
  after: number,
  parallel = PARALLEL,
) {
  const cut = interruptingStore(store, after);
  const result = await engineWith(cut.store, parallel).exportItems({
    items: [{ type: "file", id: fileId }],
    signal: cut.signal,
  });
  expect(result.files[0]?.status).toBe("cancelled");
}

function addFile(title: string, size = SIZE): { id: number | string } {
  const room = h.docspace.addRoom({ title: `Room ${title}` }).id;
  return h.docspace.addFile({ folderId: room, title, size });
}

function copiesOf(name: string): { path: string; contentHash: string }[] {
  return h.dropbox.files().filter((file) => file.path.startsWith(`/resume/${name.toLowerCase()}`));
}

test.each([
  ["after the first chunk", 1, PARALLEL],
  ["mid-appends", 3, PARALLEL],
  ["after the last append", 7, PARALLEL],
  ["mid-appends of an in-order session", 3, 1],
])("interrupted %s, the next attempt sends only the missing chunks", async (_name, after, parallel) => {
  const file = addFile(`mid-${after}-${parallel}.bin`);
  const store = memoryTransferStateStore();
  const before = h.dropbox.receivedBytes();
  await interrupted(file.id, store, after, parallel);
  expect(store.size()).toBe(1);

  const events: ResumeEvent[] = [];
  const result = await engineWith(store, parallel).exportItems({
    items: [{ type: "file", id: file.id }],
    onResume: (event) => events.push(event),
  });
  expect(result.files[0]?.status).toBe("done");
  const hash = h.docspace.content.dropboxContentHash(file.id);
  expect(result.files[0]?.contentHash).toBe(hash);
  expect(copiesOf(`mid-${after}-${parallel}`)).toEqual([expect.objectContaining({ contentHash: hash })]);
  expect(events).toEqual([expect.objectContaining({ kind: "resumed", totalBytes: SIZE })]);
  const skipped = events[0]?.kind === "resumed" ? events[0].skippedBytes : 0;
  // At most the acknowledged-but-unrecorded chunks are missing from the record.
  expect(skipped).toBeGreaterThanOrEqual(Math.min(after, 6) * CHUNK);
  expect(result.files[0]?.resumedBytes).toBe(skipped);
  // Bytes Dropbox received twice (both attempts together, minus the file): at most parallel × chunk.
  expect(h.dropbox.receivedBytes() - before - SIZE).toBeLessThanOrEqual(parallel * CHUNK);
  expect(store.size()).toBe(0);
});

test("interrupted after the commit was sent, the next attempt finds the file and adds no copy", async () => {
  const file = addFile("committed.bin");
  const store = memoryTransferStateStore();
  // The commit lands, its answer is lost, and the export is cancelled during the retry.
  h.dropbox.addFault({ kind: "drop", route: "files/upload_session/finish", phase: "response" });
  const controller = new AbortController();
  const name = "/resume/committed.bin";
  const run = engineWith(store).exportItems({
    items: [{ type: "file", id: file.id }],
    signal: controller.signal,
  });
  while (!h.dropbox.files().some((entry) => entry.path === name)) await new Promise((r) => setTimeout(r, 2));
  controller.abort();
  await run;
  h.dropbox.faults.clear();
  const before = h.dropbox.receivedBytes();

  const result = await engineWith(store).exportItems({ items: [{ type: "file", id: file.id }] });
  expect(result.files[0]).toMatchObject({ status: "done", dropboxPath: "/Resume/committed.bin" });
  expect(copiesOf("committed")).toHaveLength(1);
  expect(h.dropbox.receivedBytes() - before).toBeLessThanOrEqual(PARALLEL * CHUNK);
});

test("a DocSpace file changed since the interruption is sent afresh, never mixed", async () => {
  const file = addFile("changed.bin");
  const store = memoryTransferStateStore();
  await interrupted(file.id, store, 3);
  h.docspace.changes.saveVersion(file.id, SIZE);

  const events: ResumeEvent[] = [];
  const result = await engineWith(store).exportItems({
    items: [{ type: "file", id: file.id }],
    onResume: (event) => events.push(event),
  });
  const hash = h.docspace.content.dropboxContentHash(file.id);
  expect(result.files[0]).toMatchObject({ status: "done", contentHash: hash });
  expect(result.files[0]?.resumedBytes).toBeUndefined();
  expect(events).toEqual([expect.objectContaining({ kind: "restarted", reason: "changed" })]);
  expect(copiesOf("changed")).toEqual([expect.objectContaining({ contentHash: hash })]);
});

test("a session Dropbox no longer knows (7 days later) is reported and the file sent afresh", async () => {
  const file = addFile("expired.bin");
  const store = memoryTransferStateStore();
  await interrupted(file.id, store, 3);
  // files.stone UploadSessionLookupError.not_found: "Upload sessions are valid for 7 days."
  h.dropbox.advanceClock(7 * 24 * 3600 * 1000 + 1000);
  await h.reconnect();
  const before = h.dropbox.receivedBytes();

  const events: ResumeEvent[] = [];
  const result = await engineWith(store).exportItems({
    items: [{ type: "file", id: file.id }],
    onResume: (event) => events.push(event),
  });
  const hash = h.docspace.content.dropboxContentHash(file.id);
  expect(result.files[0]).toMatchObject({ status: "done", contentHash: hash });
  expect(events).toEqual([expect.objectContaining({ kind: "restarted", reason: "expired" })]);
  expect(h.dropbox.receivedBytes() - before).toBeGreaterThanOrEqual(SIZE);
  expect(copiesOf("expired")).toEqual([expect.objectContaining({ contentHash: hash })]);
});

test("a foreign file at the destination is kept, and ours arrives whole beside it", async () => {
  const file = addFile("foreign.bin");
  const store = memoryTransferStateStore();
  await interrupted(file.id, store, 3);
  const other = h.docspace.addFile({
    folderId: h.docspace.addRoom({ title: "Other foreign" }).id,
    title: "foreign.bin",
    size: 77,
  });
  const placed = await engineWith(memoryTransferStateStore()).exportItems({
    items: [{ type: "file", id: other.id }],
  });
  expect(placed.files[0]?.status).toBe("done");

  const result = await engineWith(store).exportItems({ items: [{ type: "file", id: file.id }] });
  const hash = h.docspace.content.dropboxContentHash(file.id);
  expect(result.files[0]).toMatchObject({
    status: "done",
    contentHash: hash,
    dropboxPath: "/Resume/foreign (1).bin",
  });
  expect(
    copiesOf("foreign")
      .map((entry) => entry.contentHash)
      .sort(),
  ).toEqual([hash, h.docspace.content.dropboxContentHash(other.id)].sort());
});

test("--no-resume semantics: fresh ignores the record and replaces it", async () => {
  const file = addFile("fresh.bin");
  const store = memoryTransferStateStore();
  await interrupted(file.id, store, 3);
  const before = h.dropbox.receivedBytes();
  const events: ResumeEvent[] = [];
  const result = await engineWith(store).exportItems({
    items: [{ type: "file", id: file.id }],
    fresh: true,
    onResume: (event) => events.push(event),
  });
  expect(result.files[0]?.status).toBe("done");
  expect(events).toEqual([]);
  expect(h.dropbox.receivedBytes() - before).toBeGreaterThanOrEqual(SIZE);
  expect(store.size()).toBe(0);
});
