import { readAhead } from "../../../src/core/read-ahead";

function source(
  pieces: number,
  size: number,
  pulled: { count: number },
  failAt?: number,
): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < pieces; i += 1) {
        if (i === failAt) throw new Error("dropped");
        pulled.count += 1;
        yield new Uint8Array(size).fill(i);
      }
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test("reads ahead up to the limit while the consumer is busy, and no further", async () => {
  const pulled = { count: 0 };
  const stream = readAhead(source(10, 100, pulled), 300);
  const first = await stream.next();
  expect(first.value?.[0]).toBe(0);
  await tick();
  // One piece handed out, up to 300 bytes (three pieces) buffered behind it.
  expect(pulled.count).toBe(4);
  const rest: number[] = [];
  for await (const piece of stream) rest.push(piece[0] ?? -1);
  expect(rest).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test("a source failure reaches the consumer", async () => {
  const stream = readAhead(source(5, 10, { count: 0 }, 2), 1000);
  const seen: number[] = [];
  await expect(
    (async () => {
      for await (const piece of stream) seen.push(piece[0] ?? -1);
    })(),
  ).rejects.toThrow("dropped");
  expect(seen).toEqual([0, 1]);
});

test("return() stops the pump", async () => {
  const pulled = { count: 0 };
  const stream = readAhead(source(100, 10, pulled), 20);
  await stream.next();
  await stream.return?.();
  await tick();
  const before = pulled.count;
  await tick();
  expect(pulled.count).toBe(before);
  expect(before).toBeLessThan(10);
});
