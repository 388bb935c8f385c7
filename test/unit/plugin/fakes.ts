// Fakes for the plugin's seams: the engine adapter (PluginServices), the browser (Environment), and
// the clock and resume store behind the real adapter. Each records what the plugin asked for, so
// tests can assert on it.
import type { Environment } from "../../../src/plugin/environment";
import { memoryStorage, type TokenStorage } from "../../../src/plugin/credentials";
import { memoryTransferStateStore } from "../../../src/core";
import type { JobRecord, ResumeStore } from "../../../src/plugin/resume-store";
import type {
  DropboxAccount,
  DropboxCredential,
  JobProgress,
  JobResult,
  PluginServices,
  PortalUser,
  SendRequest,
} from "../../../src/plugin/transfer";

export interface FakeServices extends PluginServices {
  sent: SendRequest[];
  revoked: DropboxCredential[];
  exchanged: { appKey: string; code: string; verifier: string }[];
  /** What the next send resolves with, or rejects with when it is an Error. */
  nextResult: JobResult | Error;
  /** When set, send waits for this promise before answering (a job in flight). */
  gate: Promise<void> | null;
  /** Progress reported as soon as a send starts. */
  progress: JobProgress | null;
  user: PortalUser;
  accountResult: DropboxAccount | Error;
  exchangeResult: string | Error;
  /** Titles of the ids the user may not download. */
  denied: Map<string, string>;
  /**
   * The plugin's settings as the portal stores them now (null: none), or the Error reading them
   * fails with. Undefined answers as an unreachable portal, so tests that ignore it keep the
   * settings the host handed over.
   */
  stored?: string | null | Error;
  /** How often the plugin read the stored settings. */
  storedReads: number;
  storedSettings(): Promise<string | null>;
}

export function fakeServices(overrides: Partial<FakeServices> = {}): FakeServices {
  const fake: FakeServices = {
    sent: [],
    revoked: [],
    exchanged: [],
    nextResult: {
      destination: "/DocSpace/Report.docx",
      files: [{ source: "Report.docx", path: "/DocSpace/Report.docx" }],
    },
    gate: null,
    progress: null,
    user: { id: "user-1", isAdmin: false },
    accountResult: { name: "Ada Lovelace", email: "ada@example.com" },
    exchangeResult: "refresh-token-1",
    denied: new Map(),
    storedReads: 0,
    async storedSettings() {
      fake.storedReads += 1;
      if (fake.stored === undefined) throw new TypeError("Failed to fetch");
      if (fake.stored instanceof Error) throw fake.stored;
      return fake.stored;
    },
    async undownloadable(targets) {
      return targets.flatMap((target) => {
        const title = fake.denied.get(String(target.id));
        return title === undefined ? [] : [{ target, title }];
      });
    },
    async send(request) {
      fake.sent.push(request);
      if (fake.progress) request.onProgress(fake.progress);
      if (fake.gate) await fake.gate;
      if (fake.nextResult instanceof Error) throw fake.nextResult;
      return fake.nextResult;
    },
    async startAuthorization(appKey) {
      return {
        url: `https://www.dropbox.com/oauth2/authorize?client_id=${appKey}&code_challenge=c`,
        verifier: "v",
      };
    },
    async exchangeCode(appKey, code, verifier) {
      fake.exchanged.push({ appKey, code, verifier });
      if (fake.exchangeResult instanceof Error) throw fake.exchangeResult;
      return fake.exchangeResult;
    },
    async account() {
      if (fake.accountResult instanceof Error) throw fake.accountResult;
      return fake.accountResult;
    },
    async revoke(_appKey, credential) {
      fake.revoked.push(credential);
    },
    async currentUser() {
      return fake.user;
    },
    ...overrides,
  };
  return fake;
}

export interface FakeEnvironment extends Environment {
  opened: string[];
  copied: string[];
  logs: string[];
  popupsBlocked: boolean;
  clipboardWorks: boolean;
  cookieValue: string;
  store: TokenStorage;
}

export function fakeEnvironment(overrides: Partial<FakeEnvironment> = {}): FakeEnvironment {
  const env: FakeEnvironment = {
    opened: [],
    copied: [],
    logs: [],
    popupsBlocked: false,
    clipboardWorks: false,
    cookieValue: "",
    store: memoryStorage(),
    cookie: () => env.cookieValue,
    storage: () => env.store,
    pageUrl: () => null,
    openTab(url) {
      env.opened.push(url);
      return !env.popupsBlocked;
    },
    async copyText(text) {
      if (!env.clipboardWorks) return false;
      env.copied.push(text);
      return true;
    },
    log(what, kind, detail) {
      env.logs.push(`${what} ${kind} ${detail}`);
    },
    ...overrides,
  };
  return env;
}

/** Resolvable promise for gating a fake job. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** A clock whose time moves only when the test says; `sleep` resolves once the time has come. */
export interface FakeClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Moves time on and wakes every sleeper whose time has come. */
  advance(ms: number): void;
  /** Sleepers still waiting. */
  readonly sleeping: number;
}

export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let now = start;
  const sleepers = new Set<{ at: number; wake: () => void }>();
  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const sleeper = {
          at: now + ms,
          wake: () => {
            sleepers.delete(sleeper);
            resolve();
          },
        };
        sleepers.add(sleeper);
        signal?.addEventListener(
          "abort",
          () => {
            sleepers.delete(sleeper);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    },
    advance(ms) {
      now += ms;
      for (const sleeper of [...sleepers]) if (sleeper.at <= now) sleeper.wake();
    },
    get sleeping() {
      return sleepers.size;
    },
  };
}

/**
 * The resume store as every tab of one browser shares it (IndexedDB is per origin), in memory.
 * Records are copied in and out, as IndexedDB's structured clone does.
 */
export function sharedResumeStore(): ResumeStore & { records: Map<string, JobRecord> } {
  const records = new Map<string, JobRecord>();
  return {
    records,
    uploads: memoryTransferStateStore(),
    jobs: async () => [...records.values()].map((job) => structuredClone(job)),
    saveJob: async (job) => void records.set(job.id, structuredClone(job)),
    removeJob: async (id) => void records.delete(id),
  };
}
