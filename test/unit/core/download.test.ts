import { DEFAULT_BACKOFF } from "../../../src/core/backoff";
import { arrivedBlobOf, blobBody } from "../../../src/core/body";
import type { DocSpaceClient } from "../../../src/core/docspace/client";
import { openDownload, parseContentRange, RestartRequired } from "../../../src/core/download";
import { TransferError } from "../../../src/core/errors";
import { FakeClock } from "./fakes";

const SIZE = 10_000;
const content = Uint8Array.from({ length: SIZE }, (_, i) => (i * 7) % 251);

interface ServerOptions {
  ranges: boolean;
  /** Per request, in order: drop the body after this many bytes (undefined = complete). */
  drops: (number | undefined)[];
  /** Serve fewer bytes than the file has, ending cleanly. */
  truncateTo?: number;
}

function fakeClient(options: ServerOptions): {
  client: DocSpaceClient;
  requests: { start?: number; end?: number }[];
} {
  const requests: { start?: number; end?: number }[] = [];
  const body = (bytes: Uint8Array, dropAfter: number | undefined): ReadableStream<Uint8Array> => {
    // Pull-based, so bytes before a drop really reach the reader (error() discards the queue).
    let offset = 0;
    const limit = dropAfter ?? bytes.byteLength;
    return new ReadableStream({
      pull(controller) {
        if (offset >= limit) {
          if (dropAfter !== undefined) controller.error(new TypeError("terminated"));
          else controller.close();
          return;
        }
        controller.enqueue(bytes.slice(offset, Math.min(limit, offset + 1000)));
        offset += 1000;
      },
    });
  };
  const client = {
    getDownloadUrl: () => Promise.resolve("https://portal.example/filehandler.ashx?action=stream&fileid=1"),
    fetchContent: (_url: string, request: { start?: number; end?: number } = {}) => {
      requests.push({
        ...(request.start !== undefined ? { start: request.start } : {}),
        ...(request.end !== undefined ? { end: request.end } : {}),
      });
      const drop = options.drops[requests.length - 1];
      const served = content.subarray(0, options.truncateTo ?? SIZE);
      if (options.ranges && request.start !== undefined) {
        const end = Math.min(request.end ?? served.byteLength - 1, served.byteLength - 1);
        const slice = served.subarray(request.start, end + 1);
        return Promise.resolve(
          new Response(body(slice, drop), {
            status: 206,
            headers: { "Content-Range": ` bytes ${request.start}-${end}/${SIZE}`, "Accept-Ranges": "bytes" },
          }),
        );
      }
      return Promise.resolve(
        new Response(body(served, drop), {
          status: 200,
          headers: options.ranges ? { "Accept-Ranges": "bytes", "Content-Length": String(SIZE) } : {},
        }),
      );
    },
  };
  return { client: client as unknown as DocSpaceClient, requests };
}

const file = { id: 1, title: "a.bin", viewUrl: "v", pureContentLength: SIZE };
const runtime = () => ({
  clock: new FakeClock(),
  random: () => 0,
  policy: { ...DEFAULT_BACKOFF, maxAttempts: 3 },
});

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

test("Content-Range with DocSpace's leading space", () => {
  expect(parseContentRange(" bytes 0-0/10")).toEqual({ start: 0, end: 0, total: 10 });
  expect(parseContentRange("bytes 5-9/*")).toEqual({ start: 5, end: 9 });
  expect(parseContentRange("items 1-2/3")).toBeUndefined();
});

test("the probe detects Range support", async () => {
  const ranged = await openDownload(fakeClient({ ranges: true, drops: [] }).client, file, {
    runtime: runtime(),
    probeRanges: true,
  });
  expect(ranged.ranged).toBe(true);
  const plain = await openDownload(fakeClient({ ranges: false, drops: [] }).client, file, {
    runtime: runtime(),
    probeRanges: true,
  });
  expect(plain.ranged).toBe(false);
});

test("a Range probe that gets no answer is given up after the idle time and asked again", async () => {
  const { client } = fakeClient({ ranges: true, drops: [] });
  let probes = 0;
  const stalling = {
    ...client,
    fetchContent: (url: string, request: { start?: number; end?: number; signal?: AbortSignal } = {}) => {
      probes += 1;
      if (probes > 1) return client.fetchContent(url, request);
      return new Promise<Response>((_, reject) =>
        request.signal?.addEventListener("abort", () => reject(request.signal?.reason)),
      );
    },
  } as unknown as DocSpaceClient;
  const source = await openDownload(stalling, file, {
    runtime: runtime(),
    probeRanges: true,
    idleTimeoutMs: 50,
  });
  expect(source.ranged).toBe(true);
  expect(probes).toBe(2);
});

test("a range read that drops resumes where it stopped", async () => {
  const { client, requests } = fakeClient({ ranges: true, drops: [undefined, 2500] });
  const source = await openDownload(client, file, { runtime: runtime(), probeRanges: true });
  const bytes = await source.readRange(1000, 6000);
  expect(bytes).toEqual(content.subarray(1000, 7000));
  expect(requests.slice(1)).toEqual([
    { start: 1000, end: 6999 },
    { start: 3500, end: 6999 },
  ]);
});

test("a range is read through the readBody port; a break it reports resumes where it stopped", async () => {
  const { client, requests } = fakeClient({ ranges: true, drops: [undefined, 2500] });
  const bodies: number[] = [];
  const source = await openDownload(client, file, {
    runtime: runtime(),
    probeRanges: true,
    // Like the CLI's port: pieces handed over in callbacks, no reader per piece.
    readBody: async (body, take) => {
      const reader = body.getReader();
      let pieces = 0;
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          pieces += 1;
          if (!take(value)) return;
        }
      } finally {
        bodies.push(pieces);
        reader.releaseLock();
      }
    },
  });
  const into = new Uint8Array(6000);
  const bytes = await source.readRange(1000, 6000, undefined, into);
  expect(bytes).toBe(into);
  expect(bytes).toEqual(content.subarray(1000, 7000));
  expect(requests.slice(1)).toEqual([
    { start: 1000, end: 6999 },
    { start: 3500, end: 6999 },
  ]);
  // Three pieces before the break, then the four that finish the range.
  expect(bodies).toEqual([3, 4]);
});

test("a stream that drops resumes with Range when the server supports it", async () => {
  const { client, requests } = fakeClient({ ranges: true, drops: [4000] });
  const source = await openDownload(client, file, { runtime: runtime(), probeRanges: false });
  expect(await collect(source.stream())).toEqual(content);
  expect(requests).toEqual([{}, { start: 4000 }]);
});

test("a stream that drops without Range support asks for a restart", async () => {
  const { client } = fakeClient({ ranges: false, drops: [4000] });
  const source = await openDownload(client, file, { runtime: runtime(), probeRanges: false });
  await expect(collect(source.stream())).rejects.toBeInstanceOf(RestartRequired);
});

test("a body that ends short is never passed off as complete", async () => {
  const { client } = fakeClient({ ranges: false, drops: [], truncateTo: 9000 });
  const source = await openDownload(client, file, { runtime: runtime(), probeRanges: false });
  const failure = await collect(source.stream()).catch((error: unknown) => error);
  // Without Range the only honest options are restart or fail; it must not yield success.
  expect(
    failure instanceof RestartRequired ||
      (failure instanceof TransferError && failure.kind === "incomplete-download"),
  ).toBe(true);
});

test("a connection that keeps dropping ends as incomplete-download after bounded attempts", async () => {
  const { client, requests } = fakeClient({ ranges: true, drops: [undefined, 0, 0, 0, 0, 0, 0] });
  const source = await openDownload(client, file, { runtime: runtime(), probeRanges: true });
  await expect(source.readRange(0, SIZE)).rejects.toMatchObject({ kind: "incomplete-download" });
  expect(requests.length).toBe(4); // probe + 3 attempts
});

/** A client whose every ranged GET answers 206 with the stream `body` makes for its range. */
function streamingClient(
  body: (start: number, end: number, call: number, signal?: AbortSignal) => ReadableStream<Uint8Array>,
): { client: DocSpaceClient; calls: () => number } {
  let calls = 0;
  const client = {
    getDownloadUrl: () => Promise.resolve("https://portal.example/f"),
    fetchContent: (_url: string, request: { start?: number; end?: number; signal?: AbortSignal } = {}) => {
      calls += 1;
      const start = request.start ?? 0;
      const end = request.end ?? SIZE - 1;
      return Promise.resolve(
        new Response(body(start, end, calls, request.signal), {
          status: 206,
          headers: { "Content-Range": `bytes ${start}-${end}/${SIZE}` },
        }),
      );
    },
  } as unknown as DocSpaceClient;
  return { client, calls: () => calls };
}

test("a download refused for a changed size leaves no listener on the caller's signal", async () => {
  const client = {
    getDownloadUrl: () => Promise.resolve("https://portal.example/filehandler.ashx?action=stream&fileid=1"),
    fetchContent: () =>
      Promise.resolve(
        new Response(content, { status: 200, headers: { "Content-Length": String(SIZE + 1) } }),
      ),
  } as unknown as DocSpaceClient;
  const caller = new AbortController();
  const added = jest.spyOn(caller.signal, "addEventListener");
  const removed = jest.spyOn(caller.signal, "removeEventListener");
  const source = await openDownload(client, file, { runtime: runtime(), probeRanges: false });
  await expect(collect(source.stream(caller.signal))).rejects.toBeInstanceOf(TransferError);
  // The idle watchdog listens for the caller's abort while its request runs, and stops after.
  const aborts = (spy: jest.SpyInstance): number =>
    spy.mock.calls.filter(([type]) => type === "abort").length;
  expect(aborts(added)).toBeGreaterThan(0);
  expect(aborts(removed)).toBe(aborts(added));
});

test("a connection that stalls is abandoned after the idle timeout and resumed", async () => {
  const { client, calls } = streamingClient((start, end, call, signal) => {
    const stall = call === 1;
    let sent = false;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          // First request: half the bytes, then silence until the watchdog aborts.
          controller.enqueue(content.slice(start, stall ? start + 500 : end + 1));
          if (!stall) controller.close();
          return;
        }
        return new Promise<void>((_, reject) =>
          signal?.addEventListener("abort", () => reject(signal.reason)),
        );
      },
    });
  });
  const source = await openDownload(client, file, {
    runtime: runtime(),
    probeRanges: false,
    idleTimeoutMs: 50,
  });
  await expect(source.readRange(0, 2000)).resolves.toEqual(content.subarray(0, 2000));
  expect(calls()).toBe(2);
});

test("a body that keeps delivering is not abandoned, however long it takes in all", async () => {
  // 40 pieces, 50 ms apart: two seconds in all, twice the idle allowance, never idle that long.
  const { client, calls } = streamingClient((start, end, _call, signal) => {
    let offset = start;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (signal?.aborted) return controller.error(signal.reason);
        controller.enqueue(content.slice(offset, Math.min(end + 1, offset + 50)));
        offset += 50;
        if (offset > end) controller.close();
      },
    });
  });
  const source = await openDownload(client, file, {
    runtime: runtime(),
    probeRanges: false,
    idleTimeoutMs: 1000,
  });
  await expect(source.readRange(0, 2000)).resolves.toEqual(content.subarray(0, 2000));
  expect(calls()).toBe(1);
});

test("with Blob ranges, a range arrives as one Blob, which becomes the upload body as it is", async () => {
  const { client, requests } = fakeClient({ ranges: true, drops: [] });
  const source = await openDownload(client, file, {
    runtime: runtime(),
    probeRanges: true,
    blobRanges: true,
  });
  const bytes = await source.readRange(1000, 6000);
  expect(bytes).toEqual(content.subarray(1000, 7000));
  expect(requests.slice(1)).toEqual([{ start: 1000, end: 6999 }]);
  // A small body copied by blobBody would be the bytes themselves, and a new Blob each time.
  const body = await blobBody(bytes);
  expect(body).toBeInstanceOf(Blob);
  expect(await blobBody(bytes)).toBe(body);
  expect(new Uint8Array(await (body as Blob).arrayBuffer())).toEqual(content.subarray(1000, 7000));
  // Bytes that did not arrive as a Blob keep the usual encoding.
  const other = content.slice(1000, 7000);
  expect(await blobBody(other)).toBe(other);
});

test("with Blob ranges, a range whose body breaks off is asked for again whole", async () => {
  const { client, requests } = fakeClient({ ranges: true, drops: [undefined, 2500] });
  const source = await openDownload(client, file, {
    runtime: runtime(),
    probeRanges: true,
    blobRanges: true,
  });
  expect(await source.readRange(1000, 6000)).toEqual(content.subarray(1000, 7000));
  expect(requests.slice(1)).toEqual([
    { start: 1000, end: 6999 },
    { start: 1000, end: 6999 },
  ]);
});

test("with Blob ranges, a server that ignores Range is read piece by piece", async () => {
  const { client } = fakeClient({ ranges: false, drops: [] });
  const source = await openDownload(client, file, {
    runtime: runtime(),
    probeRanges: false,
    blobRanges: true,
  });
  const bytes = await source.readRange(1000, 6000);
  expect(bytes).toEqual(content.subarray(1000, 7000));
  expect(await blobBody(bytes)).toBe(bytes);
});

test("with Blob ranges, a body that keeps ending short fails as incomplete-download", async () => {
  const { client } = fakeClient({ ranges: true, drops: [], truncateTo: 5000 });
  const source = await openDownload(client, file, {
    runtime: runtime(),
    probeRanges: false,
    blobRanges: true,
  });
  await expect(source.readRange(1000, 6000)).rejects.toMatchObject({ kind: "incomplete-download" });
});

test("with Blob ranges, the range's bytes are read into the caller's buffer, no fresh one", async () => {
  const { client } = fakeClient({ ranges: true, drops: [] });
  const source = await openDownload(client, file, {
    runtime: runtime(),
    probeRanges: true,
    blobRanges: true,
  });
  const pooled = new ArrayBuffer(6000);
  const bytes = await source.readRange(1000, 6000, undefined, new Uint8Array(pooled));
  expect(bytes).toEqual(content.subarray(1000, 7000));
  // A BYOB read moves the pool's memory into the result (the old handle is detached, not copied).
  expect(pooled.byteLength).toBe(0);
  expect(bytes.buffer.byteLength).toBe(6000);
  expect(await blobBody(bytes)).toBeInstanceOf(Blob);
});

test("with Blob ranges and blobRangeBytes false, the array is left as it was and the Blob alone holds the range", async () => {
  const { client } = fakeClient({ ranges: true, drops: [] });
  const source = await openDownload(client, file, {
    runtime: runtime(),
    probeRanges: true,
    blobRanges: true,
    blobRangeBytes: false,
  });
  const pooled = new Uint8Array(6000).fill(42);
  const bytes = await source.readRange(1000, 6000, undefined, pooled);
  // Not read, not moved: the caller's array comes back untouched.
  expect(bytes).toBe(pooled);
  expect(bytes.every((byte) => byte === 42)).toBe(true);
  const blob = arrivedBlobOf(bytes);
  expect(blob).toBeInstanceOf(Blob);
  expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(content.subarray(1000, 7000));
  expect(await blobBody(bytes)).toBe(blob);
});
