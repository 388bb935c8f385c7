import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  ALL_SCOPES,
  AuthRegistry,
  type AppConfig,
  type IssuedTokens,
  type TokenAccessType,
  type TokenSnapshot,
} from "./auth";
import type { Link } from "../shared/link";
import { BlobStore } from "./blobs";
import { CONTROL_PREFIX, handleControl } from "./control";
import { Faults, type Fault, type FaultSpec } from "./faults";
import { escapeHtml, page } from "./html";
import { WriteLocks, type LockContention } from "./locks";
import { loadSnapshot, saveSnapshot } from "./persist";
import { ApiServer } from "./server";
import { DEFAULT_SESSION_LIFETIME_SECONDS, Sessions } from "./sessions";
import type { Account, EmulatorState, SharedLink } from "./state";
import { Storage } from "./storage";
import { generateTls } from "./tls";

/** 2 TiB, a Dropbox Plus plan (https://www.dropbox.com/plans). */
const DEFAULT_QUOTA_BYTES = 2 * 1024 ** 4;

/** Registered at start: a Full-Dropbox app and an App-folder app, both with every scope and no secret (PKCE). */
export const DEFAULT_APP_KEY = "emulator-app";
export const DEFAULT_APP_FOLDER_KEY = "emulator-app-folder";

export interface DropboxEmulatorOptions {
  /** 0 (default) = ephemeral. */
  port?: number;
  host?: string;
  https?: boolean;
  /** Keep files in this directory across runs (state.json + objects/); in memory otherwise. */
  dataDir?: string;
  /** Injectable clock (ms); session and token expiry follow it. */
  now?: () => number;
  /** Largest list_folder page (the `limit` argument can only lower it). Default 100. */
  listPageSize?: number;
  /** Default 14400 s, the real short-lived token lifetime. */
  accessTokenLifetimeSeconds?: number;
  /** Default 7 days. */
  sessionLifetimeSeconds?: number;
  /** Default 2 TiB. */
  quotaBytes?: number;
  lockContention?: Partial<LockContention>;
  /** Replaces the default apps. */
  apps?: AppConfig[];
  account?: Partial<Account>;
  /**
   * List Retry-After in Access-Control-Expose-Headers (default false: the list in cors.ts, which
   * does not have it). Dropbox documents no expose list, so a browser client cannot count on
   * reading the header; true is for tests of what a client does with it.
   */
  exposeRetryAfter?: boolean;
  /** Request bodies up to this size stay in memory (memory mode only). Default 1 MiB. */
  memoryThresholdBytes?: number;
  /** One line per call; never tokens or codes. */
  log?: (line: string) => void;
}

export interface StoredFile {
  /** Full path in the user's Dropbox (App-folder files are under /Apps/<name>/). */
  path: string;
  pathDisplay: string;
  id: string;
  size: number;
  contentHash: string;
  rev: string;
  serverModified: string;
  clientModified: string;
}
export type StoredEntry =
  ({ kind: "file" } & StoredFile) | { kind: "folder"; path: string; pathDisplay: string; id: string };

export class DropboxEmulator {
  url = "";
  caPem?: string;
  /** Where the CA PEM was written (https only). */
  caPath?: string;
  readonly faults: Faults;
  private readonly state: EmulatorState;
  private readonly api: ApiServer;
  private server?: Server;
  private clockOffset = 0;
  private persistPending = false;
  private readonly ownsBlobDir: boolean;

  constructor(private readonly options: DropboxEmulatorOptions = {}) {
    const base = options.now ?? Date.now;
    const now = (): number => base() + this.clockOffset;
    const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
    this.ownsBlobDir = !dataDir;
    const blobDir = dataDir ? join(dataDir, "objects") : mkdtempSync(join(tmpdir(), "dropbox-emulator-"));
    // In a data directory every byte goes to a file so it survives restarts.
    const blobs = new BlobStore(blobDir, dataDir ? -1 : (options.memoryThresholdBytes ?? 1024 * 1024));
    const accountId = `dbid:${randomBytes(27).toString("base64url").slice(0, 35)}`;
    const account: Account = {
      accountId,
      namespaceId: String(1_000_000_000 + (randomBytes(4).readUInt32BE(0) % 1_000_000_000)),
      givenName: "Emulated",
      surname: "User",
      email: "user@example.com",
      accountType: "basic",
      country: "US",
      locale: "en",
      ...options.account,
    };
    this.faults = new Faults();
    this.state = {
      now,
      account,
      storage: new Storage(now, options.quotaBytes ?? DEFAULT_QUOTA_BYTES),
      blobs,
      sessions: new Sessions(
        now,
        options.sessionLifetimeSeconds ?? DEFAULT_SESSION_LIFETIME_SECONDS,
        (parts) => void blobs.release(parts),
      ),
      auth: new AuthRegistry(now, options.accessTokenLifetimeSeconds ?? 14_400, account.accountId),
      faults: this.faults,
      locks: new WriteLocks(options.lockContention),
      links: new Map(),
      cursors: new Map(),
      jobs: new Map(),
      listPageSize: options.listPageSize ?? 100,
      linkBase: "https://www.dropbox.com",
      persist: () => this.schedulePersist(),
      calls: new Map(),
      inProgress: 0,
    };
    const apps = options.apps ?? [
      {
        appKey: DEFAULT_APP_KEY,
        accessType: "full_dropbox",
        scopes: [...ALL_SCOPES],
        name: "Send to Dropbox",
      },
      {
        appKey: DEFAULT_APP_FOLDER_KEY,
        accessType: "app_folder",
        scopes: [...ALL_SCOPES],
        name: "Send to Dropbox",
      },
    ];
    for (const app of apps) this.state.auth.registerApp(app);
    if (dataDir) {
      mkdirSync(blobDir, { recursive: true });
      const snapshot = loadSnapshot(dataDir);
      if (snapshot) {
        this.state.storage.load(snapshot.nodes, snapshot.revCounter);
        for (const link of snapshot.links) this.state.links.set(link.lower, link);
      }
      removeOrphans(blobDir, this.state.storage);
    }
    this.api = new ApiServer(this.state, {
      exposeRetryAfter: options.exposeRetryAfter ?? false,
      ...(options.log ? { log: options.log } : {}),
    });
  }

  async listen(): Promise<this> {
    await this.state.blobs.init();
    const handler = (req: IncomingMessage, res: ServerResponse): void => void this.dispatch(req, res);
    let server: Server;
    if (this.options.https) {
      const tls = await generateTls();
      this.caPem = tls.caPem;
      const dir = this.options.dataDir ? resolve(this.options.dataDir) : this.state.blobs.dir;
      this.caPath = join(dir, "emulator-ca.pem");
      writeFileSync(this.caPath, tls.caPem);
      server = createHttpsServer({ key: tls.key, cert: tls.cert }, handler);
    } else {
      server = createHttpServer(handler);
    }
    // Uploads of 150 MiB on a slow machine must not hit Node's default request timeout.
    server.requestTimeout = 0;
    server.headersTimeout = 60_000;
    // Node's 5 s idle keep-alive default races a client whose event loop was busy (preparing a
    // 150 MiB body) past its own 4 s pool timeout: undici then reuses a socket the server is
    // closing and reports ECONNRESET (measured: 2 resets in 4 tries with the default, none with
    // 60 s, SDK append_v2 + upload of 150 MiB + 1 on a loaded 2-core machine).
    server.keepAliveTimeout = 60_000;
    const host = this.options.host ?? "127.0.0.1";
    await new Promise<void>((ok, fail) => {
      server.once("error", fail);
      server.listen(this.options.port ?? 0, host, () => ok());
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    const shownHost = host.includes(":") ? `[${host}]` : host;
    this.url = `${this.options.https ? "https" : "http"}://${shownHost}:${port}`;
    return this;
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    try {
      if (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`))
        return await handleControl(this, req, res, url);
      if (await this.api.handle(req, res, url)) return;
      if (url.pathname.startsWith("/scl/")) return this.sharedLinkPage(res, url);
      if (url.pathname === "/" || url.pathname === "/home") {
        res.writeHead(302, { Location: `${CONTROL_PREFIX}/` });
        res.end();
        return;
      }
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Not Found");
    } catch (error) {
      this.options.log?.(`internal error: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    }
  }

  /** Shared links open on the emulator at the same path; `dl=1` downloads. */
  private sharedLinkPage(res: ServerResponse, url: URL): void {
    const id = url.pathname.split("/")[3];
    const link = [...this.state.links.values()].find((l) => l.id === id);
    const node = link && this.state.storage.get(link.lower);
    if (!link || !node) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("This link doesn't exist or was removed.");
      return;
    }
    if (node.kind === "file" && url.searchParams.get("dl") === "1") {
      res.writeHead(200, {
        "Content-Type": "application/octet-stream",
        "Content-Length": node.blob.size,
        "Content-Disposition": `attachment; filename="${encodeURIComponent(node.name)}"`,
      });
      this.state.blobs.read(node.blob).pipe(res);
      return;
    }
    const html = page(
      node.name,
      `<h1>${escapeHtml(node.name)}</h1><p>${node.kind === "file" ? `${node.blob.size} bytes · <a href="?dl=1">Download</a>` : "Folder"}</p>`,
    );
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(html),
    });
    res.end(html);
  }

  private schedulePersist(): void {
    if (!this.options.dataDir || this.persistPending) return;
    this.persistPending = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    if (!this.options.dataDir || !this.persistPending) return;
    this.persistPending = false;
    saveSnapshot(
      resolve(this.options.dataDir),
      this.state.storage.all(),
      [...this.state.links.values()],
      this.state.storage.revisionCounter,
    );
  }

  // ---- programmatic control -------------------------------------------------------------

  now(): number {
    return this.state.now();
  }

  /** Upload body bytes received so far (files/upload, upload sessions), for "sent twice?" checks. */
  receivedBytes(): number {
    return this.state.blobs.receivedBytes;
  }

  /** The link upload bodies arrive by: `link.setRate(bytesPerSecond)` slows every upload (benchmarks). */
  get link(): Link {
    return this.state.blobs.link;
  }

  /** Moves the emulator's clock forward (session and token expiry). */
  advanceClock(ms: number): void {
    this.clockOffset += ms;
  }

  get account(): Readonly<Account> {
    return this.state.account;
  }

  registerApp(config: AppConfig): AppConfig {
    if (!config || typeof config.appKey !== "string" || !config.appKey)
      throw new TypeError("registerApp needs an appKey");
    if (config.accessType !== "app_folder" && config.accessType !== "full_dropbox")
      throw new TypeError(
        `accessType must be "app_folder" or "full_dropbox"; got ${JSON.stringify(config.accessType)}`,
      );
    return this.state.auth.registerApp({ ...config, scopes: config.scopes ?? [...ALL_SCOPES] });
  }

  apps(): AppConfig[] {
    return this.state.auth.appList();
  }

  /** Credentials without the OAuth pages. `tokenAccessType` "offline" (default) adds a refresh token. */
  issueTokens(
    options: {
      appKey?: string;
      scopes?: readonly string[];
      tokenAccessType?: TokenAccessType;
      expiresIn?: number;
    } = {},
  ): IssuedTokens {
    return this.state.auth.issueTokens({ ...options, appKey: options.appKey ?? DEFAULT_APP_KEY });
  }

  revokeAll(): void {
    this.state.auth.revokeAll();
  }

  /** Apps with live grants (the Connected apps page). */
  connections(): { appKey: string; tokens: number }[] {
    return this.state.auth.connections();
  }

  /** Disconnects an app as the Connected apps page does: all its tokens are revoked. */
  revokeApp(appKey: string): number {
    return this.state.auth.revokeApp(appKey);
  }

  exportTokens(): TokenSnapshot {
    return this.state.auth.exportTokens();
  }

  importTokens(snapshot: TokenSnapshot): void {
    this.state.auth.importTokens(snapshot);
  }

  /** The quota the emulator started with (2 TiB unless `quotaBytes` was given). */
  get initialQuotaBytes(): number {
    return this.options.quotaBytes ?? DEFAULT_QUOTA_BYTES;
  }

  get usedBytes(): number {
    return this.state.storage.usedBytes();
  }

  /** Every live access token answers `expired_access_token` from now on; returns how many. */
  expireAccessTokens(): number {
    return this.state.auth.expireAccessTokens();
  }

  addFault(spec: FaultSpec): Fault {
    return this.faults.add(spec);
  }

  get quotaBytes(): number {
    return this.state.storage.quotaBytes;
  }

  set quotaBytes(bytes: number) {
    this.state.storage.quotaBytes = bytes;
  }

  setQuota(bytes: number): void {
    this.quotaBytes = bytes;
  }

  get lockContention(): LockContention {
    return { ...this.state.locks.settings };
  }

  setLockContention(settings: Partial<LockContention>): void {
    this.state.locks.settings = { ...this.state.locks.settings, ...settings };
  }

  /** Commits refused with too_many_write_operations by lock contention so far. */
  get refusedCommits(): number {
    return this.state.locks.refused;
  }

  get listPageSize(): number {
    return this.state.listPageSize;
  }

  set listPageSize(n: number) {
    this.state.listPageSize = n;
  }

  entries(): StoredEntry[] {
    return this.state.storage.all().map((n): StoredEntry => {
      if (n.kind === "folder")
        return { kind: "folder", path: n.pathDisplay.toLowerCase(), pathDisplay: n.pathDisplay, id: n.id };
      return { kind: "file", ...toStoredFile(n) };
    });
  }

  files(): StoredFile[] {
    return this.state.storage.all().flatMap((n) => (n.kind === "file" ? [toStoredFile(n)] : []));
  }

  /** Bytes of a stored file by full path (case-insensitive). */
  async readFile(path: string): Promise<Buffer> {
    const node = this.state.storage.get(path.toLowerCase());
    if (!node || node.kind !== "file") throw new Error(`not found: ${path}`);
    return this.state.blobs.readAll(node.blob);
  }

  sharedLinks(): SharedLink[] {
    return [...this.state.links.values()];
  }

  openSessions(): number {
    return this.state.sessions.count();
  }

  /** Calls per route (`files/upload`, `oauth2/token`, …) with each answer's status. */
  calls(): Record<string, { count: number; statuses: number[] }> {
    return Object.fromEntries(
      [...this.state.calls.entries()].map(([k, v]) => [k, { count: v.count, statuses: [...v.statuses] }]),
    );
  }

  /** Calls received and not yet answered or dropped: 0 once every request has been dealt with. */
  callsInProgress(): number {
    return this.state.inProgress;
  }

  resetCalls(): void {
    this.state.calls.clear();
  }

  describe(): Record<string, unknown> {
    return {
      url: this.url,
      now: this.now(),
      quotaBytes: this.quotaBytes,
      usedBytes: this.state.storage.usedBytes(),
      lockContention: this.lockContention,
      faults: this.faults.list(),
      openSessions: this.openSessions(),
      apps: this.apps().map((a) => ({
        appKey: a.appKey,
        accessType: a.accessType,
        scopes: a.scopes,
        name: a.name,
      })),
      account: { accountId: this.account.accountId, email: this.account.email },
      calls: this.calls(),
    };
  }

  /** Empties the Dropbox, sessions, links and faults; apps and tokens stay. */
  async reset(): Promise<void> {
    for (const n of this.state.storage.all())
      if (n.kind === "file") await this.state.blobs.release(n.blob.parts);
    this.state.storage.load([], this.state.storage.revisionCounter);
    this.state.sessions.dropAll();
    this.state.links.clear();
    this.state.cursors.clear();
    this.faults.clear();
    this.state.calls.clear();
    this.schedulePersist();
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    // Calls held by a delay fault end now rather than keep the process alive.
    this.faults.clear();
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    }
    this.flush();
    if (this.ownsBlobDir) await this.state.blobs.destroy();
  }
}

/** Session bytes from an earlier run never became files; sessions do not survive a restart. */
function removeOrphans(blobDir: string, storage: Storage): void {
  const referenced = new Set(
    storage
      .all()
      .flatMap((n) =>
        n.kind === "file" ? n.blob.parts.flatMap((p) => (p.kind === "file" ? [resolve(p.path)] : [])) : [],
      ),
  );
  for (const name of readdirSync(blobDir)) {
    const path = resolve(join(blobDir, name));
    if (!referenced.has(path)) rmSync(path, { force: true });
  }
}

function toStoredFile(n: {
  pathDisplay: string;
  id: string;
  blob: { size: number; contentHash: string };
  rev: string;
  serverModified: string;
  clientModified: string;
}): StoredFile {
  return {
    path: n.pathDisplay.toLowerCase(),
    pathDisplay: n.pathDisplay,
    id: n.id,
    size: n.blob.size,
    contentHash: n.blob.contentHash,
    rev: n.rev,
    serverModified: n.serverModified,
    clientModified: n.clientModified,
  };
}

export async function startDropboxEmulator(options: DropboxEmulatorOptions = {}): Promise<DropboxEmulator> {
  return new DropboxEmulator(options).listen();
}
