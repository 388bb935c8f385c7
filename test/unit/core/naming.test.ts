import {
  autorenamePattern,
  destinationPath,
  nameProblem,
  numberedName,
  checkFolder,
  sanitizeName,
} from "../../../src/core/naming";

test.each<[string, string, string[]]>([
  ["Report.docx", "Report.docx", []],
  // Dropbox stores these as given (rclone's Dropbox encoder leaves them alone): kept.
  ['a<b>c:d"e|f?g*h.txt', 'a<b>c:d"e|f?g*h.txt', []],
  ["trailing dot.", "trailing dot.", []],
  // Refused by Dropbox: NUL, "/", "\", DEL, "." and "..".
  ["back\\slash\u0000nul\u007fdel.txt", "back_slash_nul_del.txt", ["reserved-character"]],
  ["..", "_", ["relative-name"]],
  ["", "_", ["relative-name"]],
  // Controls, C1 controls and bidi overrides are neutralised.
  ["tab\there.txt", "tab_here.txt", ["control-character"]],
  ["c1\u0085\u009b.txt", "c1__.txt", ["control-character"]],
  ["invoice\u202etxt.exe", "invoice_txt.exe", ["control-character"]],
  ["iso\u2066late\u2069.txt", "iso_late_.txt", ["control-character"]],
  ["lone\ud800.txt", "lone_.txt", ["invalid-text"]],
  // White space at either end, ASCII or not, is removed.
  ["trailing space ", "trailing space", ["surrounding-space"]],
  ["  leading.txt", "leading.txt", ["surrounding-space"]],
  ["nbsp.txt\u00a0", "nbsp.txt", ["surrounding-space"]],
  ["\u3000ideographic\u3000", "ideographic", ["surrounding-space"]],
  ["   ", "_", ["surrounding-space", "relative-name"]],
  ["desktop.ini", "_desktop.ini", ["not-synced"]],
  ["Thumbs.db", "_Thumbs.db", ["not-synced"]],
  [".DS_Store", "_.DS_Store", ["not-synced"]],
  [".dropbox", "_.dropbox", ["not-synced"]],
  ["~$lock.docx", "_~$lock.docx", ["not-synced"]],
  [".~lock.odt#", "_.~lock.odt#", ["not-synced"]],
  // NFD input is normalised to NFC (Dropbox compares names as sent).
  ["Cafe\u0301.txt", "Caf\u00e9.txt", []],
])("%p → %p", (input, expected, reasons) => {
  const result = sanitizeName(input, true);
  expect(result.name).toBe(expected);
  expect(result.changedFrom).toBe(input === expected ? undefined : input);
  expect(result.reasons).toEqual(reasons);
});

test("a number never pushes a name past 255 characters, and keeps the extension", () => {
  const long = `${"a".repeat(251)}.bin`;
  expect(long).toHaveLength(255);
  const numbered = numberedName(long, 2, true);
  expect(numbered).toHaveLength(255);
  expect(numbered.endsWith(" (2).bin")).toBe(true);
  expect(numberedName("report.docx", 3, true)).toBe("report (3).docx");
  expect(numberedName("v1.2", 2, false)).toBe("v1.2 (2)");
  expect(numberedName("x".repeat(255), 12, false)).toHaveLength(255);
});

test("names longer than 255 are cut, keeping the extension and whole surrogate pairs", () => {
  const long = `${"a".repeat(300)}.docx`;
  const result = sanitizeName(long, true);
  expect(result.name).toHaveLength(255);
  expect(result.name.endsWith(".docx")).toBe(true);
  expect(result.changedFrom).toBe(long);

  const emoji = `${"😀".repeat(200)}.txt`;
  const cut = sanitizeName(emoji, true).name;
  expect(cut.length).toBeLessThanOrEqual(255);
  expect(cut.endsWith(".txt")).toBe(true);
  // No lone surrogate left behind.
  expect(cut.normalize()).toBe(cut);
  expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).toBe(false);
});

test("destination = folder + relative folders + title; a changed component is reported", () => {
  expect(destinationPath("/DocSpace", ["Project", "Q1"], "Plan.xlsx")).toEqual({
    path: "/DocSpace/Project/Q1/Plan.xlsx",
  });
  expect(destinationPath("", [], "Plan.xlsx")).toEqual({ path: "/Plan.xlsx" });
  expect(destinationPath("/D", ["a\\b"], "x\u0007.txt")).toEqual({
    path: "/D/a_b/x_.txt",
    renamedFrom: "a\\b/x\u0007.txt",
    renameReasons: ["reserved-character", "control-character"],
  });
  expect(destinationPath("/D", ["a:b"], "x?.txt")).toEqual({ path: "/D/a:b/x?.txt" });
});

test.each([
  ["", ""],
  ["/", ""],
  ["/DocSpace/", "/DocSpace"],
  ["  /A/B  ", "/A/B"],
])("folder %p normalises to %p", (input, expected) => {
  expect(checkFolder(input)).toEqual({ ok: true, folder: expected });
});

test.each([["DocSpace"], ["/a//b"], ["/bad:name"], ["/desktop.ini"]])("folder %p is refused", (input) => {
  expect(checkFolder(input)).toMatchObject({ ok: false });
});

test("a folder pasted in NFD (macOS) is accepted and written in NFC, like every file name", () => {
  const nfd = "/Cafe\u0301";
  expect(checkFolder(nfd)).toEqual({ ok: true, folder: "/Caf\u00e9" });
  expect(checkFolder("/Caf\u00e9")).toEqual({ ok: true, folder: "/Caf\u00e9" });
});

test.each([
  ["Archive", "no-leading-slash"],
  ["/a//b", "empty-component"],
  ["/bad:name", "unsafe-character"],
  ["/desktop.ini", "disallowed-name"],
  ["/trailing.", "trailing-space-or-dot"],
  [`/${"x".repeat(256)}`, "component-too-long"],
])("folder %p is refused as %p", (input, problem) => {
  expect(checkFolder(input)).toEqual({ ok: false, problem });
});

test("autorename pattern matches the names Dropbox may pick and nothing else", () => {
  const pattern = autorenamePattern("Report (final).docx");
  expect(pattern.test("Report (final).docx")).toBe(true);
  expect(pattern.test("report (final) (1).DOCX")).toBe(true);
  expect(pattern.test("Report (final) (12).docx")).toBe(true);
  expect(pattern.test("Report (final) (1).doc")).toBe(false);
  expect(pattern.test("Report (final)x.docx")).toBe(false);
  expect(autorenamePattern("README").test("README (2)")).toBe(true);
});

describe("nameProblem", () => {
  it.each<[string, string | null]>([
    ["Reports", null],
    ["Отчёты 2025", null],
    ["x".repeat(255), null],
    ["x".repeat(256), "too-long"],
    ["Reports.", "trailing-space-or-dot"],
    ["Reports ", "trailing-space-or-dot"],
    ["a|b", "unsafe-character"],
    ["a:b", "unsafe-character"],
    ["Desktop.INI", "disallowed-name"],
    ["~$budget.xlsx", "disallowed-name"],
    [" Reports", "trailing-space-or-dot"],
    ["Reports\u00a0", "trailing-space-or-dot"],
    ["a\u202eb", "unsafe-character"],
    ["a\u0085b", "unsafe-character"],
  ])("%j → %s", (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
    // Asked twice: a global pattern must not carry state from one call to the next.
    expect(nameProblem(name)).toBe(problem);
  });
});
