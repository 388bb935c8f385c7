// The whole machine's CPU time, as the kernel counts it in /proc/stat (proc(5)): every process,
// the browser's, the emulators' and the benchmark's alike.

import { readFileSync } from "node:fs";
import { cpus } from "node:os";

/** The machine's busy and total CPU ticks so far (/proc/stat's first line). */
export function cpuTicks(): { busy: number; total: number } | undefined {
  let line: string;
  try {
    line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  } catch {
    return undefined;
  }
  // cpu user nice system idle iowait irq softirq steal …; guest times are already in user and nice.
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 8 || fields.some((value) => !Number.isFinite(value))) return undefined;
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * Runs `work` and returns its result with the CPU-seconds the whole machine spent meanwhile (all
 * CPUs together; undefined off Linux). The ticks' share of busy time, times the wall time and the
 * number of CPUs, so no tick rate needs to be known.
 */
export async function withMachineCpu<T>(
  work: () => Promise<T>,
): Promise<{ result: T; cpu: number | undefined }> {
  const before = cpuTicks();
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  const after = cpuTicks();
  if (!before || !after || after.total <= before.total) return { result, cpu: undefined };
  const share = (after.busy - before.busy) / (after.total - before.total);
  return { result, cpu: share * seconds * cpus().length };
}
