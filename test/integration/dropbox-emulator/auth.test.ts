import { Dropbox, DropboxAuth } from "dropbox";
import { createHash } from "node:crypto";
import {
  ALL_SCOPES,
  DEFAULT_APP_KEY,
  rewriteDropboxFetch,
  type DropboxEmulator,
} from "../../emulators/dropbox/index";
import { envelope, sdk, sdkError, startEmulator } from "./helpers";

/** A test app with registered redirect URIs (the default apps have none). */
const REDIRECT_APP_KEY = "redirect-app";

let emulator: DropboxEmulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  await emulator.close();
});

/** Plays the user: loads the consent page and presses a button, as a browser would. */
async function consent(authUrl: string, decision: "allow" | "deny"): Promise<Response> {
  const pageUrl = authUrl.replace(/^https:\/\/(www\.)?dropbox\.com/, emulator.url);
  const html = await (await fetch(pageUrl)).text();
  expect(html).toContain('id="allow"');
  const form = new URLSearchParams();
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    form.set(m[1]!.replace(/&amp;/g, "&"), m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  }
  form.set("decision", decision);
  return fetch(`${emulator.url}/oauth2/authorize`, {
    method: "POST",
    body: form,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
}

describe("OAuth 2 through DropboxAuth", () => {
  test("code flow with PKCE and no redirect: the page shows the code, the token call checks the verifier", async () => {
    const fetcher = rewriteDropboxFetch(emulator.url);
    const auth = new DropboxAuth({ clientId: DEFAULT_APP_KEY, fetch: fetcher });
    const authUrl = String(
      await auth.getAuthenticationUrl("", "st4te", "code", "offline", undefined, "none", true),
    );
    const page = await consent(authUrl, "allow");
    const html = await page.text();
    const code = /id="auth-code" data-code="([^"]+)"/.exec(html)?.[1];
    expect(code).toBeDefined();
    const tokens = await auth.getAccessTokenFromCode("", code ?? "");
    const result = tokens.result as unknown as Record<string, unknown>;
    expect(result).toMatchObject({
      token_type: "bearer",
      expires_in: 14400,
      account_id: emulator.account.accountId,
    });
    expect(String(result.access_token)).toMatch(/^sl\./);
    expect(typeof result.refresh_token).toBe("string");
    expect(String(result.scope).split(" ")).toContain("files.content.write");

    // Codes are single use.
    const reuse = await sdkError(auth.getAccessTokenFromCode("", code ?? ""));
    expect(reuse.status).toBe(400);
    expect(reuse.body).toMatchObject({ error: "invalid_grant" });

    // The refresh token keeps working; an expired access token is refreshed by the SDK itself.
    auth.setAccessToken(String(result.access_token));
    auth.setRefreshToken(String(result.refresh_token));
    auth.setAccessTokenExpiresAt(new Date(Date.now() - 1000));
    emulator.expireAccessTokens();
    const dbx = new Dropbox({ auth, fetch: fetcher });
    const account = await dbx.usersGetCurrentAccount();
    expect(account.result.account_id).toBe(emulator.account.accountId);
    expect(emulator.calls()["oauth2/token"]?.count).toBe(3);
  });

  test("a wrong PKCE verifier and a missing secret are refused", async () => {
    const auth = new DropboxAuth({ clientId: DEFAULT_APP_KEY, fetch: rewriteDropboxFetch(emulator.url) });
    const authUrl = String(
      await auth.getAuthenticationUrl("", undefined, "code", "offline", undefined, "none", true),
    );
    const code = /data-code="([^"]+)"/.exec(await (await consent(authUrl, "allow")).text())?.[1] ?? "";
    auth.setCodeVerifier("x".repeat(64));
    const wrong = await sdkError(auth.getAccessTokenFromCode("", code));
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ error: "invalid_grant", error_description: "invalid code verifier" });

    const plain = await fetch(`${emulator.url}/oauth2/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "authorization_code", code: "abc", client_id: "unknown" }),
    });
    expect(plain.status).toBe(400);
    expect(await plain.json()).toMatchObject({ error: "invalid_client" });
  });

  test("with a registered redirect_uri, Allow redirects with code and state, and the token call must repeat the URI", async () => {
    const verifier = "v".repeat(50);
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const redirect = "http://localhost:5555/callback";
    emulator.registerApp({
      appKey: REDIRECT_APP_KEY,
      accessType: "full_dropbox",
      scopes: [...ALL_SCOPES],
      redirectUris: [redirect, "http://localhost/cb"],
    });
    const authUrl = `https://www.dropbox.com/oauth2/authorize?client_id=${REDIRECT_APP_KEY}&response_type=code&redirect_uri=${encodeURIComponent(redirect)}&state=abc&code_challenge=${challenge}&code_challenge_method=S256&token_access_type=online&scope=${encodeURIComponent("account_info.read files.metadata.read")}`;
    const res = await consent(authUrl, "allow");
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location") ?? "");
    expect(location.origin + location.pathname).toBe(redirect);
    expect(location.searchParams.get("state")).toBe("abc");
    const code = location.searchParams.get("code") ?? "";
    const tokenUrl = `${emulator.url}/oauth2/token`;
    const mismatch = await fetch(tokenUrl, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        client_id: REDIRECT_APP_KEY,
        code_verifier: verifier,
      }),
    });
    expect(await mismatch.json()).toMatchObject({ error: "invalid_grant" });

    const res2 = await consent(authUrl, "allow");
    const code2 = new URL(res2.headers.get("location") ?? "").searchParams.get("code") ?? "";
    const ok = await fetch(tokenUrl, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: code2,
        client_id: REDIRECT_APP_KEY,
        code_verifier: verifier,
        redirect_uri: redirect,
      }),
    });
    expect(ok.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await ok.json()) as Record<string, unknown>;
    expect(body.refresh_token).toBeUndefined();
    expect(body.scope).toBe("account_info.read files.metadata.read");
    // The narrower grant shows up as missing_scope.
    const dbx = sdk(emulator, { accessToken: String(body.access_token) });
    const denied = await sdkError(dbx.filesUpload({ path: "/x", contents: "x" }));
    expect(denied.status).toBe(401);
    expect(envelope(denied).error).toEqual({
      ".tag": "missing_scope",
      required_scope: "files.content.write",
    });
    expect(envelope(denied).error_summary).toMatch(/^missing_scope\/\.+$/);
  });

  test("an unregistered redirect_uri gets an error page, never a code", async () => {
    emulator.registerApp({
      appKey: REDIRECT_APP_KEY,
      accessType: "full_dropbox",
      scopes: [...ALL_SCOPES],
      redirectUris: ["https://portal.example/callback"],
    });
    const attempts = [
      // An app with no redirect URIs (the default apps: the plugin and the CLI paste the code).
      { appKey: DEFAULT_APP_KEY, redirect: "http://localhost/cb" },
      // Registered URIs match exactly: no prefix, no other path, no other scheme.
      { appKey: REDIRECT_APP_KEY, redirect: "https://portal.example/callback/evil" },
      { appKey: REDIRECT_APP_KEY, redirect: "http://portal.example/callback" },
      { appKey: REDIRECT_APP_KEY, redirect: "https://attacker.example/callback" },
    ];
    for (const { appKey, redirect } of attempts) {
      const query = `client_id=${appKey}&response_type=code&redirect_uri=${encodeURIComponent(redirect)}&state=s`;
      const page = await fetch(`${emulator.url}/oauth2/authorize?${query}`);
      expect(page.status).toBe(400);
      const html = await page.text();
      expect(html).toContain("Invalid redirect_uri");
      expect(html).not.toContain('id="allow"');
      // Posting the consent form directly does not help either.
      const post = await fetch(`${emulator.url}/oauth2/authorize`, {
        method: "POST",
        body: new URLSearchParams(`${query}&decision=allow`),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        redirect: "manual",
      });
      expect(post.status).toBe(400);
      expect(post.headers.get("location")).toBeNull();
    }
  });

  test("Cancel redirects with access_denied", async () => {
    emulator.registerApp({
      appKey: REDIRECT_APP_KEY,
      accessType: "full_dropbox",
      scopes: [...ALL_SCOPES],
      redirectUris: ["http://localhost/cb"],
    });
    const authUrl = `https://www.dropbox.com/oauth2/authorize?client_id=${REDIRECT_APP_KEY}&response_type=code&redirect_uri=${encodeURIComponent("http://localhost/cb")}&state=s`;
    const res = await consent(authUrl, "deny");
    const location = new URL(res.headers.get("location") ?? "");
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.get("state")).toBe("s");
  });

  test("the authorize page refuses unknown clients", async () => {
    const res = await fetch(`${emulator.url}/oauth2/authorize?client_id=nope&response_type=code`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Invalid client_id");
  });

  test("refresh_token grant with a configured lifetime, and revoked refresh tokens", async () => {
    await emulator.close();
    emulator = await startEmulator({ accessTokenLifetimeSeconds: 60 });
    const issued = emulator.issueTokens();
    expect(issued.expiresIn).toBe(60);
    const auth = new DropboxAuth({
      clientId: DEFAULT_APP_KEY,
      refreshToken: issued.refreshToken ?? "",
      fetch: rewriteDropboxFetch(emulator.url),
    });
    await auth.refreshAccessToken();
    const fresh = auth.getAccessToken();
    expect(fresh).not.toBe(issued.accessToken);
    const dbx = new Dropbox({ accessToken: fresh, fetch: rewriteDropboxFetch(emulator.url) });
    await dbx.authTokenRevoke();
    const revoked = await sdkError(auth.refreshAccessToken());
    expect(revoked.body).toEqual({
      error: "invalid_grant",
      error_description: "refresh token is invalid or revoked",
    });
  });
});

describe("401 and 400 for credentials", () => {
  test("missing, malformed, unknown, expired and revoked tokens", async () => {
    const url = `${emulator.url}/2/users/get_current_account`;
    const none = await fetch(url, { method: "POST" });
    expect(none.status).toBe(400);
    expect(await none.text()).toMatch(
      /^Error in call to API function "users\/get_current_account": Must provide HTTP header "Authorization"/,
    );
    // A malformed token is an AuthError like an unknown one (dropbox/dropbox-sdk-python
    // test/integration/test_dropbox.py test_bad_auth).
    for (const accessToken of ["foo", "asdf", "not a token!", "ü-token"]) {
      const malformed = await sdkError(
        sdk(emulator, { accessToken: encodeURIComponent(accessToken) }).usersGetCurrentAccount(),
      );
      expect(malformed.status).toBe(401);
      expect(envelope(malformed).error).toEqual({ ".tag": "invalid_access_token" });
    }
    const unknown = await sdkError(
      sdk(emulator, { accessToken: "sl.not-a-real-token" }).usersGetCurrentAccount(),
    );
    expect(unknown.status).toBe(401);
    expect(envelope(unknown).error).toEqual({ ".tag": "invalid_access_token" });
    const dbx = sdk(emulator);
    await dbx.usersGetCurrentAccount();
    emulator.expireAccessTokens();
    const expired = await sdkError(dbx.usersGetCurrentAccount());
    expect(expired.status).toBe(401);
    expect(envelope(expired).error).toEqual({ ".tag": "expired_access_token" });
    const other = sdk(emulator);
    expect((await other.authTokenRevoke()).result).toBeNull();
    const revoked = await sdkError(other.checkUser({ query: "x" }));
    expect(envelope(revoked).error).toEqual({ ".tag": "invalid_access_token" });
    const fresh = sdk(emulator);
    emulator.revokeAll();
    expect(envelope(await sdkError(fresh.checkUser({ query: "x" }))).error).toEqual({
      ".tag": "invalid_access_token",
    });
  });
});
