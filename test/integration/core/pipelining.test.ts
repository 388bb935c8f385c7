// Requests overlap where the order of the work allows:
// - the engine asks DocSpace for the next small files' download URLs while the current file
//   moves, so each small file waits for two requests, not three;
// - a large file's first range downloads while its upload session starts, and each range is
//   hashed as it arrives, so the closing range is ready the moment the other chunks are in.

import { createHash } from "node:crypto";
import {
  createDocSpaceClient,
  createTransferEngine,
  type DocSpaceClient,
  type FetchLike,
} from "../../../src/core";
import { HASH_BLOCK_SIZE } from "../../../src/core/content-hash";
import { rewriteDropboxFetch } from "../../emulators/dropbox";
import { FAST_RETRIES, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** The emulator's DocSpace, with every URL request and content request and read written to `events`. */
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
      events.push(`asked content ${request?.start ?? ""}-${request?.end ?? ""}`);
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

describe("a large file in a concurrent upload session", () => {
  const MiB = 1024 * 1024;
  const CHUNK = 8 * MiB;

  /** Resolves when `ready()` holds, or after `ms` regardless (then the test's order check fails). */
  async function until(ready: () => boolean, ms = 2000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!ready() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  let sends = 0;

  /** Sends a file of `size` bytes, two chunks at a time; `hold` may delay each Dropbox answer. */
  async function send(
    events: string[],
    hold: (route: string, arg: string) => Promise<void>,
    hashed = { blocks: 0 },
    size = 3 * CHUNK,
  ) {
    const folderId = harness.docspace.addFolder({
      parentId: harness.docspace.seed.rooms.project,
      title: `Overlap ${(sends += 1)}`,
    }).id;
    const file = harness.docspace.addFile({ folderId, title: "big.bin", size });
    const dropboxFetch = rewriteDropboxFetch(harness.dropbox.url);
    const fetch: FetchLike = async (input, init) => {
      const route = new URL(String(input)).pathname.replace(/^\/2\//u, "");
      const arg = new Headers(init?.headers).get("dropbox-api-arg") ?? "";
      const response = await dropboxFetch(input, init);
      await hold(route, arg);
      events.push(`answered ${route}`);
      return response;
    };
    const engine = createTransferEngine({
      docspace: recordingClient(events),
      dropbox: { store: harness.store },
      options: {
        ...FAST_RETRIES,
        fetch,
        destinationFolder: "/Overlap",
        conflict: "overwrite",
        chunkSizeBytes: CHUNK,
        parallelChunks: 2,
        sha256: (bytes) => {
          if (bytes.byteLength === HASH_BLOCK_SIZE) hashed.blocks += 1;
          return createHash("sha256").update(bytes).digest();
        },
      },
    });
    const result = await engine.exportItems({ items: [{ type: "file", id: file.id }] });
    expect(result.files.map((entry) => entry.status)).toEqual(["done"]);
    expect(harness.dropbox.files().find((entry) => entry.pathDisplay === "/Overlap/big.bin")?.size).toBe(
      size,
    );
  }

  test("the first range is asked for before the upload session's start is answered", async () => {
    const events: string[] = [];
    // After the probe of Range support (bytes 0-0) that every ranged source makes.
    const FIRST_RANGE = `asked content 0-${CHUNK - 1}`;
    // The start's answer waits (up to 2 s) for the first range to be asked for.
    await send(events, async (route) => {
      if (route === "files/upload_session/start") await until(() => events.includes(FIRST_RANGE));
    });
    expect(events.indexOf(FIRST_RANGE)).toBeGreaterThanOrEqual(0);
    expect(events.indexOf(FIRST_RANGE)).toBeLessThan(events.indexOf("answered files/upload_session/start"));
  });

  test("the closing range is hashed before the other chunks' appends are answered", async () => {
    const events: string[] = [];
    const sha = { blocks: 0 };
    let blocksWhenFirstAnswered = -1;
    // Two chunks and a closing one of 4 MiB: five blocks. The other chunks' appends are answered
    // once all five were hashed (or after 2 s).
    await send(
      events,
      async (route, arg) => {
        if (route !== "files/upload_session/append_v2" || arg.includes('"close":true')) return;
        await until(() => sha.blocks >= 5);
        if (blocksWhenFirstAnswered < 0) blocksWhenFirstAnswered = sha.blocks;
      },
      sha,
      2 * CHUNK + HASH_BLOCK_SIZE,
    );
    expect(blocksWhenFirstAnswered).toBe(5);
  });

  test("a last chunk over 4 MiB goes as two appends, and only the second, of 4 MiB at most, closes the session", async () => {
    const events: string[] = [];
    const appends: { offset: number; close: boolean }[] = [];
    await send(events, async (route, arg) => {
      if (route !== "files/upload_session/append_v2") return;
      const { cursor, close } = JSON.parse(arg) as { cursor: { offset: number }; close: boolean };
      appends.push({ offset: cursor.offset, close });
    });
    expect(
      appends
        .slice(0, -1)
        .map((append) => append.offset)
        .sort((a, b) => a - b),
    ).toEqual([0, CHUNK, 2 * CHUNK]);
    expect(appends.map((append) => append.close)).toEqual([false, false, false, true]);
    expect(appends.at(-1)?.offset).toBe(2 * CHUNK + HASH_BLOCK_SIZE);
  });
});
