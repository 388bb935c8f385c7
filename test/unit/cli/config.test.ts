import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  configPath,
  fileCredentialStore,
  parseConfig,
  readConfig,
  statePath,
  writeConfig,
} from "../../../src/cli/config";
import { CliError } from "../../../src/cli/errors";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-config-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("configPath follows --config, then XDG_CONFIG_HOME, then ~/.config", () => {
  expect(configPath({ XDG_CONFIG_HOME: "/x" }, "/given.json")).toBe("/given.json");
  expect(configPath({ XDG_CONFIG_HOME: "/x", HOME: "/h" }, undefined)).toBe(
    "/x/docspace-to-dropbox/config.json",
  );
  // The XDG spec says relative values are invalid and must be ignored.
  expect(configPath({ XDG_CONFIG_HOME: "rel", HOME: "/h" }, undefined)).toBe(
    "/h/.config/docspace-to-dropbox/config.json",
  );
  expect(statePath("/x/docspace-to-dropbox/config.json")).toBe("/x/docspace-to-dropbox/sync-state.json");
});

test("parseConfig keeps known credentials and rejects foreign files", () => {
  const text = JSON.stringify({
    version: 1,
    dropbox: {
      kind: "refresh-token",
      appKey: "k",
      refreshToken: "r",
      accessToken: "a",
      accessTokenExpiresAt: 5,
      extra: 1,
    },
  });
  expect(parseConfig(text, "/c")).toEqual({
    version: 1,
    dropbox: {
      kind: "refresh-token",
      appKey: "k",
      refreshToken: "r",
      accessToken: "a",
      accessTokenExpiresAt: 5,
    },
  });
  expect(parseConfig(JSON.stringify({ version: 1, dropbox: { kind: "access-token" } }), "/c")).toEqual({
    version: 1,
  });
  expect(() => parseConfig("[]", "/c")).toThrow(CliError);
  expect(() => parseConfig("{", "/c")).toThrow(/The config file \/c is not valid/u);
});

test("writeConfig creates a 0600 file in a 0700 directory; the store writes refreshed tokens back", async () => {
  const path = join(dir, "app", "config.json");
  await writeConfig(path, { version: 1 });
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(statSync(join(dir, "app")).mode & 0o777).toBe(0o700);
  const store = fileCredentialStore(path, { version: 1 });
  await store.save({ kind: "access-token", accessToken: "tok" });
  expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({
    version: 1,
    dropbox: { kind: "access-token", accessToken: "tok" },
  });
  expect(await store.load()).toEqual({ kind: "access-token", accessToken: "tok" });
  await store.clear();
  expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({ version: 1 });
  expect(statSync(path).mode & 0o777).toBe(0o600);
});

test("readConfig tightens a file others can read and warns; a missing file is undefined", async () => {
  const path = join(dir, "config.json");
  expect(await readConfig(path, () => undefined)).toBeUndefined();
  writeFileSync(path, JSON.stringify({ version: 1 }));
  chmodSync(path, 0o644);
  const warnings: string[] = [];
  expect(await readConfig(path, (text) => warnings.push(text))).toEqual({ version: 1 });
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/mode 644.*now 600/u);
  await readConfig(path, (text) => warnings.push(text));
  expect(warnings).toHaveLength(1);
});

test("readConfig refuses a directory", async () => {
  await expect(readConfig(dir, () => undefined)).rejects.toThrow(/is not a file/u);
});
