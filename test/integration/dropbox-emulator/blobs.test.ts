import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BlobStore, BodyAbortedError } from "../../emulators/dropbox/blobs";
import { ContentHasher } from "../../emulators/shared/content-hash";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "blobs-test-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PIECE = 256 * 1024;

/** Resolves once the store's one file holds `bytes` bytes (its earlier writes are done). */
async function fileHolds(bytes: number): Promise<void> {
  for (;;) {
    const names = await readdir(dir);
    const first = names[0];
    if (first !== undefined && (await stat(join(dir, first))).size >= bytes) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A request body that breaks, as a dropped connection does, right after a small chunk (under the
 * write stream's highWaterMark, so nothing waits for it) whose file write has only just started;
 * the earlier chunk is on disk, so the file is open.
 */
async function* cutOff(): AsyncGenerator<Buffer> {
  yield Buffer.alloc(PIECE, 1);
  await fileHolds(PIECE);
  yield Buffer.alloc(1024, 2);
  throw new Error("aborted");
}

test("a body cut off while its file is being written rejects cleanly and leaves no file", async () => {
  // Threshold 0: every byte goes to a file. The late write's failure must not escape as an
  // uncaught 'error' (jest fails the running test on one), and the part file must be gone.
  const store = new BlobStore(dir, 0);
  for (let round = 0; round < 5; round++) {
    await expect(
      store.receive(cutOff(), { limit: 1 << 30, hashers: [new ContentHasher()] }),
    ).rejects.toBeInstanceOf(BodyAbortedError);
    expect(await readdir(dir)).toEqual([]);
  }
});
