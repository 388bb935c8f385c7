import { InvalidOptionError, resolveOptions } from "../../../src/core/options";

const MiB = 1024 * 1024;

test("defaults", () => {
  const options = resolveOptions();
  expect(options).toMatchObject({
    destinationFolder: "",
    conflict: "keep-both",
    chunkSizeBytes: 8 * MiB,
    parallelChunks: 4,
    singleUploadMaxBytes: 8 * MiB,
    commitBatchSize: 1000,
    createSharedLinks: false,
  });
  expect(options.backoff.maxAttempts).toBe(6);
  expect(options.backoff.rateLimitWaitMs).toBe(90_000);
  expect(resolveOptions({ rateLimitWaitMs: 5_000 }).backoff.rateLimitWaitMs).toBe(5_000);
});

test.each([
  [
    { chunkSizeBytes: 5_000_000 },
    'Invalid option "chunkSizeBytes": expected an integer multiple of 4194304 (4 MiB) from 4194304 to 155189248, received 5000000.',
  ],
  [
    { chunkSizeBytes: 152 * MiB },
    'Invalid option "chunkSizeBytes": expected an integer multiple of 4194304 (4 MiB) from 4194304 to 155189248, received 159383552.',
  ],
  [{ parallelChunks: 0 }, 'Invalid option "parallelChunks": expected an integer from 1 to 16, received 0.'],
  [{ parallelFiles: 2.5 }, 'Invalid option "parallelFiles": expected an integer from 1 to 32, received 2.5.'],
  [
    { commitBatchSize: 1001 },
    'Invalid option "commitBatchSize": expected an integer from 1 to 1000, received 1001.',
  ],
  [
    { conflict: "replace" },
    'Invalid option "conflict": expected "keep-both" or "overwrite", received "replace".',
  ],
  [
    { destinationFolder: "DocSpace" },
    'Invalid option "destinationFolder": expected a Dropbox folder path that must start with "/" (or be "" for the root), received "DocSpace".',
  ],
  [
    { singleUploadMaxBytes: 9 * MiB },
    'Invalid option "singleUploadMaxBytes": expected an integer from 0 to 8388608, received 9437184.',
  ],
  [
    { createSharedLinks: "yes" },
    'Invalid option "createSharedLinks": expected true or false, received "yes".',
  ],
  [
    { rateLimitWaitMs: -1 },
    'Invalid option "rateLimitWaitMs": expected an integer from 0 to 3600000, received -1.',
  ],
  [
    { chunkSize: 4 * MiB },
    /Invalid option "chunkSize": expected one of destinationFolder, .*received an unknown option\./,
  ],
])("%p is refused with a message naming option, expectation and value", (input, message) => {
  let thrown: unknown;
  try {
    resolveOptions(input as never);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InvalidOptionError);
  if (typeof message === "string") expect((thrown as Error).message).toBe(message);
  else expect((thrown as Error).message).toMatch(message);
});

test("singleUploadMaxBytes follows a larger chunk size", () => {
  expect(resolveOptions({ chunkSizeBytes: 16 * MiB }).singleUploadMaxBytes).toBe(16 * MiB);
});
