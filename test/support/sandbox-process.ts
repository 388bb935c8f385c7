// `npm start` as a child process, the way a person runs it: each run gets its own ports (0 = any
// free one) and, unless given, its own data directory, and reads only its own output. Stopping
// sends SIGINT to the whole process group, as a terminal's Ctrl-C does.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

export interface SandboxProcess {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  signInUrl: string;
  dropboxPage: string;
  /** The portal's origin. */
  portal: string;
  dataDir: string;
  /** Ctrl-C; resolves with the exit code or the signal that ended npm. */
  stop(): Promise<string>;
}

/**
 * Starts `npm start -- --no-build …` (the build already ran: npm test builds first) and waits
 * for its banner. Waiting is for a condition; the limit only bounds a failure, and is generous
 * because tsx starts slowly when other test workers load the machine.
 */
export function startSandboxProcess(
  options: { host?: "3.6" | "4.0"; dataDir?: string; extraArgs?: string[] } = {},
): Promise<SandboxProcess> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "sandbox-"));
  const args = [
    "start",
    "--",
    "--no-build",
    "--host",
    options.host ?? "3.6",
    "--docspace-port",
    "0",
    "--dropbox-port",
    "0",
    "--data-dir",
    dataDir,
    ...(options.extraArgs ?? []),
  ];
  const child = spawn(npm, args, { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let own = "";
  const stop = (): Promise<string> => {
    const ended = (): string => String(child.exitCode ?? child.signalCode);
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(ended());
    const pid = child.pid;
    return new Promise((resolve) => {
      child.once("exit", () => resolve(ended()));
      // The whole group, as a terminal's Ctrl-C does: npm, its shell and the tsx process.
      try {
        process.kill(-pid, "SIGINT");
      } catch {
        resolve(ended());
      }
    });
  };
  return new Promise((resolve, reject) => {
    const fail = (error: Error): void => {
      clearTimeout(timer);
      void stop().finally(() => reject(error));
    };
    const timer = setTimeout(() => fail(new Error(`npm start printed no URL in time:\n${own}`)), 90_000);
    const onExit = (code: number | null): void =>
      fail(new Error(`npm start exited with ${String(code)}:\n${own}`));
    const onData = (chunk: Buffer): void => {
      own += chunk.toString("utf8");
      const open = /Open\s+(http\S+)/.exec(own)?.[1];
      const dropbox = /emulated Dropbox: (http\S+)/.exec(own)?.[1];
      if (open && dropbox && /Ctrl-C stops everything/.test(own)) {
        clearTimeout(timer);
        child.off("exit", onExit);
        resolve({
          child,
          output: () => own,
          signInUrl: open,
          dropboxPage: dropbox,
          portal: new URL(open).origin,
          dataDir,
          stop,
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

/** Whether anything answers at the URL. */
export async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}
