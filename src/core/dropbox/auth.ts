// Token handling on top of the SDK's `DropboxAuth`, which builds PKCE URLs and carries the token
// for every call. Written by hand here, because `DropboxAuth` lacks it (dropbox-sdk-js src/auth.js):
// - the token requests themselves: `refreshAccessToken` and `getAccessTokenFromCode` put
//   `refresh_token`, `code` and `code_verifier` in the query string of `POST /oauth2/token`, where
//   a browser's console and network log print them whenever the request fails. We send them in a
//   form-encoded body, which the endpoint accepts (RFC 6749 section 4.1.3 and 6;
//   https://www.dropbox.com/developers/documentation/http/documentation#oauth2-token);
// - single-flight refresh: `checkAndRefreshAccessToken` runs before every call and parallel calls
//   would each refresh at once;
// - refresh on 401 `expired_access_token` (the SDK only refreshes by the clock, never on a 401);
// - persisting a refreshed token through our `CredentialStore` (the SDK keeps it in memory);
// - the injected clock for the "expires within 5 minutes" test (the SDK reads `Date.now`).

import { DropboxAuth } from "dropbox";
import { TransferError } from "../errors";
import type { Clock, FetchLike } from "../ports";
import type { CredentialStore, DropboxCredentials } from "./credentials";

/** Refresh this long before expiry, like the SDK (auth.js `TokenExpirationBuffer`). */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/** The token endpoint (dropbox-sdk-js src/utils.js `OAuth2TokenUrl`). */
export const TOKEN_URL = "https://api.dropboxapi.com/oauth2/token";

/** Shaped like the SDK's `DropboxResponseError` (src/error.js), so the one classifier reads it. */
class TokenEndpointError extends Error {
  override readonly name = "DropboxResponseError";
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly error: unknown,
  ) {
    super(`Response failed with a ${status} code`);
  }
}

/**
 * One `POST /oauth2/token` with its parameters in a form-encoded body, never in the URL. Resolves
 * with the JSON answer; rejects like the SDK does for a non-2xx answer.
 */
export async function postTokenRequest(
  fetch: FetchLike,
  params: Record<string, string>,
): Promise<Record<string, unknown>> {
  const response = await fetch(TOKEN_URL, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(params).toString(),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  if (!response.ok) throw new TokenEndpointError(response.status, response.headers, body);
  if (typeof body !== "object" || body === null) {
    throw new TransferError("dropbox-auth", "Dropbox's token endpoint sent an unexpected answer.");
  }
  return body as Record<string, unknown>;
}

export class ManagedDropboxAuth extends DropboxAuth {
  private inflight: Promise<void> | undefined;
  private credentials: DropboxCredentials;

  constructor(
    credentials: DropboxCredentials,
    private readonly store: CredentialStore,
    private readonly clock: Clock,
    private readonly fetchToken: FetchLike,
  ) {
    super({
      fetch: fetchToken,
      accessToken: credentials.accessToken,
      ...(credentials.kind === "refresh-token"
        ? {
            clientId: credentials.appKey,
            refreshToken: credentials.refreshToken,
            ...(credentials.accessTokenExpiresAt !== undefined
              ? { accessTokenExpiresAt: new Date(credentials.accessTokenExpiresAt) }
              : {}),
          }
        : {}),
    });
    this.credentials = credentials;
  }

  /** Whether an expired token can be renewed without the user. */
  get canRefresh(): boolean {
    return this.credentials.kind === "refresh-token";
  }

  override checkAndRefreshAccessToken(): Promise<void> {
    if (this.credentials.kind !== "refresh-token") return Promise.resolve();
    const expiresAt = this.getAccessTokenExpiresAt() as Date | undefined;
    const stale =
      !this.getAccessToken() || !expiresAt || expiresAt.getTime() - EXPIRY_MARGIN_MS <= this.clock.now();
    return stale ? this.refreshAccessToken() : Promise.resolve();
  }

  override refreshAccessToken(scope?: string[]): Promise<void> {
    const credentials = this.credentials;
    if (credentials.kind !== "refresh-token") {
      return Promise.reject(
        new TransferError(
          "dropbox-auth",
          "The Dropbox access token expired and cannot be renewed; reconnect Dropbox.",
        ),
      );
    }
    this.inflight ??= (async () => {
      try {
        const answer = await postTokenRequest(this.fetchToken, {
          grant_type: "refresh_token",
          refresh_token: credentials.refreshToken,
          client_id: credentials.appKey,
          ...(scope && scope.length > 0 ? { scope: scope.join(" ") } : {}),
        });
        const accessToken = answer.access_token;
        if (typeof accessToken !== "string" || accessToken === "") {
          throw new TransferError("dropbox-auth", "Dropbox renewed the connection without an access token.");
        }
        const expiresIn = typeof answer.expires_in === "number" ? answer.expires_in : undefined;
        const expiresAt = expiresIn !== undefined ? this.clock.now() + expiresIn * 1000 : undefined;
        this.setAccessToken(accessToken);
        if (expiresAt !== undefined) this.setAccessTokenExpiresAt(new Date(expiresAt));
        this.credentials = {
          ...credentials,
          accessToken,
          ...(expiresAt !== undefined ? { accessTokenExpiresAt: expiresAt } : {}),
        };
        await this.store.save(this.credentials);
      } finally {
        this.inflight = undefined;
      }
    })();
    return this.inflight;
  }

  /**
   * Renews the token after a 401 `expired_access_token`, unless another call already did since
   * `usedToken` was sent (parallel requests all see the same 401).
   */
  async renewAfterExpiry(usedToken: string | undefined): Promise<void> {
    if (this.inflight) return this.inflight;
    if (usedToken !== undefined && this.getAccessToken() !== usedToken) return;
    return this.refreshAccessToken();
  }
}
