// The emulated Dropbox page's buttons for trying failure paths by hand (what `npm start` links
// to): "Disconnect" on a connected app and "Fill the quota" / "Restore the quota". Driven as a
// browser submits the forms (urlencoded POST, 303 back to the page); the effects are checked
// through the real `dropbox` SDK.
import { Dropbox } from "dropbox";

import {
  ALL_SCOPES,
  DEFAULT_APP_FOLDER_KEY,
  DEFAULT_APP_KEY,
  rewriteDropboxFetch,
  type DropboxEmulator,
} from "../../emulators/dropbox/index";
import { envelope, sdkError, startEmulator, tagChain } from "./helpers";

let emulator: DropboxEmulator;

beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  await emulator.close();
});

async function pageHtml(): Promise<string> {
  const response = await fetch(`${emulator.url}/__emulator/`);
  expect(response.status).toBe(200);
  return response.text();
}

/** Submits one of the page's forms as a browser does; returns the redirect target. */
async function submit(action: string, fields: Record<string, string> = {}): Promise<string | null> {
  const response = await fetch(`${emulator.url}/__emulator/ui/${action}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
  expect(response.status).toBe(303);
  return response.headers.get("location");
}

function client(accessToken: string): Dropbox {
  return new Dropbox({ accessToken, fetch: rewriteDropboxFetch(emulator.url) });
}

test("Disconnect revokes every token of that app, and only that app", async () => {
  const full = emulator.issueTokens({ appKey: DEFAULT_APP_KEY });
  const other = emulator.issueTokens({ appKey: DEFAULT_APP_FOLDER_KEY });
  const before = await pageHtml();
  expect(before).toContain(`data-app-key="${DEFAULT_APP_KEY}"`);
  expect(before).toContain(`data-app-key="${DEFAULT_APP_FOLDER_KEY}"`);
  await expect(client(full.accessToken).usersGetCurrentAccount()).resolves.toBeDefined();

  await expect(submit("revoke", { appKey: DEFAULT_APP_KEY })).resolves.toBe("/__emulator/");

  const denied = envelope(await sdkError(client(full.accessToken).usersGetCurrentAccount()));
  expect(tagChain(denied.error)).toBe("invalid_access_token");
  // The refresh token is gone too: the SDK cannot get a new access token with it.
  const refreshed = await fetch(`${emulator.url}/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: full.refreshToken ?? "",
      client_id: DEFAULT_APP_KEY,
    }).toString(),
  });
  expect(refreshed.status).toBe(400);
  await expect(refreshed.json()).resolves.toMatchObject({ error: "invalid_grant" });
  // The other app keeps working and is still listed; the disconnected one is not.
  await expect(client(other.accessToken).usersGetCurrentAccount()).resolves.toBeDefined();
  const after = await pageHtml();
  expect(after).not.toContain(`data-app-key="${DEFAULT_APP_KEY}"`);
  expect(after).toContain(`data-app-key="${DEFAULT_APP_FOLDER_KEY}"`);
});

test("Fill the quota refuses the next upload with insufficient_space; Restore lets it through", async () => {
  const dbx = client(emulator.issueTokens().accessToken);
  await dbx.filesUpload({ path: "/first.txt", contents: Buffer.from("already here") });
  expect(await pageHtml()).toContain('data-testid="fill-quota"');

  await expect(submit("fill-quota")).resolves.toBe("/__emulator/");
  expect(emulator.quotaBytes).toBe(emulator.usedBytes);
  const page = await pageHtml();
  expect(page).toContain('data-testid="restore-quota"');
  expect(page).toContain("full");
  const refused = envelope(
    await sdkError(dbx.filesUpload({ path: "/second.txt", contents: Buffer.from("x") })),
  );
  expect(tagChain(refused.error)).toBe("path/insufficient_space");
  // What was stored stays readable.
  await expect(dbx.filesGetMetadata({ path: "/first.txt" })).resolves.toBeDefined();

  await expect(submit("restore-quota")).resolves.toBe("/__emulator/");
  expect(emulator.quotaBytes).toBe(emulator.initialQuotaBytes);
  await expect(dbx.filesUpload({ path: "/second.txt", contents: Buffer.from("x") })).resolves.toBeDefined();
  expect(await pageHtml()).toContain('data-testid="fill-quota"');
});

test("the page shows app names and keys as text, never markup", async () => {
  emulator.registerApp({
    appKey: "k<b>x</b>",
    accessType: "app_folder",
    scopes: [...ALL_SCOPES],
    name: "<img src=x onerror=alert(1)>",
  });
  emulator.issueTokens({ appKey: "k<b>x</b>" });
  const html = await pageHtml();
  expect(html).not.toContain("<img src=x");
  expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  expect(html).toContain('data-app-key="k&lt;b&gt;x&lt;/b&gt;"');
});
