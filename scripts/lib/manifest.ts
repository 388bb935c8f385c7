// plugin.json is the single source of the manifest; package.json holds the single version.
// `buildConfig` turns the two into the config.json the portal reads: the fields that
// ONLYOFFICE/docspace-plugin-sdk npx/buildPlugin.js writes and ONLYOFFICE/DocSpace-server
// web/ASC.Web.Core/WebPluginManager.cs class WebPlugin reads.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface PluginManifest {
  name: string;
  pluginName: string;
  description: string;
  author: string;
  license: string;
  homePage: string;
  image: string;
  scopes: string[];
  cspDomains: string[];
  minDocSpaceVersion: string;
  nameLocale: Record<string, string>;
  descriptionLocale: Record<string, string>;
}

/** config.json as the server deserialises it: scopes and cspDomains are comma-joined strings. */
export interface PluginConfig extends Omit<PluginManifest, "scopes" | "cspDomains"> {
  version: string;
  scopes: string;
  cspDomains: string;
}

export const ROOT = path.resolve(__dirname, "../..");

export function readManifest(root = ROOT): PluginManifest {
  return JSON.parse(readFileSync(path.join(root, "plugin.json"), "utf8")) as PluginManifest;
}

export function readVersion(root = ROOT): string {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version?: unknown };
  if (typeof pkg.version !== "string" || pkg.version === "") {
    throw new Error("package.json: `version` must be a non-empty string (it is the plugin's cache-buster).");
  }
  return pkg.version;
}

export function buildConfig(manifest: PluginManifest, version: string): PluginConfig {
  return {
    name: manifest.name,
    version,
    pluginName: manifest.pluginName,
    description: manifest.description,
    author: manifest.author,
    license: manifest.license,
    homePage: manifest.homePage,
    image: manifest.image,
    // The server splits on "," without trimming, so no spaces may follow the commas.
    scopes: manifest.scopes.join(","),
    cspDomains: manifest.cspDomains.join(","),
    minDocSpaceVersion: manifest.minDocSpaceVersion,
    nameLocale: manifest.nameLocale,
    descriptionLocale: manifest.descriptionLocale,
  };
}
