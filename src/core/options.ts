// One options type for the whole core: every port (fetch, clock, randomness, upload bodies) and
// every tuning knob. Each front end spreads its environment's defaults once (the plugin: Blob
// bodies; the CLI: its Dropbox base URL), the way tus-js-client's `lib/options.ts` is completed by
// `lib/browser/index.ts` and `lib/node/index.ts`. Options are validated once, with messages that
// name the option, what was expected and what was received (p-queue's and rclone's habit).

import { DEFAULT_BACKOFF, type BackoffPolicy } from "./backoff";
import { bytesBody, type UploadBodyEncoder } from "./body";
import { HASH_BLOCK_SIZE, sha256, type Sha256 } from "./content-hash";
import { checkFolder, type FolderProblem } from "./naming";
import {
  readBodyStream,
  systemClock,
  type BodyReader,
  type Clock,
  type FetchLike,
  type RandomSource,
} from "./ports";

const MiB = 1024 * 1024;

/** How the core reaches the outside world; each has a default that works in browsers and Node. */
export interface Ports {
  /** `globalThis.fetch` by default; tests pass the emulator's rewriting fetch. */
  fetch: FetchLike;
  clock: Clock;
  random: RandomSource;
  /** How chunk bytes become request bodies; browsers pass `blobBody` (see body.ts). */
  uploadBody: UploadBodyEncoder;
  /** SHA-256 for content hashes: Web Crypto by default; the CLI passes Node's, the plugin a sliced one. */
  sha256: Sha256;
  /** How download bodies are read into chunks: the stream's reader by default; the CLI passes Node's. */
  readBody: BodyReader;
}

export const DEFAULT_PORTS: Ports = {
  fetch: (input, init) => globalThis.fetch(input, init),
  clock: systemClock,
  random: () => Math.random(),
  uploadBody: bytesBody,
  sha256,
  readBody: readBodyStream,
};

/** Every knob and port; all optional. */
export interface CoreOptions extends TransferOptions, Partial<Ports> {}

export type ConflictPolicy = "keep-both" | "overwrite";

export interface TransferOptions {
  /** Dropbox folder to export into: "" (root or app folder) or "/a/b". Default "". */
  destinationFolder?: string;
  /** `keep-both` = `add` + `autorename` (default); `overwrite` replaces an existing file. */
  conflict?: ConflictPolicy;
  /**
   * Upload session chunk size in bytes: a multiple of 4 MiB (concurrent sessions require it:
   * dropbox/dropbox-api-spec files.stone, UploadSessionStartArg.session_type) up to 148 MiB. Default 8 MiB, the SDK helper's and the performance guide's size.
   */
  chunkSizeBytes?: number;
  /** Concurrent chunk uploads for one large file when the source allows ranged reads. Default 4. */
  parallelChunks?: number;
  /** Files transferred at once. Default 4. */
  parallelFiles?: number;
  /** Files up to this size take one request (`files/upload`, or a closed session start in batches). Default = chunk size. */
  singleUploadMaxBytes?: number;
  /** Entries per `finish_batch_v2` call, 1–1000 (files.stone, UploadSessionFinishBatchArg.entries). Default 1000. */
  commitBatchSize?: number;
  /** Create (or reuse) a Dropbox shared link for every exported file. Default false. */
  createSharedLinks?: boolean;
  /** Attempts per request, the first included. Default 6. */
  maxAttempts?: number;
  /** First backoff delay in ms when the server gives no Retry-After. Default 250. */
  retryBaseDelayMs?: number;
  /** Largest backoff delay in ms. Default 10 000. */
  retryMaxDelayMs?: number;
  /** Smallest wait in ms when a server asks for one (Retry-After: 0 on a contended lock). Default 500. */
  minRetryAfterMs?: number;
  /** Largest wait in ms a server may ask for. Default 300 000. */
  maxRetryAfterMs?: number;
  /**
   * How long in all, in ms, one request keeps retrying rate limits that do not say when to retry,
   * beyond `maxAttempts`. Default 90 000: DocSpace's limiter counts requests over a sliding minute.
   */
  rateLimitWaitMs?: number;
  /** Per-request timeout for Dropbox calls in ms. Default 300 000 (a 148 MiB chunk on a slow link). */
  requestTimeoutMs?: number;
}

export interface ResolvedOptions {
  destinationFolder: string;
  conflict: ConflictPolicy;
  chunkSizeBytes: number;
  parallelChunks: number;
  parallelFiles: number;
  singleUploadMaxBytes: number;
  commitBatchSize: number;
  createSharedLinks: boolean;
  requestTimeoutMs: number;
  backoff: BackoffPolicy;
  ports: Ports;
}

export class InvalidOptionError extends Error {
  override readonly name = "InvalidOptionError";
  constructor(
    readonly option: string,
    readonly expected: string,
    readonly received: unknown,
    /** Overrides the rendering of `received` in the message. */
    receivedText?: string,
    /** For `destinationFolder`: the rule the value breaks, for front ends to put in their words. */
    readonly folderProblem?: FolderProblem,
  ) {
    super(
      `Invalid option "${option}": expected ${expected}, received ${receivedText ?? describe(received)}.`,
    );
  }
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) {
    return String(value);
  }
  return typeof value;
}

function integer(
  options: Record<string, unknown>,
  key: string,
  fallback: number,
  min: number,
  max: number,
  extra?: { multipleOf: number; label: string },
): number {
  const value = options[key];
  if (value === undefined) return fallback;
  const expected = extra
    ? `an integer multiple of ${extra.multipleOf} (${extra.label}) from ${min} to ${max}`
    : `an integer from ${min} to ${max}`;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidOptionError(key, expected, value);
  }
  if (extra && value % extra.multipleOf !== 0) throw new InvalidOptionError(key, expected, value);
  return value;
}

const KNOWN_KEYS = new Set<string>([
  "destinationFolder",
  "conflict",
  "chunkSizeBytes",
  "parallelChunks",
  "parallelFiles",
  "singleUploadMaxBytes",
  "commitBatchSize",
  "createSharedLinks",
  "maxAttempts",
  "retryBaseDelayMs",
  "retryMaxDelayMs",
  "minRetryAfterMs",
  "maxRetryAfterMs",
  "rateLimitWaitMs",
  "requestTimeoutMs",
]);

const PORT_KEYS = new Set<string>(Object.keys(DEFAULT_PORTS));

/** English for the folder rules, for the option's own message; front ends use their own words. */
const FOLDER_RULES: Record<FolderProblem, string> = {
  "no-leading-slash": 'must start with "/" (or be "" for the root)',
  "empty-component": "must not contain empty segments (//)",
  "component-too-long": "has a segment longer than 255 characters",
  "trailing-space-or-dot": "has a segment ending in a space or a dot",
  "unsafe-character":
    'has a segment with a character Dropbox refuses (< > : " | ? * \\ or a control character)',
  "disallowed-name": "has a segment Dropbox does not sync (desktop.ini, .ds_store, ~$…)",
};

function ports(options: Record<string, unknown>): Ports {
  const chosen: Record<string, unknown> = { ...DEFAULT_PORTS };
  for (const key of PORT_KEYS) {
    const value = options[key];
    if (value === undefined) continue;
    const expected = key === "clock" ? "an object with now() and sleep()" : "a function";
    const valid = key === "clock" ? typeof value === "object" && value !== null : typeof value === "function";
    if (!valid) throw new InvalidOptionError(key, expected, value);
    chosen[key] = value;
  }
  return chosen as unknown as Ports;
}

export function resolveOptions(input: CoreOptions = {}): ResolvedOptions {
  const options = input as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!KNOWN_KEYS.has(key) && !PORT_KEYS.has(key)) {
      throw new InvalidOptionError(
        key,
        `one of ${[...KNOWN_KEYS].join(", ")}`,
        options[key],
        "an unknown option",
      );
    }
  }
  const folderInput = options.destinationFolder ?? "";
  if (typeof folderInput !== "string") {
    throw new InvalidOptionError(
      "destinationFolder",
      'a Dropbox folder path such as "/DocSpace"',
      folderInput,
    );
  }
  const folder = checkFolder(folderInput);
  if (!folder.ok) {
    throw new InvalidOptionError(
      "destinationFolder",
      `a Dropbox folder path that ${FOLDER_RULES[folder.problem]}`,
      folderInput,
      undefined,
      folder.problem,
    );
  }
  const conflict = options.conflict ?? "keep-both";
  if (conflict !== "keep-both" && conflict !== "overwrite") {
    throw new InvalidOptionError("conflict", '"keep-both" or "overwrite"', conflict);
  }
  const chunkSizeBytes = integer(options, "chunkSizeBytes", 8 * MiB, HASH_BLOCK_SIZE, 37 * HASH_BLOCK_SIZE, {
    multipleOf: HASH_BLOCK_SIZE,
    label: "4 MiB",
  });
  const singleUploadMaxBytes = integer(options, "singleUploadMaxBytes", chunkSizeBytes, 0, chunkSizeBytes);
  const createSharedLinks = options.createSharedLinks ?? false;
  if (typeof createSharedLinks !== "boolean") {
    throw new InvalidOptionError("createSharedLinks", "true or false", createSharedLinks);
  }
  const baseDelayMs = integer(options, "retryBaseDelayMs", DEFAULT_BACKOFF.baseDelayMs, 1, 60_000);
  const minRetryAfterMs = integer(options, "minRetryAfterMs", DEFAULT_BACKOFF.minRetryAfterMs, 0, 60_000);
  return {
    destinationFolder: folder.folder,
    conflict,
    chunkSizeBytes,
    parallelChunks: integer(options, "parallelChunks", 4, 1, 16),
    parallelFiles: integer(options, "parallelFiles", 4, 1, 32),
    singleUploadMaxBytes,
    commitBatchSize: integer(options, "commitBatchSize", 1000, 1, 1000),
    createSharedLinks,
    requestTimeoutMs: integer(options, "requestTimeoutMs", 300_000, 1_000, 3_600_000),
    backoff: {
      ...DEFAULT_BACKOFF,
      maxAttempts: integer(options, "maxAttempts", DEFAULT_BACKOFF.maxAttempts, 1, 20),
      baseDelayMs,
      maxDelayMs: integer(options, "retryMaxDelayMs", DEFAULT_BACKOFF.maxDelayMs, baseDelayMs, 600_000),
      minRetryAfterMs,
      maxRetryAfterMs: integer(
        options,
        "maxRetryAfterMs",
        DEFAULT_BACKOFF.maxRetryAfterMs,
        minRetryAfterMs,
        3_600_000,
      ),
      rateLimitWaitMs: integer(options, "rateLimitWaitMs", DEFAULT_BACKOFF.rateLimitWaitMs, 0, 3_600_000),
    },
    ports: ports(options),
  };
}
