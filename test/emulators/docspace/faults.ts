/** Which requests a fault applies to; every given field must match. */
export interface FaultMatch {
  method?: string;
  /** A substring of, or a pattern for, the request path (without the query). */
  path?: string | RegExp;
  /** Only file-handler downloads of this file. */
  fileId?: number | string;
}

export type FaultAction =
  /** Answer with this status instead; 429 and 503 get a Retry-After when `retryAfterSeconds` is set. */
  | { type: "status"; status: number; retryAfterSeconds?: number; body?: string; contentType?: string }
  /** File handler only: send this many body bytes, then destroy the socket. */
  | { type: "drop"; afterBytes: number }
  /** Wait before handling normally. */
  | { type: "delay"; ms: number };

export interface FaultRule {
  match?: FaultMatch;
  action: FaultAction;
  /** How many requests it applies to; unlimited when omitted. */
  times?: number;
}

interface ActiveRule extends FaultRule {
  hits: number;
}

/** DocSpace-side fault injection for transfer tests. */
export class Faults {
  private rules: ActiveRule[] = [];
  /** When false, the file handler ignores Range and never advertises Accept-Ranges. */
  rangeSupport = true;
  /** When true, every API and file-handler call gets 402 (portal unpaid). */
  unpaid = false;
  /**
   * The rate limiter's concurrent-GET cap (ConcurrentGetLimit = 50 in ONLYOFFICE/DocSpace-server
   * common/ASC.Common/Utils/RateLimiterSettings.cs, applied in common/ASC.Api.Core/Core/BaseStartup.cs
   * AddRateLimiter); more GETs in flight get 429, saying nothing of when to retry. Off when undefined.
   */
  maxConcurrentGets: number | undefined = undefined;
  /**
   * When true, HTML pages carry `worker-src 'none'`, so the page cannot start workers. A fault
   * only: the portal's policy has no worker-src (host/csp.ts).
   */
  refuseWorkers = false;
  /**
   * When true, listing entries that tie on the sort key come in an order that depends on the page
   * asked for. The portal orders by the key alone (ONLYOFFICE/DocSpace-server
   * products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs: `SortedByType.DateAndTime =>
   * OrderByDescending(r => r.ModifiedOn)`, a whole-second column), and MySQL may return tied rows
   * in a different order under a different LIMIT
   * (https://dev.mysql.com/doc/refman/8.0/en/limit-optimization.html), so an entry can show on two
   * pages and another on none. Off by default: ties then keep one order, by id.
   */
  shiftingTies = false;

  add(rule: FaultRule): () => void {
    const active: ActiveRule = { ...rule, hits: 0 };
    this.rules.push(active);
    return () => {
      this.rules = this.rules.filter((r) => r !== active);
    };
  }

  clear(): void {
    this.rules = [];
    this.rangeSupport = true;
    this.unpaid = false;
    this.maxConcurrentGets = undefined;
    this.refuseWorkers = false;
    this.shiftingTies = false;
  }

  /** The first live rule matching the request, consumed once. */
  take(
    method: string,
    path: string,
    fileId: string | undefined,
    types: FaultAction["type"][],
  ): FaultAction | undefined {
    for (const rule of this.rules) {
      if (!types.includes(rule.action.type)) continue;
      if (rule.times !== undefined && rule.hits >= rule.times) continue;
      const m = rule.match ?? {};
      if (m.method && m.method.toUpperCase() !== method) continue;
      if (m.path !== undefined && !(typeof m.path === "string" ? path.includes(m.path) : m.path.test(path)))
        continue;
      if (m.fileId !== undefined && String(m.fileId) !== fileId) continue;
      rule.hits++;
      return rule.action;
    }
    return undefined;
  }
}
