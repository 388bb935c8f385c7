import { DropboxResponseError } from "dropbox";
import { correctOffsetOf, RangePrefetcher, verifyCommitted } from "../../../src/core/dropbox/writer";
import type { Clock } from "../../../src/core/ports";
import { FakeClock } from "./fakes";

const error = (body: unknown) =>
  new DropboxResponseError(409, new Headers(), { error_summary: "x/..", error: body });

test.each([
  // upload_session/append_v2: UploadSessionAppendError, flattened struct member.
  [{ ".tag": "incorrect_offset", correct_offset: 4194304 }, 4194304],
  // upload_session/finish: nested under lookup_failed.
  [{ ".tag": "lookup_failed", lookup_failed: { ".tag": "incorrect_offset", correct_offset: 12 } }, 12],
  [{ ".tag": "lookup_failed", lookup_failed: { ".tag": "not_found" } }, undefined],
  [{ ".tag": "path", reason: { ".tag": "conflict" } }, undefined],
])("correct_offset in %p → %p", (body, expected) => {
  expect(correctOffsetOf(error(body))).toBe(expected);
});

test("no correct_offset in errors that are not Dropbox responses", () => {
  expect(correctOffsetOf(new TypeError("fetch failed"))).toBeUndefined();
  expect(correctOffsetOf(null)).toBeUndefined();
});

test("a content-hash mismatch after commit removes that revision and fails as integrity", async () => {
  const deleted: unknown[] = [];
  const gateway = {
    client: {
      filesDeleteV2: (arg: unknown) => {
        deleted.push(arg);
        return Promise.resolve({ status: 200, headers: {}, result: {} });
      },
    },
    call: <T>(_route: string, invoke: (options: object) => Promise<{ result: T }>) =>
      invoke({}).then((response) => response.result),
  };
  const metadata = {
    name: "a.bin",
    id: "id:1",
    rev: "0123456789",
    size: 3,
    path_lower: "/a.bin",
    path_display: "/a.bin",
    content_hash: "f".repeat(64),
    client_modified: "2026-01-01T00:00:00Z",
    server_modified: "2026-01-01T00:00:00Z",
    is_downloadable: true,
  };
  await expect(verifyCommitted(gateway as never, metadata, "0".repeat(64))).rejects.toMatchObject({
    name: "TransferError",
    kind: "integrity",
  });
  // Only our revision: parent_rev makes the delete a no-op if someone wrote there since.
  expect(deleted).toEqual([{ path: "/a.bin", parent_rev: "0123456789" }]);
  await expect(verifyCommitted(gateway as never, metadata, "f".repeat(64))).resolves.toMatchObject({
    contentHash: "f".repeat(64),
  });
});

describe("the range prefetcher", () => {
  const CHUNK = 10;
  const chunks = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ offset: index * CHUNK, length: CHUNK }));

  /** A clock whose sleepers wake only when the test moves time on. */
  class ManualClock implements Clock {
    private current = 0;
    private readonly sleepers: { at: number; wake: () => void }[] = [];
    now(): number {
      return this.current;
    }
    sleep(ms: number): Promise<void> {
      return new Promise((wake) => this.sleepers.push({ at: this.current + ms, wake }));
    }
    advance(ms: number): void {
      this.current += ms;
      for (const sleeper of this.sleepers.filter((s) => s.at <= this.current)) {
        this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
        sleeper.wake();
      }
    }
  }

  /** A prefetcher over 6 chunks whose reads end when the test says so. */
  function pending(maxReads: number) {
    const started: number[] = [];
    const finish = new Map<number, () => void>();
    const clock = new ManualClock();
    const prefetcher = new RangePrefetcher(
      (offset, length) =>
        new Promise<Uint8Array>((resolve) => {
          started.push(offset);
          finish.set(offset, () => resolve(new Uint8Array(length)));
        }),
      chunks(6),
      clock,
      undefined,
      maxReads,
    );
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    return { prefetcher, started, finish, settle, clock };
  }

  test("downloads go one after another, each started a fifth of the last one's time before it would end", async () => {
    const { prefetcher, started, finish, settle, clock } = pending(2);
    // Four workers ask for their ranges at once; one more is read ahead.
    const reads = [0, 1, 2, 3].map((n) => prefetcher.read(n * CHUNK, CHUNK));
    await settle();
    expect(started).toEqual([0]);
    clock.advance(100);
    await settle();
    // Nothing is known of how long a download takes until the first has arrived.
    expect(started).toEqual([0]);
    finish.get(0)?.();
    await settle();
    expect(started).toEqual([0, CHUNK]);
    clock.advance(79);
    await settle();
    expect(started).toEqual([0, CHUNK]);
    clock.advance(1);
    await settle();
    // 80 ms after the second started (the first took 100), the third overlaps it.
    expect(started).toEqual([0, CHUNK, 2 * CHUNK]);
    clock.advance(200);
    await settle();
    // Never more than two at once, however long they take.
    expect(started).toEqual([0, CHUNK, 2 * CHUNK]);
    finish.get(CHUNK)?.();
    await settle();
    // The second took 280 ms; the third started 200 ms ago, so the fourth is due in 24 ms.
    expect(started).toEqual([0, CHUNK, 2 * CHUNK]);
    clock.advance(23);
    await settle();
    expect(started).toEqual([0, CHUNK, 2 * CHUNK]);
    clock.advance(1);
    await settle();
    expect(started).toEqual([0, CHUNK, 2 * CHUNK, 3 * CHUNK]);
    for (const offset of [2 * CHUNK, 3 * CHUNK]) {
      finish.get(offset)?.();
      await settle();
    }
    // With nothing downloading, the range read ahead starts at once.
    expect(started).toEqual([0, CHUNK, 2 * CHUNK, 3 * CHUNK, 4 * CHUNK]);
    await expect(Promise.all(reads)).resolves.toHaveLength(4);
  });

  test("a range asked for while another downloads still overlaps it, not waits for its end", async () => {
    const { prefetcher, started, finish, settle, clock } = pending(2);
    // One worker: the first range, then the one read ahead, then the next as it is asked.
    const first = prefetcher.read(0, CHUNK);
    await settle();
    clock.advance(100);
    finish.get(0)?.();
    await first;
    await settle();
    // The range read ahead started when the first arrived, with no other read waiting.
    expect(started).toEqual([0, CHUNK]);
    clock.advance(10);
    // Asked while the second downloads: the third queues behind it and is read ahead of it…
    const second = prefetcher.read(CHUNK, CHUNK);
    await settle();
    expect(started).toEqual([0, CHUNK]);
    clock.advance(69);
    await settle();
    expect(started).toEqual([0, CHUNK]);
    // …from 80 ms after the second started (the first took 100), while the second still runs.
    clock.advance(1);
    await settle();
    expect(started).toEqual([0, CHUNK, 2 * CHUNK]);
    finish.get(CHUNK)?.();
    await expect(second).resolves.toHaveLength(CHUNK);
  });

  test("a range begun before anyone asks is read once, in its turn, and taken by its read", async () => {
    const { prefetcher, started, finish, settle } = pending(2);
    prefetcher.begin(0, CHUNK);
    prefetcher.begin(0, CHUNK);
    await settle();
    expect(started).toEqual([0]);
    const first = prefetcher.read(0, CHUNK);
    await settle();
    // The read took the begun download; the next range waits for its turn behind it.
    expect(started).toEqual([0]);
    finish.get(0)?.();
    await expect(first).resolves.toHaveLength(CHUNK);
    await settle();
    expect(started).toEqual([0, CHUNK]);
  });

  test("reads ahead the next range of its list, never one left out of it (acknowledged before a resume)", async () => {
    const started: number[] = [];
    const prefetcher = new RangePrefetcher(
      async (offset, length) => {
        started.push(offset);
        return new Uint8Array(length);
      },
      [0, 2, 4].map((index) => ({ offset: index * CHUNK, length: CHUNK })),
      new FakeClock(),
    );
    await prefetcher.read(0, CHUNK);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 2 * CHUNK]);
    await prefetcher.read(2 * CHUNK, CHUNK);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 2 * CHUNK, 4 * CHUNK]);
    await prefetcher.read(4 * CHUNK, CHUNK);
    expect(started).toEqual([0, 2 * CHUNK, 4 * CHUNK]);
  });

  test("a failed download passes its turn on", async () => {
    const started: number[] = [];
    const prefetcher = new RangePrefetcher(
      async (offset, length) => {
        started.push(offset);
        if (offset === 0) throw new Error("dropped");
        return new Uint8Array(length);
      },
      chunks(3),
      new FakeClock(),
      undefined,
      1,
    );
    await expect(prefetcher.read(0, CHUNK)).rejects.toThrow("dropped");
    await expect(prefetcher.read(CHUNK, CHUNK)).resolves.toHaveLength(CHUNK);
    await expect(prefetcher.read(2 * CHUNK, CHUNK)).resolves.toHaveLength(CHUNK);
    expect(started).toEqual([0, CHUNK, 2 * CHUNK]);
  });
});
