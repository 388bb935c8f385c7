/** JSON values as Stone serialises them. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * A failed call, already shaped as the real service answers it. Handlers throw it; the
 * server turns it into a response. Bodies are JSON for 401/409/429 and plain text for 400
 * (http-docs "Errors").
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly body: string,
    readonly contentType: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${body.slice(0, 200)}`);
  }
}

/**
 * `error_summary` is the chain of union tags joined by "/" plus a random run of dots, so
 * clients cannot parse it (http-docs "Errors"). The walk follows a nested member
 * (`{".tag":"path","path":{...}}`) or a flattened struct member holding a union
 * (`UploadWriteFailed.reason`), and stops at polymorphic structs such as metadata.
 */
export function errorSummary(error: Json): string {
  const tags: string[] = [];
  let node: Json | undefined = error;
  for (let depth = 0; depth < 8 && node && typeof node === "object" && !Array.isArray(node); depth++) {
    const tag: Json | undefined = node[".tag"];
    if (typeof tag !== "string") break;
    tags.push(tag);
    if (tag === "metadata") break;
    const nested: Json | undefined = node[tag];
    node = nested && typeof nested === "object" ? nested : node.reason;
  }
  const dots = ".".repeat(1 + Math.floor(Math.random() * 3));
  return `${tags.join("/")}/${dots}`;
}

function jsonError(
  status: number,
  error: Json,
  headers: Record<string, string> = {},
  summary?: string,
): ApiError {
  const body = JSON.stringify({ error_summary: summary ?? errorSummary(error), error });
  return new ApiError(status, body, "application/json", headers);
}

/** 409: the route's own error union. */
export function endpointError(error: JsonObject): ApiError {
  return jsonError(409, error);
}

/** 400: plain text, in the service's `Error in call to API function "<route>": …` form. */
export function badRequest(route: string, message: string): ApiError {
  return new ApiError(
    400,
    `Error in call to API function "${route}": ${message}`,
    "text/plain; charset=utf-8",
  );
}

/** 401 with an `AuthError` tag. */
export function authError(tag: string, extra: JsonObject = {}): ApiError {
  return jsonError(401, { ".tag": tag, ...extra });
}

/**
 * 429: `RateLimitError` is a struct, so `error` has no `.tag` of its own (auth.stone
 * RateLimitError); the summary still names the reason.
 */
export function rateLimited(
  reason: "too_many_requests" | "too_many_write_operations",
  retryAfter: number,
): ApiError {
  return jsonError(
    429,
    { reason: { ".tag": reason }, retry_after: retryAfter },
    { "Retry-After": String(retryAfter) },
    `${reason}/${".".repeat(1 + Math.floor(Math.random() * 3))}`,
  );
}

/** Tags shared by several unions. */
export const tag = (name: string, extra: JsonObject = {}): JsonObject => ({ ".tag": name, ...extra });
export const nested = (name: string, value: Json): JsonObject => ({ ".tag": name, [name]: value });
