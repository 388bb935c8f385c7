// Keeps up to `maxBytes` of a byte stream buffered ahead of its consumer, so the download of the
// next chunk overlaps the upload of the current one. Without it a sequential transfer alternates
// download and upload and runs at the harmonic mean of their speeds, not at the slower one.

export function readAhead(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncIterableIterator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const queue: Uint8Array[] = [];
  let buffered = 0;
  let finished = false;
  let failure: { error: unknown } | undefined;
  let pumping: Promise<void> | undefined;
  let wakeConsumer: (() => void) | undefined;
  let wakePump: (() => void) | undefined;

  const notifyConsumer = (): void => {
    wakeConsumer?.();
    wakeConsumer = undefined;
  };

  async function pump(): Promise<void> {
    try {
      while (!finished) {
        if (buffered >= maxBytes) {
          await new Promise<void>((resolve) => (wakePump = resolve));
          continue;
        }
        const next = await iterator.next();
        if (next.done) break;
        queue.push(next.value);
        buffered += next.value.byteLength;
        notifyConsumer();
      }
    } catch (error) {
      failure = { error };
    }
    finished = true;
    notifyConsumer();
  }

  const self: AsyncIterableIterator<Uint8Array> = {
    async next(): Promise<IteratorResult<Uint8Array>> {
      pumping ??= pump();
      for (;;) {
        const value = queue.shift();
        if (value) {
          buffered -= value.byteLength;
          wakePump?.();
          wakePump = undefined;
          return { value, done: false };
        }
        if (failure) throw failure.error;
        if (finished) return { value: undefined, done: true };
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
      }
    },
    async return(): Promise<IteratorResult<Uint8Array>> {
      finished = true;
      queue.length = 0;
      buffered = 0;
      wakePump?.();
      // Not awaited: a generator blocked on the network finishes its pending read first.
      void iterator.return?.(undefined)?.catch(() => undefined);
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return self;
    },
  };
  return self;
}
