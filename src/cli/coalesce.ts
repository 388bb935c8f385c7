// Text written in one turn of the event loop leaves in one write. Node writes to pipes and files
// synchronously, one system call each ("A note on process I/O",
// https://nodejs.org/api/process.html#a-note-on-process-io), and `export --json` writes three JSON
// lines per file: a `node --cpu-prof` of a 1000-file export (`npx tsx scripts/bench.ts --only many
// --clients cli-many --cpu-prof DIR`) spent 9 % of its samples in those writes.

import type { Writer } from "./output";

export interface Coalescing extends Writer {
  /** Writes what is pending now (also done on `exit`, so nothing is lost when the process ends). */
  flush(): void;
}

export function coalescing(
  target: Writer,
  schedule: (flush: () => void) => void = (flush) => void setImmediate(flush),
): Coalescing {
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    target.write(text);
  };
  return {
    write(text: string): boolean {
      if (pending.length === 0) schedule(flush);
      pending.push(text);
      return true;
    },
    flush,
  };
}
