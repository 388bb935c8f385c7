// Webhooks as DocSpace sends them: registered through /api/2.0/settings/webhook, published when a
// file changes, signed, and retried. Every rule below names the DocSpace-server file it follows
// (ONLYOFFICE/DocSpace-server at "Merge hotfix/v3.7.2 into master", ed2994e7).

import { createHmac } from "node:crypto";
import { isIP } from "node:net";

import type { Clock } from "./clock";
import type { FileNode, User } from "./model";
import type { FileStore } from "./store";

/** `WebhookTrigger` flags (common/ASC.Webhooks.Core/WebhookTrigger.cs); 0 = All ("*"). */
export const WEBHOOK_TRIGGERS = {
  "file.created": 1 << 7,
  "file.uploaded": 1 << 8,
  "file.updated": 1 << 9,
  "file.trashed": 1 << 10,
  "file.deleted": 1 << 11,
  "file.restored": 1 << 12,
  "file.copied": 1 << 13,
  "file.moved": 1 << 14,
} as const;
export type FileTrigger = keyof typeof WEBHOOK_TRIGGERS;

/** `webhooks:blacklist` default (common/ASC.Core.Common/Security/UrlValidator.cs `_defaultBlacklist`). */
export const DEFAULT_WEBHOOK_BLACKLIST: readonly string[] = [
  "0.0.0.0/8",
  "10.0.0.0/8",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "::/128",
  "::1/128",
  "fc00::/8",
  "fd00::/8",
  "fe80::/10",
];

export interface WebhookSettings {
  /** `webhooks:repeatcount`, default 5 (web/ASC.Web.Studio/WebHooks/WebhookSender.cs `AddWebhookSenderHttpClient`). */
  repeatCount: number;
  /** Polly's first retry delay: 1 s, doubled each retry (`Delay = 1s`, `DelayBackoffType.Exponential`). */
  retryBaseMs: number;
  /** `webhooks:blacklist`; loopback and private ranges by default. */
  blacklist: readonly string[];
}

export interface WebhookConfig {
  id: number;
  name: string;
  uri: string;
  secretKey: string;
  enabled: boolean;
  ssl: boolean;
  triggers: number;
  targetId: string | undefined;
  createdBy: string;
  createdOn: number;
  lastSuccessOn: number | undefined;
  lastFailureOn: number | undefined;
  lastFailureContent: string | undefined;
}

export interface WebhookDelivery {
  /** `event.id`: the journal entry's id, the same for every retry of one delivery. */
  eventId: number;
  configId: number;
  trigger: FileTrigger;
  attempt: number;
  body: string;
  signature: string;
  /** HTTP status, or 0 for a network failure. */
  status: number;
}

export class WebhookInputError extends Error {}

function ipv4ToInt(ip: string): number {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function expandIpv6(ip: string): bigint {
  const [head = "", tail = ""] = ip.split("::");
  const parts = (s: string): string[] => (s === "" ? [] : s.split(":"));
  const h = parts(head);
  const t = parts(tail);
  const groups = ip.includes("::") ? [...h, ...Array<string>(8 - h.length - t.length).fill("0"), ...t] : h;
  return groups.reduce((n, g) => (n << 16n) + BigInt(parseInt(g || "0", 16)), 0n);
}

/** `IPAddressRange.MatchIPs` for the CIDR forms the blacklist uses. */
export function inRange(ip: string, cidr: string): boolean {
  const [base = "", bitsText = ""] = cidr.split("/");
  const bits = Number(bitsText);
  if (isIP(ip) === 4 && isIP(base) === 4) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return (ipv4ToInt(ip) & mask) >>> 0 === (ipv4ToInt(base) & mask) >>> 0;
  }
  if (isIP(ip) === 6 && isIP(base) === 6) {
    const shift = BigInt(128 - bits);
    return expandIpv6(ip) >> shift === expandIpv6(base) >> shift;
  }
  return false;
}

/** `sha256=` + upper-case hex HMAC of the UTF-8 body (WebhookSender.cs `GetSecretHash`, `Convert.ToHexString`). */
export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", Buffer.from(secret, "utf8")).update(Buffer.from(body, "utf8")).digest("hex").toUpperCase()}`;
}

/** .NET DateTime as System.Text.Json writes a UTC value. */
function utc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/u, ".$10000Z");
}

/** `WebhookPayload.GetShortUtcNow`: whole seconds. */
function shortUtc(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/u, "Z");
}

/** Drops the values `JsonIgnoreCondition.WhenWritingDefault` omits: null, undefined, 0, false. */
function withoutDefaults(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== 0 && v !== false),
  );
}

export interface WebhookHost {
  store: FileStore;
  clock: Clock;
  userById(id: string): User | undefined;
}

export class Webhooks {
  private readonly configs = new Map<number, WebhookConfig>();
  private nextConfigId = 1;
  private nextEventId = 1;
  private readonly pending = new Set<Promise<void>>();
  readonly deliveries: WebhookDelivery[] = [];

  constructor(
    private readonly host: WebhookHost,
    readonly settings: WebhookSettings,
  ) {}

  list(userId: string | undefined): WebhookConfig[] {
    return [...this.configs.values()].filter((c) => userId === undefined || c.createdBy === userId);
  }

  get(id: number): WebhookConfig | undefined {
    return this.configs.get(id);
  }

  remove(id: number): WebhookConfig | undefined {
    const config = this.configs.get(id);
    this.configs.delete(id);
    return config;
  }

  /**
   * `WebhooksController.CheckWebhook`: name and uri required, secret checked against the default
   * password settings (8 characters, web/ASC.Web.Core/Utility/PasswordSettings.cs `GetDefault`),
   * URL through UrlValidator (http/https, https when SSL is on, not in the blacklist), then a HEAD
   * request that must answer 2xx.
   */
  async create(
    input: {
      name?: unknown;
      uri?: unknown;
      secretKey?: unknown;
      enabled?: unknown;
      ssl?: unknown;
      triggers?: unknown;
      targetId?: unknown;
    },
    creator: User,
  ): Promise<WebhookConfig> {
    const name = typeof input.name === "string" ? input.name : undefined;
    const uri = typeof input.uri === "string" ? input.uri : undefined;
    const secret = typeof input.secretKey === "string" ? input.secretKey : undefined;
    if (!name || name.length > 50) throw new WebhookInputError("Value cannot be null. (Parameter 'name')");
    if (!uri) throw new WebhookInputError("Value cannot be null. (Parameter 'uri')");
    // [StringLength(50)] on SecretKey (WebhooksConfigRequestsDto.cs); CheckPassword min length 8.
    if (!secret || secret.length < 8 || secret.length > 50)
      throw new WebhookInputError("The password is too short or too long");
    const ssl = input.ssl === true;
    await this.validateUrl(uri, ssl);
    const config: WebhookConfig = {
      id: this.nextConfigId++,
      name,
      uri,
      secretKey: secret,
      enabled: input.enabled === true,
      ssl,
      triggers: typeof input.triggers === "number" ? input.triggers : 0,
      targetId: typeof input.targetId === "string" && input.targetId !== "" ? input.targetId : undefined,
      createdBy: creator.id,
      createdOn: this.host.clock.now(),
      lastSuccessOn: undefined,
      lastFailureOn: undefined,
      lastFailureContent: undefined,
    };
    this.configs.set(config.id, config);
    return config;
  }

  private async validateUrl(uri: string, ssl: boolean): Promise<void> {
    let parsed: URL;
    try {
      parsed = new URL(uri);
    } catch {
      throw new WebhookInputError("Invalid URL format");
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
      throw new WebhookInputError(
        `Invalid URL scheme: ${parsed.protocol.slice(0, -1)}. Only http and https are allowed`,
      );
    if (ssl && parsed.protocol !== "https:") throw new WebhookInputError("HTTPS is required");
    const host = parsed.hostname.replace(/^\[|\]$/gu, "");
    // Host names resolve through DNS first; the emulator only accepts literal addresses and localhost.
    const address = isIP(host) ? host : host === "localhost" ? "127.0.0.1" : undefined;
    if (!address) throw new WebhookInputError(`DNS resolution failed for ${host}`);
    if (this.settings.blacklist.some((range) => inRange(address, range)))
      throw new WebhookInputError("URL host is in the blacklist");
    let ok: boolean;
    try {
      const response = await fetch(uri, { method: "HEAD", redirect: "manual" });
      ok = response.status >= 200 && response.status < 300;
    } catch {
      ok = false;
    }
    // Resource.ErrorWebhookUrlNotAvaliable
    if (!ok) throw new WebhookInputError("Webhook URL is not available");
  }

  /** `File<T>` serialised with camelCase and WhenWritingDefault (products/ASC.Files/Core/Core/Entries/File.cs, FileEntry.cs). */
  private filePayload(file: FileNode, actor: User): Record<string, unknown> {
    const { store } = this.host;
    const root = store.rootOf(file);
    const room = store.roomOf(file);
    return withoutDefaults({
      fileStatus: 0,
      version: file.version,
      versionGroup: file.version,
      pureTitle: file.title,
      contentLength: file.size,
      locked: false,
      category: 0,
      encrypted: false,
      thumbnailStatus: 0,
      forcesave: 0,
      createBy: file.createdBy,
      modifiedBy: actor.id,
      access: 0,
      shared: false,
      providerId: 0,
      createOn: utc(file.created),
      modifiedOn: utc(file.updated),
      rootFolderType: root.folderType,
      parentRoomType: room?.folderType,
      rootCreateBy: root.createdBy,
      fileEntryType: 2,
      order: 0,
      id: file.id,
      parentId: file.folderId,
      folderIdDisplay: file.folderId,
      rootId: root.id,
      securityByUsers: {},
    });
  }

  /**
   * WebhookPublisher.GetWebhookConfigsAsync + PublishAsync: every enabled config whose triggers
   * include this one (or All), whose target (if any) is this entry, and whose creator may read it
   * (WebhookFileEntryAccessChecker.CheckAccessAsync) gets one journaled delivery.
   */
  publish(trigger: FileTrigger, file: FileNode, actor: User): void {
    const flag = WEBHOOK_TRIGGERS[trigger];
    for (const config of this.configs.values()) {
      if (!config.enabled) continue;
      if (config.triggers !== 0 && (config.triggers & flag) === 0) continue;
      if (config.targetId !== undefined && config.targetId !== String(file.id)) continue;
      const creator = this.host.userById(config.createdBy);
      if (config.createdBy !== actor.id && !this.host.store.canRead(creator, file)) continue;
      const eventId = this.nextEventId++;
      const triggers =
        config.triggers === 0
          ? ["*"]
          : Object.entries(WEBHOOK_TRIGGERS)
              .filter(([, bit]) => (config.triggers & bit) !== 0)
              .map(([name]) => name);
      const payload = {
        event: {
          id: eventId,
          createOn: shortUtc(this.host.clock.now()),
          createBy: actor.id,
          trigger,
          triggerId: flag,
        },
        payload: this.filePayload(file, actor),
        webhook: withoutDefaults({
          id: config.id,
          name: config.name,
          url: config.uri,
          triggers,
          target: config.targetId !== undefined ? { id: file.id, type: "file" } : undefined,
        }),
      };
      const job = this.send(config, trigger, eventId, payload).finally(() => this.pending.delete(job));
      this.pending.add(job);
    }
  }

  /**
   * WebhookSender.Send: POST with an any-type Accept header, the signature header and a UTF-8 JSON body, no
   * redirects; any non-2xx or network error is retried `repeatCount` times after 1, 2, 4, 8, 16 s,
   * each retry re-serialised with retryCount/retryOn/lastFailure* and signed again; 410 Gone deletes
   * the webhook.
   */
  private async send(
    config: WebhookConfig,
    trigger: FileTrigger,
    eventId: number,
    payload: { webhook: Record<string, unknown> },
  ): Promise<void> {
    const requestDate = shortUtc(this.host.clock.now());
    let lastError = "";
    for (let attempt = 0; attempt <= this.settings.repeatCount; attempt++) {
      if (attempt > 0) {
        await new Promise((resolve) => setTimeout(resolve, this.settings.retryBaseMs * 2 ** (attempt - 1)));
        payload.webhook = withoutDefaults({
          ...payload.webhook,
          lastFailureOn: payload.webhook.retryOn ?? requestDate,
          lastFailureContent: lastError,
          lastSuccessOn: config.lastSuccessOn !== undefined ? shortUtc(config.lastSuccessOn) : undefined,
          retryCount: attempt,
          retryOn: shortUtc(this.host.clock.now()),
        });
      }
      if (!this.configs.has(config.id)) return;
      const body = JSON.stringify(payload);
      const signature = signWebhookBody(config.secretKey, body);
      let status = 0;
      try {
        const response = await fetch(config.uri, {
          method: "POST",
          redirect: "manual",
          headers: {
            Accept: "*/*",
            "x-docspace-signature-256": signature,
            "Content-Type": "application/json; charset=utf-8",
          },
          body,
          signal: AbortSignal.timeout(100_000),
        });
        status = response.status;
        await response.arrayBuffer().catch(() => undefined);
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
      }
      this.deliveries.push({ eventId, configId: config.id, trigger, attempt, body, signature, status });
      if (status >= 200 && status < 300) {
        config.lastSuccessOn = this.host.clock.now();
        return;
      }
      if (status !== 0) lastError = `Response status code does not indicate success: ${status}.`;
      if (status === 410) {
        this.configs.delete(config.id);
        return;
      }
    }
    config.lastFailureOn = this.host.clock.now();
    config.lastFailureContent = lastError;
  }

  /** Resolves when every delivery started so far has succeeded or used up its retries. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

/**
 * Changes to files that publish webhooks, as the portal's own code paths do. The emulator never
 * stores bytes (content.ts): a file's content is generated from its id and version.
 */
export class FileChanges {
  constructor(
    private readonly host: WebhookHost,
    private readonly webhooks: Webhooks,
    private readonly allocateId: () => number,
  ) {}

  /**
   * An upload (FileUploader.ExecAsync + FilesHelperBase.InsertFileAsync): a file with the same
   * title in the folder gets a new version, otherwise a new file is created; then file.created and
   * file.uploaded are published, in that order.
   */
  upload(folderId: FileNode["folderId"], title: string, size: number, actor: User): FileNode {
    const { store, clock } = this.host;
    const now = clock.now();
    const existing = store
      .childrenOf(folderId)
      .find((n): n is FileNode => n.kind === "file" && n.title.toLowerCase() === title.toLowerCase());
    let file: FileNode;
    if (existing) {
      existing.version += 1;
      existing.size = size;
      existing.updated = now;
      existing.contentKey = `${String(existing.id)}:${existing.version}`;
      file = existing;
    } else {
      const id = this.allocateId();
      file = {
        kind: "file",
        id,
        title,
        folderId,
        size,
        version: 1,
        created: now,
        updated: now,
        createdBy: actor.id,
        contentKey: `${String(id)}:1`,
      };
      store.add(file);
    }
    this.webhooks.publish("file.created", file, actor);
    this.webhooks.publish("file.uploaded", file, actor);
    return file;
  }

  /** A new version saved from the editor (DocumentServiceTracker publishes file.updated). */
  saveVersion(fileId: FileNode["id"], size: number, actor: User): FileNode {
    const file = this.host.store.file(fileId);
    if (!file) throw new Error(`no file ${String(fileId)}`);
    file.version += 1;
    file.size = size;
    file.updated = this.host.clock.now();
    file.contentKey = `${String(file.id)}:${file.version}`;
    this.webhooks.publish("file.updated", file, actor);
    return file;
  }

  /** A rename (FileStorageService.FileRenameAsync publishes file.updated). */
  rename(fileId: FileNode["id"], title: string, actor: User): FileNode {
    const file = this.host.store.file(fileId);
    if (!file) throw new Error(`no file ${String(fileId)}`);
    file.title = title;
    file.updated = this.host.clock.now();
    this.webhooks.publish("file.updated", file, actor);
    return file;
  }

  /** A move (FileMoveCopyOperation publishes file.moved for the file at its new place). */
  move(fileId: FileNode["id"], folderId: FileNode["folderId"], actor: User): FileNode {
    const file = this.host.store.file(fileId);
    if (!file) throw new Error(`no file ${String(fileId)}`);
    this.host.store.reparent(file, folderId);
    this.webhooks.publish("file.moved", file, actor);
    return file;
  }
}
