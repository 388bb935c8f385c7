// The archive an admin uploads: built by `npm run build` (npm test builds before jest runs).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import webpack from "webpack";
import { runBundle } from "../../../scripts/lib/bundle-sandbox";
import { validateArchive } from "../../../scripts/lib/validate-archive";

const ROOT = path.resolve(__dirname, "../../..");
const ZIP = path.join(ROOT, "dist/plugin.zip");

function builtArchive(): Record<string, Uint8Array> {
  if (!existsSync(ZIP))
    throw new Error("dist/plugin.zip is missing: run `npm run build` first (npm test does).");
  return unzipSync(readFileSync(ZIP));
}

describe("dist/plugin.zip", () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "plugin.json"), "utf8"));
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));

  it("passes every portal upload rule", () => {
    expect(validateArchive(readFileSync(ZIP)).violations).toEqual([]);
  });

  it("holds plugin.js, config.json and the assets, nothing else", () => {
    const names = Object.keys(builtArchive()).sort();
    expect(names).toEqual(["assets/logo.svg", "assets/send-to-dropbox.svg", "config.json", "plugin.js"]);
  });

  it("carries the manifest in the formats the server deserialises", () => {
    const config = JSON.parse(new TextDecoder().decode(builtArchive()["config.json"]));
    expect(config).toEqual({
      name: "send-to-dropbox",
      version: pkg.version,
      pluginName: "SendToDropbox",
      description: manifest.description,
      author: manifest.author,
      license: manifest.license,
      homePage: manifest.homePage,
      image: "logo.svg",
      scopes: "API,Settings,ContextMenu,ProfileMenu",
      // The two hosts the bundle calls: RPC and OAuth token calls go to api., uploads to content.
      // The authorize page is opened as a window, which connect-src does not govern.
      cspDomains: "https://api.dropboxapi.com,https://content.dropboxapi.com",
      minDocSpaceVersion: "3.5.0",
      nameLocale: expect.objectContaining({ "en-US": "Send to Dropbox" }),
      descriptionLocale: expect.any(Object),
    });
    for (const locale of ["en-US", "ru", "de", "fr", "es"]) {
      expect(config.nameLocale[locale]).toEqual(expect.any(String));
      expect(config.descriptionLocale[locale]).toEqual(expect.any(String));
    }
  });

  it("has a 48×48 SVG logo", () => {
    const svg = new TextDecoder().decode(builtArchive()["assets/logo.svg"]);
    expect(svg).toMatch(/<svg[^>]*width="48"[^>]*height="48"/);
  });

  it("registers window.Plugins.SendToDropbox from plugin.js and does nothing else at load", () => {
    const calls: string[] = [];
    const spy = (name: string) => () => {
      calls.push(name);
    };
    const window = runBundle(new TextDecoder().decode(builtArchive()["plugin.js"]), {
      fetch: spy("fetch"),
      setTimeout: spy("setTimeout"),
      setInterval: spy("setInterval"),
    });
    expect(Object.keys(window.Plugins)).toEqual(["SendToDropbox"]);
    expect(calls).toEqual([]);
  });
});

describe("the build without @onlyoffice/docspace-plugin-sdk installed", () => {
  it("resolves the SDK to the project's typed copy and still registers the plugin", async () => {
    expect(existsSync(path.join(ROOT, "node_modules/@onlyoffice/docspace-plugin-sdk"))).toBe(false);
    const out = mkdtempSync(path.join(tmpdir(), "plugin-build-"));
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
      const config = require(path.join(ROOT, "webpack.config.js")) as webpack.Configuration;
      const stats = await new Promise<webpack.Stats>((resolve, reject) =>
        // Unminified: this checks module resolution, and minifying takes most of the build's CPU
        // (this webpack() call used 5 s of user time without minimize and 13 s with it, 2-core box).
        webpack(
          { ...config, optimization: { minimize: false }, output: { ...config.output, path: out } },
          (error, result) => (error || !result ? reject(error) : resolve(result)),
        ),
      );
      expect(stats.hasErrors()).toBe(false);
      const modules = (stats.toJson({ modules: true }).modules ?? []).map((m) => m.name ?? "");
      expect(modules.some((name) => name.includes("src/docspace-plugin-sdk/index.ts"))).toBe(true);
      const window = runBundle(readFileSync(path.join(out, "plugin.js"), "utf8"));
      expect(window.Plugins.SendToDropbox).toEqual(expect.any(Object));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
