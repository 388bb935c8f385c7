import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export type AccessType = "app_folder" | "full_dropbox";

/** Every user scope the emulated routes check (the `scope` attrs in the .stone files). */
export const ALL_SCOPES = [
  "account_info.read",
  "files.metadata.read",
  "files.metadata.write",
  "files.content.read",
  "files.content.write",
  "sharing.read",
  "sharing.write",
] as const;

export interface AppConfig {
  appKey: string;
  /** Omit for PKCE-only apps; when set, token calls without a verifier must present it. */
  appSecret?: string;
  accessType: AccessType;
  scopes: readonly string[];
  /** App-folder name under /Apps (defaults to the app key). */
  name?: string;
  /** Redirect URIs registered in the App Console; none = only the paste-the-code flow works. */
  redirectUris?: readonly string[];
}

export type TokenAccessType = "online" | "offline";

export interface IssuedTokens {
  accessToken: string;
  refreshToken?: string;
  expiresIn: number;
  scope: string;
  accountId: string;
}

interface AccessRecord {
  appKey: string;
  scopes: readonly string[];
  expiresAt: number;
  refreshToken?: string;
  revoked: boolean;
}
interface RefreshRecord {
  appKey: string;
  scopes: readonly string[];
  revoked: boolean;
}
export interface CodeRecord {
  appKey: string;
  scopes: readonly string[];
  redirectUri?: string;
  codeChallenge?: string;
  codeChallengeMethod?: "S256" | "plain";
  tokenAccessType: TokenAccessType;
  expiresAt: number;
}

/** Live tokens as `exportTokens` writes them. */
export interface TokenSnapshot {
  access: (AccessRecord & { token: string })[];
  refresh: (RefreshRecord & { token: string })[];
}

export type TokenCheck =
  | { ok: true; appKey: string; app: AppConfig; scopes: readonly string[]; token: string }
  | { ok: false; tag: "invalid_access_token" | "expired_access_token" };

const secret = (bytes: number): string => randomBytes(bytes).toString("base64url");

/** Authorization codes are short-lived and single use (oauth-guide). */
const CODE_LIFETIME_MS = 10 * 60 * 1000;

/**
 * Apps, authorization codes, access and refresh tokens. Tokens exist only in these maps;
 * nothing here is ever logged.
 */
export class AuthRegistry {
  private readonly apps = new Map<string, AppConfig>();
  private readonly access = new Map<string, AccessRecord>();
  private readonly refresh = new Map<string, RefreshRecord>();
  private readonly codes = new Map<string, CodeRecord>();

  constructor(
    private readonly now: () => number,
    public accessTokenLifetimeSeconds: number,
    readonly accountId: string,
  ) {}

  registerApp(config: AppConfig): AppConfig {
    const app: AppConfig = {
      ...config,
      scopes: [...config.scopes],
      redirectUris: [...(config.redirectUris ?? [])],
    };
    this.apps.set(app.appKey, app);
    return app;
  }

  app(appKey: string): AppConfig | undefined {
    return this.apps.get(appKey);
  }

  appList(): AppConfig[] {
    return [...this.apps.values()];
  }

  issueTokens(options: {
    appKey: string;
    scopes?: readonly string[];
    tokenAccessType?: TokenAccessType;
    expiresIn?: number;
  }): IssuedTokens {
    const app = this.requireApp(options.appKey);
    const scopes = options.scopes ? options.scopes.filter((s) => app.scopes.includes(s)) : app.scopes;
    let refreshToken: string | undefined;
    if ((options.tokenAccessType ?? "offline") === "offline") {
      refreshToken = secret(48);
      this.refresh.set(refreshToken, { appKey: app.appKey, scopes, revoked: false });
    }
    const { accessToken, expiresIn } = this.newAccessToken(
      app.appKey,
      scopes,
      refreshToken,
      options.expiresIn,
    );
    return {
      accessToken,
      ...(refreshToken ? { refreshToken } : {}),
      expiresIn,
      scope: scopes.join(" "),
      accountId: this.accountId,
    };
  }

  refreshAccessToken(
    refreshToken: string,
    appKey: string,
    scopes?: readonly string[],
  ): IssuedTokens | "invalid_grant" {
    const record = this.refresh.get(refreshToken);
    if (!record || record.revoked || record.appKey !== appKey) return "invalid_grant";
    const granted = scopes ? scopes.filter((s) => record.scopes.includes(s)) : record.scopes;
    if (scopes && granted.length !== scopes.length) return "invalid_grant";
    const { accessToken, expiresIn } = this.newAccessToken(appKey, granted, refreshToken);
    return { accessToken, expiresIn, scope: granted.join(" "), accountId: this.accountId };
  }

  createCode(record: Omit<CodeRecord, "expiresAt">): string {
    const code = secret(32);
    this.codes.set(code, { ...record, expiresAt: this.now() + CODE_LIFETIME_MS });
    return code;
  }

  /** Redeems a code once; checks client, redirect URI and the PKCE verifier (RFC 7636). */
  redeemCode(
    code: string,
    params: { appKey: string; redirectUri?: string; codeVerifier?: string; clientSecret?: string },
  ): { ok: true; record: CodeRecord } | { ok: false; error: string; description: string } {
    const record = this.codes.get(code);
    this.codes.delete(code);
    if (!record || record.expiresAt <= this.now())
      return { ok: false, error: "invalid_grant", description: "code doesn't exist or has expired" };
    if (record.appKey !== params.appKey)
      return { ok: false, error: "invalid_grant", description: "code was issued to a different client" };
    if ((record.redirectUri ?? "") !== (params.redirectUri ?? ""))
      return { ok: false, error: "invalid_grant", description: "redirect_uri mismatch" };
    const app = this.requireApp(record.appKey);
    if (record.codeChallenge) {
      if (!params.codeVerifier)
        return { ok: false, error: "invalid_grant", description: "invalid code verifier" };
      const computed =
        record.codeChallengeMethod === "plain"
          ? params.codeVerifier
          : createHash("sha256").update(params.codeVerifier).digest("base64url");
      if (!safeEqual(computed, record.codeChallenge))
        return { ok: false, error: "invalid_grant", description: "invalid code verifier" };
    } else if (!app.appSecret || !params.clientSecret || !safeEqual(app.appSecret, params.clientSecret)) {
      return { ok: false, error: "invalid_client", description: "Invalid client_id or client_secret" };
    }
    return { ok: true, record };
  }

  check(token: string): TokenCheck {
    const record = this.access.get(token);
    if (!record || record.revoked) return { ok: false, tag: "invalid_access_token" };
    if (record.expiresAt <= this.now()) return { ok: false, tag: "expired_access_token" };
    const app = this.apps.get(record.appKey);
    if (!app) return { ok: false, tag: "invalid_access_token" };
    return { ok: true, appKey: record.appKey, app, scopes: record.scopes, token };
  }

  /** auth/token/revoke: the token, its refresh token and that refresh token's other access tokens. */
  revoke(token: string): void {
    const record = this.access.get(token);
    if (!record) return;
    record.revoked = true;
    const refreshToken = record.refreshToken;
    if (refreshToken) {
      const r = this.refresh.get(refreshToken);
      if (r) r.revoked = true;
      for (const other of this.access.values()) if (other.refreshToken === refreshToken) other.revoked = true;
    }
  }

  revokeAll(): void {
    for (const r of this.access.values()) r.revoked = true;
    for (const r of this.refresh.values()) r.revoked = true;
  }

  /**
   * Apps the account has live tokens for, as Dropbox's Connected apps page lists them
   * (https://www.dropbox.com/account/connected_apps): app key and how many live grants.
   */
  connections(): { appKey: string; tokens: number }[] {
    const counts = new Map<string, number>();
    const live = (appKey: string): void => void counts.set(appKey, (counts.get(appKey) ?? 0) + 1);
    for (const r of this.refresh.values()) if (!r.revoked) live(r.appKey);
    // Online (no refresh token) grants count while their access token lives.
    for (const r of this.access.values())
      if (!r.revoked && !r.refreshToken && r.expiresAt > this.now()) live(r.appKey);
    return [...counts].map(([appKey, tokens]) => ({ appKey, tokens }));
  }

  /**
   * Disconnecting an app on the Connected apps page revokes every token the account granted it:
   * each then behaves as after auth/token/revoke (dropbox/dropbox-api-spec auth.stone
   * `route token/revoke`; AuthError `invalid_access_token`). Returns how many grants were live.
   */
  revokeApp(appKey: string): number {
    let n = 0;
    for (const r of this.refresh.values())
      if (r.appKey === appKey && !r.revoked) {
        r.revoked = true;
        n++;
      }
    for (const r of this.access.values())
      if (r.appKey === appKey && !r.revoked) {
        r.revoked = true;
        if (!r.refreshToken) n++;
      }
    return n;
  }

  /** Live tokens, for a sandbox that keeps connections across restarts (secrets: store as 0600). */
  exportTokens(): TokenSnapshot {
    return {
      access: [...this.access].filter(([, r]) => !r.revoked).map(([token, r]) => ({ token, ...r })),
      refresh: [...this.refresh].filter(([, r]) => !r.revoked).map(([token, r]) => ({ token, ...r })),
    };
  }

  importTokens(snapshot: TokenSnapshot): void {
    for (const { token, ...r } of snapshot.access) this.access.set(token, { ...r, scopes: [...r.scopes] });
    for (const { token, ...r } of snapshot.refresh) this.refresh.set(token, { ...r, scopes: [...r.scopes] });
  }

  /** Makes every live access token (or one) expired now; refresh tokens keep working. */
  expireAccessTokens(token?: string): number {
    let n = 0;
    for (const [value, r] of this.access) {
      if ((token === undefined || value === token) && !r.revoked && r.expiresAt > this.now()) {
        r.expiresAt = this.now();
        n++;
      }
    }
    return n;
  }

  private newAccessToken(
    appKey: string,
    scopes: readonly string[],
    refreshToken?: string,
    lifetime?: number,
  ): { accessToken: string; expiresIn: number } {
    // Short-lived tokens start with "sl." (oauth-guide); the rest is opaque.
    const accessToken = `sl.u.${secret(60)}`;
    const expiresIn = lifetime ?? this.accessTokenLifetimeSeconds;
    this.access.set(accessToken, {
      appKey,
      scopes,
      expiresAt: this.now() + expiresIn * 1000,
      refreshToken,
      revoked: false,
    });
    return { accessToken, expiresIn };
  }

  private requireApp(appKey: string): AppConfig {
    const app = this.apps.get(appKey);
    if (!app) throw new Error(`unknown app key ${JSON.stringify(appKey)}; registerApp() it first`);
    return app;
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
