// /api/2.0/settings/webhook: register, list and delete webhooks
// (ONLYOFFICE/DocSpace-server web/ASC.Web.Api/Api/Settings/WebhooksController.cs), and the upload
// route that makes the portal publish file.created + file.uploaded
// (products/ASC.Files/Server/Api/UploadController.cs, Helpers/FilesHelperBase.cs InsertFileAsync).

import { fileDto, type JsonObject } from "../dto";
import { readBody, sendEmpty, sendEnvelope, sendError } from "../http";
import type { User } from "../model";
import { parseMultipart } from "../plugins/multipart";
import { dtoContext, type EmulatorState, type RequestContext } from "../state";
import { WebhookInputError, type WebhookConfig } from "../webhooks";

/** `.NET` DateTime in the portal's zone, as `WebhooksConfigDtoHelper` returns it through ApiDateTime. */
function portalTime(state: EmulatorState, ms: number | undefined): string | undefined {
  if (ms === undefined) return undefined;
  const offset = state.config.timeZoneOffsetMinutes;
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  const zone =
    offset === 0
      ? "Z"
      : `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return `${local}.0000000${zone}`;
}

/** WebhooksConfigDto (web/ASC.Web.Api/ApiModels/ResponseDto/WebhooksConfigDto.cs); never the secret. */
function configDto(state: EmulatorState, config: WebhookConfig): JsonObject {
  const creator = state.accounts.userById(config.createdBy);
  return {
    id: config.id,
    name: config.name,
    uri: config.uri,
    enabled: config.enabled,
    ssl: config.ssl,
    triggers: config.triggers,
    targetId: config.targetId,
    createdBy: creator
      ? { id: creator.id, displayName: `${creator.firstName} ${creator.lastName}` }
      : undefined,
    createdOn: portalTime(state, config.createdOn),
    lastFailureOn: portalTime(state, config.lastFailureOn),
    lastFailureContent: config.lastFailureContent,
    lastSuccessOn: portalTime(state, config.lastSuccessOn),
  };
}

function isAdmin(user: User): boolean {
  return user.kind === "owner" || user.kind === "docspaceAdmin";
}

async function jsonBody(ctx: RequestContext): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse((await readBody(ctx.req, 1024 * 1024)).toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the path is not a webhook route. */
export async function handleWebhooks(ctx: RequestContext): Promise<boolean> {
  const { state, path, method } = ctx;
  const m = /^\/api\/2\.0\/settings\/webhook(?:\/(\d+))?$/u.exec(path);
  if (!m) return false;
  const user = ctx.auth.user;
  if (!user) {
    sendEmpty(ctx.res, 401);
    return true;
  }
  // CheckAdminPermissionsAsync: guests are refused; other users see and manage their own only.
  if (user.kind === "guest") {
    sendError(ctx.res, "security", "Access denied");
    return true;
  }
  const webhooks = state.webhooks;
  const id = m[1] === undefined ? undefined : Number(m[1]);
  if (method === "GET" && id === undefined) {
    const list = webhooks.list(isAdmin(user) ? undefined : user.id);
    sendEnvelope(
      ctx.req,
      ctx.res,
      state.origin,
      list.map((config) => ({ configs: configDto(state, config), status: 0 })),
    );
    return true;
  }
  if (method === "POST" && id === undefined) {
    const body = await jsonBody(ctx);
    if (!body) {
      sendError(ctx.res, "argument", "Value cannot be null. (Parameter 'inDto')");
      return true;
    }
    try {
      const config = await webhooks.create(body, user);
      sendEnvelope(ctx.req, ctx.res, state.origin, configDto(state, config));
    } catch (error) {
      if (!(error instanceof WebhookInputError)) throw error;
      sendError(ctx.res, "argument", error.message);
    }
    return true;
  }
  if (method === "DELETE" && id !== undefined) {
    const config = webhooks.get(id);
    if (!config) sendError(ctx.res, "notFound", "The required item was not found");
    else if (!isAdmin(user) && config.createdBy !== user.id) sendError(ctx.res, "security", "Access denied");
    else {
      webhooks.remove(id);
      sendEnvelope(ctx.req, ctx.res, state.origin, configDto(state, config));
    }
    return true;
  }
  sendEmpty(ctx.res, 405);
  return true;
}

/**
 * `POST /api/2.0/files/{folderId}/upload`, multipart with one file: a new file, or a new version
 * of the file with the same title (FileUploader.ExecAsync with createNewIfExist=false). The portal
 * publishes file.created (FileUploader.ExecAsync) and then file.uploaded (InsertFileAsync).
 */
export async function handleUpload(ctx: RequestContext): Promise<boolean> {
  const m = /^\/api\/2\.0\/files\/([^/]+)\/upload$/u.exec(ctx.path);
  if (!m || ctx.method !== "POST") return false;
  const user = ctx.auth.user;
  if (!user) {
    sendEmpty(ctx.res, 401);
    return true;
  }
  const folder = ctx.state.store.folder(decodeURIComponent(m[1] ?? ""));
  if (!folder) {
    sendError(ctx.res, "notFound", "The required folder was not found");
    return true;
  }
  const access = ctx.state.store.accessOf(user, folder);
  // Upload needs Create in the room: managers, editors and content creators (FileSecurity).
  if (![1, 9, 10, 11].includes(access)) {
    sendError(ctx.res, "security", "Access denied");
    return true;
  }
  const parts = parseMultipart(await readBody(ctx.req), ctx.req.headers["content-type"]);
  const part = parts[0];
  if (!part || parts.length !== 1) {
    sendError(ctx.res, "argument", "No file");
    return true;
  }
  const file = ctx.state.changes.upload(folder.id, part.fileName, part.data.length, user);
  sendEnvelope(ctx.req, ctx.res, ctx.state.origin, fileDto(dtoContext(ctx), file));
  return true;
}
