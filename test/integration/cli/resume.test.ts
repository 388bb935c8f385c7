// The reason for sync semantics: a nightly job interrupted half way (Ctrl-C, SIGINT from a
// scheduler) stops cleanly, and the next run copies only what is missing, with no duplicates.

import { collect, fileEvents, parseEvents, startCliHarness, summaryOf, type CliHarness } from "./harness";

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness();
});
afterAll(async () => {
  await h.close();
});

test("an export interrupted by SIGINT exits 1, and the next run copies only the rest", async () => {
  const room = h.docspace.addRoom({ title: "Big Room" }).id;
  const ids = Array.from(
    { length: 8 },
    (_, n) => h.docspace.addFile({ folderId: room, title: `part-${n}.bin`, size: 9_000_000 }).id,
  );
  const args = [
    "export",
    `room:${String(room)}`,
    "--portal",
    h.docspace.url,
    "--to",
    "/Nightly",
    "--concurrency",
    "1",
  ];

  // Every commit after the first is slowed down, so the interruption lands mid-export.
  h.dropbox.faults.add({
    kind: "delay",
    route: "files/upload_session/finish",
    skip: 1,
    times: 0,
    delayMs: 400,
  });
  const child = h.spawn(args);
  const first = collect(child, h.outputs);
  let seen = "";
  let sent = false;
  child.stdout.on("data", (chunk: Buffer) => {
    seen += chunk.toString("utf8");
    const complete = parseEvents(seen.slice(0, seen.lastIndexOf("\n") + 1));
    // Once: a second Ctrl-C means "quit now" (exit 130).
    if (!sent && complete.some((event) => event.event === "progress" && event.status === "done")) {
      sent = true;
      child.kill("SIGINT");
    }
  });
  const interrupted = await first;
  expect(interrupted.code).toBe(1);
  const copied = fileEvents(interrupted, "done").length;
  expect(copied).toBeGreaterThanOrEqual(1);
  expect(copied).toBeLessThan(ids.length);
  expect(fileEvents(interrupted, "cancelled").length).toBeGreaterThanOrEqual(1);
  expect(fileEvents(interrupted, "cancelled")[0]?.error).toMatchObject({ kind: "cancelled" });

  h.dropbox.faults.clear();
  const resumed = await h.run(args);
  expect(resumed.code).toBe(0);
  // A commit already on the wire when Ctrl-C came may still have landed: it is found by hash.
  const summary = summaryOf(resumed);
  expect(summary).toMatchObject({ files: ids.length, failed: 0 });
  expect(Number(summary?.skipped)).toBeGreaterThanOrEqual(copied);
  expect(Number(summary?.skipped) + Number(summary?.transferred)).toBe(ids.length);
  expect(Number(summary?.transferred)).toBeGreaterThanOrEqual(1);
  const stored = h.dropbox.files().filter((file) => file.path.startsWith("/nightly/"));
  expect(stored.map((file) => file.path).sort()).toEqual(
    ids.map((_, n) => `/nightly/big room/part-${n}.bin`).sort(),
  );
  for (const [n, id] of ids.entries()) {
    const file = stored.find((entry) => entry.path === `/nightly/big room/part-${n}.bin`);
    expect(file?.contentHash).toBe(h.docspace.content.dropboxContentHash(id));
  }
  // Two exports of 72 MB through two child processes: 28 s alone at load average 33 on 2 cores
  // (`npx jest test/integration/cli/resume.test.ts`), over 60 s beside other suites. The waits
  // are for events, not sleeps; this is the time the work itself takes under load.
}, 180_000);
