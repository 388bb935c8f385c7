// The fault matrix, shared by the Node run (faults.test.ts) and the browser run
// (browser.test.ts): each emulator fault, injected at each phase (download, session start, append,
// commit, token refresh), ends with the file present exactly once (and byte-identical), or with a
// classified error and nothing committed.

import type { TransferErrorKind, TransferOptions } from "../../../src/core";
import type { ExportSummary } from "./summary";
import type { FaultSpec } from "../../emulators/dropbox";
import type { EmulatorFile } from "../../emulators/docspace";
import type { Harness } from "./harness";

const MiB = 1024 * 1024;
/** Three full 4 MiB chunks and a short tail: start, appends and a finish all happen. */
export const LARGE = 12 * MiB + 123;
export const SESSION_OPTIONS: TransferOptions = {
  chunkSizeBytes: 4 * MiB,
  singleUploadMaxBytes: MiB,
  parallelChunks: 2,
};

export type Outcome = { once: true } | { kind: TransferErrorKind };

export interface FaultCase {
  name: string;
  size: number;
  /** Turn the faults on; gets the DocSpace id of the file about to be exported. */
  inject(harness: Harness, id: number | string): void;
  expected: Outcome;
  /** Export these many copies at once (batch commit path). */
  files?: number;
  options?: TransferOptions;
}

const dropbox = (spec: FaultSpec) => (harness: Harness) => void harness.dropbox.addFault(spec);

export const FAULT_CASES: FaultCase[] = [
  // Download (DocSpace file handler)
  {
    name: "download: the connection drops mid-file, resumed with Range",
    size: LARGE,
    inject: (harness, id) =>
      void harness.docspace.faults.add({
        match: { fileId: id },
        action: { type: "drop", afterBytes: 5 * MiB },
        times: 1,
      }),
    expected: { once: true },
  },
  {
    name: "download: the connection drops and the server ignores Range, so the file restarts",
    size: LARGE,
    inject: (harness, id) => {
      harness.docspace.faults.rangeSupport = false;
      harness.docspace.faults.add({
        match: { fileId: id },
        action: { type: "drop", afterBytes: 6 * MiB },
        times: 1,
      });
    },
    expected: { once: true },
  },
  {
    name: "download: a small file's connection drops and resumes",
    size: 100_000,
    inject: (harness, id) =>
      void harness.docspace.faults.add({
        match: { fileId: id },
        action: { type: "drop", afterBytes: 1000 },
        times: 1,
      }),
    expected: { once: true },
  },
  {
    name: "download: 503 then success",
    size: LARGE,
    inject: (harness, id) =>
      void harness.docspace.faults.add({
        match: { fileId: id },
        action: { type: "status", status: 503 },
        times: 2,
      }),
    expected: { once: true },
  },
  {
    name: "download: 429 with Retry-After then success",
    size: 1024,
    inject: (harness, id) =>
      void harness.docspace.faults.add({
        match: { fileId: id },
        action: { type: "status", status: 429, retryAfterSeconds: 0 },
        times: 1,
      }),
    expected: { once: true },
  },
  {
    // The portal's limiter says nothing of when to retry; more refusals in a row than the
    // attempts a request gets are waited out, not failed.
    name: "download: 429 without Retry-After, 8 times in a row, then success",
    size: 1024,
    inject: (harness, id) =>
      void harness.docspace.faults.add({
        match: { fileId: id },
        action: { type: "status", status: 429 },
        times: 8,
      }),
    expected: { once: true },
  },
  {
    name: "download: the connection keeps dropping",
    size: LARGE,
    inject: (harness, id) =>
      void harness.docspace.faults.add({ match: { fileId: id }, action: { type: "drop", afterBytes: 0 } }),
    expected: { kind: "incomplete-download" },
  },
  {
    name: "download: 404",
    size: LARGE,
    inject: (harness, id) =>
      void harness.docspace.faults.add({ match: { fileId: id }, action: { type: "status", status: 404 } }),
    expected: { kind: "not-found" },
  },
  {
    name: "download: 403",
    size: 1024,
    inject: (harness, id) =>
      void harness.docspace.faults.add({ match: { fileId: id }, action: { type: "status", status: 403 } }),
    expected: { kind: "no-download-permission" },
  },
  // Session start
  {
    name: "session start: 503",
    size: LARGE,
    inject: dropbox({ kind: "status", route: "files/upload_session/start", status: 503 }),
    expected: { once: true },
  },
  {
    // A plain-text 429 carries no retry_after, and a browser cannot read Dropbox's Retry-After:
    // nothing says when to retry, so the limit is waited out rather than counted as attempts.
    name: "session start: plain-text 429 without Retry-After, 8 times in a row",
    size: LARGE,
    inject: dropbox({
      kind: "status",
      route: "files/upload_session/start",
      status: 429,
      body: "too_many_requests",
      times: 8,
    }),
    expected: { once: true },
  },
  {
    name: "session start: the response is lost",
    size: LARGE,
    inject: dropbox({ kind: "drop", route: "files/upload_session/start", phase: "response" }),
    expected: { once: true },
  },
  {
    name: "session start: 429 with Retry-After",
    size: LARGE,
    inject: dropbox({ kind: "status", route: "files/upload_session/start", status: 429, retryAfter: 0 }),
    expected: { once: true },
  },
  // Append
  {
    name: "append: the response is lost after the bytes landed",
    size: LARGE,
    inject: dropbox({ kind: "drop", route: "files/upload_session/append_v2", phase: "response" }),
    expected: { once: true },
  },
  {
    // The closing append goes after all the others; sent again, it finds the session closed.
    name: "append: the closing append's response is lost after it closed the session",
    size: LARGE,
    inject: dropbox({
      kind: "drop",
      route: "files/upload_session/append_v2",
      phase: "response",
      skip: 3,
    }),
    expected: { once: true },
  },
  {
    name: "append: the connection drops mid-request",
    size: LARGE,
    inject: dropbox({
      kind: "drop",
      route: "files/upload_session/append_v2",
      phase: "request",
      afterBytes: 1000,
    }),
    expected: { once: true },
  },
  {
    name: "append: incorrect_offset",
    size: LARGE,
    inject: dropbox({ kind: "incorrect_offset", route: "files/upload_session/append_v2" }),
    expected: { once: true },
  },
  {
    name: "append (sequential session): the response is lost",
    size: LARGE,
    options: { parallelChunks: 1 },
    inject: dropbox({ kind: "drop", route: "files/upload_session/append_v2", phase: "response" }),
    expected: { once: true },
  },
  {
    name: "append: 500 twice",
    size: LARGE,
    inject: dropbox({ kind: "status", route: "files/upload_session/append_v2", status: 500, times: 2 }),
    expected: { once: true },
  },
  // Commit
  {
    name: "commit (session finish): the response is lost after the commit",
    size: LARGE,
    inject: dropbox({ kind: "drop", route: "files/upload_session/finish", phase: "response" }),
    expected: { once: true },
  },
  {
    name: "commit (sequential finish with data): incorrect_offset",
    size: LARGE,
    options: { parallelChunks: 1 },
    inject: dropbox({ kind: "incorrect_offset", route: "files/upload_session/finish" }),
    expected: { once: true },
  },
  {
    name: "commit (session finish): 503",
    size: LARGE,
    inject: dropbox({ kind: "status", route: "files/upload_session/finish", status: 503 }),
    expected: { once: true },
  },
  {
    name: "commit (session finish): too_many_write_operations",
    size: LARGE,
    inject: dropbox({ kind: "too_many_write_operations", route: "files/upload_session/finish", times: 2 }),
    expected: { once: true },
  },
  {
    name: "commit (single upload): the response is lost after the commit",
    size: 1024,
    inject: dropbox({ kind: "drop", route: "files/upload", phase: "response" }),
    expected: { once: true },
  },
  {
    name: "commit (single upload): 503",
    size: 1024,
    inject: dropbox({ kind: "status", route: "files/upload", status: 503 }),
    expected: { once: true },
  },
  {
    name: "commit (batch): the response is lost after the commit",
    size: 2048,
    files: 5,
    inject: dropbox({ kind: "drop", route: "files/upload_session/finish_batch_v2", phase: "response" }),
    expected: { once: true },
  },
  {
    name: "commit (batch): too_many_write_operations",
    size: 2048,
    files: 5,
    inject: dropbox({
      kind: "too_many_write_operations",
      route: "files/upload_session/finish_batch_v2",
      times: 2,
    }),
    expected: { once: true },
  },
  {
    // The batch answers 200 and two of its entries fail alone: those files are committed again.
    name: "commit (batch): two entries fail alone with too_many_write_operations",
    size: 2048,
    files: 5,
    inject: dropbox({
      kind: "entry_too_many_write_operations",
      route: "files/upload_session/finish_batch_v2",
      times: 2,
    }),
    expected: { once: true },
  },
  {
    name: "commit (session finish): the account is full",
    size: LARGE,
    inject: (harness) => harness.dropbox.setQuota(MiB),
    expected: { kind: "insufficient-space" },
  },
  {
    name: "commit (batch): the account is full",
    size: 2048,
    files: 3,
    inject: (harness) => harness.dropbox.setQuota(100),
    expected: { kind: "insufficient-space" },
  },
  // Token refresh
  {
    name: "token refresh: the access token expires mid-upload and is renewed",
    size: LARGE,
    inject: dropbox({ kind: "expire_token", route: "files/upload_session/append_v2" }),
    expected: { once: true },
  },
  {
    name: "token refresh: the token endpoint fails once while renewing",
    size: LARGE,
    inject: (harness) => {
      harness.dropbox.addFault({ kind: "expire_token", route: "files/upload_session/append_v2" });
      harness.dropbox.addFault({ kind: "status", route: "oauth2/token", status: 503 });
    },
    expected: { once: true },
  },
  {
    name: "token refresh: the connection was revoked",
    size: LARGE,
    inject: (harness) => harness.dropbox.revokeAll(),
    expected: { kind: "dropbox-auth" },
  },
];

export function expectOutcome(
  harness: Harness,
  testCase: FaultCase,
  sources: EmulatorFile[],
  summary: ExportSummary,
  folder: string,
): void {
  const stored = harness.dropbox.files();
  if ("once" in testCase.expected) {
    const errors = summary.files.flatMap((file) =>
      file.errorKind ? [`${file.errorKind}: ${file.errorMessage}`] : [],
    );
    expect(errors).toEqual([]);
    expect(stored).toHaveLength(sources.length);
    for (const source of sources) {
      const matches = stored.filter((file) => file.pathDisplay === `${folder}/${source.title}`);
      expect(matches).toHaveLength(1);
      expect(matches[0]?.contentHash).toBe(harness.docspace.content.dropboxContentHash(source.id));
    }
  } else {
    expect(summary.files[0]?.status).toBe("failed");
    expect(summary.files[0]?.errorKind).toBe(testCase.expected.kind);
    expect(stored).toEqual([]);
  }
}

const START = "files/upload_session/start";
const APPEND = "files/upload_session/append_v2";
const FINISH = "files/upload_session/finish";
const UPLOAD = "files/upload";
const BATCH = "files/upload_session/finish_batch_v2";

/** What a crash case sees while the doomed run is under way. */
export interface CrashProbe {
  harness: Harness;
  /** The DocSpace ids being exported. */
  ids: readonly (number | string)[];
  /** Each source's Dropbox content hash. */
  hashes: readonly string[];
  /** The destination folder, lower case. */
  folder: string;
}

/**
 * A crash with a foreign file at every planned path and keep-both: the run is abandoned when
 * `reached` says it stands at the phase (aborted, and nothing of it kept), then a fresh engine
 * with no memory of it exports the same files again. Each file must then be in Dropbox once,
 * with its hash, beside the untouched foreign files.
 */
export interface CrashCase {
  name: string;
  size: number;
  /** Export these many files at once (batch commit path). */
  files?: number;
  /** Makes the step after the phase fail (a retryable 503) or lose its answer. */
  arm(harness: Harness, id: number | string): void;
  reached(probe: CrashProbe): boolean;
}

const statusesOf = (harness: Harness, route: string): number[] =>
  harness.dropbox.calls()[route]?.statuses ?? [];

/** The DocSpace download answers 503 for as long as the run lives. */
const refuseDownload = (harness: Harness, id: number | string): void =>
  void harness.docspace.faults.add({ match: { fileId: id }, action: { type: "status", status: 503 } });

const inDownload = ({ harness, ids }: CrashProbe): boolean =>
  harness.docspace.requests.some(
    (request) =>
      request.path === "/filehandler.ashx" &&
      request.query.includes(`fileid=${String(ids[0])}`) &&
      request.status === 503,
  ) && [START, APPEND, FINISH, UPLOAD, BATCH].every((route) => statusesOf(harness, route).length === 0);

/** Every source's bytes are committed somewhere in the destination folder. */
const allLanded = ({ harness, hashes, folder }: CrashProbe): boolean => {
  const stored = harness.dropbox.files().filter((file) => file.path.startsWith(`${folder}/`));
  return hashes.every((hash) => stored.some((file) => file.contentHash === hash));
};

export const CRASH_CASES: CrashCase[] = [
  {
    name: "session: during the download, before any Dropbox request",
    size: LARGE,
    arm: refuseDownload,
    reached: inDownload,
  },
  {
    name: "session: after upload_session/start, before any append landed",
    size: LARGE,
    arm: dropbox({ kind: "status", route: APPEND, status: 503, times: 0 }),
    reached: ({ harness }) =>
      statusesOf(harness, START).includes(200) && statusesOf(harness, APPEND).includes(503),
  },
  {
    name: "session: mid-appends, one landed and the next refused",
    size: LARGE,
    arm: dropbox({ kind: "status", route: APPEND, status: 503, skip: 1, times: 0 }),
    reached: ({ harness }) =>
      statusesOf(harness, APPEND).includes(200) && statusesOf(harness, APPEND).includes(503),
  },
  {
    name: "session: after the last append, before the finish",
    size: LARGE,
    arm: dropbox({ kind: "status", route: FINISH, status: 503, times: 0 }),
    reached: ({ harness }) => statusesOf(harness, FINISH).includes(503),
  },
  {
    name: "session: the finish landed, its response lost",
    size: LARGE,
    arm: dropbox({ kind: "drop", route: FINISH, phase: "response" }),
    reached: allLanded,
  },
  {
    name: "single upload: during the download, before any Dropbox request",
    size: 1024,
    arm: refuseDownload,
    reached: inDownload,
  },
  {
    name: "single upload: landed, its response lost",
    size: 1024,
    arm: dropbox({ kind: "drop", route: UPLOAD, phase: "response" }),
    reached: allLanded,
  },
  {
    name: "batch: the sessions uploaded, before the batch commit",
    size: 2048,
    files: 3,
    arm: dropbox({ kind: "status", route: BATCH, status: 503, times: 0 }),
    reached: ({ harness }) => statusesOf(harness, BATCH).includes(503),
  },
  {
    name: "batch: the batch commit landed, its response lost",
    size: 2048,
    files: 3,
    arm: dropbox({ kind: "drop", route: BATCH, phase: "response" }),
    reached: allLanded,
  },
];
