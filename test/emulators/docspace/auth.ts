import type { IncomingMessage } from "node:http";

import { parseCookies } from "./http";
import type { User } from "./model";
import type { Accounts } from "./users";

export const SESSION_COOKIE = "asc_auth_key";

export interface AuthResult {
  user: User | undefined;
  via: "cookie" | "token" | "apiKey" | "basic" | "none";
  /** API-key permissions; undefined for other schemes. */
  permissions?: string[];
  /** Credentials were sent but did not authenticate. */
  rejected: boolean;
}

/**
 * Scheme selection by the Authorization header (ONLYOFFICE/DocSpace-server
 * common/ASC.Api.Core/Core/BaseStartup.cs ForwardDefaultSelector): none → the asc_auth_key cookie;
 * `Bearer sk-…` → API key; other `Bearer` → OAuth2 (not emulated: fails); `Basic`;
 * anything else → the cookie handler, which takes the raw header as a session token, so a bare
 * `sk-…` fails.
 */
export function authenticate(req: IncomingMessage, accounts: Accounts): AuthResult {
  const header = req.headers.authorization;
  if (!header) {
    const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
    if (!token) return { user: undefined, via: "none", rejected: false };
    const user = accounts.session(token);
    return { user, via: "cookie", rejected: !user };
  }
  if (header.startsWith("Bearer sk-")) {
    const record = accounts.apiKey(header.slice("Bearer ".length).trim());
    return record
      ? { user: record.user, via: "apiKey", permissions: record.permissions, rejected: false }
      : { user: undefined, via: "apiKey", rejected: true };
  }
  if (header.startsWith("Bearer ")) return { user: undefined, via: "none", rejected: true };
  if (header.startsWith("Basic ")) {
    const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const user =
      colon > 0 ? accounts.findByLogin(decoded.slice(0, colon), decoded.slice(colon + 1)) : undefined;
    return { user, via: "basic", rejected: !user };
  }
  const user = accounts.session(header.trim());
  return { user, via: "token", rejected: !user };
}

/** ApiKeyScopesFilter rules: the first matching pattern wins; `*:read`/`*:write` satisfy GETs. */
const SCOPE_RULES: { method: string; pattern: RegExp; scopes: string[] }[] = [
  { method: "GET", pattern: /^\/api\/2\.0\/files\/rooms/, scopes: ["rooms:read", "rooms:write"] },
  { method: "GET", pattern: /^\/api\/2\.0\/files/, scopes: ["files:read", "files:write"] },
  {
    method: "GET",
    pattern: /^\/api\/2\.0\/people\/@self/,
    scopes: ["accounts.self:read", "accounts.self:write"],
  },
  { method: "*", pattern: /^\/api\/2\.0\/files\/rooms/, scopes: ["rooms:write"] },
  { method: "*", pattern: /^\/api\/2\.0\/files/, scopes: ["files:write"] },
];

export function scopeAllows(permissions: string[] | undefined, method: string, path: string): boolean {
  if (!permissions || permissions.length === 0 || permissions.includes("*")) return true;
  const rule = SCOPE_RULES.find(
    (r) => (r.method === method || (r.method === "*" && method !== "GET")) && r.pattern.test(path),
  );
  if (!rule) return true;
  const generic = method === "GET" ? ["*:read", "*:write"] : ["*:write"];
  return [...rule.scopes, ...generic].some((scope) => permissions.includes(scope));
}
