import { zipSync, type Zippable } from "fflate";
import { validateArchive } from "../../../scripts/lib/validate-archive";

const encode = (text: string) => new TextEncoder().encode(text);

const goodConfig = {
  name: "send-to-dropbox",
  version: "1.0.0",
  pluginName: "SendToDropbox",
  image: "logo.svg",
  scopes: "API,Settings,ContextMenu",
  cspDomains: "https://api.dropboxapi.com,https://content.dropboxapi.com",
  minDocSpaceVersion: "3.5.0",
};
const goodBundle = `window.Plugins.SendToDropbox = {
  getContextMenuItems: () => new Map([["k", { key: "k", icon: "icon.svg", items: [{ key: "c", icon: "child.png" }] }]]),
};`;

function archive(
  overrides: { config?: Record<string, unknown>; files?: Zippable; drop?: string[] } = {},
): Uint8Array {
  const files: Zippable = {
    "config.json": encode(JSON.stringify({ ...goodConfig, ...overrides.config })),
    "plugin.js": encode(goodBundle),
    "assets/logo.svg": encode("<svg/>"),
    "assets/icon.svg": encode("<svg/>"),
    "assets/child.png": encode("png"),
    ...overrides.files,
  };
  for (const name of overrides.drop ?? []) delete files[name];
  return zipSync(files);
}

const rules = (zip: Uint8Array) => validateArchive(zip).violations.map((v) => v.rule);

describe("validateArchive", () => {
  it("accepts a conforming archive", () => {
    expect(validateArchive(archive()).violations).toEqual([]);
  });

  it("reads config.json keys case-insensitively, as the server does", () => {
    const { pluginName: _p, ...rest } = goodConfig;
    const zip = zipSync({
      "config.json": encode(JSON.stringify({ ...rest, PLUGINNAME: "SendToDropbox" })),
      "plugin.js": encode(goodBundle),
      "assets/logo.svg": encode("<svg/>"),
      "assets/icon.svg": encode("<svg/>"),
      "assets/child.png": encode("png"),
    });
    expect(rules(zip)).toEqual([]);
  });

  it.each<[string, () => Uint8Array, string]>([
    ["an archive over 5 MiB", () => oversized(), "archive-size"],
    [
      "more than 13 entries",
      () =>
        archive({
          files: Object.fromEntries(
            Array.from({ length: 9 }, (_, i) => [`assets/a${i}.svg`, encode("<svg/>")]),
          ),
        }),
      "entry-count",
    ],
    ["a zero-byte entry", () => archive({ files: { "plugin.css": new Uint8Array() } }), "empty-entry"],
    [
      "an entry three levels deep",
      () => archive({ files: { "assets/x/a.svg": encode("<svg/>") } }),
      "entry-depth",
    ],
    ["a path with ..", () => archive({ files: { "assets/..a.svg": encode("<svg/>") } }), "entry-path"],
    [
      "an upper-case asset extension",
      () => archive({ files: { "assets/A.PNG": encode("png") } }),
      "asset-extension",
    ],
    [
      "an asset type the server drops",
      () => archive({ files: { "assets/a.webp": encode("webp") } }),
      "asset-extension",
    ],
    ["a stray root file", () => archive({ files: { "README.md": encode("# hi") } }), "unused-entry"],
    ["a name with capitals", () => archive({ config: { name: "Send-To-Dropbox" } }), "name"],
    ["a name starting with a dot", () => archive({ config: { name: ".hidden" } }), "name"],
    [
      "a pluginName with a hyphen",
      () => archive({ config: { pluginName: "Send-To-Dropbox" } }),
      "pluginName",
    ],
    ["scopes as an array", () => archive({ config: { scopes: ["API", "Settings"] } }), "scopes"],
    ["scopes with a space after the comma", () => archive({ config: { scopes: "API, Settings" } }), "scopes"],
    [
      "cspDomains as an array",
      () => archive({ config: { cspDomains: ["https://api.dropboxapi.com"] } }),
      "cspDomains",
    ],
    [
      "a cspDomain with a path",
      () => archive({ config: { cspDomains: "https://api.dropboxapi.com/2" } }),
      "cspDomains",
    ],
    [
      "an empty minDocSpaceVersion",
      () => archive({ config: { minDocSpaceVersion: "" } }),
      "minDocSpaceVersion",
    ],
    ["a missing version", () => archive({ config: { version: "" } }), "version"],
    ["an image that is not in assets/", () => archive({ drop: ["assets/logo.svg"] }), "image"],
    ["an item icon that is not in assets/", () => archive({ drop: ["assets/icon.svg"] }), "item-icon"],
    ["a sub-item icon that is not in assets/", () => archive({ drop: ["assets/child.png"] }), "item-icon"],
    ["no config.json", () => archive({ drop: ["config.json"] }), "config-json"],
    ["no plugin.js", () => archive({ drop: ["plugin.js"] }), "plugin-js"],
    [
      "a bundle registering another name",
      () => archive({ files: { "plugin.js": encode("window.Plugins.Other = {};") } }),
      "registration",
    ],
    [
      "a bundle that throws",
      () => archive({ files: { "plugin.js": encode("throw new Error('boom')") } }),
      "bundle",
    ],
  ])("rejects %s", (_label, make, rule) => {
    expect(rules(make())).toContain(rule);
  });

  it("rejects an entry compressed more than 100:1", () => {
    const zip = archive({ files: { "assets/zeros.svg": new Uint8Array(200_000) } });
    expect(rules(zip)).toContain("compression-ratio");
  });

  it("rejects bytes that are not a zip", () => {
    expect(rules(encode("not a zip"))).toEqual(["zip"]);
  });

  it("names the rule and explains it", () => {
    const [violation] = validateArchive(archive({ config: { pluginName: "send-to-dropbox" } })).violations;
    expect(violation).toEqual({ rule: "pluginName", detail: expect.stringContaining('"send-to-dropbox"') });
  });
});

function oversized(): Uint8Array {
  // Random bytes do not compress, so the archive itself exceeds 5 MiB.
  const chunk = new Uint8Array(5 * 1024 * 1024 + 1);
  for (let offset = 0; offset < chunk.length; offset += 65536) {
    crypto.getRandomValues(chunk.subarray(offset, Math.min(offset + 65536, chunk.length)));
  }
  return archive({ files: { "assets/noise.png": chunk } });
}
