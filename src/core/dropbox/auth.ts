// Token handling on top of the SDK's `DropboxAuth`, which already builds PKCE URLs, exchanges
// codes and refreshes tokens. Written by hand here, because `DropboxAuth` lacks it (auth.js):
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

export class ManagedDropboxAuth extends DropboxAuth {
  private inflight: Promise<void> | undefined;
  private credentials: DropboxCredentials;

  constructor(
    credentials: DropboxCredentials,
    private readonly store: CredentialStore,
    private readonly clock: Clock,
    fetch: FetchLike,
  ) {
    super({
      fetch,
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
    if (this.credentials.kind !== "refresh-token") {
      return Promise.reject(
        new TransferError(
          "dropbox-auth",
          "The Dropbox access token expired and cannot be renewed; reconnect Dropbox.",
        ),
      );
    }
    this.inflight ??= (async () => {
      try {
        await super.refreshAccessToken(scope);
        const expiresAt = this.getAccessTokenExpiresAt() as Date | undefined;
        if (this.credentials.kind === "refresh-token") {
          this.credentials = {
            ...this.credentials,
            accessToken: this.getAccessToken(),
            ...(expiresAt ? { accessTokenExpiresAt: expiresAt.getTime() } : {}),
          };
        }
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
