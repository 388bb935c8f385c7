import type { Plan, PlannedFile } from "../../../src/cli/plan";
import { listingRoots, sortOut } from "../../../src/cli/skip";
import type { RemoteIndex, SyncState } from "../../../src/cli/sync";

function planned(id: number, path: string, itemIndex = 0, collisionKey = path.toLowerCase()): PlannedFile {
  return {
    itemIndex,
    file: {
      id,
      title: path.slice(path.lastIndexOf("/") + 1),
      viewUrl: "u",
      version: 1,
      pureContentLength: 10,
    },
    folders: [],
    path,
    collisionKey,
    size: 10,
  };
}

function planOf(files: PlannedFile[]): Plan {
  return {
    items: [
      { ref: { kind: "room", id: 1, text: "room:1" }, item: { type: "room", id: 1 } },
      { ref: { kind: "file", id: 9, text: "file:9" }, item: { type: "file", id: 9 } },
    ],
    files,
    problems: [],
    listings: new Map(),
    fileRecords: new Map(),
  };
}

const remoteOf = (entries: [string, string][]): RemoteIndex =>
  new Map(
    entries.map(([path, hash]) => [path.toLowerCase(), { pathDisplay: path, size: 10, contentHash: hash }]),
  );

test("listingRoots: a folder item's top folder recursively, the destination itself for file items", () => {
  const plan = planOf([
    planned(1, "/Archive/Room/a.txt"),
    planned(2, "/Archive/Room/Sub/b.txt"),
    planned(9, "/Archive/x.txt", 1),
  ]);
  expect(listingRoots(plan, "/Archive")).toEqual([
    { path: "/archive/room", recursive: true },
    { path: "/archive", recursive: false },
  ]);
  expect(listingRoots(planOf([planned(1, "/Room/a.txt")]), "")).toEqual([{ path: "/room", recursive: true }]);
});

test("sortOut hashes only unrecorded same-size files, records equal ones, keeps plan order", async () => {
  const files = [planned(1, "/R/a.txt"), planned(2, "/R/b.txt"), planned(3, "/R/c.txt")];
  const state: SyncState = { version: 1, records: {} };
  const hashed: number[] = [];
  const result = await sortOut({
    plan: planOf(files),
    remote: remoteOf([
      ["/R/a.txt", "same"],
      ["/R/b.txt", "stale"],
    ]),
    state,
    keyOf: (file) => String(file.file.id),
    keepBoth: true,
    concurrency: 2,
    hashOf: (file) => {
      hashed.push(Number(file.file.id));
      return Promise.resolve("same");
    },
  });
  expect(hashed.sort()).toEqual([1, 2]);
  expect(result.transfer.map((file) => file.file.id)).toEqual([2, 3]);
  expect(result.skipped.map((entry) => [entry.file.file.id, entry.reason])).toEqual([[1, "same-content"]]);
  expect(state.records["1"]).toEqual({
    plannedPath: "/R/a.txt",
    dropboxPath: "/R/a.txt",
    contentHash: "same",
    stamp: "1||10",
  });
});

test("sortOut sends a whole name-collision group back when one member changed", async () => {
  const files = [
    planned(1, "/R/Readme.md", 0, "/r/readme.md"),
    planned(2, "/R/README (2).md", 0, "/r/readme.md"),
  ];
  const state: SyncState = {
    version: 1,
    records: {
      "1": { plannedPath: "/R/Readme.md", dropboxPath: "/R/Readme.md", contentHash: "h1", stamp: "1||10" },
    },
  };
  const result = await sortOut({
    plan: planOf(files),
    remote: remoteOf([["/R/Readme.md", "h1"]]),
    state,
    keyOf: (file) => String(file.file.id),
    keepBoth: true,
    concurrency: 1,
    hashOf: () => Promise.reject(new Error("not needed")),
  });
  expect(result.transfer.map((file) => file.file.id)).toEqual([1, 2]);
  expect(result.skipped).toEqual([]);
});

test("a file that cannot be hashed is transferred, so the engine reports why", async () => {
  const result = await sortOut({
    plan: planOf([planned(1, "/R/a.txt")]),
    remote: remoteOf([["/R/a.txt", "h"]]),
    state: { version: 1, records: {} },
    keyOf: (file) => String(file.file.id),
    keepBoth: true,
    concurrency: 1,
    hashOf: () => Promise.reject(new Error("403")),
  });
  expect(result.transfer).toHaveLength(1);
});

test("sortOut (keep both) skips a file whose autorenamed copy holds its hash, and records that copy", async () => {
  const files = [planned(1, "/R/a.txt"), planned(2, "/R/b.txt")];
  const state: SyncState = { version: 1, records: {} };
  const remote: RemoteIndex = new Map([
    ["/r/a.txt", { pathDisplay: "/R/a.txt", size: 7, contentHash: "foreign" }],
    ["/r/a (1).txt", { pathDisplay: "/R/a (1).txt", size: 10, contentHash: "hash-1" }],
    ["/r/b (1).txt", { pathDisplay: "/R/b (1).txt", size: 10, contentHash: "not-2" }],
  ]);
  const input = {
    plan: planOf(files),
    remote,
    state,
    keyOf: (file: PlannedFile) => String(file.file.id),
    concurrency: 2,
    hashOf: (file: PlannedFile) => Promise.resolve(`hash-${String(file.file.id)}`),
  };
  const result = await sortOut({ ...input, keepBoth: true });
  expect(result.skipped.map((entry) => [entry.line.dropboxPath, entry.reason])).toEqual([
    ["/R/a (1).txt", "same-content"],
  ]);
  expect(result.transfer.map((file) => file.path)).toEqual(["/R/b.txt"]);
  expect(state.records["1"]).toMatchObject({ plannedPath: "/R/a.txt", dropboxPath: "/R/a (1).txt" });
  // Overwrite never autorenames, so a "(1)" there is someone else's file.
  const overwrite = await sortOut({ ...input, state: { version: 1, records: {} }, keepBoth: false });
  expect(overwrite.transfer.map((file) => file.path)).toEqual(["/R/a.txt", "/R/b.txt"]);
});
