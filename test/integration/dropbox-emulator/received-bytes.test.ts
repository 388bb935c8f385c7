// The received-bytes counter sees every body byte a client sends, also for a request the emulator
// refuses before it looks at the body (a piece sent again, a closed or unknown session): "bytes
// sent twice" in the resume tests is what crossed the wire. And a delay fault can hold a call
// until the test releases it, before the call takes effect or (phase "response") after it.
import type { Dropbox } from "dropbox";
import type { DropboxEmulator } from "../../emulators/dropbox/index";
import { envelope, MiB, pattern, sdkError, emulatorForEachTest } from "./helpers";

let emulator: DropboxEmulator;
let dbx: Dropbox;

emulatorForEachTest((started, client) => {
  emulator = started;
  dbx = client;
});

const FOUR = 4 * MiB;
const concurrent = { ".tag": "concurrent" as const };

async function concurrentSession(): Promise<string> {
  const started = await dbx.filesUploadSessionStart({
    session_type: concurrent,
    contents: new Uint8Array(0),
  });
  return started.result.session_id;
}

describe("the received-bytes counter", () => {
  test("a piece sent again is refused with where it ends, and its bytes are counted", async () => {
    const session_id = await concurrentSession();
    const piece = pattern(FOUR, 3);
    const before = emulator.receivedBytes();
    await dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 0 }, contents: piece });
    const again = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 0 }, contents: piece }),
    );
    expect(envelope(again).error).toEqual({ ".tag": "incorrect_offset", correct_offset: FOUR });
    expect(emulator.receivedBytes() - before).toBe(2 * FOUR);
    // The connection and the session are fine afterwards.
    await dbx.filesUploadSessionAppendV2({
      cursor: { session_id, offset: FOUR },
      contents: pattern(10, 4),
      close: true,
    });
    const done = await dbx.filesUploadSessionFinish({
      cursor: { session_id, offset: FOUR + 10 },
      commit: { path: "/twice.bin" },
      contents: new Uint8Array(0),
    });
    expect(done.result.size).toBe(FOUR + 10);
  });

  test("a closing piece sent again to a closed session is refused as closed, and counted", async () => {
    const session_id = await concurrentSession();
    await dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 0 }, contents: pattern(FOUR, 1) });
    const last = pattern(100, 2);
    await dbx.filesUploadSessionAppendV2({
      cursor: { session_id, offset: FOUR },
      contents: last,
      close: true,
    });
    const before = emulator.receivedBytes();
    const again = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: FOUR }, contents: last, close: true }),
    );
    expect(envelope(again).error).toEqual({ ".tag": "closed" });
    expect(emulator.receivedBytes() - before).toBe(100);
  });

  test("a sequential append at the wrong offset, and one to an unknown session, are counted", async () => {
    const { session_id } = (await dbx.filesUploadSessionStart({ contents: "abc" })).result;
    const before = emulator.receivedBytes();
    const wrong = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 0 }, contents: pattern(MiB, 5) }),
    );
    expect(envelope(wrong).error).toEqual({ ".tag": "incorrect_offset", correct_offset: 3 });
    const unknown = await sdkError(
      dbx.filesUploadSessionAppendV2({
        cursor: { session_id: "pid_upload_session:unknown", offset: 0 },
        contents: pattern(MiB, 6),
      }),
    );
    expect(envelope(unknown).error).toEqual({ ".tag": "not_found" });
    const finishUnknown = await sdkError(
      dbx.filesUploadSessionFinish({
        cursor: { session_id: "pid_upload_session:unknown", offset: 0 },
        commit: { path: "/never.bin" },
        contents: pattern(1000, 7),
      }),
    );
    expect(envelope(finishUnknown).error).toEqual({
      ".tag": "lookup_failed",
      lookup_failed: { ".tag": "not_found" },
    });
    expect(emulator.receivedBytes() - before).toBe(2 * MiB + 1000);
    expect(emulator.files()).toEqual([]);
  });
});

describe("held calls", () => {
  test("a delay before handling holds the call until clear(): nothing is stored before", async () => {
    const fault = emulator.faults.add({ kind: "delay", route: "files/upload", delayMs: 600_000 });
    const upload = dbx.filesUpload({ path: "/held.txt", contents: "held" });
    while (fault.hits === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(emulator.files()).toEqual([]);
    emulator.faults.clear();
    await expect(upload).resolves.toMatchObject({ result: { path_display: "/held.txt", size: 4 } });
  });

  test("a delay with phase response holds the answer after the call took effect", async () => {
    const fault = emulator.faults.add({
      kind: "delay",
      route: "files/upload",
      phase: "response",
      delayMs: 600_000,
    });
    let answered = false;
    const upload = dbx.filesUpload({ path: "/late.txt", contents: "late" }).then((response) => {
      answered = true;
      return response;
    });
    while (fault.hits === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(emulator.files()).toEqual([expect.objectContaining({ pathDisplay: "/late.txt", size: 4 })]);
    expect(answered).toBe(false);
    emulator.faults.clear();
    await expect(upload).resolves.toMatchObject({ result: { path_display: "/late.txt" } });
  });
});

describe("a benchmark's link", () => {
  test("every body byte of an upload crosses the link before it is stored", async () => {
    emulator.link.setRate(64 * MiB);
    const carry = jest.spyOn(emulator.link, "carry");
    const contents = pattern(2 * MiB + 5, 7);
    const done = await dbx.filesUpload({ path: "/paced.bin", contents });
    expect(done.result.size).toBe(contents.byteLength);
    expect(carry.mock.calls.reduce((sum, [n]) => sum + n, 0)).toBe(contents.byteLength);
    expect(Buffer.from(await emulator.readFile("/paced.bin")).equals(Buffer.from(contents))).toBe(true);
  });
});
