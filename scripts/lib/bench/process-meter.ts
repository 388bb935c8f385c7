// Runs one client as its own process and measures it the way the OS sees it, not from inside:
// - peak RSS: VmHWM of /proc/<pid>/status (the kernel's high-water mark, so polling cannot miss a
//   peak between two reads; only the last poll interval before exit goes unseen);
// - CPU: user + system time of the child and everything it waited for, as the growth of this
//   process's cutime + cstime in /proc/self/stat (= getrusage(RUSAGE_CHILDREN), proc(5)), read
//   once the child has been reaped. One measured child at a time, or their times would mix.
// Linux only; elsewhere it says so instead of printing zeros.

import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

import { childrenTicks, peakRssBytes } from "./stats";

export interface ProcessRun {
  /** Wall time from spawn to exit. */
  seconds: number;
  /** User + system CPU seconds of the process and its waited-for children. */
  cpuSeconds: number;
  /** Peak resident set size (VmHWM), bytes. */
  peakRss: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const value = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    ticksPerSecond = Number.isInteger(value) && value > 0 ? value : 100;
  }
  return ticksPerSecond;
}

function ownChildrenTicks(): number {
  return childrenTicks(readFileSync("/proc/self/stat", "utf8"));
}

export function assertMeasurable(): void {
  if (process.platform !== "linux")
    throw new Error("the benchmark reads /proc for peak RSS and CPU of each client: Linux only");
  clockTicks();
}

export async function measureProcess(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
): Promise<ProcessRun> {
  const ticks = clockTicks();
  const before = ownChildrenTicks();
  const started = performance.now();
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  let peak = 0;
  const poll = (): void => {
    try {
      peak = Math.max(peak, peakRssBytes(readFileSync(`/proc/${child.pid}/status`, "utf8")) ?? 0);
    } catch {
      // Gone already: the last reading stands.
    }
  };
  const timer = setInterval(poll, 20);
  poll();
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode) => {
      clearInterval(timer);
      resolve(exitCode);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise<void>((resolve) => {
    if (child.stdout.readableEnded && child.stderr.readableEnded) resolve();
    else child.once("close", () => resolve());
  });
  const cpuSeconds = (ownChildrenTicks() - before) / ticks;
  return { seconds, cpuSeconds, peakRss: peak, code, stdout, stderr };
}
