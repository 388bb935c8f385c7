import {
  decodeSettings,
  DEFAULT_SETTINGS,
  encodeSettings,
  encodeWithinLimit,
  isUsable,
  SETTINGS_MAX_LENGTH,
  type PluginSettings,
} from "../../../src/plugin/settings/codec";
import { checkDestination } from "../../../src/plugin/settings/destination";

const full: PluginSettings = {
  appKey: "a1b2c3d4e5f6g7h",
  mode: "shared",
  credential: { type: "refresh", token: "Zr8-_abcDEF0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP" },
  folder: "/DocSpace/Отчёты 100%/2026",
  conflict: "overwrite",
  shareLink: true,
  audience: "admins",
};

describe("settings encoding", () => {
  it("round-trips every field", () => {
    expect(decodeSettings(encodeSettings(full))).toEqual(full);
    expect(decodeSettings(encodeSettings(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS);
    const pasted: PluginSettings = { ...full, credential: { type: "access", token: "sl.u.AbC-123_x" } };
    expect(decodeSettings(encodeSettings(pasted))).toEqual(pasted);
  });

  it("is compact and versioned", () => {
    expect(encodeSettings({ ...DEFAULT_SETTINGS, appKey: "abc" })).toBe("s1|p-kne|abc||");
  });

  it("never writes a credential outside shared mode", () => {
    const personal = encodeSettings({ ...full, mode: "personal" });
    expect(personal).not.toContain(full.credential!.token);
    expect(decodeSettings(personal).credential).toBeNull();
  });

  it("saves a value of exactly 255 characters and refuses 256, saying by how much", () => {
    const base = encodeSettings({ ...DEFAULT_SETTINGS, appKey: "key", folder: "/" });
    const atLimit = {
      ...DEFAULT_SETTINGS,
      appKey: "key",
      folder: "/" + "a".repeat(SETTINGS_MAX_LENGTH - base.length),
    };
    const fits = encodeWithinLimit(atLimit);
    expect(fits).toEqual({ ok: true, value: expect.any(String) });
    if (fits.ok) expect(fits.value).toHaveLength(255);
    expect(encodeWithinLimit({ ...atLimit, folder: atLimit.folder + "b" })).toEqual({
      ok: false,
      length: 256,
      excess: 1,
      limit: 255,
    });
  });

  it("counts UTF-16 units as the server does", () => {
    const value = encodeSettings({ ...DEFAULT_SETTINGS, folder: "/😀" });
    expect(value.length).toBe("s1|p-kne|||".length + 3);
  });
});

describe("defensive parsing", () => {
  it.each([
    ["first run", null],
    ["undefined", undefined],
    ["empty", ""],
    ["garbage", "not settings at all"],
    ["broken json", "{"],
    ["json of the wrong shape", '{"k":5}'],
    ["an array", "[]"],
    ["a future version", "s9|xyz|key|/f|"],
    ["a truncated record", "s1|"],
    ["too long", "x".repeat(1000)],
  ])("%s gives the defaults and does not throw", (_name, stored) => {
    expect(decodeSettings(stored as string | null)).toEqual(DEFAULT_SETTINGS);
  });

  it("reads the JSON the first builds wrote", () => {
    expect(decodeSettings('{"k":"oldkey123"}')).toEqual({ ...DEFAULT_SETTINGS, appKey: "oldkey123" });
  });

  it("replaces unknown flags and malformed fields with defaults, keeping the rest", () => {
    expect(decodeSettings("s1|?????|key|/Folder|")).toEqual({
      ...DEFAULT_SETTINGS,
      appKey: "key",
      folder: "/Folder",
    });
    expect(decodeSettings("s1|p-kne|bad key!|no-slash|")).toEqual(DEFAULT_SETTINGS);
    // A credential flag without a token, or a token with characters no token has, is no credential.
    expect(decodeSettings("s1|srkne|key||").credential).toBeNull();
    expect(decodeSettings("s1|srkne|key||tok en").credential).toBeNull();
  });
});

describe("usable", () => {
  it("needs an app key, and in shared mode a credential", () => {
    expect(isUsable(DEFAULT_SETTINGS)).toBe(false);
    expect(isUsable({ ...DEFAULT_SETTINGS, appKey: "k" })).toBe(true);
    expect(isUsable({ ...DEFAULT_SETTINGS, appKey: "k", mode: "shared" })).toBe(false);
    expect(isUsable(full)).toBe(true);
  });
});

describe("destination folder", () => {
  it.each([
    ["", ""],
    ["/", ""],
    ["  /DocSpace/  ", "/DocSpace"],
    ["/a/b c/d", "/a/b c/d"],
    ["/Отчёты", "/Отчёты"],
  ])("accepts %j as %j", (input, folder) => {
    expect(checkDestination(input)).toEqual({ ok: true, folder });
  });

  it.each([
    ["DocSpace", "no-leading-slash"],
    ["/a//b", "empty-component"],
    ["/x…x (256 characters)", "component-too-long"],
    ["/a /b", "trailing-space-or-dot"],
    ["/a./b", "trailing-space-or-dot"],
    ["/a/..", "trailing-space-or-dot"],
    ["/a|b", "unsafe-character"],
    ["/a\u0001b", "unsafe-character"],
    ["/desktop.ini", "disallowed-name"],
    ["/~$lock", "disallowed-name"],
  ])("refuses %j (%s)", (input, problem) => {
    const folder = input.startsWith("/x…x") ? "/" + "x".repeat(256) : input;
    expect(checkDestination(folder)).toEqual({ ok: false, problem });
  });
});
