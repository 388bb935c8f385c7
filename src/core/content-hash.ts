// Dropbox's content_hash (https://www.dropbox.com/developers/reference/content-hash): SHA-256 of
// each 4 MiB block, then SHA-256 of the concatenated raw block digests, lower-case hex. Web Crypto
// digests are one-shot, which suits this exactly: we never need more than one 4 MiB block in hand.
// Web Crypto exists only in secure contexts (https://w3c.github.io/webcrypto/#crypto-interface,
// `[SecureContext] readonly attribute SubtleCrypto subtle`): a portal on plain HTTP under a LAN name
// has none, so there the pure-JavaScript SHA-256 of @noble/hashes does the same work, slower.
import { sha256 as pureSha256 } from "@noble/hashes/sha2";

export const HASH_BLOCK_SIZE = 4 * 1024 * 1024;

/** Which SHA-256 this runtime uses: Web Crypto where it exists, otherwise pure JavaScript. */
export function sha256Implementation(): "webcrypto" | "pure-js" {
  return globalThis.crypto?.subtle ? "webcrypto" : "pure-js";
}

/** SHA-256 of `bytes`, with Web Crypto where it exists and pure JavaScript elsewhere. */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return new Uint8Array(await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return pureSha256(bytes);
}

/**
 * A one-shot SHA-256: the port through which each environment hashes with its fastest native
 * implementation (the CLI passes Node's `crypto.createHash`; browsers keep the default above, Web
 * Crypto or the pure-JavaScript fallback). `within`, when given, says `bytes` are
 * `within.whole.subarray(within.offset, …)`, so a port can find where the whole came from (the
 * plugin hands a range that arrived as a Blob to a worker by reference, body.ts `arrivedBlobOf`).
 */
export type Sha256 = (
  bytes: Uint8Array,
  within?: { whole: Uint8Array; offset: number },
) => Uint8Array | Promise<Uint8Array>;

function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** Block digests of `bytes`, which must start on a block boundary of the file. */
export async function blockDigests(bytes: Uint8Array, digest: Sha256 = sha256): Promise<Uint8Array[]> {
  const digests: (Uint8Array | Promise<Uint8Array>)[] = [];
  for (let start = 0; start < bytes.byteLength; start += HASH_BLOCK_SIZE) {
    const end = Math.min(bytes.byteLength, start + HASH_BLOCK_SIZE);
    // All blocks asked for at once: a port that hashes elsewhere (the plugin's worker) reads the
    // next block while the answer for this one travels back.
    digests.push(digest(bytes.subarray(start, end), { whole: bytes, offset: start }));
  }
  return Promise.all(digests);
}

/** The content hash from block digests in file order (an empty list is the empty file). */
export async function combineDigests(
  digests: readonly Uint8Array[],
  digest: Sha256 = sha256,
): Promise<string> {
  const joined = new Uint8Array(digests.length * 32);
  digests.forEach((block, index) => joined.set(block, index * 32));
  return toHex(await digest(joined));
}

/** Content hash of bytes held in memory (small files and single requests). */
export async function contentHashOf(bytes: Uint8Array, digest: Sha256 = sha256): Promise<string> {
  return combineDigests(await blockDigests(bytes, digest), digest);
}

/**
 * Streaming hasher for bytes that arrive in any chunking, in order. Holds at most one partial
 * block (4 MiB); whole blocks inside a chunk are digested in place without copying.
 */
export class ContentHasher {
  private readonly digests: Uint8Array[] = [];
  private readonly block = new Uint8Array(HASH_BLOCK_SIZE);
  private filled = 0;
  private done = false;

  constructor(private readonly sha: Sha256 = sha256) {}

  async update(chunk: Uint8Array): Promise<void> {
    if (this.done) throw new Error("ContentHasher.update after digest");
    let offset = 0;
    while (offset < chunk.byteLength) {
      if (this.filled === 0 && chunk.byteLength - offset >= HASH_BLOCK_SIZE) {
        this.digests.push(await this.sha(chunk.subarray(offset, offset + HASH_BLOCK_SIZE)));
        offset += HASH_BLOCK_SIZE;
        continue;
      }
      const take = Math.min(HASH_BLOCK_SIZE - this.filled, chunk.byteLength - offset);
      this.block.set(chunk.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === HASH_BLOCK_SIZE) {
        this.digests.push(await this.sha(this.block));
        this.filled = 0;
      }
    }
  }

  async digest(): Promise<string> {
    this.done = true;
    if (this.filled > 0) {
      this.digests.push(await this.sha(this.block.subarray(0, this.filled)));
      this.filled = 0;
    }
    return combineDigests(this.digests, this.sha);
  }
}

/**
 * Collects block digests of a file whose parts arrive out of order (parallel chunk uploads).
 * Each part must start on a block boundary, which 4 MiB-multiple chunks guarantee.
 */
export class BlockDigestCollector {
  private readonly digests = new Map<number, Uint8Array>();

  constructor(private readonly sha: Sha256 = sha256) {}

  /** Digests `bytes` at file `offset` and returns the content hash of this part alone. */
  async add(offset: number, bytes: Uint8Array): Promise<string> {
    if (offset % HASH_BLOCK_SIZE !== 0) throw new Error(`part offset ${offset} is not on a 4 MiB boundary`);
    const parts = await blockDigests(bytes, this.sha);
    parts.forEach((digest, index) => this.digests.set(offset / HASH_BLOCK_SIZE + index, digest));
    return combineDigests(parts, this.sha);
  }

  /** The block digests (hex) of the part of `length` bytes at `offset`, as `add` computed them. */
  hexDigests(offset: number, length: number): string[] {
    const first = offset / HASH_BLOCK_SIZE;
    const digests: string[] = [];
    for (let index = first; index < first + Math.ceil(length / HASH_BLOCK_SIZE); index += 1) {
      const digest = this.digests.get(index);
      if (!digest) throw new Error(`block ${index} was never hashed`);
      digests.push(toHex(digest));
    }
    return digests;
  }

  /** Takes block digests (hex) recorded by an earlier attempt for the part at `offset`. */
  restore(offset: number, hexDigests: readonly string[]): void {
    if (offset % HASH_BLOCK_SIZE !== 0) throw new Error(`part offset ${offset} is not on a 4 MiB boundary`);
    hexDigests.forEach((hex, index) => {
      if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error("a recorded block digest is not SHA-256 hex");
      const digest = new Uint8Array(32);
      for (let byte = 0; byte < 32; byte += 1) digest[byte] = parseInt(hex.slice(byte * 2, byte * 2 + 2), 16);
      this.digests.set(offset / HASH_BLOCK_SIZE + index, digest);
    });
  }

  /** True when every block of a `size`-byte file has a digest. */
  complete(size: number): boolean {
    const count = Math.ceil(size / HASH_BLOCK_SIZE);
    for (let index = 0; index < count; index += 1) if (!this.digests.has(index)) return false;
    return true;
  }

  /** The whole file's hash; fails if a block of a `size`-byte file was never seen. */
  async finish(size: number): Promise<string> {
    const count = Math.ceil(size / HASH_BLOCK_SIZE);
    const ordered: Uint8Array[] = [];
    for (let index = 0; index < count; index += 1) {
      const digest = this.digests.get(index);
      if (!digest) throw new Error(`block ${index} of ${count} was never hashed`);
      ordered.push(digest);
    }
    return combineDigests(ordered, this.sha);
  }
}
