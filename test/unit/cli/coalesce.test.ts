// The CLI's stdout writer: what is written in one turn goes out in one write, in order, and a
// flush (the process's `exit`) writes whatever is pending.

import { coalescing } from "../../../src/cli/coalesce";

function recorder(): { writes: string[]; write(text: string): void } {
  const writes: string[] = [];
  return { writes, write: (text) => void writes.push(text) };
}

test("lines written in one turn leave as one write, in order, when the scheduled flush runs", () => {
  const target = recorder();
  const scheduled: (() => void)[] = [];
  const out = coalescing(target, (flush) => void scheduled.push(flush));
  out.write('{"event":"progress","n":1}\n');
  out.write('{"event":"progress","n":2}\n');
  out.write('{"event":"file","n":3}\n');
  expect(target.writes).toEqual([]);
  expect(scheduled).toHaveLength(1);
  scheduled[0]?.();
  expect(target.writes).toEqual([
    '{"event":"progress","n":1}\n{"event":"progress","n":2}\n{"event":"file","n":3}\n',
  ]);
  // The next turn schedules again.
  out.write("next\n");
  expect(scheduled).toHaveLength(2);
  scheduled[1]?.();
  expect(target.writes).toEqual([
    '{"event":"progress","n":1}\n{"event":"progress","n":2}\n{"event":"file","n":3}\n',
    "next\n",
  ]);
});

test("a flush writes what is pending at once; the scheduled flush then finds nothing to write", () => {
  const target = recorder();
  const scheduled: (() => void)[] = [];
  const out = coalescing(target, (flush) => void scheduled.push(flush));
  out.write("last line\n");
  out.flush();
  expect(target.writes).toEqual(["last line\n"]);
  scheduled[0]?.();
  expect(target.writes).toEqual(["last line\n"]);
});

test("by default the flush runs on the next turn of the event loop", async () => {
  const target = recorder();
  const out = coalescing(target);
  out.write("a\n");
  out.write("b\n");
  expect(target.writes).toEqual([]);
  await new Promise((resolve) => setImmediate(resolve));
  expect(target.writes).toEqual(["a\nb\n"]);
});
