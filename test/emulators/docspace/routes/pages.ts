import { SESSION_COOKIE } from "../auth";
import { buildCsp } from "../host/csp";
import type { HostAssets } from "../host/assets";
import { escapeHtml, parseCookies, readBody, send } from "../http";
import { USER_KINDS, isUserKind, type User, type UserKind } from "../model";
import type { RequestContext } from "../state";

/**
 * The page CSP: the tenant list (plugin cspDomains and the JavaScript SDK allowed domains) plus, in
 * cloud mode, the storage host the portal always lists.
 */
function csp(ctx: RequestContext): string {
  return buildCsp(
    [
      ...(ctx.state.storage ? [ctx.state.storage.origin] : []),
      ...ctx.state.plugins.cspDomains,
      ...ctx.state.config.allowedDomains,
      // Sandbox only: the Dropbox emulator the host page redirects the plugin's Dropbox calls to.
      ...(ctx.state.config.dropboxRedirect ? [ctx.state.config.dropboxRedirect] : []),
    ],
    ctx.state.faults.refuseWorkers ? { workerSrc: "'none'" } : {},
  );
}

/** What the host page's runtime learns about the portal and the signed-in user. */
export interface HostBootConfig {
  hostVersion: "3.6" | "4.0";
  origin: string;
  portalVersion: string;
  pluginsEnabled: boolean;
  language: string;
  /** Sandbox only (see host/runtime/sandboxRedirect.ts). */
  dropboxRedirect?: string;
  user: {
    id: string;
    kind: UserKind;
    usersType: string;
    displayName: string;
    isAdmin: boolean;
    cultureName: string;
  };
}

/** UsersType as the host derives it (PluginStore.ts getUserRole). */
export const USERS_TYPE: Record<UserKind, string> = {
  owner: "Owner",
  docspaceAdmin: "DocSpaceAdmin",
  roomAdmin: "RoomAdmin",
  user: "Collaborator",
  guest: "User",
};

function sessionCookie(ctx: RequestContext, token: string, maxAgeSeconds?: number): string {
  const secure = ctx.state.origin.startsWith("https:") ? "; Secure" : "";
  const age = maxAgeSeconds === undefined ? "" : `; Max-Age=${maxAgeSeconds}`;
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict${secure}${age}`;
}

function safeRedirect(target: string | null): string {
  return target && target.startsWith("/") && !target.startsWith("//") ? target : "/";
}

function signIn(ctx: RequestContext, user: User, redirect: string): void {
  const session = ctx.state.accounts.createSession(user);
  send(ctx.res, 302, "", { Location: redirect, "Set-Cookie": sessionCookie(ctx, session.token) });
}

function page(ctx: RequestContext, title: string, body: string, status = 200): void {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><link rel="stylesheet" href="/_host/host.css"></head><body>${body}</body></html>`;
  send(ctx.res, status, html, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": csp(ctx),
  });
}

function loginPage(ctx: RequestContext, error?: string): void {
  const reference = safeRedirect(ctx.url.searchParams.get("referenceUrl"));
  const quick = USER_KINDS.map((kind) => {
    const user = ctx.state.accounts.user(kind);
    return `<form method="post" action="/login"><input type="hidden" name="referenceUrl" value="${escapeHtml(reference)}"><input type="hidden" name="userName" value="${escapeHtml(user.email)}"><input type="hidden" name="password" value="${escapeHtml(user.password)}"><button type="submit" data-testid="sign-in-as-${kind}">Sign in as ${escapeHtml(`${user.firstName} ${user.lastName}`)} (${kind})</button></form>`;
  }).join("");
  page(
    ctx,
    "Sign in",
    `<main class="login" data-testid="login-page"><h1>DocSpace emulator</h1>${error ? `<p role="alert" data-testid="login-error">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/login" data-testid="login-form"><input type="hidden" name="referenceUrl" value="${escapeHtml(reference)}">
<label>Email <input name="userName" data-testid="login-email" autocomplete="username"></label>
<label>Password <input name="password" type="password" data-testid="login-password" autocomplete="current-password"></label>
<button type="submit" data-testid="login-submit">Sign in</button></form><section class="quick">${quick}</section></main>`,
    error ? 401 : 200,
  );
}

function shell(ctx: RequestContext, user: User): void {
  const { config } = ctx.state;
  const boot: HostBootConfig = {
    hostVersion: config.hostVersion,
    origin: ctx.state.origin,
    portalVersion: config.portalVersion,
    pluginsEnabled: config.plugins.enabled,
    language: parseCookies(ctx.req.headers.cookie).get("asc_language") ?? user.cultureName,
    ...(config.dropboxRedirect ? { dropboxRedirect: config.dropboxRedirect } : {}),
    user: {
      id: user.id,
      kind: user.kind,
      usersType: USERS_TYPE[user.kind],
      displayName: `${user.firstName} ${user.lastName}`,
      isAdmin: user.kind === "owner" || user.kind === "docspaceAdmin",
      cultureName: user.cultureName,
    },
  };
  // A JSON data block is not executed, so the CSP needs no 'unsafe-inline' for it.
  const json = JSON.stringify(boot).replace(/</g, "\\u003c");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>DocSpace</title><link rel="stylesheet" href="/_host/host.css"><script type="application/json" id="host-config">${json}</script><script type="module" src="/_host/main.js"></script></head><body><div id="app" data-testid="app"></div></body></html>`;
  send(ctx.res, 200, html, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": csp(ctx),
  });
}

/** Sign-in pages, the SPA shell (files, Integration → Plugins) and its assets. */
export async function handlePages(ctx: RequestContext, assets: HostAssets): Promise<boolean> {
  const { path, method } = ctx;
  if (path.startsWith("/_host/") && method === "GET") {
    const name = path.slice("/_host/".length);
    if (name === "host.css") send(ctx.res, 200, assets.css, { "Content-Type": "text/css; charset=utf-8" });
    else {
      const code = assets.module(name);
      if (code === undefined) send(ctx.res, 404);
      else
        send(ctx.res, 200, code, {
          "Content-Type": "text/javascript; charset=utf-8",
          "Cache-Control": "no-cache",
        });
    }
    return true;
  }
  if (path === "/login" && method === "GET") {
    loginPage(ctx);
    return true;
  }
  if (path === "/login" && method === "POST") {
    const form = new URLSearchParams((await readBody(ctx.req)).toString("utf8"));
    const user = ctx.state.accounts.findByLogin(form.get("userName") ?? "", form.get("password") ?? "");
    if (!user) loginPage(ctx, "Wrong email or password");
    else signIn(ctx, user, safeRedirect(form.get("referenceUrl")));
    return true;
  }
  if (path === "/auth/as" && method === "GET") {
    const kind = ctx.url.searchParams.get("user") ?? "";
    if (!isUserKind(kind)) send(ctx.res, 400, "unknown user");
    else signIn(ctx, ctx.state.accounts.user(kind), safeRedirect(ctx.url.searchParams.get("redirect")));
    return true;
  }
  if (path === "/logout") {
    const token = parseCookies(ctx.req.headers.cookie).get(SESSION_COOKIE);
    if (token) ctx.state.accounts.endSession(token);
    send(ctx.res, 302, "", { Location: "/login", "Set-Cookie": sessionCookie(ctx, "", 0) });
    return true;
  }
  if (
    method === "GET" &&
    (path === "/" ||
      path.startsWith("/rooms") ||
      path.startsWith("/portal-settings") ||
      path.startsWith("/files"))
  ) {
    // HTML pages use the cookie only; an expired session goes back to the sign-in page.
    const token = parseCookies(ctx.req.headers.cookie).get(SESSION_COOKIE);
    const user = token ? ctx.state.accounts.session(token) : undefined;
    if (!user)
      send(ctx.res, 302, "", {
        Location: `/login?referenceUrl=${encodeURIComponent(ctx.url.pathname + ctx.url.search)}`,
      });
    else if (path === "/") send(ctx.res, 302, "", { Location: "/rooms/shared" });
    else shell(ctx, user);
    return true;
  }
  return false;
}
