import { DropboxResponseError } from "dropbox";
import {
  classifyDocSpaceResponse,
  classifyFailure,
  failureKind,
  isNetworkError,
  toTransferError,
} from "../../../src/core/classify";
import { TransferError } from "../../../src/core/errors";

const request = {
  method: "POST",
  url: "https://api.dropboxapi.com/2/files/upload?authorization=Bearer%20sl.secret",
};
const now = Date.UTC(2026, 0, 1);

function dropboxError(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): DropboxResponseError<unknown> {
  return new DropboxResponseError(status, new Headers(headers), body);
}

function envelope(error: unknown): unknown {
  return { error_summary: "irrelevant/..", error };
}

test.each([
  [
    "401 expired_access_token",
    dropboxError(401, envelope({ ".tag": "expired_access_token" })),
    "dropbox-auth",
    "refresh-token",
    false,
  ],
  [
    "401 invalid_access_token",
    dropboxError(401, envelope({ ".tag": "invalid_access_token" })),
    "dropbox-auth",
    "never",
    false,
  ],
  [
    "401 missing_scope",
    dropboxError(401, envelope({ ".tag": "missing_scope", required_scope: "sharing.write" })),
    "dropbox-permission",
    "never",
    false,
  ],
  [
    "400 malformed token (plain text)",
    dropboxError(400, 'Error in call to API function "x": The given OAuth 2 access token is malformed.'),
    "dropbox-auth",
    "never",
    false,
  ],
  [
    "400 bad argument",
    dropboxError(400, 'Error in call to API function "x": bad arg'),
    "unknown",
    "never",
    false,
  ],
  [
    "token endpoint invalid_grant",
    dropboxError(400, { error: "invalid_grant", error_description: "refresh token is invalid or revoked" }),
    "dropbox-auth",
    "never",
    false,
  ],
  ["403", dropboxError(403, envelope({ ".tag": "no_permission" })), "dropbox-permission", "never", false],
  [
    "429 too_many_requests",
    dropboxError(429, {
      error_summary: "too_many_requests/..",
      error: { reason: { ".tag": "too_many_requests" }, retry_after: 4 },
    }),
    "rate-limited",
    "backoff",
    false,
  ],
  ["429 plain text", dropboxError(429, "too_many_requests"), "rate-limited", "backoff", false],
  ["500", dropboxError(500, "Internal Server Error"), "server", "backoff", true],
  ["503", dropboxError(503, "Service Unavailable"), "server", "backoff", true],
  ["408", dropboxError(408, ""), "server", "backoff", true],
  [
    "409 path/conflict/file",
    dropboxError(
      409,
      envelope({ ".tag": "path", reason: { ".tag": "conflict", conflict: { ".tag": "file" } } }),
    ),
    "conflict",
    "never",
    false,
  ],
  [
    "409 path/insufficient_space",
    dropboxError(409, envelope({ ".tag": "path", reason: { ".tag": "insufficient_space" } })),
    "insufficient-space",
    "never",
    false,
  ],
  [
    "409 path/malformed_path",
    dropboxError(409, envelope({ ".tag": "path", path: { ".tag": "malformed_path" } })),
    "invalid-path",
    "never",
    false,
  ],
  [
    "409 disallowed_name",
    dropboxError(409, envelope({ ".tag": "path", reason: { ".tag": "disallowed_name" } })),
    "invalid-path",
    "never",
    false,
  ],
  [
    "409 too_large",
    dropboxError(409, envelope({ ".tag": "lookup_failed", lookup_failed: { ".tag": "too_large" } })),
    "too-large",
    "never",
    false,
  ],
  [
    "409 too_many_write_operations",
    dropboxError(409, envelope({ ".tag": "path", reason: { ".tag": "too_many_write_operations" } })),
    "rate-limited",
    "backoff",
    false,
  ],
  [
    "409 content_hash_mismatch",
    dropboxError(409, envelope({ ".tag": "content_hash_mismatch" })),
    "integrity",
    "never",
    false,
  ],
  [
    "409 no_write_permission",
    dropboxError(409, envelope({ ".tag": "path", reason: { ".tag": "no_write_permission" } })),
    "dropbox-permission",
    "never",
    false,
  ],
  ["fetch TypeError", new TypeError("fetch failed"), "network", "backoff", true],
  [
    "ECONNRESET",
    Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
    "network",
    "backoff",
    true,
  ],
  ["per-request timeout", new DOMException("timed out", "TimeoutError"), "network", "backoff", true],
  ["anything else", new RangeError("odd"), "unknown", "never", false],
  ["Chromium's fetch failure", new TypeError("Failed to fetch"), "network", "backoff", true],
  ["a body that broke off in undici", new TypeError("terminated"), "network", "backoff", true],
  [
    "a bug: reading a property of undefined",
    new TypeError("Cannot read properties of undefined (reading 'x')"),
    "unknown",
    "never",
    false,
  ],
  [
    "a bug: calling a non-function",
    new TypeError("gateway.call is not a function"),
    "unknown",
    "never",
    false,
  ],
])("%s → %s, retry %s", (_label, failure, kind, retry, outcomeUnknown) => {
  const classification = classifyFailure(failure, request, { nowMs: now, service: "dropbox" });
  expect(classification.error).toBeInstanceOf(TransferError);
  expect(classification.error.kind).toBe(kind);
  expect(classification.retry).toBe(retry);
  expect(classification.outcomeUnknown).toBe(outcomeUnknown);
  expect(classification.error.cause).toBe(failure);
});

test("the caller's abort is 'cancelled' and never retried, whatever the failure", () => {
  const controller = new AbortController();
  controller.abort();
  const classification = classifyFailure(new TypeError("fetch failed"), request, {
    signal: controller.signal,
    nowMs: now,
    service: "dropbox",
  });
  expect(classification.error.kind).toBe("cancelled");
  expect(classification.retry).toBe("never");
});

test("Retry-After: the header wins, then Dropbox's retry_after field", () => {
  const body = {
    error_summary: "too_many_write_operations/..",
    error: { reason: { ".tag": "too_many_write_operations" }, retry_after: 9 },
  };
  const withHeader = classifyFailure(dropboxError(429, body, { "Retry-After": "2" }), request, {
    nowMs: now,
    service: "dropbox",
  });
  expect(withHeader.error.context.retryAfterSeconds).toBe(2);
  // Browsers may hide Retry-After (not in Dropbox's CORS expose list): the JSON field remains.
  const withoutHeader = classifyFailure(dropboxError(429, body), request, { nowMs: now, service: "dropbox" });
  expect(withoutHeader.error.context.retryAfterSeconds).toBe(9);
});

test("context carries method, status, error_summary and a URL without secrets", () => {
  const { error } = classifyFailure(
    dropboxError(409, { error_summary: "path/conflict/file/...", error: { ".tag": "path" } }),
    request,
    { nowMs: now, service: "dropbox" },
  );
  expect(error.context).toMatchObject({
    method: "POST",
    status: 409,
    errorSummary: "path/conflict/file/...",
  });
  expect(error.context.url).not.toContain("sl.secret");
  expect(JSON.stringify(error.context)).not.toContain("secret");
});

test("a TransferError passes through unchanged, with its retry advice derived from its kind", () => {
  const original = new TransferError("rate-limited", "slow down", { retryAfterSeconds: 3 });
  const classification = classifyFailure(original, request, { nowMs: now, service: "docspace" });
  expect(classification.error).toBe(original);
  expect(classification.retry).toBe("backoff");
  expect(
    classifyFailure(new TransferError("not-found", "gone"), request, { nowMs: now, service: "docspace" })
      .retry,
  ).toBe("never");
});

test.each([
  [401, "docspace-signed-out", "never"],
  [403, "no-download-permission", "never"],
  [404, "not-found", "never"],
  [429, "rate-limited", "backoff"],
  [402, "unknown", "never"],
  [502, "server", "backoff"],
  [400, "unknown", "never"],
])("DocSpace HTTP %i → %s", (status, kind, retry) => {
  const response = new Response(null, { status, headers: status === 429 ? { "Retry-After": "5" } : {} });
  const classification = classifyDocSpaceResponse(
    response,
    { method: "GET", url: "https://portal.example/x?stream_auth=abc" },
    now,
  );
  expect(classification.error.kind).toBe(kind);
  expect(classification.retry).toBe(retry);
  expect(classification.error.context.url).not.toContain("abc");
  if (status === 429) expect(classification.error.context.retryAfterSeconds).toBe(5);
});

test("a TypeError from a bug surfaces as itself, retried never, for either service", () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'session_id')");
  for (const service of ["dropbox", "docspace"] as const) {
    const { error, retry } = classifyFailure(bug, request, { nowMs: now, service });
    expect(error.kind).toBe("unknown");
    expect(error.message).toBe(bug.message);
    expect(retry).toBe("never");
  }
  expect(failureKind(bug)).toBe("unknown");
});

test("a network failure names the service it came from", () => {
  const failure = new TypeError("fetch failed");
  expect(classifyFailure(failure, request, { nowMs: now, service: "docspace" }).error.message).toMatch(
    /DocSpace/u,
  );
  expect(toTransferError(failure, { nowMs: now, service: "docspace" }).message).toMatch(/DocSpace/u);
  expect(toTransferError(failure, { nowMs: now, service: "dropbox" }).message).toMatch(/Dropbox/u);
});

test("failureKind reads kinds, cancels and network failures, never message text otherwise", () => {
  expect(failureKind(new TransferError("insufficient-space", "x"))).toBe("insufficient-space");
  expect(failureKind({ name: "TransferError", kind: "made-up", message: "x" })).toBe("unknown");
  expect(failureKind(new DOMException("stop", "AbortError"))).toBe("cancelled");
  expect(failureKind(new TypeError("Failed to fetch"))).toBe("network");
  expect(failureKind(new Error("Failed to fetch"))).toBe("unknown");
  expect(failureKind(new TypeError("network is down, says a bug"))).toBe("unknown");
  expect(isNetworkError(Object.assign(new Error("x"), { cause: { code: "UND_ERR_SOCKET" } }))).toBe(true);
});
