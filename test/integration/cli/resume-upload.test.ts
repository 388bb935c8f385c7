// A large file whose export was killed (SIGKILL) part way continues on the next run in the same
// Dropbox upload session: one file arrives, with the right content hash, and Dropbox receives at
// most parallel × chunk bytes twice (from the emulator's received-bytes counter, never timings).
// A changed DocSpace file or a session Dropbox forgot starts that file afresh instead.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { collect, startCliHarness, type CliHarness, type CliRun } from "./harness";

const MiB = 1024 * 1024;
/** The CLI's defaults (core options): 8 MiB chunks, 4 in parallel. */
const CHUNK = 8 * MiB;
const PARALLEL = 4;
const SIZE = 7 * CHUNK + 5;
const CHUNKS = 8;
/** A delay fault this long holds its calls until `faults.clear()` (the tests never wait it out). */
const HOLD = 600_000;
const APPEND = "files/upload_session/append_v2";
const FINISH = "files/upload_session/finish";

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness();
});
afterAll(async () => {
  await h.close();
});

const transfersDir = (): string => join(h.configDir, "docspace-to-dropbox", "transfers");

/** Lines of the one transfer record (0 when there is none yet). */
function recordLines(): number {
  let names: string[];
  try {
    names = readdirSync(transfersDir()).filter((name) => name.endsWith(".jsonl"));
  } catch {
    return 0;
  }
  return names.reduce(
    (sum, name) =>
      sum +
      readFileSync(join(transfersDir(), name), "utf8")
        .split("\n")
        .filter((line) => line !== "").length,
    0,
  );
}

interface Case {
  room: number | string;
  file: { id: number | string };
  folder: string;
  args: string[];
}

let counter = 0;
function newCase(): Case {
  counter += 1;
  const room = h.docspace.addRoom({ title: `Resume ${counter}` }).id;
  const file = h.docspace.addFile({ folderId: room, title: "video.bin", size: SIZE });
  const folder = `/R${counter}`;
  return {
    room,
    file,
    folder,
    args: ["export", `room:${String(room)}`, "--portal", h.docspace.url, "--to", folder, "--json"],
  };
}

/**
 * Starts the export and SIGKILLs it once `ready()` holds; then the calls held by delay faults go
 * on (their client is gone), unless `release` is false.
 */
async function killWhen(c: Case, ready: () => boolean, release = true): Promise<void> {
  const child = h.spawn(c.args);
  const run = collect(child, h.outputs);
  let exited = false;
  void run.then(() => (exited = true));
  while (!ready() && !exited) await delay(5);
  // The point was reached while the export ran (not after it ended on its own).
  expect(exited || !ready()).toBe(false);
  child.kill("SIGKILL");
  await run;
  if (release) h.dropbox.faults.clear();
}

async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await delay(5);
}

function ours(c: Case): { path: string; contentHash: string }[] {
  return h.dropbox.files().filter((file) => file.path.startsWith(`${c.folder.toLowerCase()}/`));
}

function resumeEvents(run: CliRun): Record<string, unknown>[] {
  return run.events.filter((event) => event.event === "resume");
}

async function rerunAndCheck(c: Case, before: number): Promise<CliRun> {
  const run = await h.run(c.args);
  expect(run.code).toBe(0);
  const hash = h.docspace.content.dropboxContentHash(c.file.id);
  expect(ours(c)).toEqual([expect.objectContaining({ contentHash: hash })]);
  // Both runs together: the file once, plus at most the chunks that were in flight.
  expect(h.dropbox.receivedBytes() - before - SIZE).toBeLessThanOrEqual(PARALLEL * CHUNK);
  // Nothing is left behind for a finished file.
  expect(recordLines()).toBe(0);
  return run;
}

test("killed right after the session started: the rerun uses that session", async () => {
  const c = newCase();
  const before = h.dropbox.receivedBytes();
  h.dropbox.addFault({ kind: "delay", route: APPEND, times: 0, delayMs: HOLD });
  await killWhen(c, () => recordLines() >= 1);
  expect(recordLines()).toBe(1);
  const run = await rerunAndCheck(c, before);
  expect(resumeEvents(run)).toEqual([
    expect.objectContaining({ status: "resumed", skippedBytes: 0, totalBytes: SIZE }),
  ]);
});

test("killed mid-appends: the rerun sends only the missing chunks and says how much it skipped", async () => {
  const c = newCase();
  const before = h.dropbox.receivedBytes();
  h.dropbox.addFault({
    kind: "delay",
    route: APPEND,
    skip: 3,
    times: 0,
    delayMs: HOLD,
  });
  await killWhen(c, () => recordLines() >= 4);
  const run = await rerunAndCheck(c, before);
  expect(resumeEvents(run)).toEqual([
    expect.objectContaining({ status: "resumed", skippedBytes: 3 * CHUNK, totalBytes: SIZE }),
  ]);
});

test("killed after an append landed, before its answer: the rerun sends that chunk again, and it is counted", async () => {
  const c = newCase();
  const before = h.dropbox.receivedBytes();
  // The third append is stored, its answer held: the killed run never learns it landed.
  const held = h.dropbox.addFault({
    kind: "delay",
    route: APPEND,
    phase: "response",
    skip: 2,
    delayMs: HOLD,
  });
  await killWhen(c, () => held.hits > 0);
  await waitUntil(() => h.dropbox.callsInProgress() === 0);
  const middle = h.dropbox.receivedBytes();
  const run = await rerunAndCheck(c, before);
  const [resumed] = resumeEvents(run);
  expect(resumed).toMatchObject({ status: "resumed" });
  const skipped = Number(resumed?.skippedBytes);
  expect(skipped).toBeLessThanOrEqual(SIZE - CHUNK);
  // The rerun sends every chunk the killed run had no answer for, the landed one too: Dropbox
  // refuses that one (incorrect_offset at its end) and its bytes count all the same.
  expect(h.dropbox.receivedBytes() - middle).toBe(SIZE - skipped);
});

test("killed after the last append: the rerun only commits", async () => {
  const c = newCase();
  const before = h.dropbox.receivedBytes();
  // The killed run's commit is held until the end: it never reaches Dropbox before the rerun's.
  const held = h.dropbox.addFault({ kind: "delay", route: FINISH, delayMs: HOLD });
  try {
    await killWhen(c, () => held.hits > 0, false);
    expect(recordLines()).toBe(1 + CHUNKS);
    const middle = h.dropbox.receivedBytes();
    const run = await rerunAndCheck(c, before);
    expect(h.dropbox.receivedBytes()).toBe(middle);
    expect(resumeEvents(run)).toEqual([expect.objectContaining({ status: "resumed", skippedBytes: SIZE })]);
  } finally {
    h.dropbox.faults.clear();
  }
});

test("killed after the commit was sent, before its answer: the rerun adds no second copy", async () => {
  const c = newCase();
  const before = h.dropbox.receivedBytes();
  h.dropbox.addFault({ kind: "drop", route: FINISH, phase: "response", times: 0 });
  await killWhen(c, () => ours(c).length > 0);
  await rerunAndCheck(c, before);
});

test("a file changed in DocSpace since the kill is sent afresh, never mixed", async () => {
  const c = newCase();
  h.dropbox.addFault({
    kind: "delay",
    route: APPEND,
    skip: 3,
    times: 0,
    delayMs: HOLD,
  });
  await killWhen(c, () => recordLines() >= 4);
  h.docspace.changes.saveVersion(c.file.id, SIZE);
  const before = h.dropbox.receivedBytes();
  const run = await h.run(c.args);
  expect(run.code).toBe(0);
  expect(resumeEvents(run)).toEqual([expect.objectContaining({ status: "restarted", reason: "changed" })]);
  expect(h.dropbox.receivedBytes() - before).toBeGreaterThanOrEqual(SIZE);
  expect(ours(c)).toEqual([
    expect.objectContaining({ contentHash: h.docspace.content.dropboxContentHash(c.file.id) }),
  ]);
});

test("a session Dropbox expired (7 days on its clock) is reported and the file sent afresh", async () => {
  const c = newCase();
  h.dropbox.addFault({
    kind: "delay",
    route: APPEND,
    skip: 3,
    times: 0,
    delayMs: HOLD,
  });
  await killWhen(c, () => recordLines() >= 4);
  // files.stone UploadSessionLookupError.not_found: "Upload sessions are valid for 7 days."
  h.dropbox.advanceClock(7 * 24 * 3600 * 1000 + 60_000);
  const before = h.dropbox.receivedBytes();
  const run = await h.run(c.args);
  expect(run.code).toBe(0);
  expect(resumeEvents(run)).toEqual([expect.objectContaining({ status: "restarted", reason: "expired" })]);
  expect(h.dropbox.receivedBytes() - before).toBeGreaterThanOrEqual(SIZE);
  expect(ours(c)).toEqual([
    expect.objectContaining({ contentHash: h.docspace.content.dropboxContentHash(c.file.id) }),
  ]);
});

test("--no-resume starts afresh; the state is private like the sync state", async () => {
  const c = newCase();
  h.dropbox.addFault({
    kind: "delay",
    route: APPEND,
    skip: 3,
    times: 0,
    delayMs: HOLD,
  });
  await killWhen(c, () => recordLines() >= 4);
  expect(statSync(transfersDir()).mode & 0o777).toBe(0o700);
  for (const name of readdirSync(transfersDir())) {
    expect(statSync(join(transfersDir(), name)).mode & 0o777).toBe(0o600);
  }
  const before = h.dropbox.receivedBytes();
  const run = await h.run([...c.args, "--no-resume"]);
  expect(run.code).toBe(0);
  expect(resumeEvents(run)).toEqual([]);
  expect(h.dropbox.receivedBytes() - before).toBeGreaterThanOrEqual(SIZE);
  expect(ours(c)).toHaveLength(1);
  expect(recordLines()).toBe(0);
});
