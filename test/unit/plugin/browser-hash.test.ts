// The plugin's SHA-256 port: the same digests as Node's OpenSSL whichever way it hashes, Web Crypto
// only while a block is expected to fit the time budget, and yields to the portal between steps.
import { createHash, webcrypto } from "node:crypto";

import {
  createBrowserSha256,
  TASK_BUDGET_MS,
  yieldToPortal,
  type BrowserHashRuntime,
} from "../../../src/plugin/browser-hash";

const MiB = 1024 * 1024;

function pattern(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = (i * 31 + (i >>> 11)) & 255;
  return bytes;
}

const expected = (bytes: Uint8Array): Uint8Array =>
  new Uint8Array(createHash("sha256").update(bytes).digest());

/**
 * A runtime with a hand-driven clock: `msPerStepCall` is added at each look at the clock, and a
 * digest by the fake Web Crypto adds `digestMsPerMiB` per MiB it hashed.
 */
function fakeRuntime(options: { subtle: boolean; msPerLook?: number; digestMsPerMiB?: number }): {
  runtime: BrowserHashRuntime;
  digests: number[];
  yields: () => number;
} {
  let clock = 0;
  let yields = 0;
  const digests: number[] = [];
  const subtle: BrowserHashRuntime["subtle"] = {
    async digest(algorithm, data) {
      digests.push(data.byteLength);
      clock += ((options.digestMsPerMiB ?? 0) * data.byteLength) / MiB;
      return webcrypto.subtle.digest(algorithm, data);
    },
  };
  return {
    runtime: {
      subtle: options.subtle ? subtle : undefined,
      now: () => (clock += options.msPerLook ?? 0),
      yieldTask: async () => {
        yields += 1;
        await new Promise<void>((resolve) => setImmediate(resolve));
      },
    },
    digests,
    yields: () => yields,
  };
}

describe("the browser's SHA-256", () => {
  const sizes = [0, 1, 64 * 1024, 64 * 1024 + 1, 300 * 1024, 4 * MiB];

  it.each(sizes)("gives OpenSSL's digest of %i bytes in pure JavaScript (no Web Crypto)", async (size) => {
    const { runtime, digests } = fakeRuntime({ subtle: false, msPerLook: 3 });
    const bytes = pattern(size);
    expect(await createBrowserSha256(runtime)(bytes)).toEqual(expected(bytes));
    expect(digests).toEqual([]);
  });

  it.each(sizes)("gives OpenSSL's digest of %i bytes with a fast Web Crypto", async (size) => {
    const { runtime } = fakeRuntime({ subtle: true, digestMsPerMiB: 0.5 });
    const bytes = pattern(size);
    expect(await createBrowserSha256(runtime)(bytes)).toEqual(expected(bytes));
  });

  it("digests a whole block with Web Crypto when the probe says it fits the budget", async () => {
    // 0.5 ms per MiB: a 4 MiB block is expected to take 2 ms, within the budget.
    const { runtime, digests } = fakeRuntime({ subtle: true, digestMsPerMiB: 0.5 });
    const sha = createBrowserSha256(runtime);
    const block = pattern(4 * MiB);
    await sha(block);
    await sha(block);
    // One probe of 256 KiB, then each block in one digest.
    expect(digests).toEqual([256 * 1024, 4 * MiB, 4 * MiB]);
  });

  it("hashes in pure JavaScript when Web Crypto would hold the thread longer than the budget", async () => {
    // 40 ms per MiB: a 4 MiB block would take 160 ms in one call, which cannot be split.
    const { runtime, digests } = fakeRuntime({ subtle: true, digestMsPerMiB: 40 });
    const sha = createBrowserSha256(runtime);
    const block = pattern(4 * MiB);
    expect(await sha(block)).toEqual(expected(block));
    expect(await sha(block)).toEqual(expected(block));
    // Only the probe went to Web Crypto.
    expect(digests).toEqual([256 * 1024]);
  });

  it("switches to pure JavaScript at once when a whole-block digest overran the budget", async () => {
    let slow = false;
    const { runtime, digests } = fakeRuntime({ subtle: true, digestMsPerMiB: 0.5 });
    const subtle = runtime.subtle;
    if (!subtle) throw new Error("no fake subtle");
    let clock = 0;
    const sha = createBrowserSha256({
      ...runtime,
      now: () => clock,
      subtle: {
        async digest(algorithm, data) {
          // The machine got busy: the first whole block took 200 ms.
          clock += slow && data.byteLength > 256 * 1024 ? 200 : 0;
          return subtle.digest(algorithm, data);
        },
      },
    });
    const block = pattern(4 * MiB);
    slow = true;
    expect(await sha(block)).toEqual(expected(block));
    expect(await sha(block)).toEqual(expected(block));
    expect(digests).toEqual([256 * 1024, 4 * MiB]);
  });

  it("probes Web Crypto again after a while, since the machine's load changes", async () => {
    // 80 ms per MiB: 10 ms for 128 KiB, over the budget, so the blocks between probes go to pure JS.
    const { runtime, digests } = fakeRuntime({ subtle: true, digestMsPerMiB: 80 });
    expect((80 * 128) / 1024).toBeGreaterThan(TASK_BUDGET_MS);
    const sha = createBrowserSha256(runtime);
    const block = pattern(128 * 1024);
    for (let i = 0; i < 17; i += 1) await sha(block);
    expect(digests).toEqual([128 * 1024, 128 * 1024]);
  });

  it("falls back to pure JavaScript when Web Crypto refuses", async () => {
    const { runtime } = fakeRuntime({ subtle: true });
    const sha = createBrowserSha256({
      ...runtime,
      subtle: {
        digest: () => Promise.reject(new Error("NotSupportedError")),
      },
    });
    const bytes = pattern(MiB);
    expect(await sha(bytes)).toEqual(expected(bytes));
  });

  it("yields to the portal whenever the time budget is spent, and not in between", async () => {
    const bytes = pattern(MiB);
    // Each look at the clock costs 3 ms: the budget is spent after a few 64 KiB steps.
    const slow = fakeRuntime({ subtle: false, msPerLook: 3 });
    expect(await createBrowserSha256(slow.runtime)(bytes)).toEqual(expected(bytes));
    // One yield before starting, then one per spent budget: 16 steps, a few per task.
    expect(slow.yields()).toBeGreaterThan(3);
    // A clock that never advances: the whole MiB is one task, between the yields before and after.
    const fast = fakeRuntime({ subtle: false, msPerLook: 0 });
    await createBrowserSha256(fast.runtime)(bytes);
    expect(fast.yields()).toBe(2);
  });

  it("starts and ends every large hash in tasks of their own, and hashes small ones at once", async () => {
    const { runtime, yields } = fakeRuntime({ subtle: false });
    const sha = createBrowserSha256(runtime);
    await sha(pattern(32 * 10));
    expect(yields()).toBe(0);
    await sha(pattern(MiB));
    expect(yields()).toBe(2);
  });

  it("yieldToPortal resolves in a later task", async () => {
    const order: string[] = [];
    const yielded = yieldToPortal().then(() => order.push("yielded"));
    await Promise.resolve();
    order.push("same task");
    await yielded;
    expect(order).toEqual(["same task", "yielded"]);
  });
});
