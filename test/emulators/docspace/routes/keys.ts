import { randomUUID } from "node:crypto";

import { apiDateTime, employeeDto } from "../dto";
import { readBody, sendEmpty, sendEnvelope, sendError, sendValidation } from "../http";
import type { RequestContext } from "../state";

/**
 * `GET /api/2.0/keys/permissions` (ONLYOFFICE/DocSpace-server products/ASC.People/Server/Api/
 * ApiKeysController.cs GetAllPermissions: the scopes map plus `*:read` and `*:write`).
 */
export const API_KEY_PERMISSIONS = [
  "*:read",
  "*:write",
  "accounts.self:read",
  "accounts.self:write",
  "accounts:read",
  "accounts:write",
  "files:read",
  "files:write",
  "rooms:read",
  "rooms:write",
] as const;

type CreateBody = { name: string; permissions: string[]; expiresInDays?: number };

/**
 * Model validation of CreateApiKeyRequestDto: `name` required, at most 30 characters;
 * `expiresInDays` 1–365 (products/ASC.People/Server/ApiModels/RequestDto/CreateApiKeyRequestDto.cs).
 * Sends the 400 itself.
 */
async function readCreate(ctx: RequestContext): Promise<CreateBody | undefined> {
  let body: unknown;
  try {
    body = JSON.parse((await readBody(ctx.req, 64 * 1024)).toString("utf8"));
  } catch {
    sendValidation(ctx.req, ctx.res, ctx.state.origin, {
      $: ["The JSON value could not be converted to CreateApiKeyRequestDto."],
    });
    return undefined;
  }
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const field = (wanted: string): unknown =>
    record[Object.keys(record).find((k) => k.toLowerCase() === wanted.toLowerCase()) ?? ""];
  const name = field("name");
  const permissions = field("permissions");
  const days = field("expiresInDays");
  const errors: Record<string, string[]> = {};
  if (typeof name !== "string" || name === "") errors.Name = ["The Name field is required."];
  else if (name.length > 30) errors.Name = ["Incorrect name. Length must be less than 30"];
  if (
    permissions !== undefined &&
    permissions !== null &&
    (!Array.isArray(permissions) || !permissions.every((p) => typeof p === "string"))
  )
    errors["$.permissions"] = [
      "The JSON value could not be converted to System.Collections.Generic.List`1[System.String].",
    ];
  if (days !== undefined && days !== null) {
    if (typeof days !== "number" || !Number.isInteger(days))
      errors["$.expiresInDays"] = [
        "The JSON value could not be converted to System.Nullable`1[System.Int32].",
      ];
    else if (days < 1 || days > 365)
      errors.ExpiresInDays = ["Incorrect number of days. Value must be between 1 and 365"];
  }
  if (Object.keys(errors).length > 0 || typeof name !== "string") {
    sendValidation(ctx.req, ctx.res, ctx.state.origin, errors);
    return undefined;
  }
  return {
    name,
    permissions: Array.isArray(permissions) ? (permissions as string[]) : [],
    ...(typeof days === "number" ? { expiresInDays: days } : {}),
  };
}

/**
 * `POST /api/2.0/keys` (ApiKeysController.cs CreateApiKey, web/ASC.Web.Core/Users/ApiKeyManager.cs
 * CreateApiKeyAsync): 401 without credentials; 400 validation; guests refused (403); unknown
 * permissions are an ArgumentException (400); `*` in the list means every permission and is
 * stored as none; the answer carries the key once: `sk-` + 64 lower-case hex characters.
 * The portal's "developer tools for admins only" setting and its SensitiveApi rate limit
 * (off in the default configuration) are not modelled.
 */
export async function handleApiKeys(ctx: RequestContext): Promise<boolean> {
  if (ctx.path !== "/api/2.0/keys" && ctx.path !== "/api/2.0/keys/permissions") return false;
  const user = ctx.auth.user;
  if (!user) {
    sendEmpty(ctx.res, 401);
    return true;
  }
  if (ctx.path === "/api/2.0/keys/permissions") {
    if (ctx.method !== "GET") sendEmpty(ctx.res, 405);
    else sendEnvelope(ctx.req, ctx.res, ctx.state.origin, [...API_KEY_PERMISSIONS]);
    return true;
  }
  if (ctx.method !== "POST") {
    sendEmpty(ctx.res, 405);
    return true;
  }
  const body = await readCreate(ctx);
  if (!body) return true;
  // UnauthorizedAccessException → 403 (ASC.Api.Core CustomExceptionHandler).
  if (user.kind === "guest") {
    sendError(ctx.res, "security", "This operation unavailable for user with guest role");
    return true;
  }
  const known = new Set<string>([...API_KEY_PERMISSIONS, "*"]);
  if (!body.permissions.every((p) => known.has(p))) {
    sendError(ctx.res, "argument", "Permissions are not valid.");
    return true;
  }
  const permissions = body.permissions.includes("*") ? [] : body.permissions;
  const now = ctx.state.clock.now();
  const expiresInMs = body.expiresInDays === undefined ? undefined : body.expiresInDays * 86_400_000;
  const key = ctx.state.accounts.createApiKey(user.kind, permissions, expiresInMs);
  const offset = ctx.state.config.timeZoneOffsetMinutes;
  sendEnvelope(ctx.req, ctx.res, ctx.state.origin, {
    id: randomUUID(),
    name: body.name,
    key,
    keyPostfix: key.slice(-4),
    permissions,
    createOn: apiDateTime(now, offset),
    createBy: employeeDto(user, ctx.state.origin),
    expiresAt: expiresInMs === undefined ? undefined : apiDateTime(now + expiresInMs, offset),
    isActive: true,
  });
  return true;
}
