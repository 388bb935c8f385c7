import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";

import { authenticate, scopeAllows } from "./auth";
import type { HostAssets } from "./host/assets";
import { send, sendEmpty, sendError } from "./http";
import { handleFileHandler } from "./routes/filehandler";
import { handleFiles } from "./routes/files";
import { handleApiKeys } from "./routes/keys";
import { handlePages } from "./routes/pages";
import { handleAuthentication, handleCulture, handlePeople } from "./routes/people";
import { handlePluginStorage, handleWebPlugins } from "./routes/webplugins";
import type { EmulatorState, RequestContext } from "./state";
import type { TlsMaterial } from "./tls";
import { handleUpload, handleWebhooks } from "./routes/webhooks";

/** Faults and the unpaid switch apply to the API and the file handler, never to page assets. */
function faultable(path: string): boolean {
  return path.startsWith("/api/") || path === "/filehandler.ashx";
}

interface Counters {
  getsInFlight: number;
}

async function route(ctx: RequestContext, assets: HostAssets, counters: Counters): Promise<void> {
  const { state, path } = ctx;
  if (faultable(path)) {
    if (state.faults.unpaid) return sendEmpty(ctx.res, 402);
    if (ctx.method === "GET" || ctx.method === "HEAD") {
      const limit = state.faults.maxConcurrentGets;
      if (limit !== undefined && counters.getsInFlight >= limit) {
        // No Retry-After and no X-RateLimit-Reset: RedisRateLimiting's OnRejected writes them only
        // from lease metadata, and its concurrency and sliding-window leases carry Limit and
        // Remaining alone (cristipufu/aspnetcore-redis-rate-limiting 1.2.x, pinned in
        // ONLYOFFICE/DocSpace-server Directory.Packages.props).
        return send(ctx.res, 429, "", {
          "X-RateLimit-Limit": String(limit),
          "X-RateLimit-Remaining": "0",
        });
      }
      counters.getsInFlight++;
      ctx.res.once("close", () => counters.getsInFlight--);
    }
    const delay = state.faults.take(ctx.method, path, ctx.url.searchParams.get("fileid") ?? undefined, [
      "delay",
    ]);
    if (delay?.type === "delay") await new Promise((resolve) => setTimeout(resolve, delay.ms));
    const fault = state.faults.take(ctx.method, path, ctx.url.searchParams.get("fileid") ?? undefined, [
      "status",
    ]);
    if (fault?.type === "status") {
      const headers: Record<string, string> = {};
      if (fault.status === 429) {
        // The portal's own limits (a sliding minute of 1500 requests) say nothing of when to retry,
        // as above; a test that gives `retryAfterSeconds` models a limiter that does (a fixed window).
        Object.assign(headers, { "X-RateLimit-Limit": "1500", "X-RateLimit-Remaining": "0" });
        if (fault.retryAfterSeconds !== undefined)
          Object.assign(headers, { "X-RateLimit-Reset": String(fault.retryAfterSeconds) });
      }
      if (fault.retryAfterSeconds !== undefined) headers["Retry-After"] = String(fault.retryAfterSeconds);
      if (fault.contentType) headers["Content-Type"] = fault.contentType;
      return send(ctx.res, fault.status, fault.body ?? "", headers);
    }
  }
  if (path === "/filehandler.ashx" && (ctx.method === "GET" || ctx.method === "HEAD"))
    return handleFileHandler(ctx);
  if (path.startsWith("/api/2.0/")) {
    // A missing scope is 403 with an empty body (ONLYOFFICE/DocSpace-server
    // common/ASC.Api.Core/Middleware/ApiKeyScopesFilter.cs).
    if (ctx.auth.via === "apiKey" && ctx.auth.user && !scopeAllows(ctx.auth.permissions, ctx.method, path))
      return sendEmpty(ctx.res, 403);
    if ((await handleAuthentication(ctx)) || (await handleApiKeys(ctx)) || (await handleCulture(ctx))) return;
    if (handleFiles(ctx) || handlePeople(ctx) || (await handleWebPlugins(ctx))) return;
    if ((await handleWebhooks(ctx)) || (await handleUpload(ctx))) return;
    return sendEmpty(ctx.res, 404);
  }
  if (handlePluginStorage(ctx) || (await handlePages(ctx, assets))) return;
  send(ctx.res, 404, "Not found", { "Content-Type": "text/plain" });
}

export function createEmulatorServer(state: EmulatorState, assets: HostAssets, tls?: TlsMaterial): Server {
  const counters: Counters = { getsInFlight: 0 };
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(`${state.origin}${req.url ?? "/"}`);
    const method = (req.method ?? "GET").toUpperCase();
    const auth = authenticate(req, state.accounts);
    // nginx merges repeated slashes (merge_slashes on), so origin + "/" + "" + "/" + prefix works.
    const path = url.pathname.replace(/\/{2,}/g, "/");
    const ctx: RequestContext = { req, res, url, method, path, auth, state };
    res.on("finish", () => {
      state.requests.push({
        method,
        path,
        query: url.search,
        status: res.statusCode,
        userKind: auth.user?.kind,
        via: auth.via,
        range: req.headers.range,
        dest: typeof req.headers["sec-fetch-dest"] === "string" ? req.headers["sec-fetch-dest"] : undefined,
      });
    });
    route(ctx, assets, counters).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else sendError(res, "server", error instanceof Error ? error.message : String(error));
    });
  };
  return tls ? createTlsServer({ key: tls.key, cert: tls.cert }, handler) : createServer(handler);
}
