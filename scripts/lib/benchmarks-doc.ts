// docs/benchmarks.md holds the figures of two scripts: `npm run bench` (Node, the engine) and
// scripts/bench-browser.ts (the plugin in Chromium). Each owns one region between markers and
// rewrites only that, formatted as `npm run lint` (prettier --check) expects.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { format } from "prettier";
import { ROOT } from "./manifest";

export const BENCHMARKS_FILE = path.join(ROOT, "docs", "benchmarks.md");
const ORDER = ["engine", "browser"] as const;
export type BenchmarkRegion = (typeof ORDER)[number];

const open = (region: BenchmarkRegion) => `<!-- ${region} benchmark: written by its script -->`;
const close = (region: BenchmarkRegion) => `<!-- end of ${region} benchmark -->`;

export async function writeBenchmarkRegion(region: BenchmarkRegion, markdown: string): Promise<void> {
  const current = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, "utf8") : "";
  const regions = new Map<BenchmarkRegion, string>();
  for (const name of ORDER) {
    const start = current.indexOf(open(name));
    const end = current.indexOf(close(name));
    if (start >= 0 && end > start) regions.set(name, current.slice(start + open(name).length, end).trim());
  }
  regions.set(region, markdown.trim());
  const body = ORDER.filter((name) => regions.has(name))
    .map((name) => `${open(name)}\n\n${regions.get(name)}\n\n${close(name)}`)
    .join("\n\n");
  writeFileSync(BENCHMARKS_FILE, await format(`# Benchmarks\n\n${body}\n`, { parser: "markdown" }));
}
