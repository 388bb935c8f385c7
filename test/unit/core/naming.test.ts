import {
  autorenamePattern,
  destinationPath,
  nameProblem,
  checkFolder,
  sanitizeName,
} from "../../../src/core/naming";

test.each([
  ["Report.docx", "Report.docx"],
  ['a<b>c:d"e|f?g*h\\i.txt', "a_b_c_d_e_f_g_h_i.txt"],
  ["tab\there.txt", "tab_here.txt"],
  ["trailing dot.", "trailing dot_"],
  ["trailing space ", "trailing space_"],
  ["dots and spaces. . ", "dots and spaces_"],
  ["desktop.ini", "_desktop.ini"],
  ["Thumbs.db", "_Thumbs.db"],
  [".DS_Store", "_.DS_Store"],
  [".dropbox", "_.dropbox"],
  ["~$lock.docx", "_~$lock.docx"],
  [".~lock.odt#", "_.~lock.odt#"],
  ["", "_"],
  ["..", "_"],
  // NFD input is normalised to NFC (Dropbox compares names as sent).
  ["Cafe\u0301.txt", "Caf\u00e9.txt"],
])("%p → %p", (input, expected) => {
  const result = sanitizeName(input, true);
  expect(result.name).toBe(expected);
  expect(result.changedFrom).toBe(input === expected ? undefined : input);
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
  expect(destinationPath("/D", ["a:b"], "x?.txt")).toEqual({
    path: "/D/a_b/x_.txt",
    renamedFrom: "a:b/x?.txt",
  });
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
  ])("%j → %s", (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
    // Asked twice: a global pattern must not carry state from one call to the next.
    expect(nameProblem(name)).toBe(problem);
  });
});
