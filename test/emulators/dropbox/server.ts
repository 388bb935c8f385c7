import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Args } from "./args";
import { BodyAbortedError } from "./blobs";
import { answerPreflight, applyCors } from "./cors";
import { ApiError, authError, badRequest, rateLimited, type Json, type JsonObject } from "./errors";
import { accountRoutes } from "./account-routes";
import { filesRoutes } from "./files-routes";
import { handleAuthorize, handleToken, oauthParams } from "./oauth";
import type { RouteDef, RouteResult } from "./route-types";
import { sharingRoutes } from "./sharing-routes";
import { View, type EmulatorState } from "./state";
import { uploadRoutes } from "./upload-routes";
import type { FaultSpec } from "./faults";

export const ROUTES: Record<string, RouteDef> = {
  ...filesRoutes,
  ...uploadRoutes,
  ...sharingRoutes,
  ...accountRoutes,
};

/** RPC bodies are small; anything larger is a client bug. */
const MAX_RPC_BODY = 16 * 1024 * 1024;

const RPC_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "text/plain; charset=dropbox-cors-hack",
];
const UPLOAD_TYPES = ["application/octet-stream", "text/plain; charset=dropbox-cors-hack"];

export interface ServerOptions {
  exposeRetryAfter: boolean;
  /** Logs one line per call (route, status, time); never headers, tokens or codes. */
  log?: (line: string) => void;
}

export async function readText(req: IncomingMessage, limit = MAX_RPC_BODY): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string>,
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, "Content-Length": String(Buffer.byteLength(body)) });
  res.end(body);
}

function sendError(res: ServerResponse, error: ApiError): void {
  send(res, error.status, error.body, { "Content-Type": error.contentType, ...error.headers });
}

/** A `status` fault's answer: 429 as RateLimitError JSON, anything else plain text. */
function faultResponse(spec: FaultSpec): ApiError {
  const status = spec.status ?? 500;
  const headers: Record<string, string> =
    spec.retryAfter !== undefined ? { "Retry-After": String(spec.retryAfter) } : {};
  if (spec.body !== undefined) return new ApiError(status, spec.body, "text/plain; charset=utf-8", headers);
  if (status === 429) {
    const e = rateLimited("too_many_requests", spec.retryAfter ?? 1);
    return new ApiError(429, e.body, e.contentType, { ...e.headers, ...headers });
  }
  return new ApiError(
    status,
    status >= 500 ? "Internal Server Error" : `Error ${status}`,
    "text/plain; charset=utf-8",
    headers,
  );
}

function dropConnection(req: IncomingMessage, res: ServerResponse): void {
  req.socket.destroy();
  res.destroy();
}

/** Writes half of a response and then cuts the connection (the "lost response" fault). */
function sendTruncated(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: Buffer,
  headers: Record<string, string>,
): void {
  res.writeHead(status, { ...headers, "Content-Length": String(body.byteLength) });
  res.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => dropConnection(req, res));
}

const ASCII = /^[\x20-\x7e]*$/;

export class ApiServer {
  constructor(
    private readonly state: EmulatorState,
    private readonly options: ServerOptions,
  ) {}

  /** Handles /2/*, /oauth2/*; returns false for other paths. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    const isApi = path.startsWith("/2/");
    const isToken = path === "/oauth2/token";
    if (!isApi && !isToken && path !== "/oauth2/authorize") return false;
    res.setHeader("X-Dropbox-Request-Id", randomBytes(16).toString("hex"));
    if (isApi || isToken) {
      if (req.method === "OPTIONS") {
        // Clients that promise never to preflight ask for preflights to fail loudly (http-docs CORS section).
        if (url.searchParams.get("reject_cors_preflight") === "true") {
          send(res, 400, "Preflight requests are rejected for this request (reject_cors_preflight=true).", {
            "Content-Type": "text/plain; charset=utf-8",
          });
          return true;
        }
        answerPreflight(req, res, this.options.exposeRetryAfter);
        return true;
      }
      applyCors(res, this.options.exposeRetryAfter);
    }
    const route = isApi ? path.slice(3) : path.slice(1);
    const started = Date.now();
    this.state.inProgress += 1;
    res.on("close", () => {
      this.state.inProgress -= 1;
    });
    res.on("finish", () => {
      this.record(route, res.statusCode);
      this.options.log?.(`${req.method ?? "?"} ${route} ${res.statusCode} ${Date.now() - started}ms`);
    });
    res.on("close", () => {
      if (res.writableFinished) return;
      // A dropped connection shows up in the call log as status 0.
      this.record(route, 0);
      this.options.log?.(`${req.method ?? "?"} ${route} dropped`);
    });
    try {
      if (await this.preFaults(req, res, route)) return true;
      if (isToken) {
        if (req.method !== "POST") throw new ApiError(405, "Method Not Allowed", "text/plain; charset=utf-8");
        const body = await readText(req);
        handleToken(req, res, this.state.auth, oauthParams(url, body, req.headers["content-type"]));
      } else if (!isApi) {
        const body = req.method === "POST" ? await readText(req) : "";
        handleAuthorize(
          req,
          res,
          this.state.auth,
          oauthParams(url, body, req.headers["content-type"]),
          this.state.account.email,
        );
      } else {
        await this.api(req, res, url, route);
      }
    } catch (error) {
      if (error instanceof ApiError) sendError(res, error);
      else if (error instanceof BodyAbortedError) dropConnection(req, res);
      else {
        this.options.log?.(
          `${route} internal error: ${error instanceof Error ? error.message : String(error)}`,
        );
        send(res, 500, "Internal Server Error", { "Content-Type": "text/plain; charset=utf-8" });
      }
    }
    return true;
  }

  private record(route: string, status: number): void {
    const entry = this.state.calls.get(route) ?? { count: 0, statuses: [] };
    entry.count += 1;
    entry.statuses.push(status);
    this.state.calls.set(route, entry);
  }

  /** delay, status and request-less drop faults, before anything else happens. */
  private async preFaults(req: IncomingMessage, res: ServerResponse, route: string): Promise<boolean> {
    const delay = this.state.faults.take(route, "delay", (spec) => spec.phase !== "response");
    if (delay?.delayMs) await this.state.faults.wait(delay.delayMs);
    const status = this.state.faults.take(route, "status");
    if (status) {
      sendError(res, faultResponse(status));
      return true;
    }
    return false;
  }

  private async api(req: IncomingMessage, res: ServerResponse, url: URL, route: string): Promise<void> {
    const def = ROUTES[route];
    if (!def)
      throw new ApiError(
        404,
        `Error in call to API function "${route}": Unknown API function: "${route}"`,
        "text/plain; charset=utf-8",
      );
    const isDownloadGet = def.style === "download" && req.method === "GET";
    if (req.method !== "POST" && !isDownloadGet)
      throw new ApiError(405, "Method Not Allowed", "text/plain; charset=utf-8");

    const drop = this.state.faults.take(route, "drop");
    let dropAfter: { bytes: number; drop: () => void } | undefined;
    let dropResponse = false;
    if (drop) {
      if (drop.phase === "response") dropResponse = true;
      else if (def.style === "upload" && (drop.afterBytes ?? 0) > 0)
        dropAfter = { bytes: drop.afterBytes ?? 0, drop: () => dropConnection(req, res) };
      else return dropConnection(req, res);
    }

    const token = this.token(req, url, route);
    if (this.state.faults.take(route, "expire_token")) this.state.auth.expireAccessTokens(token);
    const checked = this.state.auth.check(token);
    if (!checked.ok) throw authError(checked.tag);
    if (def.scope && !checked.scopes.includes(def.scope))
      throw authError("missing_scope", { required_scope: def.scope });

    this.checkPathRoot(req, route);
    const argValue = await this.readArg(req, url, route, def);
    const source = def.style === "rpc" ? "request body" : 'HTTP header "Dropbox-API-Arg"';
    const view = new View(checked.app);
    const result = await def.handle({
      route,
      state: this.state,
      view,
      app: checked.app,
      token,
      args: new Args(route, source, argValue),
      req,
      body: req,
      ...(dropAfter ? { dropAfter } : {}),
    });
    // The call took effect; its answer waits (a `delay` fault with phase "response").
    const late = this.state.faults.take(route, "delay", (spec) => spec.phase === "response");
    if (late?.delayMs) await this.state.faults.wait(late.delayMs);
    this.respond(req, res, result, dropResponse);
  }

  /**
   * `Dropbox-API-Path-Root` (common.stone PathRoot): the emulated user has one namespace,
   * so `home`, or `root`/`namespace_id` naming it, pass; anything else is a 422 PathRootError.
   */
  private checkPathRoot(req: IncomingMessage, route: string): void {
    const header = req.headers["dropbox-api-path-root"];
    if (typeof header !== "string") return;
    const value = parseJsonObject(route, 'HTTP header "Dropbox-API-Path-Root"', header);
    const args = new Args(route, 'HTTP header "Dropbox-API-Path-Root"', { root: value });
    const root = args.union("root", ["home", "root", "namespace_id"]);
    const ns = this.state.account.namespaceId;
    if (!root || root.tag === "home" || root.value === ns) return;
    const error: JsonObject =
      root.tag === "root"
        ? {
            ".tag": "invalid_root",
            invalid_root: { ".tag": "user", root_namespace_id: ns, home_namespace_id: ns },
          }
        : { ".tag": "no_permission" };
    throw new ApiError(
      422,
      JSON.stringify({ error_summary: `${String(error[".tag"])}/..`, error }),
      "application/json",
    );
  }

  /** `Authorization: Bearer …` or the `authorization` URL parameter (http-docs). */
  private token(req: IncomingMessage, url: URL, route: string): string {
    const header = req.headers.authorization ?? url.searchParams.get("authorization") ?? undefined;
    if (!header)
      throw badRequest(route, 'Must provide HTTP header "Authorization" or URL parameter "authorization".');
    const match = /^Bearer (.+)$/.exec(header);
    // The value is not echoed back: it may be a secret.
    if (!match?.[1])
      throw badRequest(
        route,
        'Invalid authorization value in HTTP header "Authorization".  Expecting "Bearer <oauth2-access-token>".',
      );
    // A malformed token is an AuthError, like an unknown one: the service no longer answers 400
    // (dropbox/dropbox-sdk-python test/integration/test_dropbox.py test_bad_auth expects AuthError
    // for the token "asdf"); the lookup in `check` refuses it as invalid_access_token.
    return match[1];
  }

  private async readArg(req: IncomingMessage, url: URL, route: string, def: RouteDef): Promise<JsonObject> {
    const contentType = (req.headers["content-type"] ?? "").trim();
    if (def.style === "rpc") {
      const text = await readText(req);
      if (def.voidArg) {
        // Void arguments: no body or the JSON text null (the SDK sends neither body nor Content-Type).
        if (text.trim() === "" || text.trim() === "null") return {};
        if (!RPC_TYPES.includes(contentType.toLowerCase()))
          throw badContentType(route, contentType, RPC_TYPES);
        throw badRequest(route, "request body: expected null, got value");
      }
      if (!RPC_TYPES.includes(contentType.toLowerCase())) throw badContentType(route, contentType, RPC_TYPES);
      return parseJsonObject(route, "request body", text);
    }
    if (def.style === "upload" && !UPLOAD_TYPES.includes(contentType.toLowerCase()))
      throw badContentType(route, contentType, UPLOAD_TYPES);
    if (
      def.style === "download" &&
      contentType !== "" &&
      !/^(text\/plain|application\/octet-stream)(;.*)?$/i.test(contentType)
    ) {
      throw badContentType(route, contentType, ["text/plain", "application/octet-stream"]);
    }
    const header = req.headers["dropbox-api-arg"];
    const raw = typeof header === "string" ? header : (url.searchParams.get("arg") ?? undefined);
    if (raw === undefined)
      throw badRequest(route, 'Must provide HTTP header "Dropbox-API-Arg" or URL parameter "arg".');
    // Header values must be ASCII; other characters travel as \uXXXX escapes (dropbox/dropbox-sdk-js
    // src/utils.js httpHeaderSafeJson).
    if (typeof header === "string" && !ASCII.test(raw)) {
      throw badRequest(
        route,
        'HTTP header "Dropbox-API-Arg": could not decode input as JSON (the header must be ASCII; escape other characters as \\uXXXX)',
      );
    }
    return parseJsonObject(
      route,
      typeof header === "string" ? 'HTTP header "Dropbox-API-Arg"' : 'URL parameter "arg"',
      raw,
    );
  }

  private respond(
    req: IncomingMessage,
    res: ServerResponse,
    result: RouteResult,
    dropResponse: boolean,
  ): void {
    if (result.kind === "json") {
      const body = Buffer.from(JSON.stringify(result.value));
      const headers = { "Content-Type": "application/json" };
      if (dropResponse) return sendTruncated(req, res, 200, body, headers);
      return send(res, 200, body, headers);
    }
    const { blob } = result;
    const etag = `W/"${result.rev}"`;
    const headers: Record<string, string> = {
      "Content-Type": "application/octet-stream",
      // Header-safe JSON: non-ASCII as \uXXXX, like the SDK's httpHeaderSafeJson.
      "Dropbox-API-Result": JSON.stringify(result.result).replace(
        /[\u007f-\uffff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
      ),
      "Accept-Ranges": "bytes",
      ETag: etag,
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let start = 0;
    let end = blob.size - 1;
    let status = 200;
    const range = req.headers.range;
    if (range) {
      const parsed = parseRange(range, blob.size);
      if (parsed === "unsatisfiable") {
        send(res, 416, "", { ...headers, "Content-Range": `bytes */${blob.size}` });
        return;
      }
      if (parsed) {
        [start, end] = parsed;
        status = 206;
        headers["Content-Range"] = `bytes ${start}-${end}/${blob.size}`;
      }
    }
    const length = Math.max(0, end - start + 1);
    res.writeHead(status, { ...headers, "Content-Length": String(length) });
    if (length === 0) {
      res.end();
      return;
    }
    const stream = this.state.blobs.read(blob, start, end);
    // A client that cancels mid-download leaves writes failing on a destroyed response: handled.
    res.on("error", () => stream.destroy());
    if (dropResponse) {
      // Send half of the body, then cut the connection.
      const budget = Math.floor(length / 2);
      let sent = 0;
      stream.on("data", (chunk: Buffer) => {
        if (sent + chunk.byteLength >= budget) {
          stream.destroy();
          res.write(chunk.subarray(0, budget - sent), () => dropConnection(req, res));
          sent = budget;
        } else {
          sent += chunk.byteLength;
          res.write(chunk);
        }
      });
      return;
    }
    stream.on("error", () => dropConnection(req, res));
    stream.pipe(res);
  }
}

function badContentType(route: string, got: string, expected: readonly string[]): ApiError {
  return badRequest(
    route,
    `Bad HTTP "Content-Type" header: "${got}".  Expecting one of ${expected.map((e) => `"${e}"`).join(", ")}.`,
  );
}

function parseJsonObject(route: string, source: string, text: string): JsonObject {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch {
    throw badRequest(route, `${source}: could not decode input as JSON`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw badRequest(route, `${source}: expected object, got ${value === null ? "null" : typeof value}`);
  return value;
}

/** One `bytes=` range (RFC 9110 section 14.1.2); multi-range requests get the whole body. */
export function parseRange(header: string, size: number): [number, number] | "unsatisfiable" | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return undefined;
  const [, a = "", b = ""] = m;
  if (a === "" && b === "") return undefined;
  if (a === "") {
    const n = Number(b);
    if (n === 0) return "unsatisfiable";
    return [Math.max(0, size - n), size - 1];
  }
  const start = Number(a);
  const end = b === "" ? size - 1 : Math.min(Number(b), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return [start, end];
}
