import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeConfig } from "../../../src/cli/config";
import { CliError } from "../../../src/cli/errors";
import {
  docspaceSettings,
  dropboxBase,
  dropboxSource,
  knownSecrets,
  rewriteDropboxUrl,
} from "../../../src/cli/settings";

test("DROPBOX_API_BASE_URL rewrites every Dropbox host and nothing else", () => {
  const base = dropboxBase({ DROPBOX_API_BASE_URL: "http://127.0.0.1:9/" });
  expect(base).toBe("http://127.0.0.1:9");
  expect(rewriteDropboxUrl("https://api.dropboxapi.com/2/files/list_folder", base)).toBe(
    "http://127.0.0.1:9/2/files/list_folder",
  );
  expect(rewriteDropboxUrl("https://content.dropboxapi.com/2/files/upload", base)).toBe(
    "http://127.0.0.1:9/2/files/upload",
  );
  expect(rewriteDropboxUrl("https://dropbox.com/oauth2/authorize?x=1", base)).toBe(
    "http://127.0.0.1:9/oauth2/authorize?x=1",
  );
  expect(rewriteDropboxUrl("https://api.dropboxapi.com.evil.test/2", base)).toBe(
    "https://api.dropboxapi.com.evil.test/2",
  );
  expect(rewriteDropboxUrl("https://api.dropboxapi.com/2/x", undefined)).toBe(
    "https://api.dropboxapi.com/2/x",
  );
  expect(dropboxBase({})).toBeUndefined();
  expect(() => dropboxBase({ DROPBOX_API_BASE_URL: "ftp://x" })).toThrow(CliError);
});

test("docspaceSettings: --portal wins over DOCSPACE_PORTAL_URL; the key is required", () => {
  expect(
    docspaceSettings(
      { DOCSPACE_API_KEY: "sk-1", DOCSPACE_PORTAL_URL: "https://b.example" },
      "https://a.example/",
    ),
  ).toEqual({
    portalUrl: "https://a.example",
    apiKey: "sk-1",
  });
  expect(
    docspaceSettings({ DOCSPACE_API_KEY: "sk-1", DOCSPACE_PORTAL_URL: "https://b.example" }, undefined)
      .portalUrl,
  ).toBe("https://b.example");
  expect(() => docspaceSettings({}, "https://a.example")).toThrow(/DOCSPACE_API_KEY is not set/u);
  expect(() => docspaceSettings({ DOCSPACE_API_KEY: "k" }, "a.example")).toThrow(/not a portal URL/u);
});

test("plain http:// off this machine: refused for Dropbox and the portal, said out loud with --allow-insecure", () => {
  const warnings: string[] = [];
  const insecure = { allowInsecure: true, warn: (text: string) => void warnings.push(text) };
  // Dropbox tokens would travel in clear text: refused without --allow-insecure.
  expect(() => dropboxBase({ DROPBOX_API_BASE_URL: "http://dropbox.example/" })).toThrow(
    /DROPBOX_API_BASE_URL http:\/\/dropbox\.example is not encrypted .*Dropbox tokens/u,
  );
  expect(() => docspaceSettings({ DOCSPACE_API_KEY: "sk-1" }, "http://portal.example")).toThrow(
    /The portal http:\/\/portal\.example is not encrypted .*DocSpace API key/u,
  );
  // Allowed, and the warning says what crosses the network unencrypted.
  expect(dropboxBase({ DROPBOX_API_BASE_URL: "http://dropbox.example/" }, insecure)).toBe(
    "http://dropbox.example",
  );
  expect(docspaceSettings({ DOCSPACE_API_KEY: "sk-1" }, "http://portal.example", insecure).portalUrl).toBe(
    "http://portal.example",
  );
  expect(warnings).toEqual([
    expect.stringMatching(
      /^Warning: DROPBOX_API_BASE_URL http:\/\/dropbox\.example is plain http:\/\/; Dropbox tokens/u,
    ),
    expect.stringMatching(
      /^Warning: The portal http:\/\/portal\.example is plain http:\/\/; the DocSpace API key/u,
    ),
  ]);
  // Loopback never leaves the machine: no refusal, no warning.
  expect(dropboxBase({ DROPBOX_API_BASE_URL: "http://127.0.0.1:9" }, insecure)).toBe("http://127.0.0.1:9");
  expect(docspaceSettings({ DOCSPACE_API_KEY: "sk-1" }, "http://localhost:8092", insecure).portalUrl).toBe(
    "http://localhost:8092",
  );
  expect(warnings).toHaveLength(2);
});

test("environment credentials take precedence over the config file", async () => {
  const env = {
    DROPBOX_OAUTH2_REFRESH_TOKEN: "r",
    DROPBOX_APP_KEY: "k",
    DROPBOX_OAUTH2_TOKEN: "a",
    XDG_CONFIG_HOME: "/nonexistent",
  };
  const source = await dropboxSource(env, undefined, () => undefined);
  expect(source.origin).toBe("environment");
  expect(await source.store.load()).toEqual({
    kind: "refresh-token",
    appKey: "k",
    refreshToken: "r",
    accessToken: "a",
  });
  const tokenOnly = await dropboxSource(
    { DROPBOX_OAUTH2_TOKEN: "a" },
    "/nonexistent/c.json",
    () => undefined,
  );
  expect(await tokenOnly.store.load()).toEqual({ kind: "access-token", accessToken: "a" });
  await expect(dropboxSource({}, "/nonexistent/c.json", () => undefined)).rejects.toThrow(
    /Dropbox is not connected/u,
  );
});

test("a refresh token from `connect` wins over a leftover DROPBOX_OAUTH2_TOKEN, which is named in a warning", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-settings-"));
  try {
    const file = join(dir, "config.json");
    const connected = { kind: "refresh-token" as const, appKey: "k", refreshToken: "refresh-from-connect" };
    await writeConfig(file, { version: 1, dropbox: connected });
    const leftover = "sl.leftover-access-token";
    const warnings: string[] = [];
    const source = await dropboxSource({ DROPBOX_OAUTH2_TOKEN: leftover }, file, (text) => {
      warnings.push(text);
    });
    // A short-lived access token (4 hours) must not shadow the credential that renews itself.
    expect(source.origin).toBe(file);
    expect(await source.store.load()).toEqual(connected);
    expect(warnings).toEqual([expect.stringMatching(/DROPBOX_OAUTH2_TOKEN is set but not used/u)]);
    expect(warnings.join("")).not.toContain(leftover);

    // A refresh token in the environment still wins over the file, without a warning.
    warnings.length = 0;
    const fromEnv = await dropboxSource(
      { DROPBOX_OAUTH2_REFRESH_TOKEN: "r", DROPBOX_APP_KEY: "k", DROPBOX_OAUTH2_TOKEN: leftover },
      file,
      (text) => warnings.push(text),
    );
    expect(fromEnv.origin).toBe("environment");
    expect(await fromEnv.store.load()).toMatchObject({ kind: "refresh-token", refreshToken: "r" });
    expect(warnings).toEqual([]);

    // A file holding only an access token is not a refresh token: the environment's token wins.
    await writeConfig(file, { version: 1, dropbox: { kind: "access-token", accessToken: "from-file" } });
    const tokens = await dropboxSource({ DROPBOX_OAUTH2_TOKEN: leftover }, file, (text) =>
      warnings.push(text),
    );
    expect(tokens.origin).toBe("environment");
    expect(await tokens.store.load()).toEqual({ kind: "access-token", accessToken: leftover });
    expect(warnings).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a config file that cannot be read does not stop a run that has DROPBOX_OAUTH2_TOKEN: it says so and uses the token", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-settings-"));
  try {
    const file = join(dir, "config.json");
    writeFileSync(file, "{ not json", { mode: 0o600 });
    const warnings: string[] = [];
    const source = await dropboxSource({ DROPBOX_OAUTH2_TOKEN: "sl.env-access-token" }, file, (text) => {
      warnings.push(text);
    });
    expect(await source.store.load()).toEqual({ kind: "access-token", accessToken: "sl.env-access-token" });
    expect(warnings).toEqual([expect.stringMatching(/Using DROPBOX_OAUTH2_TOKEN instead\.$/u)]);
    expect(warnings.join("")).not.toContain("sl.env-access-token");
    // Without a token to stand in, the unreadable file still ends the run.
    await expect(dropboxSource({}, file, () => undefined)).rejects.toMatchObject({ name: "CliError" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("knownSecrets collects keys and tokens, not short values", () => {
  expect(
    knownSecrets(
      { DOCSPACE_API_KEY: "sk-123456", DROPBOX_OAUTH2_TOKEN: "x" },
      { kind: "refresh-token", appKey: "app", refreshToken: "refresh-1", accessToken: "access-1" },
    ),
  ).toEqual(["sk-123456", "access-1", "refresh-1"]);
});
