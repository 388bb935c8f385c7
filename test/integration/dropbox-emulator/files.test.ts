import {
  dropboxContentHash,
  DEFAULT_APP_FOLDER_KEY,
  type DropboxEmulator,
} from "../../emulators/dropbox/index";
import { envelope, sdk, sdkError, startEmulator, tagChain } from "./helpers";
import { Dropbox } from "dropbox";
import { rewriteDropboxFetch } from "../../emulators/dropbox/index";

let emulator: DropboxEmulator;
let dbx: Dropbox;

beforeEach(async () => {
  emulator = await startEmulator({ listPageSize: 3 });
  dbx = sdk(emulator);
});
afterEach(async () => {
  await emulator.close();
});

describe("files/upload through the SDK", () => {
  test("stores the bytes and answers FileMetadata without a .tag", async () => {
    const res = await dbx.filesUpload({
      path: "/Docs/Hello.txt",
      contents: "hello world",
      client_modified: "2024-01-02T03:04:05Z",
    });
    expect(res.status).toBe(200);
    const m = res.result as unknown as Record<string, unknown>;
    expect(m[".tag"]).toBeUndefined();
    expect(m).toMatchObject({
      name: "Hello.txt",
      path_lower: "/docs/hello.txt",
      path_display: "/Docs/Hello.txt",
      size: 11,
      is_downloadable: true,
      client_modified: "2024-01-02T03:04:05Z",
      content_hash: "bc62d4b80d9e36da29c16c5d4d9f11731f36052c72401a76c23c0fb5a9b74423",
    });
    expect(String(m.id)).toMatch(/^id:/);
    expect(String(m.rev)).toMatch(/^[0-9a-f]{9,}$/);
    expect(String(m.server_modified)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(emulator.files()).toEqual([
      expect.objectContaining({
        path: "/docs/hello.txt",
        size: 11,
        contentHash: dropboxContentHash("hello world"),
      }),
    ]);
    expect((await emulator.readFile("/DOCS/hello.txt")).toString()).toBe("hello world");
  });

  test("add conflicts with 409 path/conflict/file and keeps the bytes in a session for a retried commit", async () => {
    await dbx.filesUpload({ path: "/a.txt", contents: "one" });
    const caught = await sdkError(dbx.filesUpload({ path: "/a.txt", contents: "two" }));
    expect(caught.status).toBe(409);
    const env = envelope(caught);
    expect(env.error_summary).toMatch(/^path\/conflict\/file\/\.+$/);
    expect(env.error).toMatchObject({
      ".tag": "path",
      reason: { ".tag": "conflict", conflict: { ".tag": "file" } },
    });
    const sessionId = String(env.error.upload_session_id);
    expect(sessionId).toMatch(/^pid_upload_session:/);
    const retried = await dbx.filesUploadSessionFinish({
      cursor: { session_id: sessionId, offset: 3 },
      commit: { path: "/a.txt", mode: { ".tag": "overwrite" } },
      contents: new Uint8Array(0),
    });
    expect(retried.result.size).toBe(3);
    expect((await emulator.readFile("/a.txt")).toString()).toBe("two");
  });

  test("identical content is a no-op, unless strict_conflict", async () => {
    const first = await dbx.filesUpload({ path: "/same.txt", contents: "x" });
    const again = await dbx.filesUpload({ path: "/same.txt", contents: "x" });
    expect(again.result.rev).toBe(first.result.rev);
    const strict = await sdkError(
      dbx.filesUpload({ path: "/same.txt", contents: "x", strict_conflict: true }),
    );
    expect(tagChain(envelope(strict).error)).toBe("path/conflict/file");
  });

  test("autorename, overwrite and update follow WriteMode", async () => {
    const base = await dbx.filesUpload({ path: "/doc.txt", contents: "v1" });
    const renamed = await dbx.filesUpload({ path: "/doc.txt", contents: "v2", autorename: true });
    expect(renamed.result.path_display).toBe("/doc (1).txt");
    const over = await dbx.filesUpload({ path: "/doc.txt", contents: "v3", mode: { ".tag": "overwrite" } });
    expect(over.result.id).toBe(base.result.id);
    expect(over.result.rev).not.toBe(base.result.rev);
    const updated = await dbx.filesUpload({
      path: "/doc.txt",
      contents: "v4",
      mode: { ".tag": "update", update: over.result.rev },
    });
    expect(updated.result.size).toBe(2);
    const stale = await sdkError(
      dbx.filesUpload({
        path: "/doc.txt",
        contents: "v5",
        mode: { ".tag": "update", update: over.result.rev },
      }),
    );
    expect(tagChain(envelope(stale).error)).toBe("path/conflict/file");
    const copy = await dbx.filesUpload({
      path: "/doc.txt",
      contents: "v6",
      mode: { ".tag": "update", update: over.result.rev },
      autorename: true,
    });
    expect(copy.result.name).toBe("doc (conflicted copy).txt");
  });

  test("folders and file ancestors are conflicts", async () => {
    await dbx.filesCreateFolderV2({ path: "/dir" });
    const folder = await sdkError(dbx.filesUpload({ path: "/dir", contents: "x" }));
    expect(tagChain(envelope(folder).error)).toBe("path/conflict/folder");
    await dbx.filesUpload({ path: "/file", contents: "x" });
    const ancestor = await sdkError(dbx.filesUpload({ path: "/file/child.txt", contents: "x" }));
    expect(tagChain(envelope(ancestor).error)).toBe("path/conflict/file_ancestor");
  });

  test("content_hash is checked against the bytes sent", async () => {
    const caught = await sdkError(
      dbx.filesUpload({ path: "/h.txt", contents: "abc", content_hash: dropboxContentHash("abd") }),
    );
    expect(caught.status).toBe(409);
    expect(envelope(caught).error).toEqual({ ".tag": "content_hash_mismatch" });
    const ok = await dbx.filesUpload({
      path: "/h.txt",
      contents: "abc",
      content_hash: dropboxContentHash("abc"),
    });
    expect(ok.result.content_hash).toBe(dropboxContentHash("abc"));
  });

  test("timestamps with fractional seconds are a 400 with a plain-text body", async () => {
    const caught = await sdkError(
      dbx.filesUpload({ path: "/t.txt", contents: "x", client_modified: new Date(0).toISOString() }),
    );
    expect(caught.status).toBe(400);
    expect(caught.body).toBe(
      `Error in call to API function "files/upload": HTTP header "Dropbox-API-Arg": client_modified: time data '1970-01-01T00:00:00.000Z' does not match format '%Y-%m-%dT%H:%M:%SZ'`,
    );
  });

  test("path rules: malformed, disallowed, too long, case-insensitive", async () => {
    const expectWriteError = async (path: string, chain: string): Promise<void> => {
      const caught = await sdkError(dbx.filesUpload({ path, contents: "x" }));
      expect(caught.status).toBe(409);
      expect(tagChain(envelope(caught).error)).toBe(chain);
    };
    await expectWriteError("/trailing/", "path/malformed_path");
    await expectWriteError("/a//b.txt", "path/malformed_path");
    await expectWriteError(`/${"n".repeat(256)}`, "path/malformed_path");
    await expectWriteError("/desktop.ini", "path/disallowed_name");
    // What real Dropbox refuses (rclone backend/dropbox/dropbox.go `encoding` defaults): NUL, DEL,
    // "\", a trailing space, invalid UTF-8 (a lone surrogate in the JSON argument), "." and "..".
    for (const name of [
      "space .txt ",
      "nul\u0000.txt",
      "del\u007f.txt",
      "back\\slash.txt",
      "lone\ud800.txt",
      ".",
      "..",
    ]) {
      const caught = await sdkError(dbx.filesUpload({ path: `/${name}`, contents: "x" }));
      expect(caught.status).toBe(409);
      expect(["path/malformed_path", "path/disallowed_name"]).toContain(tagChain(envelope(caught).error));
    }
    const ok = await dbx.filesUpload({ path: `/${"n".repeat(255)}`, contents: "x" });
    expect(ok.result.name).toHaveLength(255);
    const noSlash = await sdkError(dbx.filesUpload({ path: "relative.txt", contents: "x" }));
    expect(noSlash.status).toBe(400);
    expect(String(noSlash.body)).toContain("did not match pattern");
    await dbx.filesUpload({ path: "/Mixed/Case.TXT", contents: "x" });
    const meta = await dbx.filesGetMetadata({ path: "/mixed/case.txt" });
    expect(meta.result).toMatchObject({
      ".tag": "file",
      path_display: "/Mixed/Case.TXT",
      path_lower: "/mixed/case.txt",
    });
  });

  test("names real Dropbox stores as given: Windows-reserved characters, a trailing dot, leading spaces, controls", async () => {
    // rclone's Dropbox backend escapes none of these (backend/dropbox/dropbox.go `encoding`).
    const names = [
      'all: ? * < > | " of them.txt',
      "trailing dot.",
      "  leading spaces.txt",
      "tab\there.txt",
      "c1 \u0085\u009b controls.txt",
      "bidi \u202e override.txt",
      "trailing newline\n",
    ];
    for (const name of names) {
      const res = await dbx.filesUpload({ path: `/Kept/${name}`, contents: name });
      expect(res.result.name).toBe(name);
      expect(res.result.path_display).toBe(`/Kept/${name}`);
    }
    const listed = await dbx.filesListFolder({ path: "/Kept", limit: 100 });
    const all = [...listed.result.entries];
    let cursor = listed.result;
    while (cursor.has_more) {
      cursor = (await dbx.filesListFolderContinue({ cursor: cursor.cursor })).result;
      all.push(...cursor.entries);
    }
    expect(all.map((e) => e.name).sort()).toEqual([...names].sort());
  });

  test("non-ASCII names travel escaped in Dropbox-API-Arg and come back intact", async () => {
    const res = await dbx.filesUpload({ path: "/ü€😀.txt", contents: "x" });
    expect(res.result.name).toBe("ü€😀.txt");
    const down = await dbx.filesDownload({ path: "/ü€😀.txt" });
    expect(down.result.path_display).toBe("/ü€😀.txt");
  });
});

describe("metadata, folders, listing, download, delete", () => {
  test("get_metadata: file, folder, not_found, root unsupported, id: and rev: paths", async () => {
    const up = await dbx.filesUpload({ path: "/f/x.bin", contents: "123" });
    expect((await dbx.filesGetMetadata({ path: "/f" })).result).toMatchObject({
      ".tag": "folder",
      name: "f",
      path_display: "/f",
    });
    expect((await dbx.filesGetMetadata({ path: up.result.id })).result).toMatchObject({
      ".tag": "file",
      path_display: "/f/x.bin",
    });
    expect((await dbx.filesGetMetadata({ path: `rev:${up.result.rev}` })).result).toMatchObject({
      ".tag": "file",
      size: 3,
    });
    const missing = await sdkError(dbx.filesGetMetadata({ path: "/nope" }));
    expect(missing.status).toBe(409);
    expect(envelope(missing)).toMatchObject({ error: { ".tag": "path", path: { ".tag": "not_found" } } });
    expect(envelope(missing).error_summary).toMatch(/^path\/not_found\/\.+$/);
    const root = await sdkError(dbx.filesGetMetadata({ path: "" }));
    expect(root.status).toBe(400);
    expect(typeof root.body).toBe("string");
  });

  test("create_folder_v2 answers {metadata} and conflicts on an existing folder", async () => {
    const res = await dbx.filesCreateFolderV2({ path: "/New Folder" });
    expect(res.result.metadata).toMatchObject({ name: "New Folder", path_display: "/New Folder" });
    expect((res.result.metadata as unknown as Record<string, unknown>)[".tag"]).toBeUndefined();
    const again = await sdkError(dbx.filesCreateFolderV2({ path: "/new folder" }));
    expect(envelope(again).error).toEqual({
      ".tag": "path",
      path: { ".tag": "conflict", conflict: { ".tag": "folder" } },
    });
    const renamed = await dbx.filesCreateFolderV2({ path: "/New Folder", autorename: true });
    expect(renamed.result.metadata.name).toBe("New Folder (1)");
  });

  test("list_folder pages with the configured size and continue reports later changes", async () => {
    for (let i = 0; i < 7; i++) await dbx.filesUpload({ path: `/list/f${i}.txt`, contents: `c${i}` });
    const first = await dbx.filesListFolder({ path: "/list" });
    expect(first.result.entries).toHaveLength(3);
    expect(first.result.has_more).toBe(true);
    const names = first.result.entries.map((e) => e.name);
    let cursor = first.result.cursor;
    let more = first.result.has_more;
    for (let guard = 0; more && guard < 10; guard++) {
      const next = await dbx.filesListFolderContinue({ cursor });
      names.push(...next.result.entries.map((e) => e.name));
      cursor = next.result.cursor;
      more = next.result.has_more;
    }
    expect(names.sort()).toEqual(["f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt", "f5.txt", "f6.txt"]);
    await dbx.filesUpload({ path: "/list/late.txt", contents: "late" });
    await dbx.filesDeleteV2({ path: "/list/f0.txt" });
    const changes = await dbx.filesListFolderContinue({ cursor });
    expect(changes.result.entries.map((e) => [e[".tag"], e.name])).toEqual([
      ["deleted", "f0.txt"],
      ["file", "late.txt"],
    ]);
    const limited = await dbx.filesListFolder({ path: "/list", limit: 1 });
    expect(limited.result.entries).toHaveLength(1);
  });

  test("list_folder errors: not_found, not_folder, reset, root as '/'", async () => {
    await dbx.filesUpload({ path: "/file.txt", contents: "x" });
    expect(tagChain(envelope(await sdkError(dbx.filesListFolder({ path: "/missing" }))).error)).toBe(
      "path/not_found",
    );
    expect(tagChain(envelope(await sdkError(dbx.filesListFolder({ path: "/file.txt" }))).error)).toBe(
      "path/not_folder",
    );
    expect(envelope(await sdkError(dbx.filesListFolderContinue({ cursor: "bogus" }))).error).toEqual({
      ".tag": "reset",
    });
    const slash = await sdkError(dbx.filesListFolder({ path: "/" }));
    expect(slash.status).toBe(400);
    expect(String(slash.body)).toContain("Specify the root folder as an empty string");
    const root = await dbx.filesListFolder({ path: "", recursive: true });
    expect(root.result.entries.map((e) => e.path_lower)).toContain("/file.txt");
  });

  test("download returns bytes with Dropbox-API-Result, honours Range, and fails on folders", async () => {
    await dbx.filesUpload({ path: "/d/data.bin", contents: "0123456789" });
    const res = await dbx.filesDownload({ path: "/d/data.bin" });
    const binary = (res.result as unknown as { fileBinary: Buffer }).fileBinary;
    expect(binary.toString()).toBe("0123456789");
    expect(res.result).toMatchObject({ name: "data.bin", size: 10 });
    expect((res.result as unknown as Record<string, unknown>)[".tag"]).toBeUndefined();
    const token = emulator.issueTokens().accessToken;
    const ranged = await fetch(`${emulator.url}/2/files/download`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Dropbox-API-Arg": JSON.stringify({ path: "/d/data.bin" }),
        Range: "bytes=2-5",
      },
    });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("content-range")).toBe("bytes 2-5/10");
    expect(await ranged.text()).toBe("2345");
    const viaGet = await fetch(
      `${emulator.url}/2/files/download?authorization=${encodeURIComponent(`Bearer ${token}`)}&arg=${encodeURIComponent('{"path":"/d/data.bin"}')}`,
    );
    expect(await viaGet.text()).toBe("0123456789");
    expect(tagChain(envelope(await sdkError(dbx.filesDownload({ path: "/d" }))).error)).toBe("path/not_file");
    expect(tagChain(envelope(await sdkError(dbx.filesDownload({ path: "/d/none" }))).error)).toBe(
      "path/not_found",
    );
  });

  test("delete_v2 removes files and whole folders", async () => {
    await dbx.filesUpload({ path: "/del/a.txt", contents: "a" });
    await dbx.filesUpload({ path: "/del/sub/b.txt", contents: "b" });
    const file = await dbx.filesDeleteV2({ path: "/del/a.txt" });
    expect(file.result.metadata).toMatchObject({ ".tag": "file", name: "a.txt" });
    const tomb = await dbx.filesGetMetadata({ path: "/del/a.txt", include_deleted: true });
    expect(tomb.result).toEqual({
      ".tag": "deleted",
      name: "a.txt",
      path_lower: "/del/a.txt",
      path_display: "/del/a.txt",
    });
    const folder = await dbx.filesDeleteV2({ path: "/DEL" });
    expect(folder.result.metadata).toMatchObject({ ".tag": "folder", path_display: "/del" });
    expect(emulator.files()).toEqual([]);
    const missing = await sdkError(dbx.filesDeleteV2({ path: "/del" }));
    expect(envelope(missing).error).toEqual({ ".tag": "path_lookup", path_lookup: { ".tag": "not_found" } });
  });
});

describe("App folder versus Full Dropbox", () => {
  test("an App-folder app sees only /Apps/<name>, with paths relative to it", async () => {
    const appDbx = sdk(emulator, { appKey: DEFAULT_APP_FOLDER_KEY });
    await dbx.filesUpload({ path: "/outside.txt", contents: "full" });
    const res = await appDbx.filesUpload({ path: "/report.pdf", contents: "pdf" });
    expect(res.result.path_display).toBe("/report.pdf");
    expect(emulator.files().map((f) => f.pathDisplay)).toEqual([
      "/Apps/Send to Dropbox/report.pdf",
      "/outside.txt",
    ]);
    const listed = await appDbx.filesListFolder({ path: "" });
    expect(listed.result.entries.map((e) => e.path_display)).toEqual(["/report.pdf"]);
    expect(tagChain(envelope(await sdkError(appDbx.filesGetMetadata({ path: "/outside.txt" }))).error)).toBe(
      "path/not_found",
    );
    const full = await dbx.filesGetMetadata({ path: "/Apps/Send to Dropbox/report.pdf" });
    expect(full.result.path_display).toBe("/Apps/Send to Dropbox/report.pdf");
  });
});

describe("Dropbox-API-Path-Root", () => {
  test("the user's own namespace passes; another root is a 422 PathRootError", async () => {
    const accessToken = emulator.issueTokens().accessToken;
    const ns = emulator.account.namespaceId;
    const rooted = new Dropbox({
      accessToken,
      fetch: rewriteDropboxFetch(emulator.url),
      pathRoot: JSON.stringify({ ".tag": "root", root: ns }),
    });
    expect((await rooted.filesListFolder({ path: "" })).status).toBe(200);
    const home = new Dropbox({
      accessToken,
      fetch: rewriteDropboxFetch(emulator.url),
      pathRoot: '{".tag":"home"}',
    });
    expect((await home.filesListFolder({ path: "" })).status).toBe(200);
    const other = new Dropbox({
      accessToken,
      fetch: rewriteDropboxFetch(emulator.url),
      pathRoot: JSON.stringify({ ".tag": "root", root: "1" }),
    });
    const caught = await sdkError(other.filesListFolder({ path: "" }));
    expect(caught.status).toBe(422);
    expect(envelope(caught).error).toEqual({
      ".tag": "invalid_root",
      invalid_root: { ".tag": "user", root_namespace_id: ns, home_namespace_id: ns },
    });
    const foreign = new Dropbox({
      accessToken,
      fetch: rewriteDropboxFetch(emulator.url),
      pathRoot: JSON.stringify({ ".tag": "namespace_id", namespace_id: "1" }),
    });
    expect(envelope(await sdkError(foreign.filesListFolder({ path: "" }))).error).toEqual({
      ".tag": "no_permission",
    });
  });
});
