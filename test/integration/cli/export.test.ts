// `export` end to end: a room copied byte-identical, the re-run that transfers nothing and says
// so (with and without the sync record), an incremental run, a dry run, links, and the JSON shape.

import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileEvents, startCliHarness, summaryOf, type CliHarness } from "./harness";

let h: CliHarness;
let roomId: number | string;
const roomFiles: (number | string)[] = [];

beforeAll(async () => {
  h = await startCliHarness();
  roomId = h.docspace.addRoom({ title: "Nightly Room" }).id;
  const reports = h.docspace.addFolder({ parentId: roomId, title: "Reports" }).id;
  const nested = h.docspace.addFolder({ parentId: reports, title: "2025" }).id;
  roomFiles.push(
    h.docspace.addFile({ folderId: roomId, title: "Plan.docx", size: 5_000 }).id,
    h.docspace.addFile({ folderId: roomId, title: "empty.txt", size: 0 }).id,
    h.docspace.addFile({ folderId: reports, title: "Q1.xlsx", size: 300_000 }).id,
    // Larger than one 8 MiB chunk: the session path of the engine.
    h.docspace.addFile({ folderId: nested, title: "scan.pdf", size: 9_000_000 }).id,
  );
});
afterAll(async () => {
  await h.close();
});

const exportRoom = (...extra: string[]) =>
  h.run(["export", `room:${String(roomId)}`, "--portal", h.docspace.url, "--to", "/Archive", ...extra]);

const uploadCalls = (): string[] =>
  Object.keys(h.dropbox.calls()).filter((route) => /upload|finish_batch/u.test(route));

test("a room is copied byte-identical, keeping its tree", async () => {
  const run = await exportRoom();
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const stored = new Map(h.dropbox.files().map((file) => [file.path, file]));
  const expected: Record<string, number | string> = {
    "/archive/nightly room/plan.docx": roomFiles[0] ?? "",
    "/archive/nightly room/empty.txt": roomFiles[1] ?? "",
    "/archive/nightly room/reports/q1.xlsx": roomFiles[2] ?? "",
    "/archive/nightly room/reports/2025/scan.pdf": roomFiles[3] ?? "",
  };
  for (const [path, id] of Object.entries(expected)) {
    expect(stored.get(path)?.contentHash).toBe(h.docspace.content.dropboxContentHash(id));
  }
  expect(stored.size).toBe(4);
  const bytes = await h.dropbox.readFile("/Archive/Nightly Room/Reports/Q1.xlsx");
  expect(bytes.equals(h.docspace.content.bytes(roomFiles[2] ?? ""))).toBe(true);
  expect(summaryOf(run)).toMatchObject({ files: 4, transferred: 4, skipped: 0, failed: 0, exitCode: 0 });
  expect(fileEvents(run, "done").map((event) => event.dropboxPath)).toContain(
    "/Archive/Nightly Room/Reports/2025/scan.pdf",
  );
});

test("a second run transfers nothing, downloads nothing, and says so", async () => {
  h.dropbox.resetCalls();
  h.docspace.clearRequests();
  const run = await exportRoom();
  expect(run.code).toBe(0);
  expect(uploadCalls()).toEqual([]);
  expect(h.docspace.requests.filter((request) => /filehandler|presigneduri/u.test(request.path))).toEqual([]);
  const summary = summaryOf(run);
  expect(summary).toMatchObject({ files: 4, transferred: 0, skipped: 4, failed: 0, exitCode: 0 });
  expect(String(summary?.message)).toMatch(/Nothing to transfer: all 4 files are already in Dropbox/u);
  expect(fileEvents(run, "skipped").map((event) => event.reason)).toEqual([
    "unchanged",
    "unchanged",
    "unchanged",
    "unchanged",
  ]);
});

test("without the sync record, files are hashed and still skipped, with no upload", async () => {
  rmSync(join(h.configDir, "docspace-to-dropbox", "sync-state.json"));
  h.dropbox.resetCalls();
  const run = await exportRoom();
  expect(run.code).toBe(0);
  expect(uploadCalls()).toEqual([]);
  expect(summaryOf(run)).toMatchObject({ transferred: 0, skipped: 4 });
  expect(new Set(fileEvents(run, "skipped").map((event) => event.reason))).toEqual(new Set(["same-content"]));
  // And the record is back: the next run downloads nothing again.
  h.docspace.clearRequests();
  const again = await exportRoom();
  expect(summaryOf(again)).toMatchObject({ transferred: 0, skipped: 4 });
  expect(h.docspace.requests.filter((request) => /filehandler/u.test(request.path))).toEqual([]);
});

test("a file added since the last run is the only one transferred", async () => {
  const added = h.docspace.addFile({ folderId: roomId, title: "New.txt", size: 1234 }).id;
  const run = await exportRoom();
  expect(run.code).toBe(0);
  expect(summaryOf(run)).toMatchObject({ files: 5, transferred: 1, skipped: 4 });
  expect(fileEvents(run, "done").map((event) => event.id)).toEqual([added]);
  const stored = h.dropbox.files().find((file) => file.path === "/archive/nightly room/new.txt");
  expect(stored?.contentHash).toBe(h.docspace.content.dropboxContentHash(added));
});

test("--dry-run reports what would be copied and writes nothing", async () => {
  const before = h.dropbox.files().length;
  const run = await h.run([
    "export",
    String(roomId),
    "--portal",
    h.docspace.url,
    "--to",
    "/Dry",
    "--dry-run",
  ]);
  expect(run.code).toBe(0);
  expect(h.dropbox.files()).toHaveLength(before);
  expect(fileEvents(run, "would-transfer")).toHaveLength(5);
  expect(summaryOf(run)).toMatchObject({ dryRun: true, transferred: 5, skipped: 0 });
});

test("--json lines have a stable shape: plan, progress, file, summary", async () => {
  const { oneKib } = h.docspace.seed.files;
  const args = ["export", `file:${oneKib}`, "--portal", h.docspace.url, "--to", "/Json", "--json", "--link"];
  const run = await h.run(args);
  expect(run.code).toBe(0);
  expect(run.events.map((event) => `${String(event.event)}:${String(event.status ?? "")}`)).toEqual([
    "plan:",
    "progress:transferring",
    "progress:done",
    "file:done",
    "summary:",
  ]);
  expect(run.events[0]).toEqual({
    event: "plan",
    files: 1,
    toTransfer: 1,
    toSkip: 0,
    bytes: 1024,
    dryRun: false,
  });
  expect(run.events[3]).toEqual({
    event: "file",
    status: "done",
    id: oneKib,
    title: "Report.docx",
    dropboxPath: "/Json/Report.docx",
    size: 1024,
    contentHash: h.docspace.content.dropboxContentHash(oneKib),
    link: expect.stringMatching(/^https:\/\//u) as unknown,
  });
  expect(run.events[4]).toMatchObject({ event: "summary", transferred: 1, failed: 0, exitCode: 0 });

  // Skipped on the next run, the file still gets its (existing) link.
  const again = await h.run(args);
  expect(again.code).toBe(0);
  const [skipped] = fileEvents(again, "skipped");
  expect(skipped?.link).toBe(run.events[3]?.link);
  expect(h.dropbox.sharedLinks()).toHaveLength(1);
});

test("--conflict overwrite replaces a different file at the destination instead of keeping both", async () => {
  const { text } = h.docspace.seed.files;
  const first = await h.run(["export", `file:${text}`, "--portal", h.docspace.url, "--to", "/Conflict"]);
  expect(first.code).toBe(0);
  // Someone edits the Dropbox copy: same name, other content (different size).
  rmSync(join(h.configDir, "docspace-to-dropbox", "sync-state.json"));
  await fetch(`${h.dropbox.url}/2/files/upload`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${h.dropbox.issueTokens().accessToken}`,
      "Content-Type": "application/octet-stream",
      "Dropbox-API-Arg": JSON.stringify({ path: "/Conflict/notes.txt", mode: "overwrite" }),
    },
    body: "edited in Dropbox",
  });
  const run = await h.run([
    "export",
    `file:${text}`,
    "--portal",
    h.docspace.url,
    "--to",
    "/Conflict",
    "--conflict",
    "overwrite",
  ]);
  expect(run.code).toBe(0);
  const copies = h.dropbox.files().filter((file) => file.path.startsWith("/conflict/"));
  expect(copies.map((file) => file.path)).toEqual(["/conflict/notes.txt"]);
  expect(copies[0]?.contentHash).toBe(h.docspace.content.dropboxContentHash(text));
});

test("files whose names differ only in case keep their numbering across runs", async () => {
  const room = h.docspace.addRoom({ title: "Twins" }).id;
  h.docspace.addFile({ folderId: room, title: "Readme.md", size: 111 });
  h.docspace.addFile({ folderId: room, title: "README.md", size: 222 });
  const args = ["export", `room:${String(room)}`, "--portal", h.docspace.url, "--to", "/Twins"];
  expect((await h.run(args)).code).toBe(0);
  const third = h.docspace.addFile({ folderId: room, title: "readme.MD", size: 333 }).id;
  const run = await h.run(args);
  expect(run.code).toBe(0);
  const stored = h.dropbox.files().filter((file) => file.path.startsWith("/twins/"));
  expect(stored.map((file) => file.pathDisplay).sort()).toEqual([
    "/Twins/Twins/README (2).md",
    "/Twins/Twins/Readme.md",
    "/Twins/Twins/readme (3).MD",
  ]);
  expect(stored.find((file) => file.path === "/twins/twins/readme (3).md")?.contentHash).toBe(
    h.docspace.content.dropboxContentHash(third),
  );
});

test("a file exported twice in one run: the copy that failed is sent next time, not skipped as the other one", async () => {
  const room = h.docspace.addRoom({ title: "Twice" }).id;
  const memo = h.docspace.addFile({ folderId: room, title: "Memo.txt", size: 2_000 }).id;
  // Alone, and again inside its room: two copies, /Twice/Memo.txt and /Twice/Twice/Memo.txt.
  const args = [
    ...["export", `file:${String(memo)}`, `room:${String(room)}`, "--portal", h.docspace.url],
    ...["--to", "/Twice", "--concurrency", "1"],
  ];
  // One copy's commit is refused for lack of space; the other lands.
  h.dropbox.addFault({ kind: "insufficient_space", route: "*", skip: 1, times: 1 });
  const first = await h.run(args);
  h.dropbox.faults.clear();
  expect(first.code).toBe(1);
  expect(fileEvents(first, "done")).toHaveLength(1);
  expect(fileEvents(first, "failed")).toHaveLength(1);

  const second = await h.run(args);
  expect(second.code).toBe(0);
  expect(summaryOf(second)).toMatchObject({ transferred: 1, skipped: 1, failed: 0 });
  const copies = h.dropbox.files().filter((file) => file.path.startsWith("/twice/"));
  expect(copies.map((file) => file.path).sort()).toEqual(["/twice/memo.txt", "/twice/twice/memo.txt"]);
  for (const copy of copies) expect(copy.contentHash).toBe(h.docspace.content.dropboxContentHash(memo));
});

test("no secret appears in any output", () => {
  expect(h.outputs.length).toBeGreaterThan(0);
  for (const output of h.outputs) for (const secret of h.secrets) expect(output.includes(secret)).toBe(false);
});

describe("with access tokens that live one second", () => {
  let short: CliHarness;
  beforeAll(async () => {
    short = await startCliHarness({ tokenLifetimeSeconds: 1 });
  });
  afterAll(async () => {
    await short.close();
  });

  test("an export survives its access token expiring mid-run, in every step that talks to Dropbox", async () => {
    const room = short.docspace.addRoom({ title: "Expiring" }).id;
    short.docspace.addFile({ folderId: room, title: "a.txt", size: 1_000 });
    short.docspace.addFile({ folderId: room, title: "b.txt", size: 2_000 });
    short.docspace.addFile({ folderId: room, title: "big.bin", size: 9_000_000 });
    // Each of these calls finds the token it carries expired (401 expired_access_token), however
    // fast the run is: the sync check's listing, an upload, the batch commit, the links.
    const expireEach = (routes: string[]): void => {
      for (const route of routes) short.dropbox.addFault({ kind: "expire_token", route });
    };
    expireEach([
      "files/list_folder",
      "files/upload_session/start",
      "files/upload_session/finish_batch_v2",
      "sharing/create_shared_link_with_settings",
    ]);
    const args = ["export", `room:${String(room)}`, "--portal", short.docspace.url, "--to", "/E", "--link"];
    const first = await short.run(args);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(summaryOf(first)).toMatchObject({ transferred: 3, failed: 0 });
    expect(fileEvents(first, "done").every((event) => typeof event.link === "string")).toBe(true);

    // The next run lists the destination and links the files it skips, with tokens expiring again.
    expireEach(["files/list_folder", "sharing/create_shared_link_with_settings"]);
    const second = await short.run(args);
    expect(second.code).toBe(0);
    expect(summaryOf(second)).toMatchObject({ transferred: 0, skipped: 3 });
    expect(fileEvents(second, "skipped").every((event) => typeof event.link === "string")).toBe(true);
    for (const output of short.outputs)
      for (const secret of short.secrets) expect(output).not.toContain(secret);
  });
});
