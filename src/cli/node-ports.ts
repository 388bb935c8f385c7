// The CLI's Node-specific ports for the core (the way tus-js-client's `lib/node/index.ts` completes
// its options): a fetch that moves file bytes without copying them, and Node's native SHA-256.
//
// Why not plain `globalThis.fetch` for the bytes: undici copies every request body that is an
// ArrayBuffer view before sending it (nodejs/undici lib/web/fetch/body.js `extractBody`:
// `new Uint8Array(object.buffer.slice(...))`), so every 8 MiB chunk was copied once more, and its
// response bodies are byte streams whose chunks are copied again on the way to the reader. A
// `node --cpu-prof` of a 1 GiB export showed those copies and the garbage they leave among the
// top entries (docs/benchmarks.md, "CPU profile"). Here an upload body goes to the socket as it is
// (`request.end(bytes)` writes the caller's buffer), and a download's chunks reach the reader as
// the Buffers the socket produced.
//
// Two kinds of request take this path because they carry file bytes: a GET that does not follow
// redirects (the DocSpace client's content reads follow them itself, so the API key never reaches
// another origin) and a POST whose body is bytes (Dropbox content uploads). GETs that follow
// redirects (DocSpace JSON) take it too, for its lower cost, until one is redirected (see
// `followsRedirects`). Everything else (JSON POSTs, token requests) goes to the fallback fetch.

import { createHash } from "node:crypto";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { readBodyStream, type BodyReader, type FetchLike, type Sha256 } from "../core";

/** Node's SHA-256 (OpenSSL): synchronous, reads the bytes in place (Web Crypto copies them first). */
export const nodeSha256: Sha256 = (bytes) => createHash("sha256").update(bytes).digest();

/** Statuses whose responses have no body (fetch.spec.whatwg.org, "null body status"). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** Bytes a download may hold in its queue before the socket is paused (backpressure). */
const QUEUE_BYTES = 1024 * 1024;

/** Keep-alive agents: one TLS handshake per connection, not per request (undici's default too). */
const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

/** Whether a request carries file bytes and so takes the copy-free path. */
function takesNodePath(init: RequestInit | undefined): boolean {
  const method = (init?.method ?? "GET").toUpperCase();
  if (method === "GET") return init?.redirect === "manual" && init.body == null;
  return method === "POST" && init?.body instanceof Uint8Array;
}

/**
 * A GET that follows redirects (the DocSpace API's JSON: a download URL per small file) costs
 * undici about twice what node:https does (`node --cpu-prof` of a 1000-file export, `npx tsx
 * scripts/bench.ts --only many --clients cli-many --cpu-prof DIR`), so it is sent here too; a
 * redirect, which these endpoints do not answer, goes to `fallback` to be followed the fetch way
 * (Authorization dropped across origins).
 */
function followsRedirects(init: RequestInit | undefined): boolean {
  const method = (init?.method ?? "GET").toUpperCase();
  return method === "GET" && (init?.redirect ?? "follow") === "follow" && init?.body == null;
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

/** A network failure the way undici reports one, so the core's classifier knows it. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError("fetch failed", { cause });
}

/** The reason an aborted signal carries, or a DOMException like fetch's when it carries none. */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** Why a body stopped short: the caller's abort, or "terminated" as undici says (the classifier retries it). */
function brokenBody(signal: AbortSignal | null | undefined, cause?: unknown): unknown {
  if (signal?.aborted) return abortReason(signal);
  return cause === undefined ? new TypeError("terminated") : new TypeError("terminated", { cause });
}

/** A body nobody has started to read: `readNodeBody` may still take its message. */
interface Unread {
  message: IncomingMessage;
  signal: AbortSignal | null | undefined;
  /** The stream gives the message up: its listeners do nothing from now on. */
  release(): void;
}

const unread = new WeakMap<ReadableStream<Uint8Array>, Unread>();

/**
 * A response body as a web stream of the socket's own Buffers (a default stream, not a byte
 * stream, so nothing clones them), paused while the reader falls behind. The stream takes the
 * message's bytes only when first read (highWaterMark 0: nothing is pulled before a reader asks),
 * so until then `readNodeBody` can take the message itself. As with any fetch, a body must be
 * read or cancelled: one left alone keeps its connection from the next request.
 */
function bodyStream(
  message: IncomingMessage,
  signal: AbortSignal | null | undefined,
): ReadableStream<Uint8Array> {
  let settled = false;
  let attached = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const fail = (error: unknown): void => {
    if (settled) return;
    settled = true;
    // A message that died unread is not for `readNodeBody` to take: it would wait for events
    // that have passed. Read as a stream, the body fails with this error.
    unread.delete(stream);
    controller?.error(error);
  };
  const attach = (): void => {
    attached = true;
    message.on("data", (chunk: Buffer) => {
      if (settled) return;
      controller?.enqueue(chunk);
      // No read waiting and a queue this long: stop the socket until the reader catches up.
      if ((controller?.desiredSize ?? 0) <= -QUEUE_BYTES) message.pause();
    });
    message.on("end", () => {
      if (settled) return;
      settled = true;
      controller?.close();
    });
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        message.on("error", (error) => fail(brokenBody(signal, error)));
        message.on("close", () => {
          if (!message.complete) fail(brokenBody(signal));
        });
      },
      pull() {
        if (!attached) {
          if (!unread.delete(stream)) {
            // `readNodeBody` took the message (and silenced the listeners above).
            controller?.error(new TypeError("Body is unusable: a body reader has read it"));
            return;
          }
          attach();
        }
        message.resume();
      },
      cancel() {
        settled = true;
        unread.delete(stream);
        message.destroy();
      },
    },
    { highWaterMark: 0, size: (chunk) => chunk.byteLength },
  );
  unread.set(stream, {
    message,
    signal,
    release: () => {
      settled = true;
    },
  });
  return stream;
}

/**
 * The core's `readBody` port for the CLI: a body this module's fetch made, and nobody has read
 * yet, is read from node:http's message, each piece handed over in its `data` event. A stream
 * reader instead costs a promise and a few objects per 16 KiB piece: a 4 GiB export took 7.7
 * CPU-s this way against 8.4 through the stream, both with `--no-incremental-marking` (`npm run
 * bench -- --only large --sizes 100,4096 --clients baseline,cli --rounds 3 --no-browser
 * --no-write`, medians). Any other body is read as a stream.
 */
export const readNodeBody: BodyReader = (body, take) => {
  const entry = unread.get(body);
  if (!entry || body.locked) return readBodyStream(body, take);
  unread.delete(body);
  entry.release();
  const { message, signal } = entry;
  const declared = Number(message.headers["content-length"] ?? Number.NaN);
  return new Promise<void>((resolve, reject) => {
    let received = 0;
    let done = false;
    const finish = (error?: unknown): void => {
      if (done) return;
      done = true;
      message.off("data", onData);
      if (error === undefined) resolve();
      else reject(error);
    };
    function onData(chunk: Buffer): void {
      if (done) return;
      received += chunk.byteLength;
      let more: boolean;
      try {
        more = take(chunk);
      } catch (error) {
        // Thrown in an event handler, it would end the process; it fails this read instead.
        finish(error);
        message.destroy();
        return;
      }
      if (more) return;
      finish();
      // A body that has sent all it declared ends by itself and leaves its connection to the
      // next request; anything longer is cut off.
      if (received !== declared) message.destroy();
    }
    message.on("data", onData);
    message.on("end", () => finish());
    message.on("error", (error) => finish(brokenBody(signal, error)));
    message.on("close", () => {
      if (!message.complete) finish(brokenBody(signal));
    });
    message.resume();
  });
};

function nodeRequest(url: URL, init: RequestInit | undefined): Promise<Response> {
  const signal = init?.signal;
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const transport = url.protocol === "https:" ? https : http;
    const method = (init?.method ?? "GET").toUpperCase();
    const request = transport.request(url, {
      method,
      headers: headersOf(init),
      agent: url.protocol === "https:" ? agents.https : agents.http,
    });
    const onAbort = (): void => {
      request.destroy();
      reject(abortReason(signal as AbortSignal));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    request.on("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(signal?.aborted ? abortReason(signal) : fetchFailed(error));
    });
    request.on("response", (message) => {
      signal?.removeEventListener("abort", onAbort);
      // From here the abort ends the body, as it does with fetch.
      const onBodyAbort = (): void => void message.destroy();
      signal?.addEventListener("abort", onBodyAbort, { once: true });
      message.on("close", () => signal?.removeEventListener("abort", onBodyAbort));
      try {
        const headers = new Headers();
        const raw = message.rawHeaders;
        for (let index = 0; index + 1 < raw.length; index += 2) {
          headers.append(raw[index] ?? "", raw[index + 1] ?? "");
        }
        const status = message.statusCode ?? 0;
        const answer = { status, statusText: message.statusMessage ?? "", headers };
        if (NULL_BODY.has(status) || method === "HEAD") {
          message.resume();
          resolve(new Response(null, answer));
        } else {
          resolve(new Response(bodyStream(message, signal), answer));
        }
      } catch (error) {
        // A status or header fetch cannot represent (e.g. status 999): a failed request, not a crash.
        message.destroy();
        reject(fetchFailed(error));
      }
    });
    const body = init?.body;
    if (body instanceof Uint8Array) {
      request.setHeader("content-length", body.byteLength);
      writeInSlices(request, body);
    } else {
      request.end();
    }
  });
}

/** Bytes of an upload body handed to the TLS socket at a time. */
const SLICE_BYTES = 256 * 1024;

/**
 * Writes a body a slice at a time, each after the socket drained the one before. Handed to a TLS
 * socket in one piece, an 8 MiB body is encrypted whole into a buffer of its own before the
 * first byte leaves: the profile of a 1 GiB export showed that `writev` as 17 % of the CLI's
 * CPU, and peak RSS fell by about 25 MiB with slices (`npx tsx scripts/bench.ts --only large
 * --clients cli --cpu-prof DIR`). The slices are views of the caller's buffer, never copies. Once
 * the server has answered (it may refuse a body before reading it) or the request has failed,
 * nothing drains any more: the rest is handed over at once, as a whole body would have been.
 */
function writeInSlices(request: http.ClientRequest, body: Uint8Array): void {
  if (body.byteLength <= SLICE_BYTES) {
    request.end(body);
    return;
  }
  let offset = 0;
  let waiting = true;
  const stopWaiting = (): void => {
    if (!waiting) return;
    waiting = false;
    request.off("drain", next);
    if (offset < body.byteLength) {
      const rest = body.subarray(offset);
      offset = body.byteLength;
      if (!request.destroyed) request.end(rest);
    }
  };
  function next(): void {
    while (waiting && offset < body.byteLength) {
      const end = Math.min(offset + SLICE_BYTES, body.byteLength);
      const slice = body.subarray(offset, end);
      offset = end;
      if (end === body.byteLength) {
        waiting = false;
        request.off("drain", next);
        request.end(slice);
        return;
      }
      if (!request.write(slice)) return; // `drain` calls again
    }
  }
  request.on("drain", next);
  request.once("response", stopWaiting);
  request.once("error", stopWaiting);
  request.once("close", stopWaiting);
  next();
}

/** `fallback` for everything except requests that carry file bytes, which go through node:http(s). */
export function nodeFetch(fallback: FetchLike): FetchLike {
  return (input, init) => {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return fallback(input, init);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") return fallback(input, init);
    if (followsRedirects(init)) {
      return nodeRequest(url, init).then(async (response) => {
        if (response.status < 300 || response.status > 399 || !response.headers.has("location"))
          return response;
        await response.body?.cancel().catch(() => undefined);
        return fallback(input, init);
      });
    }
    return takesNodePath(init) ? nodeRequest(url, init) : fallback(input, init);
  };
}
