import { connect, type Socket } from "node:net";
import { bytesUpload, DropboxFileUploader, sizedReaderUpload, type Dropbox } from "dropbox";
import { dropboxContentHash, MAX_REQUEST_BYTES, type DropboxEmulator } from "../../emulators/dropbox/index";
import { envelope, MiB, pattern, sdk, sdkError, startEmulator, tagChain } from "./helpers";

let emulator: DropboxEmulator;
let dbx: Dropbox;
let clock = Date.UTC(2026, 0, 1);

beforeEach(async () => {
  clock = Date.UTC(2026, 0, 1);
  emulator = await startEmulator({ now: () => clock, accessTokenLifetimeSeconds: 30 * 24 * 3600 });
  dbx = sdk(emulator);
});
afterEach(async () => {
  await emulator.close();
});

const FOUR = 4 * MiB;

describe("sequential sessions", () => {
  test("start, append_v2 and finish assemble the file and its content_hash", async () => {
    const data = pattern(FOUR + 1000);
    const start = await dbx.filesUploadSessionStart({ contents: data.subarray(0, 1000) });
    const id = start.result.session_id;
    expect(id).toMatch(/^pid_upload_session:/);
    const appended = await dbx.filesUploadSessionAppendV2({
      cursor: { session_id: id, offset: 1000 },
      contents: data.subarray(1000, FOUR),
    });
    expect(appended.result).toBeNull();
    const done = await dbx.filesUploadSessionFinish({
      cursor: { session_id: id, offset: FOUR },
      commit: { path: "/big.bin" },
      contents: data.subarray(FOUR),
    });
    expect(done.result).toMatchObject({
      size: data.length,
      content_hash: dropboxContentHash(data),
      path_display: "/big.bin",
    });
    expect((await emulator.readFile("/big.bin")).equals(data)).toBe(true);
    expect(emulator.openSessions()).toBe(0);
  });

  test("a wrong offset is incorrect_offset with correct_offset; closed and unknown sessions are refused", async () => {
    const { session_id } = (await dbx.filesUploadSessionStart({ contents: "abc" })).result;
    const wrong = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 1 }, contents: "d" }),
    );
    expect(wrong.status).toBe(409);
    expect(envelope(wrong).error).toEqual({ ".tag": "incorrect_offset", correct_offset: 3 });
    expect(envelope(wrong).error_summary).toMatch(/^incorrect_offset\/\.+$/);
    await dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 3 }, contents: "d", close: true });
    const closed = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 4 }, contents: "e" }),
    );
    expect(envelope(closed).error).toEqual({ ".tag": "closed" });
    const finishWrong = await sdkError(
      dbx.filesUploadSessionFinish({
        cursor: { session_id, offset: 2 },
        commit: { path: "/x" },
        contents: new Uint8Array(0),
      }),
    );
    expect(envelope(finishWrong).error).toEqual({
      ".tag": "lookup_failed",
      lookup_failed: { ".tag": "incorrect_offset", correct_offset: 4 },
    });
    const finished = await dbx.filesUploadSessionFinish({
      cursor: { session_id, offset: 4 },
      commit: { path: "/x" },
      contents: new Uint8Array(0),
    });
    expect(finished.result.size).toBe(4);
    const gone = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 4 }, contents: "e" }),
    );
    expect(envelope(gone).error).toEqual({ ".tag": "not_found" });
    const unknown = await sdkError(
      dbx.filesUploadSessionFinish({
        cursor: { session_id: "pid_upload_session:nope", offset: 0 },
        commit: { path: "/y" },
        contents: new Uint8Array(0),
      }),
    );
    expect(tagChain(envelope(unknown).error)).toBe("lookup_failed/not_found");
  });

  test("sessions expire after 7 days of the injected clock", async () => {
    const { session_id } = (await dbx.filesUploadSessionStart({ contents: "abc" })).result;
    clock += 7 * 24 * 3600 * 1000 - 1000;
    await dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 3 }, contents: "d" });
    clock += 2000;
    const expired = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 4 }, contents: "e" }),
    );
    expect(envelope(expired).error).toEqual({ ".tag": "not_found" });
  });

  test("content_hash on append covers only that request's bytes", async () => {
    const { session_id } = (await dbx.filesUploadSessionStart({ contents: "ab" })).result;
    const bad = await sdkError(
      dbx.filesUploadSessionAppendV2({
        cursor: { session_id, offset: 2 },
        contents: "cd",
        content_hash: dropboxContentHash("abcd"),
      }),
    );
    expect(envelope(bad).error).toEqual({ ".tag": "content_hash_mismatch" });
    await dbx.filesUploadSessionAppendV2({
      cursor: { session_id, offset: 2 },
      contents: "cd",
      content_hash: dropboxContentHash("cd"),
    });
    const badFinish = await sdkError(
      dbx.filesUploadSessionFinish({
        cursor: { session_id, offset: 4 },
        commit: { path: "/h" },
        contents: "e",
        content_hash: dropboxContentHash("f"),
      }),
    );
    expect(envelope(badFinish).error).toEqual({ ".tag": "content_hash_mismatch" });
    const done = await dbx.filesUploadSessionFinish({
      cursor: { session_id, offset: 4 },
      commit: { path: "/h" },
      contents: new Uint8Array(0),
    });
    expect(done.result.content_hash).toBe(dropboxContentHash("abcd"));
  });

  test("a body over 150 MiB is payload_too_large", async () => {
    const { session_id } = (await dbx.filesUploadSessionStart({ contents: new Uint8Array(0) })).result;
    const tooBig = await sdkError(
      dbx.filesUploadSessionAppendV2({
        cursor: { session_id, offset: 0 },
        contents: Buffer.alloc(MAX_REQUEST_BYTES + 1),
      }),
    );
    expect(tooBig.status).toBe(409);
    expect(envelope(tooBig).error).toEqual({ ".tag": "payload_too_large" });
    const upload = await sdkError(
      dbx.filesUpload({ path: "/big", contents: Buffer.alloc(MAX_REQUEST_BYTES + 1) }),
    );
    expect(envelope(upload).error).toEqual({ ".tag": "payload_too_large" });
    expect(emulator.files()).toEqual([]);
    // Two 150 MiB bodies cross loopback and are read to the end: seconds normally, over a minute on
    // a loaded 2-core machine (measured: 7 s alone, >60 s at load average 30).
  }, 180_000);
});

interface RawResponse {
  status: number;
  body: string;
}

/**
 * One keep-alive connection driven by hand, so the test sees what a client sees: whether the
 * answer arrives and whether the connection survives it (a reset can race the answer).
 */
class RawConnection {
  private readonly socket: Socket;
  private buffer = Buffer.alloc(0);
  private failure: string | undefined;
  private waiter: (() => void) | undefined;

  constructor(url: string) {
    const target = new URL(url);
    this.socket = connect(Number(target.port), target.hostname);
    this.socket.on("data", (d: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      this.waiter?.();
    });
    const fail = (why: string): void => {
      this.failure ??= why;
      this.waiter?.();
    };
    this.socket.on("error", (e) => fail(e.message));
    this.socket.on("close", () => fail("connection closed"));
  }

  /** Writes a request head and `bodyBytes` zero bytes, honouring backpressure. */
  async send(head: string, bodyBytes: number): Promise<void> {
    this.socket.write(head);
    const piece = Buffer.alloc(MiB);
    let sent = 0;
    while (sent < bodyBytes && this.failure === undefined) {
      const n = Math.min(MiB, bodyBytes - sent);
      sent += n;
      if (!this.socket.write(n === MiB ? piece : piece.subarray(0, n)))
        await new Promise<void>((resolve) => {
          // Whichever comes first; the other listener goes too, or each wait would leave one.
          const done = (): void => {
            this.socket.off("drain", done);
            this.socket.off("close", done);
            resolve();
          };
          this.socket.once("drain", done);
          this.socket.once("close", done);
        });
    }
  }

  /** The next complete response (Content-Length framed), or the network failure. */
  async response(): Promise<RawResponse | { error: string }> {
    for (;;) {
      const end = this.buffer.indexOf("\r\n\r\n");
      if (end >= 0) {
        const head = this.buffer.subarray(0, end).toString("latin1");
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (this.buffer.length >= end + 4 + length) {
          const body = this.buffer.subarray(end + 4, end + 4 + length).toString("utf8");
          this.buffer = this.buffer.subarray(end + 4 + length);
          return { status: Number(head.split(" ")[1]), body };
        }
      }
      if (this.failure !== undefined) return { error: this.failure };
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }

  close(): void {
    this.socket.destroy();
  }
}

describe("oversized requests", () => {
  test("a single upload over 150 MiB gets an HTTP 409 payload_too_large and the connection survives", async () => {
    const token = emulator.issueTokens().accessToken;
    const total = MAX_REQUEST_BYTES + 8 * MiB;
    const conn = new RawConnection(emulator.url);
    try {
      await conn.send(
        "POST /2/files/upload HTTP/1.1\r\nHost: content.dropboxapi.com\r\n" +
          `Authorization: Bearer ${token}\r\nContent-Type: application/octet-stream\r\n` +
          `Dropbox-API-Arg: {"path":"/too-big.bin"}\r\nContent-Length: ${total}\r\n\r\n`,
        total,
      );
      const first = await conn.response();
      expect(first).toMatchObject({ status: 409 });
      const body = JSON.parse("body" in first ? first.body : "{}") as {
        error_summary?: string;
        error?: unknown;
      };
      expect(body.error).toEqual({ ".tag": "payload_too_large" });
      expect(body.error_summary).toMatch(/^payload_too_large\/\.+$/);
      // A client that reads the answer late must still find it, not a reset: the same connection
      // carries the next call.
      await conn.send(
        "POST /2/check/user HTTP/1.1\r\nHost: api.dropboxapi.com\r\n" +
          `Authorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
        0,
      );
      expect(await conn.response()).toMatchObject({ status: 200 });
    } finally {
      conn.close();
    }
    expect(emulator.files()).toEqual([]);
    expect(emulator.calls()["files/upload"]?.statuses).toEqual([409]);
  }, 120_000);
});

describe("concurrent sessions", () => {
  const concurrent = { ".tag": "concurrent" as const };

  test("4 MiB-aligned pieces in any order, closed by the last append, finished without data", async () => {
    const data = pattern(2 * FOUR + 123, 7);
    const { session_id } = (
      await dbx.filesUploadSessionStart({ session_type: concurrent, contents: new Uint8Array(0) })
    ).result;
    await dbx.filesUploadSessionAppendV2({
      cursor: { session_id, offset: FOUR },
      contents: data.subarray(FOUR, 2 * FOUR),
    });
    const early = await sdkError(
      dbx.filesUploadSessionFinish({
        cursor: { session_id, offset: data.length },
        commit: { path: "/c.bin" },
        contents: new Uint8Array(0),
      }),
    );
    expect(envelope(early).error).toEqual({ ".tag": "concurrent_session_not_closed" });
    await dbx.filesUploadSessionAppendV2({
      cursor: { session_id, offset: 2 * FOUR },
      contents: data.subarray(2 * FOUR),
      close: true,
    });
    const missing = await sdkError(
      dbx.filesUploadSessionFinish({
        cursor: { session_id, offset: data.length },
        commit: { path: "/c.bin" },
        contents: new Uint8Array(0),
      }),
    );
    expect(envelope(missing).error).toEqual({ ".tag": "concurrent_session_missing_data" });
    await dbx.filesUploadSessionAppendV2({
      cursor: { session_id, offset: 0 },
      contents: data.subarray(0, FOUR),
    });
    const withData = await sdkError(
      dbx.filesUploadSessionFinish({
        cursor: { session_id, offset: data.length },
        commit: { path: "/c.bin" },
        contents: "x",
      }),
    );
    expect(envelope(withData).error).toEqual({ ".tag": "concurrent_session_data_not_allowed" });
    const done = await dbx.filesUploadSessionFinish({
      cursor: { session_id, offset: data.length },
      commit: { path: "/c.bin" },
      contents: new Uint8Array(0),
    });
    expect(done.result).toMatchObject({ size: data.length, content_hash: dropboxContentHash(data) });
    expect((await emulator.readFile("/c.bin")).equals(data)).toBe(true);
  });

  test("alignment, start and close rules", async () => {
    const noData = await sdkError(dbx.filesUploadSessionStart({ session_type: concurrent, contents: "x" }));
    expect(envelope(noData).error).toEqual({ ".tag": "concurrent_session_data_not_allowed" });
    const noClose = await sdkError(
      dbx.filesUploadSessionStart({ session_type: concurrent, close: true, contents: new Uint8Array(0) }),
    );
    expect(envelope(noClose).error).toEqual({ ".tag": "concurrent_session_close_not_allowed" });
    const { session_id } = (
      await dbx.filesUploadSessionStart({ session_type: concurrent, contents: new Uint8Array(0) })
    ).result;
    const offset = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 100 }, contents: Buffer.alloc(FOUR) }),
    );
    expect(envelope(offset).error).toEqual({ ".tag": "concurrent_session_invalid_offset" });
    const size = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 0 }, contents: Buffer.alloc(100) }),
    );
    expect(envelope(size).error).toEqual({ ".tag": "concurrent_session_invalid_data_size" });
    await dbx.filesUploadSessionAppendV2({
      cursor: { session_id, offset: 0 },
      contents: Buffer.alloc(100),
      close: true,
    });
    const after = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: FOUR }, contents: Buffer.alloc(FOUR) }),
    );
    expect(envelope(after).error).toEqual({ ".tag": "closed" });
    const again = await sdkError(
      dbx.filesUploadSessionAppendV2({
        cursor: { session_id, offset: 0 },
        contents: Buffer.alloc(100),
        close: true,
      }),
    );
    expect(envelope(again).error).toEqual({ ".tag": "closed" });
  });
});

describe("finish_batch", () => {
  async function closedSession(contents: string): Promise<string> {
    return (await dbx.filesUploadSessionStart({ contents, close: true })).result.session_id;
  }

  test("finish_batch_v2 answers per entry, in order, synchronously", async () => {
    const a = await closedSession("aaa");
    const b = await closedSession("bb");
    const open = (await dbx.filesUploadSessionStart({ contents: "c" })).result.session_id;
    await dbx.filesUpload({ path: "/batch/taken.txt", contents: "other" });
    const res = await dbx.filesUploadSessionFinishBatchV2({
      entries: [
        { cursor: { session_id: a, offset: 3 }, commit: { path: "/batch/a.txt" } },
        { cursor: { session_id: b, offset: 2 }, commit: { path: "/batch/taken.txt" } },
        { cursor: { session_id: open, offset: 1 }, commit: { path: "/batch/c.txt" } },
        { cursor: { session_id: a, offset: 3 }, commit: { path: "/batch/again.txt" } },
      ],
    });
    const entries = res.result.entries as unknown as Array<Record<string, unknown>>;
    expect(entries[0]).toMatchObject({ ".tag": "success", path_display: "/batch/a.txt", size: 3 });
    expect(entries[1]).toEqual({
      ".tag": "failure",
      failure: { ".tag": "path", path: { ".tag": "conflict", conflict: { ".tag": "file" } } },
    });
    expect(entries[2]).toEqual({
      ".tag": "failure",
      failure: { ".tag": "lookup_failed", lookup_failed: { ".tag": "not_closed" } },
    });
    expect(entries[3]).toEqual({
      ".tag": "failure",
      failure: { ".tag": "lookup_failed", lookup_failed: { ".tag": "not_found" } },
    });
  });

  test("deprecated finish_batch launches a job that finish_batch/check completes", async () => {
    const a = await closedSession("job");
    const launch = await dbx.filesUploadSessionFinishBatch({
      entries: [{ cursor: { session_id: a, offset: 3 }, commit: { path: "/job.txt" } }],
    });
    expect(launch.result[".tag"]).toBe("async_job_id");
    const jobId = (launch.result as { async_job_id: string }).async_job_id;
    const check = await dbx.filesUploadSessionFinishBatchCheck({ async_job_id: jobId });
    expect(check.result).toMatchObject({
      ".tag": "complete",
      entries: [{ ".tag": "success", name: "job.txt" }],
    });
    const bad = await sdkError(dbx.filesUploadSessionFinishBatchCheck({ async_job_id: "dbjid:nope" }));
    expect(envelope(bad).error).toEqual({ ".tag": "invalid_async_job_id" });
  });
});

describe("the SDK's DropboxFileUploader", () => {
  test("sequential mode from a stream source", async () => {
    const data = pattern(3 * FOUR + 17, 3);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < data.length; i += 1_000_000) yield data.subarray(i, i + 1_000_000);
    }
    const result = await new DropboxFileUploader(dbx, { chunkSize: 8 * MiB }).upload(
      sizedReaderUpload(chunks(), data.length),
      { path: "/seq.bin" },
    );
    expect(result.metadata).toMatchObject({ size: data.length, content_hash: dropboxContentHash(data) });
  });

  test("parallel mode uses a concurrent session", async () => {
    const data = pattern(5 * FOUR + 5, 9);
    const result = await new DropboxFileUploader(dbx, { chunkSize: FOUR, parallelUploads: 3 }).upload(
      bytesUpload(data),
      { path: "/par.bin" },
    );
    expect(result.metadata.content_hash).toBe(dropboxContentHash(data));
    expect(emulator.calls()["files/upload_session/append_v2"]?.count).toBe(6);
  });
});
