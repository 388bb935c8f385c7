// The command dispatcher, free of process globals so unit tests can run it with fake streams.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { InvalidOptionError, isTransferError } from "../core";
import { parseCommandLine, type Command } from "./args";
import { runConnect } from "./commands/connect";
import { runExport } from "./commands/export";
import { runWhoami } from "./commands/whoami";
import { runWatch } from "./watch";
import type { Env } from "./config";
import type { Context } from "./context";
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, messageOf } from "./errors";
import { helpText } from "./help";
import { hintFor } from "./messages";
import { Output, Redactor, type Streams } from "./output";
import { knownSecrets } from "./settings";

export interface Io extends Streams {
  env: Env;
  stdin: Readable;
  signal?: AbortSignal;
}

function version(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: string;
    };
    return manifest.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

async function dispatch(command: Command, context: Context): Promise<number> {
  switch (command.command) {
    case "export":
      return runExport(command, context);
    case "watch":
      return runWatch(command, context);
    case "connect":
      return runConnect(command, context);
    case "whoami":
      return runWhoami(command, context);
    case "help":
      context.out.print(helpText(command.topic));
      return EXIT_OK;
    case "version":
      context.out.print(version());
      return EXIT_OK;
  }
}

/** Runs one command line and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const redactor = new Redactor(knownSecrets(io.env, undefined));
  const wantsJson = argv.includes("--json") || io.stderr.isTTY !== true;
  let out = new Output(io, redactor, false);
  try {
    const command = parseCommandLine(argv);
    // Help and version are for people whatever the terminal; the rest follows --json / the TTY.
    const machine = command.command !== "help" && command.command !== "version" && wantsJson;
    out = new Output(io, redactor, machine);
    return await dispatch(command, {
      env: io.env,
      out,
      stdin: io.stdin,
      ...(io.signal ? { signal: io.signal } : {}),
    });
  } catch (error) {
    // A usage error found before the mode is known still answers in JSON for machines.
    if (wantsJson && !out.json) out = new Output(io, redactor, true);
    if (error instanceof CliError) {
      out.fatal(error.message, error.hint, error.kind, error.exitCode);
      return error.exitCode;
    }
    if (error instanceof InvalidOptionError) {
      out.fatal(error.message, "Run `docspace-to-dropbox --help` for the options.", "usage", EXIT_USAGE);
      return EXIT_USAGE;
    }
    if (isTransferError(error)) {
      // A core failure outside any one file (e.g. the connection dropped while starting).
      const setup = ["not-connected", "dropbox-auth", "dropbox-permission", "docspace-signed-out"].includes(
        error.kind,
      );
      const code = setup ? EXIT_USAGE : EXIT_FAILED;
      out.fatal(error.message, hintFor(error.kind), error.kind, code);
      return code;
    }
    const message = messageOf(error);
    out.fatal(
      `Unexpected failure: ${message}`,
      "Run the same command again; if it keeps failing, report this message.",
      "unknown",
      EXIT_FAILED,
    );
    return EXIT_FAILED;
  }
}
