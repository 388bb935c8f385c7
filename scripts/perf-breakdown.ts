// CPU of each run recorded by `npm run bench -- --perf <dir>`, by kind of work: SHA-256, TLS
// encryption, copies, allocation, garbage collection, compilation, JavaScript, the kernel. Unlike
// `--cpu-prof`, which samples the JavaScript thread by wall time, `perf` samples CPU time in every
// thread, kernel and native code included, so the kinds add up to the process's CPU time.
//
//   npx tsx scripts/perf-breakdown.ts <dir>     one table: a column per client, medians of its runs
//
// Needs Linux `perf` (Debian: linux-perf) allowed to read the kernel's samples (root, or
// kernel.perf_event_paranoid ≤ 1); without them the kernel's share reads 0. JavaScript frames are
// named from the /tmp/perf-<pid>.map files node wrote while recording: run this before removing them.

import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { median } from "./lib/bench/stats";

/** Kinds of work, each recognised by its shared object or symbol; the first that matches wins. */
const KINDS: { kind: string; matches: (object: string, symbol: string) => boolean }[] = [
  { kind: "SHA-256 (content hash)", matches: (_, symbol) => /sha256/i.test(symbol) },
  { kind: "AES-GCM (TLS records)", matches: (_, symbol) => /aes_gcm|ghash/i.test(symbol) },
  { kind: "kernel (sockets, scheduling)", matches: (object) => object === "[kernel.kallsyms]" },
  { kind: "memory copies", matches: (_, symbol) => /memmove|memcpy|memset/.test(symbol) },
  { kind: "malloc and free", matches: (object) => object.startsWith("libc") },
  {
    kind: "garbage collection",
    matches: (_, symbol) =>
      /Scaveng|Marking|Mark[A-Z]|Sweep|Evacuat|Compact|BackingStore|ArrayBufferSweeper|GlobalHandles/.test(
        symbol,
      ),
  },
  {
    kind: "compiling JavaScript",
    matches: (_, symbol) => /compiler::|Parser|Scanner|Compile|[Mm]aglev|Bytecode|LineEnds/.test(symbol),
  },
  {
    kind: "JavaScript (V8 builtins and JIT code)",
    matches: (object, symbol) =>
      symbol.startsWith("Builtins_") || object.startsWith("[JIT]") || symbol.startsWith("JS:"),
  },
  { kind: "other TLS and crypto", matches: (_, symbol) => /ssl|tls|EVP_|crypto::/i.test(symbol) },
];
const OTHER = "Node and V8 runtime, other";

/** Share of each kind in one recording, and its CPU seconds (cpu-clock counts nanoseconds). */
function breakdown(file: string): { seconds: number; shares: Map<string, number> } {
  const report = execFileSync(
    "perf",
    ["report", "-i", file, "--no-children", "--sort", "dso,sym", "-g", "none", "--percent-limit", "0"],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] },
  );
  const events = /Event count \(approx\.\): (\d+)/.exec(report);
  const shares = new Map<string, number>();
  for (const line of report.split("\n")) {
    const match = /^\s+([\d.]+)%\s+(\S+)\s+\[.\]\s+(.*)$/.exec(line);
    if (!match) continue;
    const [, percent = "0", object = "", symbol = ""] = match;
    const kind = KINDS.find((entry) => entry.matches(object, symbol.trim()))?.kind ?? OTHER;
    shares.set(kind, (shares.get(kind) ?? 0) + Number(percent) / 100);
  }
  return { seconds: Number(events?.[1] ?? 0) / 1e9, shares };
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: perf-breakdown <dir written by npm run bench -- --perf <dir>>");
  const runs = new Map<string, ReturnType<typeof breakdown>[]>();
  for (const name of readdirSync(dir)
    .filter((entry) => entry.endsWith(".data"))
    .sort()) {
    const client = name.replace(/-\d+\.data$/, "");
    runs.set(client, [...(runs.get(client) ?? []), breakdown(path.join(dir, name))]);
  }
  if (runs.size === 0) throw new Error(`${dir}: no perf recordings (*.data)`);
  const clients = [...runs.keys()];
  const kinds = [...KINDS.map((entry) => entry.kind), OTHER];
  const cell = (client: string, kind: string): string => {
    const seconds = (runs.get(client) ?? []).map((run) => run.seconds * (run.shares.get(kind) ?? 0));
    return median(seconds).toFixed(2);
  };
  const rows = [
    `| CPU-s, median of each client's runs | ${clients.map((client) => `${client} (${runs.get(client)?.length} runs)`).join(" | ")} |`,
    `| --- | ${clients.map(() => "---").join(" | ")} |`,
    ...kinds.map((kind) => `| ${kind} | ${clients.map((client) => cell(client, kind)).join(" | ")} |`),
    `| **all** | ${clients.map((client) => median((runs.get(client) ?? []).map((run) => run.seconds)).toFixed(2)).join(" | ")} |`,
  ];
  process.stdout.write(`${rows.join("\n")}\n`);
}

main();
