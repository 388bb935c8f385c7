// The core's transfer-state port on disk: one small file per interrupted large upload, in a
// `transfers` directory beside the sync state, private like it (directory 0700, files 0600).
// A session start writes the file (temporary file + rename); each acknowledged chunk appends one
// JSON line, so a write at a chunk boundary stays ~200 bytes however large the file. A line cut
// short by a crash is ignored when reading: it only costs that chunk being sent again.

import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { appendFile, readdir, readFile, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { AcknowledgedChunk, TransferStateStore, UploadRecord, UploadStart } from "../core";
import { isTemporaryFile, privateDirectory, removeStaleTemporaries, writePrivateFile } from "./config";

/** Append to a record that exists; never create one. */
const APPEND_EXISTING = constants.O_WRONLY | constants.O_APPEND;

/** The directory of transfer records for a config file (beside `sync-state.json`). */
export function transferStateDir(configFile: string): string {
  return join(dirname(configFile), "transfers");
}

function fileName(key: string): string {
  return `${createHash("sha256").update(key).digest("hex").slice(0, 32)}.jsonl`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseStart(value: unknown): UploadStart | undefined {
  if (!isRecord(value)) return undefined;
  const { key, docspaceId, stamp, size, destination, chunkSize, sessionId, concurrent, startedAt } = value;
  if (
    typeof key !== "string" ||
    (typeof docspaceId !== "string" && typeof docspaceId !== "number") ||
    typeof stamp !== "string" ||
    typeof size !== "number" ||
    typeof destination !== "string" ||
    typeof chunkSize !== "number" ||
    typeof sessionId !== "string" ||
    typeof concurrent !== "boolean" ||
    typeof startedAt !== "number"
  ) {
    return undefined;
  }
  return { key, docspaceId, stamp, size, destination, chunkSize, sessionId, concurrent, startedAt };
}

function parseChunk(value: unknown): AcknowledgedChunk | undefined {
  if (!isRecord(value)) return undefined;
  const { offset, length, digests } = value;
  if (typeof offset !== "number" || typeof length !== "number" || !Array.isArray(digests)) return undefined;
  const hex = digests.filter((digest): digest is string => typeof digest === "string");
  return hex.length === digests.length ? { offset, length, digests: hex } : undefined;
}

/** Parses one record file; undefined when its first line is not a session start. */
export function parseRecord(text: string): UploadRecord | undefined {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const parsed = lines.map((line) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      return undefined;
    }
  });
  const start = parseStart(parsed[0]);
  if (!start) return undefined;
  const chunks: AcknowledgedChunk[] = [];
  for (const value of parsed.slice(1)) {
    const chunk = parseChunk(value);
    if (chunk) chunks.push(chunk);
  }
  return { ...start, chunks };
}

export function fileTransferStateStore(dir: string): TransferStateStore {
  const pathOf = (key: string): string => join(dir, fileName(key));
  const read = async (path: string): Promise<UploadRecord | undefined> => {
    try {
      return parseRecord(await readFile(path, "utf8"));
    } catch {
      return undefined;
    }
  };
  return {
    async load(key) {
      const record = await read(pathOf(key));
      return record?.key === key ? record : undefined;
    },
    async begin(start) {
      await privateDirectory(dir);
      await writePrivateFile(pathOf(start.key), `${JSON.stringify(start)}\n`);
    },
    async acknowledge(key, chunk) {
      // Opened without O_CREAT: appending to a file that is gone fails (ENOENT) rather than create
      // a record without its session start.
      await appendFile(pathOf(key), `${JSON.stringify(chunk)}\n`, { flag: APPEND_EXISTING });
    },
    async remove(key) {
      await unlink(pathOf(key)).catch(() => undefined);
    },
    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return [];
      }
      const entries: { key: string; startedAt: number }[] = [];
      for (const name of names) {
        if (!name.endsWith(".jsonl")) continue;
        const record = await read(join(dir, name));
        if (record) entries.push({ key: record.key, startedAt: record.startedAt });
        // An unreadable file is no record; it is removed so nothing grows without bound.
        else await unlink(join(dir, name)).catch(() => undefined);
      }
      // A session start a crash left as a temporary file, never renamed, is removed the same way.
      await removeStaleTemporaries(dir, (name) => isTemporaryFile(name));
      return entries;
    },
  };
}
