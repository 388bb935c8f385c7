import { createHash, type Hash } from "node:crypto";

/** Dropbox hashes content in 4 MiB blocks (https://www.dropbox.com/developers/reference/content-hash). */
export const CONTENT_HASH_BLOCK = 4 * 1024 * 1024;

/**
 * Incremental Dropbox content hash: SHA-256 of each 4 MiB block, then SHA-256 of the
 * concatenated raw block digests, as lowercase hex. Nothing but the current block's hash
 * state and the 32-byte digests is kept, so hashing 2 GiB costs a few kilobytes.
 */
export class ContentHasher {
  private block: Hash = createHash("sha256");
  private blockBytes = 0;
  private digests: Buffer[] = [];
  private total = 0;

  update(chunk: Uint8Array): this {
    let rest = chunk;
    while (rest.byteLength > 0) {
      const take = Math.min(CONTENT_HASH_BLOCK - this.blockBytes, rest.byteLength);
      this.block.update(rest.subarray(0, take));
      this.blockBytes += take;
      this.total += take;
      rest = rest.subarray(take);
      if (this.blockBytes === CONTENT_HASH_BLOCK) this.closeBlock();
    }
    return this;
  }

  get size(): number {
    return this.total;
  }

  /** Snapshot, so a failed append can be rolled back without rehashing the file. */
  copy(): ContentHasher {
    const clone = new ContentHasher();
    clone.block = this.block.copy();
    clone.blockBytes = this.blockBytes;
    clone.digests = [...this.digests];
    clone.total = this.total;
    return clone;
  }

  /** Block digests so far; only complete when the data ended on a block boundary or after `blockDigests(true)`. */
  blockDigests(includePartial: boolean): Buffer[] {
    if (includePartial && this.blockBytes > 0) return [...this.digests, this.block.copy().digest()];
    return [...this.digests];
  }

  digest(): string {
    return digestOfBlockDigests(this.blockDigests(true));
  }

  private closeBlock(): void {
    this.digests.push(this.block.digest());
    this.block = createHash("sha256");
    this.blockBytes = 0;
  }
}

/** Final hash from per-block digests (used to join 4 MiB-aligned pieces of concurrent sessions). */
export function digestOfBlockDigests(digests: readonly Buffer[]): string {
  const outer = createHash("sha256");
  for (const d of digests) outer.update(d);
  return outer.digest("hex");
}

/** The Dropbox `content_hash` of a byte array. */
export function dropboxContentHash(bytes: Uint8Array | string): string {
  const data = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes;
  return new ContentHasher().update(data).digest();
}
