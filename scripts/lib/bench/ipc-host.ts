// An emulator in a child process of its own, driven over Node's IPC channel: the benchmark forks
// the host script, waits for the setup it reports, then sends commands and awaits one reply each.
// Shared by the Node benchmark's hosts (./emulator-host.ts) and the browser benchmark's
// (./browser-emulator-host.ts), which differ only in their emulators' set-up and commands.
import { fork, type ChildProcess } from "node:child_process";

interface Command {
  op: string;
}

/** Every host understands this one: it stops its emulator and replies before the process ends. */
type Exit = { op: "exit" };

type Reply<R> = { id: number; ok: true; result: R } | { id: number; ok: false; error: string };

/**
 * The child's side: reports `setup`, then answers each command with what `run` returns (or its
 * error); after an `exit` command it lets go of the channel, so the process can end.
 */
export function serveOverIpc<C extends Command, R>(host: {
  setup: unknown;
  run(command: C): Promise<R>;
}): void {
  process.on("message", (message: { id: number; command: C }) => {
    void (async () => {
      let reply: Reply<R>;
      try {
        reply = { id: message.id, ok: true, result: await host.run(message.command) };
      } catch (error) {
        reply = { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      process.send?.(reply);
      if (message.command.op === "exit") process.disconnect();
    })();
  });
  process.send?.({ setup: host.setup });
}

export interface IpcHost<C extends Command, R, S> {
  child: ChildProcess;
  setup: S;
  /** Resolves with the command's result; rejects with the host's error, named by emulator and op. */
  call(command: C | Exit): Promise<R>;
  /** Sends `exit` and waits for the process to end (killing it if it does not answer). */
  close(): Promise<void>;
}

/** Forks `script` with `args`, and waits until the host has reported its setup. */
export async function forkHost<C extends Command, R, S>(
  script: string,
  args: string[],
  name: string,
): Promise<IpcHost<C, R, S>> {
  const child = fork(script, args, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const pending = new Map<number, (reply: Reply<R>) => void>();
  let nextId = 1;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const setup = await new Promise<S>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the ${name} emulator exited (${code})`)));
    child.on("message", (message: { setup?: S } & Partial<Reply<R>>) => {
      if (message.setup) resolve(message.setup);
      else if (typeof message.id === "number") pending.get(message.id)?.(message as Reply<R>);
    });
  });
  const call = (command: C | Exit): Promise<R> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => {
        pending.delete(id);
        if (reply.ok) resolve(reply.result);
        else reject(new Error(`${name} emulator, ${command.op}: ${reply.error}`));
      });
      child.send({ id, command });
    });
  return {
    child,
    setup,
    call,
    async close() {
      if (child.exitCode === null && child.connected) await call({ op: "exit" }).catch(() => undefined);
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}
