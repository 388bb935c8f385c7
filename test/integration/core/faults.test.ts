// Runs the shared fault matrix (fault-cases.ts) in Node, plus the invariants that need a closer
// look at the calls made: no commit after a short download, cancellation, no "name (1)".

import { setTimeout as delay } from "node:timers/promises";
import { CRASH_CASES, FAULT_CASES, LARGE, SESSION_OPTIONS, expectOutcome } from "./fault-cases";
import { summarize } from "./summary";
import { startHarness, type Harness } from "./harness";

const MiB = 1024 * 1024;
let harness: Harness;
let folderId: number | string;
let counter = 0;

beforeAll(async () => {
  harness = await startHarness();
  folderId = harness.docspace.addFolder({
    parentId: harness.docspace.seed.rooms.project,
    title: "Faults",
  }).id;
});
afterAll(async () => {
  await harness.close();
});
afterEach(async () => {
  harness.docspace.faults.clear();
  harness.dropbox.faults.clear();
  await harness.dropbox.reset();
  harness.dropbox.setQuota(2 * 1024 ** 4);
  await harness.reconnect();
});

test.each(FAULT_CASES.map((testCase) => [testCase.name, testCase] as const))(
  "%s",
  async (_name, testCase) => {
    counter += 1;
    const sources = Array.from({ length: testCase.files ?? 1 }, (_, index) =>
      harness.docspace.addFile({ folderId, title: `case ${counter} file ${index}.bin`, size: testCase.size }),
    );
    const first = sources[0];
    if (!first) throw new Error("no file");
    testCase.inject(harness, first.id);
    const result = await harness
      .engine({ destinationFolder: "/Faults", ...SESSION_OPTIONS, ...testCase.options })
      .exportItems({ items: sources.map((file) => ({ type: "file" as const, id: file.id })) });
    expectOutcome(harness, testCase, sources, summarize(result), "/Faults");
  },
);

test.each(CRASH_CASES.map((testCase) => [testCase.name, testCase] as const))(
  "crash + foreign file + keep-both, %s: a fresh engine leaves one copy of each",
  async (_name, testCase) => {
    counter += 1;
    const destination = `/Crash ${counter}`;
    const folder = destination.toLowerCase();
    const titles = Array.from({ length: testCase.files ?? 1 }, (_, index) => `crash ${index}.bin`);
    // Foreign files (other bytes, from another DocSpace folder) already at every planned path.
    const otherFolder = harness.docspace.addFolder({ parentId: folderId, title: `foreign ${counter}` }).id;
    const foreign = titles.map((title) =>
      harness.docspace.addFile({ folderId: otherFolder, title, size: 77 }),
    );
    const placed = await harness
      .engine({ destinationFolder: destination })
      .exportItems({ items: foreign.map((file) => ({ type: "file" as const, id: file.id })) });
    expect(placed.files.map((file) => file.status)).toEqual(titles.map(() => "done"));
    const foreignRevs = harness.dropbox.files().map((file) => [file.path, file.rev]);

    const ownFolder = harness.docspace.addFolder({ parentId: folderId, title: `own ${counter}` }).id;
    const sources = titles.map((title) =>
      harness.docspace.addFile({ folderId: ownFolder, title, size: testCase.size }),
    );
    const hashes = sources.map((file) => harness.docspace.content.dropboxContentHash(file.id));
    const items = sources.map((file) => ({ type: "file" as const, id: file.id }));
    const probe = { harness, ids: sources.map((file) => file.id), hashes, folder };

    // The doomed run: abandoned at the phase, as a killed process would be.
    harness.dropbox.resetCalls();
    harness.docspace.clearRequests();
    const first = sources[0];
    if (!first) throw new Error("no file");
    testCase.arm(harness, first.id);
    const controller = new AbortController();
    let settled = false;
    // Its retries wait long, so it stands at the phase until aborted.
    const doomed = harness
      .engine({
        destinationFolder: destination,
        ...SESSION_OPTIONS,
        retryBaseDelayMs: 60_000,
        retryMaxDelayMs: 60_000,
      })
      .exportItems({ items, signal: controller.signal })
      .finally(() => (settled = true));
    while (!testCase.reached(probe) && !settled) await delay(5);
    // It stood at the phase, and had not finished on its own.
    expect(settled).toBe(false);
    controller.abort();
    await doomed;
    harness.dropbox.faults.clear();
    harness.docspace.faults.clear();

    // A fresh engine with no memory of the doomed run.
    const result = await harness
      .engine({ destinationFolder: destination, ...SESSION_OPTIONS })
      .exportItems({ items });

    expect(result.files.map((file) => [file.status, file.error?.kind])).toEqual(
      titles.map(() => ["done", undefined]),
    );
    const stored = harness.dropbox.files().filter((file) => file.path.startsWith(`${folder}/`));
    for (const [index, hash] of hashes.entries()) {
      const copies = stored.filter((file) => file.contentHash === hash);
      expect(copies.map((file) => file.path)).toEqual([`${folder}/crash ${index} (1).bin`]);
      expect(result.files[index]?.dropboxPath.toLowerCase()).toBe(`${folder}/crash ${index} (1).bin`);
    }
    // The foreign files are untouched, and nothing else was written.
    expect(stored).toHaveLength(titles.length * 2);
    expect(
      foreignRevs.every(([path, rev]) => stored.some((file) => file.path === path && file.rev === rev)),
    ).toBe(true);
  },
);

test("a lost commit response does not leave 'name (1)' beside an existing file (keep both)", async () => {
  // A different file already sits at the destination, so the export lands as "existing (1).bin".
  const blocker = harness.docspace.addFile({ folderId, title: "existing.bin", size: 7000 });
  await harness
    .engine({ destinationFolder: "/Faults" })
    .exportItems({ items: [{ type: "file", id: blocker.id }] });
  const source = harness.docspace.addFile({ folderId, title: "existing.bin", size: 4096 });
  harness.dropbox.addFault({ kind: "drop", route: "files/upload", phase: "response" });

  const result = await harness
    .engine({ destinationFolder: "/Faults" })
    .exportItems({ items: [{ type: "file", id: source.id }] });

  expect(result.files[0]).toMatchObject({ status: "done", dropboxPath: "/Faults/existing (1).bin" });
  const stored = harness.dropbox.files().map((file) => [file.pathDisplay, file.contentHash]);
  expect(stored.sort()).toEqual(
    [
      ["/Faults/existing (1).bin", harness.docspace.content.dropboxContentHash(source.id)],
      ["/Faults/existing.bin", harness.docspace.content.dropboxContentHash(blocker.id)],
    ].sort(),
  );
});

test("a copy already in Dropbox counts for its own file only, not for a twin beside it (keep both)", async () => {
  // DocSpace holds "twin.bin" and its duplicate "twin (1).bin". Dropbox holds a different
  // "twin.bin", and "twin (1).bin" with the shared bytes, as an earlier run left it.
  const twins = harness.docspace.addFolder({ parentId: folderId, title: "Twins" }).id;
  const original = harness.docspace.addFile({ folderId: twins, title: "twin.bin", size: 5000 });
  const duplicate = harness.docspace.addFile({
    folderId: twins,
    title: "twin (1).bin",
    size: 5000,
    copyOf: original.id,
  });
  const foreign = harness.docspace.addFile({ folderId, title: "twin.bin", size: 6000 });
  await harness.engine({ destinationFolder: "/Faults/Twins" }).exportItems({
    items: [
      { type: "file", id: foreign.id },
      { type: "file", id: duplicate.id },
    ],
  });

  const result = await harness
    .engine({ destinationFolder: "/Faults" })
    .exportItems({ items: [{ type: "folder", id: twins }] });

  // The duplicate finds its copy at its own path; "twin.bin" must not take that copy for an
  // autorenamed one of its own, so it lands beside both.
  const outcome = Object.fromEntries(result.files.map((file) => [file.title, file.dropboxPath]));
  expect(outcome).toEqual({
    "twin.bin": "/Faults/Twins/twin (2).bin",
    "twin (1).bin": "/Faults/Twins/twin (1).bin",
  });
  const shared = harness.docspace.content.dropboxContentHash(original.id);
  const stored = harness.dropbox.files().map((file) => [file.pathDisplay, file.contentHash]);
  expect(stored.sort()).toEqual(
    [
      ["/Faults/Twins/twin.bin", harness.docspace.content.dropboxContentHash(foreign.id)],
      ["/Faults/Twins/twin (1).bin", shared],
      ["/Faults/Twins/twin (2).bin", shared],
    ].sort(),
  );
});

test("a copy already in Dropbox at a path planned for a file of another size is still found as this file's (keep both)", async () => {
  // DocSpace holds "memo.txt" and a different, larger "memo (1).txt". Dropbox holds a foreign
  // "memo.txt" and, as an earlier run left it, "memo.txt"'s bytes autorenamed to "memo (1).txt".
  const folder = harness.docspace.addFolder({ parentId: folderId, title: "Sizes" }).id;
  const memo = harness.docspace.addFile({ folderId: folder, title: "memo.txt", size: 5000 });
  const other = harness.docspace.addFile({ folderId: folder, title: "memo (1).txt", size: 7000 });
  const foreign = harness.docspace.addFile({ folderId, title: "memo.txt", size: 6000 });
  for (const earlier of [foreign, memo]) {
    await harness
      .engine({ destinationFolder: "/Faults/Sizes" })
      .exportItems({ items: [{ type: "file", id: earlier.id }] });
  }
  expect(harness.dropbox.files().map((file) => file.pathDisplay)).toContain("/Faults/Sizes/memo (1).txt");

  const result = await harness
    .engine({ destinationFolder: "/Faults" })
    .exportItems({ items: [{ type: "folder", id: folder }] });

  // "memo (1).txt" cannot hold the bytes of a file of another size: it is memo.txt's copy.
  const outcome = Object.fromEntries(result.files.map((file) => [file.title, file.dropboxPath]));
  expect(outcome["memo.txt"]).toBe("/Faults/Sizes/memo (1).txt");
  const hashes = harness.dropbox.files().map((file) => file.contentHash);
  const content = harness.docspace.content;
  expect(hashes.filter((hash) => hash === content.dropboxContentHash(memo.id))).toHaveLength(1);
  expect(hashes.filter((hash) => hash === content.dropboxContentHash(other.id))).toHaveLength(1);
  expect(hashes).toHaveLength(3);
});

test("a download that keeps coming up short never reaches a commit", async () => {
  const source = harness.docspace.addFile({ folderId, title: "short.bin", size: LARGE });
  harness.docspace.faults.rangeSupport = false;
  harness.docspace.faults.add({
    match: { fileId: source.id },
    action: { type: "drop", afterBytes: 9 * MiB },
  });
  harness.dropbox.resetCalls();

  const result = await harness
    .engine({ destinationFolder: "/Faults", ...SESSION_OPTIONS })
    .exportItems({ items: [{ type: "file", id: source.id }] });

  expect(result.files[0]?.error?.kind).toBe("incomplete-download");
  expect(harness.dropbox.calls()["files/upload_session/finish"]).toBeUndefined();
  expect(harness.dropbox.files()).toEqual([]);
});

test("cancelling mid-file stops at once and commits nothing", async () => {
  const source = harness.docspace.addFile({ folderId, title: "cancelled.bin", size: LARGE });
  const controller = new AbortController();
  harness.dropbox.resetCalls();

  const result = await harness
    .engine({ destinationFolder: "/Faults", ...SESSION_OPTIONS, parallelChunks: 1 })
    .exportItems({
      items: [{ type: "file", id: source.id }],
      signal: controller.signal,
      onProgress: (event) => {
        if (event.file.transferredBytes > 0) controller.abort();
      },
    });

  expect(result.files[0]).toMatchObject({ status: "cancelled" });
  expect(result.files[0]?.error?.kind).toBe("cancelled");
  const calls = harness.dropbox.calls();
  expect(calls["files/upload_session/finish"]).toBeUndefined();
  // One chunk was appended before the abort; the remaining two never were.
  expect(calls["files/upload_session/append_v2"]?.count ?? 0).toBeLessThanOrEqual(2);
  expect(harness.dropbox.files()).toEqual([]);
});

test("cancelling a folder export before its batch commit commits none of it", async () => {
  const sources = Array.from({ length: 4 }, (_, index) =>
    harness.docspace.addFile({ folderId, title: `batch cancel ${index}.bin`, size: 1000 }),
  );
  const controller = new AbortController();
  let started = 0;
  const result = await harness.engine({ destinationFolder: "/Faults", parallelFiles: 1 }).exportItems({
    items: sources.map((file) => ({ type: "file" as const, id: file.id })),
    signal: controller.signal,
    onProgress: (event) => {
      if (event.file.status === "committing" && ++started === 2) controller.abort();
    },
  });
  expect(result.files.map((file) => file.status)).toEqual([
    "cancelled",
    "cancelled",
    "cancelled",
    "cancelled",
  ]);
  expect(harness.dropbox.files()).toEqual([]);
});

test("cancelling while a file waits for its memory budget reports it cancelled, not a crash", async () => {
  const sources = [0, 1].map((index) =>
    harness.docspace.addFile({ folderId, title: `waiting ${index}.bin`, size: LARGE }),
  );
  const controller = new AbortController();
  const result = await harness
    .engine({ destinationFolder: "/Faults", ...SESSION_OPTIONS, parallelFiles: 2 })
    .exportItems({
      items: sources.map((file) => ({ type: "file" as const, id: file.id })),
      signal: controller.signal,
      onProgress: (event) => {
        if (event.file.transferredBytes > 0) controller.abort();
      },
    });
  expect(result.files.map((file) => file.status)).toEqual(["cancelled", "cancelled"]);
  expect(harness.dropbox.files()).toEqual([]);
});
