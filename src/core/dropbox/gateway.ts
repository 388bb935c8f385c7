// Every Dropbox call of the core, the plugin and the CLI goes through `DropboxGateway.call`:
// per-request timeout, the caller's AbortSignal, retries classified by `classify.ts`, token
// renewal on `expired_access_token`, and for commits the "did it land?" check before a retry. The
// SDK has no retry for plain calls and never refreshes on a 401 (dropbox-sdk-js src/dropbox.js
// `request` only calls `checkAndRefreshAccessToken`, which looks at the clock), so this is ours.

import type { Dropbox, DropboxRequestOptions, DropboxResponse } from "dropbox";
import { bytesBody, type UploadBodyEncoder } from "../body";
import { classifyFailure, type RequestInfo } from "../classify";
import { sha256 as defaultSha256, type Sha256 } from "../content-hash";
import type { TransferError } from "../errors";
import { withRetry, type RetryRuntime } from "../retry";
import type { ManagedDropboxAuth } from "./auth";

const CONTENT_ROUTES = new Set([
  "files/upload",
  "files/upload_session/start",
  "files/upload_session/append_v2",
  "files/upload_session/finish",
]);

/** The URL a route is sent to; used only to describe failures (it carries no secret). */
export function routeUrl(route: string): string {
  const host = CONTENT_ROUTES.has(route) ? "content.dropboxapi.com" : "api.dropboxapi.com";
  return `https://${host}/2/${route}`;
}

export interface CallOptions<T> {
  signal?: AbortSignal | undefined;
  /** For commits: before re-sending after a lost response, look for the committed file. */
  findLanded?: (() => Promise<T | undefined>) | undefined;
  /** Look with `findLanded` before the first attempt too. */
  findLandedFirst?: boolean | undefined;
  /** Give up with the SDK's own error (the upload helper inspects `correct_offset` in it). */
  rethrowOriginal?: boolean;
}

export class DropboxGateway {
  constructor(
    readonly client: Dropbox,
    readonly auth: ManagedDropboxAuth,
    readonly runtime: RetryRuntime,
    private readonly timeoutMs: number,
    /** Turns chunk bytes into a request body (environment-specific, see body.ts). */
    readonly uploadBody: UploadBodyEncoder = bytesBody,
    /** Hashes for `content_hash` (environment-specific, see options.ts `Ports`). */
    readonly sha256: Sha256 = defaultSha256,
  ) {}

  request(route: string): RequestInfo {
    return { method: "POST", url: routeUrl(route) };
  }

  /** A failure of `route` as a classified `TransferError` (for callers that looked at it first). */
  classified(route: string, failure: unknown, signal?: AbortSignal): TransferError {
    return classifyFailure(failure, this.request(route), {
      signal,
      nowMs: this.runtime.clock.now(),
      service: "dropbox",
    }).error;
  }

  async call<T>(
    route: string,
    invoke: (options: DropboxRequestOptions) => Promise<DropboxResponse<T>>,
    options: CallOptions<T> = {},
  ): Promise<T> {
    const { signal } = options;
    let usedToken: string | undefined;
    return withRetry(
      async () => {
        usedToken = this.auth.getAccessToken();
        const response = await invoke({ ...(signal ? { signal } : {}), timeout: this.timeoutMs });
        return response.result;
      },
      {
        ...this.runtime,
        signal,
        classify: (failure) =>
          classifyFailure(failure, this.request(route), {
            signal,
            nowMs: this.runtime.clock.now(),
            service: "dropbox",
          }),
        refreshToken: this.auth.canRefresh ? () => this.auth.renewAfterExpiry(usedToken) : undefined,
        beforeRetryAfterUnknownOutcome: options.findLanded,
        checkFirst: options.findLandedFirst,
        rethrowOriginal: options.rethrowOriginal ?? false,
      },
    );
  }
}
