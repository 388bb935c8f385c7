// The one family of errors the transfer core raises. Every failure is classified once, where it
// happens, into a `TransferErrorKind`; the plugin and the CLI map each kind to a message the user
// can act on (one table, no catch-all), and the retry policy decides from the kind alone.

export const TRANSFER_ERROR_KINDS = [
  /** No Dropbox credentials at all: the user must connect Dropbox first. */
  "not-connected",
  /** Dropbox refused the token or refresh token (revoked, invalid): reconnect Dropbox. */
  "dropbox-auth",
  /** The Dropbox app lacks a scope the call needs (`missing_scope`), or may not write there. */
  "dropbox-permission",
  /** The Dropbox account is full (`insufficient_space`). */
  "insufficient-space",
  /** The file is larger than Dropbox accepts (`too_large`). */
  "too-large",
  /** The destination path is not valid for Dropbox (`malformed_path`, `disallowed_name`). */
  "invalid-path",
  /** Something is in the way at the destination that the conflict policy does not resolve. */
  "conflict",
  /** The DocSpace item does not exist (404). */
  "not-found",
  /** The DocSpace user may not download the item (403). */
  "no-download-permission",
  /** The DocSpace session or API key is no longer valid (401). */
  "docspace-signed-out",
  /** Rate limits still applied after the retries ran out (429). */
  "rate-limited",
  /** The network failed and retries ran out. */
  "network",
  /** A server kept failing (5xx) after the retries ran out. */
  "server",
  /** The download ended before the file's announced size; nothing was committed. */
  "incomplete-download",
  /**
   * A folder's listing kept trading entries between its pages: what it showed was sent, and some
   * entries may never have been listed.
   */
  "incomplete-listing",
  /** Dropbox's content hash differs from the one computed while streaming. */
  "integrity",
  /** The user or caller cancelled; nothing partial was committed. */
  "cancelled",
  /** Anything not classified above; carries the cause for the log. */
  "unknown",
] as const;

export type TransferErrorKind = (typeof TRANSFER_ERROR_KINDS)[number];

export interface TransferErrorContext {
  /** HTTP method of the failed request, when there was one. */
  method?: string;
  /** The request URL with every secret removed (no tokens, codes, stream_auth). */
  url?: string;
  status?: number;
  /** Dropbox's `error_summary`, for logs only; never parsed. */
  errorSummary?: string;
  /** Seconds the server asked us to wait, when it said. */
  retryAfterSeconds?: number;
  /**
   * Set on a DocSpace refusal from an origin the API key was deliberately not sent to (a download
   * address on another host than the portal URL given, e.g. behind a proxy alias): the origin.
   */
  keyWithheldFrom?: string;
}

export class TransferError extends Error {
  override readonly name = "TransferError";
  readonly kind: TransferErrorKind;
  readonly context: TransferErrorContext;

  constructor(
    kind: TransferErrorKind,
    message: string,
    context: TransferErrorContext = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.kind = kind;
    this.context = context;
  }
}

/** Matches by name too, so errors that crossed a realm (an iframe, a worker) still count. */
export function isTransferError(error: unknown): error is TransferError {
  return (
    error instanceof TransferError ||
    (typeof error === "object" && error !== null && (error as { name?: unknown }).name === "TransferError")
  );
}
