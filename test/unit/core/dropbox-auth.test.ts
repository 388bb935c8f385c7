import { memoryCredentialStore } from "../../../src/core";
import { ManagedDropboxAuth } from "../../../src/core/dropbox/auth";
import { completeDropboxAuthorization, startDropboxAuthorization } from "../../../src/core/dropbox/connect";
import { FakeClock } from "./fakes";

/** A token endpoint that records each request's URL and its form-encoded body. */
function tokenEndpoint(body: unknown, status = 200) {
  const calls: string[] = [];
  const bodies: URLSearchParams[] = [];
  const fetch = (url: string, init?: RequestInit): Promise<Response> => {
    calls.push(url);
    expect(new Headers(init?.headers).get("content-type")).toBe("application/x-www-form-urlencoded");
    bodies.push(new URLSearchParams(typeof init?.body === "string" ? init.body : ""));
    return Promise.resolve(Response.json(body, { status }));
  };
  return { fetch, calls, bodies };
}

test("parallel calls near expiry refresh once, and the new token is saved", async () => {
  const clock = new FakeClock();
  const store = memoryCredentialStore();
  const { fetch, calls, bodies } = tokenEndpoint({
    access_token: "sl.new-token",
    expires_in: 14400,
    token_type: "bearer",
  });
  const auth = new ManagedDropboxAuth(
    {
      kind: "refresh-token",
      appKey: "key",
      refreshToken: "rt",
      accessToken: "sl.old",
      accessTokenExpiresAt: clock.now() + 60_000,
    },
    store,
    clock,
    fetch,
  );
  await Promise.all([
    auth.checkAndRefreshAccessToken(),
    auth.checkAndRefreshAccessToken(),
    auth.checkAndRefreshAccessToken(),
  ]);
  expect(calls).toHaveLength(1);
  // Parameters travel in the body: a URL is printed by browsers whenever the request fails.
  expect(calls[0]).toBe("https://api.dropboxapi.com/oauth2/token");
  expect(bodies[0]?.get("grant_type")).toBe("refresh_token");
  expect(bodies[0]?.get("refresh_token")).toBe("rt");
  expect(bodies[0]?.get("client_id")).toBe("key");
  expect(bodies[0]?.has("client_secret")).toBe(false);
  expect(auth.getAccessToken()).toBe("sl.new-token");
  expect(await store.load()).toMatchObject({
    kind: "refresh-token",
    accessToken: "sl.new-token",
    refreshToken: "rt",
  });
});

test("a token far from expiry (by the injected clock) is not refreshed", async () => {
  const clock = new FakeClock();
  const { fetch, calls } = tokenEndpoint({ access_token: "sl.next", expires_in: 14400 });
  const auth = new ManagedDropboxAuth(
    {
      kind: "refresh-token",
      appKey: "key",
      refreshToken: "rt",
      accessToken: "sl.ok",
      accessTokenExpiresAt: clock.now() + 3_600_000,
    },
    memoryCredentialStore(),
    clock,
    fetch,
  );
  await auth.checkAndRefreshAccessToken();
  expect(calls).toHaveLength(0);
  clock.advance(3_400_000); // within the 5-minute margin now
  await auth.checkAndRefreshAccessToken();
  expect(calls).toHaveLength(1);
});

test("after an expiry 401, a second caller with an already-replaced token does not refresh again", async () => {
  const clock = new FakeClock();
  const { fetch, calls } = tokenEndpoint({ access_token: "sl.fresh", expires_in: 14400 });
  const auth = new ManagedDropboxAuth(
    {
      kind: "refresh-token",
      appKey: "key",
      refreshToken: "rt",
      accessToken: "sl.old",
      accessTokenExpiresAt: clock.now() + 3_600_000,
    },
    memoryCredentialStore(),
    clock,
    fetch,
  );
  await auth.renewAfterExpiry("sl.old");
  await auth.renewAfterExpiry("sl.old");
  expect(calls).toHaveLength(1);
});

test("a bare access token cannot be renewed: reconnect", async () => {
  const auth = new ManagedDropboxAuth(
    { kind: "access-token", accessToken: "sl.x" },
    memoryCredentialStore(),
    new FakeClock(),
    () => Promise.reject(new Error("no network expected")),
  );
  expect(auth.canRefresh).toBe(false);
  await expect(auth.checkAndRefreshAccessToken()).resolves.toBeUndefined();
  await expect(auth.refreshAccessToken()).rejects.toMatchObject({ kind: "dropbox-auth" });
});

test("the authorize URL asks for a code, offline access and PKCE S256, with encoded values", async () => {
  const { url, codeVerifier } = await startDropboxAuthorization({
    appKey: "my-app",
    redirectUri: "https://portal.example/plugin?x=1&y=2",
    state: "a b",
  });
  const parsed = new URL(url);
  expect(parsed.searchParams.get("client_id")).toBe("my-app");
  expect(parsed.searchParams.get("response_type")).toBe("code");
  expect(parsed.searchParams.get("token_access_type")).toBe("offline");
  expect(parsed.searchParams.get("code_challenge_method")).toBe("S256");
  expect(parsed.searchParams.get("redirect_uri")).toBe("https://portal.example/plugin?x=1&y=2");
  expect(parsed.searchParams.get("state")).toBe("a b");
  expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
  const challenge = parsed.searchParams.get("code_challenge") ?? "";
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(codeVerifier)),
  );
  const expected = btoa(String.fromCharCode(...digest))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
  expect(challenge).toBe(expected);
});

test("the code exchange sends the verifier (never a secret) and saves refreshable credentials", async () => {
  const clock = new FakeClock();
  const store = memoryCredentialStore();
  const { fetch, calls, bodies } = tokenEndpoint({
    access_token: "sl.a",
    refresh_token: "rt.b",
    expires_in: 14400,
    account_id: "dbid:1",
  });
  const result = await completeDropboxAuthorization(
    { appKey: "my-app", code: " the/code+1 ", codeVerifier: "v".repeat(64) },
    store,
    { fetch, clock },
  );
  expect(result.accountId).toBe("dbid:1");
  expect(calls).toEqual(["https://api.dropboxapi.com/oauth2/token"]);
  const form = bodies[0] ?? new URLSearchParams();
  expect(form.get("grant_type")).toBe("authorization_code");
  expect(form.get("code")).toBe("the/code+1");
  expect(form.get("code_verifier")).toBe("v".repeat(64));
  expect(form.get("client_id")).toBe("my-app");
  expect(form.has("client_secret")).toBe(false);
  expect(await store.load()).toEqual({
    kind: "refresh-token",
    appKey: "my-app",
    refreshToken: "rt.b",
    accessToken: "sl.a",
    accessTokenExpiresAt: clock.now() + 14_400_000,
  });
});

test("a rejected code is a dropbox-auth error without the code or verifier in it", async () => {
  const { fetch } = tokenEndpoint(
    { error: "invalid_grant", error_description: "code doesn't exist or has expired" },
    400,
  );
  const error = await completeDropboxAuthorization(
    { appKey: "my-app", code: "secret-code", codeVerifier: "secret-verifier" },
    memoryCredentialStore(),
    { fetch },
  ).catch((caught: unknown) => caught);
  expect(error).toMatchObject({ name: "TransferError", kind: "dropbox-auth" });
  const text = `${(error as Error).message} ${JSON.stringify((error as { context: unknown }).context)}`;
  expect(text).not.toContain("secret-code");
  expect(text).not.toContain("secret-verifier");
});
