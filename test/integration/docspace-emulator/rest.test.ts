import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";
import { bearer, containsNull, getJson, list, record, type JsonRecord } from "./helpers";

let emu: DocSpaceEmulator;
let owner: Record<string, string>;

beforeAll(async () => {
  emu = await startDocSpaceEmulator();
  owner = bearer(emu.users.owner.apiKey);
});
afterAll(async () => {
  await emu.close();
});

const API_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}(Z|[+-]\d{2}:\d{2})$/;

describe("envelope and FileDto (CommonApiResponse.cs, FileDto.cs)", () => {
  test("GET /files/file/{id} wraps a FileDto in the success envelope", async () => {
    const url = `${emu.url}/api/2.0/files/file/${emu.seed.files.oneKib}`;
    const { status, body, headers } = await getJson(url, owner);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/json/);
    expect(body.count).toBe(1);
    expect(body.status).toBe(0);
    expect(body.statusCode).toBe(200);
    expect(body.links).toEqual([{ href: url, action: "GET" }]);
    expect(body).not.toHaveProperty("total");
    const file = record(body.response);
    expect(file).toMatchObject({
      id: emu.seed.files.oneKib,
      title: "Report.docx",
      fileExst: ".docx",
      fileType: 7,
      pureContentLength: 1024,
      contentLength: "1 KB",
      folderId: emu.seed.rooms.project,
      version: 1,
      versionGroup: 1,
      fileEntryType: 2,
      rootFolderType: 14,
      parentRoomType: 19,
      viewUrl: `${emu.url}/filehandler.ashx?action=download&fileid=${emu.seed.files.oneKib}`,
      webUrl: `${emu.url}/doceditor?fileid=${emu.seed.files.oneKib}&version=1`,
      canShare: true,
      shared: false,
      mute: false,
    });
    expect(file.created).toMatch(API_DATE);
    expect(String(file.created)).toMatch(/\+03:00$/);
    expect(record(file.createdBy).displayName).toBe("Olivia Owner &amp; Co");
    const security = record(file.security);
    expect(security.Download).toBe(true);
    expect(Object.keys(security)).toEqual(
      expect.arrayContaining(["Read", "Edit", "Download", "Copy", "Move", "Convert"]),
    );
    for (const key of Object.keys(file)) expect(key).not.toMatch(/mime|contentType/i);
    expect(containsNull(body)).toBe(false);
  });

  test("a 0-byte file omits pureContentLength", async () => {
    const file = record(
      (await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.zeroBytes}`, owner)).body.response,
    );
    expect(file).not.toHaveProperty("pureContentLength");
    expect(file.contentLength).toBe("0 bytes");
  });

  test("contentLength is localized for the user's culture", async () => {
    const id = emu.seed.files.spreadsheet;
    const en = record((await getJson(`${emu.url}/api/2.0/files/file/${id}`, owner)).body.response);
    const de = record(
      (await getJson(`${emu.url}/api/2.0/files/file/${id}`, bearer(emu.users.guest.apiKey))).body.response,
    );
    expect(en.contentLength).toBe("12.06 KB");
    expect(de.contentLength).toBe("12,06 KB");
    expect(en.pureContentLength).toBe(12_345);
  });

  test("images and videos get media web URLs, extensions are lower-cased, titles keep odd names", async () => {
    const photo = record(
      (await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.image}`, owner)).body.response,
    );
    expect(photo).toMatchObject({
      fileType: 4,
      fileExst: ".jpg",
      webUrl: `${emu.url}/media/view/${emu.seed.files.image}`,
      thumbnailStatus: 1,
    });
    const video = record(
      (await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.video}`, owner)).body.response,
    );
    expect(video.fileType).toBe(2);
    const upper = record(
      (await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.upperCaseExtension}`, owner)).body
        .response,
    );
    expect(upper).toMatchObject({ title: "PHOTO.JPG", fileExst: ".jpg" });
    const bare = record(
      (await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.noExtension}`, owner)).body.response,
    );
    expect(bare).toMatchObject({ title: "README", fileExst: "", fileType: 0 });
    const long = record(
      (await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.longName}`, owner)).body.response,
    );
    expect(String(long.title)).toHaveLength(170);
    const nfd = record(
      (await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.decomposedUnicode}`, owner)).body
        .response,
    );
    expect(nfd.title).toBe("Cafe\u0301 menu.txt");
  });

  test("third-party rooms use string ids", async () => {
    const file = record(
      (await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.thirdPartyDoc}`, owner)).body.response,
    );
    expect(file).toMatchObject({
      id: "sbox-file-1",
      folderId: "sbox-room-1",
      providerItem: true,
      providerKey: "Box",
    });
  });

  test("the file without download permission says so in security", async () => {
    const file = record(
      (await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.noDownload}`, owner)).body.response,
    );
    expect(record(file.security).Download).toBe(false);
    expect(record(file.security).Read).toBe(true);
  });
});

describe("errors (ResponseWrapper.cs CustomExceptionHandler)", () => {
  test("a missing file is shape (a) 404", async () => {
    const { status, body } = await getJson(`${emu.url}/api/2.0/files/file/999999`, owner);
    expect(status).toBe(404);
    expect(body).toMatchObject({
      status: 1,
      statusCode: 404,
      error: { message: "The required file was not found" },
    });
    expect(record(body.error).hresult).toEqual(expect.any(Number));
  });

  test("anonymous-allowed endpoints give 403, not 401, without or with bad credentials", async () => {
    for (const headers of [{}, bearer(`sk-${"0".repeat(64)}`), { Cookie: "asc_auth_key=nope" }]) {
      const file = await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.oneKib}`, headers);
      expect(file.status).toBe(403);
      expect(record(file.body.error).message).toBe("You don't have enough permission to view the file");
      const folder = await getJson(`${emu.url}/api/2.0/files/${emu.seed.rooms.project}`, headers);
      expect(folder.status).toBe(403);
    }
    expect((await getJson(`${emu.url}/api/2.0/files/file/999999`)).status).toBe(404);
  });

  test("people/@self needs authentication: 401 with an empty body", async () => {
    for (const headers of [{}, bearer(`sk-${"0".repeat(64)}`), { Authorization: emu.users.owner.apiKey }]) {
      const res = await getJson(`${emu.url}/api/2.0/people/@self`, headers);
      expect(res.status).toBe(401);
      expect(res.text).toBe("");
    }
  });

  test("a user outside a room gets 403", async () => {
    const res = await getJson(
      `${emu.url}/api/2.0/files/file/${emu.seed.files.ownerOnly}`,
      bearer(emu.users.user.apiKey),
    );
    expect(res.status).toBe(403);
    expect(record(res.body.error).message).toMatch(/permission/);
  });
});

describe("authentication (BaseStartup.cs ForwardDefaultSelector)", () => {
  test("@self returns the key's creator with an HTML-encoded displayName", async () => {
    const res = await getJson(`${emu.url}/api/2.0/people/@self`, bearer(emu.users.user.apiKey));
    const me = record(res.body.response);
    expect(me).toMatchObject({
      id: emu.users.user.id,
      displayName: "&#218;na O&#39;Brien",
      firstName: "Úna",
      isCollaborator: true,
      isVisitor: false,
      isAdmin: false,
    });
    const admin = record(
      (await getJson(`${emu.url}/api/2.0/people/@self`, bearer(emu.users.docspaceAdmin.apiKey))).body
        .response,
    );
    expect(admin).toMatchObject({ displayName: "Adam &lt;Admin&gt;", isAdmin: true, isOwner: false });
  });

  test("the session cookie authenticates and expires", async () => {
    const cookie = emu.sessionCookie("roomAdmin");
    const ok = await getJson(`${emu.url}/api/2.0/people/@self`, { Cookie: cookie.header });
    expect(record(ok.body.response).isRoomAdmin).toBe(true);
    emu.faults.expireSessions();
    expect((await getJson(`${emu.url}/api/2.0/people/@self`, { Cookie: cookie.header })).status).toBe(401);
  });

  test("the sign-in URL sets an HttpOnly SameSite=Strict asc_auth_key cookie", async () => {
    const res = await fetch(emu.signInUrl("owner", "/rooms/shared"), { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/rooms/shared");
    expect(res.headers.get("set-cookie")).toMatch(/^asc_auth_key=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);
  });

  test("POST /authentication returns a token usable as the raw Authorization header", async () => {
    const res = await fetch(`${emu.url}/api/2.0/authentication`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ userName: emu.users.guest.email, password: emu.users.guest.password }),
    });
    const token = String(record(record((await res.json()) as JsonRecord).response).token);
    const me = await getJson(`${emu.url}/api/2.0/people/@self`, { Authorization: token });
    expect(record(me.body.response).isVisitor).toBe(true);
  });

  test("API-key scopes: a missing scope is 403 with an empty body", async () => {
    const filesOnly = emu.createApiKey("owner", ["files:read"]);
    expect(
      (await getJson(`${emu.url}/api/2.0/files/file/${emu.seed.files.oneKib}`, bearer(filesOnly))).status,
    ).toBe(200);
    const rooms = await getJson(`${emu.url}/api/2.0/files/rooms`, bearer(filesOnly));
    expect(rooms.status).toBe(403);
    expect(rooms.text).toBe("");
    expect((await getJson(`${emu.url}/api/2.0/people/@self`, bearer(filesOnly))).status).toBe(403);
    const roomsOnly = emu.createApiKey("owner", ["rooms:read"]);
    expect((await getJson(`${emu.url}/api/2.0/files/rooms`, bearer(roomsOnly))).status).toBe(200);
    expect(
      (await getJson(`${emu.url}/api/2.0/files/${emu.seed.rooms.project}`, bearer(roomsOnly))).status,
    ).toBe(403);
    const readAll = emu.createApiKey("owner", ["*:read"]);
    expect((await getJson(`${emu.url}/api/2.0/people/@self`, bearer(readAll))).status).toBe(200);
    // The file handler is not scope-checked.
    const res = await fetch(`${emu.url}/filehandler.ashx?action=download&fileid=${emu.seed.files.oneKib}`, {
      headers: bearer(roomsOnly),
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  });

  test("an expired API key no longer authenticates", async () => {
    const key = emu.createApiKey("owner", [], 60_000);
    expect((await getJson(`${emu.url}/api/2.0/people/@self`, bearer(key))).status).toBe(200);
    emu.clock.advance(61_000);
    expect((await getJson(`${emu.url}/api/2.0/people/@self`, bearer(key))).status).toBe(401);
  });
});

describe("folders and rooms (FoldersController.cs, VirtualRoomsController.cs)", () => {
  test("a folder listing has pathParts, total, page count and recursive counts", async () => {
    const { body } = await getJson(`${emu.url}/api/2.0/files/${emu.seed.folders.subB}`, owner);
    expect(body.count).toBe(1);
    expect(body).not.toHaveProperty("total");
    const content = record(body.response);
    expect(content.pathParts).toEqual([
      { id: 1, title: "Rooms", folderType: 14 },
      { id: emu.seed.rooms.project, title: "Project Room", roomType: 5, folderType: 19 },
      { id: emu.seed.folders.folderA, title: "Folder A", folderType: 0 },
      { id: emu.seed.folders.subB, title: "Sub B", folderType: 0 },
    ]);
    expect(content).toMatchObject({ startIndex: 0, count: 2, total: 2, new: 0 });
    const current = record(content.current);
    expect(current).toMatchObject({
      id: emu.seed.folders.subB,
      parentId: emu.seed.folders.folderA,
      filesCount: 2,
      foldersCount: 1,
      fileEntryType: 1,
    });
    const tree = record(
      (await getJson(`${emu.url}/api/2.0/files/folder/${emu.seed.folders.tree1000}`, owner)).body.response,
    );
    expect(tree).toMatchObject({ filesCount: 1000, foldersCount: 110 });
  });

  test("pages hold at most 100 entries; count > 100 is a 400 validation envelope", async () => {
    const base = `${emu.url}/api/2.0/files/${emu.seed.folders.over100}`;
    const first = record((await getJson(base, owner)).body.response);
    expect(first).toMatchObject({ count: 100, total: 150, startIndex: 0 });
    expect(list(first.folders)).toHaveLength(30);
    expect(list(first.files)).toHaveLength(70);
    const second = record((await getJson(`${base}?startIndex=100&count=100`, owner)).body.response);
    expect(second).toMatchObject({ count: 50, total: 150, startIndex: 100 });
    const bad = await getJson(`${base}?count=101`, owner);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      count: 1,
      status: 1,
      statusCode: 400,
      response: { title: "One or more validation errors occurred.", status: 400 },
    });
    expect(record(record(bad.body.response).errors).Count).toBeDefined();
  });

  test("the withSubFolders trap: a filter without withSubFolders=false searches the subtree", async () => {
    const base = `${emu.url}/api/2.0/files/${emu.seed.rooms.project}`;
    const titles = (content: JsonRecord): string[] => list(content.files).map((f) => String(record(f).title));
    const plain = record((await getJson(base, owner)).body.response);
    expect(titles(plain)).not.toContain("deep.txt");
    const filtered = record((await getJson(`${base}?filterType=1`, owner)).body.response);
    expect(titles(filtered)).toContain("deep.txt");
    expect(list(filtered.folders)).toHaveLength(0);
    const direct = record((await getJson(`${base}?filterType=1&withSubFolders=false`, owner)).body.response);
    expect(titles(direct)).not.toContain("deep.txt");
    expect(titles(direct)).toContain("Report.docx");
  });

  test("rooms need authentication and list only the user's rooms; the rooms root counts are 0", async () => {
    expect((await getJson(`${emu.url}/api/2.0/files/rooms`)).status).toBe(401);
    const all = record((await getJson(`${emu.url}/api/2.0/files/rooms`, owner)).body.response);
    const ownerRooms = list(all.folders).map((r) => record(r).id);
    expect(ownerRooms).toEqual(
      expect.arrayContaining([emu.seed.rooms.project, emu.seed.rooms.ownerOnly, emu.seed.rooms.thirdParty]),
    );
    expect(ownerRooms).not.toContain(emu.seed.rooms.archived);
    expect(record(all.current)).toMatchObject({ id: 1, filesCount: 0, foldersCount: 0 });
    const room = record(list(all.folders).find((r) => record(r).id === emu.seed.rooms.restricted));
    expect(room).toMatchObject({ roomType: 8, denyDownload: true, rootFolderType: 14 });
    const guest = record(
      (await getJson(`${emu.url}/api/2.0/files/rooms`, bearer(emu.users.guest.apiKey))).body.response,
    );
    expect(
      list(guest.folders)
        .map((r) => record(r).id)
        .sort(),
    ).toEqual([emu.seed.rooms.project, emu.seed.rooms.restricted].sort());
    const archive = record(
      (await getJson(`${emu.url}/api/2.0/files/rooms?searchArea=1`, owner)).body.response,
    );
    expect(list(archive.folders).map((r) => record(r).id)).toEqual([emu.seed.rooms.archived]);
  });
});

describe("tests can add items", () => {
  test("addFile/addFolder create items served by the API", async () => {
    const folder = emu.addFolder({ parentId: emu.seed.rooms.project, title: "Added" });
    const file = emu.addFile({ folderId: folder.id, title: "added.bin", size: 3 * 1024 * 1024 + 7 });
    const dto = record((await getJson(`${emu.url}/api/2.0/files/file/${file.id}`, owner)).body.response);
    expect(dto).toMatchObject({
      title: "added.bin",
      pureContentLength: 3 * 1024 * 1024 + 7,
      folderId: folder.id,
    });
    const res = await fetch(String(dto.viewUrl), { headers: owner });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(emu.content.bytes(file.id))).toBe(true);
    const room = emu.addRoom({ title: "Private", members: { user: 2 } });
    const rooms = record(
      (await getJson(`${emu.url}/api/2.0/files/rooms`, bearer(emu.users.user.apiKey))).body.response,
    );
    expect(list(rooms.folders).map((r) => record(r).id)).toContain(room.id);
  });
});

test("repeated slashes are merged, as nginx does (origin + '/' + proxy + '/' + prefix with an empty proxy)", async () => {
  const res = await getJson(`${emu.url}//api/2.0/people/@self`, owner);
  expect(res.status).toBe(200);
  expect(record(res.body.response).isOwner).toBe(true);
});
