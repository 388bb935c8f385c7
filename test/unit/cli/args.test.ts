import { DEFAULT_CONCURRENCY, parseCommandLine, parseItemRef } from "../../../src/cli/args";
import { CliError } from "../../../src/cli/errors";

function usage(argv: string[]): CliError {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(" ")}`);
}

describe("parseItemRef", () => {
  test.each([
    ["room:100", { kind: "room", id: 100 }],
    ["folder:300", { kind: "folder", id: 300 }],
    ["file:200", { kind: "file", id: 200 }],
    ["200", { kind: undefined, id: 200 }],
    ["sbox-room-1", { kind: undefined, id: "sbox-room-1" }],
    ["room:sbox-room-1", { kind: "room", id: "sbox-room-1" }],
  ])("%s", (text, expected) => {
    expect(parseItemRef(text)).toEqual({ ...expected, text });
  });

  test.each(["disk:1", "room:", "a b", "file:1/2"])("rejects %j", (text) => {
    expect(() => parseItemRef(text)).toThrow(CliError);
  });
});

describe("parseCommandLine", () => {
  test("export with every option", () => {
    expect(
      parseCommandLine([
        "export",
        "room:100",
        "7",
        "--portal",
        "https://p.example",
        "--to",
        "/Archive",
        "--conflict",
        "overwrite",
        "--link",
        "--concurrency",
        "8",
        "--dry-run",
        "--json",
        "--config",
        "/tmp/c.json",
        "--allow-insecure",
        "--skip-forbidden",
        "--no-resume",
      ]),
    ).toEqual({
      command: "export",
      items: [
        { kind: "room", id: 100, text: "room:100" },
        { kind: undefined, id: 7, text: "7" },
      ],
      portal: "https://p.example",
      to: "/Archive",
      conflict: "overwrite",
      link: true,
      concurrency: 8,
      dryRun: true,
      json: true,
      config: "/tmp/c.json",
      allowInsecure: true,
      skipForbidden: true,
      noResume: true,
    });
  });

  test("export defaults", () => {
    expect(parseCommandLine(["export", "1"])).toMatchObject({
      to: undefined,
      conflict: undefined,
      link: false,
      concurrency: DEFAULT_CONCURRENCY,
      dryRun: false,
      json: false,
      allowInsecure: false,
      skipForbidden: false,
      noResume: false,
    });
  });

  test("help in every spelling, with a topic", () => {
    expect(parseCommandLine([])).toEqual({ command: "help", topic: undefined });
    expect(parseCommandLine(["--help"])).toEqual({ command: "help", topic: undefined });
    expect(parseCommandLine(["help", "export"])).toEqual({ command: "help", topic: "export" });
    expect(parseCommandLine(["connect", "-h"])).toEqual({ command: "help", topic: "connect" });
    expect(parseCommandLine(["--version"])).toEqual({ command: "version" });
  });

  test("connect and whoami take their own options only", () => {
    expect(parseCommandLine(["connect", "--app-key", "k"])).toMatchObject({
      command: "connect",
      appKey: "k",
    });
    expect(parseCommandLine(["whoami", "--portal", "https://p"])).toMatchObject({
      command: "whoami",
      portal: "https://p",
    });
    expect(usage(["connect", "--to", "/x"]).message).toMatch(/"--to" is not an option of `connect`/u);
    expect(usage(["whoami", "extra"]).message).toMatch(
      /takes no arguments besides its options; "extra" is extra/u,
    );
  });

  test.each([
    [["export"], /at least one DocSpace id/u],
    [["export", "1", "--concurrency", "33"], /from 1 to 32, received "33"/u],
    [["export", "1", "--concurrency", "2.5"], /from 1 to 32, received "2.5"/u],
    [["export", "1", "--conflict", "rename"], /"keep" or "overwrite", received "rename"/u],
    [["export", "1", "--to"], /--to needs a value/u],
    [["export", "1", "--link=yes"], /--link takes no value/u],
    // A value that starts with "-" is refused by parseArgs unless written --option=value.
    [
      ["export", "1", "--to", "-Archive"],
      /^--to: a value that starts with "-" must be written as --to=-Archive\b/u,
    ],
    [["watch", "1", "--listen", "8080", "--journal", "-j.jsonl"], /as --journal=-j\.jsonl\b/u],
    [
      ["export", "1", "--concurrency", "-1"],
      /^--concurrency expects a whole number from 1 to 32, received "-1"/u,
    ],
    [["export", "1", "--conflict", "-keep"], /^--conflict expects "keep" or "overwrite", received "-keep"/u],
    [
      ["watch", "1", "--listen", "8080", "--reconcile", "-6h"],
      /^--reconcile expects a duration .*received "-6h"/u,
    ],
    // The next argument is an option: the value was forgotten.
    [["export", "1", "--to", "--json"], /^--to needs a value/u],
    [["export", "1", "--to", "-h"], /^--to needs a value/u],
    [["push"], /Unknown command: "push"/u],
    [["--portal", "x"], /the option "--portal" before a command/u],
  ])("%j is a usage error", (argv, message) => {
    const error = usage(argv);
    expect(error.exitCode).toBe(2);
    expect(error.kind).toBe("usage");
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(/--help/u);
  });

  test('a value that starts with "-" is taken when written --option=value', () => {
    expect(parseCommandLine(["export", "1", "--to=-Archive"])).toMatchObject({ to: "-Archive" });
    expect(usage(["export", "1", "--concurrency=-1"]).message).toMatch(/from 1 to 32, received "-1"/u);
  });
});
