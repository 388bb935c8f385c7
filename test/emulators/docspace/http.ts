import type { IncomingMessage, ServerResponse } from "node:http";

import type { Json, JsonObject } from "./dto";

/**
 * Serialises like the portal: camelCase as given, nulls and undefined omitted (ONLYOFFICE/DocSpace-server
 * common/ASC.Api.Core/Core/DynamicIgnoreResolver.cs ConfigureJsonOptions, WhenWritingNull).
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v === null ? undefined : v));
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer = "",
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { "Content-Length": String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, toJson(body), { "Content-Type": "application/json; charset=utf-8" });
}

function links(req: IncomingMessage, origin: string): { href: string; action: string }[] {
  return [{ href: `${origin}${req.url ?? "/"}`, action: req.method ?? "GET" }];
}

/** The success envelope: `response`, `count`, `links`, `status`, `statusCode`; `total` only when given. */
export function sendEnvelope(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  response: Json | undefined,
  options: { total?: number; statusCode?: number } = {},
): void {
  const count =
    response === undefined || response === null ? 0 : Array.isArray(response) ? response.length : 1;
  const statusCode = options.statusCode ?? 200;
  sendJson(res, statusCode, {
    response,
    count,
    total: options.total,
    links: links(req, origin),
    status: 0,
    statusCode,
  });
}

export type ErrorKind =
  "notFound" | "argument" | "security" | "invalidOperation" | "authentication" | "quota" | "server";

const ERROR_KINDS: Record<ErrorKind, { status: number; type?: string; hresult: number }> = {
  notFound: { status: 404, type: "ASC.Common.Web.ItemNotFoundException", hresult: -2146233088 },
  argument: { status: 400, type: "System.ArgumentException", hresult: -2147024809 },
  // Auth and custom errors carry no type or stack (DocSpace-server common/ASC.Api.Core/Middleware/
  // ResponseWrapper.cs CustomExceptionHandler, withStackTrace = false).
  security: { status: 403, hresult: -2146233088 },
  invalidOperation: { status: 403, type: "System.InvalidOperationException", hresult: -2146233079 },
  authentication: { status: 401, hresult: -2146233088 },
  quota: { status: 402, type: "ASC.Core.Tenants.TenantQuotaException", hresult: -2146233088 },
  server: { status: 500, type: "System.Exception", hresult: -2146233088 },
};

/** Error shape (a): `{error:{message,type,stack,hresult},status:1,statusCode}`. */
export function sendError(res: ServerResponse, kind: ErrorKind, message: string): void {
  const info = ERROR_KINDS[kind];
  sendJson(res, info.status, {
    error: {
      message,
      type: info.type,
      stack: info.type
        ? `   at ${info.type}..ctor(String message)\n   at ASC.Api.Controllers (emulated)`
        : undefined,
      hresult: info.hresult,
    },
    status: 1,
    statusCode: info.status,
  });
}

/** Error shape (b): a ValidationProblemDetails inside the success envelope, HTTP 400. */
export function sendValidation(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  errors: Record<string, string[]>,
): void {
  const response: JsonObject = {
    type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    title: "One or more validation errors occurred.",
    status: 400,
    errors,
    traceId: `00-${"0".repeat(32)}-${"0".repeat(16)}-00`,
  };
  sendJson(res, 400, { response, count: 1, links: links(req, origin), status: 1, statusCode: 400 });
}

/** Error shape (c): no body at all (401 challenge, 403 scope, 402 unpaid). */
export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  send(res, status, "", headers);
}

export async function readBody(req: IncomingMessage, limit = 64 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new Error("body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return cookies;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
