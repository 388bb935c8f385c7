import type { IncomingMessage, ServerResponse } from "node:http";

import type { Link } from "../shared/link";

import type { AuthResult } from "./auth";
import type { Clock } from "./clock";
import type { DtoContext } from "./dto";
import type { Faults } from "./faults";
import type { PluginRegistry } from "./plugins/registry";
import type { FileStore } from "./store";
import type { CloudStorage } from "./storage";
import type { Accounts } from "./users";
import type { FileChanges, Webhooks } from "./webhooks";

export type HostVersion = "3.6" | "4.0";

export interface PluginConfigSettings {
  enabled: boolean;
  upload: boolean;
  delete: boolean;
  maxCount: number;
  maxSize: number;
  extension: string;
  /**
   * Empty = any extension (ONLYOFFICE/DocSpace-server web/ASC.Web.Core/WebPluginManager.cs,
   * `AssetExtensions.Length != 0`).
   */
  assetExtensions: string[];
  assetMaxCount: number;
}

export interface EmulatorConfig {
  seed: string;
  hostVersion: HostVersion;
  /** Portal time zone, minutes east of UTC (ApiDateTime offsets). */
  timeZoneOffsetMinutes: number;
  /** `files:stream-url-minute`, default 16. */
  streamUrlMinutes: number;
  /** Doc-service JWT secret; null = not configured (unauthenticated stream URLs then need no JWT). */
  docServiceSecret: string | null;
  /** `files:docservice:secret:header`, default "AuthorizationJwt". */
  docServiceHeader: string;
  plugins: PluginConfigSettings;
  portalVersion: string;
  /** Sandbox only: Dropbox emulator origin the host page sends the plugin's Dropbox calls to. */
  dropboxRedirect?: string;
  /** The tenant's JavaScript SDK allowed domains: origins that may frame the portal. */
  allowedDomains: string[];
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  status: number;
  userKind?: string;
  via: AuthResult["via"];
  range?: string;
  /** The browser's `Sec-Fetch-Dest` (e.g. "script", "worker"), where it sent one. */
  dest?: string;
}

export interface EmulatorState {
  origin: string;
  config: EmulatorConfig;
  clock: Clock;
  accounts: Accounts;
  store: FileStore;
  faults: Faults;
  plugins: PluginRegistry;
  requests: RequestLogEntry[];
  webhooks: Webhooks;
  /** File changes that publish webhooks (uploads, new versions, renames, moves). */
  changes: FileChanges;
  /** Set in cloud-storage mode: the file handler redirects there. */
  storage?: CloudStorage;
  /** What file bodies cross on their way out (unlimited unless a benchmark sets a rate). */
  link: Link;
}

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  method: string;
  path: string;
  auth: AuthResult;
  state: EmulatorState;
}

export function dtoContext(ctx: RequestContext): DtoContext {
  return {
    origin: ctx.state.origin,
    store: ctx.state.store,
    user: ctx.auth.user,
    offsetMinutes: ctx.state.config.timeZoneOffsetMinutes,
    culture: ctx.auth.user?.cultureName ?? "en-US",
    users: (id) => ctx.state.accounts.userById(id),
  };
}
