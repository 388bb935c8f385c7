// The one place that decides what a failure means: its kind (for the user), whether to retry, and
// whether the request may have taken effect anyway. Retry loops and result reporting both read
// this, so a failure is classified once (the approach of rclone's Dropbox `shouldRetry`).

import { parseRetryAfter } from "./backoff";
import { TRANSFER_ERROR_KINDS, TransferError, isTransferError, type TransferErrorKind } from "./errors";
import { redactText, redactUrl } from "./redact";

export type RetryAdvice =
  /** Retrying cannot help (bad input, permission, conflict, cancelled). */
  | "never"
  /** Transient: wait (Retry-After if given, else backoff) and try again. */
  | "backoff"
  /** The access token expired early: refresh it, then try again at once. */
  | "refresh-token";

export interface Classification {
  error: TransferError;
  retry: RetryAdvice;
  /**
   * The request may have taken effect even though we saw a failure (a lost response: network
   * error, timeout, 5xx). A commit with this flag must be checked before it is retried.
   */
  outcomeUnknown: boolean;
}

export interface RequestInfo {
  method: string;
  /** Any URL; it is redacted here before it is stored. */
  url: string;
}

/** Duck-typed `DropboxResponseError` (matching by name survives duplicated SDK copies). */
interface DropboxResponseErrorLike {
  name: "DropboxResponseError";
  status: number;
  headers?: { get?(name: string): string | null } | Record<string, string>;
  error?: unknown;
}

function isDropboxResponseError(value: unknown): value is DropboxResponseErrorLike {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { name?: unknown }).name === "DropboxResponseError" &&
    typeof (value as { status?: unknown }).status === "number"
  );
}

function headerValue(headers: DropboxResponseErrorLike["headers"], name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name);
  }
  const record = headers as Record<string, string>;
  return record[name] ?? record[name.toLowerCase()] ?? null;
}

/** Every `.tag` value anywhere inside a Dropbox error envelope, outermost first. */
export function dropboxErrorTags(envelope: unknown): string[] {
  const tags: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || typeof value !== "object" || value === null) return;
    const tag = (value as Record<string, unknown>)[".tag"];
    if (typeof tag === "string") tags.push(tag);
    for (const [key, inner] of Object.entries(value)) if (key !== ".tag") visit(inner, depth + 1);
  };
  visit(envelope, 0);
  return tags;
}

function envelopeOf(error: DropboxResponseErrorLike): {
  summary?: string;
  body: unknown;
  retryAfter?: number;
} {
  const body = error.error;
  if (typeof body !== "object" || body === null) return { body };
  const record = body as Record<string, unknown>;
  const summary = typeof record.error_summary === "string" ? record.error_summary : undefined;
  const inner = record.error;
  let retryAfter: number | undefined;
  if (typeof inner === "object" && inner !== null) {
    const value = (inner as Record<string, unknown>).retry_after;
    if (typeof value === "number") retryAfter = value;
  }
  return { summary, body: inner ?? body, retryAfter };
}

/**
 * 409 tags in priority order: the first one found decides the kind (the unions of
 * dropbox/dropbox-api-spec files.stone `UploadError`, `UploadSessionFinishError`, `WriteError`,
 * and sharing.stone `CreateSharedLinkWithSettingsError`).
 */
const DROPBOX_TAG_KINDS: [string, TransferErrorKind, RetryAdvice][] = [
  ["too_many_write_operations", "rate-limited", "backoff"],
  ["insufficient_space", "insufficient-space", "never"],
  ["too_large", "too-large", "never"],
  ["payload_too_large", "too-large", "never"],
  ["malformed_path", "invalid-path", "never"],
  ["disallowed_name", "invalid-path", "never"],
  ["content_hash_mismatch", "integrity", "never"],
  ["no_write_permission", "dropbox-permission", "never"],
  ["team_folder", "dropbox-permission", "never"],
  ["access_restricted", "dropbox-permission", "never"],
  ["access_denied", "dropbox-permission", "never"],
  ["email_not_verified", "dropbox-permission", "never"],
  ["conflict", "conflict", "never"],
  ["not_found", "unknown", "never"],
];

function make(
  kind: TransferErrorKind,
  message: string,
  request: RequestInfo | undefined,
  extra: { status?: number; errorSummary?: string; retryAfterSeconds?: number },
  cause: unknown,
): TransferError {
  return new TransferError(
    kind,
    redactText(message),
    {
      ...(request ? { method: request.method, url: redactUrl(request.url) } : {}),
      ...(extra.status !== undefined ? { status: extra.status } : {}),
      ...(extra.errorSummary !== undefined ? { errorSummary: redactText(extra.errorSummary) } : {}),
      ...(extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: extra.retryAfterSeconds } : {}),
    },
    { cause },
  );
}

export function isAbortError(failure: unknown): boolean {
  return (
    typeof failure === "object" &&
    failure !== null &&
    ((failure as { name?: unknown }).name === "AbortError" ||
      (failure as { name?: unknown }).name === "TimeoutError")
  );
}

/**
 * The messages `fetch` gives its network failures, per runtime: the table of
 * sindresorhus/is-network-error `index.js` (the check ky uses). Anything else thrown as a
 * TypeError is a bug in our code ("Cannot read properties of undefined") and must surface as one,
 * not be retried and reported as a failed connection.
 */
const NETWORK_MESSAGES = new Set([
  "network error", // Chromium: a response body that broke off
  "Failed to fetch", // Chromium
  "NetworkError when attempting to fetch resource.", // Firefox
  "The Internet connection appears to be offline.", // Safari 16
  "Load failed", // Safari 17+
  "Network request failed", // cross-fetch
  "fetch failed", // undici (Node)
  "terminated", // undici (Node): a body that broke off
  " A network error occurred.", // Bun
  "Network connection lost", // Cloudflare Workers
]);

/** Socket error codes Node puts on `error.code` or `error.cause.code` (nodejs.org/api/errors.html). */
const NETWORK_CODE =
  /^(EAI_AGAIN|ECONNREFUSED|ECONNRESET|ECONNABORTED|ENETDOWN|ENETUNREACH|EHOSTUNREACH|EHOSTDOWN|EPIPE|ETIMEDOUT|UND_ERR_)/u;

/** Whether `failure` is fetch failing to reach the server, rather than an answer or a bug. */
export function isNetworkError(failure: unknown): boolean {
  // By name, not `instanceof`: undici's errors come from another realm under test runners.
  if (typeof failure !== "object" || failure === null) return false;
  const { name, message } = failure as { name?: unknown; message?: unknown };
  if (name === "TypeError" && typeof message === "string") {
    if (NETWORK_MESSAGES.has(message)) return true;
    // Deno: "error sending request for url (…)" (is-network-error index.js).
    if (message.startsWith("error sending request for url")) return true;
  }
  const code =
    (failure as { code?: unknown }).code ?? (failure as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === "string" && NETWORK_CODE.test(code);
}

/** Which service a failure came from, so messages name the right one. */
export type Service = "dropbox" | "docspace";

/**
 * The kind of anything thrown, without a request to describe: a classified error's own kind, a
 * cancel, a network failure, or "unknown" (a bug, or something no table knows).
 */
export function failureKind(failure: unknown): TransferErrorKind {
  if (isTransferError(failure)) {
    return (TRANSFER_ERROR_KINDS as readonly string[]).includes(failure.kind) ? failure.kind : "unknown";
  }
  if (isAbortError(failure) && (failure as { name?: unknown }).name === "AbortError") return "cancelled";
  return isNetworkError(failure) ? "network" : "unknown";
}

/**
 * Any failure as a `TransferError`: classified ones pass through unchanged; anything else is
 * classified here, with `service` naming where it came from.
 */
export function toTransferError(
  failure: unknown,
  options: { signal?: AbortSignal | undefined; nowMs: number; service: Service },
): TransferError {
  if (isTransferError(failure)) return failure;
  return classifyFailure(failure, undefined, options).error;
}

/**
 * Classifies anything thrown around a request: an SDK `DropboxResponseError`, a fetch network
 * failure, an abort, or an already-classified `TransferError` (passed through unchanged).
 * `signal` tells a user cancel (no retry) from a per-request timeout (retry).
 */
export function classifyFailure(
  failure: unknown,
  request: RequestInfo | undefined,
  options: { signal?: AbortSignal | undefined; nowMs: number; service: Service },
): Classification {
  if (options.signal?.aborted) {
    return {
      error: make("cancelled", "The transfer was cancelled.", request, {}, failure),
      retry: "never",
      outcomeUnknown: true,
    };
  }
  if (isTransferError(failure)) {
    const retry: RetryAdvice = ["rate-limited", "network", "server"].includes(failure.kind)
      ? "backoff"
      : "never";
    return { error: failure, retry, outcomeUnknown: failure.kind === "network" || failure.kind === "server" };
  }
  if (isDropboxResponseError(failure)) return classifyDropboxResponse(failure, request, options.nowMs);
  if (isAbortError(failure)) {
    // Not the caller's signal, so a per-request timeout: the request may have landed.
    return {
      error: make("network", "A request timed out.", request, {}, failure),
      retry: "backoff",
      outcomeUnknown: true,
    };
  }
  if (isNetworkError(failure)) {
    const service = options.service === "dropbox" ? "Dropbox" : "DocSpace";
    return {
      error: make("network", `The connection to ${service} failed.`, request, {}, failure),
      retry: "backoff",
      outcomeUnknown: true,
    };
  }
  const message = (failure as { message?: unknown } | null)?.message;
  const text = typeof message === "string" ? message : String(failure);
  return { error: make("unknown", text, request, {}, failure), retry: "never", outcomeUnknown: false };
}

function classifyDropboxResponse(
  failure: DropboxResponseErrorLike,
  request: RequestInfo | undefined,
  nowMs: number,
): Classification {
  const status = failure.status;
  const { summary, body, retryAfter } = envelopeOf(failure);
  const headerRetry = parseRetryAfter(headerValue(failure.headers, "retry-after"), nowMs);
  const retryAfterSeconds = headerRetry ?? retryAfter;
  const tags = dropboxErrorTags(body);
  const extra = { status, errorSummary: summary, retryAfterSeconds };
  const say = (kind: TransferErrorKind, message: string, retry: RetryAdvice, outcomeUnknown = false) => ({
    error: make(kind, message, request, extra, failure),
    retry,
    outcomeUnknown,
  });

  // The OAuth token endpoint answers {"error":"invalid_grant", …} (RFC 6749, section 5.2).
  const oauthError =
    typeof failure.error === "object" && failure.error !== null
      ? (failure.error as Record<string, unknown>).error
      : undefined;
  if (
    typeof oauthError === "string" &&
    /^(invalid_grant|invalid_client|unauthorized_client)$/.test(oauthError)
  ) {
    return say("dropbox-auth", "Dropbox no longer accepts this connection; reconnect Dropbox.", "never");
  }
  if (status === 401) {
    if (tags.includes("missing_scope")) {
      return say("dropbox-permission", "The Dropbox app lacks a permission this needs.", "never");
    }
    if (tags.includes("expired_access_token")) {
      return say("dropbox-auth", "The Dropbox access token expired.", "refresh-token");
    }
    return say("dropbox-auth", "Dropbox no longer accepts this connection; reconnect Dropbox.", "never");
  }
  if (status === 400) {
    const text = typeof failure.error === "string" ? failure.error : "";
    if (/access token|oauth/i.test(text)) {
      return say("dropbox-auth", "Dropbox rejected the access token; reconnect Dropbox.", "never");
    }
    return say("unknown", `Dropbox rejected the request (400): ${text.slice(0, 300)}`, "never");
  }
  if (status === 403) return say("dropbox-permission", "Dropbox denied access to this feature.", "never");
  if (status === 429) {
    return say("rate-limited", "Dropbox is rate limiting requests.", "backoff");
  }
  if (status === 408 || status >= 500) {
    return say("server", `Dropbox failed with HTTP ${status}.`, "backoff", true);
  }
  if (status === 409) {
    for (const [tag, kind, retry] of DROPBOX_TAG_KINDS) {
      if (tags.includes(tag)) return say(kind, `Dropbox refused the request: ${tag}.`, retry);
    }
    return say("unknown", `Dropbox refused the request: ${tags[0] ?? "unknown error"}.`, "never");
  }
  return say("unknown", `Dropbox failed with HTTP ${status}.`, "never");
}

/**
 * Classifies a non-2xx DocSpace response (DocSpace-server common/ASC.Api.Core/Middleware/
 * ResponseWrapper.cs `CustomExceptionHandler`, PaymentFilter.cs for 402, and
 * products/ASC.Files/Core/HttpHandlers/FileHandler.ashx.cs for downloads).
 */
export function classifyDocSpaceResponse(
  response: { status: number; headers: { get(name: string): string | null } },
  request: RequestInfo,
  nowMs: number,
): Classification {
  const status = response.status;
  const retryAfterSeconds = parseRetryAfter(response.headers.get("retry-after"), nowMs);
  const extra = { status, retryAfterSeconds };
  const say = (kind: TransferErrorKind, message: string, retry: RetryAdvice, outcomeUnknown = false) => ({
    error: make(kind, message, request, extra, undefined),
    retry,
    outcomeUnknown,
  });
  if (status === 401)
    return say("docspace-signed-out", "The DocSpace session or API key is no longer valid.", "never");
  if (status === 403) return say("no-download-permission", "DocSpace denied access to this item.", "never");
  if (status === 404) return say("not-found", "The DocSpace item was not found.", "never");
  if (status === 429) return say("rate-limited", "DocSpace is rate limiting requests.", "backoff");
  if (status === 402) return say("unknown", "The DocSpace portal is not paid for (HTTP 402).", "never");
  if (status === 408 || status >= 500)
    return say("server", `DocSpace failed with HTTP ${status}.`, "backoff", true);
  return say("unknown", `DocSpace answered HTTP ${status}.`, "never");
}
