// The benchmark document's writer rewrites only its region: hand-written sections before, between
// and after the script-written regions stay byte for byte, and a region not there yet is added.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { writeBenchmarkRegion } from "../../../scripts/lib/benchmarks-doc";

/** A stand-in for prettier (which jest cannot load): squeezes runs of spaces. */
const squeeze = (markdown: string): Promise<string> => Promise.resolve(markdown.replace(/ {2,}/g, " "));

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "benchmarks-doc-"));
  file = path.join(dir, "benchmarks.md");
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const HAND_WRITTEN = [
  "## Before and after (by hand)",
  "",
  "Kept  as   written, odd spacing and all:",
  "",
  "| a | b |",
  "|---|---|",
  "| 1 | 2 |",
].join("\n");

const doc = (resume: string): string =>
  [
    "# Benchmarks",
    "",
    "<!-- engine benchmark: written by its script -->",
    "",
    "## Engine",
    "",
    "Old engine figures.",
    "",
    "<!-- end of engine benchmark -->",
    "",
    HAND_WRITTEN,
    "",
    "<!-- resume benchmark: written by its script -->",
    "",
    resume,
    "",
    "<!-- end of resume benchmark -->",
    "",
    "## Notes after the regions",
    "",
    "Also  kept.",
    "",
  ].join("\n");

test("a region is replaced and every hand-written section around it stays as it was", async () => {
  writeFileSync(file, doc("## Resume\n\nOld resume figures."));
  await writeBenchmarkRegion("resume", "## Resume\n\nNew   resume figures: **0.13**.", {
    file,
    format: squeeze,
  });
  // The new text is formatted, the rest untouched.
  expect(readFileSync(file, "utf8")).toBe(doc("## Resume\n\nNew resume figures: **0.13**."));

  await writeBenchmarkRegion("engine", "## Engine\n\nNew engine figures.", { file, format: squeeze });
  expect(readFileSync(file, "utf8")).toBe(
    doc("## Resume\n\nNew resume figures: **0.13**.").replace("Old engine figures.", "New engine figures."),
  );
});

test("a region not in the document yet goes after the regions before it, ahead of the hand-written text", async () => {
  const original = doc("## Resume\n\nFigures.");
  writeFileSync(file, original);
  await writeBenchmarkRegion("browser", "## Browser\n\nChromium figures.", { file, format: squeeze });
  const written = readFileSync(file, "utf8");
  const engineEnd = "<!-- end of engine benchmark -->";
  expect(written).toBe(
    original.replace(
      engineEnd,
      `${engineEnd}\n\n<!-- browser benchmark: written by its script -->\n\n## Browser\n\nChromium figures.\n\n<!-- end of browser benchmark -->`,
    ),
  );
});

test("a missing document is created with its title and the one region", async () => {
  await writeBenchmarkRegion("resume", "## Resume\n\nFigures.", { file, format: squeeze });
  expect(readFileSync(file, "utf8")).toBe(
    "# Benchmarks\n\n<!-- resume benchmark: written by its script -->\n\n## Resume\n\nFigures.\n\n<!-- end of resume benchmark -->\n",
  );
});
