// One emulator per child process (`fork`ed by scripts/bench.ts), over HTTPS with its throwaway CA,
// driven over IPC (./ipc-host.ts). Each gets its own process so the emulators do not take turns on one event loop
// and the clients' figures (measured as separate processes) hold none of their work.

import { startDocSpaceEmulator } from "../../../test/emulators/docspace";
import { DEFAULT_APP_KEY, startDropboxEmulator } from "../../../test/emulators/dropbox";
import { serveOverIpc } from "./ipc-host";
import { docspaceLatency, dropboxLatency } from "./latency";

export type HostCommand =
  | { op: "latency"; ms: number }
  | { op: "contention"; enabled: boolean }
  | { op: "reset" }
  | { op: "add-file"; title: string; size: number }
  | { op: "usage" }
  | { op: "content-hash"; fileId: number | string }
  | { op: "files"; under: string }
  | { op: "received" }
  | { op: "exit" };

export interface HostUsage {
  /** CPU seconds (user + system) of the emulator process so far. */
  cpuSeconds: number;
  /** Dropbox only: commits refused with too_many_write_operations so far. */
  refusedCommits: number;
}

export interface DocSpaceSetup {
  kind: "docspace";
  url: string;
  caPem: string;
  apiKey: string;
  treeFolderId: number | string;
  treeFiles: number;
}

export interface DropboxSetup {
  kind: "dropbox";
  url: string;
  caPem: string;
  appKey: string;
  refreshToken: string;
  accessToken: string;
}

/** What a command answers (each command fills its own fields); `usage` comes with every answer. */
export interface HostResult {
  usage?: HostUsage;
  fileId?: number | string;
  contentHash?: string;
  /** Dropbox only: upload body bytes the emulator has read so far (never reset). */
  received?: number;
  /** Files stored under a folder: lower-case path → size and content hash. */
  files?: { path: string; size: number; contentHash: string }[];
}

interface Emulator {
  setup: DocSpaceSetup | DropboxSetup;
  run(command: HostCommand): Promise<HostResult>;
}

async function docspaceHost(): Promise<Emulator> {
  const docspace = await startDocSpaceEmulator({ https: true });
  if (!docspace.caPem) throw new Error("the DocSpace emulator did not start HTTPS");
  const folder = docspace.addFolder({ parentId: docspace.seed.rooms.bigFiles, title: "Bench" });
  const setLatency = docspaceLatency(docspace);
  return {
    setup: {
      kind: "docspace",
      url: docspace.url,
      caPem: docspace.caPem,
      apiKey: docspace.users.owner.apiKey,
      treeFolderId: docspace.seed.folders.tree1000,
      treeFiles: docspace.seedCounts.tree1000Files,
    },
    async run(command) {
      switch (command.op) {
        case "latency":
          setLatency(command.ms);
          return {};
        case "content-hash":
          return { contentHash: docspace.content.dropboxContentHash(command.fileId) };
        case "add-file":
          return {
            fileId: docspace.addFile({ folderId: folder.id, title: command.title, size: command.size }).id,
          };
        case "exit":
          await docspace.close();
          return {};
        default:
          return {};
      }
    },
  };
}

async function dropboxHost(): Promise<Emulator> {
  const dropbox = await startDropboxEmulator({ https: true });
  if (!dropbox.caPem) throw new Error("the Dropbox emulator did not start HTTPS");
  const tokens = dropbox.issueTokens({ appKey: DEFAULT_APP_KEY, tokenAccessType: "offline" });
  if (!tokens.refreshToken) throw new Error("the Dropbox emulator issued no refresh token");
  let latency = 0;
  const setLatency = dropboxLatency(dropbox);
  return {
    setup: {
      kind: "dropbox",
      url: dropbox.url,
      caPem: dropbox.caPem,
      appKey: DEFAULT_APP_KEY,
      refreshToken: tokens.refreshToken,
      accessToken: tokens.accessToken,
    },
    async run(command) {
      switch (command.op) {
        case "latency":
          latency = command.ms;
          setLatency(latency);
          return {};
        case "contention":
          // The emulator's defaults: one commit at a time per namespace, each holding the lock.
          dropbox.setLockContention({ enabled: command.enabled });
          return {};
        case "reset":
          // reset() also clears faults; the latency switch stays as it was set.
          await dropbox.reset();
          setLatency(latency);
          return {};
        case "usage":
          return { usage: { cpuSeconds: 0, refusedCommits: dropbox.refusedCommits } };
        case "received":
          return { received: dropbox.receivedBytes() };
        case "files": {
          const prefix = `${command.under.toLowerCase()}/`;
          return {
            files: dropbox
              .files()
              .filter((file) => file.path.startsWith(prefix))
              .map((file) => ({ path: file.path, size: file.size, contentHash: file.contentHash })),
          };
        }
        case "exit":
          await dropbox.close();
          return {};
        default:
          return {};
      }
    },
  };
}

async function serve(which: string | undefined): Promise<void> {
  const emulator = which === "docspace" ? await docspaceHost() : await dropboxHost();
  serveOverIpc({
    setup: emulator.setup,
    async run(command: HostCommand): Promise<HostResult> {
      const result = await emulator.run(command);
      const cpu = process.cpuUsage();
      const usage: HostUsage = {
        refusedCommits: result.usage?.refusedCommits ?? 0,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
      };
      return { ...result, usage };
    },
  });
}

if (require.main === module) {
  serve(process.argv[2]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
