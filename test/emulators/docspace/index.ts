import type { AddressInfo } from "node:net";
import type { Readable } from "node:stream";

import { Link } from "../shared/link";

import { Clock } from "./clock";
import { contentBytes, contentStream, dropboxContentHash, hashContent, type ContentRef } from "./content";
import { Faults } from "./faults";
import { HostAssets } from "./host/assets";
import { signJwt } from "./jwt";
import { FolderType, USER_KINDS, type FileShareValue, type ItemId, type User, type UserKind } from "./model";
import type { InstalledPlugin } from "./plugins/registry";
import { PluginRegistry } from "./plugins/registry";
import { USERS_TYPE } from "./routes/pages";
import { installPluginArchive } from "./routes/webplugins";
import { SEED, SEED_COUNTS, seedStore } from "./seed";
import { createEmulatorServer } from "./server";
import { generateTls } from "./tls";
import { CloudStorage } from "./storage";
import type {
  EmulatorConfig,
  EmulatorState,
  HostVersion,
  PluginConfigSettings,
  RequestLogEntry,
} from "./state";
import { FileStore } from "./store";
import { Accounts } from "./users";
import {
  DEFAULT_WEBHOOK_BLACKLIST,
  FileChanges,
  Webhooks,
  type WebhookConfig,
  type WebhookDelivery,
} from "./webhooks";

export { SEED, SEED_COUNTS } from "./seed";
export {
  contentBytes,
  contentChunks,
  contentStream,
  dropboxContentHash,
  hashContent,
  type ContentRef,
} from "./content";
export { FileShare, FolderType, USER_KINDS, isUserKind, type ItemId, type UserKind } from "./model";
export { signJwt } from "./jwt";
export type { FaultAction, FaultMatch, FaultRule } from "./faults";
export type { HostVersion, PluginConfigSettings, RequestLogEntry } from "./state";
export { buildCsp } from "./host/csp";
export {
  DEFAULT_WEBHOOK_BLACKLIST,
  WEBHOOK_TRIGGERS,
  signWebhookBody,
  type FileTrigger,
  type WebhookConfig,
  type WebhookDelivery,
} from "./webhooks";

export interface DocSpaceEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback by default. */
  host?: string;
  /** Seeds ids, keys and every file's bytes; same seed → same portal. */
  seed?: string;
  /**
   * "3.6" (default): the host page follows ONLYOFFICE/DocSpace-client tag v3.6.1-server. "4.0": its
   * branch develop (Dec 2025, bundling the SDK 2.1 prerelease), the newest client code readable.
   */
  hostVersion?: HostVersion;
  timeZoneOffsetMinutes?: number;
  streamUrlMinutes?: number;
  docServiceSecret?: string | null;
  docServiceHeader?: string;
  sessionLifetimeMinutes?: number;
  plugins?: Partial<PluginConfigSettings>;
  portalVersion?: string;
  /**
   * "disk" (default): the file handler streams, with the portal's Range quirks. "cloud": its
   * download and view actions answer 302 to a presigned URL on a second, S3-like origin (valid 1 h;
   * refuses requests that also carry Authorization; standard Range; CORS for any origin, without
   * credentials), while the stream URLs of presigneduri still stream from the portal.
   */
  storage?: "disk" | "cloud";
  /** Serve over HTTPS with a throwaway CA (`caPem` on the result); the session cookie is then Secure. */
  https?: boolean;
  /**
   * Sandbox only (`npm start`), never in tests: the origin of a Dropbox emulator. The host page then
   * rewrites the plugin iframe's fetches to https://api.dropboxapi.com and
   * https://content.dropboxapi.com, and window.open of Dropbox's authorize page, to that origin,
   * and the page CSP lists it, because an ordinary browser cannot resolve the real host names to
   * the emulator. Browser tests use Chromium's --host-resolver-rules instead (test/support/stack.ts).
   */
  dropboxRedirect?: string;
  /**
   * The portal's `webhooks` settings: `repeatcount` (default 5), the first retry delay (1 s,
   * doubled each time) and `blacklist` (default: loopback and private ranges, so a webhook to a
   * local watcher needs `blacklist: []`, as a self-hosted portal's admin would configure).
   */
  webhooks?: { repeatCount?: number; retryBaseMs?: number; blacklist?: readonly string[] };
  /**
   * The host name the portal's origin uses instead of `host`, e.g. "docspace.lan": the server still
   * listens on `host`, and the browser maps the name there (Chromium --host-resolver-rules). Over
   * plain HTTP such a page is not a secure context, unlike http://127.0.0.1.
   */
  publicHost?: string;
  /**
   * Developer Tools → JavaScript SDK allowed domains: origins that may embed the portal. The server
   * keeps them in the tenant CSP list, which joins every directive, frame-ancestors included
   * (ONLYOFFICE/DocSpace-server products/ASC.Files/Core/Helpers/CspSettingsHelper.cs).
   */
  allowedDomains?: string[];
}

export interface EmulatorUser {
  kind: UserKind;
  id: string;
  displayName: string;
  email: string;
  password: string;
  /** Full-scope API key: send as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** The host's UsersType for item filters ("Owner", "DocSpaceAdmin", "RoomAdmin", "Collaborator", "User"). */
  usersType: string;
}

export interface EmulatorFile {
  id: ItemId;
  title: string;
  folderId: ItemId;
  size: number;
  version: number;
  content: ContentRef;
}

export interface AddFileInput {
  folderId: ItemId;
  title: string;
  size: number;
  /** Explicit id (a string for third-party-like items); numeric ids are allocated otherwise. */
  id?: ItemId;
  version?: number;
  denyDownload?: boolean;
  createdBy?: UserKind;
  /** A copy: the bytes of this earlier file (give the same size), as a duplicated file holds. */
  copyOf?: ItemId;
  /** When it was created and last modified (ms since the epoch); now by default. */
  modified?: number;
}

export interface AddFolderInput {
  parentId: ItemId;
  title: string;
  id?: ItemId;
}

export interface AddRoomInput {
  title: string;
  /** Room FolderType: 15, 16, 19 (default), 22, 29, 31. */
  folderType?: number;
  members?: Partial<Record<UserKind, FileShareValue>>;
  denyDownload?: boolean;
  id?: ItemId;
}

export interface EmulatorPlugin {
  name: string;
  pluginName: string;
  version: string;
  enabled: boolean;
  /** The stored settings string, or null. */
  settings: string | null;
  /** The manifest as the server rewrote it. */
  config: Record<string, unknown>;
  files: string[];
}

export interface DocSpaceEmulator {
  /** Portal origin, e.g. http://127.0.0.1:41234 */
  url: string;
  hostVersion: HostVersion;
  users: Record<UserKind, EmulatorUser>;
  seed: typeof SEED;
  seedCounts: typeof SEED_COUNTS;
  /** The cloud-storage origin in `storage: "cloud"` mode. */
  storageUrl: string | undefined;
  /** With `https: true`: the CA certificate (PEM) clients should trust. */
  caPem: string | undefined;
  close(): Promise<void>;
  /** A fresh session for the user: `header` is ready for a `Cookie` request header. */
  sessionCookie(kind: UserKind): { name: "asc_auth_key"; value: string; header: string };
  /** Visiting this URL signs the browser in as the user and redirects to `path` (default the file list). */
  signInUrl(kind: UserKind, path?: string): string;
  createApiKey(kind: UserKind, permissions?: string[], expiresInMs?: number): string;
  revokeApiKey(key: string): void;
  /** A doc-service JWT header for unauthenticated stream URLs: `{ [headerName]: "Bearer …" }`. */
  docServiceAuthHeader(): Record<string, string>;
  addFile(input: AddFileInput): EmulatorFile;
  addFolder(input: AddFolderInput): { id: ItemId };
  addRoom(input: AddRoomInput): { id: ItemId };
  file(id: ItemId): EmulatorFile | undefined;
  /** The expected bytes of any file, generated, never stored. */
  content: {
    bytes(id: ItemId, start?: number, length?: number): Buffer;
    stream(id: ItemId, start?: number, end?: number): Readable;
    sha256(id: ItemId): string;
    dropboxContentHash(id: ItemId): string;
  };
  faults: Faults & { expireSessions(): void };
  /** The link file bodies leave by: `link.setRate(bytesPerSecond)` slows every download (benchmarks). */
  link: Link;
  clock: { advance(ms: number): void; now(): number };
  plugins: {
    list(): EmulatorPlugin[];
    get(name: string): EmulatorPlugin | undefined;
    /** Upload through the same checks as POST /settings/webplugins; throws with the portal's message. */
    install(zip: Uint8Array, fileName?: string, as?: UserKind): EmulatorPlugin;
    /** PUT semantics: both values replaced, empty settings = none. */
    setState(name: string, enabled: boolean, settings: string | null): void;
    remove(name: string): void;
    cspDomains(): string[];
  };
  webhooks: {
    /** Registered webhooks, secrets included (the REST API never returns them). */
    list(): WebhookConfig[];
    /** Every delivery attempt so far, in order. */
    deliveries: WebhookDelivery[];
    /** Resolves when every delivery started so far succeeded or used up its retries. */
    settled(): Promise<void>;
  };
  /** File changes that publish webhooks, as the portal's own code paths do. */
  changes: {
    /** An upload: a new file, or a new version of the file with the same title; file.created + file.uploaded. */
    upload(folderId: ItemId, title: string, size: number, as?: UserKind): EmulatorFile;
    /** A new version saved from the editor: file.updated. */
    saveVersion(fileId: ItemId, size: number, as?: UserKind): EmulatorFile;
    /** file.updated */
    rename(fileId: ItemId, title: string, as?: UserKind): EmulatorFile;
    /** file.moved */
    move(fileId: ItemId, folderId: ItemId, as?: UserKind): EmulatorFile;
  };
  /** Every request served, in order (method, path, status, user, Range). */
  requests: RequestLogEntry[];
  clearRequests(): void;
}

const DEFAULT_PLUGIN_CONFIG: PluginConfigSettings = {
  enabled: true,
  upload: true,
  delete: true,
  maxCount: 100,
  maxSize: 5 * 1024 * 1024,
  extension: ".zip",
  assetExtensions: [".jpg", ".jpeg", ".png", ".svg"],
  assetMaxCount: 10,
};

function dropboxOrigin(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new Error(`dropboxRedirect: expected an http(s) origin, got ${url}`);
  return parsed.origin;
}

export async function startDocSpaceEmulator(
  options: DocSpaceEmulatorOptions = {},
): Promise<DocSpaceEmulator> {
  const hostVersion = options.hostVersion ?? "3.6";
  if (hostVersion !== "3.6" && hostVersion !== "4.0")
    throw new Error(`hostVersion: expected "3.6" or "4.0", got ${String(hostVersion)}`);
  const config: EmulatorConfig = {
    seed: options.seed ?? "docspace-emulator",
    hostVersion,
    timeZoneOffsetMinutes: options.timeZoneOffsetMinutes ?? 180,
    streamUrlMinutes: options.streamUrlMinutes ?? 16,
    docServiceSecret: options.docServiceSecret === undefined ? "secret" : options.docServiceSecret,
    docServiceHeader: options.docServiceHeader ?? "AuthorizationJwt",
    plugins: { ...DEFAULT_PLUGIN_CONFIG, ...options.plugins },
    portalVersion: options.portalVersion ?? (hostVersion === "4.0" ? "4.0.0" : "3.6.1"),
    ...(options.dropboxRedirect ? { dropboxRedirect: dropboxOrigin(options.dropboxRedirect) } : {}),
    allowedDomains: (options.allowedDomains ?? []).map((url) => new URL(url).origin),
  };
  const clock = new Clock();
  const accounts = new Accounts(
    config.seed,
    clock,
    (options.sessionLifetimeMinutes ?? 20 * 24 * 60) * 60_000,
  );
  const store = new FileStore(config.seed);
  seedStore(store, accounts.byKind);
  const webhookHost = { store, clock, userById: (id: string) => accounts.userById(id) };
  const webhooks = new Webhooks(webhookHost, {
    repeatCount: options.webhooks?.repeatCount ?? 5,
    retryBaseMs: options.webhooks?.retryBaseMs ?? 1000,
    blacklist: options.webhooks?.blacklist ?? DEFAULT_WEBHOOK_BLACKLIST,
  });
  const state: EmulatorState = {
    origin: "",
    config,
    clock,
    accounts,
    store,
    faults: new Faults(),
    plugins: new PluginRegistry(),
    requests: [],
    webhooks,
    changes: new FileChanges(webhookHost, webhooks, () => store.allocateId()),
    link: new Link(),
  };
  const assets = new HostAssets();
  const tls = options.https ? await generateTls() : undefined;
  const server = createEmulatorServer(state, assets, tls);
  const host = options.host ?? "127.0.0.1";
  if (options.storage === "cloud") {
    state.storage = new CloudStorage(store, clock, state.faults, state.link);
    await state.storage.start(host, tls);
  }
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const originHost = options.publicHost ?? host;
  state.origin = `${tls ? "https" : "http"}://${originHost.includes(":") ? `[${originHost}]` : originHost}:${address.port}`;

  const emulatorUser = (user: User): EmulatorUser => ({
    kind: user.kind,
    id: user.id,
    displayName: `${user.firstName} ${user.lastName}`,
    email: user.email,
    password: user.password,
    apiKey: user.apiKey,
    usersType: USERS_TYPE[user.kind],
  });
  const users = Object.fromEntries(
    USER_KINDS.map((kind) => [kind, emulatorUser(accounts.user(kind))]),
  ) as Record<UserKind, EmulatorUser>;

  const fileInfo = (id: ItemId): EmulatorFile | undefined => {
    const file = store.file(id);
    if (!file) return undefined;
    return {
      id: file.id,
      title: file.title,
      folderId: file.folderId,
      size: file.size,
      version: file.version,
      content: { seed: config.seed, contentKey: file.contentKey, size: file.size },
    };
  };
  const ref = (id: ItemId): ContentRef => {
    const info = fileInfo(id);
    if (!info) throw new Error(`no file ${String(id)}`);
    return info.content;
  };
  const pluginInfo = (plugin: InstalledPlugin): EmulatorPlugin => {
    const name = plugin.manifest.name;
    const configJson = plugin.files.get("config.json");
    return {
      name,
      pluginName: plugin.manifest.pluginName,
      version: plugin.manifest.version,
      enabled: state.plugins.isEnabled(name),
      settings: state.plugins.settingsOf(name),
      config: configJson ? (JSON.parse(configJson.toString("utf8")) as Record<string, unknown>) : {},
      files: [...plugin.files.keys()],
    };
  };
  const requireFolder = (id: ItemId): void => {
    if (!store.folder(id)) throw new Error(`no folder ${String(id)}`);
  };
  const changed = (id: ItemId): EmulatorFile => {
    const info = fileInfo(id);
    if (!info) throw new Error(`no file ${String(id)}`);
    return info;
  };
  const faults = Object.assign(state.faults, { expireSessions: () => accounts.expireSessions() });

  return {
    url: state.origin,
    hostVersion,
    link: state.link,
    users,
    seed: SEED,
    seedCounts: SEED_COUNTS,
    storageUrl: state.storage?.origin,
    caPem: tls?.caPem,
    close: async () => {
      await state.storage?.close();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
    sessionCookie(kind) {
      const { token } = accounts.createSession(kind);
      return { name: "asc_auth_key", value: token, header: `asc_auth_key=${encodeURIComponent(token)}` };
    },
    signInUrl: (kind, path = "/rooms/shared") =>
      `${state.origin}/auth/as?user=${encodeURIComponent(kind)}&redirect=${encodeURIComponent(path)}`,
    createApiKey: (kind, permissions = [], expiresInMs) =>
      accounts.createApiKey(kind, permissions, expiresInMs),
    revokeApiKey: (key) => accounts.revokeApiKey(key),
    docServiceAuthHeader() {
      if (config.docServiceSecret === null) return {};
      return {
        [config.docServiceHeader || "Authorization"]:
          `Bearer ${signJwt({ iat: Math.floor(clock.now() / 1000) }, config.docServiceSecret)}`,
      };
    },
    addFile(input) {
      requireFolder(input.folderId);
      const copyOf = input.copyOf === undefined ? undefined : store.file(input.copyOf);
      if (input.copyOf !== undefined && copyOf?.size !== input.size)
        throw new Error(`addFile: no file ${String(input.copyOf)} of ${input.size} bytes to copy`);
      const id = input.id ?? store.allocateId();
      const version = input.version ?? 1;
      const now = input.modified ?? clock.now();
      store.add({
        kind: "file",
        id,
        title: input.title,
        folderId: input.folderId,
        size: input.size,
        version,
        created: now,
        updated: now,
        createdBy: accounts.user(input.createdBy ?? "owner").id,
        contentKey: copyOf?.contentKey ?? `${String(id)}:${version}`,
        ...(input.denyDownload ? { denyDownload: true } : {}),
      });
      const info = fileInfo(id);
      if (!info) throw new Error("file not stored");
      return info;
    },
    addFolder(input) {
      requireFolder(input.parentId);
      const id = input.id ?? store.allocateId();
      const now = clock.now();
      store.add({
        kind: "folder",
        id,
        title: input.title,
        parentId: input.parentId,
        folderType: FolderType.DEFAULT,
        created: now,
        updated: now,
        createdBy: accounts.user("owner").id,
      });
      return { id };
    },
    addRoom(input) {
      const id = input.id ?? store.allocateId();
      const now = clock.now();
      const members = new Map(
        Object.entries(input.members ?? {}).map(([kind, access]) => [
          accounts.user(kind as UserKind).id,
          access as FileShareValue,
        ]),
      );
      store.add({
        kind: "folder",
        id,
        title: input.title,
        parentId: SEED.roots.rooms,
        folderType: input.folderType ?? FolderType.CustomRoom,
        created: now,
        updated: now,
        createdBy: accounts.user("owner").id,
        members,
        ...(input.denyDownload ? { denyDownload: true } : {}),
      });
      return { id };
    },
    file: fileInfo,
    content: {
      bytes: (id, start = 0, length) => contentBytes(ref(id), start, length ?? ref(id).size - start),
      stream: (id, start, end) => contentStream(ref(id), start, end),
      sha256: (id) => hashContent(ref(id), "sha256"),
      dropboxContentHash: (id) => dropboxContentHash(ref(id)),
    },
    faults,
    clock: { advance: (ms) => clock.advance(ms), now: () => clock.now() },
    plugins: {
      list: () => state.plugins.list().map(pluginInfo),
      get: (name) => {
        const plugin = state.plugins.find(name);
        return plugin ? pluginInfo(plugin) : undefined;
      },
      install: (zip, fileName = "plugin.zip", as = "owner") =>
        pluginInfo(installPluginArchive(state, fileName, Buffer.from(zip), accounts.user(as))),
      setState: (name, enabled, settings) => state.plugins.update(name, enabled, settings),
      remove: (name) => state.plugins.remove(name),
      cspDomains: () => [...state.plugins.cspDomains],
    },
    webhooks: {
      list: () => webhooks.list(undefined),
      deliveries: webhooks.deliveries,
      settled: () => webhooks.settled(),
    },
    changes: {
      upload: (folderId, title, size, as = "owner") => {
        requireFolder(folderId);
        return changed(state.changes.upload(folderId, title, size, accounts.user(as)).id);
      },
      saveVersion: (fileId, size, as = "owner") =>
        changed(state.changes.saveVersion(fileId, size, accounts.user(as)).id),
      rename: (fileId, title, as = "owner") =>
        changed(state.changes.rename(fileId, title, accounts.user(as)).id),
      move: (fileId, folderId, as = "owner") => {
        requireFolder(folderId);
        return changed(state.changes.move(fileId, folderId, accounts.user(as)).id);
      },
    },
    requests: state.requests,
    clearRequests: () => {
      state.requests.length = 0;
    },
  };
}
