// Entry point for bin/docspace-to-dropbox.js: wires the process to `run` and sets the exit code.
// Ctrl-C stops the export cleanly (nothing half-committed, finished files recorded); a second
// Ctrl-C quits at once.

import { coalescing } from "./coalesce";
import { run } from "./run";

// One write per turn of the event loop (coalesce.ts); what is pending when the process exits
// (process.exit included) is written on `exit`.
const stdout = coalescing(process.stdout);
process.on("exit", () => stdout.flush());

const controller = new AbortController();
let interrupted = false;
process.on("SIGINT", () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  process.stderr.write("\nStopping after the current requests; press Ctrl-C again to quit now.\n");
  controller.abort();
});

// `watch` is a service: SIGTERM (systemd, docker stop) stops it gracefully, like the first Ctrl-C.
if (process.argv[2] === "watch") process.on("SIGTERM", () => controller.abort());

void run(process.argv.slice(2), {
  env: process.env,
  stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  signal: controller.signal,
}).then((code) => {
  process.exitCode = code;
  // stdin may still be open (connect); do not wait for it.
  process.stdin.unref?.();
});
