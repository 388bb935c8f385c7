import { Readable } from "node:stream";
import { run } from "../../../src/cli/run";

async function cli(argv: string[], env: Record<string, string> = {}, isTTY = true) {
  const text = { stdout: "", stderr: "" };
  const code = await run(argv, {
    env,
    stdin: Readable.from([]),
    stdout: { write: (chunk: string) => (text.stdout += chunk) },
    stderr: { isTTY, write: (chunk: string) => (text.stderr += chunk) },
  });
  return { code, ...text };
}

test("--help explains every option and environment variable", async () => {
  const { code, stdout } = await cli(["--help"]);
  expect(code).toBe(0);
  for (const word of [
    "export <id>...",
    "connect",
    "whoami",
    "--portal <url>",
    "--to <folder>",
    "--conflict keep|overwrite",
    "--link",
    "--concurrency <n>",
    "--dry-run",
    "--json",
    "--config <file>",
    "--app-key <key>",
    "DOCSPACE_API_KEY",
    "DOCSPACE_PORTAL_URL",
    "DROPBOX_OAUTH2_REFRESH_TOKEN",
    "DROPBOX_APP_KEY",
    "DROPBOX_APP_SECRET",
    "DROPBOX_OAUTH2_TOKEN",
    "DROPBOX_ROOT_PATH",
    "DROPBOX_WRITE_MODE",
    "XDG_CONFIG_HOME",
    "DROPBOX_API_BASE_URL",
    "file:123",
    "exit codes",
  ]) {
    expect(stdout.toLowerCase()).toContain(word.toLowerCase());
  }
});

test("help for one command is shorter and stays on topic", async () => {
  const { code, stdout } = await cli(["connect", "--help"]);
  expect(code).toBe(0);
  expect(stdout).toContain("--app-key");
  expect(stdout).not.toContain("--dry-run");
});

test("--version prints the package version", async () => {
  const { code, stdout } = await cli(["--version"]);
  expect(code).toBe(0);
  expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u);
});

test("a usage error exits 2: text on a terminal, JSON too for machines", async () => {
  const person = await cli(["export"]);
  expect(person.code).toBe(2);
  expect(person.stdout).toBe("");
  expect(person.stderr).toMatch(/^error: `export` needs at least one DocSpace id/u);
  const machine = await cli(["export"], {}, false);
  expect(machine.code).toBe(2);
  expect(JSON.parse(machine.stdout)).toMatchObject({ event: "error", kind: "usage", exitCode: 2 });
});

test("configuration errors never echo the secrets they concern", async () => {
  const refresh = "refresh-token-that-must-not-leak";
  const { code, stderr, stdout } = await cli(["export", "1", "--portal", "https://p.example"], {
    DOCSPACE_API_KEY: "sk-abcdef0123456789",
    DROPBOX_OAUTH2_REFRESH_TOKEN: refresh,
  });
  expect(code).toBe(2);
  expect(stderr).toMatch(/but DROPBOX_APP_KEY is not/u);
  expect(stderr + stdout).not.toContain(refresh);
});
