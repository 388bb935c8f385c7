// The sandbox keeps what a person set up across restarts (scripts/sandbox.ts startSandbox with a
// data directory, as `npm start` uses .sandbox/): the portal's plugin settings, each user's
// language, the Dropbox connection (its tokens work after the restart, same account) and the
// Dropbox files; `reset` starts clean. Everything goes through the same REST calls and the real
// `dropbox` SDK a client would use.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { Dropbox } from "dropbox";

import { rewriteDropboxFetch } from "../../emulators/dropbox";
import { startSandbox, type Sandbox } from "../../../scripts/sandbox";

const PLUGIN = "send-to-dropbox";
const SETTINGS = JSON.stringify({ v: 1, k: "emulator-app-folder" });

let dataDir: string;
const running: Sandbox[] = [];

async function start(reset = false): Promise<Sandbox> {
  const sandbox = await startSandbox({ build: false, docspacePort: 0, dropboxPort: 0, dataDir, reset });
  running.push(sandbox);
  return sandbox;
}

async function stop(sandbox: Sandbox): Promise<void> {
  running.splice(running.indexOf(sandbox), 1);
  await sandbox.close();
}

async function api(
  sandbox: Sandbox,
  kind: "owner" | "user",
  route: string,
  init: RequestInit = {},
): Promise<{ status: number; body: { response?: unknown } }> {
  const res = await fetch(`${sandbox.docspace.url}/api/2.0/${route}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${sandbox.docspace.users[kind].apiKey}`,
      "Content-Type": "application/json",
    },
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as { response?: unknown } };
}

async function pluginSettings(sandbox: Sandbox): Promise<string | null | undefined> {
  const { body } = await api(sandbox, "owner", "settings/webplugins");
  return (body.response as { name: string; settings?: string | null }[]).find((p) => p.name === PLUGIN)
    ?.settings;
}

async function culture(sandbox: Sandbox, kind: "owner" | "user"): Promise<string> {
  return ((await api(sandbox, kind, "people/@self")).body.response as { cultureName: string }).cultureName;
}

function dropbox(sandbox: Sandbox, accessToken: string): Dropbox {
  return new Dropbox({ accessToken, fetch: rewriteDropboxFetch(sandbox.dropbox.url) });
}

async function refresh(sandbox: Sandbox, refreshToken: string): Promise<number> {
  const res = await fetch(`${sandbox.dropbox.url}/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: refreshToken,
      client_id: "emulator-app-folder",
    }).toString(),
  });
  return res.status;
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "sandbox-state-"));
});
afterEach(async () => {
  for (const sandbox of [...running]) await stop(sandbox);
  rmSync(dataDir, { recursive: true, force: true });
});

test("settings, languages, the Dropbox connection and files survive a restart; reset starts clean", async () => {
  const first = await start();
  expect(first.restored).toBe(false);
  const put = await api(first, "owner", `settings/webplugins/${PLUGIN}`, {
    method: "PUT",
    body: JSON.stringify({ enabled: true, settings: SETTINGS }),
  });
  expect(put.status).toBe(200);
  const owner = first.docspace.users.owner;
  expect(
    (
      await api(first, "owner", `people/${owner.id}/culture`, {
        method: "PUT",
        body: JSON.stringify({ cultureName: "de" }),
      })
    ).status,
  ).toBe(200);
  // The connection the plugin holds after Allow: an offline grant for the app.
  const tokens = first.dropbox.issueTokens({ appKey: "emulator-app-folder", tokenAccessType: "offline" });
  await dropbox(first, tokens.accessToken).filesUpload({ path: "/kept.txt", contents: Buffer.from("kept") });
  const accountId = first.dropbox.account.accountId;
  await stop(first);
  const stateFile = path.join(dataDir, "state.json");
  // It holds the emulators' tokens: readable by the owner only.
  expect(statSync(stateFile).mode & 0o777).toBe(0o600);

  const second = await start();
  expect(second.restored).toBe(true);
  await expect(pluginSettings(second)).resolves.toBe(SETTINGS);
  await expect(culture(second, "owner")).resolves.toBe("de");
  await expect(culture(second, "user")).resolves.toBe("en-US");
  expect(second.dropbox.account.accountId).toBe(accountId);
  const account = await dropbox(second, tokens.accessToken).usersGetCurrentAccount();
  expect(account.result.account_id).toBe(accountId);
  await expect(refresh(second, tokens.refreshToken ?? "")).resolves.toBe(200);
  const kept = await dropbox(second, tokens.accessToken).filesDownload({
    path: "/kept.txt",
  });
  expect(kept.result.size).toBe(4);
  // A disconnect in this run is remembered too.
  second.dropbox.revokeApp("emulator-app-folder");
  await stop(second);

  const third = await start();
  await expect(refresh(third, tokens.refreshToken ?? "")).resolves.toBe(400);
  await stop(third);

  const clean = await start(true);
  expect(clean.restored).toBe(false);
  await expect(pluginSettings(clean)).resolves.toBeUndefined();
  await expect(culture(clean, "owner")).resolves.toBe("en-US");
  expect(clean.dropbox.account.accountId).not.toBe(accountId);
  expect(clean.dropbox.files()).toEqual([]);
});

test("a user changes only their own language, and only to one the portal offers", async () => {
  const sandbox = await start();
  const owner = sandbox.docspace.users.owner;
  const other = await api(sandbox, "user", `people/${owner.id}/culture`, {
    method: "PUT",
    body: JSON.stringify({ cultureName: "fr" }),
  });
  expect(other.status).toBe(403);
  const unknown = await api(sandbox, "owner", `people/${owner.id}/culture`, {
    method: "PUT",
    body: JSON.stringify({ cultureName: "xx-YY" }),
  });
  // Not offered: the profile stays as it was (the server answers with it, 200).
  expect(unknown.status).toBe(200);
  expect((unknown.body.response as { cultureName: string }).cultureName).toBe("en-US");
  await expect(culture(sandbox, "owner")).resolves.toBe("en-US");
  const ok = await api(sandbox, "owner", `people/${owner.id}/culture`, {
    method: "PUT",
    body: JSON.stringify({ cultureName: "pt-BR" }),
  });
  expect(ok.status).toBe(200);
  expect((ok.body.response as { cultureName: string }).cultureName).toBe("pt-BR");
  await expect(culture(sandbox, "owner")).resolves.toBe("pt-BR");
});
