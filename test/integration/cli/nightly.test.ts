// What an unattended (cron) export needs: a room holding a file the key's user may never download
// fails every run unless --skip-forbidden says that is expected; an http:// portal off this machine
// is refused before the API key is sent; a subfolder deleted while the room is walked costs only
// its own files and is reported by its own name.

import { fileEvents, startCliHarness, summaryOf, type CliHarness, type CliRun } from "./harness";

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness();
});
afterAll(async () => {
  await h.close();
});

const itemEvents = (run: CliRun): Record<string, unknown>[] =>
  run.events.filter((event) => event.event === "item");

test("--skip-forbidden: a file the key's user may not download is reported as skipped and the run exits 0", async () => {
  const room = h.docspace.addRoom({ title: "Nightly" });
  const open = h.docspace.addFile({ folderId: room.id, title: "minutes.txt", size: 1200 });
  const secret = h.docspace.addFile({
    folderId: room.id,
    title: "salaries.xlsx",
    size: 3000,
    denyDownload: true,
  });
  const args = ["export", `room:${room.id}`, "--portal", h.docspace.url, "--to", "/Nightly"];

  const strict = await h.run(args);
  expect(strict.code).toBe(1);
  expect(fileEvents(strict, "failed")).toEqual([
    expect.objectContaining({
      id: secret.id,
      error: expect.objectContaining({ kind: "no-download-permission" }),
    }),
  ]);
  expect(summaryOf(strict)).toMatchObject({ transferred: 1, failed: 1, exitCode: 1 });

  const tolerant = await h.run([...args, "--skip-forbidden"]);
  expect(tolerant.code).toBe(0);
  expect(fileEvents(tolerant, "failed")).toEqual([]);
  const skipped = fileEvents(tolerant, "skipped");
  expect(skipped).toContainEqual(expect.objectContaining({ id: secret.id, reason: "forbidden" }));
  // The file copied by the first run is skipped as already in Dropbox, not as forbidden.
  expect(skipped).toContainEqual(expect.objectContaining({ id: open.id }));
  expect(skipped.find((event) => event.id === open.id)?.reason).not.toBe("forbidden");
  expect(summaryOf(tolerant)).toMatchObject({ transferred: 0, skipped: 2, failed: 0, exitCode: 0 });
  // Nothing of the forbidden file reached Dropbox, and the original is untouched.
  expect(h.dropbox.files().map((file) => file.path)).toEqual(["/nightly/nightly/minutes.txt"]);
  expect(h.docspace.file(secret.id)).toMatchObject({ title: "salaries.xlsx", size: 3000, version: 1 });
});

test("export refuses an http:// portal off this machine before sending anything: exit 2", async () => {
  const before = { docspace: h.docspace.requests.length, dropbox: Object.keys(h.dropbox.calls()).length };
  const run = await h.run(["export", "1", "--portal", "http://example.invalid", "--to", "/X", "--json"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    /The portal http:\/\/example\.invalid is not encrypted \(http:\/\/\); the DocSpace API key would cross the network in clear text\./u,
  );
  expect(run.stderr).toMatch(/https:\/\/ address, or pass --allow-insecure/u);
  expect(run.events.find((event) => event.event === "error")).toMatchObject({ kind: "usage", exitCode: 2 });
  // Refused before connecting anywhere: neither emulator saw a request.
  expect(h.docspace.requests.length).toBe(before.docspace);
  expect(Object.keys(h.dropbox.calls()).length).toBe(before.dropbox);
});

test("whoami refuses an http:// portal off this machine and still checks Dropbox: exit 2", async () => {
  const before = h.docspace.requests.length;
  const run = await h.run(["whoami", "--portal", "http://example.invalid", "--json"]);
  expect(run.code).toBe(2);
  const [report] = run.events.filter((event) => event.event === "whoami");
  expect(report?.docspace).toMatchObject({
    error: { kind: "usage", message: expect.stringMatching(/http:\/\/example\.invalid is not encrypted/u) },
  });
  expect(report?.dropbox).not.toHaveProperty("error");
  expect(h.docspace.requests.length).toBe(before);
});

test("a subfolder deleted while the room is walked is reported by its own name; the rest is sent and counted", async () => {
  const room = h.docspace.addRoom({ title: "Walked" });
  const top = h.docspace.addFile({ folderId: room.id, title: "top.txt", size: 700 });
  const gone = h.docspace.addFolder({ parentId: room.id, title: "Gone" });
  h.docspace.addFile({ folderId: gone.id, title: "lost.txt", size: 800 });
  const kept = h.docspace.addFolder({ parentId: room.id, title: "Kept" });
  const inKept = h.docspace.addFile({ folderId: kept.id, title: "kept.txt", size: 900 });
  const deep = h.docspace.addFolder({ parentId: kept.id, title: "Deep" });
  const inDeep = h.docspace.addFile({ folderId: deep.id, title: "deep.txt", size: 1000 });

  // After the room was listed, "Gone" answers as a folder that no longer exists: the very reply the
  // emulator gives for an unknown folder id (its ItemNotFoundException envelope, routes/files.ts).
  const missing = await fetch(`${h.docspace.url}/api/2.0/files/987654321`, {
    headers: { Authorization: `Bearer ${h.docspace.users.owner.apiKey}`, Accept: "application/json" },
  });
  const body = await missing.text();
  const stop = h.docspace.faults.add({
    match: { method: "GET", path: new RegExp(`^/api/2\\.0/files/${String(gone.id)}$`, "u") },
    action: {
      type: "status",
      status: missing.status,
      body,
      contentType: missing.headers.get("content-type") ?? "application/json",
    },
  });
  try {
    const run = await h.run(["export", `room:${room.id}`, "--portal", h.docspace.url, "--to", "/Walk"]);
    expect(run.code).toBe(1);
    const failedItems = itemEvents(run).filter((event) => event.status === "failed");
    expect(failedItems).toEqual([
      expect.objectContaining({
        item: `room:${room.id} folder "Walked/Gone"`,
        error: expect.objectContaining({ kind: "not-found" }),
      }),
    ]);
    expect(
      fileEvents(run, "done")
        .map((event) => event.id)
        .sort(),
    ).toEqual([top.id, inKept.id, inDeep.id].sort());
    expect(summaryOf(run)).toMatchObject({
      files: 3,
      transferred: 3,
      failed: 0,
      failedItems: 1,
      exitCode: 1,
    });
    const paths = h.dropbox
      .files()
      .map((file) => file.path)
      .filter((path) => path.startsWith("/walk/"))
      .sort();
    expect(paths).toEqual([
      "/walk/walked/kept/deep/deep.txt",
      "/walk/walked/kept/kept.txt",
      "/walk/walked/top.txt",
    ]);
  } finally {
    stop();
  }
});

test("a renamed file says what its DocSpace name was and why it changed", async () => {
  const room = h.docspace.addRoom({ title: "Names" });
  const odd = h.docspace.addFile({ folderId: room.id, title: "Q1\\Q2.txt", size: 400 });
  const run = await h.run(["export", `room:${room.id}`, "--portal", h.docspace.url, "--to", "/Names"]);
  expect(run.code).toBe(0);
  expect(fileEvents(run, "done")).toEqual([
    expect.objectContaining({
      id: odd.id,
      title: "Q1\\Q2.txt",
      renamedFrom: "Names/Q1\\Q2.txt",
      renameReasons: ["reserved-character"],
    }),
  ]);
});

test("no secret appears in any output", () => {
  const everything = h.outputs.join("\n");
  for (const secret of h.secrets) expect(everything).not.toContain(secret);
});
