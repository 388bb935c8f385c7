import { randomBytes } from "node:crypto";

/**
 * Faults injected on demand, by route and count.
 * - `status`: answer with `status` (429 gets a `too_many_requests` RateLimitError body, 5xx
 *   plain text) and `Retry-After: retryAfter` when given.
 * - `delay`: wait `delayMs` before handling (composes with the others); with `phase: "response"`,
 *   handle the call and wait before answering (the call took effect, its answer is late).
 *   `clear()` ends every wait at once, so a test can hold calls until it has seen what it needs.
 * - `drop`: destroy the connection; `phase: "request"` after `afterBytes` of the request
 *   body (nothing is stored), `phase: "response"` after the call took effect, mid-body
 *   (the "lost response" case).
 * - `incorrect_offset`: append/finish answer `incorrect_offset` with the true offset.
 * - `expire_token`: the caller's access token expires before the call is checked.
 * - `insufficient_space` / `too_many_write_operations`: the next commits fail so.
 * - `entry_too_many_write_operations`: in a `finish_batch_v2`, the next entries fail alone with
 *   UploadSessionFinishError `too_many_write_operations` while the batch answers 200; their
 *   sessions stay open for a retry (files.stone: "You should retry uploading this file").
 */
export type FaultKind =
  | "status"
  | "delay"
  | "drop"
  | "incorrect_offset"
  | "expire_token"
  | "insufficient_space"
  | "too_many_write_operations"
  | "entry_too_many_write_operations";

export const FAULT_KINDS: readonly FaultKind[] = [
  "status",
  "delay",
  "drop",
  "incorrect_offset",
  "expire_token",
  "insufficient_space",
  "too_many_write_operations",
  "entry_too_many_write_operations",
];

export interface FaultSpec {
  kind: FaultKind;
  /** Route name as in the URL after `/2/` (`files/upload`), `oauth2/token`, a `prefix/*`, or `*` (default). */
  route?: string;
  /** How many matching calls it hits (default 1; 0 = until cleared). */
  times?: number;
  /** Matching calls to let through before it starts hitting (default 0). */
  skip?: number;
  status?: number;
  retryAfter?: number;
  body?: string;
  delayMs?: number;
  phase?: "request" | "response";
  afterBytes?: number;
}

export interface Fault extends Required<Pick<FaultSpec, "kind" | "route" | "times" | "skip">> {
  id: string;
  hits: number;
  spec: FaultSpec;
}

export class Faults {
  private faults: Fault[] = [];
  /** Ends of the waits in progress (`delay`), called by `clear()`. */
  private waits = new Set<() => void>();

  add(spec: FaultSpec): Fault {
    validateSpec(spec);
    const fault: Fault = {
      id: randomBytes(6).toString("hex"),
      kind: spec.kind,
      route: spec.route ?? "*",
      times: spec.times ?? 1,
      skip: spec.skip ?? 0,
      hits: 0,
      spec: { ...spec },
    };
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults = [];
    for (const end of [...this.waits]) end();
  }

  /** Waits `ms`, or less when `clear()` comes first. */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const end = (): void => {
        clearTimeout(timer);
        this.waits.delete(end);
        resolve();
      };
      const timer = setTimeout(end, ms);
      this.waits.add(end);
    });
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f, spec: { ...f.spec } }));
  }

  /** Consumes one hit of the first live fault of `kind` matching `route` (and `where`, if given). */
  take(route: string, kind: FaultKind, where?: (spec: FaultSpec) => boolean): FaultSpec | undefined {
    for (const fault of this.faults) {
      if (fault.kind !== kind || !routeMatches(fault.route, route)) continue;
      if (where && !where(fault.spec)) continue;
      if (fault.skip > 0) {
        fault.skip -= 1;
        continue;
      }
      fault.hits += 1;
      if (fault.times > 0 && fault.hits >= fault.times) this.faults = this.faults.filter((f) => f !== fault);
      return fault.spec;
    }
    return undefined;
  }
}

function routeMatches(pattern: string, route: string): boolean {
  if (pattern === "*" || pattern === route) return true;
  return pattern.endsWith("/*") && route.startsWith(pattern.slice(0, -1));
}

function validateSpec(spec: FaultSpec): void {
  if (!FAULT_KINDS.includes(spec.kind))
    throw new TypeError(
      `fault kind must be one of ${FAULT_KINDS.join(", ")}; got ${JSON.stringify(spec.kind)}`,
    );
  const nonNegative = (name: keyof FaultSpec): void => {
    const v = spec[name];
    if (v !== undefined && (typeof v !== "number" || !Number.isInteger(v) || v < 0)) {
      throw new TypeError(`fault ${name} must be a non-negative integer; got ${JSON.stringify(v)}`);
    }
  };
  (["times", "skip", "retryAfter", "delayMs", "afterBytes"] as const).forEach(nonNegative);
  if (spec.kind === "status" && (typeof spec.status !== "number" || spec.status < 400 || spec.status > 599)) {
    throw new TypeError(`a status fault needs status 400-599; got ${JSON.stringify(spec.status)}`);
  }
  if (spec.kind === "delay" && spec.delayMs === undefined) throw new TypeError("a delay fault needs delayMs");
  if (spec.phase !== undefined && spec.phase !== "request" && spec.phase !== "response") {
    throw new TypeError(`fault phase must be "request" or "response"; got ${JSON.stringify(spec.phase)}`);
  }
}
