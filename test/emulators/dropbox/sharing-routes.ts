import { endpointError, nested, tag, type JsonObject } from "./errors";
import { lowerPath } from "./paths";
import { json, type RouteDef } from "./route-types";
import { newOpaque, resolvePath, type EmulatorState, type SharedLink, type View } from "./state";
import type { Node } from "./storage";

const visibility = (audience: string): JsonObject =>
  tag(audience === "no_one" ? "no_one" : audience === "team" ? "team_only" : "public");

/** LinkPermissions with every required field (sharing.stone LinkPermissions). */
function linkPermissions(state: EmulatorState, link: SharedLink): JsonObject {
  const paid = state.account.accountType !== "basic";
  return {
    resolved_visibility: visibility(link.audience),
    requested_visibility: tag(link.audience === "team" ? "team_only" : "public"),
    can_revoke: true,
    visibility_policies: [
      { policy: tag("public"), resolved_policy: tag("public"), allowed: true },
      { policy: tag("password"), resolved_policy: tag("password"), allowed: paid },
    ],
    can_set_expiry: paid,
    can_remove_expiry: paid,
    allow_download: link.allowDownload,
    can_allow_download: true,
    can_disallow_download: paid,
    allow_comments: true,
    team_restricts_comments: false,
    effective_audience: tag(link.audience),
    link_access_level: tag(link.access === "editor" ? "editor" : "viewer"),
    audience_options: [
      { audience: tag("public"), allowed: true },
      { audience: tag("team"), allowed: false },
      { audience: tag("no_one"), allowed: true },
    ],
    require_password: link.requirePassword,
  };
}

export function linkMetadata(state: EmulatorState, view: View, link: SharedLink, node: Node): JsonObject {
  const display = view.displayOf(node.pathDisplay);
  const base: JsonObject = {
    ".tag": node.kind,
    url: link.url,
    id: node.id,
    name: node.name,
    path_lower: display.toLowerCase(),
    link_permissions: linkPermissions(state, link),
    ...(link.expires ? { expires: link.expires } : {}),
  };
  if (node.kind === "file") {
    return {
      ...base,
      client_modified: node.clientModified,
      server_modified: node.serverModified,
      rev: node.rev,
      size: node.blob.size,
    };
  }
  return base;
}

/** URLs shaped like current ones (`/scl/fi/<id>/<name>?rlkey=…&dl=0`); they open on the emulator at the same path. */
function newLink(state: EmulatorState, node: Node, settings: Partial<SharedLink>): SharedLink {
  const id = newOpaque(16)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x");
  const rlkey = newOpaque(18)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x");
  const kind = node.kind === "file" ? "fi" : "fo";
  return {
    id,
    url: `${state.linkBase}/scl/${kind}/${id}/${encodeURIComponent(node.name)}?rlkey=${rlkey}&dl=0`,
    lower: node.pathDisplay.toLowerCase(),
    audience: settings.audience ?? "public",
    access: settings.access ?? "viewer",
    requirePassword: settings.requirePassword ?? false,
    allowDownload: settings.allowDownload ?? true,
    ...(settings.expires ? { expires: settings.expires } : {}),
  };
}

const createSharedLink: RouteDef = {
  style: "rpc",
  scope: "sharing.write",
  async handle({ state, view, args }) {
    const path = args.string("path", { required: true, alias: "ReadPath" });
    const settingsArgs = args.struct("settings");
    const settings: Partial<SharedLink> = {};
    if (settingsArgs) {
      const audience = settingsArgs.union("audience", ["public", "team", "no_one", "password", "members"]);
      const access = settingsArgs.union("access", ["viewer", "editor", "max", "default"]);
      const requested = settingsArgs.union("requested_visibility", ["public", "team_only", "password"]);
      const requirePassword = settingsArgs.boolean("require_password", false);
      const password = settingsArgs.string("link_password");
      const expires = settingsArgs.timestamp("expires");
      const allowDownload = settingsArgs.boolean("allow_download", true);
      const paid = state.account.accountType !== "basic";
      if (expires !== undefined && Date.parse(expires) <= state.now())
        throw endpointError(nested("settings_error", tag("invalid_settings")));
      if (requirePassword && !password)
        throw endpointError(nested("settings_error", tag("invalid_settings")));
      // Basic accounts may only create public links without expiry or password (sharing.stone SharedLinkSettingsError.not_authorized).
      const restricted =
        requirePassword ||
        expires !== undefined ||
        audience?.tag === "team" ||
        requested?.tag === "team_only" ||
        requested?.tag === "password" ||
        !allowDownload;
      if (restricted && !paid) throw endpointError(nested("settings_error", tag("not_authorized")));
      if (audience)
        settings.audience =
          audience.tag === "password" || audience.tag === "members" ? "public" : audience.tag;
      if (access) settings.access = access.tag;
      settings.requirePassword = requirePassword;
      settings.allowDownload = allowDownload;
      if (expires) settings.expires = expires;
    }
    const resolved = resolvePath(state, view, path);
    if (!resolved.ok) throw endpointError(nested("path", resolved.error));
    const lower = lowerPath(view.physical(resolved.components));
    const node = resolved.components.length ? state.storage.get(lower) : undefined;
    if (!node) throw endpointError(nested("path", tag("not_found")));
    const existing = state.links.get(lower);
    if (existing) {
      // The existing link comes back only when the request had no settings (dropbox/dropbox-api-spec
      // sharing.stone CreateSharedLinkWithSettingsError.shared_link_already_exists).
      if (settingsArgs) throw endpointError(tag("shared_link_already_exists"));
      throw endpointError(
        nested("shared_link_already_exists", nested("metadata", linkMetadata(state, view, existing, node))),
      );
    }
    const link = newLink(state, node, settings);
    state.links.set(lower, link);
    state.persist();
    return json(linkMetadata(state, view, link, node));
  },
};

const listSharedLinks: RouteDef = {
  style: "rpc",
  scope: "sharing.read",
  async handle({ state, view, args }) {
    const path = args.string("path", { alias: "ReadPath" });
    const cursor = args.string("cursor");
    const directOnly = args.boolean("direct_only", false);
    if (cursor !== undefined) throw endpointError(tag("reset"));
    let candidates: SharedLink[];
    if (path !== undefined) {
      const resolved = resolvePath(state, view, path);
      if (!resolved.ok) throw endpointError(nested("path", resolved.error));
      const lower = lowerPath(view.physical(resolved.components));
      if (resolved.components.length && !state.storage.get(lower))
        throw endpointError(nested("path", tag("not_found")));
      // Without direct_only, links on parent folders are listed too.
      candidates = [...state.links.values()].filter(
        (l) => l.lower === lower || (!directOnly && lower.startsWith(`${l.lower}/`)),
      );
    } else {
      candidates = [...state.links.values()];
    }
    const links = candidates.flatMap((l) => {
      const node = state.storage.get(l.lower);
      return node && view.visible(node.pathDisplay) ? [linkMetadata(state, view, l, node)] : [];
    });
    return json({ links, has_more: false });
  },
};

export const sharingRoutes: Record<string, RouteDef> = {
  "sharing/create_shared_link_with_settings": createSharedLink,
  "sharing/list_shared_links": listSharedLinks,
};
