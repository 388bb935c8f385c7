#!/usr/bin/env node
// `npx docspace-to-dropbox`. Runs the prebuilt CLI (dist/cli/main.js, made by `npm run build`,
// see scripts/lib/build-cli.ts) when none of the sources it was built from has changed since;
// otherwise, as in a clean clone where nothing is built, the TypeScript sources through tsx,
// which compiles them on load. The bundle starts without loading a compiler: `--version` took
// 0.4-0.8 CPU-s through tsx here (`/usr/bin/time node bin/docspace-to-dropbox.js --version`).
const { readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");

/** The bundle's path when it is at least as new as every source listed beside it. */
function freshBundle() {
  try {
    const bundle = join(root, "dist", "cli", "main.js");
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(root, "dist", "cli", "inputs.json"), "utf8"));
    if (!Array.isArray(inputs) || inputs.length === 0) return undefined;
    for (const input of inputs) {
      if (typeof input !== "string" || statSync(join(root, input)).mtimeMs > built) return undefined;
    }
    return bundle;
  } catch {
    // No build, or a source it lists is gone: run the sources.
    return undefined;
  }
}

const bundle = freshBundle();
if (bundle) {
  require(bundle);
} else {
  require("tsx/cjs");
  require("../src/cli/main.ts");
}
