// Packs the portal archive: plugin.js and config.json at the root, every file of assets/ under
// assets/ (flat, as the server keeps it). The output is byte-for-byte reproducible.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { buildConfig, readManifest, readVersion, ROOT, type PluginConfig } from "./manifest";

const FIXED_MTIME = new Date("2020-01-01T00:00:00Z");

export interface PackResult {
  zip: Uint8Array;
  config: PluginConfig;
}

export function packPlugin(bundle: Uint8Array, root = ROOT): PackResult {
  const config = buildConfig(readManifest(root), readVersion(root));
  const entries: Zippable = {
    "config.json": new TextEncoder().encode(JSON.stringify(config, null, 2) + "\n"),
    "plugin.js": bundle,
  };
  const assetsDir = path.join(root, "assets");
  for (const file of readdirSync(assetsDir).sort()) {
    const full = path.join(assetsDir, file);
    if (statSync(full).isFile()) entries[`assets/${file}`] = readFileSync(full);
  }
  return { zip: zipSync(entries, { level: 9, mtime: FIXED_MTIME }), config };
}
