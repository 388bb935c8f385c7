import {
  formatBytes,
  Output,
  progressBar,
  progressLine,
  REDACTED,
  Redactor,
  summaryText,
  terminalText,
  type ExportSummary,
} from "../../../src/cli/output";

function sink(isTTY = false): {
  text: () => string;
  isTTY: boolean;
  columns: number;
  write(text: string): boolean;
} {
  let buffer = "";
  return {
    isTTY,
    columns: 100,
    write: (text: string) => {
      buffer += text;
      return true;
    },
    text: () => buffer,
  };
}

describe("Redactor", () => {
  test("removes known secrets and anything shaped like a token", () => {
    const redactor = new Redactor(["my-refresh-token-value"]);
    const line = redactor.scrub(
      "refresh my-refresh-token-value key sk-0123456789abcdef sl.ABCDEFGHIJKLMNOP Bearer xyz.123 ?code_verifier=abc&x=1 code=zzz",
    );
    expect(line).toBe(
      `refresh ${REDACTED} key ${REDACTED} ${REDACTED} ${REDACTED} ?code_verifier=${REDACTED}&x=1 code=${REDACTED}`,
    );
  });

  test("ignores values too short to be secrets", () => {
    const redactor = new Redactor(["abc", ""]);
    expect(redactor.scrub("abc def")).toBe("abc def");
  });
});

test("formatBytes uses decimal units", () => {
  expect(formatBytes(0)).toBe("0 B");
  expect(formatBytes(999)).toBe("999 B");
  expect(formatBytes(1500)).toBe("1.5 KB");
  expect(formatBytes(9_000_000)).toBe("9.0 MB");
  expect(formatBytes(250_000_000)).toBe("250 MB");
});

test("progressBar clamps and fills", () => {
  expect(progressBar(0.5, 10)).toBe("[#####-----]");
  expect(progressBar(2, 4)).toBe("[####]");
  expect(progressBar(Number.NaN, 4)).toBe("[----]");
});

describe("progressLine", () => {
  const overall = {
    transferredBytes: 500,
    totalBytes: 1000,
    completedFiles: 1,
    failedFiles: 1,
    totalFiles: 4,
  };
  test("shows percent, files, bytes, failures and the current file", () => {
    expect(progressLine(overall, "/A/b.txt", 120)).toBe(
      "[############------------]  50%  2/4 files  500 B/1.0 KB  1 failed  /A/b.txt",
    );
  });
  test("cuts the file name from the left to fit", () => {
    const line = progressLine(overall, `/Archive/${"x".repeat(80)}.txt`, 90);
    expect(line.length).toBeLessThanOrEqual(90);
    expect(line).toMatch(/…x+\.txt$/u);
  });
  test("an export of empty files counts files instead of bytes", () => {
    expect(progressLine({ ...overall, transferredBytes: 0, totalBytes: 0 }, undefined, 80)).toMatch(
      /^\[#{12}-{12}\] {2}50%/u,
    );
  });
});

describe("summaryText", () => {
  const base: ExportSummary = {
    files: 4,
    transferred: 0,
    skipped: 4,
    failed: 0,
    failedItems: 0,
    bytesTransferred: 0,
    dryRun: false,
  };
  test("a second run says that nothing was transferred", () => {
    expect(summaryText(base)).toBe(
      "Nothing to transfer: all 4 files are already in Dropbox with the same content.",
    );
  });
  test("counts copies, skips and failures", () => {
    expect(summaryText({ ...base, transferred: 2, skipped: 1, failed: 1, bytesTransferred: 2500 })).toBe(
      "Finished with failures: 2 copied (2.5 KB), 1 already in Dropbox, 1 failed.",
    );
    expect(summaryText({ ...base, transferred: 4, skipped: 0, bytesTransferred: 4000 })).toBe(
      "Done: 4 copied (4.0 KB), 0 already in Dropbox.",
    );
    expect(summaryText({ ...base, skipped: 0, transferred: 0, failedItems: 1, files: 0 })).toMatch(
      /1 ids could not be read/u,
    );
  });
  test("a dry run says nothing changed", () => {
    expect(summaryText({ ...base, dryRun: true, transferred: 3, skipped: 1 })).toBe(
      "Dry run: 3 of 4 files would be copied, 1 are already in Dropbox. Nothing was changed.",
    );
  });
});

describe("Output", () => {
  test("machine mode: JSON lines on stdout, scrubbed; fatal text also on stderr", () => {
    const stdout = sink();
    const stderr = sink();
    const out = new Output({ stdout, stderr }, new Redactor(["secret-token-1"]), true);
    out.event({ event: "file", note: "has secret-token-1" });
    out.note("for people only");
    out.print("also for people");
    out.fatal("bad secret-token-1", "do this", "config", 2);
    expect(
      stdout
        .text()
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      { event: "file", note: `has ${REDACTED}` },
      { event: "error", kind: "config", message: `bad ${REDACTED}`, hint: "do this", exitCode: 2 },
    ]);
    expect(stderr.text()).toBe(`error: bad ${REDACTED}\n  do this\n`);
    expect(out.interactive).toBe(false);
  });

  test("people mode: no JSON; interactive only on a terminal", () => {
    const stdout = sink();
    const stderr = sink(true);
    const out = new Output({ stdout, stderr }, new Redactor(), false);
    out.event({ event: "plan" });
    out.print("result");
    out.warn("careful");
    expect(stdout.text()).toBe("result\n");
    expect(stderr.text()).toBe("warning: careful\n");
    expect(out.interactive).toBe(true);
  });
});

/* eslint-disable no-control-regex -- control characters are exactly what these tests look for */
describe("terminal controls from DocSpace and Dropbox text", () => {
  // OSC 52 (write the clipboard), OSC 0 (window title), CSI 2J (clear screen), C1 CSI and OSC,
  // a right-to-left override, and a newline that would forge a line.
  const hostile =
    "a\x1b]52;c;aGVsbG8=\x07b\x1b]0;pwned\x07c\x1b[2Jd\u009b31me\u009d0;t\u009cf\u202egpj.exe\ng\rh\x7f";
  /** Nothing a terminal acts on: no C0 but newline, no DEL, no C1, no bidi control. */
  const ACTIVE =
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

  test("terminalText shows every control as a visible escape", () => {
    const shown = terminalText(hostile);
    expect(shown).toBe(
      "a\\x1B]52;c;aGVsbG8=\\x07b\\x1B]0;pwned\\x07c\\x1B[2Jd\\x9B31me\\x9D0;t\\x9Cf\\u202Egpj.exe\\x0Ag\\x0Dh\\x7F",
    );
    expect(shown).not.toMatch(ACTIVE);
    expect(shown).not.toContain("\n");
    expect(terminalText("line one\nline two", true)).toBe("line one\nline two");
    expect(terminalText("Ünïcode, 日本語, emoji 😀 stay")).toBe("Ünïcode, 日本語, emoji 😀 stay");
  });

  test("JSON lines keep the exact data but carry no raw control", () => {
    const stdout = sink();
    const out = new Output({ stdout, stderr: sink() }, new Redactor(), true);
    out.event({ event: "file", title: hostile });
    const line = stdout.text();
    expect(line).not.toMatch(ACTIVE);
    expect((JSON.parse(line) as { title: string }).title).toBe(hostile);
  });

  test("every people-facing writer neutralises: print, note, warn, fatal, redraw", () => {
    const stdout = sink(true);
    const stderr = sink(true);
    const out = new Output({ stdout, stderr }, new Redactor(), false);
    out.print(`print ${hostile}`);
    out.note(`note ${hostile}`);
    out.warn(`warn ${hostile}`);
    out.fatal(`fatal ${hostile}`, "hint", "unknown", 1);
    out.redraw("\r\x1b[K", `bar ${hostile}`);
    expect(stdout.text()).not.toMatch(ACTIVE);
    // stderr carries exactly one control sequence: the redraw's own.
    expect(stderr.text().split("\r\x1b[K")).toHaveLength(2);
    expect(stderr.text().replace("\r\x1b[K", "")).not.toMatch(ACTIVE);
    expect(stderr.text()).toContain("fatal a\\x1B]52;c;aGVsbG8=");
  });
});
