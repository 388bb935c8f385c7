import { once } from "node:events";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdir, readFile, rm, unlink } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { randomBytes } from "node:crypto";
import { ContentHasher } from "../shared/content-hash";
import { Link } from "../shared/link";

/** A stored run of bytes: small ones stay in memory, anything larger lives in a file. */
export type Part = { kind: "memory"; data: Buffer } | { kind: "file"; path: string; length: number };

/** File contents as an ordered list of parts (sessions append parts instead of copying bytes). */
export interface StoredBlob {
  size: number;
  contentHash: string;
  parts: Part[];
}

export const partLength = (p: Part): number => (p.kind === "memory" ? p.data.byteLength : p.length);

export class PayloadTooLargeError extends Error {
  override readonly name = "PayloadTooLargeError";
}
export class BodyAbortedError extends Error {
  override readonly name = "BodyAbortedError";
}

export interface ReceiveOptions {
  /** Bytes above this are refused (the 150 MiB per-request limit). */
  limit: number;
  /** Hashers to feed: the request's own and, for sessions, a copy of the session's (so a failed request leaves it untouched). */
  hashers: readonly ContentHasher[];
  /** Fault injection: called once this many bytes have arrived; it destroys the connection. */
  dropAfter?: { bytes: number; drop: () => void };
}

/**
 * Receives request bodies into parts. Bodies above `memoryThreshold` are streamed to a file
 * with backpressure, so a 2 GiB upload never sits in the emulator's heap.
 */
export class BlobStore {
  /** Request-body bytes read so far, whatever became of them (a counter for tests, not a behaviour). */
  receivedBytes = 0;
  /** What request bodies cross on their way in (unlimited unless a benchmark sets a rate). */
  readonly link = new Link();

  constructor(
    readonly dir: string,
    private readonly memoryThreshold: number,
  ) {}

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  newFilePath(): string {
    return join(this.dir, `${Date.now().toString(36)}-${randomBytes(8).toString("hex")}.bin`);
  }

  /** Reads `body` to the end; resolves with the stored part (undefined when empty). */
  async receive(body: AsyncIterable<Buffer>, options: ReceiveOptions): Promise<Part | undefined> {
    const memory: Buffer[] = [];
    let size = 0;
    let file: { path: string; stream: WriteStream } | undefined;
    let dropped = false;
    let tooLarge = false;
    let writeError: unknown;
    try {
      for await (const chunk of body) {
        await this.link.carry(chunk.byteLength);
        if (dropped || tooLarge) continue;
        this.receivedBytes += chunk.byteLength;
        size += chunk.byteLength;
        if (size > options.limit) {
          // Read the rest and discard it, so the client gets the route's HTTP error instead of a
          // reset connection it would retry as a network fault (files.stone UploadError
          // payload_too_large: "The request payload must be at most 150 MiB.").
          tooLarge = true;
          continue;
        }
        for (const h of options.hashers) h.update(chunk);
        if (!file && size > this.memoryThreshold) {
          const path = this.newFilePath();
          file = { path, stream: createWriteStream(path) };
          // Handled here, never unhandled: a cancelled upload destroys the stream mid-write, and an
          // unhandled 'error' would take the whole emulator down with it.
          file.stream.on("error", (error: unknown) => {
            writeError ??= error;
          });
          for (const m of memory) file.stream.write(m);
          memory.length = 0;
        }
        if (file) {
          if (!file.stream.write(chunk)) await once(file.stream, "drain");
        } else {
          memory.push(chunk);
        }
        if (options.dropAfter && size >= options.dropAfter.bytes) {
          dropped = true;
          options.dropAfter.drop();
          break;
        }
      }
      if (dropped) throw new BodyAbortedError("connection dropped by fault injection");
      if (tooLarge) throw new PayloadTooLargeError(`request body exceeds ${options.limit} bytes`);
      if (writeError !== undefined) throw writeError;
      if (file) {
        file.stream.end();
        await once(file.stream, "finish");
        return { kind: "file", path: file.path, length: size };
      }
      if (size === 0) return undefined;
      return { kind: "memory", data: Buffer.concat(memory, size) };
    } catch (error) {
      if (file) {
        const stream = file.stream;
        // A write still in flight ends with ERR_STREAM_DESTROYED, which destroy() then emits as
        // 'error' (nodejs/node lib/internal/fs/streams.js writeAll, WriteStream _destroy); the part
        // is discarded anyway, so that late error is expected, and the file goes once it is closed.
        stream.on("error", () => undefined);
        const closed = new Promise<void>((resolve) =>
          stream.closed ? resolve() : stream.once("close", () => resolve()),
        );
        stream.destroy();
        await closed;
        await unlink(file.path).catch(() => undefined);
      }
      throw error instanceof PayloadTooLargeError ? error : wrapAbort(error);
    }
  }

  /**
   * Reads `body` to the end, counting its bytes, and keeps none of it: for a request refused
   * whatever it carries. The client sends the whole body before it reads the answer, so these
   * bytes crossed the wire and count among the received ones.
   */
  async discard(body: AsyncIterable<Buffer>): Promise<void> {
    try {
      for await (const chunk of body) {
        await this.link.carry(chunk.byteLength);
        this.receivedBytes += chunk.byteLength;
      }
    } catch (error) {
      throw wrapAbort(error);
    }
  }

  /** Streams bytes [start, end] (inclusive) of a blob. */
  read(blob: StoredBlob, start = 0, end = blob.size - 1): Readable {
    const parts = blob.parts;
    async function* generate(): AsyncGenerator<Buffer> {
      let base = 0;
      for (const part of parts) {
        const length = partLength(part);
        const from = Math.max(start, base);
        const to = Math.min(end, base + length - 1);
        if (from <= to) {
          if (part.kind === "memory") {
            yield part.data.subarray(from - base, to - base + 1);
          } else {
            for await (const chunk of createReadStream(part.path, { start: from - base, end: to - base })) {
              yield chunk as Buffer;
            }
          }
        }
        base += length;
        if (base > end) return;
      }
    }
    return Readable.from(generate(), { objectMode: false });
  }

  async readAll(blob: StoredBlob): Promise<Buffer> {
    const buffers = await Promise.all(
      blob.parts.map((p) => (p.kind === "memory" ? Promise.resolve(p.data) : readFile(p.path))),
    );
    return Buffer.concat(buffers, blob.size);
  }

  async release(parts: readonly Part[]): Promise<void> {
    await Promise.all(
      parts.map((p) => (p.kind === "file" ? unlink(p.path).catch(() => undefined) : undefined)),
    );
  }

  async destroy(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

function wrapAbort(error: unknown): Error {
  if (error instanceof BodyAbortedError) return error;
  return new BodyAbortedError(error instanceof Error ? error.message : String(error));
}
