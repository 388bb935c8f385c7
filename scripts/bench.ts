// `npm run bench [-- --quick] [-- --no-write] [-- --no-browser]`: what the product costs, measured
// so that it cannot flatter itself.
//
// - Both emulators run over HTTPS (throwaway CAs, trusted through NODE_EXTRA_CA_CERTS), each in its
//   own process; the Dropbox emulator's write-lock contention is on, as real Dropbox has it (the
//   1000-file run times every client with it off and on, in the same rounds).
// - Every client is a separate process measured from outside (wall time, peak RSS and CPU from
//   the OS: scripts/lib/bench/process-meter.ts): the CLI exactly as shipped (the bin
//   executed through its shebang, as npm links it: `docspace-to-dropbox export …`, default settings), the engine's own stages alone, and an
//   external baseline in plain Node that only downloads and uploads (scripts/lib/bench/naive-client.ts).
// - Runs of each workload are interleaved (A B, B A, …) and reported as medians, never best-of.
// - Each target is a ratio against a baseline measured in the same run, marked met or not met.
// - Resume: a 1 GiB export SIGKILLed once the Dropbox emulator has received 90 % of the bytes, then
//   rerun (which continues the upload session), against a fresh export of the same file in the
//   same rounds; bytes re-sent come from the emulator's received-bytes counter. `--only resume`
//   runs this part alone.
//
// Then `npm run build` and scripts/bench-browser.ts (the plugin in Chromium), and
// scripts/bench-browser-resume.ts (the resume line in Chromium). Results go to stdout and, in full
// mode, to docs/benchmarks.md: the engine region, and the resume region (Node and Chromium from this
// one run), which `--only resume` also writes.

import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import ts from "typescript";

import { writeBenchmarkRegion } from "./lib/benchmarks-doc";
import type {
  DocSpaceSetup,
  DropboxSetup,
  HostCommand,
  HostResult,
  HostUsage,
} from "./lib/bench/emulator-host";
import { forkHost, type IpcHost } from "./lib/bench/ipc-host";
import { assertMeasurable, measureProcess, type ProcessRun } from "./lib/bench/process-meter";
import { settledSentence, waitForQuiet } from "./lib/bench/quiet";
import { interleave, medianOf, verdict } from "./lib/bench/stats";

const ROOT = path.resolve(__dirname, "..");
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/** Added to every request of both emulators for the many-file workload: real links have latency. */
const LATENCY_MS = 20;
/** The naive many-file client's parallelism (the target names a 16-way client). */
const NAIVE_PARALLEL = 16;
/** The streaming baseline's append size: large, so its few round trips cost it little. */
const STREAM_CHUNK_MIB = 64;

interface Size {
  label: string;
  bytes: number;
  rounds: number;
  /** Also run the engine's stages alone at this size. */
  stages: boolean;
}

interface Plan {
  mode: "full" | "quick";
  sizes: Size[];
  /** Rounds of the 1000-file run; each round times the naive client and the CLI, contention off and on. */
  manyRounds: number;
  /** The file interrupted at 90 % and resumed, and its rounds (0: not run). */
  resume: { label: string; bytes: number; rounds: number };
  browserMiB: number;
}

const FULL: Plan = {
  mode: "full",
  sizes: [
    { label: "100 MiB", bytes: 100 * MiB, rounds: 5, stages: false },
    { label: "1 GiB", bytes: GiB, rounds: 3, stages: true },
    { label: "4 GiB", bytes: 4 * GiB, rounds: 3, stages: false },
  ],
  manyRounds: 3,
  resume: { label: "1 GiB", bytes: GiB, rounds: 3 },
  browserMiB: 200,
};

const QUICK: Plan = {
  mode: "quick",
  sizes: [
    { label: "16 MiB", bytes: 16 * MiB, rounds: 3, stages: false },
    { label: "64 MiB", bytes: 64 * MiB, rounds: 3, stages: true },
    { label: "128 MiB", bytes: 128 * MiB, rounds: 1, stages: false },
  ],
  manyRounds: 1,
  resume: { label: "64 MiB", bytes: 64 * MiB, rounds: 1 },
  browserMiB: 32,
};

// ---------------------------------------------------------------------------- emulator hosts

type Host = IpcHost<HostCommand, HostResult, DocSpaceSetup | DropboxSetup>;

async function startHost<T extends DocSpaceSetup | DropboxSetup>(
  which: T["kind"],
): Promise<{ host: Host; setup: T }> {
  const host: Host = await forkHost(path.join(__dirname, "lib/bench/emulator-host.ts"), [which], which);
  if (host.setup.kind !== which) throw new Error(`the ${which} host reported a ${host.setup.kind} setup`);
  return { host, setup: host.setup as T };
}

// ---------------------------------------------------------------------------- runs

type Client =
  | "baseline"
  | "cli"
  | "download-only"
  | "upload-only"
  | "naive-16"
  | "naive-16-locked"
  | "cli-many"
  | "cli-many-locked";

/** The 1000-file clients, in the order of a round; "-locked" runs with the write-lock contention on. */
const MANY_CLIENTS: readonly Client[] = ["naive-16", "cli-many", "cli-many-locked", "naive-16-locked"];

interface Run extends ProcessRun {
  client: Client;
  /** CPU seconds both emulators spent during the run. */
  emulatorCpu: number;
  /** Dropbox commits refused with too_many_write_operations during the run. */
  refused: number;
}

interface Context {
  docspace: Host;
  dropbox: Host;
  docspaceSetup: DocSpaceSetup;
  dropboxSetup: DropboxSetup;
  naiveScript: string;
  caFile: string;
  home: string;
}

function baseEnv(context: Context): Record<string, string> {
  return {
    // The bin's `#!/usr/bin/env -S node` finds this very node first.
    PATH: [path.dirname(process.execPath), process.env.PATH ?? ""].join(path.delimiter),
    HOME: context.home,
    NODE_EXTRA_CA_CERTS: context.caFile,
    // tsx keeps its compile cache here; shared by every run of the CLI and the stages.
    TMPDIR: process.env.TMPDIR ?? tmpdir(),
  };
}

async function usage(context: Context): Promise<HostUsage & { dropboxCpu: number }> {
  const [docspace, dropbox] = await Promise.all([
    context.docspace.call({ op: "usage" }),
    context.dropbox.call({ op: "usage" }),
  ]);
  return {
    cpuSeconds: (docspace.usage?.cpuSeconds ?? 0) + (dropbox.usage?.cpuSeconds ?? 0),
    dropboxCpu: dropbox.usage?.cpuSeconds ?? 0,
    refusedCommits: dropbox.usage?.refusedCommits ?? 0,
  };
}

let configDirs = 0;
/** `--cpu-prof <dir>`: where CLI and baseline runs write their CPU profiles. */
let cpuProfileDir: string | undefined;
/** `--perf <dir>`: where CLI and baseline runs are recorded by Linux perf. */
let perfDir: string | undefined;

/**
 * `perf record` of `node <args>` into `perfDir`, named after the client; node writes its JIT's
 * symbols for perf to read (`--perf-basic-prof`, /tmp/perf-<pid>.map).
 */
function perfRecord(client: string, nodeArgs: readonly string[]): { command: string; args: string[] } {
  const output = path.join(perfDir ?? ".", `${client}-${Date.now()}.data`);
  return {
    command: "perf",
    args: [
      "record",
      "-q",
      "-F",
      "999",
      "-g",
      "-o",
      output,
      process.execPath,
      "--perf-basic-prof",
      ...nodeArgs,
    ],
  };
}
/** `--cli-args`: appended to every CLI run. */
let cliExtraArgs: string[] = [];

/**
 * The CLI exactly as shipped, exporting `item` to `dest`. A fresh config directory unless one is
 * given: no sync record or transfer state of an earlier run may let the CLI skip or resume a file.
 */
const BIN = path.join(ROOT, "bin/docspace-to-dropbox.js");

/**
 * The bin's `#!/usr/bin/env -S …` line: the command it runs (for the docs), the variables it sets
 * before node (`NAME=value`), and node's flags after it.
 */
function binLaunch(): { line: string; env: Record<string, string>; flags: string[] } {
  const shebang = readFileSync(BIN, "utf8").split("\n", 1)[0] ?? "";
  const line = shebang.replace(/^#!\/usr\/bin\/env -S /, "");
  const words = line.split(" ").filter((word) => word !== "");
  const node = words.indexOf("node");
  const env = Object.fromEntries(words.slice(0, node).map((word) => word.split("=", 2) as [string, string]));
  return { line, env, flags: words.slice(node + 1) };
}

/**
 * The CLI as an installed package runs it: the bin executed through its shebang (npm links it
 * into PATH). Profiled (`--cpu-prof`, `--perf`), node with the shebang's own flags, and the
 * shebang's variables in `launchEnv`.
 */
function cliCommand(args: readonly string[]): {
  command: string;
  args: string[];
  launchEnv: Record<string, string>;
} {
  if (!perfDir && !cpuProfileDir) return { command: BIN, args: [...args], launchEnv: {} };
  const { env, flags } = binLaunch();
  const nodeArgs = [...flags, BIN, ...args];
  if (perfDir) return { ...perfRecord("cli", nodeArgs), launchEnv: env };
  const profiler = cpuProfileDir ? ["--cpu-prof", "--cpu-prof-dir", cpuProfileDir] : [];
  return { command: process.execPath, args: [...profiler, ...nodeArgs], launchEnv: env };
}

function cliInvocation(
  context: Context,
  item: string,
  dest: string,
  configDir = path.join(context.home, `config-${++configDirs}`),
): { env: Record<string, string>; command: string; args: string[] } {
  const { docspaceSetup: ds, dropboxSetup: db } = context;
  const { launchEnv, ...command } = cliCommand([
    "export",
    item,
    "--portal",
    ds.url,
    "--to",
    dest,
    "--conflict",
    "overwrite",
    "--json",
    ...cliExtraArgs,
  ]);
  return {
    env: {
      ...baseEnv(context),
      ...launchEnv,
      XDG_CONFIG_HOME: configDir,
      DOCSPACE_API_KEY: ds.apiKey,
      DROPBOX_OAUTH2_REFRESH_TOKEN: db.refreshToken,
      DROPBOX_APP_KEY: db.appKey,
      DROPBOX_API_BASE_URL: db.url,
    },
    ...command,
  };
}

/** Spawns one client and measures it; throws when it fails, so no failed run becomes a figure. */
async function runClient(
  context: Context,
  client: Client,
  target: {
    fileId?: number | string;
    bytes?: number;
    folderId?: number | string;
    dest: string;
    /** CLI only: this config directory (its transfer state) instead of a fresh one. */
    configDir?: string;
  },
): Promise<Run> {
  const env = baseEnv(context);
  const { docspaceSetup: ds, dropboxSetup: db } = context;
  let command = process.execPath;
  let args: string[];
  const naive = client === "naive-16" || client === "naive-16-locked";
  if (client === "baseline" || naive) {
    Object.assign(env, {
      DOCSPACE_URL: ds.url,
      DOCSPACE_API_KEY: ds.apiKey,
      DROPBOX_URL: db.url,
      DROPBOX_TOKEN: db.accessToken,
    });
    args =
      client === "baseline"
        ? [
            // Profiled like the CLI, so the two profiles can be set side by side.
            ...(cpuProfileDir ? ["--cpu-prof", "--cpu-prof-dir", cpuProfileDir] : []),
            context.naiveScript,
            "stream",
            String(target.fileId),
            `${target.dest}/copy.bin`,
            String(STREAM_CHUNK_MIB),
          ]
        : [context.naiveScript, "many", String(target.folderId), target.dest, String(NAIVE_PARALLEL)];
    if (perfDir && client === "baseline") ({ command, args } = perfRecord(client, args));
  } else if (client === "cli" || client === "cli-many" || client === "cli-many-locked") {
    const item = client === "cli" ? `file:${String(target.fileId)}` : `folder:${String(target.folderId)}`;
    const cli = cliInvocation(context, item, target.dest, target.configDir);
    Object.assign(env, cli.env);
    command = cli.command;
    args = cli.args;
  } else {
    Object.assign(env, {
      DOCSPACE_URL: ds.url,
      DOCSPACE_API_KEY: ds.apiKey,
      DROPBOX_URL: db.url,
      DROPBOX_APP_KEY: db.appKey,
      DROPBOX_REFRESH_TOKEN: db.refreshToken,
    });
    args = [
      "--require",
      "tsx/cjs",
      path.join(__dirname, "lib/bench/engine-stages.ts"),
      client === "download-only" ? "download" : "upload",
      client === "download-only" ? String(target.fileId) : String(target.bytes),
    ];
  }
  const before = await usage(context);
  const run = await measureProcess(command, args, env, ROOT);
  const after = await usage(context);
  if (run.code !== 0) {
    const output = `${run.stderr}\n${run.stdout}`.trim().split("\n").slice(-5).join("\n");
    throw new Error(`${client} failed (exit ${run.code}):\n${output}`);
  }
  return {
    ...run,
    client,
    emulatorCpu: after.cpuSeconds - before.cpuSeconds,
    refused: after.refusedCommits - before.refusedCommits,
  };
}

/** The destination must hold exactly what DocSpace holds, or the run did not count. */
async function checkCopied(
  context: Context,
  dest: string,
  expected: { count: number; size?: number; contentHash?: string },
): Promise<void> {
  const { files = [] } = await context.dropbox.call({ op: "files", under: dest });
  if (files.length !== expected.count)
    throw new Error(`${dest}: ${files.length} files in Dropbox, expected ${expected.count}`);
  for (const file of files) {
    if (expected.size !== undefined && file.size !== expected.size)
      throw new Error(`${file.path}: ${file.size} bytes, expected ${expected.size}`);
    if (expected.contentHash !== undefined && file.contentHash !== expected.contentHash)
      throw new Error(`${file.path}: content differs from the DocSpace original`);
  }
}

// ---------------------------------------------------------------------------- resume

/** Where the interrupted run is killed: once Dropbox has received this share of the file's bytes. */
const RESUME_AT = 0.9;

interface ResumeRound {
  /** The same file sent by a fresh CLI run (fresh config directory), in the same round. */
  fresh: Run;
  /** Wall time of the run that was killed, from spawn to SIGKILL. */
  killedAfter: number;
  /** Bytes the Dropbox emulator had received when the kill was sent. */
  receivedAtKill: number;
  /** Bytes it had received from the killed run once its last bodies were read. */
  receivedFromKilled: number;
  /** The rerun with the killed run's config directory (its transfer state): what is measured. */
  resume: Run;
  /** What the rerun reported as already in Dropbox (its `resume` event). */
  skippedBytes: number;
  /**
   * Bytes received over both runs minus the file's size (the emulator's counter, which also reads
   * a chunk it refuses as already stored: test/emulators/dropbox/upload-routes.ts `refused`).
   */
  resent: number;
}

async function receivedBytes(context: Context): Promise<number> {
  const { received } = await context.dropbox.call({ op: "received" });
  if (received === undefined) throw new Error("the Dropbox emulator did not report received bytes");
  return received;
}

/**
 * Starts the CLI and SIGKILLs it once the Dropbox emulator has received `threshold` bytes more
 * than `start` (its upload-body counter, read over IPC every 10 ms, so the kill lands a few ms
 * and at most a few chunks' worth of bytes past the threshold). Throws when the CLI ends first.
 */
async function killAtReceived(
  context: Context,
  cli: { env: Record<string, string>; command: string; args: string[] },
  start: number,
  threshold: number,
): Promise<{ seconds: number; received: number; settled: number }> {
  const started = performance.now();
  const child = spawn(cli.command, cli.args, { cwd: ROOT, env: cli.env, stdio: "ignore" });
  let exit: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code) => {
      exit = code;
      resolve();
    }),
  );
  let received = 0;
  while (exit === undefined) {
    received = (await receivedBytes(context)) - start;
    if (received >= threshold) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (exit !== undefined) throw new Error(`the CLI to be interrupted ended first (exit ${exit})`);
  child.kill("SIGKILL");
  const seconds = (performance.now() - started) / 1000;
  await exited;
  // Bodies already in the socket buffers are still read: wait until the counter stands still.
  let settled = await receivedBytes(context);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await receivedBytes(context);
    if (now === settled) break;
    settled = now;
  }
  return { seconds, received, settled: settled - start };
}

/** The `resume` event of the rerun's --json output; throws unless it continued the session. */
function resumedBytes(stdout: string): number {
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    const event: unknown = JSON.parse(line);
    if (
      typeof event === "object" &&
      event !== null &&
      "event" in event &&
      event.event === "resume" &&
      "status" in event
    ) {
      if (event.status !== "resumed") throw new Error(`the rerun did not resume: ${line}`);
      if (!("skippedBytes" in event) || typeof event.skippedBytes !== "number")
        throw new Error(`resume event without skippedBytes: ${line}`);
      return event.skippedBytes;
    }
  }
  throw new Error("the rerun printed no resume event");
}

/** One round of the resume workload: the file afresh, then killed at 90 % and rerun. */
async function resumeRound(
  context: Context,
  file: { fileId: number | string; bytes: number; contentHash?: string },
  kind: "fresh" | "resume",
): Promise<Run | Omit<ResumeRound, "fresh">> {
  const expected = {
    count: 1,
    size: file.bytes,
    ...(file.contentHash ? { contentHash: file.contentHash } : {}),
  };
  await context.dropbox.call({ op: "reset" });
  if (kind === "fresh") {
    const dest = "/Bench/resume-fresh";
    const run = await runClient(context, "cli", { fileId: file.fileId, dest });
    await checkCopied(context, dest, expected);
    return run;
  }
  const dest = "/Bench/resume";
  const configDir = path.join(context.home, `config-${++configDirs}`);
  const start = await receivedBytes(context);
  const killed = await killAtReceived(
    context,
    cliInvocation(context, `file:${String(file.fileId)}`, dest, configDir),
    start,
    Math.ceil(file.bytes * RESUME_AT),
  );
  const { files = [] } = await context.dropbox.call({ op: "files", under: dest });
  if (files.length !== 0) throw new Error("the interrupted run committed its file before the kill");
  const resume = await runClient(context, "cli", { fileId: file.fileId, dest, configDir });
  await checkCopied(context, dest, expected);
  const skippedBytes = resumedBytes(resume.stdout);
  return {
    killedAfter: killed.seconds,
    receivedAtKill: killed.received,
    receivedFromKilled: killed.settled,
    resume,
    skippedBytes,
    resent: (await receivedBytes(context)) - start - file.bytes,
  };
}

/** The report's lines for the resume workload (a partial run prints them too). */
function resumeReport(label: string, bytes: number, rounds: ResumeRound[]): string[] {
  const fresh = summarise(rounds.map((round) => round.fresh));
  const resume = summarise(rounds.map((round) => round.resume));
  const ratio = medianOf(rounds, (round) => round.resume.seconds / round.fresh.seconds);
  const resent = medianOf(rounds, (round) => round.resent);
  const lines = [
    `### CLI (Node): ${label} file interrupted at ${RESUME_AT * 100} % (${rounds.length} round${rounds.length === 1 ? "" : "s"})`,
    "",
    `Each round sends the file once afresh with the CLI, and once with the CLI killed (SIGKILL) as soon as the Dropbox emulator ` +
      `has received ${RESUME_AT * 100} % of its bytes (its upload-body counter, polled every 10 ms), then run again with the same ` +
      "command and config directory, which continues the Dropbox upload session. Both copies are checked (size and content hash). " +
      "Re-sent bytes = bytes the emulator received in the killed run and the rerun together, minus the file's size: chunks cut " +
      "off mid-body by the kill, and chunks Dropbox had stored before the killed run could record them, which the rerun sends " +
      "again (the emulator reads and counts such a refused body too).",
    "",
    "| run | runs | wall (s) | client CPU (s) | peak RSS (MiB) |",
    "|---|---|---|---|---|",
    `| CLI, fresh transfer | ${fresh.runs} | ${fixed(fresh.seconds)} | ${fixed(fresh.cpuSeconds)} | ${mib(fresh.peakRss)} |`,
    `| CLI, killed run (spawn to SIGKILL) | ${rounds.length} | ${fixed(medianOf(rounds, (round) => round.killedAfter))} | – | – |`,
    `| CLI, rerun that resumes | ${resume.runs} | ${fixed(resume.seconds)} | ${fixed(resume.cpuSeconds)} | ${mib(resume.peakRss)} |`,
    "",
    `Resume wall time / fresh wall time, median of the rounds' ratios: **${fixed(ratio, 2)}** ` +
      `(rounds: ${rounds.map((round) => fixed(round.resume.seconds / round.fresh.seconds, 2)).join(", ")}). ` +
      `Bytes re-sent, median: **${mib(resent)} MiB** (${fixed((resent / bytes) * 100, 2)} % of the file; ` +
      `rounds: ${rounds.map((round) => `${round.resent} B`).join(", ")}). ` +
      `Received when killed: ${rounds.map((round) => `${fixed((round.receivedAtKill / bytes) * 100)} %`).join(", ")}, ` +
      `from the killed run in all: ${rounds.map((round) => `${mib(round.receivedFromKilled)} MiB`).join(", ")}; ` +
      `the rerun reported ${rounds.map((round) => `${mib(round.skippedBytes)} MiB`).join(", ")} already in Dropbox.`,
  ];
  return lines;
}

/** The baseline client, compiled alone to plain JavaScript, so it runs on bare `node`. */
function compileNaiveClient(dir: string): string {
  const source = readFileSync(path.join(__dirname, "lib/bench/naive-client.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const file = path.join(dir, "naive-client.js");
  writeFileSync(file, outputText);
  return file;
}

// ---------------------------------------------------------------------------- report

const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const mib = (bytes: number): string => fixed(bytes / MiB);

interface Summary {
  runs: number;
  seconds: number;
  cpuSeconds: number;
  peakRss: number;
  emulatorCpu: number;
  refused: number;
}

function summarise(runs: Run[]): Summary {
  return {
    runs: runs.length,
    seconds: medianOf(runs, (run) => run.seconds),
    cpuSeconds: medianOf(runs, (run) => run.cpuSeconds),
    peakRss: medianOf(runs, (run) => run.peakRss),
    emulatorCpu: medianOf(runs, (run) => run.emulatorCpu),
    refused: medianOf(runs, (run) => run.refused),
  };
}

const LABELS: Record<Client, string> = {
  baseline: "baseline: minimal streaming client (plain Node, no hashing, no verification)",
  cli: "CLI `export file:…` (defaults)",
  "download-only": "engine stage: DocSpace reader alone (ranged reads, discarded)",
  "upload-only": "engine stage: Dropbox writer alone (generated bytes, concurrent session)",
  "naive-16": `naive client, ${NAIVE_PARALLEL} at once (list; per file: URL, GET, files/upload), lock contention **off**`,
  "naive-16-locked": `naive client, ${NAIVE_PARALLEL} at once, lock contention **on**`,
  "cli-many": "CLI `export folder:…` (defaults), lock contention **off**",
  "cli-many-locked": "CLI `export folder:…` (defaults), lock contention **on**",
};

// ---------------------------------------------------------------------------- main

/** What main() leaves for the Chromium part, which runs once its emulators are gone. */
interface Followup {
  values: { "no-browser": boolean; only?: string | undefined };
  partial: boolean;
  write: boolean;
  /** The resume region: by a full run, and by `--only resume` (whose region says its size and rounds). */
  writeResume: boolean;
  browserMiB: number;
  resume: {
    label: string;
    bytes: number;
    rounds: number;
    /** The Node lines of the resume report (none when the part did not run). */
    lines: string[];
    startedAt: Date;
    loadStart: number[];
  };
}

async function main(): Promise<Followup> {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      "no-write": { type: "boolean", default: false },
      "no-browser": { type: "boolean", default: false },
      /** At most this many rounds per workload (a shorter, noisier run; the doc says so). */
      rounds: { type: "string" },
      /**
       * While iterating: only the large files ("large"), only the 1000 files ("many") or only the
       * file interrupted at 90 % and resumed ("resume"); never written.
       */
      only: { type: "string" },
      /** While iterating: these file sizes in MiB instead of the plan's, e.g. `--sizes 100,1024`. */
      sizes: { type: "string" },
      /** While iterating: extra arguments for every CLI run, e.g. `--cli-args="--concurrency 16"`. */
      "cli-args": { type: "string" },
      /** While iterating: only these clients on the large files, e.g. `--clients cli` (no warm-up). */
      clients: { type: "string" },
      /** Write a `node --cpu-prof` profile of every CLI and baseline run into this directory. */
      "cpu-prof": { type: "string" },
      /**
       * Record every CLI and baseline run with Linux `perf record -g` into this directory, for
       * `npx tsx scripts/perf-breakdown.ts <dir>`: CPU by kind of work, kernel and native code included.
       */
      perf: { type: "string" },
    },
  });
  const cap = values.rounds === undefined ? Infinity : Number(values.rounds);
  if (!(cap >= 1)) throw new Error(`--rounds: expected a number ≥ 1, got ${values.rounds}`);
  const base = values.quick ? QUICK : FULL;
  const plan: Plan = {
    ...base,
    sizes: base.sizes.map((size) => ({ ...size, rounds: Math.min(size.rounds, Math.floor(cap)) })),
    manyRounds: Math.min(base.manyRounds, Math.floor(cap)),
    resume: { ...base.resume, rounds: Math.min(base.resume.rounds, Math.floor(cap)) },
  };
  if (values.sizes !== undefined) {
    plan.sizes = values.sizes.split(",").map((text, index) => {
      const mebibytes = Number(text);
      if (!(Number.isInteger(mebibytes) && mebibytes > 0))
        throw new Error(`--sizes: "${text}" is not a size in MiB`);
      const rounds = Math.min(Math.floor(cap), mebibytes >= 2048 ? 2 : 3);
      return {
        label: `${mebibytes} MiB`,
        bytes: mebibytes * MiB,
        rounds,
        stages: index === 0 && values.only === "large",
      };
    });
  }
  if (values.only !== undefined && !["large", "many", "resume"].includes(values.only))
    throw new Error(`--only: expected "large", "many" or "resume", got "${values.only}"`);
  if (values.only === "resume") {
    // `--sizes` then names the resumed file's size (its first entry).
    const first = plan.sizes[0];
    if (values.sizes !== undefined && first)
      plan.resume = { label: first.label, bytes: first.bytes, rounds: plan.resume.rounds };
    plan.sizes = [];
    plan.manyRounds = 0;
  }
  if (values.only === "many") plan.sizes = [];
  if (values.only === "many" || values.only === "large") plan.resume.rounds = 0;
  if (values.only === "large") plan.manyRounds = 0;
  cliExtraArgs = values["cli-args"]?.split(" ").filter((arg) => arg !== "") ?? [];
  cpuProfileDir = values["cpu-prof"] === undefined ? undefined : path.resolve(values["cpu-prof"]);
  perfDir = values.perf === undefined ? undefined : path.resolve(values.perf);
  if (perfDir) mkdirSync(perfDir, { recursive: true });
  // Profiled runs are slower than real ones: their figures never reach the docs.
  const profiled = cpuProfileDir !== undefined || perfDir !== undefined;
  const write =
    !values["no-write"] &&
    !profiled &&
    plan.mode === "full" &&
    values.only === undefined &&
    values.sizes === undefined;
  assertMeasurable();
  const followup: Followup = {
    values,
    partial:
      values.only !== undefined ||
      values.sizes !== undefined ||
      values.clients !== undefined ||
      cliExtraArgs.length > 0,
    write,
    writeResume: write || (!values["no-write"] && !profiled && values.only === "resume"),
    browserMiB: plan.browserMiB,
    resume: { ...plan.resume, lines: [], startedAt: new Date(), loadStart: [] },
  };
  // The CLI as shipped is the prebuilt bundle (bin/docspace-to-dropbox.js falls back to compiling the
  // sources with tsx when it is missing or stale, which would be measured too); the browser part
  // needs dist/plugin.zip.
  await runInherited("npm", ["run", "build"]);
  const settled = await waitForQuiet((line) => void process.stderr.write(`${line}\n`));
  const load: { start: number[]; end: number[] } = { start: loadavg(), end: [] };
  const startedAt = new Date();
  const benchStarted = performance.now();
  const work = mkdtempSync(path.join(tmpdir(), "bench-"));
  const home = path.join(work, "home");
  mkdirSync(home);
  const hosts: Host[] = [];
  try {
    const [ds, db] = await Promise.all([
      startHost<DocSpaceSetup>("docspace"),
      startHost<DropboxSetup>("dropbox"),
    ]);
    hosts.push(ds.host, db.host);
    const caFile = path.join(work, "emulator-cas.pem");
    writeFileSync(caFile, `${ds.setup.caPem.trim()}\n${db.setup.caPem.trim()}\n`);
    const context: Context = {
      docspace: ds.host,
      dropbox: db.host,
      docspaceSetup: ds.setup,
      dropboxSetup: db.setup,
      naiveScript: compileNaiveClient(work),
      caFile,
      home,
    };
    await db.host.call({ op: "contention", enabled: true });
    const lines: string[] = [];
    const log = (line = ""): void => {
      console.log(line);
      lines.push(line);
    };
    const progress = (line: string): void => void process.stderr.write(`${line}\n`);

    // -- Start-up: what a run costs before the first byte (tsx compiles the CLI on load).
    const startups: ProcessRun[] = [];
    for (let i = 0; i < 3; i += 1)
      startups.push(await measureProcess(BIN, ["--version"], baseEnv(context), ROOT));
    const startup = {
      seconds: medianOf(startups, (run) => run.seconds),
      cpuSeconds: medianOf(startups, (run) => run.cpuSeconds),
      peakRss: medianOf(startups, (run) => run.peakRss),
    };

    // -- Large files: baseline and CLI (and at one size the engine's stages), interleaved.
    const bySize = new Map<string, Map<Client, Run[]>>();
    let warmedUp = false;
    for (const size of plan.sizes) {
      const { fileId } = await ds.host.call({
        op: "add-file",
        title: `bench-${size.label.replace(" ", "")}.bin`,
        size: size.bytes,
      });
      if (fileId === undefined) throw new Error("no file id");
      const { contentHash } = await ds.host.call({ op: "content-hash", fileId });
      const only = values.clients?.split(",");
      if (!warmedUp && !only) {
        // Not measured: JIT, the tsx compile cache, sockets, the emulators' first writes.
        progress(`warm-up (${size.label})`);
        for (const client of ["baseline", "cli"] as const) {
          await db.host.call({ op: "reset" });
          await runClient(context, client, { fileId, dest: "/Bench/warmup" });
        }
        warmedUp = true;
      }
      const kinds: Client[] = (
        size.stages ? ["baseline", "cli", "download-only", "upload-only"] : ["baseline", "cli"]
      ).filter((kind): kind is Client => !only || only.includes(kind));
      const runs = new Map<Client, Run[]>(kinds.map((kind) => [kind, []]));
      for (const { round, kind } of interleave(kinds, size.rounds)) {
        await db.host.call({ op: "reset" });
        const dest = `/Bench/${kind}`;
        const run = await runClient(context, kind, { fileId, bytes: size.bytes, dest });
        if (kind === "baseline" || kind === "cli")
          await checkCopied(context, dest, {
            count: 1,
            size: size.bytes,
            ...(contentHash ? { contentHash } : {}),
          });
        runs.get(kind)?.push(run);
        progress(
          `${size.label} round ${round + 1}/${size.rounds} ${kind}: ${fixed(run.seconds)} s, ` +
            `${fixed(run.cpuSeconds)} CPU-s, ${mib(run.peakRss)} MiB peak RSS`,
        );
      }
      await db.host.call({ op: "reset" });
      bySize.set(size.label, runs);
    }

    // -- Resume: the file afresh, and killed at 90 % then rerun, interleaved.
    const resumeRounds: ResumeRound[] = [];
    if (plan.resume.rounds > 0) {
      followup.resume.startedAt = new Date();
      followup.resume.loadStart = loadavg();
      if (!warmedUp && !values.clients) {
        // Not measured, as above; a small file, since only start-up costs are to be paid.
        progress("warm-up (16 MiB)");
        const { fileId } = await ds.host.call({ op: "add-file", title: "bench-warmup.bin", size: 16 * MiB });
        if (fileId === undefined) throw new Error("no file id");
        await db.host.call({ op: "reset" });
        await runClient(context, "cli", { fileId, dest: "/Bench/warmup" });
        warmedUp = true;
      }
      const { label, bytes, rounds } = plan.resume;
      const { fileId } = await ds.host.call({
        op: "add-file",
        title: `bench-resume-${label.replace(" ", "")}.bin`,
        size: bytes,
      });
      if (fileId === undefined) throw new Error("no file id");
      const { contentHash } = await ds.host.call({ op: "content-hash", fileId });
      const file = { fileId, bytes, ...(contentHash ? { contentHash } : {}) };
      const fresh: Run[] = [];
      const resumed: Omit<ResumeRound, "fresh">[] = [];
      for (const { round, kind } of interleave(["fresh", "resume"] as const, rounds)) {
        const result = await resumeRound(context, file, kind);
        if ("resume" in result) {
          resumed.push(result);
          progress(
            `${label} resume round ${round + 1}/${rounds}: killed after ${fixed(result.killedAfter)} s at ` +
              `${fixed((result.receivedAtKill / bytes) * 100)} %, rerun ${fixed(result.resume.seconds)} s, ` +
              `${result.resent} B re-sent`,
          );
        } else {
          fresh.push(result);
          progress(`${label} resume round ${round + 1}/${rounds} fresh: ${fixed(result.seconds)} s`);
        }
      }
      await db.host.call({ op: "reset" });
      resumed.forEach((result, index) => {
        const run = fresh[index];
        if (run) resumeRounds.push({ ...result, fresh: run });
      });
      followup.resume.lines = resumeReport(plan.resume.label, plan.resume.bytes, resumeRounds);
    }

    // -- 1000 small files, 20 ms added to every request of both emulators. Each client runs with
    // the Dropbox emulator's write-lock contention off (latency alone) and on (as real Dropbox
    // answers too_many_write_operations), in the same rounds, so neither side gets easier conditions.
    await Promise.all([
      ds.host.call({ op: "latency", ms: LATENCY_MS }),
      db.host.call({ op: "latency", ms: LATENCY_MS }),
    ]);
    const tree = ds.setup.treeFolderId;
    const manyOnly = values.clients?.split(",");
    const manyKinds = MANY_CLIENTS.filter((kind) => !manyOnly || manyOnly.includes(kind));
    const many = new Map<Client, Run[]>(manyKinds.map((kind) => [kind, []]));
    const manyOrder =
      plan.manyRounds > 0 && manyKinds.length > 0 ? interleave(manyKinds, plan.manyRounds) : [];
    for (const { round, kind } of manyOrder) {
      await db.host.call({ op: "reset" });
      await db.host.call({ op: "contention", enabled: kind.endsWith("-locked") });
      const dest = `/Bench/${kind}`;
      const run = await runClient(context, kind, { folderId: tree, dest });
      await checkCopied(context, dest, { count: ds.setup.treeFiles });
      many.get(kind)?.push(run);
      progress(
        `1000 files round ${round + 1} ${kind}: ${fixed(run.seconds)} s, ` +
          `${fixed(run.cpuSeconds)} CPU-s, ${run.refused} commits refused`,
      );
    }
    await db.host.call({ op: "contention", enabled: true });
    await Promise.all([ds.host.call({ op: "latency", ms: 0 }), db.host.call({ op: "latency", ms: 0 })]);
    load.end = loadavg();
    const benchSeconds = (performance.now() - benchStarted) / 1000;

    if (followup.partial) {
      // A partial run while iterating: medians only, no targets, no engine region.
      const groups: [string, Map<Client, Run[]>][] = [...bySize, ["1000 files", many]];
      for (const [label, runs] of groups)
        for (const [kind, list] of runs) {
          if (list.length === 0) continue;
          const summary = summarise(list);
          log(
            `${label} ${kind}: median of ${summary.runs}: ${fixed(summary.seconds, 2)} s, ${fixed(summary.cpuSeconds, 2)} CPU-s, ` +
              `${mib(summary.peakRss)} MiB peak RSS, emulators ${fixed(summary.emulatorCpu, 2)} CPU-s`,
          );
        }
      return followup;
    }

    // -- Report
    const summaries = new Map<string, Map<Client, Summary>>();
    for (const [label, runs] of bySize)
      summaries.set(label, new Map([...runs].map(([kind, list]) => [kind, summarise(list)])));
    const first = plan.sizes[0];
    const last = plan.sizes[plan.sizes.length - 1];
    const stageSize = plan.sizes.find((size) => size.stages);
    if (!first || !last || !stageSize) throw new Error("plan without sizes");
    const get = (label: string, kind: Client): Summary => {
      const summary = summaries.get(label)?.get(kind);
      if (!summary) throw new Error(`no ${kind} runs at ${label}`);
      return summary;
    };
    const perGiB = (summary: Summary, bytes: number): number => summary.cpuSeconds / (bytes / GiB);

    log("## Engine and CLI (Node)");
    log();
    log(
      `Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\`` +
        `${plan.mode === "quick" ? " (quick mode: small sizes, one round of the many-file run; a smoke test, not a measurement)" : ""}. ` +
        `Run ${startedAt.toISOString()}, ${fixed(benchSeconds / 60)} min for this part.`,
    );
    log(
      `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${fixed(totalmem() / GiB)} GiB memory, ` +
        `${process.platform} ${process.arch}, Node ${process.version}. ` +
        `Load average (1/5/15 min) ${load.start.map((v) => fixed(v, 2)).join(" / ")} at the start, ` +
        `${load.end.map((v) => fixed(v, 2)).join(" / ")} at the end (it trails what the CPUs do by minutes). ` +
        settledSentence(settled),
    );
    log();
    log(
      "Both emulators serve HTTPS with throwaway CAs (NODE_EXTRA_CA_CERTS), each in its own process, on 127.0.0.1; " +
        "the Dropbox emulator's write-lock contention is on (the 1000-file run: off and on, see there). Every client is its own process, measured from outside: " +
        "wall time from spawn to exit, CPU = user + system time of the process (from the kernel's accounting of waited-for " +
        "children, /proc/self/stat cutime + cstime), peak RSS = VmHWM of /proc/<pid>/status. Each row is the **median** of " +
        "interleaved runs (A B, B A, …), never the best; each copy is checked in the emulated Dropbox (size and content hash) before it counts.",
    );
    log();
    log(
      `- The **baseline** (scripts/lib/bench/naive-client.ts, transpiled and run on bare \`node\`): GET the download URL ` +
        `(presigneduri), one streaming GET, one upload session whose ${STREAM_CHUNK_MIB} MiB append_v2 bodies are the ` +
        "downloaded buffers written straight through; no hashing, no verification.",
    );
    log(
      "- The **CLI** exactly as shipped: `bin/docspace-to-dropbox.js export file:<id> --portal … --to … --conflict overwrite --json`, " +
        `executed through its shebang as npm links it (\`${binLaunch().line}\`), ` +
        "default settings, a fresh config directory per run. Dropbox at `DROPBOX_API_BASE_URL` (the emulator's address; " +
        "the TLS work is the same as at the real host names, which Node cannot be pointed at without changing the client).",
    );
    log(
      "- The **engine's stages** (scripts/lib/bench/engine-stages.ts, run like the CLI): the DocSpace reader alone, bytes " +
        "discarded, and the Dropbox writer alone, fed generated bytes; with the engine's default chunk size and parallelism.",
    );
    log(
      `- CLI start-up alone (\`--version\`, median of 3): ${fixed(startup.seconds, 2)} s, ${fixed(startup.cpuSeconds, 2)} CPU-s, ` +
        `${mib(startup.peakRss)} MiB peak RSS — included in every CLI figure below, as it is in real use.`,
    );
    for (const size of plan.sizes) {
      log();
      log(
        `### ${size.label} file (${size.rounds} round${size.rounds === 1 ? "" : "s"}${size.rounds < 3 ? "; fewer rounds at this size to keep the run short" : ""})`,
      );
      log();
      log(
        "| client | runs | wall (s) | MiB/s | client CPU (s) | client CPU-s per GiB | peak RSS (MiB) | emulators' CPU (s) |",
      );
      log("|---|---|---|---|---|---|---|---|");
      for (const [kind, summary] of summaries.get(size.label) ?? []) {
        log(
          `| ${LABELS[kind]} | ${summary.runs} | ${fixed(summary.seconds)} | ${fixed(size.bytes / MiB / summary.seconds)} | ` +
            `${fixed(summary.cpuSeconds)} | ${fixed(perGiB(summary, size.bytes), 2)} | ${mib(summary.peakRss)} | ${fixed(summary.emulatorCpu)} |`,
        );
      }
    }
    const stageSummaries = summaries.get(stageSize.label);
    const stageLimit =
      stageSummaries &&
      Math.min(
        stageSize.bytes / MiB / get(stageSize.label, "download-only").seconds,
        stageSize.bytes / MiB / get(stageSize.label, "upload-only").seconds,
      );
    const rate = (label: string, kind: Client, bytes: number): number =>
      bytes / MiB / get(label, kind).seconds;
    log();
    if (stageLimit !== undefined) {
      log(
        `At ${stageSize.label} the slower engine stage runs at ${fixed(stageLimit)} MiB/s: the CLI reaches ` +
          `**${fixed(rate(stageSize.label, "cli", stageSize.bytes) / stageLimit, 2)}** of it, the baseline ` +
          `${fixed(rate(stageSize.label, "baseline", stageSize.bytes) / stageLimit, 2)} (the stages are the engine's own code, ` +
          "so this fraction is about overlap, not about the limit; the baseline is the external bar).",
      );
      log();
    }

    const manySummary = new Map(MANY_CLIENTS.map((kind) => [kind, summarise(many.get(kind) ?? [])]));
    const manyOf = (kind: Client): Summary => {
      const summary = manySummary.get(kind);
      if (!summary) throw new Error(`no ${kind} runs`);
      return summary;
    };
    log(`### 1000 small files (${LATENCY_MS} ms added to every request of both emulators)`);
    log();
    log(
      "| client | runs | wall (s) | files/s | client CPU (s) | peak RSS (MiB) | emulators' CPU (s) | commits refused (429) |",
    );
    log("|---|---|---|---|---|---|---|---|");
    for (const [kind, summary] of manySummary)
      log(
        `| ${LABELS[kind]} | ${summary.runs} | ${fixed(summary.seconds)} | ${fixed(1000 / summary.seconds)} | ` +
          `${fixed(summary.cpuSeconds)} | ${mib(summary.peakRss)} | ${fixed(summary.emulatorCpu)} | ${fixed(summary.refused, 0)} |`,
      );
    log();
    log(
      `The naive client lists the tree ${NAIVE_PARALLEL} folders at once, then copies ${NAIVE_PARALLEL} files at once, ` +
        "each with its own `files/upload` commit, waiting Retry-After when Dropbox refuses one. The CLI runs with its " +
        "default settings. Both run in the same rounds under the same two conditions: the Dropbox emulator's write-lock " +
        "contention **off** (latency alone) and **on** (one commit at a time per namespace, held 100 ms, others refused " +
        'with too_many_write_operations and Retry-After: 1 — Dropbox documents that error as "too many write operations ' +
        "happening in the user's Dropbox\", dropbox/dropbox-api-spec files.stone UploadSessionFinishError, and its data " +
        "ingress guide, https://www.dropbox.com/developers/reference/data-ingress-guide, advises committing many files with " +
        "one `upload_session/finish_batch` call for that reason). The target asks the CLI to be at least as fast in both.",
    );

    // -- Targets, as ratios against the baselines of this run.
    const largest = last.label;
    const cpuRatio = perGiB(get(largest, "cli"), last.bytes) / perGiB(get(largest, "baseline"), last.bytes);
    const speedRatios = plan.sizes.slice(1).map((size) => ({
      label: size.label,
      ratio: get(size.label, "baseline").seconds / get(size.label, "cli").seconds,
    }));
    const manyRatios = {
      off: manyOf("naive-16").seconds / manyOf("cli-many").seconds,
      on: manyOf("naive-16-locked").seconds / manyOf("cli-many-locked").seconds,
    };
    const rssGrowth = get(largest, "cli").peakRss - get(first.label, "cli").peakRss;
    const baselineGrowth = get(largest, "baseline").peakRss - get(first.label, "baseline").peakRss;
    log();
    log("### Targets (ratios within this run)");
    log();
    log("| target | measured | verdict |");
    log("|---|---|---|");
    log(
      `| client CPU per GiB ≤ 1.5× the baseline's (${largest}) | ${fixed(cpuRatio, 2)}× ` +
        `(${fixed(perGiB(get(largest, "cli"), last.bytes), 2)} vs ${fixed(perGiB(get(largest, "baseline"), last.bytes), 2)} CPU-s/GiB) | ${verdict(cpuRatio, "≤", 1.5)} |`,
    );
    for (const { label, ratio } of speedRatios)
      log(
        `| ${label}: speed ≥ 0.9 of the baseline's | ${fixed(ratio, 2)} ` +
          `(${fixed(get(label, "cli").seconds)} s vs ${fixed(get(label, "baseline").seconds)} s) | ${verdict(ratio, "≥", 0.9)} |`,
      );
    log(
      `| 1000 files, defaults: at least as fast as the ${NAIVE_PARALLEL}-way naive client, lock contention off and on | ` +
        `off: ${fixed(manyRatios.off, 2)}× its speed (${fixed(manyOf("cli-many").seconds)} s vs ${fixed(manyOf("naive-16").seconds)} s); ` +
        `on: ${fixed(manyRatios.on, 2)}× (${fixed(manyOf("cli-many-locked").seconds)} s vs ${fixed(manyOf("naive-16-locked").seconds)} s) | ` +
        // Met only when the CLI wins in both conditions: the weaker of the two decides.
        `${verdict(Math.min(manyRatios.off, manyRatios.on), "≥", 1)} |`,
    );
    log(
      `| CLI peak RSS flat (≤ 10 MiB growth) from ${first.label} to ${largest} | ${rssGrowth >= 0 ? "+" : ""}${mib(rssGrowth)} MiB ` +
        `(${mib(get(first.label, "cli").peakRss)} → ${mib(get(largest, "cli").peakRss)} MiB; baseline ${baselineGrowth >= 0 ? "+" : ""}${mib(baselineGrowth)} MiB) | ` +
        `${verdict(rssGrowth / MiB, "≤", 10)} |`,
    );
    log();
    log(
      "Figures vary with the machine and its load; the ratios compare runs made side by side, which is what the targets refer to. " +
        "Tests never assert timings.",
    );

    if (write) await writeBenchmarkRegion("engine", lines.join("\n"));
    else
      progress(
        `(${plan.mode} mode${values["no-write"] ? ", --no-write" : ""}: docs/benchmarks.md left as it was)`,
      );
  } finally {
    await Promise.all(hosts.map((host) => host.close()));
    rmSync(work, { recursive: true, force: true });
  }

  return followup;
}

/**
 * After the Node part: the plugin in Chromium (a full run), the resume line in Chromium (a full
 * run and `--only resume`), and the resume region, Node and Chromium from this one run.
 */
async function afterMain({
  values,
  partial,
  write,
  writeResume,
  browserMiB,
  resume,
}: Followup): Promise<void> {
  const chromiumResume = path.join(tmpdir(), `bench-resume-chromium-${process.pid}.md`);
  rmSync(chromiumResume, { force: true });
  if (!values["no-browser"] && (!partial || values.only === "resume")) {
    if (!partial)
      await runInherited(process.execPath, [
        "--require",
        "tsx/cjs",
        path.join(__dirname, "bench-browser.ts"),
        "--size-mib",
        String(browserMiB),
        ...(write ? [] : ["--no-write"]),
      ]);
    if (resume.rounds > 0)
      // The same resume line in Chromium (page reloaded at 90 %, then Resume), as markdown.
      await runInherited(process.execPath, [
        "--require",
        "tsx/cjs",
        path.join(__dirname, "bench-browser-resume.ts"),
        "--size-mib",
        String(resume.bytes / MiB),
        "--rounds",
        String(resume.rounds),
        "--report",
        chromiumResume,
      ]);
  }
  if (resume.lines.length === 0) return;
  let chromium: string[];
  try {
    chromium = readFileSync(chromiumResume, "utf8").trimEnd().split("\n");
    rmSync(chromiumResume, { force: true });
  } catch {
    chromium = [`Chromium: not run in this run${values["no-browser"] ? " (--no-browser)" : ""}.`];
  }
  const loadEnd = loadavg();
  const region = [
    `## Resume: ${resume.label} interrupted at ${RESUME_AT * 100} %`,
    "",
    `Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\`; this part ` +
      `started ${resume.startedAt.toISOString()}, and the Node and Chromium figures below come from that one run. ` +
      `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.version}; load average (1/5/15 min) ` +
      `${resume.loadStart.map((v) => fixed(v, 2)).join(" / ")} at the start of this part, ` +
      `${loadEnd.map((v) => fixed(v, 2)).join(" / ")} at its end.`,
    "",
    ...resume.lines,
    "",
    ...chromium,
  ];
  console.log();
  for (const line of region) console.log(line);
  if (writeResume) await writeBenchmarkRegion("resume", region.join("\n"));
  else process.stderr.write("(the resume region of docs/benchmarks.md left as it was)\n");
}

function runInherited(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

main()
  .then(afterMain)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
