// Pure helpers of `npm run bench`: the order runs are made in, and how their figures are summed up.
// Interleaving (A, B, A, B, …) spreads a burst of load from elsewhere over every kind of run, and
// the median, unlike the best of n, does not reward the one run that got lucky.

/**
 * The order of `rounds` rounds over `kinds`: each round runs every kind once. The first kind
 * leads in odd rounds and the order is reversed in even ones (A B C, C B A, A B C …), so no kind
 * always runs right after the same neighbour (whose leftovers — page cache, a garbage-collecting
 * emulator — it would always inherit).
 */
export function interleave<T>(kinds: readonly T[], rounds: number): { round: number; kind: T }[] {
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`rounds: expected ≥ 1, got ${rounds}`);
  const order: { round: number; kind: T }[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const ordered = round % 2 === 0 ? kinds : [...kinds].reverse();
    for (const kind of ordered) order.push({ round, kind });
  }
  return order;
}

/** The median; for an even count, the mean of the middle two. Throws on no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  if (values.some((value) => !Number.isFinite(value)))
    throw new RangeError(`median: not a finite number in ${values.join(", ")}`);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** The median of one field over a list of runs. */
export function medianOf<T>(runs: readonly T[], field: (run: T) => number): number {
  return median(runs.map(field));
}

/** "met" when `value` is on the right side of `limit`; the comparison is written out for the doc. */
export function verdict(value: number, comparison: "≥" | "≤", limit: number): "met" | "not met" {
  if (!Number.isFinite(value)) return "not met";
  return (comparison === "≥" ? value >= limit : value <= limit) ? "met" : "not met";
}

/** Parses the fields of /proc/<pid>/stat after the command name (which may contain spaces). */
export function procStatFields(stat: string): string[] {
  const close = stat.lastIndexOf(")");
  if (close < 0) throw new Error("not a /proc/<pid>/stat line");
  // Field 3 (state) is the first after ") "; fields are numbered from 1 in proc(5).
  return stat
    .slice(close + 2)
    .trim()
    .split(" ");
}

/**
 * CPU time (in clock ticks) of the waited-for children of the process whose /proc/<pid>/stat this
 * is: cutime + cstime, fields 16 and 17 in proc(5) — what getrusage(RUSAGE_CHILDREN) counts.
 */
export function childrenTicks(stat: string): number {
  const fields = procStatFields(stat);
  // fields[0] is field 3, so field n is fields[n - 3].
  const cutime = Number(fields[16 - 3]);
  const cstime = Number(fields[17 - 3]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) throw new Error("no cutime/cstime in stat");
  return cutime + cstime;
}

/** VmHWM (peak resident set size) from /proc/<pid>/status, in bytes; undefined when absent. */
export function peakRssBytes(status: string): number | undefined {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}
