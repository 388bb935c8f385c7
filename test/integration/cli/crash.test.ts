// A crash (SIGKILL) at every upload phase of a large (session) and a small (single upload) file,
// with a foreign file already at the planned path and keep-both: reruns until done leave exactly
// one copy of ours, with the right hash, beside the untouched foreign file, and no "(2)" copy.
// The phases where the commit has landed are the hard ones: the killed run saved no record, so the
// rerun must recognise its own "name (1).ext" by content hash instead of writing "name (2).ext".
// Each phase runs twice: with the sync state the reruns write, and with sync-state.json deleted
// before every rerun (the rerun then knows only what Dropbox holds).
//
// How each run is stopped at its phase, with no sleeps: the step after the phase is made to fail
// with a retryable 503 (the CLI keeps retrying it), or its response is dropped after it took
// effect; the test kills the CLI once the emulators have answered that way.

import { rmSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { collect, startCliHarness, type CliHarness } from "./harness";

const MiB = 1024 * 1024;
/** Three 8 MiB-chunk ranges with the CLI's defaults: two appends, a closing append, a finish. */
const LARGE = 20 * MiB + 5;
const SMALL = 5000;
const START = "files/upload_session/start";
const APPEND = "files/upload_session/append_v2";
const FINISH = "files/upload_session/finish";
const UPLOAD = "files/upload";
const UPLOAD_ROUTES = [START, APPEND, FINISH, UPLOAD, "files/upload_session/finish_batch_v2"];

let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness();
});
afterAll(async () => {
  await h.close();
});

interface Phase {
  name: string;
  size: number;
  /** Makes the step after the phase fail or lose its answer. */
  arm(fileId: number | string): void;
  /** True once the killed run is at the phase. */
  reached(fileId: number | string, ourHash: string, folder: string): boolean;
}

const statuses = (route: string): number[] => h.dropbox.calls()[route]?.statuses ?? [];

/** The DocSpace download answers 503 for as long as the run lives (the CLI keeps retrying). */
const downloadRefused: Pick<Phase, "arm" | "reached"> = {
  arm: (fileId) => void h.docspace.faults.add({ match: { fileId }, action: { type: "status", status: 503 } }),
  reached: (fileId) =>
    h.docspace.requests.some(
      (request) =>
        request.path === "/filehandler.ashx" &&
        request.query.includes(`fileid=${String(fileId)}`) &&
        request.status === 503,
    ) && UPLOAD_ROUTES.every((route) => statuses(route).length === 0),
};

/** Our bytes landed in the case's folder (under an autorenamed name, the planned one is taken). */
const landed = (ourHash: string, folder: string): boolean =>
  h.dropbox.files().some((file) => file.path.startsWith(`${folder}/`) && file.contentHash === ourHash);

const PHASES: Phase[] = [
  {
    name: "large: during the DocSpace download, before any Dropbox request",
    size: LARGE,
    ...downloadRefused,
  },
  {
    name: "large: after upload_session/start, before any append landed",
    size: LARGE,
    arm: () => void h.dropbox.addFault({ kind: "status", route: APPEND, status: 503, times: 0 }),
    reached: () => statuses(START).includes(200) && statuses(APPEND).includes(503),
  },
  {
    name: "large: mid-appends, one landed and the next refused",
    size: LARGE,
    arm: () => void h.dropbox.addFault({ kind: "status", route: APPEND, status: 503, skip: 1, times: 0 }),
    reached: () => statuses(APPEND).includes(200) && statuses(APPEND).includes(503),
  },
  {
    name: "large: after the last append, before the finish",
    size: LARGE,
    arm: () => void h.dropbox.addFault({ kind: "status", route: FINISH, status: 503, times: 0 }),
    reached: () => statuses(FINISH).includes(503),
  },
  {
    name: "large: session finish landed, response lost",
    size: LARGE,
    arm: () => void h.dropbox.addFault({ kind: "drop", route: FINISH, phase: "response" }),
    reached: (_id, ourHash, folder) => landed(ourHash, folder),
  },
  {
    name: "small: during the DocSpace download, before any Dropbox request",
    size: SMALL,
    ...downloadRefused,
  },
  {
    name: "small: single upload landed, response lost",
    size: SMALL,
    arm: () => void h.dropbox.addFault({ kind: "drop", route: UPLOAD, phase: "response" }),
    reached: (_id, ourHash, folder) => landed(ourHash, folder),
  },
];

const CASES = PHASES.flatMap((phase, index) =>
  [false, true].map((lostState) => ({ phase, lostState, title: `case ${index}${lostState ? " lost" : ""}` })),
);

// The foreign files: one DocSpace room ("Other") whose folders are named as the crash rooms, so
// exporting it to /K places "/K/Other/<case>/big0.bin" where each crash room's file is planned.
let foreignIds: Map<string, number | string>;
beforeAll(async () => {
  const other = h.docspace.addRoom({ title: "Other" }).id;
  foreignIds = new Map();
  for (const { title } of CASES) {
    const folder = h.docspace.addFolder({ parentId: other, title }).id;
    foreignIds.set(title, h.docspace.addFile({ folderId: folder, title: "big0.bin", size: 77 }).id);
  }
  const placed = await h.run(["export", `room:${String(other)}`, "--portal", h.docspace.url, "--to", "/K"]);
  expect(placed.code).toBe(0);
}, 120_000);

const stateFile = (): string => join(h.configDir, "docspace-to-dropbox", "sync-state.json");

test.each(CASES.map((testCase) => [testCase.phase.name, testCase.lostState, testCase] as const))(
  "SIGKILL %s (sync state deleted before each rerun: %s)",
  async (_name, _lost, { phase, lostState, title }) => {
    const room = h.docspace.addRoom({ title }).id;
    const source = h.docspace.addFile({ folderId: room, title: "big0.bin", size: phase.size });
    const ourHash = h.docspace.content.dropboxContentHash(source.id);
    const foreignId = foreignIds.get(title);
    if (foreignId === undefined) throw new Error("no foreign file");
    const foreignHash = h.docspace.content.dropboxContentHash(foreignId);
    const folder = `/k/other/${title}`;
    const inFolder = () => h.dropbox.files().filter((file) => file.path.startsWith(`${folder}/`));
    expect(inFolder().map((file) => [file.path, file.contentHash])).toEqual([
      [`${folder}/big0.bin`, foreignHash],
    ]);
    const foreignRev = inFolder()[0]?.rev;
    const args = ["export", `room:${String(room)}`, "--portal", h.docspace.url, "--to", "/K/Other"];
    const keep = [...args, "--conflict", "keep"];

    h.dropbox.resetCalls();
    h.docspace.clearRequests();
    phase.arm(source.id);
    const child = h.spawn(keep);
    const run = collect(child, h.outputs);
    let exited = false;
    void run.then(() => (exited = true));
    while (!phase.reached(source.id, ourHash, folder) && !exited) await delay(5);
    child.kill("SIGKILL");
    const killed = await run;
    h.dropbox.faults.clear();
    h.docspace.faults.clear();
    // Killed at the phase, not finished before it.
    expect(killed.code).toBeNull();

    let code: number | null = null;
    for (let attempt = 0; attempt < 3 && code !== 0; attempt += 1) {
      if (lostState) rmSync(stateFile(), { force: true });
      code = (await h.run(keep)).code;
    }
    expect(code).toBe(0);
    if (lostState) {
      // Done, then the record is lost once more: a further run still writes nothing.
      rmSync(stateFile(), { force: true });
      expect((await h.run(keep)).code).toBe(0);
    }

    const stored = inFolder().map((file) => [file.path, file.contentHash]);
    expect(stored.sort()).toEqual(
      [
        [`${folder}/big0 (1).bin`, ourHash],
        [`${folder}/big0.bin`, foreignHash],
      ].sort(),
    );
    // The foreign file is the same revision: never overwritten, not even with itself.
    expect(inFolder().find((file) => file.path === `${folder}/big0.bin`)?.rev).toBe(foreignRev);
  },
  180_000,
);
