// Checks a plugin archive against every rule the DocSpace server applies on upload
// (ONLYOFFICE/DocSpace-server web/ASC.Web.Core/WebPluginManager.cs AddWebPluginFromFileAsync, AnalyzeZip,
// SafeExtractPluginToTemp, ValidatePlugin), plus the rules that
// make a plugin that uploads fine but then fails quietly in the portal: assets the server would
// drop, an empty minDocSpaceVersion, icons that are not in assets/, a bundle that does not
// register `window.Plugins[pluginName]`.
import { unzipSync, type UnzipFileInfo } from "fflate";
import { runBundle } from "./bundle-sandbox";

export const MAX_ARCHIVE_BYTES = 5 * 1024 * 1024;
export const MAX_ENTRIES = 13; // assetMaxCount (10) + 3; folders count too
export const MAX_COMPRESSION_RATIO = 100;
export const ASSET_EXTENSIONS = [".jpg", ".jpeg", ".png", ".svg"]; // case-sensitive on the server
export const KNOWN_SCOPES = [
  "API",
  "Settings",
  "ContextMenu",
  "InfoPanel",
  "MainButton",
  "ProfileMenu",
  "EventListener",
  "File",
];
const NAME_PATTERN = /^[a-z0-9_.-]+$/;
const PLUGIN_NAME_PATTERN = /^[0-9a-zA-Z_$]+$/;

export interface Violation {
  rule: string;
  detail: string;
}

interface Entry {
  name: string;
  compressedSize: number;
  size: number;
  isFolder: boolean;
}

export interface ArchiveReport {
  violations: Violation[];
  entries: string[];
  config?: Record<string, unknown>;
}

export function validateArchive(zip: Uint8Array): ArchiveReport {
  const violations: Violation[] = [];
  const fail = (rule: string, detail: string) => violations.push({ rule, detail });

  if (zip.byteLength === 0) fail("archive-size", "the archive is empty");
  if (zip.byteLength > MAX_ARCHIVE_BYTES) {
    fail("archive-size", `the archive is ${zip.byteLength} bytes; the limit is ${MAX_ARCHIVE_BYTES}`);
  }

  const entries: Entry[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (info: UnzipFileInfo) => {
        entries.push({
          name: info.name,
          compressedSize: info.size,
          size: info.originalSize,
          isFolder: info.name.endsWith("/"),
        });
        return true;
      },
    });
  } catch (error) {
    fail("zip", `not a readable zip archive: ${error instanceof Error ? error.message : String(error)}`);
    return { violations, entries: [] };
  }

  if (entries.length > MAX_ENTRIES) {
    fail("entry-count", `${entries.length} entries (folders included); the limit is ${MAX_ENTRIES}`);
  }
  for (const entry of entries) checkEntry(entry, fail);

  const configBytes = files["config.json"];
  const bundleBytes = files["plugin.js"];
  if (!configBytes) fail("config-json", "config.json is missing at the root of the archive");
  if (!bundleBytes) fail("plugin-js", "plugin.js is missing at the root of the archive");

  let config: Record<string, unknown> | undefined;
  if (configBytes) {
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(configBytes));
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        throw new Error("not an object");
      config = parsed as Record<string, unknown>;
    } catch (error) {
      fail(
        "config-json",
        `config.json is not a JSON object: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (config) {
    const assets = new Set(
      entries.filter((e) => !e.isFolder && e.name.startsWith("assets/")).map((e) => e.name.slice(7)),
    );
    checkConfig(lowerCaseKeys(config), assets, fail);
    if (bundleBytes) checkBundle(new TextDecoder().decode(bundleBytes), lowerCaseKeys(config), assets, fail);
  }

  return { violations, entries: entries.map((e) => e.name), ...(config ? { config } : {}) };
}

function checkEntry(entry: Entry, fail: (rule: string, detail: string) => void): void {
  const { name } = entry;
  if (name.trim() === "") fail("entry-name", "an entry has a blank name");
  if (name.includes("..")) fail("entry-path", `"${name}" contains ".."`);
  if (name.startsWith("/") || name.startsWith("\\") || /^[A-Za-z]:/.test(name)) {
    fail("entry-path", `"${name}" is rooted`);
  }
  if (entry.isFolder) return;
  const depth = name.split("/").length;
  if (depth > 2) fail("entry-depth", `"${name}" is ${depth} levels deep; the limit is 2 (assets/<file>)`);
  if (entry.size === 0) fail("empty-entry", `"${name}" is empty; the server rejects zero-byte entries`);
  if (entry.size > MAX_ARCHIVE_BYTES)
    fail("entry-size", `"${name}" is ${entry.size} bytes; the limit is ${MAX_ARCHIVE_BYTES}`);
  if (entry.compressedSize > 0 && entry.size / entry.compressedSize > MAX_COMPRESSION_RATIO) {
    fail("compression-ratio", `"${name}" compresses more than ${MAX_COMPRESSION_RATIO}:1`);
  }
  if (name.startsWith("assets/")) {
    const dot = name.lastIndexOf(".");
    const extension = dot >= 0 ? name.slice(dot) : "";
    if (!ASSET_EXTENSIONS.includes(extension)) {
      fail(
        "asset-extension",
        `"${name}" would be dropped by the server: assets must end in ${ASSET_EXTENSIONS.join(" ")} (lower case)`,
      );
    }
  } else if (depth === 1 && !["config.json", "plugin.js", "plugin.css"].includes(name)) {
    fail(
      "unused-entry",
      `"${name}" would be dropped by the server: only config.json, plugin.js, plugin.css and assets/ are kept`,
    );
  } else if (depth === 2) {
    fail("unused-entry", `"${name}" would be dropped by the server: only files under assets/ are kept`);
  }
}

/** The server reads config.json with case-insensitive property names. */
function lowerCaseKeys(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).map(([key, value]) => [key.toLowerCase(), value]));
}

function checkConfig(
  config: Record<string, unknown>,
  assets: Set<string>,
  fail: (rule: string, detail: string) => void,
): void {
  const name = config["name"];
  if (typeof name !== "string" || !NAME_PATTERN.test(name) || name.startsWith(".")) {
    fail("name", `name ${JSON.stringify(name)} must match ${NAME_PATTERN} and not start with "."`);
  }
  const pluginName = config["pluginname"];
  if (typeof pluginName !== "string" || !PLUGIN_NAME_PATTERN.test(pluginName)) {
    fail("pluginName", `pluginName ${JSON.stringify(pluginName)} must match ${PLUGIN_NAME_PATTERN}`);
  }
  const version = config["version"];
  if (typeof version !== "string" || version === "") {
    fail("version", "version must be a non-empty string (the portal uses it as the cache-buster)");
  }

  const scopes = config["scopes"];
  if (typeof scopes !== "string") {
    fail("scopes", `scopes must be one comma-joined string, not ${describe(scopes)}`);
  } else {
    for (const scope of scopes.split(",")) {
      if (!KNOWN_SCOPES.includes(scope)) {
        fail("scopes", `unknown scope ${JSON.stringify(scope)} (the portal splits on "," without trimming)`);
      }
    }
  }

  const cspDomains = config["cspdomains"];
  if (cspDomains !== undefined) {
    if (typeof cspDomains !== "string") {
      fail("cspDomains", `cspDomains must be one comma-joined string, not ${describe(cspDomains)}`);
    } else {
      for (const domain of cspDomains.split(",")) {
        if (!isOrigin(domain))
          fail("cspDomains", `${JSON.stringify(domain)} is not an origin like https://host.example`);
      }
    }
  }

  const minVersion = config["mindocspaceversion"];
  if (typeof minVersion !== "string" || minVersion.trim() === "") {
    fail(
      "minDocSpaceVersion",
      "minDocSpaceVersion must be set; the portal marks a plugin without it incompatible",
    );
  }

  const image = config["image"];
  if (image !== undefined && image !== "") {
    if (typeof image !== "string" || !assets.has(image)) {
      fail("image", `image ${JSON.stringify(image)} is not a file in assets/`);
    }
  }
}

function checkBundle(
  code: string,
  config: Record<string, unknown>,
  assets: Set<string>,
  fail: (rule: string, detail: string) => void,
): void {
  const pluginName = config["pluginname"];
  if (typeof pluginName !== "string") return; // already reported
  let registered: unknown;
  try {
    registered = runBundle(code).Plugins[pluginName];
  } catch (error) {
    fail(
      "bundle",
      `plugin.js throws when the portal runs it: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  if (typeof registered !== "object" || registered === null) {
    fail("registration", `plugin.js does not register window.Plugins.${pluginName}`);
    return;
  }
  for (const icon of itemIcons(registered as Record<string, unknown>)) {
    if (!assets.has(icon)) fail("item-icon", `a menu item names the icon "${icon}", which is not in assets/`);
  }
}

/** Icons named by the context-menu items the plugin has registered (sub-items included). */
function itemIcons(plugin: Record<string, unknown>): string[] {
  const getItems = plugin["getContextMenuItems"];
  if (typeof getItems !== "function") return [];
  const items: unknown = getItems();
  if (!(items instanceof Map) && !(typeof items === "object" && items !== null && "values" in items))
    return [];
  const icons: string[] = [];
  const visit = (item: unknown) => {
    if (typeof item !== "object" || item === null) return;
    const { icon, items: children } = item as { icon?: unknown; items?: unknown };
    if (typeof icon === "string" && icon !== "") icons.push(icon);
    if (Array.isArray(children)) children.forEach(visit);
  };
  for (const item of (items as Map<string, unknown>).values()) visit(item);
  return icons;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
}

function describe(value: unknown): string {
  return Array.isArray(value) ? "an array" : value === undefined ? "missing" : typeof value;
}
