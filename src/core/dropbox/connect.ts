// What a "Connect Dropbox" screen and a command line need: the PKCE authorize URL, the code
// exchange, the account behind the credentials, and disconnecting. The authorize URL is the SDK's
// `DropboxAuth`; we add URL-encoding (the SDK appends `redirect_uri` and `state` un-encoded:
// dropbox-sdk-js src/auth.js `getAuthenticationUrl`) and the `code` + `offline` defaults (the SDK
// defaults to the legacy token flow). The code exchange is a form-encoded POST (auth.ts).

import { Dropbox, DropboxAuth } from "dropbox";
import { sha256 } from "../content-hash";
import { classifyFailure } from "../classify";
import { TransferError } from "../errors";
import { resolveOptions, type CoreOptions } from "../options";
import { ManagedDropboxAuth, postTokenRequest, TOKEN_URL } from "./auth";
import type { CredentialStore, DropboxCredentials } from "./credentials";
import { DropboxGateway } from "./gateway";

/** The ports and knobs a Dropbox call uses: the core's one options type. */
export type DropboxEnvironment = CoreOptions;

export interface AuthorizationRequest {
  /** The Dropbox app key (client_id). The app secret is never needed (PKCE). */
  appKey: string;
  /** Omit for the "paste the code" flow; otherwise must match the App Console exactly. */
  redirectUri?: string;
  /** Opaque value echoed back on the redirect (≤ 500 bytes). */
  state?: string;
  /** Scopes to ask for; default: all the app's scopes. */
  scopes?: string[];
}

export interface AuthorizationStart {
  url: string;
  /** Keep it (e.g. sessionStorage) until the code comes back; it is needed for the exchange. */
  codeVerifier: string;
}

/** Builds the PKCE authorize URL for a short-lived token plus refresh token (`offline`). */
export async function startDropboxAuthorization(
  request: AuthorizationRequest,
  environment: DropboxEnvironment = {},
): Promise<AuthorizationStart> {
  if (!request.appKey)
    throw new TypeError('Invalid option "appKey": expected a Dropbox app key, received "".');
  const auth = new DropboxAuth({ clientId: request.appKey, fetch: resolveOptions(environment).ports.fetch });
  // The SDK's PKCE challenge needs crypto.subtle, which pages outside a secure context (a portal on
  // plain HTTP under a LAN name) do not have; there the challenge is computed here instead.
  const sdkPkce = globalThis.crypto?.subtle !== undefined;
  let url = await auth.getAuthenticationUrl(
    request.redirectUri ? encodeURIComponent(request.redirectUri) : "",
    request.state ? encodeURIComponent(request.state) : undefined,
    "code",
    "offline",
    request.scopes,
    "none",
    sdkPkce,
  );
  if (!sdkPkce) {
    const verifier = pkceVerifier();
    auth.setCodeVerifier(verifier);
    url += `&code_challenge_method=S256&code_challenge=${await pkceChallenge(verifier)}`;
  }
  return { url, codeVerifier: auth.getCodeVerifier() };
}

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Unpadded base64url (RFC 4648 section 5), as PKCE wants it. */
function base64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.ceil((Math.min(3, bytes.length - i) * 8) / 6);
    for (let c = 0; c < chars; c += 1) out += BASE64URL[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** A 128-character PKCE code verifier (RFC 7636 4.1) from 96 random bytes; getRandomValues needs no secure context. */
function pkceVerifier(): string {
  return base64Url(globalThis.crypto.getRandomValues(new Uint8Array(96)));
}

/** S256 code challenge (RFC 7636 4.2): base64url(SHA-256(ASCII(verifier))). */
export async function pkceChallenge(verifier: string): Promise<string> {
  return base64Url(await sha256(new TextEncoder().encode(verifier)));
}

export interface AuthorizationCompletion {
  appKey: string;
  code: string;
  codeVerifier: string;
  /** The same redirect URI as in the authorize URL, if one was used. */
  redirectUri?: string;
}

/** Exchanges the code for credentials and saves them; returns the Dropbox account id. */
export async function completeDropboxAuthorization(
  completion: AuthorizationCompletion,
  store: CredentialStore,
  environment: DropboxEnvironment = {},
): Promise<{ accountId: string; credentials: DropboxCredentials }> {
  const { fetch, clock } = resolveOptions(environment).ports;
  let result: Record<string, unknown>;
  try {
    result = await postTokenRequest(fetch, {
      grant_type: "authorization_code",
      code: completion.code.trim(),
      client_id: completion.appKey,
      code_verifier: completion.codeVerifier,
      ...(completion.redirectUri ? { redirect_uri: completion.redirectUri } : {}),
    });
  } catch (failure) {
    throw classifyFailure(
      failure,
      { method: "POST", url: TOKEN_URL },
      { nowMs: clock.now(), service: "dropbox" },
    ).error;
  }
  const accessToken = typeof result.access_token === "string" ? result.access_token : undefined;
  if (!accessToken) throw new TransferError("dropbox-auth", "Dropbox returned no access token.");
  const expiresIn = typeof result.expires_in === "number" ? result.expires_in : undefined;
  const credentials: DropboxCredentials =
    typeof result.refresh_token === "string"
      ? {
          kind: "refresh-token",
          appKey: completion.appKey,
          refreshToken: result.refresh_token,
          accessToken,
          ...(expiresIn !== undefined ? { accessTokenExpiresAt: clock.now() + expiresIn * 1000 } : {}),
        }
      : { kind: "access-token", accessToken };
  await store.save(credentials);
  return { accountId: typeof result.account_id === "string" ? result.account_id : "", credentials };
}

/** Where the credentials are kept, plus the core's options (ports and knobs). */
export interface DropboxConnectOptions extends CoreOptions {
  store: CredentialStore;
}

/** Loads credentials and wires SDK client, token manager and retrying gateway. */
export async function openDropbox(options: DropboxConnectOptions): Promise<DropboxGateway> {
  const { store, ...rest } = options;
  const resolved = resolveOptions(rest);
  const credentials = await store.load();
  if (!credentials) throw new TransferError("not-connected", "Dropbox is not connected.");
  const { fetch, clock, random, uploadBody, sha256 } = resolved.ports;
  const auth = new ManagedDropboxAuth(credentials, store, clock, fetch);
  const client = new Dropbox({ auth, fetch });
  return new DropboxGateway(
    client,
    auth,
    { clock, random, policy: resolved.backoff },
    resolved.requestTimeoutMs,
    uploadBody,
    sha256,
  );
}

/** Revokes the token (and with it the refresh token) and forgets the credentials. */
export async function disconnectDropbox(options: DropboxConnectOptions): Promise<void> {
  try {
    const gateway = await openDropbox(options);
    await gateway.call("auth/token/revoke", (o) => gateway.client.authTokenRevoke(o));
  } catch (failure) {
    // Already revoked or never connected: forgetting the credentials is all that is left to do.
    // Anything else (offline) is reported and the credentials are kept, so the user can retry.
    const kind = failure instanceof TransferError ? failure.kind : undefined;
    if (kind !== "dropbox-auth" && kind !== "not-connected") throw failure;
  }
  await options.store.clear();
}
