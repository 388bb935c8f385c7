import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import {
  configPath,
  fileCredentialStore,
  parseConfig,
  readConfig,
  statePath,
  writeConfig,
} from "../../../src/cli/config";
import { CliError } from "../../../src/cli/errors";
import { saveState } from "../../../src/cli/sync";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-config-"));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

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

test("a write survives power loss: the temporary file is fsynced before the rename, the directory after", async () => {
  const path = join(dir, "config.json");
  await writeConfig(path, { version: 1 });
  const probe = await open(path, "r");
  const handles = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  const original = handles.sync;
  const seen: string[] = [];
  jest.spyOn(handles, "sync").mockImplementation(async function (this: FileHandle) {
    const what = (await this.stat()).isDirectory() ? "directory" : "file";
    const renamed = readFileSync(path, "utf8").includes("tok-new");
    seen.push(`${what} ${renamed ? "after" : "before"} the rename`);
    return original.call(this);
  });
  await writeConfig(path, { version: 1, dropbox: { kind: "access-token", accessToken: "tok-new" } });
  expect(seen).toEqual(["file before the rename", "directory after the rename"]);
  expect(statSync(path).mode & 0o777).toBe(0o600);
});

test("a temporary file a crash left behind is removed by the next write once stale; one in flight stays", async () => {
  const path = join(dir, "config.json");
  const stale = `${path}.4242.1700000000000.tmp`;
  const inFlight = `${path}.4343.${Date.now()}.tmp`;
  const foreign = join(dir, "notes.txt.1.2.tmp");
  for (const file of [stale, inFlight, foreign])
    writeFileSync(file, '{"dropbox":{"refreshToken":"left-behind"}}', { mode: 0o600 });
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(stale, hourAgo, hourAgo);
  utimesSync(foreign, hourAgo, hourAgo);
  await writeConfig(path, { version: 1 });
  expect(readdirSync(dir).sort()).toEqual(["config.json", basename(inFlight), basename(foreign)].sort());
});

test("the CLI's own config directory is made 0700 even when it exists; a directory chosen with --config keeps its mode", async () => {
  const own = join(dir, "xdg", "docspace-to-dropbox");
  mkdirSync(own, { recursive: true });
  chmodSync(own, 0o755);
  const file = configPath({ XDG_CONFIG_HOME: join(dir, "xdg") }, undefined);
  await writeConfig(file, { version: 1 });
  expect(statSync(own).mode & 0o777).toBe(0o700);
  // The sync record beside it too (an export may be the first write).
  chmodSync(own, 0o755);
  await saveState(statePath(file), { version: 1, records: {} });
  expect(statSync(own).mode & 0o777).toBe(0o700);

  const chosen = join(dir, "jobs");
  mkdirSync(chosen);
  chmodSync(chosen, 0o755);
  await writeConfig(join(chosen, "nightly.json"), { version: 1 });
  expect(statSync(chosen).mode & 0o777).toBe(0o755);
  expect(statSync(join(chosen, "nightly.json")).mode & 0o777).toBe(0o600);
});
