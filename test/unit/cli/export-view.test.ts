import { ExportView } from "../../../src/cli/export-view";
import { Output, Redactor } from "../../../src/cli/output";
import type { ProgressEvent } from "../../../src/core";

function streams(isTTY: boolean) {
  const text = { stdout: "", stderr: "" };
  return {
    text,
    io: {
      stdout: { write: (chunk: string) => (text.stdout += chunk) },
      stderr: { isTTY, columns: 100, write: (chunk: string) => (text.stderr += chunk) },
    },
  };
}

function progress(
  index: number,
  status: ProgressEvent["file"]["status"],
  transferred: number,
  done: number,
): ProgressEvent {
  return {
    file: {
      index,
      docspaceId: index,
      title: `f${index}`,
      dropboxPath: `/A/f${index}`,
      transferredBytes: transferred,
      totalBytes: 100,
      status,
    },
    overall: {
      transferredBytes: transferred,
      totalBytes: 200,
      completedFiles: done,
      failedFiles: 0,
      totalFiles: 2,
    },
  };
}

test("machine mode: one progress line per state change, not per chunk", () => {
  const { text, io } = streams(false);
  const view = new ExportView(new Output(io, new Redactor(), true));
  view.progress(progress(0, "transferring", 0, 0));
  view.progress(progress(0, "transferring", 50, 0));
  view.progress(progress(0, "transferring", 100, 0));
  view.progress(progress(0, "committing", 100, 0));
  view.progress(progress(0, "done", 100, 1));
  const events = text.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { event: string; status: string });
  expect(events.map((event) => `${event.event}:${event.status}`)).toEqual([
    "progress:transferring",
    "progress:committing",
    "progress:done",
  ]);
  expect(text.stderr).toBe("");
});

test("terminal mode: a throttled bar on stderr, file lines above it, and the summary last", () => {
  const { text, io } = streams(true);
  let now = 0;
  const view = new ExportView(new Output(io, new Redactor(), false), () => now);
  view.progress(progress(0, "transferring", 0, 0));
  now = 10;
  view.progress(progress(0, "transferring", 50, 0)); // within 100 ms: not drawn
  now = 200;
  view.progress(progress(0, "transferring", 80, 0));
  view.progress(progress(0, "done", 100, 1));
  view.done({ id: 0, title: "f0", dropboxPath: "/A/f0", size: 100 });
  view.failed(
    { id: 1, title: "f1", dropboxPath: "/A/f1", size: 100 },
    { kind: "no-download-permission", message: "denied" },
  );
  view.summary(
    { files: 2, transferred: 1, skipped: 0, failed: 1, failedItems: 0, bytesTransferred: 100, dryRun: false },
    1,
  );
  const draws = text.stderr.split("\r\x1b[K").filter((part) => part.startsWith("["));
  expect(draws.map((draw) => /(\d+)%/u.exec(draw)?.[1])).toEqual(["0", "40", "50", "50"]);
  expect(text.stderr).toMatch(/copied \/A\/f0\n/u);
  expect(text.stderr).toMatch(/FAILED f1 → \/A\/f1: denied\n {2}The API key's user may not download/u);
  expect(
    text.stderr.endsWith(
      "\r\x1b[KFinished with failures: 1 copied (100 B), 0 already in Dropbox, 1 failed.\n",
    ),
  ).toBe(true);
  expect(text.stdout).toBe("");
});

test("not a terminal and no --json: no bar, plain lines", () => {
  const { text, io } = streams(false);
  const view = new ExportView(new Output(io, new Redactor(), false));
  view.progress(progress(0, "transferring", 0, 0));
  view.progress(progress(0, "done", 100, 1));
  view.done({ id: 0, title: "f0", dropboxPath: "/A/f0", size: 100, link: "https://l" });
  expect(text.stderr).toBe("copied /A/f0\nlink for /A/f0: https://l\n");
});

test("people mode: titles, paths and messages cannot forge lines or send escapes", () => {
  const { text, io } = streams(true);
  const view = new ExportView(new Output(io, new Redactor(), false), () => 0);
  const evil = "x\x1b]52;c;aGVsbG8=\x07\u009b2J\u202eexe.txt\nFAILED nothing";
  const file = { id: 7, title: evil, dropboxPath: `/A/${evil}`, size: 1 };
  view.progress({
    ...progress(0, "transferring", 10, 0),
    file: { ...progress(0, "transferring", 10, 0).file, dropboxPath: `/A/${evil}` },
  });
  view.failed(file, { kind: "network", message: `could not read ${evil}` });
  view.wouldTransfer(file);
  view.done({ ...file, link: `https://www.dropbox.com/s/${evil}` });
  // Only the bar's own "\r ESC[K" sequences and the view's own line ends remain.
  const rest = text.stderr.split("\r\x1b[K").join("");
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is checked
  expect(rest).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
  expect(rest).not.toMatch(/^FAILED nothing/mu);
  expect(rest).toContain(
    "FAILED x\\x1B]52;c;aGVsbG8=\\x07\\x9B2J\\u202Eexe.txt\\x0AFAILED nothing → /A/x\\x1B",
  );
});

test("terminal: a renamed file gets a line with its DocSpace path and why, controls shown as text", () => {
  const { text, io } = streams(true);
  const view = new ExportView(new Output(io, new Redactor(), false));
  view.done({
    id: 7,
    title: "Q1\\Q2\x1b[2J.txt",
    dropboxPath: "/A/Q1_Q2_.txt",
    size: 10,
    renamedFrom: "A/Q1\\Q2\x1b[2J.txt",
    renameReasons: ["reserved-character", "control-character"],
  });
  expect(text.stderr).toContain("renamed A/Q1\\Q2");
  expect(text.stderr).toContain("to /A/Q1_Q2_.txt (reserved-character, control-character)");
  expect(text.stderr).not.toContain("\x1b[2J");
});

test("resumed and restarted uploads: one line each for people, one event each for machines", () => {
  const people = streams(false);
  const view = new ExportView(new Output(people.io, new Redactor(), false));
  const about = { docspaceId: 7, title: "v.bin", dropboxPath: "/A/v\x1b[2J.bin" };
  view.resume({ kind: "resumed", ...about, skippedBytes: 4_500_000_000, totalBytes: 5_000_000_000 });
  view.resume({ kind: "restarted", ...about, reason: "expired" });
  expect(people.text.stderr).toBe(
    "resuming /A/v\\x1B[2J.bin: 4.5 GB of 5.0 GB already in Dropbox, not sent again\n" +
      "starting /A/v\\x1B[2J.bin again from the first byte: Dropbox no longer holds the interrupted upload (it keeps one for 7 days)\n",
  );

  const machine = streams(false);
  const json = new ExportView(new Output(machine.io, new Redactor(), true));
  json.resume({ kind: "resumed", ...about, skippedBytes: 10, totalBytes: 20 });
  json.resume({ kind: "restarted", ...about, reason: "changed" });
  expect(
    machine.text.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown),
  ).toEqual([
    {
      event: "resume",
      status: "resumed",
      id: 7,
      title: "v.bin",
      dropboxPath: about.dropboxPath,
      skippedBytes: 10,
      totalBytes: 20,
    },
    {
      event: "resume",
      status: "restarted",
      id: 7,
      title: "v.bin",
      dropboxPath: about.dropboxPath,
      reason: "changed",
    },
  ]);
});
