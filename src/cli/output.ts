// Everything the CLI prints goes through `Output`, which scrubs secrets from every line (the API
// key, Dropbox tokens, and anything shaped like one), so no code path can leak them, and
// neutralises terminal controls, because titles and names from DocSpace and Dropbox are data that
// anyone able to create a file may choose. People get text on stderr; machines get one JSON
// object per line on stdout.

import { INVISIBLE_CHARACTERS, JSON_RAW_INVISIBLE_CHARACTERS, visibleEscape } from "../core";

export interface Writer {
  write(text: string): unknown;
}

export interface TerminalWriter extends Writer {
  isTTY?: boolean;
  columns?: number;
}

export interface Streams {
  stdout: Writer;
  stderr: TerminalWriter;
}

/** Token shapes: DocSpace keys `sk-…`, Dropbox short-lived tokens `sl.…`, any bearer value. */
const SECRET_PATTERNS: RegExp[] = [
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/giu,
  /\bsk-[A-Za-z0-9]{8,}/gu,
  /\bsl\.[A-Za-z0-9._~+/=-]{8,}/gu,
  /\b(refresh_token|access_token|code_verifier|client_secret|stream_auth|code)=[^&\s"']+/giu,
];

export const REDACTED = "[redacted]";

/**
 * Text from DocSpace or Dropbox made safe to print: each unsafe character becomes a visible
 * escape (`\x1B`, `\u202E`), so the name is still recognisable and nothing reaches the terminal as
 * a control. `keepNewlines` is for the CLI's own multi-line messages, never for data.
 */
export function terminalText(text: string, keepNewlines = false): string {
  return text.replace(INVISIBLE_CHARACTERS, (c) => (keepNewlines && c === "\n" ? c : visibleEscape(c)));
}

/** A JSON text with the invisible characters JSON leaves raw written as `\uXXXX`: the same data, inert on a terminal. */
export function terminalJson(json: string): string {
  // Every one of them is a single UTF-16 unit at or below U+FFFF: four hex digits, as JSON writes them.
  return json.replace(
    JSON_RAW_INVISIBLE_CHARACTERS,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export class Redactor {
  private readonly secrets = new Set<string>();

  constructor(secrets: readonly string[] = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Short values are ignored: scrubbing "a" would mangle every line. */
  add(secret: string | undefined): void {
    if (secret && secret.trim().length >= 6) this.secrets.add(secret.trim());
  }

  scrub(text: string): string {
    let result = text;
    // Longest first, so a secret containing another is removed whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      result = result.split(secret).join(REDACTED);
    }
    for (const pattern of SECRET_PATTERNS) {
      result = result.replace(pattern, (match) => {
        const eq = match.indexOf("=");
        return eq > 0 && !/^Bearer/iu.test(match) ? `${match.slice(0, eq + 1)}${REDACTED}` : REDACTED;
      });
    }
    return result;
  }
}

const UNITS = ["B", "KB", "MB", "GB", "TB"];

/** Decimal units like most file managers: 1 KB = 1000 B. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/** `[#####-----]` with `width` cells; the fraction is clamped to 0–1. */
export function progressBar(fraction: number, width: number): string {
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const filled = Math.round(clamped * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
}

export interface OverallNumbers {
  transferredBytes: number;
  totalBytes: number;
  completedFiles: number;
  failedFiles: number;
  totalFiles: number;
}

/** One status line that fits `columns`; the current file's name is cut first. */
export function progressLine(overall: OverallNumbers, current: string | undefined, columns: number): string {
  const fraction =
    overall.totalBytes > 0
      ? overall.transferredBytes / overall.totalBytes
      : overall.totalFiles > 0
        ? (overall.completedFiles + overall.failedFiles) / overall.totalFiles
        : 1;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const files = `${overall.completedFiles + overall.failedFiles}/${overall.totalFiles} files`;
  const bytes = `${formatBytes(overall.transferredBytes)}/${formatBytes(overall.totalBytes)}`;
  const failed = overall.failedFiles > 0 ? `  ${overall.failedFiles} failed` : "";
  const head = `${progressBar(fraction, 24)} ${percent}  ${files}  ${bytes}${failed}`;
  if (!current || head.length + 2 >= columns) return head.slice(0, Math.max(columns - 1, 0));
  const room = columns - head.length - 3;
  const name = current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
  return `${head}  ${name}`;
}

export interface ExportSummary {
  files: number;
  transferred: number;
  skipped: number;
  failed: number;
  /** Items (ids) that could not be read at all. */
  failedItems: number;
  bytesTransferred: number;
  dryRun: boolean;
}

export function summaryText(summary: ExportSummary): string {
  if (summary.dryRun) {
    return (
      `Dry run: ${summary.transferred} of ${summary.files} files would be copied, ` +
      `${summary.skipped} are already in Dropbox${summary.failedItems > 0 ? `, ${summary.failedItems} ids could not be read` : ""}. Nothing was changed.`
    );
  }
  const failures: string[] = [];
  if (summary.failed > 0) failures.push(`${summary.failed} failed`);
  if (summary.failedItems > 0) failures.push(`${summary.failedItems} ids could not be read`);
  if (summary.transferred === 0 && failures.length === 0) {
    return summary.files === 0
      ? "Nothing to transfer: the items hold no files."
      : `Nothing to transfer: all ${summary.files} files are already in Dropbox with the same content.`;
  }
  const parts = [
    `${summary.transferred} copied (${formatBytes(summary.bytesTransferred)})`,
    `${summary.skipped} already in Dropbox`,
    ...failures,
  ];
  return `${failures.length > 0 ? "Finished with failures" : "Done"}: ${parts.join(", ")}.`;
}

export type JsonEvent = { event: string } & Record<string, unknown>;

export class Output {
  constructor(
    private readonly streams: Streams,
    readonly redactor: Redactor,
    /** Machine mode: JSON lines on stdout, nothing on stderr but fatal text. */
    readonly json: boolean,
  ) {}

  /** Progress bars only for a person at a terminal. */
  get interactive(): boolean {
    return !this.json && this.streams.stderr.isTTY === true;
  }

  get columns(): number {
    // A pseudo-terminal may report 0 columns; 80 is the traditional width.
    const columns = this.streams.stderr.columns ?? 0;
    return columns > 20 ? columns : 80;
  }

  /** A JSON line on stdout (machine mode only); data stays exact, controls travel escaped. */
  event(event: JsonEvent): void {
    if (this.json) this.streams.stdout.write(`${this.redactor.scrub(terminalJson(JSON.stringify(event)))}\n`);
  }

  /** A result line for people (stdout), e.g. `whoami`. */
  print(text: string): void {
    if (!this.json) this.streams.stdout.write(`${this.redactor.scrub(terminalText(text, true))}\n`);
  }

  /** Status text for people (stderr). */
  note(text: string): void {
    if (!this.json) this.streams.stderr.write(`${this.redactor.scrub(terminalText(text, true))}\n`);
  }

  /**
   * A progress redraw: `control` is the CLI's own sequence (carriage return, erase line) and is
   * written as is; `text` is neutralised like every other line.
   */
  redraw(control: string, text = ""): void {
    this.streams.stderr.write(control + this.redactor.scrub(terminalText(text)));
  }

  warn(text: string): void {
    if (this.json) this.event({ event: "warning", message: text });
    else this.note(`warning: ${text}`);
  }

  /** A failure that ends the command: always on stderr, and as a JSON line in machine mode. */
  fatal(message: string, hint: string, kind: string, exitCode: number): void {
    this.streams.stderr.write(
      `${this.redactor.scrub(`error: ${terminalText(message)}\n  ${terminalText(hint, true)}`)}\n`,
    );
    this.event({ event: "error", kind, message, hint, exitCode });
  }
}
