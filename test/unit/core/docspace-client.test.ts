import { createDocSpaceClient } from "../../../src/core";
import { apiBaseUrl } from "../../../src/core/docspace/client";
import { FakeClock } from "./fakes";

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(handler: (url: URL, init: RequestInit) => Response): {
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  seen: Seen[];
} {
  const seen: Seen[] = [];
  return {
    seen,
    fetch: (url, init = {}) => {
      seen.push({ url, init });
      return Promise.resolve(handler(new URL(url, "https://portal.example"), init));
    },
  };
}

const ok = (response: unknown) => Response.json({ response, count: 1, status: 0, statusCode: 200 });
const KEY = `sk-${"0".repeat(64)}`;

test("base URLs for both modes", () => {
  expect(apiBaseUrl({ kind: "plugin", origin: "https://portal.example", proxy: "", prefix: "api/2.0" })).toBe(
    "https://portal.example/api/2.0",
  );
  expect(
    apiBaseUrl({ kind: "plugin", origin: "https://portal.example/", proxy: "/proxy/", prefix: "/api/2.0" }),
  ).toBe("https://portal.example/proxy/api/2.0");
  expect(apiBaseUrl({ kind: "plugin", origin: "", proxy: "", prefix: "api/2.0" })).toBe("/api/2.0");
  expect(apiBaseUrl({ kind: "api-key", portalUrl: "https://portal.example/", apiKey: KEY })).toBe(
    "https://portal.example/api/2.0",
  );
});

test("listings page through `total` with no filter and withSubFolders=false", async () => {
  const { fetch, seen } = fakeFetch((url) => {
    const start = Number(url.searchParams.get("startIndex"));
    const files = Array.from({ length: start < 200 ? 100 : 30 }, (_, i) => ({
      id: start + i,
      title: `f${start + i}`,
      viewUrl: "v",
    }));
    return ok({
      current: { id: 7, title: "Big" },
      files,
      folders: [],
      startIndex: start,
      count: files.length,
      total: 230,
    });
  });
  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch },
  );
  const listing = await client.listFolder(7);
  expect(listing.files).toHaveLength(230);
  expect(listing.current.title).toBe("Big");
  expect(seen.map((call) => new URL(call.url).searchParams.get("startIndex"))).toEqual(["0", "100", "200"]);
  for (const call of seen) {
    const params = new URL(call.url).searchParams;
    expect(params.get("withSubFolders")).toBe("false");
    expect(params.get("count")).toBe("100");
    expect(params.has("filterType")).toBe(false);
  }
});

/**
 * A folder of 130 entries served in pages of 100 and 30, whatever `count` asks, each page's ids
 * as `shown` shapes them (a page's `count` stays what the portal counted before any filtering).
 */
function pagedListing(shown: (start: number, ids: number[]) => number[]) {
  const { fetch, seen } = fakeFetch((url) => {
    const start = Number(url.searchParams.get("startIndex"));
    const ids = Array.from({ length: start === 0 ? 100 : 30 }, (_, i) => start + i);
    return ok({
      current: { id: 7, title: "Listed" },
      files: shown(start, [...ids]).map((id) => ({ id, title: `f${id}`, viewUrl: "v" })),
      folders: [],
      startIndex: start,
      count: ids.length,
      total: 130,
    });
  });
  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch },
  );
  return { client, seen };
}

test("a listing whose pages overlap (entries tied in the portal's order) is read again and joined by id", async () => {
  let reads = 0;
  const { client, seen } = pagedListing((start, ids) => {
    if (start === 0) reads += 1;
    // The first read's second page shows file 99 again and never file 100: the two swapped places.
    if (reads === 1 && start === 100) ids[0] = 99;
    return ids;
  });
  const listing = await client.listFolder(7);
  const ids = listing.files.map((file) => file.id);
  expect(new Set(ids).size).toBe(130);
  expect(ids).toHaveLength(130);
  expect(ids).toContain(100);
  expect(seen).toHaveLength(4);
  expect(listing.unlisted).toBeUndefined();
});

test("a listing whose pages overlap on every read says how many entries may never have shown", async () => {
  const { client, seen } = pagedListing((start, ids) => {
    // Every read: files 98 and 99 again on the second page, and never files 100 and 101.
    if (start === 100) [ids[0], ids[1]] = [98, 99];
    return ids;
  });
  const listing = await client.listFolder(7);
  expect(listing.files).toHaveLength(128);
  expect(listing.unlisted).toBe(2);
  // Three reads of two pages, each read with pages of another size.
  expect(seen.map(({ url }) => new URL(url).searchParams.get("count"))).toEqual([
    "100",
    "100",
    "98",
    "98",
    "96",
    "96",
  ]);
});

test("a shortfall without overlap (entries the portal filters after paging) is not reported", async () => {
  // The second page counts 30 entries and shows 28: two the member may not see.
  const { client, seen } = pagedListing((start, ids) => (start === 100 ? ids.slice(2) : ids));
  const listing = await client.listFolder(7);
  expect(listing.files).toHaveLength(128);
  expect(listing.unlisted).toBeUndefined();
  // Read once: with no entry shown twice, nothing was skipped that a re-read could find.
  expect(seen).toHaveLength(2);
});

test("API-key mode: Bearer key on the portal only, never to a storage redirect", async () => {
  const { fetch, seen } = fakeFetch((url) => {
    if (url.hostname === "portal.example") {
      return new Response(null, {
        status: 302,
        headers: { Location: "https://s3.example/bucket/file?sig=1" },
      });
    }
    return new Response("bytes", { status: 200 });
  });
  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch },
  );
  const response = await client.fetchContent(
    "https://portal.example/filehandler.ashx?action=download&fileid=1",
    { start: 5 },
  );
  expect(await response.text()).toBe("bytes");
  expect(new Headers(seen[0]?.init.headers).get("Authorization")).toBe(`Bearer ${KEY}`);
  expect(new Headers(seen[0]?.init.headers).get("Range")).toBe("bytes=5-");
  expect(seen[0]?.init.redirect).toBe("manual");
  expect(new Headers(seen[1]?.init.headers).get("Authorization")).toBeNull();
  expect(new Headers(seen[1]?.init.headers).get("Range")).toBe("bytes=5-");
});

test("plugin mode: the page's cookie, no Authorization header", async () => {
  const { fetch, seen } = fakeFetch(() =>
    ok({ id: "u1", displayName: "Ann &amp; Bob &lt;QA&gt;", email: "a@b.c" }),
  );
  const client = createDocSpaceClient(
    {
      kind: "plugin",
      origin: "https://portal.example",
      proxy: "",
      prefix: "api/2.0",
      pageOrigin: "https://portal.example",
    },
    { fetch },
  );
  await expect(client.getCurrentUser()).resolves.toEqual({
    id: "u1",
    displayName: "Ann & Bob <QA>",
    email: "a@b.c",
    isAdmin: false,
  });
  expect(seen[0]?.url).toBe("https://portal.example/api/2.0/people/@self");
  // Same-origin: never to the cloud storage a download is redirected to.
  expect(seen[0]?.init.credentials).toBe("same-origin");
  expect(new Headers(seen[0]?.init.headers).has("Authorization")).toBe(false);
});

test("the presigned URL is used when the portal has it, viewUrl otherwise", async () => {
  const file = {
    id: 5,
    title: "a.txt",
    viewUrl: "https://portal.example/filehandler.ashx?action=download&fileid=5",
  };
  const withPresigned = fakeFetch(() =>
    ok("https://portal.example/filehandler.ashx?action=stream&fileid=5&stream_auth=1.X"),
  );
  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch: withPresigned.fetch },
  );
  await expect(client.getDownloadUrl(file)).resolves.toContain("action=stream");
  expect(withPresigned.seen[0]?.url).toBe("https://portal.example/api/2.0/files/file/5/presigneduri");

  const without = fakeFetch(() => new Response(null, { status: 404 }));
  const old = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch: without.fetch },
  );
  await expect(old.getDownloadUrl(file)).resolves.toBe(file.viewUrl);
});

test.each([
  [401, "docspace-signed-out"],
  [403, "no-download-permission"],
  [404, "not-found"],
])("HTTP %i is classified as %s and not retried", async (status, kind) => {
  const { fetch, seen } = fakeFetch(() => new Response(null, { status }));
  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch, clock: new FakeClock() },
  );
  await expect(client.getFile(1)).rejects.toMatchObject({ name: "TransferError", kind });
  expect(seen.filter((request) => !request.url.endsWith("/people/@self"))).toHaveLength(1);
});

describe("a 403 from an endpoint that allows anonymous access", () => {
  const denied = (selfStatus: number) =>
    fakeFetch((url) =>
      url.pathname.endsWith("/people/@self")
        ? new Response(null, { status: selfStatus })
        : new Response(null, { status: 403 }),
    );

  it("is a signed-out session when people/@self answers 401", async () => {
    const { fetch, seen } = denied(401);
    const client = createDocSpaceClient(
      { kind: "plugin", origin: "https://portal.example", proxy: "", prefix: "api/2.0" },
      { fetch, clock: new FakeClock() },
    );
    await expect(client.getFile(1)).rejects.toMatchObject({ kind: "docspace-signed-out" });
    await expect(
      client.fetchContent("https://portal.example/filehandler.ashx?action=download&fileid=1"),
    ).rejects.toMatchObject({
      kind: "docspace-signed-out",
    });
    expect(seen.map((request) => new URL(request.url).pathname)).toEqual([
      "/api/2.0/files/file/1",
      "/api/2.0/people/@self",
      "/filehandler.ashx",
      "/api/2.0/people/@self",
    ]);
  });

  it("stays a missing permission when the user is signed in", async () => {
    const client = createDocSpaceClient(
      { kind: "plugin", origin: "https://portal.example", proxy: "", prefix: "api/2.0" },
      { fetch: denied(200).fetch, clock: new FakeClock() },
    );
    await expect(client.getFile(1)).rejects.toMatchObject({ kind: "no-download-permission" });
  });
});

test("429 waits for Retry-After, then succeeds; errors never carry the key", async () => {
  let calls = 0;
  const { fetch } = fakeFetch(() => {
    calls += 1;
    return calls === 1
      ? new Response(null, { status: 429, headers: { "Retry-After": "2" } })
      : ok({ id: 1, title: "a.txt", viewUrl: "v" });
  });
  const clock = new FakeClock();
  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch, clock },
  );
  await expect(client.getFile(1)).resolves.toMatchObject({ title: "a.txt" });
  expect(clock.sleeps).toEqual([2000]);

  const failing = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch: fakeFetch(() => new Response(null, { status: 401 })).fetch },
  );
  const error = await failing.getFile(1).catch((caught: unknown) => caught);
  expect(JSON.stringify(error)).not.toContain(KEY);
  expect(String((error as Error).message)).not.toContain(KEY);
});

test("a request that stalls is given up after requestTimeoutMs and tried again", async () => {
  let calls = 0;
  const fetch = (_url: string, init: RequestInit = {}): Promise<Response> => {
    calls += 1;
    if (calls > 1) return Promise.resolve(ok({ id: 1, title: "a.txt", viewUrl: "v" }));
    // The first request never answers: only its signal ends it.
    return new Promise((_, reject) =>
      init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
    );
  };
  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch, clock: new FakeClock(), requestTimeoutMs: 1_000 },
  );
  await expect(client.getFile(1)).resolves.toMatchObject({ title: "a.txt" });
  expect(calls).toBe(2);
});

test("a JSON body that breaks off is tried again; one that is not JSON is refused at once", async () => {
  let calls = 0;
  const broken = (): Response =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"response": {"id": 1, "ti'));
          controller.error(new TypeError("terminated"));
        },
      }),
      { status: 200, headers: { "Content-Type": "application/json" } },
    );
  const { fetch } = fakeFetch(() => {
    calls += 1;
    return calls === 1 ? broken() : ok({ id: 1, title: "a.txt", viewUrl: "v" });
  });
  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch, clock: new FakeClock() },
  );
  await expect(client.getFile(1)).resolves.toMatchObject({ title: "a.txt" });
  expect(calls).toBe(2);

  let garbled = 0;
  const notJson = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    {
      fetch: fakeFetch(() => {
        garbled += 1;
        return new Response("<html>maintenance</html>", { status: 200 });
      }).fetch,
      clock: new FakeClock(),
    },
  );
  await expect(notJson.getFile(1)).rejects.toMatchObject({ kind: "unknown" });
  expect(garbled).toBe(1);
});

test("behind a proxy alias, a 403 from the host the key was withheld from says so, not 'forbidden'", async () => {
  const { fetch, seen } = fakeFetch(() => new Response("denied", { status: 403 }));
  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://alias.example", apiKey: KEY },
    { fetch, clock: new FakeClock() },
  );
  const failure = client.fetchContent("https://portal.example/filehandler.ashx?action=download&fileid=1");
  await expect(failure).rejects.toMatchObject({
    kind: "no-download-permission",
    context: { status: 403, keyWithheldFrom: "https://portal.example" },
  });
  await expect(failure).rejects.toThrow(
    /download address is on https:\/\/portal\.example.*not on the portal address given \(https:\/\/alias\.example\)/u,
  );
  // The key still never left for the other host, and no "may not download" probe was made.
  expect(seen.map((request) => new Headers(request.init.headers).get("Authorization"))).toEqual([null]);
});

test("a folder's path is read from files/folder/{id}/path, and a malformed answer is refused", async () => {
  const path = [
    { id: 1, title: "Rooms" },
    { id: 7, title: "Project" },
    { id: 9, title: "Drafts" },
  ];
  const { fetch, seen } = fakeFetch((url) => ok(url.pathname.endsWith("/9/path") ? path : { id: 3 }));
  const client = createDocSpaceClient(
    { kind: "api-key", portalUrl: "https://portal.example", apiKey: KEY },
    { fetch },
  );
  await expect(client.getFolderPath(9)).resolves.toEqual(path);
  expect(seen[0]?.url).toBe("https://portal.example/api/2.0/files/folder/9/path");
  await expect(client.getFolderPath(3)).rejects.toMatchObject({ name: "TransferError" });
});
