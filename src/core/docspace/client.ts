// Typed DocSpace REST client for the two ways the core is run: inside the portal (plugin: same
// origin, session cookie, base from `setAPI(origin, proxy, prefix)`) and outside it (CLI, bench:
// portal URL + `Authorization: Bearer sk-…`, https://api.onlyoffice.com/docspace/api-backend/get-started/authentication/api-keys/).
// Every DocSpace call of the plugin and the CLI goes through here. Every failure is a classified
// `TransferError`; JSON calls are retried per `retry.ts`, with the caller's options.

import { classifyDocSpaceResponse, classifyFailure, isAbortError, isNetworkError } from "../classify";
import { TransferError } from "../errors";
import { resolveOptions, type CoreOptions } from "../options";
import { redactUrl } from "../redact";
import { withRetry } from "../retry";
import type { DocSpaceFile, DocSpaceFolder, DocSpaceId, DocSpaceUser, FolderListing } from "./types";

export type DocSpaceConnection =
  /**
   * Inside the portal: the values the host passes to `setAPI`; the cookie authenticates.
   * `pageOrigin` is the origin the plugin's page runs on, when known.
   */
  | { kind: "plugin"; origin: string; proxy: string; prefix: string; pageOrigin?: string }
  /** Outside the portal: portal URL and a personal API key (`sk-…`). */
  | { kind: "api-key"; portalUrl: string; apiKey: string };

/** Ports and retry knobs; the transfer options' other fields are ignored here. */
export type DocSpaceClientOptions = CoreOptions;

export interface ContentRequest {
  /** First byte, inclusive. */
  start?: number;
  /** Last byte, inclusive; open-ended when omitted. */
  end?: number;
  signal?: AbortSignal;
}

export interface DocSpaceClient {
  getFile(id: DocSpaceId, signal?: AbortSignal): Promise<DocSpaceFile>;
  /** Direct children of a folder or room, across all pages. */
  listFolder(id: DocSpaceId, signal?: AbortSignal): Promise<FolderListing>;
  /** A folder's or room's own record (`files/folder/{id}`). */
  getFolder(id: DocSpaceId, signal?: AbortSignal): Promise<DocSpaceFolder>;
  /**
   * The folders from the top down to `id`, itself included (`files/folder/{id}/path`,
   * ONLYOFFICE/DocSpace-server products/ASC.Files/Server/Api/FoldersController.cs GetFolderPathAsync).
   */
  getFolderPath(id: DocSpaceId, signal?: AbortSignal): Promise<DocSpaceFolder[]>;
  /** Active rooms, across all pages. */
  listRooms(signal?: AbortSignal): Promise<DocSpaceFolder[]>;
  getCurrentUser(signal?: AbortSignal): Promise<DocSpaceUser>;
  /** A plugin's stored admin settings (`settings/webplugins/{name}`), or null when none are stored. */
  getPluginSettings(name: string, signal?: AbortSignal): Promise<string | null>;
  /** The presigned stream URL, or `viewUrl` when the portal has no `presigneduri` (pre-3.x). */
  getDownloadUrl(file: DocSpaceFile, signal?: AbortSignal): Promise<string>;
  /** GETs file bytes, authenticated and redirect-safe; throws a classified error unless 200/206. */
  fetchContent(url: string, request?: ContentRequest): Promise<Response>;
}

/** Page size: the server refuses `count` over 100 (ONLYOFFICE/DocSpace-server common/ASC.Api.Core/Core/ApiContext.cs `MaxCount`). */
const PAGE_SIZE = 100;
/** Reads of one listing at most, while its pages overlap and fall short (see `listPages`). */
const LISTING_READS = 3;

function joinUrl(...parts: string[]): string {
  const kept = parts.map((part) => part.trim()).filter((part) => part !== "");
  return kept
    .map((part, index) => {
      let value = index === 0 ? part.replace(/\/+$/u, "") : part.replace(/^\/+|\/+$/gu, "");
      if (index === 0 && kept.length > 1 && value === "") value = "";
      return value;
    })
    .join("/");
}

export function apiBaseUrl(connection: DocSpaceConnection): string {
  if (connection.kind === "plugin") {
    const base = joinUrl(connection.origin, connection.proxy, connection.prefix);
    // An empty origin means "this origin": keep the path absolute.
    return connection.origin.trim() === "" && !base.startsWith("/") ? `/${base}` : base;
  }
  return joinUrl(connection.portalUrl, "api/2.0");
}

function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function malformed(what: string, url: string): TransferError {
  return new TransferError("unknown", `DocSpace sent an unexpected ${what}.`, { method: "GET", url });
}

export function createDocSpaceClient(
  connection: DocSpaceConnection,
  options: DocSpaceClientOptions = {},
): DocSpaceClient {
  const { ports, backoff, requestTimeoutMs } = resolveOptions(options);
  const { fetch: fetchImpl, clock, random } = ports;
  const base = apiBaseUrl(connection);
  const origin = (() => {
    try {
      return new URL(base).origin;
    } catch {
      return undefined;
    }
  })();

  // The portal's cookie goes with every request to the portal, and never to the cloud storage a
  // download is redirected to: a redirect keeps the credentials mode, and a bucket whose CORS
  // allows any origin answers `*`, which a credentialed request may not use
  // (https://docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonResponseHeaders.html). The client's
  // own fetches of file-handler URLs also use the default mode
  // (ONLYOFFICE/DocSpace-client packages/shared/components/media-viewer/MediaViewer.tsx). Only an
  // API the portal serves from another origin (config.json `api.origin`, which
  // packages/client/src/store/PluginStore.ts hands to setAPI) needs cookies sent cross-origin.
  // A page whose origin is unknown keeps sending the cookie to an absolute API origin.
  const pluginCredentials: RequestCredentials =
    connection.kind === "plugin" && origin !== undefined && origin !== connection.pageOrigin
      ? "include"
      : "same-origin";

  function authInit(init: RequestInit, url: string): RequestInit {
    if (connection.kind === "plugin") return { ...init, credentials: pluginCredentials };
    let sameOrigin: boolean;
    try {
      sameOrigin = new URL(url).origin === origin;
    } catch {
      sameOrigin = false;
    }
    // The key goes only to the portal, never to a storage host we were redirected to (the handler
    // answers 302 to a presigned storage URL: DocSpace-server products/ASC.Files/Core/HttpHandlers/FileHandler.ashx.cs).
    const headers = new Headers(init.headers);
    if (sameOrigin) headers.set("Authorization", `Bearer ${connection.apiKey}`);
    return { ...init, headers, credentials: "omit" };
  }

  /** The origin of `url` when it is one the API key is not sent to; undefined otherwise. */
  function keyWithheld(url: string): string | undefined {
    if (connection.kind !== "api-key") return undefined;
    try {
      const target = new URL(url).origin;
      return target === origin ? undefined : target;
    } catch {
      return undefined;
    }
  }

  /**
   * File info, listings and the file handler allow anonymous access (for public links), so a
   * signed-out session or a dead API key gets 403 there, not 401 (`[AllowAnonymous]` on
   * DocSpace-server products/ASC.Files/Server/Api/FoldersController.cs and FilesController.cs). Before telling the user they may not download, ask `people/@self`, which does
   * answer 401 when nobody is signed in.
   */
  async function confirmDenial(error: TransferError, signal?: AbortSignal): Promise<TransferError> {
    if (error.kind !== "no-download-permission") return error;
    const url = `${base}/people/@self`;
    try {
      const probe = await fetchJson(url, signal);
      await probe.body?.cancel().catch(() => undefined);
      if (probe.status === 401) {
        return new TransferError(
          "docspace-signed-out",
          "The DocSpace session or API key is no longer valid.",
          { ...error.context, status: 401 },
          { cause: error },
        );
      }
    } catch {
      // The probe is advice only; the original classification stands.
    }
    return error;
  }

  /**
   * The caller's signal, plus a deadline for one request: a browser's fetch has none of its own,
   * and a connection that stalls would hold the export until the user cancels. A request that
   * runs out of time is retried like a dropped connection.
   */
  function requestSignal(signal: AbortSignal | undefined): AbortSignal {
    const deadline = AbortSignal.timeout(requestTimeoutMs);
    return signal ? AbortSignal.any([signal, deadline]) : deadline;
  }

  /** One GET of the API's JSON: authenticated, with the per-request deadline. */
  function fetchJson(url: string, signal: AbortSignal | undefined): Promise<Response> {
    return fetchImpl(
      url,
      authInit(
        { method: "GET", headers: { Accept: "application/json" }, signal: requestSignal(signal) },
        url,
      ),
    );
  }

  async function getJson(path: string, signal: AbortSignal | undefined): Promise<unknown> {
    const url = `${base}/${path}`;
    return withRetry(
      async () => {
        const response = await fetchJson(url, signal);
        if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          throw await confirmDenial(
            classifyDocSpaceResponse(response, { method: "GET", url }, clock.now()).error,
            signal,
          );
        }
        let body: unknown;
        try {
          body = await response.json();
        } catch (failure) {
          // A body that broke off or ran out of time is retried; one that is not JSON is malformed.
          if (isNetworkError(failure) || isAbortError(failure)) throw failure;
        }
        if (!isRecord(body) || !("response" in body)) throw malformed("response envelope", url);
        return body.response;
      },
      {
        clock,
        policy: backoff,
        random,
        signal,
        classify: (failure) =>
          classifyFailure(
            failure,
            { method: "GET", url },
            { signal, nowMs: clock.now(), service: "docspace" },
          ),
      },
    );
  }

  async function getFile(id: DocSpaceId, signal?: AbortSignal): Promise<DocSpaceFile> {
    const path = `files/file/${encodeURIComponent(String(id))}`;
    const file = await getJson(path, signal);
    if (!isRecord(file) || typeof file.title !== "string" || typeof file.viewUrl !== "string") {
      throw malformed("file record", `${base}/${path}`);
    }
    return file as unknown as DocSpaceFile;
  }

  /** One read of a listing, page by page, as the portal answers it. */
  async function readPages(
    path: string,
    pageSize: number,
    signal: AbortSignal | undefined,
  ): Promise<FolderListing & { total: number; repeated: boolean }> {
    const files: DocSpaceFile[] = [];
    const folders: DocSpaceFolder[] = [];
    const seen = new Set<string>();
    let repeated = false;
    let current: DocSpaceFolder | undefined;
    let startIndex = 0;
    let total: number;
    for (;;) {
      // No filter and an explicit withSubFolders=false: the controller treats a missing value as
      // true and would return the whole subtree whenever a filter applies
      // (DocSpace-server products/ASC.Files/Server/ApiModels/RequestDto/GetFolderRequestDto.cs).
      const query = `startIndex=${startIndex}&count=${pageSize}&withSubFolders=false`;
      const page = await getJson(`${path}?${query}`, signal);
      if (!isRecord(page)) throw malformed("folder listing", `${base}/${path}`);
      const pageFiles = Array.isArray(page.files) ? (page.files as DocSpaceFile[]) : [];
      const pageFolders = Array.isArray(page.folders) ? (page.folders as DocSpaceFolder[]) : [];
      for (const [kind, entries] of [
        ["file", pageFiles],
        ["folder", pageFolders],
      ] as const) {
        for (const entry of entries) {
          const key = `${kind} ${String(entry.id)}`;
          if (seen.has(key)) repeated = true;
          seen.add(key);
        }
      }
      files.push(...pageFiles);
      folders.push(...pageFolders);
      if (isRecord(page.current)) current ??= page.current as unknown as DocSpaceFolder;
      // `count` is this page's entries, `total` all of them; the envelope count is just 1.
      const count = typeof page.count === "number" ? page.count : pageFiles.length + pageFolders.length;
      total = typeof page.total === "number" ? page.total : startIndex + count;
      startIndex += count;
      if (count === 0 || startIndex >= total) break;
    }
    if (!current) throw malformed("folder listing without `current`", `${base}/${path}`);
    return { current, files, folders, total, repeated };
  }

  /**
   * Every entry of a listing, once. Pages are read by offset, and the portal sorts them by the
   * member's saved order, modification time by default, with nothing to break ties
   * (DocSpace-server products/ASC.Files/Core/Core/FileStorageService.cs `GetFolderItemsAsync`
   * falls back to the user's default order; products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs
   * and FolderDao.cs order by it alone). Entries that tie can change places between two page
   * requests: one shows on both pages and another on neither. A listing that showed an entry twice
   * and fewer entries than its total is read again, and the reads are joined by id; pages that
   * still overlap on the last read leave `unlisted` set, for the caller to report. Passing an order
   * of our own would not do: the portal saves it as the member's default (FileStorageService.cs
   * `SetDefaultOrder`).
   */
  async function listPages(path: string, signal: AbortSignal | undefined): Promise<FolderListing> {
    const files = new Map<string, DocSpaceFile>();
    const folders = new Map<string, DocSpaceFolder>();
    let current: DocSpaceFolder | undefined;
    let unlisted = 0;
    for (let pass = 0; pass < LISTING_READS; pass += 1) {
      // Each read ends its pages elsewhere: a database may order tied rows differently under
      // another LIMIT (https://dev.mysql.com/doc/refman/8.0/en/limit-optimization.html), so a read
      // whose pages end elsewhere can show the entries an earlier one skipped.
      const read = await readPages(path, PAGE_SIZE - 2 * pass, signal);
      current ??= read.current;
      for (const file of read.files) if (!files.has(String(file.id))) files.set(String(file.id), file);
      for (const folder of read.folders)
        if (!folders.has(String(folder.id))) folders.set(String(folder.id), folder);
      // Pages hold as many entries as they count, so an entry skipped by shifting ties shows another
      // one twice. Fewer than the total with nothing twice is the portal's own filtering after
      // paging (entries the member may not see), which no re-read changes. Still overlapping after
      // the last read: entries that traded places may never have shown.
      const short = read.total - (files.size + folders.size);
      unlisted = read.repeated ? Math.max(0, short) : 0;
      if (unlisted === 0) break;
    }
    if (!current) throw malformed("folder listing without `current`", `${base}/${path}`);
    return {
      current,
      files: [...files.values()],
      folders: [...folders.values()],
      ...(unlisted > 0 ? { unlisted } : {}),
    };
  }

  return {
    getFile,
    listFolder: (id, signal) => listPages(`files/${encodeURIComponent(String(id))}`, signal),
    async getFolder(id, signal) {
      const path = `files/folder/${encodeURIComponent(String(id))}`;
      const folder = await getJson(path, signal);
      if (!isRecord(folder) || typeof folder.title !== "string" || folder.id === undefined) {
        throw malformed("folder record", `${base}/${path}`);
      }
      return folder as unknown as DocSpaceFolder;
    },
    async getFolderPath(id, signal) {
      const path = `files/folder/${encodeURIComponent(String(id))}/path`;
      const folders = await getJson(path, signal);
      if (!Array.isArray(folders) || !folders.every((f) => isRecord(f) && f.id !== undefined))
        throw malformed("folder path", `${base}/${path}`);
      return folders as DocSpaceFolder[];
    },
    listRooms: async (signal) => (await listPages("files/rooms", signal)).folders,
    async getPluginSettings(name, signal) {
      // Any signed-in member may read one plugin's record, settings included (DocSpace-server
      // web/ASC.Web.Api/Api/Settings/WebPluginsController.cs, GET webplugins/{name}, through
      // web/ASC.Web.Core/WebPluginManager.cs GetWebPluginByNameAsync).
      const path = `settings/webplugins/${encodeURIComponent(name)}`;
      const plugin = await getJson(path, signal);
      if (!isRecord(plugin) || typeof plugin.name !== "string" || plugin.name.toLowerCase() !== name)
        throw malformed("plugin record", `${base}/${path}`);
      const { settings } = plugin;
      if (settings === undefined || settings === null || settings === "") return null;
      if (typeof settings !== "string") throw malformed("plugin settings", `${base}/${path}`);
      return settings;
    },
    async getCurrentUser(signal) {
      const user = await getJson("people/@self", signal);
      if (!isRecord(user) || typeof user.id !== "string")
        throw malformed("user record", `${base}/people/@self`);
      const displayName = typeof user.displayName === "string" ? decodeHtml(user.displayName) : "";
      return {
        id: user.id,
        displayName,
        ...(typeof user.email === "string" ? { email: user.email } : {}),
        // EmployeeFullDto: `isAdmin` for portal admins, `isOwner` for the owner (who is one too).
        isAdmin: user.isAdmin === true || user.isOwner === true,
      };
    },
    async getDownloadUrl(file, signal) {
      try {
        const url = await getJson(`files/file/${encodeURIComponent(String(file.id))}/presigneduri`, signal);
        if (typeof url === "string" && url !== "") return url;
      } catch (error) {
        if (signal?.aborted) throw error;
        // Older portals lack the endpoint; the download itself reports real permission problems.
      }
      return file.viewUrl;
    },
    async fetchContent(url, request = {}) {
      const headers = new Headers();
      if (request.start !== undefined) {
        headers.set("Range", `bytes=${request.start}-${request.end ?? ""}`);
      }
      let target = url;
      for (let hop = 0; hop < 5; hop += 1) {
        const init = authInit(
          {
            method: "GET",
            headers,
            signal: request.signal,
            redirect: connection.kind === "api-key" ? "manual" : "follow",
          },
          target,
        );
        const response = await fetchImpl(target, init);
        const location = response.headers.get("location");
        if (response.status >= 300 && response.status < 400 && location) {
          // Cloud storage answers 302 to a presigned URL on another origin; follow it ourselves so
          // the API key is not forwarded there (FileHandler.ashx.cs `DownloadFile`).
          await response.body?.cancel().catch(() => undefined);
          target = new URL(location, target).toString();
          continue;
        }
        const final =
          response.type === "opaqueredirect"
            ? // Browsers hide manual redirects; their fetch strips Authorization across origins itself.
              await fetchImpl(target, { ...init, redirect: "follow" })
            : response;
        if (final.status !== 200 && final.status !== 206) {
          await final.body?.cancel().catch(() => undefined);
          const withheld = keyWithheld(target);
          if (withheld && (final.status === 401 || final.status === 403)) {
            // Not a verdict on the user's rights: the portal sent us to another host (its canonical
            // name behind a proxy alias, or a storage host), and the key stays with the portal URL.
            throw new TransferError(
              "no-download-permission",
              `DocSpace's download address is on ${withheld}, not on the portal address given (${origin ?? "?"}); the API key is only sent to the portal address, so ${withheld} refused the download (HTTP ${final.status}). Use the portal's own address (the one in the download links) as the portal URL.`,
              { method: "GET", url: redactUrl(target), status: final.status, keyWithheldFrom: withheld },
            );
          }
          throw await confirmDenial(
            classifyDocSpaceResponse(final, { method: "GET", url: target }, clock.now()).error,
            request.signal,
          );
        }
        return final;
      }
      throw new TransferError("server", "DocSpace redirected too many times.", {
        method: "GET",
        url: redactUrl(target),
      });
    },
  };
}
