import { employeeDto, type JsonObject } from "../dto";
import { readBody, send, sendEmpty, sendEnvelope, sendError, sendValidation } from "../http";
import type { User } from "../model";
import { PluginArchiveError, validatePluginArchive } from "../plugins/archive";
import { parseMultipart } from "../plugins/multipart";
import type { InstalledPlugin } from "../plugins/registry";
import type { EmulatorState, RequestContext } from "../state";

const BASE = "/api/2.0/settings/webplugins";

function isAdmin(user: User): boolean {
  return user.kind === "owner" || user.kind === "docspaceAdmin";
}

export function pluginBaseUrl(name: string): string {
  return `/storage/webplugins/${encodeURIComponent(name)}/`;
}

/**
 * WebPluginDto (ONLYOFFICE/DocSpace-server web/ASC.Web.Api/ApiModels/ResponseDto/WebPluginDto.cs);
 * `cspDomains` is never returned.
 */
export function webPluginDto(state: EmulatorState, plugin: InstalledPlugin): JsonObject {
  const m = plugin.manifest;
  const creator = state.accounts.userById(plugin.createBy);
  const hash = encodeURIComponent(m.version);
  return {
    name: m.name,
    version: m.version,
    minDocSpaceVersion: m.minDocSpaceVersion,
    description: m.description,
    license: m.license,
    author: m.author,
    homePage: m.homePage,
    pluginName: m.pluginName,
    scopes: m.scopes,
    image: m.image,
    createBy: creator ? employeeDto(creator, state.origin) : undefined,
    createOn: new Date(plugin.createOn).toISOString(),
    enabled: state.plugins.isEnabled(m.name),
    system: plugin.system,
    url: `${pluginBaseUrl(m.name)}plugin.js?hash=${hash}`,
    // Only the v3.7.2-server DTO has cssUrl; it is computed when plugin.css exists
    // (ONLYOFFICE/DocSpace-server web/ASC.Web.Api/ApiModels/ResponseDto/WebPluginDto.cs,
    // web/ASC.Web.Core/WebPluginManager.cs).
    cssUrl:
      state.config.hostVersion === "4.0" && plugin.files.has("plugin.css")
        ? `${pluginBaseUrl(m.name)}plugin.css?hash=${hash}`
        : undefined,
    settings: state.plugins.settingsOf(m.name) ?? undefined,
    nameLocale: m.nameLocale,
    descriptionLocale: m.descriptionLocale,
  };
}

/** Validates, rewrites config.json and installs (shared by the REST upload and the test API). */
export function installPluginArchive(
  state: EmulatorState,
  fileName: string,
  data: Buffer,
  user: User,
): InstalledPlugin {
  const { manifest, files } = validatePluginArchive(
    fileName,
    data,
    state.config.plugins,
    state.config.hostVersion,
  );
  const clash = state.plugins
    .list()
    .find((p) => p.manifest.pluginName === manifest.pluginName && p.manifest.name !== manifest.name);
  if (clash) throw new PluginArchiveError("Plugin already exist");
  if (!state.plugins.find(manifest.name) && state.plugins.list().length >= state.config.plugins.maxCount) {
    throw new PluginArchiveError("Plugins count limit exceeded");
  }
  const createOn = state.clock.now();
  const rewritten = { ...manifest, createBy: user.id, createOn: new Date(createOn).toISOString() };
  files.set("config.json", Buffer.from(JSON.stringify(rewritten, null, 2)));
  const plugin: InstalledPlugin = { manifest, files, createBy: user.id, createOn, system: false };
  state.plugins.install(plugin);
  return plugin;
}

/**
 * `POST /api/2.0/settings/webplugins`. ASP.NET model binding of the action's parameter reads the
 * whole multipart form before the action runs, so every answer below comes after the last byte of
 * the upload (ONLYOFFICE/DocSpace-server web/ASC.Web.Api/Api/Settings/WebPluginsController.cs
 * AddWebPluginFromFile; dotnet/aspnetcore src/Mvc/Mvc.Core/src/ModelBinding/FormValueProviderFactory.cs
 * CreateValueProviderAsync → Request.ReadFormAsync). Then, in the action's order: the admin demand,
 * the file count, and the manager's DemandWebPlugins("upload") (web/ASC.Web.Core/WebPluginManager.cs
 * AddWebPluginFromFileAsync).
 */
async function upload(ctx: RequestContext, user: User): Promise<void> {
  const { state } = ctx;
  const body = await readBody(ctx.req, 64 * 1024 * 1024);
  if (!isAdmin(user)) return sendError(ctx.res, "security", "Access denied");
  const files = parseMultipart(body, ctx.req.headers["content-type"]);
  if (files.length === 0) return sendError(ctx.res, "argument", "No input file");
  if (files.length > 1) return sendError(ctx.res, "argument", "Too many input files");
  const file = files[0];
  if (!file) return sendError(ctx.res, "argument", "No input file");
  if (!state.config.plugins.enabled) return sendError(ctx.res, "security", "Plugins disabled");
  if (!state.config.plugins.upload) return sendError(ctx.res, "security", "Forbidden action");
  try {
    const plugin = installPluginArchive(state, file.fileName, file.data, user);
    sendEnvelope(ctx.req, ctx.res, state.origin, webPluginDto(state, plugin));
  } catch (error) {
    if (error instanceof PluginArchiveError) return sendError(ctx.res, "argument", error.message);
    throw error;
  }
}

type UpdateBody = { enabled: boolean; settings: string | null };

/**
 * Model binding and validation of WebPluginRequestsDto ([ApiController]: a 400 before the action
 * runs, so before its admin check and plugin lookup; ONLYOFFICE/DocSpace-server
 * web/ASC.Web.Api/Api/Settings/WebPluginsController.cs UpdateWebPlugin). Sends the 400 itself.
 */
async function readUpdate(ctx: RequestContext): Promise<UpdateBody | undefined> {
  let body: unknown;
  try {
    body = JSON.parse((await readBody(ctx.req)).toString("utf8"));
  } catch {
    sendValidation(ctx.req, ctx.res, ctx.state.origin, {
      $: ["The JSON value could not be converted to WebPluginRequests."],
    });
    return undefined;
  }
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const errors: Record<string, string[]> = {};
  const settingsKey = Object.keys(record).find((k) => k.toLowerCase() === "settings");
  const enabledKey = Object.keys(record).find((k) => k.toLowerCase() === "enabled");
  const settings = settingsKey === undefined ? undefined : record[settingsKey];
  const enabled = enabledKey === undefined ? false : record[enabledKey];
  if (settingsKey === undefined) errors.Settings = ["The Settings field is required."];
  else if (settings !== null && typeof settings !== "string")
    errors["$.settings"] = ["The JSON value could not be converted to System.String."];
  else if (typeof settings === "string" && settings.length > 255) {
    errors.Settings = ["The field Settings must be a string with a maximum length of 255."];
  }
  if (typeof enabled !== "boolean")
    errors["$.enabled"] = ["The JSON value could not be converted to System.Boolean."];
  if (Object.keys(errors).length > 0) {
    sendValidation(ctx.req, ctx.res, ctx.state.origin, errors);
    return undefined;
  }
  // Both values are replaced: an omitted `enabled` means false (WebPluginManager.UpdateWebPluginAsync).
  return { enabled: enabled === true, settings: typeof settings === "string" ? settings : null };
}

/** /api/2.0/settings/webplugins[/{name}]. */
export async function handleWebPlugins(ctx: RequestContext): Promise<boolean> {
  if (ctx.path !== BASE && !ctx.path.startsWith(`${BASE}/`)) return false;
  const { state } = ctx;
  const user = ctx.auth.user;
  if (!user) {
    sendEmpty(ctx.res, 401);
    return true;
  }
  const name = ctx.path === BASE ? undefined : decodeURIComponent(ctx.path.slice(BASE.length + 1));
  // PUT: validation (400), then DemandPermissionsAsync (403 "Access denied"), then the manager's
  // DemandWebPlugins (403 "Plugins disabled") and lookup (404) (ONLYOFFICE/DocSpace-server
  // WebPluginsController.cs UpdateWebPlugin, web/ASC.Web.Core/WebPluginManager.cs
  // UpdateWebPluginAsync → GetWebPluginByNameAsync → GetWebPluginsAsync → DemandWebPlugins).
  if (name !== undefined && ctx.method === "PUT") {
    const body = await readUpdate(ctx);
    if (!body) return true;
    if (!isAdmin(user)) sendError(ctx.res, "security", "Access denied");
    else if (!state.config.plugins.enabled) sendError(ctx.res, "security", "Plugins disabled");
    else if (!state.plugins.find(name)) sendError(ctx.res, "notFound", "Plugin not found");
    else {
      const plugin = state.plugins.find(name);
      if (plugin) state.plugins.update(plugin.manifest.name, body.enabled, body.settings);
      sendEnvelope(ctx.req, ctx.res, state.origin, undefined);
    }
    return true;
  }
  if (name === undefined && ctx.method === "POST") {
    await upload(ctx, user);
    return true;
  }
  if (!state.config.plugins.enabled) {
    sendError(ctx.res, "security", "Plugins disabled");
    return true;
  }
  if (name === undefined) {
    if (ctx.method === "GET") {
      // No admin check: every signed-in user gets every plugin's settings (WebPluginsController.cs
      // GetWebPlugins demands no permission).
      const filter = ctx.url.searchParams.get("enabled");
      const list = state.plugins
        .list()
        .filter(
          (p) => filter === null || String(state.plugins.isEnabled(p.manifest.name)) === filter.toLowerCase(),
        )
        .map((p) => webPluginDto(state, p));
      sendEnvelope(ctx.req, ctx.res, state.origin, list);
    } else send(ctx.res, 405);
    return true;
  }
  const plugin = state.plugins.find(name);
  if (ctx.method !== "GET" && !isAdmin(user)) {
    sendError(ctx.res, "security", "Access denied");
    return true;
  }
  if (!plugin) {
    sendError(ctx.res, "notFound", "Plugin not found");
    return true;
  }
  if (ctx.method === "GET") sendEnvelope(ctx.req, ctx.res, state.origin, webPluginDto(state, plugin));
  else if (ctx.method === "DELETE") {
    if (!state.config.plugins.delete) sendError(ctx.res, "security", "Forbidden action");
    else {
      state.plugins.remove(plugin.manifest.name);
      sendEnvelope(ctx.req, ctx.res, state.origin, undefined);
    }
  } else send(ctx.res, 405);
  return true;
}

/**
 * The storage handler's Content-Type: `MimeMapping.GetMimeMapping(path)`, no charset
 * (ONLYOFFICE/DocSpace-server common/ASC.Data.Storage/StorageHandler.cs InvokeAsync; the first
 * mapping of each extension in common/ASC.Common/Web/MimeMapping.cs, unknown ones
 * "application/octet-stream").
 */
const STATIC_TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".svg": "image/svg+xml",
};

/** The storage module `webplugins`: `/storage/webplugins/<name>/<file>`. */
export function handlePluginStorage(ctx: RequestContext): boolean {
  const m = ctx.path.match(/^\/storage\/webplugins\/([^/]+)\/(.+)$/);
  if (!m || ctx.method !== "GET") return false;
  const plugin = ctx.state.plugins.find(decodeURIComponent(m[1] ?? ""));
  const path = decodeURIComponent(m[2] ?? "");
  const data = plugin?.files.get(path);
  if (!data) sendEmpty(ctx.res, 404);
  else
    send(ctx.res, 200, data, {
      "Content-Type":
        STATIC_TYPES[path.slice(path.lastIndexOf(".")).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
    });
  return true;
}
