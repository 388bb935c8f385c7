// How an export looks: a redrawn progress bar plus one line per finished file for a person at a
// terminal, or one JSON object per event for a machine. The core reports plain numbers; wording,
// throttling and layout live here (STYLE: progress as plain numbers). Titles, paths, links and
// messages are data from DocSpace and Dropbox: each passes through `terminalText` (`shown` below)
// before it joins a line, so a newline or an escape sequence in a title cannot forge or hijack one.

import type { DocSpaceId, ProgressEvent, RestartReason, ResumeEvent, TransferError } from "../core";
import { hintFor } from "./messages";
import {
  formatBytes,
  progressLine,
  summaryText,
  terminalText,
  type ExportSummary,
  type Output,
} from "./output";

/** Data as it may appear inside a line for people: every control visible, none acted on. */
const shown = (text: string): string => terminalText(text);

export interface FileLine {
  id: DocSpaceId;
  title: string;
  dropboxPath: string;
  size: number;
  contentHash?: string | undefined;
  link?: string | undefined;
  /** The DocSpace path, when the name had to change on its way to Dropbox. */
  renamedFrom?: string | undefined;
  /** Why it changed (e.g. "reserved-character", "too-long"), when `renamedFrom` is set. */
  renameReasons?: readonly string[] | undefined;
}

export type SkipReason = "unchanged" | "same-content" | "forbidden";

/** The JSON shape of a failure: kind for scripts, message and hint for people. */
export function errorJson(error: { kind: string; message: string }): {
  kind: string;
  message: string;
  hint: string;
} {
  return { kind: error.kind, message: error.message, hint: hintFor(error.kind) };
}

const RESTART_REASONS: Record<RestartReason, string> = {
  changed: "the DocSpace file changed since the interrupted run",
  expired: "Dropbox no longer holds the interrupted upload (it keeps one for 7 days)",
  mismatch: "the interrupted upload does not match what Dropbox holds",
};

/** Redraws at most this often; a bar that flickers faster is unreadable. */
const REDRAW_MS = 100;

export class ExportView {
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private latest: ProgressEvent | undefined;
  private readonly statuses = new Map<number, string>();

  constructor(
    private readonly out: Output,
    private readonly now: () => number = Date.now,
  ) {}

  plan(numbers: { files: number; toTransfer: number; toSkip: number; bytes: number; dryRun: boolean }): void {
    this.out.event({ event: "plan", ...numbers });
    const skip = numbers.toSkip > 0 ? `, ${numbers.toSkip} already in Dropbox` : "";
    this.out.note(
      `${numbers.files} files: ${numbers.toTransfer} to copy (${formatBytes(numbers.bytes)})${skip}.`,
    );
  }

  skipped(file: FileLine, reason: SkipReason): void {
    this.out.event({ event: "file", status: "skipped", reason, ...file });
    if (reason === "forbidden") {
      this.above(`skipped ${shown(file.title)}: the API key's user may not download it (--skip-forbidden).`);
      return;
    }
    // Other skips are summed up at the end; listed only when they carry a link the user asked for.
    if (file.link) this.above(`already in Dropbox: ${shown(file.dropboxPath)}  ${shown(file.link)}`);
  }

  /** An interrupted run's upload continued, or could not be and started over. */
  resume(event: ResumeEvent): void {
    if (event.kind === "resumed") {
      const { kind: _kind, docspaceId, ...rest } = event;
      this.out.event({ event: "resume", status: "resumed", id: docspaceId, ...rest });
      this.above(
        `resuming ${shown(event.dropboxPath)}: ${formatBytes(event.skippedBytes)} of ${formatBytes(event.totalBytes)} already in Dropbox, not sent again`,
      );
      return;
    }
    const { kind: _kind, docspaceId, ...rest } = event;
    this.out.event({ event: "resume", status: "restarted", id: docspaceId, ...rest });
    this.above(
      `starting ${shown(event.dropboxPath)} again from the first byte: ${RESTART_REASONS[event.reason]}`,
    );
  }

  wouldTransfer(file: FileLine): void {
    this.out.event({ event: "file", status: "would-transfer", ...file });
    this.out.note(`would copy ${shown(file.dropboxPath)} (${formatBytes(file.size)})`);
  }

  progress(event: ProgressEvent): void {
    const { file } = event;
    this.latest = event;
    // State changes, not every chunk. The "file" events at the end add hashes, links and errors.
    if (this.statuses.get(file.index) !== file.status && file.status !== "queued") {
      this.statuses.set(file.index, file.status);
      this.out.event({
        event: "progress",
        id: file.docspaceId,
        title: file.title,
        dropboxPath: file.dropboxPath,
        status: file.status,
        transferredBytes: file.transferredBytes,
        totalBytes: file.totalBytes,
        overall: event.overall,
      });
      if (file.status === "done") this.above(`copied ${shown(file.dropboxPath)}`);
    }
    if (!this.out.interactive) return;
    const final = event.overall.completedFiles + event.overall.failedFiles === event.overall.totalFiles;
    if (final || this.now() - this.lastDraw >= REDRAW_MS) this.redraw();
  }

  done(file: FileLine): void {
    this.out.event({ event: "file", status: "done", ...file });
    if (file.renamedFrom !== undefined) {
      const why = file.renameReasons?.length ? ` (${file.renameReasons.join(", ")})` : "";
      this.above(`renamed ${shown(file.renamedFrom)} to ${shown(file.dropboxPath)}${why}`);
    }
    // The "copied" line was printed when it happened; the link exists only now.
    if (file.link) this.above(`link for ${shown(file.dropboxPath)}: ${shown(file.link)}`);
  }

  linkFailed(file: FileLine, error: TransferError): void {
    this.out.event({
      event: "link",
      status: "failed",
      id: file.id,
      dropboxPath: file.dropboxPath,
      error: errorJson(error),
    });
    this.above(
      `no shared link for ${shown(file.dropboxPath)}: ${shown(error.message)}\n  ${hintFor(error.kind)}`,
    );
  }

  failed(
    file: FileLine,
    error: { kind: string; message: string },
    status: "failed" | "cancelled" = "failed",
  ): void {
    this.out.event({ event: "file", status, ...file, error: errorJson(error) });
    this.above(
      `FAILED ${shown(file.title)} → ${shown(file.dropboxPath)}: ${shown(error.message)}\n  ${hintFor(error.kind)}`,
    );
  }

  itemFailed(text: string, error: { kind: string; message: string }): void {
    this.out.event({ event: "item", status: "failed", item: text, error: errorJson(error) });
    this.above(`FAILED ${shown(text)}: ${shown(error.message)}\n  ${hintFor(error.kind)}`);
  }

  summary(summary: ExportSummary, exitCode: number): void {
    this.clear();
    this.out.event({ event: "summary", ...summary, exitCode, message: summaryText(summary) });
    this.out.note(summaryText(summary));
  }

  /** Prints a line above the bar, then puts the bar back. */
  private above(text: string): void {
    this.clear();
    this.out.note(text);
    if (this.latest && this.out.interactive) this.redraw();
  }

  private clear(): void {
    if (this.drawn) this.out.redraw("\r\x1b[K");
    this.drawn = false;
  }

  private redraw(): void {
    if (!this.latest) return;
    this.lastDraw = this.now();
    const current =
      this.latest.file.status === "transferring" ? shown(this.latest.file.dropboxPath) : undefined;
    // The bar's own characters are ASCII; the current path inside it is neutralised by `redraw`.
    this.out.redraw("\r\x1b[K", progressLine(this.latest.overall, current, this.out.columns));
    this.drawn = true;
  }
}
