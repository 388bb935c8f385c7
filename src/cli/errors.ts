// Failures that stop a command before or outside the per-file work. Each carries its exit code
// (2 = usage or configuration the caller must change, 1 = the run itself failed, including
// DocSpace or Dropbox being unreachable) and a hint that says what to do next, so no message is
// a dead end.

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    /** What to do about it; printed after the message. */
    readonly hint: string,
    readonly exitCode: number = EXIT_USAGE,
    /** Machine-readable category for `--json` (usage, config, docspace-auth, dropbox-auth, …). */
    readonly kind: string = "config",
  ) {
    super(message);
  }
}

/** What a thrown value says, for a message: an Error's text, anything else as a string. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function usageError(message: string): CliError {
  return new CliError(
    message,
    "Run `docspace-to-dropbox --help` for the commands and options.",
    EXIT_USAGE,
    "usage",
  );
}
