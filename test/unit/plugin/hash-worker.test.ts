// The hashing worker's two sides, joined by an in-process fake of the Worker interface: the worker
// side gives OpenSSL's digests, and the main side hands back undefined (so the caller hashes itself)
// whenever the worker cannot start, fails to load, says nothing, or fails a request.
import { createHash } from "node:crypto";

import {
  runsAsHashWorker,
  serveHashes,
  WorkerHasher,
  type WorkerLike,
  type WorkerScopeLike,
} from "../../../src/plugin/hash-worker";
import { arrivedAsBlob } from "../../../src/core/body";
import { blockDigests } from "../../../src/core/content-hash";
import { createBrowserSha256 } from "../../../src/plugin/browser-hash";

const MiB = 1024 * 1024;

function pattern(length: number, seed = 7): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = (i * seed + (i >>> 9)) & 255;
  return bytes;
}

const expected = (bytes: Uint8Array): Uint8Array =>
  new Uint8Array(createHash("sha256").update(bytes).digest());

interface FakeWorker extends WorkerLike {
  terminated: boolean;
  received: number;
}

/**
 * A Worker whose other end is `serveHashes` over a fake scope; messages cross in later tasks, as
 * they do between threads. `behave` can replace the worker side.
 */
function fakeWorker(
  behave?: (scope: WorkerScopeLike, worker: FakeWorker) => void,
  subtle?: Parameters<typeof serveHashes>[1],
): FakeWorker {
  const later = (run: () => void): void => void setImmediate(run);
  const scope: WorkerScopeLike = {
    onmessage: null,
    postMessage(message) {
      later(() => {
        if (!worker.terminated) worker.onmessage?.({ data: message });
      });
    },
  };
  const worker: FakeWorker = {
    terminated: false,
    received: 0,
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message) {
      worker.received += 1;
      later(() => {
        if (!worker.terminated) scope.onmessage?.({ data: message });
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  if (behave) behave(scope, worker);
  else serveHashes(scope, subtle);
  return worker;
}

/** A hasher whose every start makes a new fake worker, kept in `workers`. */
function startingWorkers(idleMs: number): { hasher: WorkerHasher; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const hasher = new WorkerHasher({
    start: () => {
      const worker = fakeWorker();
      workers.push(worker);
      return worker;
    },
    idleMs,
  });
  return { hasher, workers };
}

describe("the hashing worker", () => {
  it("gives OpenSSL's digests, leaves the caller's bytes as they were, and serves many requests", async () => {
    const worker = fakeWorker();
    const hasher = new WorkerHasher({ start: () => worker, idleMs: 1 });
    const whole = pattern(8 * MiB);
    const blocks = [whole.subarray(0, 4 * MiB), whole.subarray(4 * MiB), pattern(100_000, 3)];
    const digests = await Promise.all(blocks.map((block) => hasher.hash(block)));
    expect(digests).toEqual(blocks.map(expected));
    // The upload still needs them: neither copied away nor detached.
    expect(whole.byteLength).toBe(8 * MiB);
    expect(whole[5 * MiB]).toBe(pattern(8 * MiB)[5 * MiB]);
    expect(worker.received).toBe(3);
    expect(hasher.unavailable).toBe(false);
  });

  it("hashes with Web Crypto in the worker where it has one", async () => {
    const digested: number[] = [];
    const worker = fakeWorker(undefined, {
      async digest(_algorithm, data) {
        digested.push(data.byteLength);
        return crypto.subtle.digest("SHA-256", data);
      },
    });
    const bytes = pattern(4 * MiB);
    await expect(new WorkerHasher({ start: () => worker, idleMs: 1 }).hash(bytes)).resolves.toEqual(
      expected(bytes),
    );
    expect(digested).toEqual([4 * MiB]);
  });

  it("answers undefined when no worker can be made, and does not try again", async () => {
    let starts = 0;
    const refused = new WorkerHasher({
      start: () => {
        starts += 1;
        throw new DOMException("refused by the policy", "SecurityError");
      },
    });
    await expect(refused.hash(pattern(1000))).resolves.toBeUndefined();
    await expect(refused.hash(pattern(1000))).resolves.toBeUndefined();
    expect(starts).toBe(1);
    expect(refused.unavailable).toBe(true);
    await expect(new WorkerHasher({ start: () => undefined }).hash(pattern(10))).resolves.toBeUndefined();
  });

  it("answers undefined when the worker fails to load, and ends it", async () => {
    let prevented = false;
    const worker = fakeWorker((_scope, self) => {
      setImmediate(() => self.onerror?.({ preventDefault: () => (prevented = true) }));
    });
    const hasher = new WorkerHasher({ start: () => worker });
    await expect(hasher.hash(pattern(1000))).resolves.toBeUndefined();
    expect(worker.terminated).toBe(true);
    expect(prevented).toBe(true);
  });

  it("answers undefined when the worker never says it runs", async () => {
    const silent = fakeWorker(() => undefined);
    const hasher = new WorkerHasher({ start: () => silent, readyTimeoutMs: 20 });
    await expect(hasher.hash(pattern(1000))).resolves.toBeUndefined();
    expect(silent.terminated).toBe(true);
  });

  it("a request the worker fails, or a crash mid-request, hands every waiting request back", async () => {
    const failing = fakeWorker((scope) => {
      scope.onmessage = (event) => scope.postMessage({ id: (event.data as { id: number }).id, failed: true });
      scope.postMessage({ ready: true });
    });
    const hasher = new WorkerHasher({ start: () => failing });
    await expect(hasher.hash(pattern(1000))).resolves.toBeUndefined();
    expect(failing.terminated).toBe(true);
    expect(hasher.unavailable).toBe(true);

    const crashing = fakeWorker((scope, self) => {
      scope.onmessage = () => setImmediate(() => self.onerror?.({}));
      scope.postMessage({ ready: true });
    });
    const second = new WorkerHasher({ start: () => crashing });
    await expect(Promise.all([second.hash(pattern(10)), second.hash(pattern(20))])).resolves.toEqual([
      undefined,
      undefined,
    ]);
  });

  it("warming starts the worker before the first request, once, and never one that could not start", async () => {
    const { hasher, workers } = startingWorkers(1000);
    hasher.warm();
    hasher.warm();
    expect(workers).toHaveLength(1);
    const bytes = pattern(70_000);
    await expect(hasher.hash(bytes)).resolves.toEqual(expected(bytes));
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received).toBe(1);
    workers[0]?.terminate();

    let starts = 0;
    const refused = new WorkerHasher({
      start: () => {
        starts += 1;
        return undefined;
      },
    });
    refused.warm();
    refused.warm();
    await expect(refused.hash(bytes)).resolves.toBeUndefined();
    expect(starts).toBe(1);
  });

  it("ends an idle worker and starts another for the next request", async () => {
    const { hasher, workers } = startingWorkers(5);
    const bytes = pattern(70_000);
    await expect(hasher.hash(bytes)).resolves.toEqual(expected(bytes));
    while (!workers[0]?.terminated) await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(hasher.hash(bytes)).resolves.toEqual(expected(bytes));
    expect(workers).toHaveLength(2);
    expect(workers[1]?.terminated).toBe(false);
  });

  it("the plugin's SHA-256 port uses the worker, and hashes itself when the worker cannot", async () => {
    const bytes = pattern(300 * 1024);
    const offloaded: number[] = [];
    const runtime = (answer: Uint8Array | undefined): Parameters<typeof createBrowserSha256>[0] => ({
      subtle: undefined,
      now: () => 0,
      yieldTask: () => new Promise<void>((resolve) => setImmediate(resolve)),
      offload: async (input) => {
        offloaded.push(input.byteLength);
        return answer;
      },
    });
    const marker = new Uint8Array(32).fill(9);
    // The worker's answer is taken as it is: the port does not hash again.
    await expect(createBrowserSha256(runtime(marker))(bytes)).resolves.toEqual(marker);
    await expect(createBrowserSha256(runtime(undefined))(bytes)).resolves.toEqual(expected(bytes));
    // Inputs of 64 KiB or less (the joined block digests) stay on the calling thread.
    await expect(createBrowserSha256(runtime(marker))(pattern(64))).resolves.toEqual(expected(pattern(64)));
    expect(offloaded).toEqual([300 * 1024, 300 * 1024]);
  });

  it("hashes a range that arrived as a Blob from the Blob, whatever its array holds, with or without the worker", async () => {
    const range = pattern(300 * 1024, 5);
    const unfilled = new Uint8Array(range.byteLength);
    arrivedAsBlob(unfilled, new Blob([range]));
    const sent: (Blob | undefined)[] = [];
    const worker = fakeWorker();
    const hasher = new WorkerHasher({ start: () => worker, idleMs: 1 });
    const viaWorker = createBrowserSha256({
      subtle: undefined,
      now: () => 0,
      yieldTask: () => new Promise<void>((resolve) => setImmediate(resolve)),
      offload: (bytes, blob) => {
        sent.push(blob);
        return hasher.hash(bytes, blob);
      },
    });
    // The block digests of a range: each block a part of the whole that arrived.
    const blocks = await blockDigests(unfilled, viaWorker);
    expect(blocks).toEqual([expected(range)]);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.size).toBe(range.byteLength);
    const onThisThread = createBrowserSha256({
      subtle: undefined,
      now: () => 0,
      yieldTask: () => new Promise<void>((resolve) => setImmediate(resolve)),
    });
    await expect(blockDigests(unfilled, onThisThread)).resolves.toEqual([expected(range)]);
    // Small parts are read from the Blob too.
    const small = new Uint8Array(1000);
    arrivedAsBlob(small, new Blob([range.subarray(0, 1000)]));
    await expect(blockDigests(small, onThisThread)).resolves.toEqual([expected(range.subarray(0, 1000))]);
    // Bytes that did not arrive as a Blob are hashed as they are.
    await expect(onThisThread(range)).resolves.toEqual(expected(range));
  });

  it("knows a dedicated worker's scope from a window", () => {
    class DedicatedWorkerGlobalScope {}
    const scope = Object.assign(new DedicatedWorkerGlobalScope(), { DedicatedWorkerGlobalScope });
    expect(runsAsHashWorker(scope)).toBe(true);
    expect(runsAsHashWorker({ window: {} })).toBe(false);
    expect(runsAsHashWorker(globalThis)).toBe(false);
  });
});
