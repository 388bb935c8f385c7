// The plugin's only door to the transfer core. The UI depends on the `PluginServices` interface
// below, never on the core's modules, so the core can change shape without touching the UI, and
// unit tests drive the UI with fakes.
import {
  completeDropboxAuthorization,
  createDocSpaceClient,
  createTransferEngine,
  disconnectDropbox,
  getDropboxAccount,
  isTransferError,
  memoryCredentialStore,
  startDropboxAuthorization,
  TransferError,
  TRANSFER_ERROR_KINDS,
  type CredentialStore,
  type DocSpaceClient,
  type DropboxCredentials,
  type ExportItem,
  type ExportResult,
  blobBody,
  redactText,
  type ProgressEvent,
  type TransferErrorKind,
} from "../core";
import type { ConflictPolicy, SharedCredential } from "./settings/codec";

export { isTransferError, redactText, TRANSFER_ERROR_KINDS, type TransferErrorKind };

export type ItemKind = "file" | "folder" | "room";

/** Failures that mean the Dropbox connection itself is unusable, not the file. */
const CONNECTION_FAILURES: ReadonlySet<TransferErrorKind> = new Set(["dropbox-auth", "not-connected"]);
export type ItemId = number | string;

/** What the user selected. The H36 menu callback gives only the id, so `kind` may be unknown. */
export interface SendTarget {
  id: ItemId;
  kind?: ItemKind;
}

/** The Dropbox credential a job uses: a user's or the portal's refresh token, or a pasted access token. */
export type DropboxCredential = SharedCredential;

export interface SendOptions {
  appKey: string;
  credential: DropboxCredential;
  /** "" or "/a/b", already validated. */
  folder: string;
  conflict: ConflictPolicy;
  shareLink: boolean;
}

/** Plain numbers from the core; wording and units are the UI's business. */
export interface JobProgress {
  transferredBytes: number;
  totalBytes: number;
  finishedFiles: number;
  totalFiles: number;
}

export interface FileOutcome {
  /** The file relative to the destination folder ("Reports/Q1.docx"); "" when unknown. */
  source: string;
  /** Set for a selected item that could not be read at all (its name is unknown). */
  itemId?: ItemId;
  /** Set when the file arrived: its Dropbox path. */
  path?: string;
  /** Set when a name had to change for Dropbox: the original relative path. */
  renamedFrom?: string;
  /** Set when the file failed. */
  error?: TransferErrorKind;
  shareLink?: string;
}

export interface JobResult {
  /** The Dropbox path of the selected item (the file, or the folder it became). */
  destination: string;
  files: FileOutcome[];
  /** A link to the selected item itself, when links are on and one was made. */
  shareLink?: string;
}

export interface SendRequest {
  targets: SendTarget[];
  options: SendOptions;
  onProgress: (progress: JobProgress) => void;
  signal?: AbortSignal;
}

export interface DropboxAccount {
  name: string;
  email: string;
}

export interface AuthorizeStart {
  /** Dropbox's authorize page (code flow, PKCE S256, offline access, no redirect_uri). */
  url: string;
  /** Kept in memory only, until the code is exchanged. */
  verifier: string;
}

export interface PortalUser {
  id: string;
  isAdmin: boolean;
}

export interface PluginServices {
  /** Resolves with per-file outcomes; rejects (with a classifiable error) only when the job as a whole fails. */
  send(request: SendRequest): Promise<JobResult>;
  startAuthorization(appKey: string): Promise<AuthorizeStart>;
  /** Exchanges the pasted code; resolves with the refresh token. */
  exchangeCode(appKey: string, code: string, verifier: string): Promise<string>;
  account(appKey: string, credential: DropboxCredential): Promise<DropboxAccount>;
  /** Best effort: the token is forgotten locally whatever Dropbox answers. */
  revoke(appKey: string, credential: DropboxCredential): Promise<void>;
  currentUser(): Promise<PortalUser>;
}

export interface PortalApi {
  origin: string;
  proxy: string;
  prefix: string;
}

/* ------------------------------------------------------------------ the real engine */

/** Joins setAPI's parts like the portal does ("https://p.example" + "" + "api/2.0"). */
export function apiBase(api: PortalApi): string {
  const parts = [api.origin, api.proxy, api.prefix].map((part) => part.trim().replace(/^\/+|\/+$/gu, ""));
  const [origin = "", ...rest] = parts;
  const path = rest.filter((part) => part !== "").join("/");
  return origin === "" ? `/${path}` : `${origin}/${path}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

const STATUS_KINDS: Record<number, TransferErrorKind> = {
  401: "docspace-signed-out",
  402: "server",
  403: "no-download-permission",
  404: "not-found",
  429: "rate-limited",
};

/**
 * One GET the core's client does not offer (a folder's own record, the user's role). Failures are
 * classified like the core's, from the status alone; the URL carries no secret.
 */
async function portalGet(api: PortalApi, path: string, fetchImpl: typeof fetch): Promise<unknown> {
  const url = `${apiBase(api)}/${path}`;
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: "include", headers: { Accept: "application/json" } });
  } catch (error) {
    throw new TransferError(
      "network",
      "DocSpace could not be reached.",
      { method: "GET", url },
      { cause: error },
    );
  }
  if (!response.ok) {
    const kind = STATUS_KINDS[response.status] ?? (response.status >= 500 ? "server" : "unknown");
    throw new TransferError(kind, `DocSpace answered ${response.status}.`, {
      method: "GET",
      url,
      status: response.status,
    });
  }
  const body: unknown = await response.json().catch(() => undefined);
  return isRecord(body) ? body.response : undefined;
}

/** The portal page's current folder (`?folder=` in its URL), to tell a file id from a folder id. */
export type LocationHint = () => { folderId: string | null; mediaViewer: boolean };

export function locationHintFrom(href: string | null): { folderId: string | null; mediaViewer: boolean } {
  if (!href) return { folderId: null, mediaViewer: false };
  try {
    const url = new URL(href);
    // "/rooms/shared/5/filter?folder=17": the query names the folder; without it the path's
    // last id before "filter" names the room being browsed. "/rooms/shared/filter" is the room list.
    const fromPath = /\/(\d+|[\w-]+-[\w-]+)\/filter\/?$/u.exec(url.pathname)?.[1] ?? null;
    return {
      folderId: url.searchParams.get("folder") ?? fromPath,
      mediaViewer: url.pathname.includes("/media/view/"),
    };
  } catch {
    return { folderId: null, mediaViewer: false };
  }
}

/**
 * H36 gives the menu callback only an id, and DocSpace numbers files and folders separately, so
 * 42 can be both a file and a folder the user may read. Ask for both; when both exist, the item
 * shown in the current folder wins (a file's `folderId`, a folder's `parentId`); if that cannot
 * decide, the file wins, being the common case.
 */
export async function resolveKind(
  target: SendTarget,
  docspace: Pick<DocSpaceClient, "getFile">,
  getFolder: (id: ItemId) => Promise<unknown>,
  hint: ReturnType<LocationHint>,
): Promise<ExportItem> {
  if (target.kind) return { type: target.kind, id: target.id };
  const [file, folder] = await Promise.allSettled([docspace.getFile(target.id), getFolder(target.id)]);
  const fileFound = file.status === "fulfilled";
  const folderRecord = folder.status === "fulfilled" && isRecord(folder.value) ? folder.value : null;
  const folderType = (): ExportItem["type"] =>
    folderRecord && typeof folderRecord.roomType === "number" ? "room" : "folder";
  if (fileFound && !folderRecord) return { type: "file", id: target.id };
  if (!fileFound && folderRecord) return { type: folderType(), id: target.id };
  if (fileFound && folderRecord) {
    if (hint.mediaViewer) return { type: "file", id: target.id };
    const here = hint.folderId;
    const fileHere = here !== null && String(file.value.folderId) === here;
    const folderHere = here !== null && String(folderRecord.parentId) === here;
    if (folderHere && !fileHere) return { type: folderType(), id: target.id };
    if (here === null && folderType() === "room") return { type: "room", id: target.id };
    return { type: "file", id: target.id };
  }
  // Neither: report the file lookup's reason (404, 403, signed out), which the user can act on.
  throw file.status === "rejected" ? file.reason : new TransferError("not-found", "The item was not found.");
}

/**
 * The one reason a whole job failed, when it has one: nothing could be read at all, or Dropbox
 * refused the connection and nothing arrived (the user's next step is to reconnect, not to read a
 * list of identical failures). Otherwise null, and the UI reports file by file.
 */
export function jobFailure(result: ExportResult, itemCount: number): TransferError | null {
  const [firstFailure] = result.itemFailures;
  if (result.files.length === 0 && firstFailure && result.itemFailures.length === itemCount) {
    return firstFailure.error;
  }
  const refused = result.files.find((file) => file.error && CONNECTION_FAILURES.has(file.error.kind));
  if (refused?.error && !result.files.some((file) => file.status === "done")) return refused.error;
  return null;
}

function toCoreCredentials(appKey: string, credential: DropboxCredential): DropboxCredentials {
  return credential.type === "refresh"
    ? { kind: "refresh-token", appKey, refreshToken: credential.token }
    : { kind: "access-token", accessToken: credential.token };
}

/** The relative part of a Dropbox path under the destination folder. */
function relativeTo(folder: string, path: string): string {
  const prefix = folder === "" ? "/" : `${folder}/`;
  return path.toLowerCase().startsWith(prefix.toLowerCase()) ? path.slice(prefix.length) : path;
}

/** Turns the core's result into the UI's: per-file outcomes, item failures, the destination. */
export function toJobResult(targets: readonly ExportItem[], folder: string, result: ExportResult): JobResult {
  const files: FileOutcome[] = result.files.map((file) => {
    const outcome: FileOutcome = { source: relativeTo(folder, file.dropboxPath) };
    if (file.status === "done") outcome.path = file.dropboxPath;
    else outcome.error = file.error?.kind ?? (file.status === "cancelled" ? "cancelled" : "unknown");
    if (file.renamedFrom !== undefined) outcome.renamedFrom = file.renamedFrom;
    if (file.link !== undefined) outcome.shareLink = file.link;
    return outcome;
  });
  for (const failure of result.itemFailures)
    files.push({ source: "", itemId: failure.item.id, error: failure.error.kind });
  const [target] = targets;
  const [first] = result.files;
  let destination = folder;
  if (targets.length === 1 && target && first) {
    destination =
      target.type === "file"
        ? first.dropboxPath
        : `${folder}/${relativeTo(folder, first.dropboxPath).split("/")[0] ?? ""}`;
  }
  return { destination, files };
}

export interface ServiceEnvironment {
  fetch?: typeof fetch;
  location?: LocationHint;
}

/** The real engine, configured from setAPI's values. */
export function createServices(api: PortalApi, environment: ServiceEnvironment = {}): PluginServices {
  const fetchImpl: typeof fetch = environment.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const location: LocationHint = environment.location ?? (() => ({ folderId: null, mediaViewer: false }));
  const docspace = createDocSpaceClient(
    { kind: "plugin", origin: api.origin, proxy: api.proxy, prefix: api.prefix },
    { fetch: fetchImpl },
  );
  // Access tokens live 4 hours: keep the refreshed one in memory so each job does not refresh again.
  const known = new Map<string, DropboxCredentials>();
  const storeFor = (appKey: string, credential: DropboxCredential): CredentialStore => {
    const key = `${appKey}:${credential.token}`;
    const inner = memoryCredentialStore(known.get(key) ?? toCoreCredentials(appKey, credential));
    return {
      load: () => inner.load(),
      save: async (credentials) => {
        known.set(key, credentials);
        await inner.save(credentials);
      },
      clear: async () => {
        known.delete(key);
        await inner.clear();
      },
    };
  };
  // Blob bodies keep each upload from blocking the portal's main thread (src/core/body.ts).
  const environmentFor = { fetch: fetchImpl, uploadBody: blobBody };

  return {
    async send(request) {
      const { options } = request;
      const items = await Promise.all(
        request.targets.map((target) =>
          resolveKind(
            target,
            docspace,
            (id) => portalGet(api, `files/folder/${encodeURIComponent(String(id))}`, fetchImpl),
            location(),
          ),
        ),
      );
      const engine = createTransferEngine({
        docspace,
        dropbox: { store: storeFor(options.appKey, options.credential), ...environmentFor },
        options: {
          destinationFolder: options.folder,
          conflict: options.conflict,
          createSharedLinks: options.shareLink,
        },
      });
      const result = await engine.exportItems({
        items,
        ...(request.signal ? { signal: request.signal } : {}),
        onProgress: (event: ProgressEvent) =>
          request.onProgress({
            transferredBytes: event.overall.transferredBytes,
            totalBytes: event.overall.totalBytes,
            finishedFiles: event.overall.completedFiles + event.overall.failedFiles,
            totalFiles: event.overall.totalFiles,
          }),
      });
      const failure = jobFailure(result, items.length);
      if (failure) throw failure;
      return toJobResult(items, options.folder, result);
    },

    async startAuthorization(appKey) {
      const start = await startDropboxAuthorization({ appKey }, environmentFor);
      return { url: start.url, verifier: start.codeVerifier };
    },

    async exchangeCode(appKey, code, verifier) {
      const { credentials } = await completeDropboxAuthorization(
        { appKey, code, codeVerifier: verifier },
        memoryCredentialStore(),
        environmentFor,
      );
      if (credentials.kind !== "refresh-token") {
        throw new TransferError("dropbox-auth", "Dropbox returned no refresh token (offline access).");
      }
      known.set(`${appKey}:${credentials.refreshToken}`, credentials);
      return credentials.refreshToken;
    },

    async account(appKey, credential) {
      const account = await getDropboxAccount({ store: storeFor(appKey, credential), ...environmentFor });
      return { name: account.displayName, email: account.email };
    },

    async revoke(appKey, credential) {
      await disconnectDropbox({ store: storeFor(appKey, credential), ...environmentFor });
    },

    async currentUser() {
      const user = await portalGet(api, "people/@self", fetchImpl);
      if (!isRecord(user) || typeof user.id !== "string") {
        throw new TransferError("unknown", "DocSpace sent an unexpected user record.");
      }
      return { id: user.id, isAdmin: user.isAdmin === true || user.isOwner === true };
    },
  };
}
