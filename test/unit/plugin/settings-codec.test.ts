import {
  decodeSettings,
  DEFAULT_SETTINGS,
  encodeSettings,
  encodeWithinLimit,
  isUsable,
  SETTINGS_MAX_LENGTH,
  type PluginSettings,
} from "../../../src/plugin/settings/codec";
import { checkAppKey } from "../../../src/plugin/settings/codec";
import { checkDestination, checkTypedFolder } from "../../../src/plugin/settings/destination";
import { checkDraft } from "../../../src/plugin/settings/validation";

const full: PluginSettings = {
  appKey: "a1b2c3d4e5f6g7h",
  mode: "shared",
  credential: { type: "refresh", token: "Zr8-_abcDEF0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP" },
  folder: "/DocSpace/Отчёты 100%/2026",
  conflict: "overwrite",
  shareLink: true,
  audience: "admins",
  access: "full",
};

describe("settings encoding", () => {
  it("round-trips every field", () => {
    expect(decodeSettings(encodeSettings(full))).toEqual(full);
    expect(decodeSettings(encodeSettings(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS);
    const pasted: PluginSettings = { ...full, credential: { type: "access", token: "sl.u.AbC-123_x" } };
    expect(decodeSettings(encodeSettings(pasted))).toEqual(pasted);
  });

  it("is compact and versioned", () => {
    expect(encodeSettings({ ...DEFAULT_SETTINGS, appKey: "abc" })).toBe("s1|p-knea|abc||");
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
    expect(value.length).toBe("s1|p-knea|||".length + 3);
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

  it("reads settings stored before the access type was a choice as an App-folder app", () => {
    expect(decodeSettings("s1|p-kle|key|/F|")).toEqual({
      ...DEFAULT_SETTINGS,
      appKey: "key",
      folder: "/F",
      shareLink: true,
      access: "app-folder",
    });
    expect(decodeSettings("s1|p-klef|key|/F|").access).toBe("full");
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

describe("app key as typed", () => {
  it("accepts a key or nothing, exactly as typed", () => {
    expect(checkAppKey("a1b2c3d4e5f6g7h")).toEqual({ ok: true, appKey: "a1b2c3d4e5f6g7h" });
    expect(checkAppKey("")).toEqual({ ok: true, appKey: "" });
  });

  it("names each stray character once and never reduces the key", () => {
    expect(checkAppKey("wrong key!")).toEqual({ ok: false, problem: "characters", characters: [" ", "!"] });
    expect(checkAppKey(" abc ")).toEqual({ ok: false, problem: "characters", characters: [" "] });
    expect(checkAppKey("a".repeat(65))).toEqual({ ok: false, problem: "too-long" });
  });

  it("is the rule stored settings are read with", () => {
    expect(decodeSettings("s1|p-kne|wrong key!||").appKey).toBe("");
    expect(decodeSettings("s1|p-kne|rightkey||").appKey).toBe("rightkey");
  });
});

describe("folder as typed", () => {
  it("adds a missing leading slash instead of demanding it", () => {
    expect(checkTypedFolder("Backups/2025")).toEqual({ ok: true, folder: "/Backups/2025" });
    expect(checkTypedFolder("  Backups/ ")).toEqual({ ok: true, folder: "/Backups" });
    expect(checkTypedFolder("")).toEqual({ ok: true, folder: "" });
  });

  it("otherwise applies the core's rules unchanged", () => {
    expect(checkTypedFolder("a//b")).toEqual(checkDestination("/a//b"));
    expect(checkTypedFolder("Reports/Q1.")).toEqual({ ok: false, problem: "trailing-space-or-dot" });
  });
});

describe("the draft as a whole", () => {
  const inputs = {
    draft: { ...DEFAULT_SETTINGS },
    appKeyInput: "key",
    folderInput: "/DocSpace",
    tokenInput: "",
  };

  it("can be saved when every field is valid and it fits", () => {
    const check = checkDraft(inputs);
    expect(check.canSave).toBe(true);
    expect(check.next).toEqual({ ...DEFAULT_SETTINGS, appKey: "key", folder: "/DocSpace" });
    expect(check.length).toBe(encodeSettings(check.next).length);
  });

  it.each([
    ["a key with a stray character", { appKeyInput: "wrong key!" }],
    ["a folder Dropbox refuses", { folderInput: "/a:b" }],
    ["a folder over the budget", { folderInput: "/" + "a".repeat(250) }],
  ])("cannot be saved with %s", (_name, change) => {
    expect(checkDraft({ ...inputs, ...change }).canSave).toBe(false);
  });

  it("counts a pasted token against the budget in shared mode only", () => {
    const token = "sl." + "x".repeat(240);
    const shared = checkDraft({
      ...inputs,
      draft: { ...DEFAULT_SETTINGS, mode: "shared" },
      tokenInput: token,
    });
    expect(shared).toMatchObject({ pastedToken: true, canSave: false });
    expect(shared.length).toBeGreaterThan(255);
    expect(checkDraft({ ...inputs, tokenInput: token })).toMatchObject({ pastedToken: false, canSave: true });
    expect(
      checkDraft({ ...inputs, draft: { ...DEFAULT_SETTINGS, mode: "shared" }, tokenInput: "tok en" }).tokenOk,
    ).toBe(false);
  });
});
