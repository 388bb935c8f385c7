// The watcher's durable journal: one JSON line per accepted webhook, appended and fsynced before
// the webhook is answered, and one line per batch of finished events. After a crash (kill -9 at
// any point) the file is read back: events without a "done" line are processed again. Processing
// is idempotent (the export's sync check skips a file Dropbox already holds with the same content
// hash), so "at least once" in the journal is "exactly once" in effect.
//
// A line cut short by a crash can only be the last one, and belongs to a webhook that was never
// answered (DocSpace delivers it again), so unreadable lines are skipped.

import { open, rename, type FileHandle } from "node:fs/promises";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";

export interface WatchEvent {
  /** DocSpace's `webhook.id` + `event.id`: the same for every retry of one delivery. */
  key: string;
  trigger: string;
  fileId: number | string;
  title: string;
  /** Milliseconds since the epoch when the webhook was accepted. */
  at: number;
}

export interface JournalEntry extends WatchEvent {
  seq: number;
}

type Line = ({ t: "e" } & JournalEntry) | { t: "d"; seqs: number[] };

/** Compact once nothing is pending and the file has grown past this. */
const COMPACT_BYTES = 1024 * 1024;
/** Keys of finished events remembered to answer duplicate deliveries without journaling them. */
const SEEN_LIMIT = 50_000;

export class Journal {
  private readonly pending = new Map<number, JournalEntry>();
  private readonly seen = new Set<string>();
  private nextSeq = 1;
  private bytes = 0;
  private queue: { text: string; done: () => void; fail: (error: unknown) => void }[] = [];
  private writing = false;
  private compacting = false;

  private constructor(
    readonly path: string,
    private handle: FileHandle,
  ) {}

  static async open(path: string): Promise<Journal> {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    let text = "";
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      if ((error as { code?: unknown }).code !== "ENOENT") throw error;
    }
    const handle = await open(path, "a", 0o600);
    const journal = new Journal(path, handle);
    journal.bytes = Buffer.byteLength(text);
    for (const raw of text.split("\n")) {
      let line: Line;
      try {
        line = JSON.parse(raw) as Line;
      } catch {
        continue;
      }
      if (line.t === "e" && typeof line.seq === "number") {
        journal.pending.set(line.seq, line);
        journal.remember(line.key);
        journal.nextSeq = Math.max(journal.nextSeq, line.seq + 1);
      } else if (line.t === "d" && Array.isArray(line.seqs)) {
        for (const seq of line.seqs) journal.pending.delete(seq);
      }
    }
    // A torn last line (no newline) would glue onto the next append: start on a fresh line.
    if (text !== "" && !text.endsWith("\n")) await journal.write("\n");
    return journal;
  }

  get depth(): number {
    return this.pending.size;
  }

  entries(): JournalEntry[] {
    return [...this.pending.values()];
  }

  has(key: string): boolean {
    return this.seen.has(key);
  }

  /** Appends the event and resolves once it is on disk (fsync). */
  async append(event: WatchEvent): Promise<JournalEntry> {
    const entry: JournalEntry = { ...event, seq: this.nextSeq++ };
    this.remember(event.key);
    await this.write(`${JSON.stringify({ t: "e", ...entry })}\n`);
    this.pending.set(entry.seq, entry);
    return entry;
  }

  /** Marks events finished, durably; compacts the file when nothing is left pending. */
  async done(seqs: readonly number[]): Promise<void> {
    if (seqs.length === 0) return;
    await this.write(`${JSON.stringify({ t: "d", seqs })}\n`);
    for (const seq of seqs) this.pending.delete(seq);
    if (this.pending.size === 0 && this.bytes > COMPACT_BYTES) await this.compact();
  }

  async close(): Promise<void> {
    while (this.writing) await new Promise((resolve) => setTimeout(resolve, 5));
    await this.handle.close();
  }

  private remember(key: string): void {
    this.seen.add(key);
    if (this.seen.size > SEEN_LIMIT) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }

  /** Group commit: every line queued while a write is in flight goes out with one fsync. */
  private write(text: string): Promise<void> {
    return new Promise((done, fail) => {
      this.queue.push({ text, done, fail });
      if (!this.writing && !this.compacting) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.writing = true;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      const text = batch.map((item) => item.text).join("");
      try {
        await this.handle.appendFile(text, "utf8");
        await this.handle.sync();
        this.bytes += Buffer.byteLength(text);
        for (const item of batch) item.done();
      } catch (error) {
        for (const item of batch) item.fail(error);
      }
    }
    this.writing = false;
  }

  /** Rewrites the journal with only the pending events: temporary file, fsync, rename. */
  private async compact(): Promise<void> {
    this.compacting = true;
    try {
      while (this.writing) await new Promise((resolve) => setTimeout(resolve, 5));
      await this.rewrite();
    } finally {
      this.compacting = false;
      if (this.queue.length > 0 && !this.writing) void this.flush();
    }
  }

  private async rewrite(): Promise<void> {
    const text = [...this.pending.values()]
      .map((entry) => `${JSON.stringify({ t: "e", ...entry })}\n`)
      .join("");
    const temporary = `${this.path}.compact`;
    const handle = await open(temporary, "w", 0o600);
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.path);
    await this.handle.close();
    this.handle = await open(this.path, "a", 0o600);
    this.bytes = Buffer.byteLength(text);
  }
}
