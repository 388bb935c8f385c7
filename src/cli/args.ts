// Argument parsing, separate from everything that does I/O so every rule is unit-testable. Options
// are checked here once (STYLE: "options validated once, at the edge"); later code trusts them.

import { parseArgs, type ParseArgsConfig } from "node:util";
import { messageOf, usageError } from "./errors";

export type ItemKind = "file" | "folder" | "room";

/** An id from the command line; `kind` is undefined when no prefix said what it is. */
export interface ItemRef {
  kind: ItemKind | undefined;
  id: number | string;
  /** As typed, for messages. */
  text: string;
}

export type Conflict = "keep" | "overwrite";

export interface CommonOptions {
  json: boolean;
  /** `--config <file>`; otherwise the XDG location. */
  config: string | undefined;
  /** `--allow-insecure`: accept an http:// portal or Dropbox base URL off this machine, with a warning. */
  allowInsecure: boolean;
}

export interface ExportCommand extends CommonOptions {
  command: "export";
  items: ItemRef[];
  portal: string | undefined;
  /** Undefined when not given: DROPBOX_ROOT_PATH, then the Dropbox root. */
  to: string | undefined;
  conflict: Conflict | undefined;
  link: boolean;
  concurrency: number;
  dryRun: boolean;
  /**
   * `--skip-forbidden`: a file or folder the API key's user may not download is reported as
   * skipped and does not make the run fail (exit 0), for scheduled jobs over rooms that hold such
   * files on purpose.
   */
  skipForbidden: boolean;
  /**
   * `--no-resume`: start every large file afresh instead of continuing the Dropbox upload
   * session an interrupted run left (see transfer-state.ts). Absent = resume.
   */
  noResume?: boolean;
}

export interface WatchCommand extends CommonOptions {
  command: "watch";
  items: ItemRef[];
  portal: string | undefined;
  to: string | undefined;
  conflict: Conflict | undefined;
  concurrency: number;
  listen: { host: string; port: number };
  /** The webhook's path, e.g. "/docspace-webhook". */
  path: string;
  reconcileMs: number;
  /** `--journal <file>`; otherwise watch-journal.jsonl next to the config file. */
  journal: string | undefined;
  maxBodyBytes: number;
}

export interface ConnectCommand extends CommonOptions {
  command: "connect";
  appKey: string | undefined;
}

export interface WhoamiCommand extends CommonOptions {
  command: "whoami";
  portal: string | undefined;
}

export interface HelpCommand {
  command: "help";
  /** The command whose help was asked for, if any. */
  topic: CommandName | undefined;
}

export interface VersionCommand {
  command: "version";
}

export type CommandName = "export" | "watch" | "connect" | "whoami";

export type Command =
  ExportCommand | WatchCommand | ConnectCommand | WhoamiCommand | HelpCommand | VersionCommand;

/**
 * Files at once by default, chosen by measurement: 1000 small files, 20 ms per request, lock
 * contention on (`npm run bench -- --quick --only many --cli-args="--concurrency N"`), as a ratio
 * to a 16-way naive client in the same run on a shared 2-core machine: 4 took 3.3×, 16 took 1.9×,
 * 32 took 1.15–1.34×. Commits stay batched (one finish_batch_v2 call per 1000 files), so
 * Dropbox's write lock sees no more requests than at 4.
 */
export const DEFAULT_CONCURRENCY = 32;
/** The core accepts 1–32 parallel files; DocSpace allows 50 concurrent GETs per user. */
export const MAX_CONCURRENCY = 32;

type Options = NonNullable<ParseArgsConfig["options"]>;

const COMMON: Options = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  config: { type: "string" },
  "allow-insecure": { type: "boolean" },
};

export const DEFAULT_RECONCILE = "6h";
export const DEFAULT_WEBHOOK_PATH = "/docspace-webhook";
/** DocSpace's file payloads are a few KiB; anything near this is not one. */
export const MAX_WEBHOOK_BYTES = 256 * 1024;

/** What `export` and `watch` share: `watch` exports each change as `export` would. */
const EXPORTING: Options = {
  ...COMMON,
  portal: { type: "string" },
  to: { type: "string" },
  conflict: { type: "string" },
  concurrency: { type: "string" },
};

const COMMAND_OPTIONS: Record<CommandName, Options> = {
  export: {
    ...EXPORTING,
    link: { type: "boolean" },
    "dry-run": { type: "boolean" },
    "skip-forbidden": { type: "boolean" },
    "no-resume": { type: "boolean" },
  },
  watch: {
    ...EXPORTING,
    listen: { type: "string" },
    path: { type: "string" },
    reconcile: { type: "string" },
    journal: { type: "string" },
  },
  connect: { ...COMMON, "app-key": { type: "string" } },
  whoami: { ...COMMON, portal: { type: "string" } },
};

function isCommandName(value: string | undefined): value is CommandName {
  return value === "export" || value === "watch" || value === "connect" || value === "whoami";
}

/** `host:port`, `[::1]:port` or a bare port (loopback). */
export function parseListen(value: string | undefined): { host: string; port: number } {
  if (value === undefined)
    throw usageError("`watch` needs --listen <host:port>, e.g. --listen 127.0.0.1:8080.");
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:]*)):(\d{1,5})$/u.exec(value) ?? /^()()(\d{1,5})$/u.exec(value);
  const port = Number(match?.[3]);
  if (!match || port > 65535) {
    throw usageError(
      `--listen expects host:port (e.g. 127.0.0.1:8080 or 0.0.0.0:8080), received "${value}".`,
    );
  }
  const host = match[1] ?? match[2] ?? "";
  return { host: host === "" ? "127.0.0.1" : host, port };
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `15m`, `6h`, `1d`; at least one second. */
export function parseDuration(option: string, value: string): number {
  const match = /^(\d+)(s|m|h|d)$/u.exec(value.trim());
  const ms = match ? Number(match[1]) * (UNITS[match[2] ?? ""] ?? 0) : 0;
  if (!match || ms < 1000) {
    throw usageError(`${option} expects a duration such as 30m, 6h or 1d, received "${value}".`);
  }
  return ms;
}

function parsePath(value: string | undefined): string {
  const path = value ?? DEFAULT_WEBHOOK_PATH;
  if (!/^\/[A-Za-z0-9._~/-]*$/u.test(path) || path === "/healthz") {
    throw usageError(
      `--path expects a URL path such as /docspace-webhook (not /healthz), received "${path}".`,
    );
  }
  return path;
}

/** `file:12`, `folder:34`, `room:100`, or a bare id; numeric ids become numbers. */
export function parseItemRef(text: string): ItemRef {
  const match = /^(file|folder|room):(.*)$/u.exec(text);
  const kind = match ? (match[1] as ItemKind) : undefined;
  const raw = (match ? (match[2] ?? "") : text).trim();
  if (!match && /^[a-z]+:/iu.test(text)) {
    throw usageError(`"${text}" has an unknown prefix; use file:<id>, folder:<id>, room:<id> or a bare id.`);
  }
  if (raw === "") throw usageError(`"${text}" has no id; write for example room:100 or 100.`);
  if (/[\s/?#]/u.test(raw)) throw usageError(`"${text}" is not a DocSpace id.`);
  const id = /^\d+$/u.test(raw) ? Number(raw) : raw;
  return { kind, id, text };
}

function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  const n = Number(value);
  if (!/^\d+$/u.test(value) || n < 1 || n > MAX_CONCURRENCY) {
    throw usageError(
      `--concurrency expects a whole number from 1 to ${MAX_CONCURRENCY}, received "${value}".`,
    );
  }
  return n;
}

function parseConflict(value: string | undefined): Conflict | undefined {
  if (value === undefined || value === "keep" || value === "overwrite") return value;
  throw usageError(`--conflict expects "keep" or "overwrite", received "${value}".`);
}

/** The options whose values are checked here; a value they refuse gets their own message. */
const VALUE_CHECKS: Record<string, (value: string) => unknown> = {
  "--concurrency": parseConcurrency,
  "--conflict": parseConflict,
  "--listen": parseListen,
  "--path": parsePath,
  "--reconcile": (value) => parseDuration("--reconcile", value),
};

/**
 * parseArgs refuses `--to -Archive`, since `-Archive` could be an option typed after a forgotten
 * value, and accepts `--to=-Archive`. Said in the option's words: an option that checks its
 * values explains what it expects, a real option next means the value was forgotten, and any
 * other value is shown written the way that works.
 */
function dashValue(name: string, args: readonly string[], options: Options, command: string): never {
  const at = args.findIndex((arg, i) => arg === name && args[i + 1]?.startsWith("-") === true);
  const value = args[at + 1];
  const shorts = Object.values(options).flatMap((option) => (option.short ? [`-${option.short}`] : []));
  if (at < 0 || value === undefined || value.startsWith("--") || shorts.includes(value)) {
    throw usageError(`${name} needs a value; see \`docspace-to-dropbox ${command} --help\`.`);
  }
  VALUE_CHECKS[name]?.(value);
  throw usageError(`${name}: a value that starts with "-" must be written as ${name}=${value}.`);
}

function rephrase(error: unknown, args: readonly string[], command: CommandName): never {
  const code = (error as { code?: unknown }).code;
  const message = messageOf(error);
  const option = /'([^']+)'/u.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    throw usageError(`"${option ?? message}" is not an option of \`${command}\`.`);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = option?.split(" ")[0] ?? "an option";
    if (/ambiguous/u.test(message)) dashValue(name, args, COMMAND_OPTIONS[command], command);
    const problem = /missing/u.test(message)
      ? "needs a value"
      : /does not take/u.test(message)
        ? "takes no value"
        : "has a value it cannot take";
    throw usageError(`${name} ${problem}; see \`docspace-to-dropbox ${command} --help\`.`);
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    throw usageError(
      `\`${command}\` takes no arguments besides its options; "${option ?? message}" is extra.`,
    );
  }
  throw usageError(message);
}

/** Parses argv (without node and the script). Throws a usage `CliError` on any mistake. */
export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === "help" || first === "--help" || first === "-h") {
    const topic = first === "help" && isCommandName(rest[0]) ? rest[0] : undefined;
    return { command: "help", topic };
  }
  if (first === "--version" || first === "-v") return { command: "version" };
  if (!isCommandName(first)) {
    const what = first.startsWith("-") ? `the option "${first}" before a command` : `"${first}"`;
    throw usageError(`Unknown command: ${what}. The commands are export, watch, connect and whoami.`);
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: COMMAND_OPTIONS[first],
      allowPositionals: first === "export" || first === "watch",
      strict: true,
    });
  } catch (error) {
    return rephrase(error, rest, first);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help === true) return { command: "help", topic: first };
  const str = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === "string" ? value : undefined;
  };
  const common: CommonOptions = {
    json: values.json === true,
    config: str("config"),
    allowInsecure: values["allow-insecure"] === true,
  };
  if (first === "connect") return { command: "connect", ...common, appKey: str("app-key") };
  if (first === "whoami") return { command: "whoami", ...common, portal: str("portal") };
  if (first === "watch") {
    if (parsed.positionals.length === 0) {
      throw usageError(
        "`watch` needs at least one DocSpace id, e.g. `watch room:100 --to /Archive --listen 127.0.0.1:8080`.",
      );
    }
    return {
      command: "watch",
      ...common,
      items: parsed.positionals.map(parseItemRef),
      portal: str("portal"),
      to: str("to"),
      conflict: parseConflict(str("conflict")),
      concurrency: parseConcurrency(str("concurrency")),
      listen: parseListen(str("listen")),
      path: parsePath(str("path")),
      reconcileMs: parseDuration("--reconcile", str("reconcile") ?? DEFAULT_RECONCILE),
      journal: str("journal"),
      maxBodyBytes: MAX_WEBHOOK_BYTES,
    };
  }
  if (parsed.positionals.length === 0) {
    throw usageError("`export` needs at least one DocSpace id, e.g. `export room:100 --to /Archive`.");
  }
  return {
    command: "export",
    ...common,
    items: parsed.positionals.map(parseItemRef),
    portal: str("portal"),
    to: str("to"),
    conflict: parseConflict(str("conflict")),
    link: values.link === true,
    concurrency: parseConcurrency(str("concurrency")),
    dryRun: values["dry-run"] === true,
    skipForbidden: values["skip-forbidden"] === true,
    noResume: values["no-resume"] === true,
  };
}
