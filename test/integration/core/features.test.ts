// Naming, conflicts, shared links, rooms, both DocSpace modes and the "connect Dropbox" helpers,
// against the emulators.

import {
  createDocSpaceClient,
  createTransferEngine,
  disconnectDropbox,
  getDropboxAccount,
  memoryCredentialStore,
} from "../../../src/core";
import { rewriteDropboxFetch } from "../../emulators/dropbox";
import { FAST_RETRIES, startHarness, type Harness } from "./harness";

let harness: Harness;
let folderId: number | string;
beforeAll(async () => {
  harness = await startHarness();
  folderId = harness.docspace.addFolder({
    parentId: harness.docspace.seed.rooms.project,
    title: "Features",
  }).id;
});
afterAll(async () => {
  await harness.close();
});
afterEach(async () => {
  await harness.dropbox.reset();
  await harness.reconnect();
});

test("invalid Dropbox names are fixed and reported with a reason; valid ones are kept", async () => {
  const titles = [
    "desktop.ini",
    "  leading.txt",
    "nbsp.txt\u00a0",
    "\u3000wide.txt\u3000",
    "osc\u001b]52;c;aGk=\u0007.txt",
    "c1\u009b2J.txt",
    "bidi\u202etxt.exe",
  ];
  const added = titles.map((title) => harness.docspace.addFile({ folderId, title, size: 10 }));
  const { punctuation } = harness.docspace.seed.files;
  const result = await harness.engine({ destinationFolder: "/N" }).exportItems({
    items: added
      .map((file) => ({ type: "file" as const, id: file.id }))
      .concat([{ type: "file", id: punctuation }]),
  });
  expect(
    result.files.map((file) => [file.status, file.dropboxPath, file.renamedFrom, file.renameReasons]),
  ).toEqual([
    ["done", "/N/_desktop.ini", "desktop.ini", ["not-synced"]],
    ["done", "/N/leading.txt", "  leading.txt", ["surrounding-space"]],
    ["done", "/N/nbsp.txt", "nbsp.txt\u00a0", ["surrounding-space"]],
    ["done", "/N/wide.txt", "\u3000wide.txt\u3000", ["surrounding-space"]],
    ["done", "/N/osc_]52;c;aGk=_.txt", "osc\u001b]52;c;aGk=\u0007.txt", ["control-character"]],
    ["done", "/N/c1_2J.txt", "c1\u009b2J.txt", ["control-character"]],
    ["done", "/N/bidi_txt.exe", "bidi\u202etxt.exe", ["control-character"]],
    ["done", "/N/100% #1 & 'quotes' [x] {y}; z=1,2.txt", undefined, undefined],
  ]);
  expect(
    harness.dropbox
      .files()
      .map((file) => file.pathDisplay)
      .sort(),
  ).toEqual(result.files.map((file) => file.dropboxPath).sort());
});

test("case twins in one folder both arrive (Dropbox paths are case-insensitive)", async () => {
  const { caseTwinLower, caseTwinUpper } = harness.docspace.seed.files;
  const result = await harness.engine({ destinationFolder: "/Twins" }).exportItems({
    items: [
      { type: "file", id: caseTwinLower },
      { type: "file", id: caseTwinUpper },
    ],
  });
  expect(result.files.every((file) => file.status === "done")).toBe(true);
  expect(harness.dropbox.files()).toHaveLength(2);
  expect(result.files[1]?.renamedFrom).toBe("README.md");
});

test("keep both (default) adds 'name (1)'; overwrite replaces", async () => {
  const first = harness.docspace.addFile({ folderId, title: "same.txt", size: 100 });
  const second = harness.docspace.addFile({ folderId, title: "same.txt", size: 200 });
  await harness.engine({ destinationFolder: "/C" }).exportItems({ items: [{ type: "file", id: first.id }] });
  const kept = await harness
    .engine({ destinationFolder: "/C" })
    .exportItems({ items: [{ type: "file", id: second.id }] });
  expect(kept.files[0]?.dropboxPath).toBe("/C/same (1).txt");
  expect(harness.dropbox.files()).toHaveLength(2);

  const replaced = await harness.engine({ destinationFolder: "/C", conflict: "overwrite" }).exportItems({
    items: [{ type: "file", id: second.id }],
  });
  expect(replaced.files[0]?.dropboxPath).toBe("/C/same.txt");
  const same = harness.dropbox.files().find((file) => file.pathDisplay === "/C/same.txt");
  expect(same?.contentHash).toBe(harness.docspace.content.dropboxContentHash(second.id));
  expect(harness.dropbox.files()).toHaveLength(2);
});

test("shared links on request, reusing an existing one", async () => {
  const file = harness.docspace.addFile({ folderId, title: "shared.txt", size: 300 });
  const engine = harness.engine({ destinationFolder: "/L", createSharedLinks: true, conflict: "overwrite" });
  const first = await engine.exportItems({ items: [{ type: "file", id: file.id }] });
  const second = await engine.exportItems({ items: [{ type: "file", id: file.id }] });
  expect(first.files[0]?.link).toMatch(/^https:\/\//);
  expect(second.files[0]?.link).toBe(first.files[0]?.link);
  expect(second.files[0]?.linkError).toBeUndefined();
  expect(harness.dropbox.sharedLinks()).toHaveLength(1);
});

test("a room export keeps the room as the top folder and the tree below it", async () => {
  const room = harness.docspace.addRoom({ title: "Board room" });
  const sub = harness.docspace.addFolder({ parentId: room.id, title: "Minutes" });
  const a = harness.docspace.addFile({ folderId: room.id, title: "agenda.docx", size: 1234 });
  const b = harness.docspace.addFile({ folderId: sub.id, title: "2026-01.docx", size: 4321 });
  const result = await harness
    .engine({ destinationFolder: "/R" })
    .exportItems({ items: [{ type: "room", id: room.id }] });
  expect(result.files.map((file) => [file.docspaceId, file.dropboxPath, file.status])).toEqual([
    [a.id, "/R/Board room/agenda.docx", "done"],
    [b.id, "/R/Board room/Minutes/2026-01.docx", "done"],
  ]);
});

test("a file the user may not download fails as no-download-permission; the others still go", async () => {
  const { noDownload, oneKib } = harness.docspace.seed.files;
  const result = await harness.engine().exportItems({
    items: [
      { type: "file", id: noDownload },
      { type: "file", id: oneKib },
    ],
  });
  expect(result.files.map((file) => [file.status, file.error?.kind])).toEqual([
    ["failed", "no-download-permission"],
    ["done", undefined],
  ]);
  expect(harness.dropbox.files()).toHaveLength(1);
});

test("a missing item is reported as an item failure", async () => {
  const result = await harness.engine().exportItems({ items: [{ type: "folder", id: 999_999 }] });
  expect(result.files).toEqual([]);
  expect(result.itemFailures.map((failure) => failure.error.kind)).toEqual(["not-found"]);
});

test("plugin mode (same origin, session cookie) exports the same way", async () => {
  const cookie = harness.docspace.sessionCookie("owner").header;
  // Node's fetch keeps no cookie jar; the browser sends the cookie itself.
  const cookieFetch = (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set("Cookie", cookie);
    return fetch(url, { ...init, headers });
  };
  const docspace = createDocSpaceClient(
    { kind: "plugin", origin: harness.docspace.url, proxy: "", prefix: "api/2.0" },
    { fetch: cookieFetch },
  );
  const engine = createTransferEngine({
    docspace,
    dropbox: { store: harness.store },
    options: { ...FAST_RETRIES, fetch: rewriteDropboxFetch(harness.dropbox.url) },
  });
  const id = harness.docspace.seed.files.oneKib;
  const result = await engine.exportItems({ items: [{ type: "file", id }] });
  expect(result.files[0]?.status).toBe("done");
  await expect(docspace.getCurrentUser()).resolves.toMatchObject({ id: harness.docspace.users.owner.id });
});

test("a bare access token that expires mid-job is a dropbox-auth error, and no token leaks into it", async () => {
  const tokens = harness.dropbox.issueTokens({ tokenAccessType: "online" });
  const store = memoryCredentialStore({ kind: "access-token", accessToken: tokens.accessToken });
  harness.dropbox.addFault({ kind: "expire_token", route: "files/upload" });
  const engine = createTransferEngine({
    docspace: createDocSpaceClient({
      kind: "api-key",
      portalUrl: harness.docspace.url,
      apiKey: harness.docspace.users.owner.apiKey,
    }),
    dropbox: { store },
    options: { ...FAST_RETRIES, fetch: rewriteDropboxFetch(harness.dropbox.url) },
  });
  const result = await engine.exportItems({
    items: [{ type: "file", id: harness.docspace.seed.files.oneKib }],
  });
  const error = result.files[0]?.error;
  expect(error?.kind).toBe("dropbox-auth");
  const text = `${error?.message} ${JSON.stringify(error?.context)}`;
  expect(text).not.toContain(tokens.accessToken);
  expect(text).not.toContain(harness.docspace.users.owner.apiKey);
  expect(harness.dropbox.files()).toEqual([]);
});

test("not connected → not-connected, before anything is read", async () => {
  const engine = createTransferEngine({
    docspace: createDocSpaceClient({
      kind: "api-key",
      portalUrl: harness.docspace.url,
      apiKey: harness.docspace.users.owner.apiKey,
    }),
    dropbox: { store: memoryCredentialStore() },
    options: { fetch: rewriteDropboxFetch(harness.dropbox.url) },
  });
  await expect(engine.exportItems({ items: [{ type: "file", id: 1 }] })).rejects.toMatchObject({
    kind: "not-connected",
  });
});

test("account lookup, then disconnect revokes the token and forgets it", async () => {
  const fetch = rewriteDropboxFetch(harness.dropbox.url);
  const account = await getDropboxAccount({ store: harness.store, fetch });
  expect(account.accountId).toBe(harness.dropbox.account.accountId);
  expect(account.email).toBe(harness.dropbox.account.email);
  const before = await harness.store.load();
  await disconnectDropbox({ store: harness.store, fetch });
  expect(await harness.store.load()).toBeNull();
  // The revoked credentials no longer work.
  const revoked = memoryCredentialStore(before);
  await expect(getDropboxAccount({ store: revoked, fetch })).rejects.toMatchObject({ kind: "dropbox-auth" });
});

test("empty folders are recreated; an existing one counts as done", async () => {
  const parent = harness.docspace.addFolder({ parentId: folderId, title: "Tree" });
  harness.docspace.addFolder({ parentId: parent.id, title: "Empty\u001b yes" });
  const full = harness.docspace.addFolder({ parentId: parent.id, title: "Full" });
  harness.docspace.addFile({ folderId: full.id, title: "x.txt", size: 5 });
  const engine = harness.engine({ destinationFolder: "/E" });
  const first = await engine.exportItems({ items: [{ type: "folder", id: parent.id }] });
  expect(first.emptyFolders).toEqual([{ dropboxPath: "/E/Tree/Empty_ yes", status: "done" }]);
  const entries = harness.dropbox.entries().map((entry) => [entry.kind, entry.pathDisplay]);
  expect(entries).toEqual(
    expect.arrayContaining([
      ["folder", "/E/Tree/Empty_ yes"],
      ["file", "/E/Tree/Full/x.txt"],
    ]),
  );
  const again = await engine.exportItems({ items: [{ type: "folder", id: parent.id }] });
  expect(again.emptyFolders).toEqual([{ dropboxPath: "/E/Tree/Empty_ yes", status: "done" }]);
});
