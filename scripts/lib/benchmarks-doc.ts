// docs/benchmarks.md holds the figures of the benchmark scripts: `npm run bench` (Node, the engine;
// and the resume line, Node and Chromium together) and scripts/bench-browser.ts (the plugin in
// Chromium). Each owns one region between markers and rewrites only that, formatted as `npm run
// lint` (prettier --check) expects; any text outside the regions (hand-written sections) is kept
// byte for byte.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./manifest";

export const BENCHMARKS_FILE = path.join(ROOT, "docs", "benchmarks.md");
const ORDER = ["engine", "browser", "resume"] as const;
export type BenchmarkRegion = (typeof ORDER)[number];

const open = (region: BenchmarkRegion): string => `<!-- ${region} benchmark: written by its script -->`;
const close = (region: BenchmarkRegion): string => `<!-- end of ${region} benchmark -->`;

/** Where `region` sits in `text`: from the start of its opening marker to the end of its closing one. */
function find(text: string, region: BenchmarkRegion): { start: number; end: number } | undefined {
  const start = text.indexOf(open(region));
  const end = text.indexOf(close(region), start);
  if (start < 0 || end < 0) return undefined;
  return { start, end: end + close(region).length };
}

/** Formats as `npm run lint` checks (prettier, loaded when first needed). */
async function prettierMarkdown(markdown: string): Promise<string> {
  const { format } = await import("prettier");
  return format(markdown, { parser: "markdown" });
}

/**
 * Replaces the region's text with `markdown` (formatted). A region not in the file yet goes after
 * the last region before it in the usual order, or at the end; a missing file starts with a title.
 */
export async function writeBenchmarkRegion(
  region: BenchmarkRegion,
  markdown: string,
  options: { file?: string; format?: (markdown: string) => Promise<string> } = {},
): Promise<void> {
  const { file = BENCHMARKS_FILE, format = prettierMarkdown } = options;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const body = (await format(markdown)).trim();
  const block = `${open(region)}\n\n${body}\n\n${close(region)}`;
  const place = find(current, region);
  let next: string;
  if (place) {
    next = current.slice(0, place.start) + block + current.slice(place.end);
  } else {
    const before = ORDER.slice(0, ORDER.indexOf(region))
      .map((name) => find(current, name))
      .filter((found) => found !== undefined)
      .sort((a, b) => b.end - a.end)[0];
    const at = before?.end ?? current.trimEnd().length;
    const tail = current.slice(at);
    next = `${current.slice(0, at)}\n\n${block}${tail.trim() === "" ? "\n" : tail}`;
  }
  writeFileSync(file, next);
}
