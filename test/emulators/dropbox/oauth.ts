import type { IncomingMessage, ServerResponse } from "node:http";
import { ALL_SCOPES, type AppConfig, type AuthRegistry, type TokenAccessType } from "./auth";
import { escapeHtml, page } from "./html";

/** Parameters from the query string and, for form posts, the body (oauth2/token accepts both). */
export function oauthParams(url: URL, body: string, contentType: string | undefined): URLSearchParams {
  const params = new URLSearchParams(url.search);
  if (body && (contentType ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    for (const [k, v] of new URLSearchParams(body)) params.set(k, v);
  }
  return params;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

const oauthError = (res: ServerResponse, error: string, description: string, status = 400): void =>
  sendJson(res, status, { error, error_description: description });

/** POST /oauth2/token: authorization_code (secret or PKCE) and refresh_token grants (http-docs oauth2/token). */
export function handleToken(
  req: IncomingMessage,
  res: ServerResponse,
  auth: AuthRegistry,
  params: URLSearchParams,
): void {
  const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? "");
  if (basic?.[1]) {
    const [id, secret] = Buffer.from(basic[1], "base64").toString("utf8").split(":");
    if (id && !params.has("client_id")) params.set("client_id", id);
    if (secret && !params.has("client_secret")) params.set("client_secret", secret);
  }
  const grantType = params.get("grant_type");
  const clientId = params.get("client_id");
  if (!clientId) return oauthError(res, "invalid_request", "No auth function available for given request");
  const app = auth.app(clientId);
  const clientSecret = params.get("client_secret") ?? undefined;
  if (!app || (clientSecret !== undefined && app.appSecret !== clientSecret))
    return oauthError(res, "invalid_client", "Invalid client_id or client_secret");
  if (grantType === "authorization_code") {
    const code = params.get("code");
    if (!code) return oauthError(res, "invalid_request", "No code provided");
    const redirectUri = params.get("redirect_uri") ?? undefined;
    const codeVerifier = params.get("code_verifier") ?? undefined;
    const redeemed = auth.redeemCode(code, {
      appKey: app.appKey,
      ...(redirectUri !== undefined ? { redirectUri } : {}),
      ...(codeVerifier !== undefined ? { codeVerifier } : {}),
      ...(clientSecret !== undefined ? { clientSecret } : {}),
    });
    if (!redeemed.ok) return oauthError(res, redeemed.error, redeemed.description);
    const issued = auth.issueTokens({
      appKey: app.appKey,
      scopes: redeemed.record.scopes,
      tokenAccessType: redeemed.record.tokenAccessType,
    });
    return sendJson(res, 200, {
      access_token: issued.accessToken,
      token_type: "bearer",
      expires_in: issued.expiresIn,
      scope: issued.scope,
      uid: issued.accountId.replace(/^dbid:/, "").slice(0, 12),
      account_id: issued.accountId,
      ...(issued.refreshToken ? { refresh_token: issued.refreshToken } : {}),
    });
  }
  if (grantType === "refresh_token") {
    const refreshToken = params.get("refresh_token");
    if (!refreshToken) return oauthError(res, "invalid_request", "No refresh_token provided");
    const scope = params.get("scope");
    const issued = auth.refreshAccessToken(
      refreshToken,
      app.appKey,
      scope ? scope.split(" ").filter(Boolean) : undefined,
    );
    if (issued === "invalid_grant")
      return oauthError(res, "invalid_grant", "refresh token is invalid or revoked");
    // Refresh responses carry no refresh token: they do not rotate (oauth-guide).
    return sendJson(res, 200, {
      access_token: issued.accessToken,
      token_type: "bearer",
      expires_in: issued.expiresIn,
    });
  }
  return oauthError(
    res,
    "unsupported_grant_type",
    `grant_type must be "authorization_code" or "refresh_token"`,
  );
}

interface AuthorizeRequest {
  app: AppConfig;
  responseType: "code" | "token";
  redirectUri?: string;
  state?: string;
  scopes: string[];
  tokenAccessType: TokenAccessType;
  codeChallenge?: string;
  codeChallengeMethod?: "S256" | "plain";
}

function parseAuthorize(auth: AuthRegistry, params: URLSearchParams): AuthorizeRequest | string {
  const app = auth.app(params.get("client_id") ?? "");
  if (!app) return "Invalid client_id.";
  const responseType = params.get("response_type");
  if (responseType !== "code" && responseType !== "token")
    return `Invalid response_type "${responseType ?? ""}"; expected "code" or "token".`;
  const redirectUri = params.get("redirect_uri") ?? undefined;
  if (responseType === "token" && !redirectUri) return "response_type=token requires a redirect_uri.";
  // Only registered redirect URIs get a code; with none registered only the paste-the-code flow
  // works. https://www.dropbox.com/developers/documentation/http/documentation#oauth2-authorize,
  // redirect_uri: "This must be the exact URI registered in the App Console; even 'localhost' must
  // be listed if it is used for testing."
  if (redirectUri !== undefined && !(app.redirectUris ?? []).includes(redirectUri)) {
    return "Invalid redirect_uri. It must exactly match one of the redirect URIs you've pre-configured for your app.";
  }
  const state = params.get("state") ?? undefined;
  if (state !== undefined && Buffer.byteLength(state) > 500) return "state must be at most 500 bytes.";
  const requested = (params.get("scope") ?? "").split(" ").filter(Boolean);
  const unknown = requested.filter((s) => !app.scopes.includes(s));
  if (unknown.length) return `Invalid scope: ${unknown.join(", ")} is not enabled for this app.`;
  const method = params.get("code_challenge_method") ?? undefined;
  const challenge = params.get("code_challenge") ?? undefined;
  if (challenge !== undefined && method !== "S256" && method !== "plain")
    return 'code_challenge_method must be "S256" or "plain".';
  if (challenge !== undefined && (challenge.length < 43 || challenge.length > 128))
    return "code_challenge must be 43 to 128 characters.";
  const accessType = params.get("token_access_type");
  return {
    app,
    responseType,
    ...(redirectUri !== undefined ? { redirectUri } : {}),
    ...(state !== undefined ? { state } : {}),
    scopes: requested.length ? requested : [...app.scopes],
    tokenAccessType: accessType === "offline" ? "offline" : "online",
    ...(challenge !== undefined
      ? { codeChallenge: challenge, codeChallengeMethod: method === "plain" ? "plain" : "S256" }
      : {}),
  };
}

function htmlResponse(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(html),
  });
  res.end(html);
}

function redirectTo(
  res: ServerResponse,
  target: string,
  params: Record<string, string | undefined>,
  fragment = false,
): void {
  const url = new URL(target);
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) search.set(k, v);
  if (fragment) url.hash = search.toString();
  else for (const [k, v] of search) url.searchParams.set(k, v);
  res.writeHead(302, { Location: url.toString(), "Content-Length": "0" });
  res.end();
}

/** GET shows the consent page; POST (the Allow/Cancel buttons) issues the code. */
export function handleAuthorize(
  req: IncomingMessage,
  res: ServerResponse,
  auth: AuthRegistry,
  params: URLSearchParams,
  accountEmail: string,
): void {
  const parsed = parseAuthorize(auth, params);
  if (typeof parsed === "string")
    return htmlResponse(
      res,
      400,
      page("Dropbox - Error", `<h1>Error (400)</h1><p id="error">${escapeHtml(parsed)}</p>`),
    );
  if (req.method === "GET") {
    const hidden = [...params.entries()]
      .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
      .join("");
    const scopes = parsed.scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join("");
    const where =
      parsed.app.accessType === "app_folder"
        ? `its own folder, Apps/${escapeHtml(parsed.app.name ?? parsed.app.appKey)}`
        : "all files and folders in your Dropbox";
    return htmlResponse(
      res,
      200,
      page(
        "API Request Authorization - Dropbox",
        `<h1>${escapeHtml(parsed.app.name ?? parsed.app.appKey)} would like access to ${where}</h1>
<p>Signed in as <strong>${escapeHtml(accountEmail)}</strong> (Dropbox emulator).</p><p>Permissions requested:</p><ul id="scopes">${scopes}</ul>
<form method="post" action="/oauth2/authorize">${hidden}
<button type="submit" name="decision" value="deny" id="deny">Cancel</button>
<button type="submit" name="decision" value="allow" id="allow" class="primary">Allow</button></form>`,
      ),
    );
  }
  const allowed = params.get("decision") === "allow";
  if (!allowed) {
    const error = {
      error: "access_denied",
      error_description: "The user chose not to give your app access to their Dropbox account.",
      state: parsed.state,
    };
    if (parsed.redirectUri)
      return redirectTo(res, parsed.redirectUri, error, parsed.responseType === "token");
    return htmlResponse(
      res,
      200,
      page("Dropbox", `<h1>Access denied</h1><p id="error">${escapeHtml(error.error_description)}</p>`),
    );
  }
  if (parsed.responseType === "token" && parsed.redirectUri) {
    const issued = auth.issueTokens({
      appKey: parsed.app.appKey,
      scopes: parsed.scopes,
      tokenAccessType: "online",
    });
    return redirectTo(
      res,
      parsed.redirectUri,
      {
        access_token: issued.accessToken,
        token_type: "bearer",
        expires_in: String(issued.expiresIn),
        scope: issued.scope,
        account_id: issued.accountId,
        state: parsed.state,
      },
      true,
    );
  }
  const code = auth.createCode({
    appKey: parsed.app.appKey,
    scopes: parsed.scopes,
    tokenAccessType: parsed.tokenAccessType,
    ...(parsed.redirectUri !== undefined ? { redirectUri: parsed.redirectUri } : {}),
    ...(parsed.codeChallenge !== undefined
      ? { codeChallenge: parsed.codeChallenge, codeChallengeMethod: parsed.codeChallengeMethod ?? "S256" }
      : {}),
  });
  if (parsed.redirectUri) return redirectTo(res, parsed.redirectUri, { code, state: parsed.state });
  return htmlResponse(
    res,
    200,
    page(
      "Dropbox - API Request Authorization",
      `<h1>Access code generated</h1><p>Enter this code into ${escapeHtml(parsed.app.name ?? parsed.app.appKey)} to finish the process.</p>
<p><code id="auth-code" data-code="${escapeHtml(code)}">${escapeHtml(code)}</code></p>`,
    ),
  );
}

export { ALL_SCOPES };
