// Waits for the machine to settle before a benchmark measures anything. On two cores a job that
// has just ended (a test run, a build) can still hold a core for a while, and every figure taken
// meanwhile is slower and its CPU time inflated. The load average is no guide here: it decays over
// minutes and long after the CPUs went idle (proc(5), /proc/loadavg). The CPU time the kernel
// counts in /proc/stat says what the CPUs are doing now.

import { cpuTicks } from "./cpu";

/** The share of all CPUs' time spent busy over the next `ms`, 0 to 1; undefined off Linux. */
async function busyShare(ms: number): Promise<number | undefined> {
  const before = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTicks();
  if (!before || !after || after.total <= before.total) return undefined;
  return (after.busy - before.busy) / (after.total - before.total);
}

export interface Settled {
  /** Seconds spent waiting. */
  waited: number;
  /** The busy share of the last window (undefined: not measurable here). */
  busy: number | undefined;
  /** False when the machine was still busy when the wait gave up. */
  quiet: boolean;
}

/** Below this share of all CPUs busy, the machine counts as quiet. */
const QUIET_SHARE = 0.1;
const WINDOW_MS = 3000;
const MAX_WAIT_MS = 180_000;

/**
 * Returns once one `WINDOW_MS` window saw the CPUs busy less than `QUIET_SHARE` of the time, or
 * after `MAX_WAIT_MS` (then `quiet` is false, and the report should say so).
 */
export async function waitForQuiet(progress: (line: string) => void): Promise<Settled> {
  const started = performance.now();
  let said = false;
  for (;;) {
    const busy = await busyShare(WINDOW_MS);
    const waited = (performance.now() - started) / 1000;
    if (busy === undefined || busy < QUIET_SHARE) return { waited, busy, quiet: true };
    if (performance.now() - started >= MAX_WAIT_MS) return { waited, busy, quiet: false };
    if (!said) {
      progress(`waiting for the machine to settle: CPUs ${(busy * 100).toFixed(0)} % busy`);
      said = true;
    }
  }
}

/** One sentence for a report: how the run waited. */
export function settledSentence(settled: Settled): string {
  if (settled.busy === undefined) return "The CPUs' busy time could not be read here (no /proc/stat).";
  const share = `${(settled.busy * 100).toFixed(0)} %`;
  const waited = `${settled.waited.toFixed(0)} s`;
  return settled.quiet
    ? `Before measuring, the run waited ${waited} until the CPUs were busy under ${QUIET_SHARE * 100} % of a ${WINDOW_MS / 1000} s window (${share}).`
    : `Before measuring, the run waited ${waited} for the CPUs to settle and gave up with them ${share} busy: other jobs were running.`;
}
