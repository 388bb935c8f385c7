// The CLI's Node ports against a real HTTP server on an ephemeral port: file bytes go through
// node:http without copies and behave like fetch (statuses, headers, aborts, broken bodies); so do
// GETs that follow redirects, until one is redirected; everything else goes to the fallback fetch;
// Node's SHA-256 gives Dropbox's content hash; `readNodeBody` hands a body's pieces over as they
// arrive, from node:http's message for this fetch's responses and from the stream for any other.

import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { nodeFetch, nodeSha256, readNodeBody } from "../../../src/cli/node-ports";
import { isNetworkError } from "../../../src/core/classify";
import { contentHashOf } from "../../../src/core/content-hash";
import type { FetchLike } from "../../../src/core/ports";

type Handler = (request: IncomingMessage, response: ServerResponse, body: Buffer) => void;

let server: http.Server;
let base: string;
let handler: Handler = (_request, response) => response.end();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const parts: Buffer[] = [];
    request.on("data", (part: Buffer) => parts.push(part));
    request.on("end", () => handler(request, response, Buffer.concat(parts)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A fallback that records what it was asked and answers 299, so a test sees who answered. */
function recordingFallback(): { fetch: FetchLike; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch: (input) => {
      calls.push(input);
      return Promise.resolve(new Response("fallback", { status: 299 }));
    },
  };
}

async function readChunks(response: Response): Promise<Uint8Array[]> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

test("a content GET (manual redirects) arrives as the socket's own Buffers, with status and headers", async () => {
  const payload = Buffer.alloc(3 * 1024 * 1024 + 5, 7);
  let range: string | undefined;
  handler = (request, response) => {
    range = request.headers.range;
    response.writeHead(206, { "content-range": `bytes 0-${payload.length - 1}/${payload.length}` });
    response.end(payload);
  };
  const fallback = recordingFallback();
  const response = await nodeFetch(fallback.fetch)(`${base}/file`, {
    method: "GET",
    headers: new Headers({ Range: "bytes=0-" }),
    redirect: "manual",
  });
  expect(fallback.calls).toEqual([]);
  expect(range).toBe("bytes=0-");
  expect(response.status).toBe(206);
  expect(response.headers.get("content-range")).toBe(`bytes 0-${payload.length - 1}/${payload.length}`);
  const chunks = await readChunks(response);
  // Buffers, not the copies undici's byte streams hand out (those are plain Uint8Arrays).
  expect(chunks.every((chunk) => Buffer.isBuffer(chunk))).toBe(true);
  expect(Buffer.concat(chunks).equals(payload)).toBe(true);
});

test("a redirect is handed back, not followed (the DocSpace client follows it without the key)", async () => {
  handler = (_request, response) => {
    response.writeHead(302, { location: "https://storage.example/x" });
    response.end();
  };
  const response = await nodeFetch(recordingFallback().fetch)(`${base}/file`, { redirect: "manual" });
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe("https://storage.example/x");
});

test("an upload sends the exact bytes with their length and every header", async () => {
  const bytes = new Uint8Array(8 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 997) bytes[i] = i & 0xff;
  const view = bytes.subarray(1024, 1024 + 5 * 1024 * 1024);
  let received: { body: Buffer; length?: string; arg?: string; type?: string } | undefined;
  handler = (request, response, body) => {
    received = {
      body,
      length: request.headers["content-length"],
      arg: request.headers["dropbox-api-arg"] as string,
      type: request.headers["content-type"],
    };
    response.writeHead(200, { "content-type": "application/json" });
    response.end('{"ok":true}');
  };
  const response = await nodeFetch(recordingFallback().fetch)(`${base}/2/files/upload_session/append_v2`, {
    method: "POST",
    body: view,
    headers: { "Content-Type": "application/octet-stream", "Dropbox-API-Arg": '{"close":false}' },
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
  expect(received?.length).toBe(String(view.byteLength));
  expect(received?.arg).toBe('{"close":false}');
  expect(received?.type).toBe("application/octet-stream");
  expect(received?.body.equals(Buffer.from(view.buffer, view.byteOffset, view.byteLength))).toBe(true);
});

test("a server that answers without reading the body gets its answer through (no wait for a drain)", async () => {
  // A server may refuse an upload from its headers alone and never read the body.
  const early = http.createServer((request, response) => {
    request.pause();
    response.writeHead(409, { "content-type": "application/json" });
    response.end('{"error_summary":"not_found/"}');
  });
  await new Promise<void>((resolve) => early.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = early.address() as AddressInfo;
    const response = await nodeFetch(recordingFallback().fetch)(`http://127.0.0.1:${port}/2/files/upload`, {
      method: "POST",
      body: new Uint8Array(32 * 1024 * 1024),
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error_summary: "not_found/" });
  } finally {
    early.closeAllConnections();
    await new Promise<void>((resolve) => early.close(() => resolve()));
  }
});

test("JSON POSTs and token requests go to the fallback fetch", async () => {
  const fallback = recordingFallback();
  const fetch = nodeFetch(fallback.fetch);
  expect((await fetch(`${base}/2/files/list_folder`, { method: "POST", body: "{}" })).status).toBe(299);
  expect(
    (await fetch(`${base}/oauth2/token`, { method: "POST", body: new URLSearchParams({ a: "b" }) })).status,
  ).toBe(299);
  expect(fallback.calls).toEqual([`${base}/2/files/list_folder`, `${base}/oauth2/token`]);
});

test("a GET that follows redirects is answered by node:http; a redirect goes to the fallback to be followed", async () => {
  const seen: { url: string | undefined; authorization: string | undefined }[] = [];
  handler = (request, response) => {
    seen.push({ url: request.url, authorization: request.headers.authorization });
    if (request.url === "/moved") {
      response.writeHead(302, { location: "/elsewhere" });
      response.end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json" });
    response.end('{"response":"https://portal.example/filehandler.ashx?action=stream"}');
  };
  const fallback = recordingFallback();
  const fetch = nodeFetch(fallback.fetch);
  const init = { headers: { Accept: "application/json", Authorization: "Bearer sk-key" } };
  const answer = await fetch(`${base}/api/2.0/files/file/1/presigneduri`, init);
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({ response: "https://portal.example/filehandler.ashx?action=stream" });
  expect(fallback.calls).toEqual([]);
  // The redirect itself never reaches the caller: the fallback (fetch) follows it.
  const moved = await fetch(`${base}/moved`, init);
  expect(moved.status).toBe(299);
  expect(fallback.calls).toEqual([`${base}/moved`]);
  expect(seen).toEqual([
    { url: "/api/2.0/files/file/1/presigneduri", authorization: "Bearer sk-key" },
    { url: "/moved", authorization: "Bearer sk-key" },
  ]);
  // A GET that must not follow (redirect: "error") stays with the fallback.
  expect((await fetch(`${base}/api/2.0/files/1`, { redirect: "error" })).status).toBe(299);
});

test("a body that breaks off fails the read as a network failure (so the download resumes)", async () => {
  handler = (_request, response) => {
    response.writeHead(200, { "content-length": "1000000" });
    response.write(Buffer.alloc(1000));
    setTimeout(() => response.socket?.destroy(), 20);
  };
  const response = await nodeFetch(recordingFallback().fetch)(`${base}/file`, { redirect: "manual" });
  const failure: unknown = await readChunks(response).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(TypeError);
  expect(isNetworkError(failure)).toBe(true);
});

test("a refused connection is a network failure, like fetch's", async () => {
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const failure: unknown = await nodeFetch(recordingFallback().fetch)(`http://127.0.0.1:${port}/file`, {
    redirect: "manual",
  }).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(isNetworkError(failure)).toBe(true);
});

test("aborting rejects with the signal's reason, before the answer and while the body streams", async () => {
  handler = (_request, response) => {
    response.writeHead(200, { "content-length": "1000000" });
    response.write(Buffer.alloc(1000));
    // Never ends: only the abort finishes this request.
  };
  const fetch = nodeFetch(recordingFallback().fetch);
  const early = new AbortController();
  early.abort(new DOMException("stop", "AbortError"));
  await expect(fetch(`${base}/file`, { redirect: "manual", signal: early.signal })).rejects.toMatchObject({
    name: "AbortError",
  });
  const late = new AbortController();
  const response = await fetch(`${base}/file`, { redirect: "manual", signal: late.signal });
  const reader = response.body?.getReader();
  const first = await reader?.read();
  expect(first?.value?.byteLength).toBeGreaterThan(0);
  late.abort(new DOMException("The download stalled.", "TimeoutError"));
  await expect(
    (async () => {
      for (;;) if ((await reader?.read())?.done !== false) return;
    })(),
  ).rejects.toMatchObject({ name: "TimeoutError" });
});

test("Node's SHA-256 gives the same Dropbox content hash as Web Crypto", async () => {
  const bytes = new Uint8Array(9 * 1024 * 1024 + 3);
  for (let i = 0; i < bytes.length; i += 4093) bytes[i] = (i * 31) & 0xff;
  const expected = await contentHashOf(bytes);
  expect(await contentHashOf(bytes, nodeSha256)).toBe(expected);
  expect(await contentHashOf(bytes.subarray(0, 0), nodeSha256)).toBe(
    await contentHashOf(bytes.subarray(0, 0)),
  );
});

test("a status fetch cannot represent fails the request instead of crashing the process", async () => {
  handler = (_request, response) => {
    response.writeHead(999, { "content-length": "2" });
    response.end("no");
  };
  const failure: unknown = await nodeFetch(recordingFallback().fetch)(`${base}/file`, {
    redirect: "manual",
  }).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(TypeError);
  expect(isNetworkError(failure)).toBe(true);
});

/** Every piece `readNodeBody` hands over, until `enough` says stop. */
async function readPieces(
  body: ReadableStream<Uint8Array> | null,
  enough: (total: number) => boolean = () => false,
): Promise<Buffer> {
  if (!body) throw new Error("no body");
  const pieces: Uint8Array[] = [];
  let total = 0;
  await readNodeBody(body, (piece) => {
    pieces.push(piece);
    total += piece.byteLength;
    return !enough(total);
  });
  return Buffer.concat(pieces);
}

test("readNodeBody takes this fetch's body from node:http, even after other work, and the stream is spent", async () => {
  const payload = Buffer.alloc(2 * 1024 * 1024 + 3);
  for (let index = 0; index < payload.length; index += 1) payload[index] = index % 251;
  handler = (_request, response) => {
    response.writeHead(206, { "content-length": String(payload.length) });
    response.end(payload);
  };
  const response = await nodeFetch(recordingFallback().fetch)(`${base}/file`, { redirect: "manual" });
  // Time passes before the reader asks, as it does in the download (size checks, other awaits).
  await new Promise((resolve) => setTimeout(resolve, 20));
  const body = response.body;
  expect((await readPieces(body)).equals(payload)).toBe(true);
  // Taken from the message, not through a reader: the stream is not locked, and has nothing left.
  expect(body?.locked).toBe(false);
  await expect(body?.getReader().read()).rejects.toThrow("Body is unusable");
});

test("readNodeBody reads any other body as a stream", async () => {
  const body = new Response("from elsewhere").body;
  expect((await readPieces(body)).toString()).toBe("from elsewhere");
  expect(body?.locked).toBe(true);
  // A body of this fetch that a reader started on stays with the stream too.
  handler = (_request, response) => response.end("streamed");
  const response = await nodeFetch(recordingFallback().fetch)(`${base}/file`, { redirect: "manual" });
  const reader = response.body?.getReader();
  const first = await reader?.read();
  expect(Buffer.from(first?.value ?? []).toString()).toBe("streamed");
  reader?.releaseLock();
  expect((await readPieces(response.body)).byteLength).toBe(0);
});

test("stopping at the end of a body keeps its connection for the next request; stopping early cuts it off", async () => {
  const sockets = new Set<unknown>();
  handler = (request, response) => {
    sockets.add(request.socket);
    response.writeHead(200, { "content-length": "300000" });
    response.end(Buffer.alloc(300000, 1));
  };
  const fetch = nodeFetch(recordingFallback().fetch);
  for (let round = 0; round < 3; round += 1) {
    const response = await fetch(`${base}/whole`, { redirect: "manual" });
    expect((await readPieces(response.body, (total) => total >= 300000)).byteLength).toBe(300000);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(sockets.size).toBe(1);
  const response = await fetch(`${base}/more`, { redirect: "manual" });
  const taken = await readPieces(response.body, (total) => total >= 1000);
  expect(taken.byteLength).toBeLessThan(300000);
  await new Promise((resolve) => setTimeout(resolve, 10));
  await (await fetch(`${base}/again`, { redirect: "manual" })).body?.cancel();
  // The cut-off body's connection could not carry another request.
  expect(sockets.size).toBe(2);
});

test("readNodeBody fails a body that breaks off as a network failure, after handing over what arrived", async () => {
  handler = (_request, response) => {
    response.writeHead(200, { "content-length": "1000000" });
    response.write(Buffer.alloc(1000, 9));
    setTimeout(() => response.socket?.destroy(), 20);
  };
  const response = await nodeFetch(recordingFallback().fetch)(`${base}/file`, { redirect: "manual" });
  let received = 0;
  const failure: unknown = await readNodeBody(response.body as ReadableStream<Uint8Array>, (piece) => {
    received += piece.byteLength;
    return true;
  }).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(received).toBe(1000);
  expect(failure).toBeInstanceOf(TypeError);
  expect(isNetworkError(failure)).toBe(true);
});

test("readNodeBody rejects with the signal's reason when the request is aborted mid-body", async () => {
  handler = (_request, response) => {
    response.writeHead(200, { "content-length": "1000000" });
    response.write(Buffer.alloc(1000));
  };
  const controller = new AbortController();
  const response = await nodeFetch(recordingFallback().fetch)(`${base}/file`, {
    redirect: "manual",
    signal: controller.signal,
  });
  const reading = readNodeBody(response.body as ReadableStream<Uint8Array>, () => {
    controller.abort(new DOMException("The download stalled.", "TimeoutError"));
    return true;
  });
  await expect(reading).rejects.toMatchObject({ name: "TimeoutError" });
});

test("a piece its taker throws on fails the read, not the process", async () => {
  handler = (_request, response) => {
    response.writeHead(200, { "content-length": "100000" });
    response.end(Buffer.alloc(100000));
  };
  const response = await nodeFetch(recordingFallback().fetch)(`${base}/file`, { redirect: "manual" });
  const reading = readNodeBody(response.body as ReadableStream<Uint8Array>, () => {
    throw new RangeError("no room");
  });
  await expect(reading).rejects.toThrow("no room");
});

test("a body that broke off before readNodeBody asked fails the read instead of waiting forever", async () => {
  handler = (_request, response) => {
    response.writeHead(200, { "content-length": "1000000" });
    response.write(Buffer.alloc(1000));
    setTimeout(() => response.socket?.destroy(), 10);
  };
  const response = await nodeFetch(recordingFallback().fetch)(`${base}/file`, { redirect: "manual" });
  // Long enough for the connection to be gone before the reader asks.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const failure: unknown = await readPieces(response.body).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(TypeError);
  expect(isNetworkError(failure)).toBe(true);
});
