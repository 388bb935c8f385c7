import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  autorenamedCopies,
  byFolder,
  decide,
  loadState,
  recordKey,
  saveState,
  stampOf,
  type RemoteIndex,
  type SyncRecord,
} from "../../../src/cli/sync";

const planned = { path: "/Archive/Room/a.txt", size: 10, stamp: "1|t|10" };
const record: SyncRecord = {
  plannedPath: "/Archive/Room/a.txt",
  dropboxPath: "/Archive/Room/a (1).txt",
  contentHash: "h1",
  stamp: "1|t|10",
};

function remote(entries: [string, number, string][]): RemoteIndex {
  return new Map(
    entries.map(([path, size, contentHash]) => [
      path.toLowerCase(),
      { pathDisplay: path, size, contentHash },
    ]),
  );
}

describe("decide", () => {
  test("skips an unchanged file whose recorded copy is still in Dropbox, even autorenamed", () => {
    expect(decide(planned, record, remote([["/Archive/Room/a (1).txt", 10, "h1"]]))).toEqual({
      action: "skip",
      reason: "unchanged",
      dropboxPath: "/Archive/Room/a (1).txt",
      contentHash: "h1",
    });
  });
  test("paths compare case-insensitively", () => {
    expect(
      decide(
        { ...planned, path: "/ARCHIVE/room/A.txt" },
        { ...record, dropboxPath: "/archive/room/a (1).TXT" },
        remote([["/Archive/Room/a (1).txt", 10, "h1"]]),
      ).action,
    ).toBe("skip");
  });
  test("a changed DocSpace version is not skipped on the record", () => {
    expect(
      decide({ ...planned, stamp: "2|u|10" }, record, remote([["/Archive/Room/a (1).txt", 10, "h1"]])),
    ).toEqual({ action: "transfer" });
  });
  test("a Dropbox copy edited since the record is not trusted", () => {
    expect(decide(planned, record, remote([["/Archive/Room/a (1).txt", 10, "other"]]))).toEqual({
      action: "transfer",
    });
  });
  test("a record for another destination does not apply", () => {
    expect(
      decide(
        { ...planned, path: "/Elsewhere/a.txt" },
        record,
        remote([["/Archive/Room/a (1).txt", 10, "h1"]]),
      ),
    ).toEqual({ action: "transfer" });
  });
  test("without a record, a same-size file at the path is compared by hash", () => {
    const index = remote([["/Archive/Room/a.txt", 10, "hx"]]);
    expect(decide(planned, undefined, index)).toEqual({
      action: "compare",
      candidates: [index.get("/archive/room/a.txt")],
    });
  });
  test("a different size or nothing at the path means transfer", () => {
    expect(decide(planned, undefined, remote([["/Archive/Room/a.txt", 11, "hx"]]))).toEqual({
      action: "transfer",
    });
    expect(decide(planned, undefined, new Map())).toEqual({ action: "transfer" });
  });
});

test("stampOf changes with version, update time and size; 0-byte files have no size field", () => {
  const file = {
    id: 1,
    title: "a",
    viewUrl: "u",
    version: 3,
    updated: "2025-01-01T00:00:00Z",
    pureContentLength: 5,
  };
  expect(stampOf(file)).toBe("3|2025-01-01T00:00:00Z|5");
  expect(stampOf({ id: 1, title: "a", viewUrl: "u" })).toBe("||0");
  expect(recordKey("https://p", "dbid:x", "/K", 7)).toBe("https://p dbid:x /k 7");
});

test("records are per destination: /K, then /K32, then /K again keeps the first /K record", () => {
  const state: Record<string, SyncRecord> = {};
  for (const folder of ["/K", "/K32"]) {
    state[recordKey("https://p", "dbid:x", folder, 7)] = {
      ...record,
      plannedPath: `${folder}/Room/a.txt`,
      dropboxPath: `${folder}/Room/a.txt`,
    };
  }
  const again = state[recordKey("https://p", "dbid:x", "/k", 7)];
  expect(
    decide(
      { ...planned, path: "/K/Room/a.txt" },
      again,
      remote([
        ["/K/Room/a.txt", 10, "h1"],
        ["/K32/Room/a.txt", 10, "h1"],
      ]),
    ),
  ).toMatchObject({ action: "skip", dropboxPath: "/K/Room/a.txt" });
});

describe("copies an earlier keep-both run left under autorenamed names", () => {
  const index = remote([
    ["/Archive/Room/a.txt", 99, "foreign"],
    ["/Archive/Room/a (1).txt", 10, "ours"],
    ["/Archive/Room/a (1) x.txt", 10, "other"],
    ["/Archive/Room/b (1).txt", 10, "other"],
    ["/Archive/Other/a (2).txt", 10, "other"],
  ]);
  test("autorenamedCopies finds exactly the names autorename gives in the same folder", () => {
    expect(autorenamedCopies("/Archive/Room/a.txt", byFolder(index)).map((file) => file.pathDisplay)).toEqual(
      ["/Archive/Room/a (1).txt"],
    );
  });
  test("decide compares them by hash when nothing of the same size is at the planned path", () => {
    expect(decide(planned, undefined, index, autorenamedCopies(planned.path, byFolder(index)))).toEqual({
      action: "compare",
      candidates: [index.get("/archive/room/a (1).txt")],
    });
    // Without them (what the CLI did before), the file was sent again beside its own copy.
    expect(decide(planned, undefined, index)).toEqual({ action: "transfer" });
  });
});

describe("state file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cli-state-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("round-trips, 0600, and a missing file is an empty state", async () => {
    const path = join(dir, "sub", "sync-state.json");
    const warnings: string[] = [];
    expect(await loadState(path, (text) => warnings.push(text))).toEqual({ version: 1, records: {} });
    await saveState(path, { version: 1, records: { k: record } });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await loadState(path, (text) => warnings.push(text))).toEqual({
      version: 1,
      records: { k: record },
    });
    expect(warnings).toEqual([]);
  });

  test("a corrupt file is ignored with a warning; bad records are dropped", async () => {
    const path = join(dir, "sync-state.json");
    writeFileSync(path, "{not json");
    const warnings: string[] = [];
    expect(await loadState(path, (text) => warnings.push(text))).toEqual({ version: 1, records: {} });
    expect(warnings[0]).toMatch(/not a sync state file/u);
    writeFileSync(path, JSON.stringify({ version: 1, records: { good: record, bad: { plannedPath: 1 } } }));
    expect((await loadState(path, () => undefined)).records).toEqual({ good: record });
    expect(readFileSync(path, "utf8")).toContain("bad");
  });
});
