import { unzipSync } from "fflate";

import type { HostVersion, PluginConfigSettings } from "../state";

/**
 * The config.json properties the server models; anything else is dropped on rewrite
 * (ONLYOFFICE/DocSpace-server web/ASC.Web.Core/WebPluginManager.cs class WebPlugin).
 */
const STRING_FIELDS = [
  "name",
  "version",
  "minDocSpaceVersion",
  "description",
  "license",
  "author",
  "homePage",
  "pluginName",
  "scopes",
  "image",
  "cspDomains",
] as const;
type StringField = (typeof STRING_FIELDS)[number];

export type PluginManifest = { [K in StringField]: string } & {
  nameLocale?: Record<string, string>;
  descriptionLocale?: Record<string, string>;
};

export interface ValidatedPlugin {
  manifest: PluginManifest;
  /** Kept entries: plugin.js, plugin.css (if any) and the allowed assets. */
  files: Map<string, Buffer>;
}

export class PluginArchiveError extends Error {
  override readonly name = "PluginArchiveError";
}

const wrong = (detail: string): PluginArchiveError =>
  new PluginArchiveError(`Wrong plugin archive. ${detail}`);

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot < 0 ? "" : base.slice(dot);
}

/** Reads config.json with case-insensitive keys; a non-string where a string is modelled breaks deserialisation. */
function readManifest(bytes: Buffer, hostVersion: HostVersion): PluginManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw wrong("Invalid config.json");
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw wrong("Invalid config.json");
  const lower = new Map(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v as unknown]));
  const manifest = {} as PluginManifest;
  for (const field of STRING_FIELDS) {
    const value = lower.get(field.toLowerCase());
    // `scopes` and `cspDomains` as arrays (a common mistake) land here and reject the archive.
    if (value !== undefined && value !== null && typeof value !== "string")
      throw wrong("Invalid config.json");
    manifest[field] = typeof value === "string" ? value : "";
  }
  // The server's WebPlugin class has no locale maps at tag v3.6.1-server and has NameLocale and
  // DescriptionLocale at v3.7.2-server (ONLYOFFICE/DocSpace-server web/ASC.Web.Core/WebPluginManager.cs).
  if (hostVersion === "4.0") {
    for (const field of ["nameLocale", "descriptionLocale"] as const) {
      const value = lower.get(field.toLowerCase());
      if (value === undefined || value === null) continue;
      if (
        typeof value !== "object" ||
        Array.isArray(value) ||
        Object.values(value).some((v) => typeof v !== "string")
      )
        throw wrong("Invalid config.json");
      manifest[field] = value as Record<string, string>;
    }
  }
  if (!/^[a-z0-9_.-]+$/.test(manifest.name) || manifest.name.startsWith("."))
    throw wrong("Invalid plugin name");
  if (!/^[0-9a-zA-Z_$]+$/.test(manifest.pluginName)) throw wrong("Invalid pluginName");
  return manifest;
}

/**
 * The server's upload checks (ONLYOFFICE/DocSpace-server web/ASC.Web.Core/WebPluginManager.cs
 * AddWebPluginFromFileAsync, AnalyzeZip, SafeExtractPluginToTemp, ValidatePlugin), in order:
 * file name and size, entry count (directories included), entry names, per-file size, ratio and
 * depth, extracted size, config.json, plugin.js; then the asset filter.
 */
export function validatePluginArchive(
  fileName: string,
  data: Buffer,
  config: PluginConfigSettings,
  hostVersion: HostVersion,
): ValidatedPlugin {
  if (!fileName.endsWith(config.extension)) throw new PluginArchiveError("Wrong file extension");
  if (data.length === 0 || data.length > config.maxSize)
    throw new PluginArchiveError("File size exceeds limit");

  const entries: { name: string; size: number; originalSize: number }[] = [];
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(new Uint8Array(data), {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return true;
      },
    });
  } catch {
    throw wrong("Invalid zip file");
  }
  if (entries.length > config.assetMaxCount + 3) throw wrong("Too many files");
  for (const entry of entries) {
    const name = entry.name;
    if (name.trim() === "") throw wrong("Empty entry name");
    if (name.includes("..")) throw wrong(`Invalid entry name: ${name}`);
    if (name.startsWith("/") || name.startsWith("\\") || /^[A-Za-z]:/.test(name))
      throw wrong(`Invalid entry name: ${name}`);
    if (name.endsWith("/")) continue;
    if (entry.originalSize <= 0) throw wrong(`Empty file: ${name}`);
    if (entry.originalSize > config.maxSize) throw wrong(`File size exceeds limit: ${name}`);
    if (entry.size === 0 || entry.originalSize / entry.size > 100)
      throw wrong(`Compression ratio exceeds limit: ${name}`);
    if (name.split("/").length > 2) throw wrong(`Path too deep: ${name}`);
    if (unzipped[name]?.length !== entry.originalSize) throw wrong(`Size mismatch: ${name}`);
  }
  const configBytes = unzipped["config.json"];
  if (!configBytes) throw wrong("config.json not found");
  const manifest = readManifest(Buffer.from(configBytes), hostVersion);
  const pluginJs = unzipped["plugin.js"];
  if (!pluginJs) throw wrong("plugin.js not found");

  const files = new Map<string, Buffer>([["plugin.js", Buffer.from(pluginJs)]]);
  const css = unzipped["plugin.css"];
  if (css) files.set("plugin.css", Buffer.from(css));
  for (const [name, bytes] of Object.entries(unzipped)) {
    if (name.endsWith("/") || !name.startsWith("assets")) continue;
    // Case-sensitive: ".PNG" and ".webp" are dropped silently.
    const allowed = config.assetExtensions.length === 0 || config.assetExtensions.includes(extensionOf(name));
    if (allowed) files.set(name, Buffer.from(bytes));
  }
  return { manifest, files };
}
