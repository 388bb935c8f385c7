#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node --max-semi-space-size=4 --no-incremental-marking
// `npx docspace-to-dropbox`. Runs the prebuilt CLI (dist/cli/main.js, made by `npm run build`,
// see scripts/lib/build-cli.ts) when none of the sources it was built from has changed since;
// otherwise, as in a clean clone where nothing is built, the TypeScript sources through tsx,
// which compiles them on load. The bundle starts without loading a compiler: `--version` took
// 0.4-0.8 CPU-s through tsx here (`/usr/bin/time node bin/docspace-to-dropbox.js --version`).
//
// The first line sets two things about V8's garbage collector. Every piece a socket reads (16 KiB
// over TLS) arrives as a new ArrayBuffer, dead once it is copied into a chunk, and V8 frees those
// only when it collects.
// - `--no-incremental-marking`: V8 then starts a full mark-compact only when the old generation
//   reaches its limit. With incremental marking, `node --trace-gc --trace-incremental-marking` of a
//   1 GiB export showed marking started again and again while the old generation held 8 of its
//   17 MB: 70-90 full collections per GiB, about 1 CPU-s of 3.5, in most runs (2-7 with the flag).
//   An earlier 1 MiB young generation kept that storm away by collecting young garbage often, until
//   the download stopped making garbage per piece (src/cli/node-ports.ts `readNodeBody`).
// - `--max-semi-space-size=4` (Node's default is 16): fewer short-lived objects are promoted than
//   with 1 MiB, which the old generation would hold until its next collection.
// With both, against `--max-semi-space-size=1` alone: a 4 GiB export 8.0-8.4 CPU-s against
// 13-14, peak RSS growth over a 100 MiB export +9 to +10 MiB against +16 to +18, the 1000-file
// export 1.95 CPU-s and 107 MiB against 2.28 and 121 (medians of 2-3 exports each;
// `npm run bench -- --only large --sizes 100,4096 --clients baseline,cli --rounds 3 --no-browser
// --no-write`, and `--only many --clients cli-many`, with each first line in turn).
// `MALLOC_ARENA_MAX=1` keeps glibc's allocations in one arena, where threads that contend would
// get more, up to 8 per core (mallopt(3), M_ARENA_MAX), each keeping memory it once needed: peak
// RSS of a 4 GiB export 147.5 -> 139 MiB, growth over a 100 MiB export about +17 -> +9 MiB, CPU
// within the noise (medians of 4-5 exports of each size with it and 4 without, two runs each way
// of `npm run bench -- --only large --sizes 100,4096 --clients cli --rounds 2 --no-browser`, one
// of them with `--rounds 3`). Other C libraries ignore the variable.
// `env -S` splits the line on Linux (coreutils 8.30+) and macOS; npm's Windows shims read the same
// line (npm/cmd-shim lib/index.js `shebangExpr` accepts `env -S` and `NAME=value` before the
// command). Run as `node bin/…`, the CLI works the same, with Node's default heap, collector and
// arenas.
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
