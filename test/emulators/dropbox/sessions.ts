import { randomBytes } from "node:crypto";
import { partLength, type Part, type StoredBlob } from "./blobs";
import { ContentHasher, digestOfBlockDigests } from "../shared/content-hash";

/** Concurrent sessions take pieces at offsets and lengths that are multiples of 2^22 (files.stone UploadSessionLookupError). */
export const CONCURRENT_ALIGNMENT = 4 * 1024 * 1024;
/** 2^41 − 2^22 bytes (files.stone UploadSessionLookupError.too_large). */
export const MAX_FILE_SIZE = 2 ** 41 - 2 ** 22;
/** Sessions are valid for 7 days (files.stone UploadSessionLookupError.not_found). */
export const DEFAULT_SESSION_LIFETIME_SECONDS = 7 * 24 * 3600;

export interface Piece {
  part?: Part;
  length: number;
  digests: Buffer[];
}

export interface Session {
  id: string;
  type: "sequential" | "concurrent";
  appKey: string;
  expiresAt: number;
  closed: boolean;
  /** A request is streaming into this sequential session right now. */
  busy: boolean;
  /** Sequential: parts in order, bytes so far and the running hash. */
  parts: Part[];
  offset: number;
  hasher: ContentHasher;
  /** Concurrent: pieces by offset; the size is known once the closing append arrived. */
  pieces: Map<number, Piece>;
  totalSize?: number;
}

export class Sessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly now: () => number,
    public lifetimeSeconds: number,
    private readonly release: (parts: Part[]) => void,
  ) {}

  create(type: Session["type"], appKey: string): Session {
    this.sweep();
    // Shaped like the spec's examples: "pid_upload_session:" + opaque text.
    const id = `pid_upload_session:${randomBytes(36).toString("base64url")}`;
    const session: Session = {
      id,
      type,
      appKey,
      expiresAt: this.now() + this.lifetimeSeconds * 1000,
      closed: false,
      busy: false,
      parts: [],
      offset: 0,
      hasher: new ContentHasher(),
      pieces: new Map(),
    };
    this.sessions.set(id, session);
    return session;
  }

  /** Live session of this app, or undefined (unknown, expired or another app's → `not_found`). */
  get(id: string, appKey: string): Session | undefined {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      this.drop(session, true);
      return undefined;
    }
    return session.appKey === appKey ? session : undefined;
  }

  /** Frees expired sessions' bytes, so a long-running sandbox does not fill the disk. */
  sweep(): void {
    const now = this.now();
    for (const s of [...this.sessions.values()]) if (s.expiresAt <= now) this.drop(s, true);
  }

  /** Forgets a session; `releaseData` when its bytes did not become a file. */
  drop(session: Session, releaseData: boolean): void {
    this.sessions.delete(session.id);
    if (releaseData) this.release(allParts(session));
  }

  count(): number {
    return this.sessions.size;
  }

  dropAll(): void {
    for (const s of [...this.sessions.values()]) this.drop(s, true);
  }

  /** The contents once every byte is there, or "missing". */
  assemble(session: Session): StoredBlob | "missing" {
    return assembleSession(session);
  }

  /** Bytes received, the `correct_offset` of a sequential session. */
  static received(session: Session): number {
    if (session.type === "sequential") return session.offset;
    let total = 0;
    for (const p of session.pieces.values()) total += p.length;
    return total;
  }
}

function allParts(session: Session): Part[] {
  return [...session.parts, ...[...session.pieces.values()].flatMap((p) => (p.part ? [p.part] : []))];
}

export const isAligned = (n: number): boolean => n % CONCURRENT_ALIGNMENT === 0;
export { partLength };

/** A session's contents once every byte is there, or "missing". */
export function assembleSession(session: Session): StoredBlob | "missing" {
  if (session.type === "sequential") {
    return { size: session.offset, contentHash: session.hasher.digest(), parts: [...session.parts] };
  }
  if (session.totalSize === undefined) return "missing";
  const ordered = [...session.pieces.entries()].sort((a, b) => a[0] - b[0]);
  let expected = 0;
  const parts: Part[] = [];
  const digests: Buffer[] = [];
  for (const [offset, piece] of ordered) {
    if (offset !== expected) return "missing";
    if (piece.part) parts.push(piece.part);
    digests.push(...piece.digests);
    expected += piece.length;
  }
  if (expected !== session.totalSize) return "missing";
  if (expected === 0) return { size: 0, contentHash: new ContentHasher().digest(), parts };
  return { size: expected, contentHash: digestOfBlockDigests(digests), parts };
}
