import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

export interface EmulatorProcess {
  child: ChildProcess;
  url: string;
  /** The process serving requests (printed by the CLI; npm and tsx may sit in between). */
  pid: number;
  caPath?: string;
  output: () => string;
  stop: () => Promise<number | null>;
}

const ROOT = resolve(__dirname, "../../..");

/**
 * Starts the emulator CLI as a child process and waits for its banner. `viaNpm` runs the
 * documented `npm run emulator:dropbox -- …` command; otherwise `node --import tsx`.
 */
export async function spawnEmulator(
  args: string[],
  options: { viaNpm?: boolean; timeoutMs?: number } = {},
): Promise<EmulatorProcess> {
  const command = options.viaNpm ? "npm" : process.execPath;
  const argv = options.viaNpm
    ? ["run", "--silent", "emulator:dropbox", "--", ...args]
    : ["--import", "tsx", "test/emulators/dropbox/cli.ts", ...args];
  // Own process group, so stop() reaches npm's children too.
  const child = spawn(command, argv, { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout?.setEncoding("utf8").on("data", (s: string) => (out += s));
  child.stderr?.setEncoding("utf8").on("data", (s: string) => (out += s));
  const exited = new Promise<number | null>((ok) => child.once("exit", (code) => ok(code)));
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (!/^pid \d+$/m.test(out)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`emulator did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = /dropbox emulator listening on (\S+)/.exec(out)?.[1] ?? "";
  const pid = Number(/^pid (\d+)$/m.exec(out)?.[1]);
  const caPath = /^ca (.+)$/m.exec(out)?.[1];
  return {
    child,
    url,
    pid,
    ...(caPath ? { caPath } : {}),
    output: () => out,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      // The serving process shuts down cleanly and npm/tsx exit with its code.
      process.kill(pid, "SIGTERM");
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** VmRSS and VmHWM of a process in bytes, from /proc/<pid>/status. */
export async function memoryOf(pid: number): Promise<{ rss: number; hwm: number }> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = (key: string): number =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
}
