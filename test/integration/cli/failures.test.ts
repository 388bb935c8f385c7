// Failures and exit codes: a file the key's user may not download (1), an id that does not exist
// (1), usage and configuration mistakes (2), a bad API key (2), a failing portal (1), revoked
// Dropbox credentials (2); a download whose connection breaks mid-range resumes and lands whole;
// every message says what to do, and no secret is printed along the way.

import { fileEvents, startCliHarness, summaryOf, type CliHarness, type CliRun } from "./harness";

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness();
});
afterAll(async () => {
  await h.close();
});

const errorEvent = (run: CliRun): Record<string, unknown> | undefined =>
  run.events.find((event) => event.event === "error");

test("a file without download permission fails alone: exit 1, the others are copied", async () => {
  const { noDownload, oneKib } = h.docspace.seed.files;
  const args = ["export", `file:${noDownload}`, `file:${oneKib}`, "--portal", h.docspace.url, "--to", "/F"];
  const run = await h.run(args);
  expect(run.code).toBe(1);
  const [failed] = fileEvents(run, "failed");
  expect(failed).toMatchObject({ id: noDownload, title: "Secret Plan.docx" });
  expect(failed?.error).toMatchObject({ kind: "no-download-permission" });
  expect(String((failed?.error as { hint?: unknown }).hint)).toMatch(/room manager|another user's key/u);
  expect(fileEvents(run, "done").map((event) => event.id)).toEqual([oneKib]);
  expect(summaryOf(run)).toMatchObject({ transferred: 1, failed: 1, exitCode: 1 });
  expect(h.dropbox.files().map((file) => file.path)).toEqual(["/f/report.docx"]);
  // The failed file is retried on the next run; the copied one is skipped.
  const again = await h.run(args);
  expect(again.code).toBe(1);
  expect(summaryOf(again)).toMatchObject({ transferred: 0, skipped: 1, failed: 1 });
});

test("an id that is neither a file nor a folder is reported and exits 1", async () => {
  const run = await h.run(["export", "987654", "--portal", h.docspace.url, "--to", "/F"]);
  expect(run.code).toBe(1);
  const item = run.events.find((event) => event.event === "item");
  expect(item).toMatchObject({ status: "failed", item: "987654", error: { kind: "not-found" } });
});

test.each([
  [["export"], /needs at least one DocSpace id/u],
  [["export", "1", "--concurrency", "0"], /--concurrency expects a whole number from 1 to 32/u],
  [["export", "1", "--conflict", "maybe"], /--conflict expects "keep" or "overwrite"/u],
  [["export", "1", "--bogus"], /"--bogus" is not an option of `export`/u],
  [["export", "1", "--to"], /--to needs a value/u],
  [["export", "disk:1"], /unknown prefix/u],
  [["frobnicate"], /Unknown command/u],
  [["connect", "extra"], /takes no arguments/u],
])("usage error %j exits 2 with an actionable message", async (args, message) => {
  const run = await h.run(args);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toMatch(/--help/u);
  expect(errorEvent(run)).toMatchObject({ kind: "usage", exitCode: 2 });
});

test("an invalid --to is a usage error", async () => {
  const run = await h.run(["export", "1", "--portal", h.docspace.url, "--to", "Archive"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--to "Archive" is not a Dropbox folder: .*must start with "\/"/u);
});

test("missing configuration exits 2 and names what to set", async () => {
  const noKey = await h.run(["export", "1", "--portal", h.docspace.url], { DOCSPACE_API_KEY: undefined });
  expect(noKey.code).toBe(2);
  expect(noKey.stderr).toMatch(/DOCSPACE_API_KEY is not set/u);

  const noPortal = await h.run(["export", "1"]);
  expect(noPortal.code).toBe(2);
  expect(noPortal.stderr).toMatch(/--portal/u);

  const noDropbox = await h.run(["export", "1", "--portal", h.docspace.url], {
    DROPBOX_OAUTH2_REFRESH_TOKEN: undefined,
  });
  expect(noDropbox.code).toBe(2);
  expect(noDropbox.stderr).toMatch(/Dropbox is not connected[\s\S]*docspace-to-dropbox connect/u);

  const noAppKey = await h.run(["export", "1", "--portal", h.docspace.url], { DROPBOX_APP_KEY: undefined });
  expect(noAppKey.code).toBe(2);
  expect(noAppKey.stderr).toMatch(/DROPBOX_APP_KEY is not/u);
});

test("a rejected API key exits 2 before anything moves, without printing the key", async () => {
  const badKey = `sk-${"0123456789abcdef".repeat(4)}`;
  const run = await h.run(["export", "300", "--portal", h.docspace.url, "--to", "/Bad"], {
    DOCSPACE_API_KEY: badKey,
  });
  expect(run.code).toBe(2);
  expect(errorEvent(run)).toMatchObject({ kind: "docspace-auth", exitCode: 2 });
  expect(run.stderr).toMatch(/did not accept DOCSPACE_API_KEY[\s\S]*API keys/u);
  expect(run.stdout + run.stderr).not.toContain(badKey);
  expect(h.dropbox.files().filter((file) => file.path.startsWith("/bad/"))).toEqual([]);
});

test("a DocSpace portal that keeps failing exits 1 like a Dropbox outage, not 2", async () => {
  // 503 with Retry-After: 0 on every attempt; the retries wait the 500 ms floor each.
  const remove = h.docspace.faults.add({
    match: { path: "/people/@self" },
    action: { type: "status", status: 503, retryAfterSeconds: 0 },
  });
  try {
    const run = await h.run(["export", "300", "--portal", h.docspace.url, "--to", "/Down"]);
    expect(run.code).toBe(1);
    expect(errorEvent(run)).toMatchObject({ kind: "docspace", exitCode: 1 });
    expect(run.stderr).toMatch(/Could not reach DocSpace at/u);
    expect(h.dropbox.files().filter((file) => file.path.startsWith("/down/"))).toEqual([]);
  } finally {
    remove();
  }
});

test("a download whose connection breaks mid-range resumes from where it broke and lands byte-identical", async () => {
  const MiB = 1024 * 1024;
  const room = h.docspace.addRoom({ title: "Broken links" }).id;
  // Three 8 MiB ranges at the CLI's defaults, read from node:http's messages (node-ports.ts).
  const file = h.docspace.addFile({ folderId: room, title: "big.bin", size: 20 * MiB + 5 }).id;
  // The file handler takes a rule per download: the 1-byte Range probe first, then two ranges
  // are cut off after 3 MiB each.
  const remove = h.docspace.faults.add({
    match: { fileId: file },
    action: { type: "drop", afterBytes: 3 * MiB },
    times: 3,
  });
  try {
    const before = h.docspace.requests.length;
    const run = await h.run(["export", `file:${file}`, "--portal", h.docspace.url, "--to", "/Broken"]);
    expect(run.code).toBe(0);
    const copy = h.dropbox.files().find((stored) => stored.path === "/broken/big.bin");
    expect(copy?.contentHash).toBe(h.docspace.content.dropboxContentHash(file));
    // Ranges start at multiples of 4 MiB; one asked for again starts where its bytes stopped (3 or
    // 6 MiB in): what arrived was kept. The cut-off requests never finish, so only these are logged.
    const starts = h.docspace.requests
      .slice(before)
      .map((request) => /^bytes=(\d+)-/u.exec(request.range ?? "")?.[1])
      .filter((start): start is string => start !== undefined)
      .map(Number);
    expect(starts.filter((start) => start % (4 * MiB) !== 0).length).toBeGreaterThan(0);
  } finally {
    remove();
  }
});

test("a revoked Dropbox connection exits 2 and says to reconnect", async () => {
  const { accessToken } = h.dropbox.issueTokens();
  h.dropbox.revokeAll();
  const appSecret = "django-app-secret-value";
  const withRefresh = await h.run(["export", "300", "--portal", h.docspace.url, "--to", "/Revoked"], {
    DROPBOX_APP_SECRET: appSecret,
  });
  expect(withRefresh.code).toBe(2);
  expect(errorEvent(withRefresh)).toMatchObject({ kind: "dropbox-auth", exitCode: 2 });
  expect(withRefresh.stderr).toMatch(/docspace-to-dropbox connect/u);
  expect(withRefresh.stderr).toMatch(/DROPBOX_APP_SECRET is set but never used/u);
  expect(withRefresh.stdout + withRefresh.stderr).not.toContain(appSecret);

  const withToken = await h.run(["export", "300", "--portal", h.docspace.url, "--to", "/Revoked"], {
    DROPBOX_OAUTH2_REFRESH_TOKEN: undefined,
    DROPBOX_OAUTH2_TOKEN: accessToken,
  });
  expect(withToken.code).toBe(2);
  expect(errorEvent(withToken)).toMatchObject({ kind: "dropbox-auth" });
  expect(withToken.stdout + withToken.stderr).not.toContain(accessToken);
});

test("no secret appears in any output", () => {
  expect(h.outputs.length).toBeGreaterThan(10);
  for (const output of h.outputs) for (const secret of h.secrets) expect(output.includes(secret)).toBe(false);
});
