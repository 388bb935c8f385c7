// The plugin's only door to the transfer core: wiring, nothing else. Every DocSpace call goes
// through the core's client (same origin, session cookie) and every Dropbox call through the
// core's gateway; the browser's defaults are spread into the core's options once, here.
import {
  blobBody,
  completeDropboxAuthorization,
  createDocSpaceClient,
  createTransferEngine,
  disconnectDropbox,
  getDropboxAccount,
  memoryCredentialStore,
  TransferError,
  type CoreOptions,
  type CredentialStore,
  type DropboxCredentials,
  type ProgressEvent,
  startDropboxAuthorization,
} from "../core";
import { resolveKind, type LocationHint } from "./item-kind";
import { jobFailure, toJobResult } from "./job-result";
import type { DropboxCredential, PluginServices, PortalApi } from "./transfer-types";

export {
  failureKind,
  isTransferError,
  redactText,
  TRANSFER_ERROR_KINDS,
  type TransferErrorKind,
} from "../core";
export { locationHintFrom, resolveKind, type LocationHint } from "./item-kind";
export { jobFailure, toJobResult } from "./job-result";
export type * from "./transfer-types";

export interface ServiceEnvironment {
  fetch?: typeof fetch;
  location?: LocationHint;
}

/**
 * The browser's defaults: Blob upload bodies, so an upload never blocks the portal's main thread
 * (src/core/body.ts).
 */
const BROWSER_DEFAULTS: CoreOptions = { uploadBody: blobBody };

function toCoreCredentials(appKey: string, credential: DropboxCredential): DropboxCredentials {
  return credential.type === "refresh"
    ? { kind: "refresh-token", appKey, refreshToken: credential.token }
    : { kind: "access-token", accessToken: credential.token };
}

/**
 * Access tokens live 4 hours: the refreshed one is kept in memory, per credential, so each job
 * does not refresh again.
 */
function tokenCache(): {
  storeFor(appKey: string, credential: DropboxCredential): CredentialStore;
  remember(appKey: string, credentials: DropboxCredentials & { kind: "refresh-token" }): void;
} {
  const known = new Map<string, DropboxCredentials>();
  return {
    storeFor(appKey, credential) {
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
    },
    remember(appKey, credentials) {
      known.set(`${appKey}:${credentials.refreshToken}`, credentials);
    },
  };
}

/** The real engine, configured from setAPI's values. */
export function createServices(api: PortalApi, environment: ServiceEnvironment = {}): PluginServices {
  const options: CoreOptions = {
    ...BROWSER_DEFAULTS,
    ...(environment.fetch ? { fetch: environment.fetch } : {}),
  };
  const location: LocationHint = environment.location ?? (() => ({ folderId: null, mediaViewer: false }));
  const docspace = createDocSpaceClient(
    { kind: "plugin", origin: api.origin, proxy: api.proxy, prefix: api.prefix },
    options,
  );
  const tokens = tokenCache();

  return {
    async send(request) {
      const { options: chosen } = request;
      const items = await Promise.all(
        request.targets.map((target) =>
          resolveKind(target, docspace, (id) => docspace.getFolder(id), location()),
        ),
      );
      const engine = createTransferEngine({
        docspace,
        dropbox: { store: tokens.storeFor(chosen.appKey, chosen.credential) },
        options: {
          ...options,
          destinationFolder: chosen.folder,
          conflict: chosen.conflict,
          createSharedLinks: chosen.shareLink,
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
      return toJobResult(items, engine.options.destinationFolder, result);
    },

    async startAuthorization(appKey) {
      const start = await startDropboxAuthorization({ appKey }, options);
      return { url: start.url, verifier: start.codeVerifier };
    },

    async exchangeCode(appKey, code, verifier) {
      const { credentials } = await completeDropboxAuthorization(
        { appKey, code, codeVerifier: verifier },
        memoryCredentialStore(),
        options,
      );
      if (credentials.kind !== "refresh-token") {
        throw new TransferError("dropbox-auth", "Dropbox returned no refresh token (offline access).");
      }
      tokens.remember(appKey, credentials);
      return credentials.refreshToken;
    },

    async account(appKey, credential) {
      const account = await getDropboxAccount({ ...options, store: tokens.storeFor(appKey, credential) });
      return { name: account.displayName, email: account.email };
    },

    async revoke(appKey, credential) {
      await disconnectDropbox({ ...options, store: tokens.storeFor(appKey, credential) });
    },

    async undownloadable(targets) {
      const looked = await Promise.all(
        targets.map(async (target) => {
          try {
            const item = await resolveKind(target, docspace, (id) => docspace.getFolder(id), location());
            const record =
              item.type === "file" ? await docspace.getFile(item.id) : await docspace.getFolder(item.id);
            return record.security?.Download === false ? [{ target, title: record.title }] : [];
          } catch {
            return [];
          }
        }),
      );
      return looked.flat();
    },

    async currentUser() {
      const user = await docspace.getCurrentUser();
      return { id: user.id, isAdmin: user.isAdmin };
    },
  };
}
