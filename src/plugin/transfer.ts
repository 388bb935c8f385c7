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
  systemClock,
  type Clock,
  uploadKey,
  UPLOAD_SESSION_LIFETIME_MS,
  versionStamp,
  type DocSpaceFile,
  type ExportPlan,
} from "../core";
import { createBrowserSha256, hashesInWorker, warmHashWorker } from "./browser-hash";
import type { TokenStorage } from "./credentials";
import { jobKey } from "./jobs";
import { indexedDbResumeStore, type JobRecord, type ResumeStore } from "./resume-store";
import { resolveKind, type LocationHint } from "./item-kind";
import { jobFailure, toJobResult } from "./job-result";
import {
  JobRunningElsewhereError,
  type DropboxCredential,
  type InterruptedJob,
  type PluginServices,
  type PortalApi,
  type SendRequest,
  type SendTarget,
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
export { isJobRunningElsewhere, JobRunningElsewhereError } from "./transfer-types";

export interface ServiceEnvironment {
  fetch?: typeof fetch;
  location?: LocationHint;
  /** Where resumable state lives per DocSpace user; IndexedDB by default. */
  resumeStore?: (userId: string) => ResumeStore | undefined;
  /** Time for job records and their heartbeat, and for the core; the system clock by default. */
  clock?: Clock;
  /** This browser tab, the same after a reload (see `tabId`); one per page load by default. */
  tab?: string;
  /** The origin the plugin's page runs on; the document's own by default. */
  pageOrigin?: string;
}

/**
 * The origin of the document the plugin runs in: the portal's, since the host's plugin frame has
 * no URL of its own and inherits it (`self.origin`, https://html.spec.whatwg.org/multipage/webappapis.html#dom-origin;
 * its `location` still reads about:blank). Undefined outside a browser or for an opaque origin.
 */
function documentOrigin(): string | undefined {
  const value: unknown = (globalThis as { origin?: unknown }).origin;
  return typeof value === "string" && value !== "null" ? value : undefined;
}

/** plugin.json's `name`: the portal stores the admin settings under it. */
export const PLUGIN_NAME = "send-to-dropbox";

/** How long the settings panel waits to read the stored settings; a read that runs out failed. */
const SETTINGS_READ_TIMEOUT_MS = 10_000;

const TAB_KEY = "send-to-dropbox.tab";

/**
 * An id for this browser tab that survives its reloads: session storage is kept per tab and
 * origin across reloads (https://html.spec.whatwg.org/multipage/webstorage.html#the-sessionstorage-attribute),
 * and the plugin's frame shares the portal's origin. Where that storage is refused, a new id per
 * page load: a job cut off by a reload then reads as running elsewhere until its heartbeat is stale.
 */
export function tabId(storage: Pick<TokenStorage, "getItem" | "setItem"> | null): string {
  try {
    const known = storage?.getItem(TAB_KEY);
    if (known) return known;
    const id = newJobId();
    storage?.setItem(TAB_KEY, id);
    return id;
  } catch {
    return newJobId();
  }
}

/** A job's progress is saved at most once per this many bytes (and whenever a file is done). */
const SAVE_EVERY_BYTES = 8 * 1024 * 1024;

/**
 * A running job rewrites its record this often, so that another tab can tell it from an interrupted
 * one: IndexedDB is shared by every tab of the portal's origin, and nothing else says which tab
 * owns a record (Web Locks would, but only in a secure context, and a portal may be served over
 * plain HTTP: https://developer.mozilla.org/docs/Web/API/Web_Locks_API).
 */
export const HEARTBEAT_MS = 5_000;

/** A record rewritten within three heartbeats belongs to a job that is still running. */
export const ALIVE_WITHIN_MS = 3 * HEARTBEAT_MS;

function isAlive(job: JobRecord, now: number): boolean {
  // Either way round: after the system clock is set back, a dead tab's last beat is "in the future".
  return job.heartbeatAt !== undefined && Math.abs(now - job.heartbeatAt) < ALIVE_WITHIN_MS;
}

const doneKey = (file: DocSpaceFile): string => `${String(file.id)}|${versionStamp(file)}`;

function newJobId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * The job's record while it runs: claimed before anything else, so that no other tab starts the
 * same items meanwhile; completed once the plan is known; updated as files finish and rewritten
 * every heartbeat; kept when the page goes away (that is the point); removed when the job ends or
 * is cancelled.
 */
class JobJournal {
  private lastSaved = 0;
  private writes: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly heartbeat = new AbortController();

  private constructor(
    private readonly store: ResumeStore,
    private readonly clock: Clock,
    readonly record: JobRecord,
  ) {}

  /** The record of a job about to be planned: the interrupted one it continues, or a new one. */
  static claim(
    store: ResumeStore,
    clock: Clock,
    tab: string,
    targets: SendTarget[],
    previous: JobRecord | undefined,
  ): JobJournal {
    const now = clock.now();
    const record: JobRecord = previous
      ? {
          ...previous,
          done: [...previous.done],
          uploadKeys: [...previous.uploadKeys],
          heartbeatAt: now,
          tab,
        }
      : {
          id: newJobId(),
          targets,
          keys: targets.map(jobKey),
          createdAt: now,
          totalBytes: 0,
          transferredBytes: 0,
          done: [],
          uploadKeys: [],
          heartbeatAt: now,
          tab,
          planning: true,
        };
    return new JobJournal(store, clock, record);
  }

  /** Writes the claim and keeps it fresh until the job ends. */
  async start(): Promise<void> {
    await this.save();
    void this.beat();
  }

  planned(plan: ExportPlan): Promise<void> {
    delete this.record.planning;
    this.record.createdAt = this.clock.now();
    this.record.totalBytes = plan.files.reduce((sum, file) => sum + file.size, 0);
    this.record.uploadKeys = plan.files.map((file) => uploadKey(file.file.id, file.dropboxPath));
    return this.save();
  }

  progress(transferredBytes: number, finished: DocSpaceFile | undefined): void {
    this.record.transferredBytes = transferredBytes;
    if (finished) this.record.done.push(doneKey(finished));
    // Bytes arriving also keep the record fresh, should the heartbeat's timer be throttled in a
    // hidden tab (https://developer.chrome.com/blog/timer-throttling-in-chrome-88).
    const due = this.clock.now() - (this.record.heartbeatAt ?? 0) >= HEARTBEAT_MS;
    if (finished || due || transferredBytes - this.lastSaved >= SAVE_EVERY_BYTES) {
      this.lastSaved = transferredBytes;
      void this.save();
    }
  }

  save(): Promise<void> {
    // Nothing after the end: a late write would bring back the record the end removed.
    if (this.stopped) return this.writes;
    this.record.heartbeatAt = this.clock.now();
    // Best effort: a lost write costs a re-sent chunk or file, never a wrong file.
    this.writes = this.writes.then(() => this.store.saveJob(this.record)).catch(() => undefined);
    return this.writes;
  }

  /**
   * One write per HEARTBEAT_MS at most, counting the progress writes. Each wait starts once the
   * previous write has finished, from the store's callback rather than from a timer's, so the
   * timers are not a chain (which hidden tabs throttle hardest, per the page above).
   */
  private async beat(): Promise<void> {
    try {
      while (!this.stopped) {
        const wait = (this.record.heartbeatAt ?? 0) + HEARTBEAT_MS - this.clock.now();
        if (wait > 0) await this.clock.sleep(wait, this.heartbeat.signal);
        else await this.save();
      }
    } catch {
      // The job ended and aborted the wait.
    }
  }

  private stop(): Promise<void> {
    this.stopped = true;
    this.heartbeat.abort();
    return this.writes;
  }

  /**
   * The job stopped before its plan was known: a new record goes, and the interrupted one it was
   * to continue is left as it was found, without a heartbeat or a tab, to be offered again.
   */
  async abandon(): Promise<void> {
    await this.stop();
    if (this.record.planning) {
      await this.store.removeJob(this.record.id).catch(() => undefined);
      return;
    }
    const interrupted: JobRecord = { ...this.record };
    delete interrupted.heartbeatAt;
    delete interrupted.tab;
    await this.store.saveJob(interrupted).catch(() => undefined);
  }

  /** The job ended: nothing to offer any more. Cancelled jobs also drop their half-done uploads. */
  async end(cancelled: boolean): Promise<void> {
    await this.stop();
    await this.store.removeJob(this.record.id).catch(() => undefined);
    if (cancelled) await JobJournal.dropUploads(this.store, this.record);
  }

  static async dropUploads(store: ResumeStore, record: JobRecord): Promise<void> {
    for (const key of record.uploadKeys) await store.uploads.remove(key).catch(() => undefined);
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
  const clock = environment.clock ?? systemClock;
  const tab = environment.tab ?? newJobId();
  const options: CoreOptions = {
    ...BROWSER_DEFAULTS,
    ...(environment.fetch ? { fetch: environment.fetch } : {}),
    ...(environment.clock ? { clock: environment.clock } : {}),
  };
  const location: LocationHint = environment.location ?? (() => ({ folderId: null, mediaViewer: false }));
  const pageOrigin = environment.pageOrigin ?? documentOrigin();
  const docspace = createDocSpaceClient(
    {
      kind: "plugin",
      origin: api.origin,
      proxy: api.proxy,
      prefix: api.prefix,
      ...(pageOrigin !== undefined ? { pageOrigin } : {}),
    },
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
  /** Ids of the jobs this tab is running: their records are never another tab's. */
  const mine = new Set<string>();
  /** Another tab's job that is still running: not this tab's, before a reload or now. */
  const runningElsewhere = (job: JobRecord, now: number): boolean =>
    !mine.has(job.id) && job.tab !== tab && isAlive(job, now);
  /**
   * The user's jobs that may still be resumed or are running. Older ones (Dropbox forgot their
   * sessions) go, and so do stale claims that never got their plan: nothing of them is in Dropbox.
   */
  const liveJobs = async (store: ResumeStore): Promise<JobRecord[]> => {
    const live: JobRecord[] = [];
    const now = clock.now();
    for (const job of await store.jobs()) {
      const expired = now - job.createdAt >= UPLOAD_SESSION_LIFETIME_MS;
      const unplanned = job.planning === true && !mine.has(job.id) && !runningElsewhere(job, now);
      if (expired || unplanned) await store.removeJob(job.id);
      else live.push(job);
    }
    return live;
  };

  const send = async (request: SendRequest) => {
    const store = request.resume ? resumeStore(request.resume.userId) : undefined;
    const previousId = request.resume?.job?.id;
    let journal: JobJournal | undefined;
    let targets = request.targets;
    // Best effort, as every write of the record: a store that cannot be read sends without one.
    const jobs = store ? await liveJobs(store).catch(() => undefined) : undefined;
    if (store && jobs) {
      const previous = previousId ? jobs.find((job) => job.id === previousId) : undefined;
      targets = previous?.targets ?? request.targets;
      // Another tab sending any of these items (or this very job) keeps its upload sessions to
      // itself: appending to them from here, or starting them again, would break its files.
      const keys = new Set(targets.map(jobKey));
      const now = clock.now();
      const busy = jobs.some(
        (job) =>
          runningElsewhere(job, now) && (job.id === previousId || job.keys.some((key) => keys.has(key))),
      );
      if (busy) throw new JobRunningElsewhereError();
      journal = JobJournal.claim(store, clock, tab, targets, previous);
      mine.add(journal.record.id);
      await journal.start();
    }
    try {
      return await transfer(request, targets, store, journal);
    } finally {
      if (journal) mine.delete(journal.record.id);
    }
  };

  const transfer = async (
    request: SendRequest,
    targets: SendTarget[],
    store: ResumeStore | undefined,
    journal: JobJournal | undefined,
  ) => {
    const { options: chosen } = request;
    const signal = request.signal ? { signal: request.signal } : {};
    let planned = false;
    try {
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
      const plan = await engine.planExport({ items, ...signal });
      planned = true;
      if (plan.files.some((file) => hashesInWorker(file.size))) warmHashWorker();
      await journal?.planned(plan);
      // Files an interrupted run of this job already delivered (and unchanged since) are not sent twice.
      const delivered = new Set(journal?.record.done ?? []);
      const alreadyBytes = plan.files
        .filter((file) => delivered.has(doneKey(file.file)))
        .reduce((sum, file) => sum + file.size, 0);
      const files = new Map(plan.files.map((file) => [String(file.file.id), file.file]));
      const result = await engine.exportItems({
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
      const failure = jobFailure(result, items.length);
      if (failure) throw failure;
      return toJobResult(items, engine.options.destinationFolder, result);
    } finally {
      // A reload never gets here: its record stays for the next click. A cancel forgets it all;
      // a failure before the plan leaves an interrupted job it continued as it was.
      if (!planned) await journal?.abandon();
      else await journal?.end(request.signal?.aborted === true);
    }
  };

  return {
    send,

    async interruptedJob(userId, targets): Promise<InterruptedJob | undefined> {
      const store = resumeStore(userId);
      if (!store) return undefined;
      const keys = new Set(targets.map(jobKey));
      const now = clock.now();
      // This tab's own running jobs are its registry's business (a click shows their progress).
      const matching = (await liveJobs(store)).filter(
        (candidate) => !mine.has(candidate.id) && candidate.keys.some((key) => keys.has(key)),
      );
      const running = matching.find((candidate) => runningElsewhere(candidate, now));
      const job = running ?? matching.find((candidate) => candidate.planning !== true);
      return job
        ? {
            id: job.id,
            targets: job.targets,
            transferredBytes: job.transferredBytes,
            totalBytes: job.totalBytes,
            ...(running ? { runningElsewhere: true } : {}),
          }
        : undefined;
    },

    async discardJob(userId, jobId) {
      const store = resumeStore(userId);
      const job = store ? (await store.jobs()).find((candidate) => candidate.id === jobId) : undefined;
      // A job some tab is still running is not this tab's to discard.
      if (!store || !job || runningElsewhere(job, clock.now()) || mine.has(job.id)) return;
      await store.removeJob(job.id).catch(() => undefined);
      await JobJournal.dropUploads(store, job);
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

    storedSettings: () =>
      // The panel waits for this read as it opens and on Save: seconds, retries included, not the
      // per-request deadline of a transfer.
      docspace.getPluginSettings(PLUGIN_NAME, AbortSignal.timeout(SETTINGS_READ_TIMEOUT_MS)),
  };
}
