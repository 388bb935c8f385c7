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
  uploadKey,
  UPLOAD_SESSION_LIFETIME_MS,
  versionStamp,
  type DocSpaceFile,
  type ExportPlan,
} from "../core";
import { createBrowserSha256, hashesInWorker, warmHashWorker } from "./browser-hash";
import { jobKey } from "./jobs";
import { indexedDbResumeStore, type JobRecord, type ResumeStore } from "./resume-store";
import { resolveKind, type LocationHint } from "./item-kind";
import { jobFailure, toJobResult } from "./job-result";
import type {
  DropboxCredential,
  InterruptedJob,
  PluginServices,
  PortalApi,
  SendRequest,
  SendTarget,
} from "./transfer-types";

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
  /** Where resumable state lives per DocSpace user; IndexedDB by default. */
  resumeStore?: (userId: string) => ResumeStore | undefined;
}

/** A job's progress is saved at most once per this many bytes (and whenever a file is done). */
const SAVE_EVERY_BYTES = 8 * 1024 * 1024;

const doneKey = (file: DocSpaceFile): string => `${String(file.id)}|${versionStamp(file)}`;

function newJobId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * The job's record while it runs: created once the plan is known, updated as files finish, kept
 * when the page goes away (that is the point), removed when the job ends or is cancelled.
 */
class JobJournal {
  private lastSaved = 0;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: ResumeStore,
    readonly record: JobRecord,
  ) {}

  static create(
    store: ResumeStore,
    targets: SendTarget[],
    plan: ExportPlan,
    previous: JobRecord | undefined,
  ): JobJournal {
    return new JobJournal(store, {
      id: previous?.id ?? newJobId(),
      targets: previous?.targets ?? targets,
      keys: (previous?.targets ?? targets).map(jobKey),
      createdAt: Date.now(),
      totalBytes: plan.files.reduce((sum, file) => sum + file.size, 0),
      transferredBytes: previous?.transferredBytes ?? 0,
      done: [...(previous?.done ?? [])],
      uploadKeys: plan.files.map((file) => uploadKey(file.file.id, file.dropboxPath)),
    });
  }

  progress(transferredBytes: number, finished: DocSpaceFile | undefined): void {
    this.record.transferredBytes = transferredBytes;
    if (finished) this.record.done.push(doneKey(finished));
    if (finished || transferredBytes - this.lastSaved >= SAVE_EVERY_BYTES) {
      this.lastSaved = transferredBytes;
      void this.save();
    }
  }

  save(): Promise<void> {
    // Best effort: a lost write costs a re-sent chunk or file, never a wrong file.
    this.writes = this.writes.then(() => this.store.saveJob(this.record)).catch(() => undefined);
    return this.writes;
  }

  /** The job ended: nothing to offer any more. Cancelled jobs also drop their half-done uploads. */
  async end(cancelled: boolean): Promise<void> {
    await this.writes;
    await this.store.removeJob(this.record.id).catch(() => undefined);
    if (cancelled) {
      for (const key of this.record.uploadKeys) await this.store.uploads.remove(key).catch(() => undefined);
    }
  }
}

/**
 * The browser's defaults: Blob upload bodies and a SHA-256 that yields to the portal, so neither
 * an upload nor its content hash blocks the portal's main thread (src/core/body.ts,
 * ./browser-hash.ts).
 */
const BROWSER_DEFAULTS: CoreOptions = { uploadBody: blobBody, sha256: createBrowserSha256() };

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

/** The first component of a planned Dropbox path under the destination folder: the selected item. */
export function selectedItemName(dropboxPath: string, folder: string): string {
  const base = folder.replace(/\/+$/u, "");
  const under = dropboxPath.toLowerCase().startsWith(`${base.toLowerCase()}/`)
    ? dropboxPath.slice(base.length + 1)
    : dropboxPath.replace(/^\/+/u, "");
  return under.split("/")[0] ?? "";
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
  const stores = new Map<string, ResumeStore | undefined>();
  const resumeStore = (userId: string): ResumeStore | undefined => {
    if (!stores.has(userId)) {
      let store: ResumeStore | undefined;
      try {
        store = (environment.resumeStore ?? indexedDbResumeStore)(userId);
      } catch {
        store = undefined;
      }
      stores.set(userId, store);
    }
    return stores.get(userId);
  };
  /** The user's jobs that may still be resumed; older ones (Dropbox forgot their sessions) go. */
  const liveJobs = async (store: ResumeStore): Promise<JobRecord[]> => {
    const live: JobRecord[] = [];
    for (const job of await store.jobs()) {
      if (Date.now() - job.createdAt < UPLOAD_SESSION_LIFETIME_MS) live.push(job);
      else await store.removeJob(job.id);
    }
    return live;
  };

  const send = async (request: SendRequest) => {
    const { options: chosen } = request;
    const store = request.resume ? resumeStore(request.resume.userId) : undefined;
    const previousId = request.resume?.job?.id;
    const previous =
      store && previousId ? (await liveJobs(store)).find((job) => job.id === previousId) : undefined;
    const targets = previous?.targets ?? request.targets;
    const items = await Promise.all(
      targets.map((target) => resolveKind(target, docspace, (id) => docspace.getFolder(id), location())),
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
      ...(store ? { transferState: store.uploads } : {}),
    });
    const signal = request.signal ? { signal: request.signal } : {};
    const plan = await engine.planExport({ items, ...signal });
    if (plan.files.some((file) => hashesInWorker(file.size))) warmHashWorker();
    const journal = store ? JobJournal.create(store, targets, plan, previous) : undefined;
    await journal?.save();
    // Files an interrupted run of this job already delivered (and unchanged since) are not sent twice.
    const delivered = new Set(journal?.record.done ?? []);
    const alreadyBytes = plan.files
      .filter((file) => delivered.has(doneKey(file.file)))
      .reduce((sum, file) => sum + file.size, 0);
    const files = new Map(plan.files.map((file) => [String(file.file.id), file.file]));
    let result;
    try {
      result = await engine.exportItems({
        plan,
        skip: (file) => delivered.has(doneKey(file.file)),
        fresh: request.resume?.fresh ?? false,
        ...signal,
        onProgress: (event: ProgressEvent) => {
          const finished =
            event.file.status === "done" ? files.get(String(event.file.docspaceId)) : undefined;
          journal?.progress(alreadyBytes + event.overall.transferredBytes, finished);
          request.onProgress({
            transferredBytes: alreadyBytes + event.overall.transferredBytes,
            totalBytes: alreadyBytes + event.overall.totalBytes,
            finishedFiles: event.overall.completedFiles + event.overall.failedFiles,
            totalFiles: event.overall.totalFiles,
            item: selectedItemName(event.file.dropboxPath, chosen.folder),
          });
        },
      });
    } finally {
      // A reload never gets here: its record stays for the next click. A cancel forgets it all.
      await journal?.end(request.signal?.aborted === true);
    }
    const failure = jobFailure(result, items.length);
    if (failure) throw failure;
    return toJobResult(items, engine.options.destinationFolder, result);
  };

  return {
    send,

    async interruptedJob(userId, targets): Promise<InterruptedJob | undefined> {
      const store = resumeStore(userId);
      if (!store) return undefined;
      const keys = new Set(targets.map(jobKey));
      const job = (await liveJobs(store)).find((candidate) => candidate.keys.some((key) => keys.has(key)));
      return job
        ? {
            id: job.id,
            targets: job.targets,
            transferredBytes: job.transferredBytes,
            totalBytes: job.totalBytes,
          }
        : undefined;
    },

    async discardJob(userId, jobId) {
      const store = resumeStore(userId);
      const job = store ? (await store.jobs()).find((candidate) => candidate.id === jobId) : undefined;
      if (!store || !job) return;
      await new JobJournal(store, job).end(true);
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
