#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node --max-semi-space-size=1
// `npx docspace-to-dropbox`. Runs the prebuilt CLI (dist/cli/main.js, made by `npm run build`,
// see scripts/lib/build-cli.ts) when none of the sources it was built from has changed since;
// otherwise, as in a clean clone where nothing is built, the TypeScript sources through tsx,
// which compiles them on load. The bundle starts without loading a compiler: `--version` took
// 0.4-0.8 CPU-s through tsx here (`/usr/bin/time node bin/docspace-to-dropbox.js --version`).
//
// The first line gives V8 a young generation of 1 MiB (Node's default is 16). Every piece a
// socket reads arrives as a new ArrayBuffer, dead once it is copied into a chunk; with the
// default young generation tens of MiB of them waited for a scavenge, and `node --trace-gc` of a
// 1 GiB export showed about 100 full mark-compacts per GiB, each started while the old generation
// held 10 of its 26 MB. With 1 MiB: 2 per GiB, peak RSS 161 -> 128 MiB, client CPU 7.0 -> 4.9 s
// (`npx tsx scripts/bench.ts --only large --sizes 1024 --clients cli,baseline --rounds 2
// --no-write --no-browser`, a loaded 2-core machine; the 1000-file export was not slower).
// `MALLOC_ARENA_MAX=1` keeps glibc's allocations in one arena, where threads that contend would
// get more, up to 8 per core (mallopt(3), M_ARENA_MAX), each keeping memory it once needed: peak
// RSS of a 4 GiB export 147.5 -> 139 MiB, growth over a 100 MiB export about +17 -> +9 MiB, CPU
// within the noise (medians of 4-5 exports of each size with it and 4 without, two runs each way
// of `npm run bench -- --only large --sizes 100,4096 --clients cli --rounds 2 --no-browser`, one
// of them with `--rounds 3`). Other C libraries ignore the variable.
// `env -S` splits the line on Linux (coreutils 8.30+) and macOS; npm's Windows shims read the same
// line (npm/cmd-shim lib/index.js `shebangExpr` accepts `env -S` and `NAME=value` before the
// command). Run as `node bin/…`, the CLI works the same, with Node's default heap and arenas.
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
