import { request } from "node:http";
import type { DropboxEmulator } from "../../emulators/dropbox/index";
import { startEmulator } from "./helpers";

let emulator: DropboxEmulator;
let token: string;
beforeEach(async () => {
  emulator = await startEmulator();
  token = emulator.issueTokens().accessToken;
});
afterEach(async () => {
  await emulator.close();
});

/** Raw request with a latin-1 header value, which fetch would refuse to send. */
function rawPost(
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(emulator.url);
    const req = request({ host: url.hostname, port: url.port, path, method: "POST", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("request formats", () => {
  test("raw non-ASCII in Dropbox-API-Arg is a 400 plain-text error", async () => {
    const res = await rawPost(
      "/2/files/upload",
      {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/octet-stream",
        "Dropbox-API-Arg": '{"path":"/\u00fc.txt"}',
      },
      "x",
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatch(
      /^Error in call to API function "files\/upload": HTTP header "Dropbox-API-Arg": could not decode input as JSON/,
    );
  });

  test("wrong Content-Type on upload and RPC routes", async () => {
    const upload = await fetch(`${emulator.url}/2/files/upload`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
        "Dropbox-API-Arg": '{"path":"/a"}',
      },
      body: "x",
    });
    expect(upload.status).toBe(400);
    expect(upload.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await upload.text()).toBe(
      'Error in call to API function "files/upload": Bad HTTP "Content-Type" header: "application/json".  Expecting one of "application/octet-stream", "text/plain; charset=dropbox-cors-hack".',
    );
    const rpc = await fetch(`${emulator.url}/2/files/list_folder`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/octet-stream" },
      body: '{"path":""}',
    });
    expect(rpc.status).toBe(400);
    expect(await rpc.text()).toContain('Bad HTTP "Content-Type" header: "application/octet-stream"');
    const hack = await fetch(`${emulator.url}/2/files/list_folder`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/plain; charset=dropbox-cors-hack" },
      body: '{"path":""}',
    });
    expect(hack.status).toBe(200);
  });

  test("malformed JSON, missing fields, wrong types and a body on a Void route", async () => {
    const post = (route: string, body: string): Promise<Response> =>
      fetch(`${emulator.url}/2/${route}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body,
      });
    const bad = await post("files/list_folder", "{path:");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe(
      'Error in call to API function "files/list_folder": request body: could not decode input as JSON',
    );
    expect(await (await post("files/list_folder", "{}")).text()).toContain("missing required field 'path'");
    expect(await (await post("files/list_folder", '{"path":1}')).text()).toContain(
      "path: expected string, got integer",
    );
    expect((await post("users/get_current_account", "{}")).status).toBe(400);
    expect((await post("users/get_current_account", "null")).status).toBe(200);
    const unknown = await post("files/nope", "{}");
    expect(unknown.status).toBe(404);
  });

  test("the arg URL parameter and text/plain cors-hack upload work without preflight headers", async () => {
    const arg = encodeURIComponent(JSON.stringify({ path: "/hack.txt" }));
    const res = await fetch(
      `${emulator.url}/2/files/upload?arg=${arg}&authorization=${encodeURIComponent(`Bearer ${token}`)}`,
      {
        method: "POST",
        headers: { "Content-Type": "text/plain; charset=dropbox-cors-hack" },
        body: "hi",
      },
    );
    expect(res.status).toBe(200);
    expect(emulator.files().map((f) => f.path)).toEqual(["/hack.txt"]);
  });
});

describe("CORS", () => {
  test("preflights echo the requested headers; responses allow any origin and expose the API headers", async () => {
    const pre = await fetch(`${emulator.url}/2/files/upload`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://portal.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,dropbox-api-arg,content-type",
      },
    });
    expect(pre.status).toBe(200);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    expect(pre.headers.get("access-control-allow-headers")).toBe(
      "authorization,dropbox-api-arg,content-type",
    );
    expect(pre.headers.get("access-control-allow-methods")).toContain("POST");
    const tokenPre = await fetch(`${emulator.url}/oauth2/token`, {
      method: "OPTIONS",
      headers: { Origin: "https://portal.example", "Access-Control-Request-Method": "POST" },
    });
    expect(tokenPre.headers.get("access-control-allow-origin")).toBe("*");
    const res = await fetch(`${emulator.url}/2/check/user`, {
      method: "POST",
      headers: {
        Origin: "https://portal.example",
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
      },
      body: "{}",
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = (res.headers.get("access-control-expose-headers") ?? "").split(", ");
    expect(exposed).toEqual(
      expect.arrayContaining(["Dropbox-API-Result", "X-Dropbox-Request-Id", "Content-Range"]),
    );
    // By default a browser cannot read Retry-After: a client must cope without it.
    expect(exposed).not.toContain("Retry-After");
    expect(res.headers.get("x-dropbox-request-id")).toMatch(/^[0-9a-f]{32}$/);
  });

  test("reject_cors_preflight=true makes preflights fail loudly", async () => {
    const pre = await fetch(`${emulator.url}/2/files/upload?reject_cors_preflight=true`, {
      method: "OPTIONS",
      headers: { Origin: "https://x.example", "Access-Control-Request-Method": "POST" },
    });
    expect(pre.status).toBe(400);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("exposeRetryAfter: true adds Retry-After to the list, for tests of a client that reads it", async () => {
    await emulator.close();
    emulator = await startEmulator({ exposeRetryAfter: true });
    const pre = await fetch(`${emulator.url}/2/files/upload`, {
      method: "OPTIONS",
      headers: { Origin: "https://x.example", "Access-Control-Request-Method": "POST" },
    });
    expect(pre.headers.get("access-control-expose-headers")).toContain("Retry-After");
  });
});

describe("inspection", () => {
  test("the HTML page lists files with sizes and hashes; the JSON control lists them too", async () => {
    await fetch(`${emulator.url}/2/files/upload`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/octet-stream",
        "Dropbox-API-Arg": '{"path":"/Seen/a&b.txt"}',
      },
      body: "hello world",
    });
    const html = await (await fetch(`${emulator.url}/__emulator/`)).text();
    expect(html).toContain("/Seen/a&amp;b.txt");
    expect(html).toContain("bc62d4b80d9e36da29c16c5d4d9f11731f36052c72401a76c23c0fb5a9b74423");
    expect(html).toContain("11 B");
    const home = await fetch(`${emulator.url}/`, { redirect: "manual" });
    expect(home.headers.get("location")).toBe("/__emulator/");
    const files = (await (await fetch(`${emulator.url}/__emulator/files`)).json()) as Array<{
      pathDisplay: string;
      size: number;
    }>;
    expect(files).toEqual([expect.objectContaining({ pathDisplay: "/Seen/a&b.txt", size: 11 })]);
    const bytes = await fetch(
      `${emulator.url}/__emulator/files/content?path=${encodeURIComponent("/seen/a&b.txt")}`,
    );
    expect(await bytes.text()).toBe("hello world");
  });
});
