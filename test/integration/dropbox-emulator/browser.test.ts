import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../support/browser";
import type { DropboxEmulator } from "../../emulators/dropbox/index";
import { startEmulator } from "./helpers";

let emulator: DropboxEmulator;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  emulator = await startEmulator({ https: true });
  const port = new URL(emulator.url).port;
  const hosts = ["api.dropboxapi.com", "content.dropboxapi.com", "www.dropbox.com"];
  // The real host names resolve to the emulator; everything else fails, so nothing leaves the machine.
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), "MAP * ~NOTFOUND"].join(", ");
  browser = await launchBrowser([`--host-resolver-rules=${rules}`]);
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  page = await context.newPage();
  // A page on another origin, so every API call is cross-origin as from a DocSpace portal.
  await page.goto("https://www.dropbox.com/__emulator/");
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

test("a browser calls the real host names cross-origin: preflights pass and Dropbox-API-Result is readable", async () => {
  const token = emulator.issueTokens().accessToken;
  const result = await page.evaluate(async (accessToken) => {
    const upload = await fetch("https://content.dropboxapi.com/2/files/upload", {
      method: "POST",
      headers: {
        Authorization: `Bearer ${accessToken}`,
        "Content-Type": "application/octet-stream",
        "Dropbox-API-Arg": JSON.stringify({ path: "/browser.txt" }),
      },
      body: "from the browser",
    });
    const download = await fetch("https://content.dropboxapi.com/2/files/download", {
      method: "POST",
      headers: {
        Authorization: `Bearer ${accessToken}`,
        "Dropbox-API-Arg": JSON.stringify({ path: "/browser.txt" }),
      },
    });
    return {
      uploadStatus: upload.status,
      uploaded: (await upload.json()) as { size: number },
      apiResult: download.headers.get("dropbox-api-result"),
      // Not in the expose list, so the browser hides it: proof the CORS headers are what counts.
      etag: download.headers.get("etag"),
      body: await download.text(),
    };
  }, token);
  expect(result.uploadStatus).toBe(200);
  expect(result.uploaded.size).toBe(16);
  expect(JSON.parse(result.apiResult ?? "{}")).toMatchObject({ name: "browser.txt", size: 16 });
  expect(result.body).toBe("from the browser");
  expect(result.etag).toBeNull();
});

test("a 429 fault reaches the browser with the JSON retry_after; its Retry-After header, not exposed, stays hidden", async () => {
  const token = emulator.issueTokens().accessToken;
  emulator.faults.add({ kind: "status", route: "check/user", status: 429, retryAfter: 4 });
  const seen = await page.evaluate(async (accessToken) => {
    const res = await fetch("https://api.dropboxapi.com/2/check/user", {
      method: "POST",
      headers: { Authorization: `Bearer ${accessToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ query: "x" }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get("retry-after"),
      body: (await res.json()) as { error: { retry_after: number } },
    };
  }, token);
  expect(seen).toEqual({
    status: 429,
    retryAfter: null,
    body: expect.objectContaining({ error: { reason: { ".tag": "too_many_requests" }, retry_after: 4 } }),
  });
});

test("the authorize page: Allow shows the code, which the token endpoint accepts from the browser", async () => {
  const verifier = "q".repeat(64);
  const challenge = await page.evaluate(async (v) => {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(v)));
    return btoa(String.fromCharCode(...digest))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
  }, verifier);
  await page.goto(
    `https://www.dropbox.com/oauth2/authorize?client_id=emulator-app&response_type=code&token_access_type=offline&code_challenge_method=S256&code_challenge=${challenge}`,
  );
  await page.click("#allow");
  const code = await page.getAttribute("#auth-code", "data-code");
  expect(code).toBeTruthy();
  const tokens = await page.evaluate(
    async ({ code, verifier }) => {
      const res = await fetch(
        `https://api.dropboxapi.com/oauth2/token?grant_type=authorization_code&code=${code}&client_id=emulator-app&code_verifier=${verifier}`,
        { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" } },
      );
      return (await res.json()) as { access_token?: string; refresh_token?: string };
    },
    { code: code ?? "", verifier },
  );
  expect(tokens.access_token).toMatch(/^sl\./);
  expect(tokens.refresh_token).toBeTruthy();
});
