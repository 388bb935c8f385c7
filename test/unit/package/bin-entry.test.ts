// bin/docspace-to-dropbox.js runs the prebuilt bundle only while it is as new as every source it
// was built from; otherwise (a clean clone, or sources edited after `npm run build`) the sources.
// Exercised in a copy of the repository's layout whose "bundle" and "sources" say which ran.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

let dir: string;

function write(relative: string, text: string, mtimeSeconds?: number): void {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  if (mtimeSeconds !== undefined) utimesSync(file, mtimeSeconds, mtimeSeconds);
}

function runBin(): string {
  return execFileSync(process.execPath, [path.join(dir, "bin/docspace-to-dropbox.js")], {
    encoding: "utf8",
  }).trim();
}

const BUILT = 2_000_000_000;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "bin-entry-"));
  mkdirSync(path.join(dir, "bin"));
  copyFileSync(path.join(ROOT, "bin/docspace-to-dropbox.js"), path.join(dir, "bin/docspace-to-dropbox.js"));
  // tsx, for the sources path, from the repository's own node_modules.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  write("src/cli/main.ts", 'const from: string = "sources";\nconsole.log(from);\n', BUILT - 100);
  write("src/core/engine.ts", "export {};\n", BUILT - 100);
  write("dist/cli/main.js", 'console.log("bundle");\n', BUILT);
  write("dist/cli/inputs.json", JSON.stringify(["src/cli/main.ts", "src/core/engine.ts"]), BUILT);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("runs the bundle when no source it lists is newer", () => {
  expect(runBin()).toBe("bundle");
});

test("runs the sources when one of them changed after the build", () => {
  utimesSync(path.join(dir, "src/core/engine.ts"), BUILT + 1, BUILT + 1);
  expect(runBin()).toBe("sources");
});

test("runs the sources in a clone where nothing is built", () => {
  rmSync(path.join(dir, "dist"), { recursive: true });
  expect(runBin()).toBe("sources");
});

test("runs the sources when a listed source is gone or the list is unreadable", () => {
  write("dist/cli/inputs.json", JSON.stringify(["src/cli/main.ts", "src/core/removed.ts"]), BUILT);
  expect(runBin()).toBe("sources");
  write("dist/cli/inputs.json", "not json", BUILT);
  expect(runBin()).toBe("sources");
  write("dist/cli/inputs.json", "[]", BUILT);
  expect(runBin()).toBe("sources");
});

test("run as npm links it (through its first line), node gets the bin's collector flags and one malloc arena", () => {
  write(
    "dist/cli/main.js",
    "console.log(JSON.stringify([process.execArgv, process.env.MALLOC_ARENA_MAX ?? null]));\n",
    BUILT,
  );
  const { MALLOC_ARENA_MAX: _inherited, ...inherited } = process.env;
  const output = execFileSync(path.join(dir, "bin/docspace-to-dropbox.js"), [], {
    encoding: "utf8",
    // The shebang's `env` finds this very node first.
    env: {
      ...inherited,
      PATH: [path.dirname(process.execPath), process.env.PATH ?? ""].join(path.delimiter),
    },
  });
  expect(JSON.parse(output)).toEqual([["--max-semi-space-size=4", "--no-incremental-marking"], "1"]);
});
