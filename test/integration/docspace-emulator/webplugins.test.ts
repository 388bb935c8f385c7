import { randomBytes } from "node:crypto";
import { connect } from "node:net";

import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";
import { buildFixturePlugin, fixtureConfig, zipEntries, type ZipEntries } from "../../fixtures/plugins/build";
import { bearer, getJson, list, record, type JsonRecord } from "./helpers";

let emu: DocSpaceEmulator;
let owner: Record<string, string>;

beforeAll(async () => {
  emu = await startDocSpaceEmulator();
  owner = bearer(emu.users.owner.apiKey);
});
afterAll(async () => {
  await emu.close();
});

const PLUGINS = "/api/2.0/settings/webplugins";

async function upload(
  files: { name: string; data: Uint8Array }[],
  headers = owner,
  target = emu,
): Promise<{ status: number; body: JsonRecord }> {
  const form = new FormData();
  files.forEach((file, i) => form.append(`file${i}`, new Blob([new Uint8Array(file.data)]), file.name));
  const res = await fetch(`${target.url}${PLUGINS}`, { method: "POST", body: form, headers });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as JsonRecord) : {} };
}

function archive(
  overrides: Record<string, unknown> = {},
  extra: ZipEntries = {},
  drop: string[] = [],
): Uint8Array {
  const entries: ZipEntries = {
    "config.json": JSON.stringify(
      fixtureConfig("csp-probe", { name: "rule-probe", pluginName: "RuleProbe", ...overrides }),
    ),
    "plugin.js": "window.Plugins.RuleProbe = {};",
    ...extra,
  };
  for (const name of drop) delete entries[name];
  return zipEntries(entries);
}

async function rejected(data: Uint8Array, name = "plugin.zip"): Promise<string> {
  const res = await upload([{ name, data }]);
  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({ status: 1, statusCode: 400 });
  return String(record(res.body.error).message);
}

describe("POST upload checks (WebPluginsController.cs AddWebPluginFromFile, WebPluginManager.cs AddWebPluginFromFileAsync)", () => {
  test("a valid archive installs, enabled at once, and returns a WebPluginDto", async () => {
    const res = await upload([{ name: "ui-probe.zip", data: buildFixturePlugin("ui-probe") }]);
    expect(res.status).toBe(200);
    const dto = record(res.body.response);
    expect(dto).toMatchObject({
      name: "ui-probe",
      pluginName: "UiProbe",
      version: "1.0.0",
      scopes: "API,Settings",
      image: "logo.svg",
      enabled: true,
      system: false,
      url: "/storage/webplugins/ui-probe/plugin.js?hash=1.0.0",
    });
    expect(dto).not.toHaveProperty("cspDomains");
    expect(dto).not.toHaveProperty("settings");
    expect(record(dto.createBy).id).toBe(emu.users.owner.id);
    const script = await fetch(`${emu.url}/storage/webplugins/ui-probe/plugin.js?hash=1.0.0`);
    expect(await script.text()).toContain("UiProbe");
    const logo = await fetch(`${emu.url}/storage/webplugins/ui-probe/assets/logo.svg`);
    expect(logo.status).toBe(200);
    await logo.text();
  });

  test("request-level rejections", async () => {
    const none = await fetch(`${emu.url}${PLUGINS}`, {
      method: "POST",
      body: new FormData(),
      headers: owner,
    });
    expect(record((await none.json()) as JsonRecord).error).toMatchObject({ message: "No input file" });
    const two = await upload([
      { name: "a.zip", data: archive() },
      { name: "b.zip", data: archive() },
    ]);
    expect(two.body.error).toMatchObject({ message: "Too many input files" });
    expect(await rejected(archive(), "plugin.rar")).toBe("Wrong file extension");
    expect(await rejected(new Uint8Array(0))).toBe("File size exceeds limit");
    expect(await rejected(new Uint8Array(randomBytes(5 * 1024 * 1024 + 1)))).toBe("File size exceeds limit");
  });

  test("at most 13 entries, directories included", async () => {
    const assets = (n: number): ZipEntries =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`assets/a${i}.png`, `png ${i}`]));
    const ok = await upload([
      { name: "p.zip", data: archive({}, { "assets/": new Uint8Array(0), ...assets(10) }) },
    ]);
    expect(ok.status).toBe(200);
    expect(await rejected(archive({}, { "assets/": new Uint8Array(0), ...assets(11) }))).toMatch(
      /^Wrong plugin archive\. /,
    );
  });

  test("entry names: no '..', no leading '/', depth at most 2", async () => {
    expect(await rejected(archive({}, { "assets/../x.png": "x" }))).toMatch(/^Wrong plugin archive\. /);
    expect(await rejected(archive({}, { "/abs.png": "x" }))).toMatch(/^Wrong plugin archive\. /);
    expect(await rejected(archive({}, { "assets/deep/a.png": "x" }))).toMatch(
      /^Wrong plugin archive\. Path too deep/,
    );
  });

  test("a zero-byte entry (an empty plugin.css) rejects the archive", async () => {
    expect(await rejected(archive({}, { "plugin.css": "" }))).toMatch(/^Wrong plugin archive\. Empty file/);
  });

  test("compression ratio above 100 is rejected", async () => {
    expect(await rejected(archive({}, { "assets/zeros.png": new Uint8Array(1024 * 1024) }))).toMatch(
      /^Wrong plugin archive\. Compression ratio/,
    );
  });

  test("an entry larger than maxSize is rejected even when the archive is small enough", async () => {
    const small = await startDocSpaceEmulator({ plugins: { maxSize: 64 * 1024 } });
    try {
      const big = randomBytes(50 * 1024).toString("hex");
      const res = await upload(
        [{ name: "p.zip", data: archive({}, { "assets/big.svg": big }) }],
        bearer(small.users.owner.apiKey),
        small,
      );
      expect(res.status).toBe(400);
      expect(String(record(res.body.error).message)).toMatch(
        /^Wrong plugin archive\. File size exceeds limit/,
      );
    } finally {
      await small.close();
    }
  });

  test("config.json and plugin.js are required at the root", async () => {
    expect(await rejected(archive({}, {}, ["config.json"]))).toBe(
      "Wrong plugin archive. config.json not found",
    );
    expect(await rejected(archive({}, {}, ["plugin.js"]))).toBe("Wrong plugin archive. plugin.js not found");
    expect(await rejected(archive({}, { "config.json": "{not json" }))).toBe(
      "Wrong plugin archive. Invalid config.json",
    );
  });

  test("name and pluginName formats", async () => {
    expect(await rejected(archive({ name: "Rule-Probe" }))).toBe("Wrong plugin archive. Invalid plugin name");
    expect(await rejected(archive({ name: ".hidden" }))).toBe("Wrong plugin archive. Invalid plugin name");
    expect(await rejected(archive({ pluginName: "rule-probe" }))).toBe(
      "Wrong plugin archive. Invalid pluginName",
    );
  });

  test("scopes and cspDomains must be strings", async () => {
    expect(await rejected(archive({ scopes: ["API", "ContextMenu"] }))).toBe(
      "Wrong plugin archive. Invalid config.json",
    );
    expect(await rejected(archive({ cspDomains: ["https://api.dropboxapi.com"] }))).toBe(
      "Wrong plugin archive. Invalid config.json",
    );
  });

  test("config keys are case-insensitive", async () => {
    const res = await upload([
      { name: "p.zip", data: archive({ Name: undefined, NAME: "upper-keys", pluginName: "UpperKeys" }) },
    ]);
    expect(record(res.body.response).name).toBe("upper-keys");
  });

  test("a pluginName used under another name is rejected", async () => {
    expect(await rejected(archive({ name: "another-ui", pluginName: "UiProbe" }))).toBe(
      "Plugin already exist",
    );
  });

  test("only admins upload; uploads can be switched off", async () => {
    const res = await upload([{ name: "p.zip", data: archive() }], bearer(emu.users.roomAdmin.apiKey));
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ message: "Access denied" });
    const locked = await startDocSpaceEmulator({ plugins: { upload: false } });
    try {
      const off = await upload(
        [{ name: "p.zip", data: archive() }],
        bearer(locked.users.owner.apiKey),
        locked,
      );
      expect(off.status).toBe(403);
      expect(off.body.error).toMatchObject({ message: "Forbidden action" });
    } finally {
      await locked.close();
    }
  });

  test("the whole form is read before any answer: a cut-short upload gets no 403", async () => {
    // A non-admin's upload, announced at 64 KiB; half is sent, then the client half-closes.
    const target = new URL(emu.url);
    const boundary = "cut-short-boundary";
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(target.port), target.hostname, () => {
        socket.write(
          `POST ${PLUGINS} HTTP/1.1\r\nHost: ${target.host}\r\n` +
            `Authorization: Bearer ${emu.users.roomAdmin.apiKey}\r\n` +
            `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 65536\r\n\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="file0"; filename="p.zip"\r\n\r\n`,
        );
        socket.end(Buffer.alloc(32 * 1024, 1));
      });
      let text = "";
      socket.setEncoding("latin1").on("data", (chunk: string) => (text += chunk));
      socket.on("error", reject).on("close", () => resolve(text));
    });
    expect(answer).not.toMatch(/^HTTP\/1\.1 403/);
    // The same request sent whole is the admin demand's 403.
    const whole = await upload([{ name: "p.zip", data: archive() }], bearer(emu.users.roomAdmin.apiKey));
    expect(whole.status).toBe(403);
  });

  test("the action's checks run in its order: admin, file count, then the plugin switches", async () => {
    const off = await startDocSpaceEmulator({ plugins: { enabled: false, upload: false } });
    try {
      const guest = await upload(
        [{ name: "p.zip", data: archive() }],
        bearer(off.users.roomAdmin.apiKey),
        off,
      );
      expect(guest.body.error).toMatchObject({ message: "Access denied" });
      const none = await upload([], bearer(off.users.owner.apiKey), off);
      expect(none.body.error).toMatchObject({ message: "No input file" });
      const disabled = await upload(
        [{ name: "p.zip", data: archive() }],
        bearer(off.users.owner.apiKey),
        off,
      );
      expect(disabled.status).toBe(403);
      expect(disabled.body.error).toMatchObject({ message: "Plugins disabled" });
    } finally {
      await off.close();
    }
  });

  test("assets are filtered silently (case-sensitive extensions) and config.json is rewritten", async () => {
    const res = await upload([
      {
        name: "p.zip",
        data: archive(
          { name: "asset-probe", pluginName: "AssetProbe", runtime: "legacy", nameLocale: { de: "Probe" } },
          {
            "assets/": new Uint8Array(0),
            "assets/ok.png": "png",
            "assets/UPPER.PNG": "png",
            "assets/x.webp": "webp",
            "README.md": "readme",
          },
        ),
      },
    ]);
    expect(res.status).toBe(200);
    const installed = emu.plugins.get("asset-probe");
    expect(installed?.files.sort()).toEqual(["assets/ok.png", "config.json", "plugin.js"]);
    expect(installed?.config).not.toHaveProperty("runtime");
    expect(installed?.config).not.toHaveProperty("nameLocale");
    expect(installed?.config).toMatchObject({ name: "asset-probe", createBy: emu.users.owner.id });
    expect(String(installed?.config.createOn)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe("settings endpoints (WebPluginsController.cs, WebPluginManager.cs)", () => {
  const put = (name: string, body: unknown, headers = owner): Promise<Response> =>
    fetch(`${emu.url}${PLUGINS}/${name}`, {
      method: "PUT",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    if (!emu.plugins.get("order-probe")) emu.plugins.install(buildFixturePlugin("order-probe"));
  });

  test("PUT stores settings; every signed-in user reads them back", async () => {
    const res = await put("order-probe", { enabled: true, settings: "app-key=abc" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ count: 0, status: 0, statusCode: 200 });
    const guest = await getJson(`${emu.url}${PLUGINS}`, bearer(emu.users.guest.apiKey));
    const entry = record(list(guest.body.response).find((p) => record(p).name === "order-probe"));
    expect(entry.settings).toBe("app-key=abc");
    const one = await getJson(`${emu.url}${PLUGINS}/ORDER-PROBE`, bearer(emu.users.user.apiKey));
    expect(record(one.body.response).settings).toBe("app-key=abc");
    expect((await getJson(`${emu.url}${PLUGINS}`)).status).toBe(401);
  });

  test("more than 255 characters is a 400 validation envelope; 255 is fine", async () => {
    const long = await put("order-probe", { enabled: true, settings: "x".repeat(256) });
    expect(long.status).toBe(400);
    const body = record((await long.json()) as JsonRecord);
    expect(body).toMatchObject({
      status: 1,
      statusCode: 400,
      count: 1,
      response: { status: 400, title: "One or more validation errors occurred." },
    });
    expect(record(record(body.response).errors).Settings).toBeDefined();
    expect(emu.plugins.get("order-probe")?.settings).toBe("app-key=abc");
    expect((await put("order-probe", { enabled: true, settings: "y".repeat(255) })).status).toBe(200);
    expect(emu.plugins.get("order-probe")?.settings).toHaveLength(255);
  });

  test("settings must be present; both values are replaced; empty means delete", async () => {
    expect((await put("order-probe", { enabled: true })).status).toBe(400);
    expect((await put("order-probe", { settings: "kept" })).status).toBe(200);
    expect(emu.plugins.get("order-probe")).toMatchObject({ enabled: false, settings: "kept" });
    expect((await put("order-probe", { enabled: false, settings: "" })).status).toBe(200);
    expect(emu.plugins.get("order-probe")).toMatchObject({ enabled: false, settings: null });
    const dto = record((await getJson(`${emu.url}${PLUGINS}/order-probe`, owner)).body.response);
    expect(dto).not.toHaveProperty("settings");
    expect(dto.enabled).toBe(false);
    const disabled = list((await getJson(`${emu.url}${PLUGINS}?enabled=false`, owner)).body.response);
    expect(disabled.map((p) => record(p).name)).toContain("order-probe");
  });

  test("re-uploading under the same name keeps settings and enables", async () => {
    await put("order-probe", { enabled: false, settings: "survives" });
    const res = await upload([
      { name: "p.zip", data: buildFixturePlugin("order-probe", { version: "1.0.1" }) },
    ]);
    expect(res.status).toBe(200);
    expect(emu.plugins.get("order-probe")).toMatchObject({
      enabled: true,
      settings: "survives",
      version: "1.0.1",
    });
  });

  test("PUT checks the 255-character limit first, then the admin, then whether the plugin exists", async () => {
    // [ApiController] validation runs before UpdateWebPlugin's DemandPermissionsAsync and the
    // manager's lookup (ONLYOFFICE/DocSpace-server WebPluginsController.cs UpdateWebPlugin).
    const userKey = bearer(emu.users.user.apiKey);
    const tooLong = { enabled: true, settings: "z".repeat(256) };
    const order: [string, unknown, Record<string, string>, number][] = [
      ["nope", tooLong, userKey, 400],
      ["order-probe", tooLong, userKey, 400],
      ["nope", tooLong, owner, 400],
      ["nope", { enabled: true }, userKey, 400],
      ["nope", { enabled: true, settings: "" }, userKey, 403],
      ["nope", { enabled: true, settings: "" }, owner, 404],
    ];
    for (const [name, body, headers, status] of order) {
      const res = await put(name, body, headers);
      expect({ name, body, status: res.status }).toEqual({ name, body, status });
    }
    const anonymous = await fetch(`${emu.url}${PLUGINS}/nope`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(tooLong),
    });
    expect(anonymous.status).toBe(401);
    const off = await startDocSpaceEmulator({ plugins: { enabled: false } });
    try {
      const put = (headers: Record<string, string>, settings: string): Promise<Response> =>
        fetch(`${off.url}${PLUGINS}/nope`, {
          method: "PUT",
          headers: { ...headers, "Content-Type": "application/json" },
          body: JSON.stringify({ enabled: true, settings }),
        });
      expect((await put(bearer(off.users.user.apiKey), "z".repeat(256))).status).toBe(400);
      const notAdmin = await put(bearer(off.users.user.apiKey), "");
      expect(notAdmin.status).toBe(403);
      expect(record(((await notAdmin.json()) as JsonRecord).error).message).toBe("Access denied");
      const disabled = await put(bearer(off.users.owner.apiKey), "");
      expect(disabled.status).toBe(403);
      expect(record(((await disabled.json()) as JsonRecord).error).message).toBe("Plugins disabled");
    } finally {
      await off.close();
    }
  });

  test("only admins PUT and DELETE; unknown names are 404", async () => {
    const res = await put("order-probe", { enabled: true, settings: "" }, bearer(emu.users.user.apiKey));
    expect(res.status).toBe(403);
    const missing = await getJson(`${emu.url}${PLUGINS}/nope`, owner);
    expect(missing.status).toBe(404);
    expect(record(missing.body.error).message).toBe("Plugin not found");
  });

  test("CSP follows the enabled plugins' cspDomains; DELETE removes the plugin", async () => {
    const domain = "https://content.dropboxapi.com";
    emu.plugins.install(
      buildFixturePlugin("csp-probe", { cspDomains: `${domain},https://api.dropboxapi.com` }),
    );
    const csp = async (): Promise<string> => {
      const res = await fetch(`${emu.url}/login`);
      await res.text();
      return res.headers.get("content-security-policy") ?? "";
    };
    expect(await csp()).toContain(`connect-src 'self' data: ws: ${domain} https://api.dropboxapi.com`);
    expect(await put("csp-probe", { enabled: false, settings: "" })).toHaveProperty("status", 200);
    expect(await csp()).not.toContain(domain);
    await put("csp-probe", { enabled: true, settings: "" });
    expect(await csp()).toContain(`frame-ancestors 'self' ${domain}`);
    const del = await fetch(`${emu.url}${PLUGINS}/csp-probe`, { method: "DELETE", headers: owner });
    expect(del.status).toBe(200);
    expect(emu.plugins.get("csp-probe")).toBeUndefined();
    expect(await csp()).not.toContain(domain);
  });

  test("with plugins switched off every call is 403 'Plugins disabled'", async () => {
    const off = await startDocSpaceEmulator({ plugins: { enabled: false } });
    try {
      const res = await getJson(`${off.url}${PLUGINS}`, bearer(off.users.owner.apiKey));
      expect(res.status).toBe(403);
      expect(record(res.body.error).message).toBe("Plugins disabled");
    } finally {
      await off.close();
    }
  });
});
