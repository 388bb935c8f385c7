import { bytesUpload, DropboxFileUploader, type Dropbox } from "dropbox";
import { dropboxContentHash, type DropboxEmulator } from "../../emulators/dropbox/index";
import { envelope, MiB, pattern, sdk, sdkError, emulatorForEachTest, tagChain } from "./helpers";

let emulator: DropboxEmulator;
let dbx: Dropbox;
emulatorForEachTest((started, client) => {
  emulator = started;
  dbx = client;
});

async function control(path: string, method = "POST", body?: unknown): Promise<Response> {
  return fetch(`${emulator.url}/__emulator/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
  });
}

describe("status faults", () => {
  test("429 with Retry-After, by route and count, with the RateLimitError body", async () => {
    emulator.faults.add({
      kind: "status",
      route: "files/get_metadata",
      status: 429,
      retryAfter: 3,
      times: 2,
    });
    await dbx.filesUpload({ path: "/a", contents: "a" });
    for (let i = 0; i < 2; i++) {
      const caught = await sdkError(dbx.filesGetMetadata({ path: "/a" }));
      expect(caught.status).toBe(429);
      expect(caught.headers.get("retry-after")).toBe("3");
      const env = envelope(caught);
      expect(env.error).toEqual({ reason: { ".tag": "too_many_requests" }, retry_after: 3 });
      expect(env.error_summary).toMatch(/^too_many_requests\/\.+$/);
    }
    expect((await dbx.filesGetMetadata({ path: "/a" })).status).toBe(200);
    expect(emulator.calls()["files/get_metadata"]?.statuses).toEqual([429, 429, 200]);
  });

  test("5xx with plain text, after letting `skip` calls through; route prefixes match", async () => {
    emulator.faults.add({
      kind: "status",
      route: "files/upload_session/*",
      status: 503,
      retryAfter: 1,
      skip: 1,
    });
    const { session_id } = (await dbx.filesUploadSessionStart({ contents: "ab" })).result;
    const caught = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 2 }, contents: "cd" }),
    );
    expect(caught.status).toBe(503);
    expect(caught.body).toBe("Internal Server Error");
    expect(caught.headers.get("retry-after")).toBe("1");
    await dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 2 }, contents: "cd" });
  });

  test("the SDK uploader retries through transient 500s and 429s", async () => {
    emulator.faults.add({ kind: "status", route: "files/upload_session/append_v2", status: 500 });
    emulator.faults.add({ kind: "status", route: "files/upload_session/finish", status: 429, retryAfter: 0 });
    const data = pattern(9 * MiB, 1);
    const result = await new DropboxFileUploader(dbx, { chunkSize: 4 * MiB, retryDelay: 1 }).upload(
      bytesUpload(data),
      { path: "/retried.bin" },
    );
    expect(result.metadata.content_hash).toBe(dropboxContentHash(data));
    expect(emulator.calls()["files/upload_session/append_v2"]?.statuses).toEqual([500, 200, 200]);
  });
});

describe("delay and dropped connections", () => {
  test("delay holds the answer", async () => {
    emulator.faults.add({ kind: "delay", route: "check/user", delayMs: 300 });
    const started = Date.now();
    await dbx.checkUser({ query: "slow" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  test("a drop mid-request-body stores nothing; the session offset is unchanged", async () => {
    const { session_id } = (await dbx.filesUploadSessionStart({ contents: "ab" })).result;
    emulator.faults.add({
      kind: "drop",
      route: "files/upload_session/append_v2",
      phase: "request",
      afterBytes: 1024,
    });
    await expect(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 2 }, contents: Buffer.alloc(2 * MiB) }),
    ).rejects.toThrow();
    const probe = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 99 }, contents: "x" }),
    );
    expect(envelope(probe).error).toEqual({ ".tag": "incorrect_offset", correct_offset: 2 });
    emulator.faults.add({ kind: "drop", route: "files/upload" });
    await expect(dbx.filesUpload({ path: "/never", contents: "x" })).rejects.toThrow();
    expect(emulator.files()).toEqual([]);
  });

  test("a drop mid-response loses the answer after the commit: a retry must not duplicate", async () => {
    emulator.faults.add({ kind: "drop", route: "files/upload", phase: "response" });
    await expect(dbx.filesUpload({ path: "/once.txt", contents: "payload" })).rejects.toThrow();
    const [stored] = emulator.files();
    expect(stored).toMatchObject({ path: "/once.txt", size: 7 });
    const retry = await dbx.filesUpload({ path: "/once.txt", contents: "payload" });
    expect(retry.result.rev).toBe(stored?.rev);
    expect(emulator.files()).toHaveLength(1);
    expect(emulator.calls()["files/upload"]?.statuses).toEqual([0, 200]);
  });

  test("a drop mid-download cuts the body", async () => {
    await dbx.filesUpload({ path: "/d.bin", contents: Buffer.alloc(MiB, 1) });
    emulator.faults.add({ kind: "drop", route: "files/download", phase: "response" });
    await expect(dbx.filesDownload({ path: "/d.bin" })).rejects.toThrow();
    const ok = await dbx.filesDownload({ path: "/d.bin" });
    expect((ok.result as unknown as { fileBinary: Buffer }).fileBinary.byteLength).toBe(MiB);
  });
});

describe("session, token and space faults", () => {
  test("forced incorrect_offset reports the true offset, and the SDK uploader resynchronises", async () => {
    const { session_id } = (await dbx.filesUploadSessionStart({ contents: "abc" })).result;
    emulator.faults.add({ kind: "incorrect_offset", route: "files/upload_session/append_v2" });
    const forced = await sdkError(
      dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: 3 }, contents: "d" }),
    );
    expect(envelope(forced).error).toEqual({ ".tag": "incorrect_offset", correct_offset: 3 });
    emulator.faults.add({ kind: "incorrect_offset", route: "files/upload_session/append_v2", times: 1 });
    const data = pattern(10 * MiB, 2);
    const result = await new DropboxFileUploader(dbx, { chunkSize: 4 * MiB, retryDelay: 1 }).upload(
      bytesUpload(data),
      { path: "/resync.bin" },
    );
    expect(result.metadata.size).toBe(data.length);
  });

  test("expire_token makes the caller's token expired from that call on", async () => {
    emulator.faults.add({ kind: "expire_token", route: "files/list_folder" });
    await dbx.checkUser({ query: "before" });
    const caught = await sdkError(dbx.filesListFolder({ path: "" }));
    expect(caught.status).toBe(401);
    expect(envelope(caught).error).toEqual({ ".tag": "expired_access_token" });
    expect(envelope(await sdkError(dbx.checkUser({ query: "after" }))).error).toEqual({
      ".tag": "expired_access_token",
    });
  });

  test("quota → insufficient_space, with the bytes kept in a session", async () => {
    emulator.setQuota(10);
    await dbx.filesUpload({ path: "/fits", contents: "12345" });
    const caught = await sdkError(dbx.filesUpload({ path: "/too-much", contents: "123456" }));
    expect(caught.status).toBe(409);
    expect(tagChain(envelope(caught).error)).toBe("path/insufficient_space");
    expect(String(envelope(caught).error.upload_session_id)).toMatch(/^pid_upload_session:/);
    emulator.setQuota(1_000_000);
    emulator.faults.add({ kind: "insufficient_space", route: "files/upload_session/finish_batch_v2" });
    const { session_id } = (await dbx.filesUploadSessionStart({ contents: "z", close: true })).result;
    const batch = await dbx.filesUploadSessionFinishBatchV2({
      entries: [{ cursor: { session_id, offset: 1 }, commit: { path: "/z" } }],
    });
    expect(batch.result.entries[0]).toEqual({
      ".tag": "failure",
      failure: { ".tag": "path", path: { ".tag": "insufficient_space" } },
    });
  });

  test("a too_many_write_operations fault answers 429 with its reason", async () => {
    emulator.faults.add({ kind: "too_many_write_operations", route: "files/upload" });
    const caught = await sdkError(dbx.filesUpload({ path: "/w", contents: "w" }));
    expect(caught.status).toBe(429);
    expect(caught.headers.get("retry-after")).toBe("1");
    expect(envelope(caught)).toMatchObject({
      error: { reason: { ".tag": "too_many_write_operations" }, retry_after: 1 },
    });
    expect(envelope(caught).error_summary).toMatch(/^too_many_write_operations\//);
    expect(emulator.files()).toEqual([]);
  });
});

describe("write-lock contention", () => {
  test("parallel commits collide with 429 too_many_write_operations; one finish_batch_v2 does not", async () => {
    emulator.setLockContention({ enabled: true, maxConcurrentCommits: 1, holdMs: 150, retryAfterSeconds: 2 });
    const results = await Promise.allSettled(
      [0, 1, 2, 3].map((i) => dbx.filesUpload({ path: `/p${i}.txt`, contents: `p${i}` })),
    );
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused.length).toBeGreaterThanOrEqual(1);
    const first = refused[0];
    if (first?.status !== "rejected") throw new Error("expected a refusal");
    const reason = first.reason as { status: number; headers: Headers; error: unknown };
    expect(reason.status).toBe(429);
    expect(reason.headers.get("retry-after")).toBe("2");
    expect(reason.error).toMatchObject({
      error: { reason: { ".tag": "too_many_write_operations" }, retry_after: 2 },
    });
    expect(emulator.refusedCommits).toBe(refused.length);

    const ids = await Promise.all(
      [0, 1, 2, 3].map(
        async (i) =>
          (await dbx.filesUploadSessionStart({ contents: `b${i}`, close: true })).result.session_id,
      ),
    );
    const batch = await dbx.filesUploadSessionFinishBatchV2({
      entries: ids.map((session_id, i) => ({
        cursor: { session_id, offset: 2 },
        commit: { path: `/batch/b${i}.txt` },
      })),
    });
    expect(batch.result.entries.map((e) => e[".tag"])).toEqual(["success", "success", "success", "success"]);
    emulator.setLockContention({ enabled: false });
    const after = await Promise.all(
      [0, 1, 2].map((i) => dbx.filesUpload({ path: `/q${i}.txt`, contents: "q" })),
    );
    expect(after).toHaveLength(3);
  });
});

describe("the HTTP control API", () => {
  test("faults, quota, contention, tokens, clock, calls and reset over HTTP", async () => {
    const added = await control("faults", "POST", { kind: "status", route: "check/user", status: 500 });
    expect(added.status).toBe(200);
    expect(((await (await control("faults", "GET")).json()) as unknown[]).length).toBe(1);
    expect((await sdkError(dbx.checkUser({}))).status).toBe(500);
    await control("faults", "POST", { kind: "status", route: "check/user", status: 500 });
    await control("faults", "DELETE");
    expect((await dbx.checkUser({})).status).toBe(200);
    const invalid = await control("faults", "POST", { kind: "explode" });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: string }).error).toContain("fault kind must be one of");

    await control("quota", "POST", { bytes: 1 });
    expect(tagChain(envelope(await sdkError(dbx.filesUpload({ path: "/q", contents: "qq" }))).error)).toBe(
      "path/insufficient_space",
    );
    await control("quota", "POST", { bytes: 1000 });

    const contention = await control("lock-contention", "POST", { enabled: true, holdMs: 10 });
    expect(await contention.json()).toMatchObject({ enabled: true, holdMs: 10, maxConcurrentCommits: 1 });
    await control("lock-contention", "POST", { enabled: false });

    const issued = (await (
      await control("tokens", "POST", { appKey: "emulator-app", scopes: ["account_info.read"] })
    ).json()) as { accessToken: string };
    const limited = sdk(emulator, { accessToken: issued.accessToken });
    expect((await limited.checkUser({ query: "ok" })).result.result).toBe("ok");
    expect(await (await control("tokens/expire")).json()).toEqual({ expired: 2 });
    expect(envelope(await sdkError(limited.checkUser({}))).error).toEqual({ ".tag": "expired_access_token" });

    const fresh = sdk(emulator);
    await control("clock", "POST", { advanceSeconds: 14_400 });
    expect(envelope(await sdkError(fresh.checkUser({}))).error).toEqual({ ".tag": "expired_access_token" });
    await control("tokens/revoke-all");

    const calls = (await (await control("calls", "GET")).json()) as Record<string, { count: number }>;
    expect(calls["check/user"]?.count).toBeGreaterThanOrEqual(4);
    const state = (await (await control("state", "GET")).json()) as Record<string, unknown>;
    expect(state).toMatchObject({ quotaBytes: 1000, openSessions: 1 });
    await control("reset");
    expect(emulator.files()).toEqual([]);
    expect(await (await control("nothing", "GET")).json()).toMatchObject({
      error: expect.stringContaining("unknown control endpoint"),
    });
  });
});
