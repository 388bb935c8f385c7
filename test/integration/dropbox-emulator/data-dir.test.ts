import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DropboxEmulator } from "../../emulators/dropbox/index";
import { envelope, MiB, sdk, sdkError, startEmulator } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "dropbox-emulator-dir-test-"));
let emulator: DropboxEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a data directory keeps files, folders and links across runs and drops unfinished sessions' bytes", async () => {
  emulator = await startEmulator({ dataDir: dir });
  let dbx = sdk(emulator);
  await dbx.filesUpload({ path: "/Keep/a.txt", contents: "aaa" });
  await dbx.filesUpload({ path: "/Keep/b.bin", contents: Buffer.alloc(2 * MiB, 2) });
  await dbx.sharingCreateSharedLinkWithSettings({ path: "/Keep/a.txt" });
  const { session_id } = (await dbx.filesUploadSessionStart({ contents: Buffer.alloc(MiB, 1) })).result;
  expect(readdirSync(join(dir, "objects"))).toHaveLength(3);
  await emulator.close();

  emulator = await startEmulator({ dataDir: dir });
  dbx = sdk(emulator);
  expect(emulator.files().map((f) => [f.pathDisplay, f.size])).toEqual([
    ["/Keep/a.txt", 3],
    ["/Keep/b.bin", 2 * MiB],
  ]);
  expect((await dbx.filesGetMetadata({ path: "/keep" })).result[".tag"]).toBe("folder");
  expect((await dbx.sharingListSharedLinks({ path: "/Keep/a.txt" })).result.links).toHaveLength(1);
  expect((await emulator.readFile("/keep/b.bin")).equals(Buffer.alloc(2 * MiB, 2))).toBe(true);
  expect(readdirSync(join(dir, "objects"))).toHaveLength(2);
  const gone = await sdkError(
    dbx.filesUploadSessionAppendV2({ cursor: { session_id, offset: MiB }, contents: "x" }),
  );
  expect(envelope(gone).error).toEqual({ ".tag": "not_found" });
});
