// Tokens never leave the core in an error message, a log line or a URL we expose. Every URL that
// goes into an error passes through `redactUrl`; every message through `redactText`.

/**
 * Query parameters that carry secrets in the APIs we call: DocSpace's presigned `stream_auth`
 * (DocSpace-server products/ASC.Files/Core/Helpers/PathProvider.cs `GetFileStreamUrl`) and the
 * OAuth parameters of RFC 6749.
 */
const SECRET_PARAMS = new Set([
  "access_token",
  "refresh_token",
  "code",
  "code_verifier",
  "client_secret",
  "stream_auth",
  "authorization",
  "token",
  "share",
]);

export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not absolute: drop the query entirely rather than guess which part is secret.
    return url.split("?")[0] ?? "";
  }
  parsed.username = "";
  parsed.password = "";
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMS.has(key.toLowerCase())) parsed.searchParams.set(key, "REDACTED");
  }
  return parsed.toString();
}

/** Dropbox short-lived tokens start `sl.`, DocSpace API keys `sk-`; bearer values in any header. */
const SECRET_PATTERNS: RegExp[] = [
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi,
  /\bsk-[0-9a-f]{16,}\b/gi,
  /\bsl\.[A-Za-z0-9._~+/=-]{10,}/g,
  /\b(refresh_token|access_token|code_verifier|client_secret|stream_auth)=[^&\s"']+/gi,
];

export function redactText(text: string): string {
  let result = text;
  for (const pattern of SECRET_PATTERNS) {
    result = result.replace(pattern, (match) => {
      const eq = match.indexOf("=");
      if (eq > 0 && !/^Bearer/i.test(match)) return `${match.slice(0, eq + 1)}REDACTED`;
      return /^Bearer/i.test(match) ? "Bearer REDACTED" : "REDACTED";
    });
  }
  return result;
}
