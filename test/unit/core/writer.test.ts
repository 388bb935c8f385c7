import { DropboxResponseError } from "dropbox";
import { correctOffsetOf, verifyCommitted } from "../../../src/core/dropbox/writer";

const error = (body: unknown) =>
  new DropboxResponseError(409, new Headers(), { error_summary: "x/..", error: body });

test.each([
  // upload_session/append_v2: UploadSessionAppendError, flattened struct member.
  [{ ".tag": "incorrect_offset", correct_offset: 4194304 }, 4194304],
  // upload_session/finish: nested under lookup_failed.
  [{ ".tag": "lookup_failed", lookup_failed: { ".tag": "incorrect_offset", correct_offset: 12 } }, 12],
  [{ ".tag": "lookup_failed", lookup_failed: { ".tag": "not_found" } }, undefined],
  [{ ".tag": "path", reason: { ".tag": "conflict" } }, undefined],
])("correct_offset in %p → %p", (body, expected) => {
  expect(correctOffsetOf(error(body))).toBe(expected);
});

test("no correct_offset in errors that are not Dropbox responses", () => {
  expect(correctOffsetOf(new TypeError("fetch failed"))).toBeUndefined();
  expect(correctOffsetOf(null)).toBeUndefined();
});

test("a content-hash mismatch after commit removes that revision and fails as integrity", async () => {
  const deleted: unknown[] = [];
  const gateway = {
    client: {
      filesDeleteV2: (arg: unknown) => {
        deleted.push(arg);
        return Promise.resolve({ status: 200, headers: {}, result: {} });
      },
    },
    call: <T>(_route: string, invoke: (options: object) => Promise<{ result: T }>) =>
      invoke({}).then((response) => response.result),
  };
  const metadata = {
    name: "a.bin",
    id: "id:1",
    rev: "0123456789",
    size: 3,
    path_lower: "/a.bin",
    path_display: "/a.bin",
    content_hash: "f".repeat(64),
    client_modified: "2026-01-01T00:00:00Z",
    server_modified: "2026-01-01T00:00:00Z",
    is_downloadable: true,
  };
  await expect(verifyCommitted(gateway as never, metadata, "0".repeat(64))).rejects.toMatchObject({
    name: "TransferError",
    kind: "integrity",
  });
  // Only our revision: parent_rev makes the delete a no-op if someone wrote there since.
  expect(deleted).toEqual([{ path: "/a.bin", parent_rev: "0123456789" }]);
  await expect(verifyCommitted(gateway as never, metadata, "f".repeat(64))).resolves.toMatchObject({
    contentHash: "f".repeat(64),
  });
});
