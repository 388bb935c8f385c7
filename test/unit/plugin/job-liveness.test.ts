// Two tabs of one browser share the resume store (IndexedDB is per origin): a send still running in
// one must not look interrupted in the other. The real adapter runs against a fetch that answers
// the file's record and then waits (a send in flight), a clock the test moves, and one store for
// both "tabs".
import { createServices, tabId, type PluginServices, type SendRequest } from "../../../src/plugin/transfer";
import type { JobRecord } from "../../../src/plugin/resume-store";
import { fakeClock, sharedResumeStore, type FakeClock } from "./fakes";

const USER = "user-1";
const TARGETS = [{ id: 42, kind: "file" as const }];
const FILE = {
  id: 42,
  title: "Big.bin",
  viewUrl: "https://portal.test/filehandler.ashx?action=download&fileid=42",
  pureContentLength: 100,
  version: 1,
};

type Store = ReturnType<typeof sharedResumeStore>;

interface Tab {
  services: PluginServices;
  /** URLs this tab fetched. */
  fetched: string[];
}

/**
 * One tab: the portal answers the file's record (unless `holdRecord`) and every other request waits
 * until the send is aborted, so a send stays in flight for as long as the test needs.
 */
function openTab(store: Store, clock: FakeClock, holdRecord = false, tab?: string): Tab {
  const fetched: string[] = [];
  const fetchStub = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    fetched.push(String(url));
    if (!holdRecord && String(url).endsWith("/files/file/42"))
      return new Response(JSON.stringify({ response: FILE }), { status: 200 });
    return new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
    });
  };
  // Built apart from the call: the clock is an option of the adapter's environment.
  const environment = {
    fetch: fetchStub as typeof fetch,
    resumeStore: () => store,
    clock,
    ...(tab ? { tab } : {}),
  };
  return {
    services: createServices({ origin: "https://portal.test", proxy: "", prefix: "api/2.0" }, environment),
    fetched,
  };
}

function request(signal: AbortSignal, resume: SendRequest["resume"] = { userId: USER }): SendRequest {
  return {
    targets: TARGETS,
    options: {
      appKey: "appkey123",
      credential: { type: "access", token: "sl.access-token" },
      folder: "/DocSpace",
      conflict: "keep-both",
      shareLink: false,
    },
    onProgress: () => undefined,
    signal,
    resume,
  };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error("condition never held");
}

const only = (store: Store): JobRecord | undefined => [...store.records.values()][0];

describe("a send running in one tab, seen from another", () => {
  it("is offered to resume in the same tab after a reload, while its heartbeat is still fresh", async () => {
    const clock = fakeClock();
    const store = sharedResumeStore();
    const before = openTab(store, clock, false, "tab-1");
    const controller = new AbortController();
    const settled = before.services.send(request(controller.signal)).then(
      () => undefined,
      () => undefined,
    );
    await until(() => (only(store)?.uploadKeys.length ?? 0) > 0);
    // The page reloads: the same tab (session storage keeps its id), a fresh instance, and a
    // record whose last beat is a second old.
    clock.advance(1_000);
    const reloaded = openTab(store, clock, false, "tab-1");
    const other = openTab(store, clock, false, "tab-2");
    const job = await reloaded.services.interruptedJob!(USER, TARGETS);
    expect(job).toMatchObject({ id: only(store)?.id });
    expect(job).not.toHaveProperty("runningElsewhere");
    expect(await other.services.interruptedJob!(USER, TARGETS)).toMatchObject({ runningElsewhere: true });
    controller.abort();
    await settled;
  });

  it("keeps an id per tab in session storage, the same after a reload", () => {
    const values = new Map<string, string>();
    const storage = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
    };
    const first = tabId(storage);
    expect(tabId(storage)).toBe(first);
    expect(tabId(null)).not.toBe(first);
  });

  it("keeps its record fresh; the other tab sees it running and can neither resume, restart nor discard it", async () => {
    const clock = fakeClock();
    const store = sharedResumeStore();
    const a = openTab(store, clock);
    const b = openTab(store, clock);
    const controller = new AbortController();
    const sending = a.services.send(request(controller.signal));
    const settled = sending.then(
      () => undefined,
      () => undefined,
    );
    // Planned and in flight: the record names its files.
    await until(() => (only(store)?.uploadKeys.length ?? 0) > 0);
    const started = clock.now();
    expect(only(store)?.heartbeatAt).toBe(started);

    // Longer than three heartbeats in all: each one rewrites the record, so it never goes stale.
    for (let beat = 1; beat <= 5; beat += 1) {
      clock.advance(5_000);
      await until(() => only(store)?.heartbeatAt === started + beat * 5_000);
    }
    const job = await b.services.interruptedJob!(USER, TARGETS);
    expect(job).toMatchObject({ id: only(store)?.id, runningElsewhere: true });
    // The tab running it does not offer its own job: a click there shows its progress.
    expect(await a.services.interruptedJob!(USER, TARGETS)).toBeUndefined();

    const resumed = b.services.send(request(new AbortController().signal, { userId: USER, job: job! }));
    await expect(resumed).rejects.toMatchObject({ name: "JobRunningElsewhereError" });
    const fresh = b.services.send(request(new AbortController().signal, { userId: USER, fresh: true }));
    await expect(fresh).rejects.toMatchObject({ name: "JobRunningElsewhereError" });
    // Refused before reading anything: the other tab's upload sessions were never touched.
    expect(b.fetched).toEqual([]);
    await b.services.discardJob!(USER, job!.id);
    expect(store.records.has(job!.id)).toBe(true);

    controller.abort();
    await settled;
    expect(store.records.size).toBe(0);
    // Nothing beats after the end: no write brings the record back.
    clock.advance(60_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.records.size).toBe(0);
    expect(clock.sleeping).toBe(0);
  });

  it("claims the items before planning, so a send still reading the item already counts as running", async () => {
    const clock = fakeClock();
    const store = sharedResumeStore();
    const a = openTab(store, clock, true);
    const b = openTab(store, clock);
    const controller = new AbortController();
    const settled = a.services.send(request(controller.signal)).then(
      () => undefined,
      () => undefined,
    );
    await until(() => a.fetched.length === 1);
    expect(await b.services.interruptedJob!(USER, TARGETS)).toMatchObject({ runningElsewhere: true });
    await expect(b.services.send(request(new AbortController().signal))).rejects.toMatchObject({
      name: "JobRunningElsewhereError",
    });
    controller.abort();
    await settled;
    // Stopped before its plan: nothing of it is in Dropbox, so nothing is offered.
    expect(store.records.size).toBe(0);
    expect(await b.services.interruptedJob!(USER, TARGETS)).toBeUndefined();
  });

  it("a resume that fails before its plan leaves the interrupted job as it was, to be offered again", async () => {
    const clock = fakeClock();
    const store = sharedResumeStore();
    const record: JobRecord = {
      id: "job-old",
      targets: TARGETS,
      keys: ["file:42"],
      createdAt: clock.now() - 60_000,
      totalBytes: 100,
      transferredBytes: 40,
      done: [],
      uploadKeys: ["42 /docspace/big.bin"],
    };
    store.records.set(record.id, record);
    const a = openTab(store, clock, true);
    const b = openTab(store, clock);
    const job = await a.services.interruptedJob!(USER, TARGETS);
    expect(job).toEqual({ id: "job-old", targets: TARGETS, transferredBytes: 40, totalBytes: 100 });
    const controller = new AbortController();
    const settled = a.services.send(request(controller.signal, { userId: USER, job: job! })).then(
      () => undefined,
      () => undefined,
    );
    await until(() => a.fetched.length === 1);
    expect(await b.services.interruptedJob!(USER, TARGETS)).toMatchObject({
      id: "job-old",
      runningElsewhere: true,
    });
    controller.abort();
    await settled;
    expect(store.records.get("job-old")).toEqual(record);
    expect(await b.services.interruptedJob!(USER, TARGETS)).toEqual(job);
  });
});

describe("a resume store that cannot be read", () => {
  it("does not stop the send: it goes ahead without a record, as when a write is lost", async () => {
    const clock = fakeClock();
    const store = sharedResumeStore();
    store.jobs = () => Promise.reject(new DOMException("The operation failed", "UnknownError"));
    const tab = openTab(store, clock);
    const controller = new AbortController();
    const settled = tab.services.send(request(controller.signal)).then(
      () => "resolved",
      (error: unknown) => (error instanceof Error ? error.name : "rejected"),
    );
    await until(() => tab.fetched.length === 2);
    expect(tab.fetched[0]).toBe("https://portal.test/api/2.0/files/file/42");
    expect(store.records.size).toBe(0);
    controller.abort();
    expect(await settled).not.toBe("JobRunningElsewhereError");
  });
});

describe("records whose tab is gone", () => {
  const base = (id: string, itemId: number, extra: Partial<JobRecord>): JobRecord => ({
    id,
    targets: [{ id: itemId, kind: "file" }],
    keys: [`file:${String(itemId)}`],
    createdAt: 1_700_000_000_000 - 60_000,
    totalBytes: 100,
    transferredBytes: 40,
    done: [],
    uploadKeys: [`${String(itemId)} /docspace/f${String(itemId)}.bin`],
    ...extra,
  });

  it("are interrupted once three heartbeats have passed, and so are records from before heartbeats", async () => {
    const clock = fakeClock(1_700_000_000_000);
    const store = sharedResumeStore();
    const now = clock.now();
    for (const record of [
      base("beat-just-now", 1, { heartbeatAt: now - 14_999 }),
      base("three-beats-ago", 2, { heartbeatAt: now - 15_000 }),
      base("older-version", 3, {}),
    ])
      store.records.set(record.id, record);
    const { services } = openTab(store, clock);
    expect(await services.interruptedJob!(USER, [{ id: 1, kind: "file" }])).toMatchObject({
      id: "beat-just-now",
      runningElsewhere: true,
    });
    for (const [id, itemId] of [
      ["three-beats-ago", 2],
      ["older-version", 3],
    ] as const) {
      const job = await services.interruptedJob!(USER, [{ id: itemId, kind: "file" }]);
      expect(job).toEqual({
        id,
        targets: [{ id: itemId, kind: "file" }],
        transferredBytes: 40,
        totalBytes: 100,
      });
    }
    // Start again from here may discard a stopped job, and only that one.
    await services.discardJob!(USER, "three-beats-ago");
    await services.discardJob!(USER, "beat-just-now");
    expect([...store.records.keys()].sort()).toEqual(["beat-just-now", "older-version"]);
  });

  it("a stale claim that never got its plan is not offered, and is cleared", async () => {
    const clock = fakeClock(1_700_000_000_000);
    const store = sharedResumeStore();
    store.records.set(
      "claim",
      base("claim", 7, { heartbeatAt: clock.now() - 20_000, planning: true, uploadKeys: [], totalBytes: 0 }),
    );
    const { services } = openTab(store, clock);
    expect(await services.interruptedJob!(USER, [{ id: 7, kind: "file" }])).toBeUndefined();
    expect(store.records.size).toBe(0);
  });
});
