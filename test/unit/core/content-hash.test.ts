import {
  BlockDigestCollector,
  ContentHasher,
  HASH_BLOCK_SIZE,
  contentHashOf,
  sha256Implementation,
} from "../../../src/core/content-hash";

// Vectors computed with https://www.dropbox.com/developers/reference/content-hash and matched by
// the SDK's own hasher (dropbox-sdk-js src/upload-content-hash.js).
const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const HELLO = "bc62d4b80d9e36da29c16c5d4d9f11731f36052c72401a76c23c0fb5a9b74423";
const FOUR_MIB_PLUS_ONE = "9eb62f609dee341fdcc4521fd6d5a78d9e5c5bb36d844618d9e8d1b32f28ba95";

function pattern(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = i % 256;
  return bytes;
}

test("known vectors", async () => {
  expect(await contentHashOf(new Uint8Array(0))).toBe(EMPTY);
  expect(await contentHashOf(new TextEncoder().encode("hello world"))).toBe(HELLO);
  expect(await contentHashOf(pattern(HASH_BLOCK_SIZE + 1))).toBe(FOUR_MIB_PLUS_ONE);
});

test("without Web Crypto (a plain-HTTP page is no secure context) the pure-JS SHA-256 gives the same hashes", async () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, "crypto");
  Object.defineProperty(globalThis, "crypto", { value: {}, configurable: true, writable: true });
  try {
    expect(sha256Implementation()).toBe("pure-js");
    expect(await contentHashOf(new Uint8Array(0))).toBe(EMPTY);
    expect(await contentHashOf(new TextEncoder().encode("hello world"))).toBe(HELLO);
    const hasher = new ContentHasher();
    const bytes = pattern(HASH_BLOCK_SIZE + 1);
    await hasher.update(bytes.subarray(0, 1000));
    await hasher.update(bytes.subarray(1000));
    expect(await hasher.digest()).toBe(FOUR_MIB_PLUS_ONE);
  } finally {
    if (original) Object.defineProperty(globalThis, "crypto", original);
  }
  expect(sha256Implementation()).toBe("webcrypto");
});

test.each([[1], [1000], [HASH_BLOCK_SIZE - 1], [HASH_BLOCK_SIZE], [3 * 1024 * 1024 + 7]])(
  "streaming in pieces of %i bytes gives the same hash",
  async (piece) => {
    const bytes = pattern(HASH_BLOCK_SIZE + 1);
    const hasher = new ContentHasher();
    // Pieces of 1 byte over 4 MiB would take long; feed the first pieces small, then big ones.
    let offset = 0;
    while (offset < bytes.byteLength) {
      const size = piece === 1 && offset > 64 ? 1024 * 1024 : piece;
      await hasher.update(bytes.subarray(offset, offset + size));
      offset += size;
    }
    expect(await hasher.digest()).toBe(FOUR_MIB_PLUS_ONE);
  },
);

test("an empty stream hashes like the empty file", async () => {
  expect(await new ContentHasher().digest()).toBe(EMPTY);
});

test("block digests collected out of order give the whole-file hash", async () => {
  const size = 3 * HASH_BLOCK_SIZE + 5;
  const bytes = pattern(size);
  const collector = new BlockDigestCollector();
  const chunk = 2 * HASH_BLOCK_SIZE;
  const tail = await collector.add(chunk, bytes.subarray(chunk));
  const head = await collector.add(0, bytes.subarray(0, chunk));
  expect(await collector.finish(size)).toBe(await contentHashOf(bytes));
  // Each part's own hash is the content_hash of that request alone (files.stone
  // `UploadSessionAppendArg.content_hash`).
  expect(head).toBe(await contentHashOf(bytes.subarray(0, chunk)));
  expect(tail).toBe(await contentHashOf(bytes.subarray(chunk)));
});

test("a missing block is an error, not a wrong hash", async () => {
  const collector = new BlockDigestCollector();
  await collector.add(HASH_BLOCK_SIZE, new Uint8Array(10));
  await expect(collector.finish(HASH_BLOCK_SIZE + 10)).rejects.toThrow("block 0");
  await expect(collector.add(100, new Uint8Array(1))).rejects.toThrow("4 MiB boundary");
});

test("every block of a part is handed to the SHA-256 port at once, and the digests come back in order", async () => {
  const bytes = pattern(2 * HASH_BLOCK_SIZE + 3);
  const asked: number[] = [];
  const answers: (() => void)[] = [];
  const { createHash } = await import("node:crypto");
  // A port that answers only when told (as a worker does, later): all three must be asked first.
  const deferred = (block: Uint8Array): Promise<Uint8Array> => {
    asked.push(block.byteLength);
    return new Promise((resolve) => answers.push(() => resolve(createHash("sha256").update(block).digest())));
  };
  const hashing = contentHashOf(bytes, deferred);
  await new Promise((resolve) => setImmediate(resolve));
  expect(asked).toEqual([HASH_BLOCK_SIZE, HASH_BLOCK_SIZE, 3]);
  // Answered last block first: the order of the digests is still the file's.
  for (const answer of [...answers].reverse()) answer();
  await new Promise((resolve) => setImmediate(resolve));
  // Then the joined digests (the fourth call), answered too.
  expect(asked).toHaveLength(4);
  answers[3]?.();
  expect(await hashing).toBe(await contentHashOf(bytes));
});
