import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * CORS as the API hosts answer it (https://www.dropbox.com/developers/documentation/http/documentation,
 * "Browser-based JavaScript and CORS pre-flight requests"): any origin; preflights echo the
 * requested headers. The expose list is the one observed on the real hosts plus
 * `Dropbox-API-Result` (the SDK reads it on downloads); `Retry-After` is added only when
 * `exposeRetryAfter` is on, because production does not list it and browser clients must
 * fall back to the JSON `retry_after`.
 */
const OBSERVED_EXPOSE = [
  "Accept-Ranges",
  "Content-Disposition",
  "Content-Encoding",
  "Content-Length",
  "Content-Range",
  "X-Dropbox-Metadata",
  "X-Dropbox-Request-Id",
  "X-JSON",
  "X-Server-Response-Time",
  "Timing-Allow-Origin",
  "x-dropbox-pdf-password-needed",
  "Dropbox-API-Result",
];

const DEFAULT_ALLOWED_HEADERS =
  "authorization, content-type, dropbox-api-arg, dropbox-api-path-root, dropbox-api-select-user, dropbox-api-select-admin, range";

export function applyCors(res: ServerResponse, exposeRetryAfter: boolean): void {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader(
    "Access-Control-Expose-Headers",
    (exposeRetryAfter ? [...OBSERVED_EXPOSE, "Retry-After"] : OBSERVED_EXPOSE).join(", "),
  );
}

export function answerPreflight(req: IncomingMessage, res: ServerResponse, exposeRetryAfter: boolean): void {
  applyCors(res, exposeRetryAfter);
  res.setHeader("Access-Control-Allow-Methods", "POST, GET, OPTIONS");
  const requested = req.headers["access-control-request-headers"];
  res.setHeader(
    "Access-Control-Allow-Headers",
    typeof requested === "string" && requested ? requested : DEFAULT_ALLOWED_HEADERS,
  );
  res.setHeader("Access-Control-Max-Age", "600");
  res.setHeader("Content-Length", "0");
  res.writeHead(200);
  res.end();
}
