// The CLI's transfer records on disk: a session start, then one line per acknowledged chunk.
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileTransferStateStore } from "../../../src/cli/transfer-state";
import type { UploadStart } from "../../../src/core";

let dir: string;

beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), "transfer-state-")), "transfers");
});

afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const start: UploadStart = {
  key: "portal|file:7",
  docspaceId: 7,
  stamp: "2026-11-30T07:00:00Z",
  size: 3 * 8 * 1024 * 1024,
  destination: "/Exports/a.bin",
  chunkSize: 8 * 1024 * 1024,
  sessionId: "session-1",
  concurrent: true,
  startedAt: 1_764_486_000_000,
};

test("a session start and its acknowledged chunks read back in order, in a private file", async () => {
  const store = fileTransferStateStore(dir);
  await store.begin(start);
  await store.acknowledge(start.key, { offset: 0, length: start.chunkSize, digests: ["aa", "bb"] });
  await store.acknowledge(start.key, {
    offset: start.chunkSize,
    length: start.chunkSize,
    digests: ["cc", "dd"],
  });
  expect(await store.load(start.key)).toEqual({
    ...start,
    chunks: [
      { offset: 0, length: start.chunkSize, digests: ["aa", "bb"] },
      { offset: start.chunkSize, length: start.chunkSize, digests: ["cc", "dd"] },
    ],
  });
  const [file] = readdirSync(dir);
  expect(statSync(path.join(dir, file ?? "")).mode & 0o777).toBe(0o600);
  expect(statSync(dir).mode & 0o777).toBe(0o700);
});

test("acknowledging a chunk of a removed record fails and creates no record without its start", async () => {
  const store = fileTransferStateStore(dir);
  await store.begin(start);
  await store.remove(start.key);
  await expect(store.acknowledge(start.key, { offset: 0, length: 1, digests: ["aa"] })).rejects.toThrow(
    /ENOENT/u,
  );
  expect(await store.list()).toEqual([]);
  expect(readdirSync(dir)).toEqual([]);
});

test("a line cut short by a crash is ignored; the chunks before it stand", async () => {
  const store = fileTransferStateStore(dir);
  await store.begin(start);
  await store.acknowledge(start.key, { offset: 0, length: start.chunkSize, digests: ["aa", "bb"] });
  const [file] = readdirSync(dir);
  const recordPath = path.join(dir, file ?? "");
  appendFileSync(recordPath, '{"offset":8388608,"len');
  expect((await store.load(start.key))?.chunks).toEqual([
    { offset: 0, length: start.chunkSize, digests: ["aa", "bb"] },
  ]);
  expect(readFileSync(recordPath, "utf8").split("\n")).toHaveLength(3);
});

test("a transfers directory that already exists with wider permissions is made 0700", async () => {
  mkdirSync(dir);
  chmodSync(dir, 0o755);
  await fileTransferStateStore(dir).begin(start);
  expect(statSync(dir).mode & 0o777).toBe(0o700);
});

test("a session start a crash left as a temporary file is removed once stale", async () => {
  const store = fileTransferStateStore(dir);
  await store.begin(start);
  const [record] = readdirSync(dir);
  const stale = path.join(dir, `${record ?? ""}.4242.1700000000000.1.tmp`);
  writeFileSync(stale, `${JSON.stringify(start)}\n`);
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(stale, hourAgo, hourAgo);
  expect(await store.list()).toEqual([{ key: start.key, startedAt: start.startedAt }]);
  expect(readdirSync(dir)).toEqual([record]);
});
