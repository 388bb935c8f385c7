// The CLI's prebuilt entry for `npm run build`: src/cli/main.ts and everything it imports from
// src/, bundled into one CommonJS file (dist/cli/main.js, packages left to node_modules), plus the
// list of its source files (dist/cli/inputs.json). bin/docspace-to-dropbox.js runs the bundle when
// no listed source is newer than it, and the sources through tsx otherwise, so a clean clone
// (`npm ci`, no build) and a working copy edited after the build both run the current code.
//
// Why: through tsx the CLI's start-up (`--version`) took 0.4-0.8 CPU-s and 1.1-1.9 s here
// (`/usr/bin/time node bin/docspace-to-dropbox.js --version`, three runs), paid by every command.
// esbuild is the compiler tsx itself runs (declared at the version tsx installs; no install script).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { ROOT } from "./manifest";

export const CLI_BUNDLE = "dist/cli/main.js";
export const CLI_INPUTS = "dist/cli/inputs.json";

/** Bundles the CLI; returns how many source files went into it. */
export async function buildCli(): Promise<number> {
  const outfile = path.join(ROOT, CLI_BUNDLE);
  mkdirSync(path.dirname(outfile), { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/main.ts"],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // Dependencies load from node_modules as they do under tsx.
    packages: "external",
    // src/cli/run.ts reads ../../package.json beside __dirname: dist/cli/ keeps that depth.
    metafile: true,
    sourcemap: "linked",
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.startsWith("node_modules/"))
    .sort();
  if (!inputs.includes("src/cli/main.ts")) throw new Error("the CLI bundle does not list src/cli/main.ts");
  // Written after the bundle, so the bundle is never newer than the list that vouches for it.
  writeFileSync(path.join(ROOT, CLI_INPUTS), `${JSON.stringify(inputs, null, 2)}\n`);
  return inputs.length;
}
