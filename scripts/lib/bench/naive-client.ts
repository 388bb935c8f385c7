// The external baselines of `npm run bench`: the least a client must do to copy DocSpace files to
// Dropbox, with nothing of the project in it: no hashing, no verification, no retries beyond
// honouring Dropbox's Retry-After. Only `node:` modules, so scripts/bench.ts transpiles this one
// file and runs it with plain `node` (no tsx, no loader): its CPU and memory are the platform's.
//
//   node naive-client.js stream <fileId> <dropboxPath> <chunkMiB>
//     one file: GET …/presigneduri (the download URL), one streaming GET, and one Dropbox upload
//     session whose append_v2 bodies are the downloaded buffers written straight through.
//   node naive-client.js many <folderId> <dropboxFolder> <parallel>
//     a folder tree: list it (paging, `parallel` at once), then per file, `parallel` at once:
//     GET …/presigneduri, GET the bytes, POST files/upload.
//
// Environment: DOCSPACE_URL, DOCSPACE_API_KEY, DROPBOX_URL (emulator origin), DROPBOX_TOKEN;
// NODE_EXTRA_CA_CERTS for the emulators' CAs. Prints one JSON line: what it copied.

import { once } from "node:events";
import type { IncomingMessage } from "node:http";
import { Agent, request } from "node:https";

const MiB = 1024 * 1024;
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const docspaceUrl = (): string => env("DOCSPACE_URL").replace(/\/+$/, "");
const dropboxUrl = (): string => env("DROPBOX_URL").replace(/\/+$/, "");

/** Dropbox-API-Arg must be ASCII: everything else as \uXXXX (Dropbox's HTTP docs). */
function headerJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

interface Sent {
  status: number;
  response: IncomingMessage;
}

/** One request; `write` streams the body (then ends it), or no body. */
function send(
  method: string,
  url: string,
  headers: Record<string, string | number>,
  write?: (req: ReturnType<typeof request>) => Promise<void>,
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (response) =>
      resolve({ status: response.statusCode ?? 0, response }),
    );
    req.once("error", reject);
    if (write) write(req).catch(reject);
    else req.end();
  });
}

async function text(response: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of response) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

async function bytes(response: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of response) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

async function expectOk(sent: Sent, what: string): Promise<string> {
  const body = await text(sent.response);
  if (sent.status < 200 || sent.status > 299)
    throw new Error(`${what}: HTTP ${sent.status} ${body.slice(0, 200)}`);
  return body;
}

async function docspaceJson(path: string): Promise<unknown> {
  const sent = await send("GET", `${docspaceUrl()}/api/2.0/${path}`, {
    Authorization: `Bearer ${env("DOCSPACE_API_KEY")}`,
    Accept: "application/json",
  });
  const body = await expectOk(sent, `GET ${path}`);
  return (JSON.parse(body) as { response: unknown }).response;
}

/** The stream URL needs the API key too (it is not a public link) unless it leads off the portal. */
function download(url: string): Promise<Sent> {
  const sameOrigin = new URL(url).origin === new URL(docspaceUrl()).origin;
  return send("GET", url, sameOrigin ? { Authorization: `Bearer ${env("DOCSPACE_API_KEY")}` } : {});
}

async function downloadUrl(fileId: string): Promise<string> {
  const url = await docspaceJson(`files/file/${encodeURIComponent(fileId)}/presigneduri`);
  if (typeof url !== "string") throw new Error("presigneduri: no URL");
  return url;
}

/** A Dropbox call; 429 (and too_many_write_operations) waits Retry-After and tries again. */
async function dropbox(
  route: string,
  arg: unknown,
  body: Buffer | { length: number; write: (req: ReturnType<typeof request>) => Promise<void> },
  retries: { count: number },
): Promise<string> {
  const content = route.startsWith("files/upload");
  for (;;) {
    const headers: Record<string, string | number> = {
      Authorization: `Bearer ${env("DROPBOX_TOKEN")}`,
    };
    if (content) {
      headers["Content-Type"] = "application/octet-stream";
      headers["Dropbox-API-Arg"] = headerJson(arg);
      headers["Content-Length"] = body.length;
    } else {
      headers["Content-Type"] = "application/json";
    }
    const payload = content ? undefined : Buffer.from(JSON.stringify(arg));
    if (payload) headers["Content-Length"] = payload.length;
    const sent = await send("POST", `${dropboxUrl()}/2/${route}`, headers, async (req) => {
      if (payload) req.end(payload);
      else if (Buffer.isBuffer(body)) req.end(body);
      else await body.write(req);
    });
    const answer = await text(sent.response);
    if (sent.status === 429 || (sent.status === 409 && answer.includes("too_many_write_operations"))) {
      if (!Buffer.isBuffer(body)) throw new Error(`${route}: rate limited on a streamed body`);
      retries.count += 1;
      const after = Number(sent.response.headers["retry-after"] ?? "1");
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(50, (Number.isFinite(after) ? after : 1) * 1000)),
      );
      continue;
    }
    if (sent.status !== 200) throw new Error(`${route}: HTTP ${sent.status} ${answer.slice(0, 300)}`);
    return answer;
  }
}

/** Copies exactly `length` bytes from `source` into `req`, then ends it; the rest stays in `source`. */
function pump(source: { next(): Promise<Buffer | undefined>; unread(rest: Buffer): void }, length: number) {
  return async (req: ReturnType<typeof request>): Promise<void> => {
    let remaining = length;
    while (remaining > 0) {
      const part = await source.next();
      if (!part) throw new Error("the download ended early");
      let piece = part;
      if (piece.length > remaining) {
        source.unread(piece.subarray(remaining));
        piece = piece.subarray(0, remaining);
      }
      remaining -= piece.length;
      if (!req.write(piece)) await once(req, "drain");
    }
    req.end();
  };
}

async function streamOne(fileId: string, path: string, chunkMiB: number): Promise<Record<string, unknown>> {
  const chunk = chunkMiB * MiB;
  const retries = { count: 0 };
  const url = await downloadUrl(fileId);
  const response = await download(url);
  if (response.status !== 200) throw new Error(`download: HTTP ${response.status}`);
  const size = Number(response.response.headers["content-length"]);
  if (!Number.isSafeInteger(size)) throw new Error("download: no Content-Length");
  const iterator = response.response[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let held: Buffer | undefined;
  const source = {
    async next(): Promise<Buffer | undefined> {
      if (held) {
        const part = held;
        held = undefined;
        return part;
      }
      const step = await iterator.next();
      return step.done ? undefined : step.value;
    },
    unread(rest: Buffer): void {
      held = rest;
    },
  };
  const started = JSON.parse(
    await dropbox("files/upload_session/start", { close: false }, Buffer.alloc(0), retries),
  ) as {
    session_id: string;
  };
  let offset = 0;
  while (offset < size) {
    const length = Math.min(chunk, size - offset);
    await dropbox(
      "files/upload_session/append_v2",
      { cursor: { session_id: started.session_id, offset }, close: offset + length === size },
      { length, write: pump(source, length) },
      retries,
    );
    offset += length;
  }
  await dropbox(
    "files/upload_session/finish",
    { cursor: { session_id: started.session_id, offset }, commit: { path, mode: "overwrite", mute: true } },
    Buffer.alloc(0),
    retries,
  );
  return { files: 1, bytes: size, retries: retries.count };
}

interface Listed {
  id: string;
  path: string;
}

async function many(folderId: string, root: string, parallel: number): Promise<Record<string, unknown>> {
  const retries = { count: 0 };
  const files: Listed[] = [];
  // Listing: a queue of folders, `parallel` workers, each folder paged by 100 (the portal's maximum).
  const folders: { id: string; path: string }[] = [{ id: folderId, path: root }];
  let busy = 0;
  await new Promise<void>((resolve, reject) => {
    const next = (): void => {
      if (folders.length === 0 && busy === 0) return resolve();
      while (busy < parallel && folders.length > 0) {
        const folder = folders.shift();
        if (!folder) break;
        busy += 1;
        void (async () => {
          let startIndex = 0;
          for (;;) {
            const page = (await docspaceJson(
              `files/${encodeURIComponent(folder.id)}?startIndex=${startIndex}&count=100`,
            )) as {
              files: { id: number | string; title: string }[];
              folders: { id: number | string; title: string }[];
              count: number;
              total: number;
            };
            for (const file of page.files)
              files.push({ id: String(file.id), path: `${folder.path}/${file.title}` });
            for (const sub of page.folders)
              folders.push({ id: String(sub.id), path: `${folder.path}/${sub.title}` });
            startIndex += page.count;
            if (page.count === 0 || startIndex >= page.total) break;
          }
        })().then(() => {
          busy -= 1;
          next();
        }, reject);
      }
    };
    next();
  });
  let index = 0;
  let total = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (;;) {
        const file = files[index];
        index += 1;
        if (!file) return;
        const url = await downloadUrl(file.id);
        const response = await download(url);
        if (response.status !== 200) throw new Error(`download: HTTP ${response.status}`);
        const content = await bytes(response.response);
        total += content.length;
        await dropbox("files/upload", { path: file.path, mode: "overwrite", mute: true }, content, retries);
      }
    }),
  );
  return { files: files.length, bytes: total, retries: retries.count };
}

async function main(): Promise<void> {
  const [mode, id, target, number] = process.argv.slice(2);
  if (!id || !target || !number) throw new Error("usage: naive-client stream|many <id> <dropbox path> <n>");
  const result =
    mode === "stream" ? await streamOne(id, target, Number(number)) : await many(id, target, Number(number));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  agent.destroy();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
