import {
  memoryTransferStateStore,
  pruneTransferState,
  uploadKey,
  UPLOAD_SESSION_LIFETIME_MS,
  type RestartReason,
} from "../../../src/core";
import { openJournal } from "../../../src/core/resume";
import type { Clock } from "../../../src/core/ports";

const clockAt = (now: number): Clock => ({ now: () => now, sleep: () => Promise.resolve() });
const FILE = {
  docspaceId: 7,
  stamp: "2|2026-01-01|100",
  size: 100,
  destination: "/A/b.bin",
  chunkSize: 4194304,
};

async function recorded(startedAt: number) {
  const store = memoryTransferStateStore();
  const journal = await openJournal(store, clockAt(startedAt), FILE, {
    fresh: false,
    restarted: () => undefined,
    resumed: () => undefined,
  });
  await journal.started("pid_upload_session:abc", true);
  await journal.acknowledged({ offset: 0, length: 100, digests: ["a".repeat(64)] });
  return store;
}

async function reopen(store: ReturnType<typeof memoryTransferStateStore>, now: number, file = FILE) {
  const reasons: RestartReason[] = [];
  const journal = await openJournal(store, clockAt(now), file, {
    fresh: false,
    restarted: (reason) => reasons.push(reason),
    resumed: () => undefined,
  });
  return { journal, reasons };
}

test("a record of the same file, stamp and chunk size is offered to the writer", async () => {
  const store = await recorded(1000);
  const { journal, reasons } = await reopen(store, 2000);
  expect(reasons).toEqual([]);
  expect(journal.previous).toMatchObject({
    key: uploadKey(7, "/a/B.bin"),
    sessionId: "pid_upload_session:abc",
    chunks: [{ offset: 0, length: 100 }],
  });
  await journal.finished();
  expect(store.size()).toBe(0);
});

test.each([
  ["another version", { ...FILE, stamp: "3|2026-01-02|100" }, 2000, "changed"],
  ["another chunk size", { ...FILE, chunkSize: 8388608 }, 2000, "mismatch"],
  ["7 days later", FILE, 1000 + UPLOAD_SESSION_LIFETIME_MS, "expired"],
] as const)("a record is not continued for %s", async (_name, file, now, reason) => {
  const store = await recorded(1000);
  const { journal, reasons } = await reopen(store, now, file);
  expect(journal.previous).toBeUndefined();
  expect(reasons).toEqual([reason]);
});

test("records older than 7 days are pruned; younger ones stay", async () => {
  const store = await recorded(1000);
  expect(await pruneTransferState(store, 1000 + UPLOAD_SESSION_LIFETIME_MS - 1)).toBe(0);
  expect(store.size()).toBe(1);
  expect(await pruneTransferState(store, 1000 + UPLOAD_SESSION_LIFETIME_MS)).toBe(1);
  expect(store.size()).toBe(0);
});
