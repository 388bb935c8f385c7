// Per-file requests overlap: the engine asks DocSpace for the next small files' download URLs
// while the current file moves, so each small file waits for two requests, not three.

import { createDocSpaceClient, createTransferEngine, type DocSpaceClient } from "../../../src/core";
import { rewriteDropboxFetch } from "../../emulators/dropbox";
import { FAST_RETRIES, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** The emulator's DocSpace, with every URL request and content read written to `events`. */
function recordingClient(events: string[]): DocSpaceClient {
  const client = createDocSpaceClient({
    kind: "api-key",
    portalUrl: harness.docspace.url,
    apiKey: harness.docspace.users.owner.apiKey,
  });
  return {
    ...client,
    getDownloadUrl: async (file, signal) => {
      events.push(`url ${file.title}`);
      return client.getDownloadUrl(file, signal);
    },
    fetchContent: async (url, request) => {
      const response = await client.fetchContent(url, request);
      events.push(`got ${decodeURIComponent(url).includes("fileid=") ? "content" : url}`);
      return response;
    },
  };
}

test("the next small files' download URLs are asked for before the current file's bytes arrive", async () => {
  const folderId = harness.docspace.addFolder({
    parentId: harness.docspace.seed.rooms.project,
    title: "Pipelined",
  }).id;
  const files = ["a.txt", "b.txt", "c.txt"].map((title) =>
    harness.docspace.addFile({ folderId, title, size: 1000 }),
  );
  const events: string[] = [];
  const engine = createTransferEngine({
    docspace: recordingClient(events),
    dropbox: { store: harness.store },
    options: {
      ...FAST_RETRIES,
      fetch: rewriteDropboxFetch(harness.dropbox.url),
      destinationFolder: "/Pipelined",
      parallelFiles: 1,
    },
  });
  const result = await engine.exportItems({ items: files.map((file) => ({ type: "file", id: file.id })) });
  expect(result.files.map((file) => file.status)).toEqual(["done", "done", "done"]);
  // One file at a time, yet each next file's URL was asked for before the bytes of the one before arrived…
  const arrivals = events.flatMap((event, index) => (event.startsWith("got") ? [index] : []));
  expect(arrivals).toHaveLength(3);
  expect(events.indexOf("url b.txt")).toBeLessThan(arrivals[0] ?? -1);
  expect(events.indexOf("url c.txt")).toBeLessThan(arrivals[1] ?? -1);
  // …and each file's URL was asked for once.
  expect(events.filter((event) => event.startsWith("url"))).toEqual(["url a.txt", "url b.txt", "url c.txt"]);
  expect(
    harness.dropbox
      .files()
      .map((file) => file.pathDisplay)
      .sort(),
  ).toEqual(["/Pipelined/a.txt", "/Pipelined/b.txt", "/Pipelined/c.txt"]);
});
