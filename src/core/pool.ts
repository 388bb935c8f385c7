// The one concurrency helper: run work over a list with at most `limit` at once. Our own rather
// than p-limit because p-limit 4 and later are ESM-only (sindresorhus/p-limit package.json
// "type": "module"), which the CommonJS CLI build cannot require, and all we need is this loop:
// inputs start in list order, each worker takes the next one when it is free.

export async function forEachConcurrently<T>(
  inputs: readonly T[],
  limit: number,
  work: (input: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < inputs.length; index = next++) {
      await work(inputs[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker));
}
