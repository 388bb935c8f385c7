import { apiDateTime, employeeDto } from "../dto";
import { readBody, sendEmpty, sendEnvelope, sendError } from "../http";
import { PORTAL_CULTURES } from "../host/runtime/cultures";
import type { RequestContext } from "../state";

/**
 * GET /api/2.0/people/@self: EmployeeFullDto, 401 without credentials (ONLYOFFICE/DocSpace-server
 * products/ASC.People/Server/Api/UserController.cs, not [AllowAnonymous]).
 */
export function handlePeople(ctx: RequestContext): boolean {
  if (ctx.method !== "GET" || ctx.path !== "/api/2.0/people/@self") return false;
  const user = ctx.auth.user;
  if (!user) {
    sendEmpty(ctx.res, 401);
    return true;
  }
  sendEnvelope(ctx.req, ctx.res, ctx.state.origin, {
    ...employeeDto(user, ctx.state.origin),
    firstName: user.firstName,
    lastName: user.lastName,
    userName: user.userName,
    email: user.email,
    status: 1,
    activationStatus: 1,
    isOwner: user.kind === "owner",
    isAdmin: user.kind === "owner" || user.kind === "docspaceAdmin",
    isRoomAdmin: user.kind === "roomAdmin",
    isCollaborator: user.kind === "user",
    isVisitor: user.kind === "guest",
    isLDAP: false,
    isSSO: false,
    cultureName: user.cultureName,
    registrationDate: apiDateTime(Date.UTC(2025, 0, 2, 9, 0, 0), ctx.state.config.timeZoneOffsetMinutes),
    groups: [],
  });
  return true;
}

/**
 * PUT /api/2.0/people/{userid}/culture `{cultureName}`: only the caller's own profile (another id
 * is a SecurityException, 403); a culture the portal does not offer (matched case-insensitively)
 * leaves the profile unchanged and still answers 200 with it, one it offers is stored as sent
 * (ONLYOFFICE/DocSpace-server products/ASC.People/Server/Api/UserController.cs UpdateMemberCulture,
 * `_setupInfo.EnabledCultures.Find(...)`). The client then sets the
 * `asc_language` cookie (ONLYOFFICE/DocSpace-client packages/client/src/store/contacts/
 * TargetUserStore.ts updateProfileCulture).
 */
export async function handleCulture(ctx: RequestContext): Promise<boolean> {
  const m = /^\/api\/2\.0\/people\/([^/]+)\/culture$/.exec(ctx.path);
  if (!m || ctx.method !== "PUT") return false;
  const user = ctx.auth.user;
  if (!user) {
    sendEmpty(ctx.res, 401);
    return true;
  }
  let body: { cultureName?: unknown } = {};
  try {
    body = JSON.parse((await readBody(ctx.req)).toString("utf8")) as typeof body;
  } catch {
    body = {};
  }
  if (decodeURIComponent(m[1] ?? "") !== user.id) {
    sendError(ctx.res, "security", "Access denied");
    return true;
  }
  const wanted = typeof body.cultureName === "string" ? body.cultureName : "";
  if (PORTAL_CULTURES.some((c) => c.toLowerCase() === wanted.toLowerCase())) user.cultureName = wanted;
  sendEnvelope(ctx.req, ctx.res, ctx.state.origin, {
    ...employeeDto(user, ctx.state.origin),
    cultureName: user.cultureName,
  });
  return true;
}

/** POST /api/2.0/authentication: a session token usable as the cookie or the raw Authorization header. */
export async function handleAuthentication(ctx: RequestContext): Promise<boolean> {
  if (ctx.method !== "POST" || ctx.path !== "/api/2.0/authentication") return false;
  let body: { userName?: unknown; password?: unknown } = {};
  try {
    body = JSON.parse((await readBody(ctx.req)).toString("utf8")) as typeof body;
  } catch {
    body = {};
  }
  const user =
    typeof body.userName === "string" && typeof body.password === "string"
      ? ctx.state.accounts.findByLogin(body.userName, body.password)
      : undefined;
  if (!user) {
    sendError(ctx.res, "authentication", "User authentication failed");
    return true;
  }
  const session = ctx.state.accounts.createSession(user);
  sendEnvelope(ctx.req, ctx.res, ctx.state.origin, {
    token: session.token,
    expires: apiDateTime(session.expiresAt, ctx.state.config.timeZoneOffsetMinutes),
    sms: false,
    phoneNoise: false,
    tfa: false,
  });
  return true;
}
