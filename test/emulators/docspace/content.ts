import { createCipheriv, createHash } from "node:crypto";
import { ContentHasher } from "../shared/content-hash";
import { Readable } from "node:stream";

// File bytes are never stored: each file's content is AES-128-CTR keystream under a key derived
// from the emulator seed and the file's content key. CTR mode is seekable (the counter is the
// 16-byte block index), so any Range can be produced without generating the bytes before it, and
// it runs at memory speed, so multi-GiB files cost nothing until someone reads them.

const BLOCK = 16;
const CHUNK = 256 * 1024;
const ZEROS = Buffer.alloc(CHUNK);

/** Identifies one file version's bytes: same seed + key → same bytes, in every process. */
export interface ContentRef {
  seed: string;
  contentKey: string;
  size: number;
}

function cipherAt(ref: ContentRef, block: number): ReturnType<typeof createCipheriv> {
  const key = createHash("sha256")
    .update(`docspace-emulator\0${ref.seed}\0${ref.contentKey}`)
    .digest()
    .subarray(0, 16);
  const iv = Buffer.alloc(16);
  // Block indexes of files up to 2^53 bytes fit in the low 8 bytes of the counter.
  iv.writeBigUInt64BE(BigInt(block), 8);
  return createCipheriv("aes-128-ctr", key, iv);
}

/** Yields the bytes [start, end) of a file's content in chunks of at most 256 KiB. */
export function* contentChunks(ref: ContentRef, start = 0, end = ref.size): Generator<Buffer> {
  const stop = Math.min(end, ref.size);
  if (start >= stop) return;
  const firstBlock = Math.floor(start / BLOCK);
  const cipher = cipherAt(ref, firstBlock);
  let skip = start - firstBlock * BLOCK;
  let remaining = stop - start;
  while (remaining > 0) {
    const want = Math.min(CHUNK, remaining + skip);
    const out = cipher.update(want === CHUNK ? ZEROS : ZEROS.subarray(0, want));
    const piece = skip > 0 ? out.subarray(skip) : out;
    skip = 0;
    const take = piece.subarray(0, Math.min(piece.length, remaining));
    remaining -= take.length;
    yield take;
  }
}

/** A Node stream of the bytes [start, end), with backpressure. */
export function contentStream(ref: ContentRef, start = 0, end = ref.size): Readable {
  return Readable.from(contentChunks(ref, start, end), { objectMode: false });
}

/** The bytes [start, start+length) as one buffer; for small files and spot checks. */
export function contentBytes(ref: ContentRef, start = 0, length = ref.size - start): Buffer {
  return Buffer.concat([...contentChunks(ref, start, start + length)]);
}

/** Hex digest of the whole content (e.g. "sha256", "md5"). */
export function hashContent(ref: ContentRef, algorithm = "sha256"): string {
  const hash = createHash(algorithm);
  for (const chunk of contentChunks(ref)) hash.update(chunk);
  return hash.digest("hex");
}

/**
 * Dropbox's `content_hash`: SHA-256 over the concatenated SHA-256 digests of 4 MiB blocks
 * (https://www.dropbox.com/developers/reference/content-hash), so transfer tests can compare
 * against the uploaded file's metadata.
 */
export function dropboxContentHash(ref: ContentRef): string {
  const hasher = new ContentHasher();
  for (const chunk of contentChunks(ref)) hasher.update(chunk);
  return hasher.digest();
}
