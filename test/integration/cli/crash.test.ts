// A crash (SIGKILL) at each upload phase, with a foreign file in the way and keep-both: reruns
// until done leave exactly one copy of each file, with the right hash, beside the foreign one.
// The phases where the commit has landed are the hard ones: the killed run saved no record, so the
// rerun must recognise its own "name (1).ext" by content hash instead of writing "name (2).ext".

import { setTimeout as delay } from "node:timers/promises";
import { collect, startCliHarness, type CliHarness } from "./harness";

const MiB = 1024 * 1024;
let h: CliHarness;
beforeAll(async () => {
  h = await startCliHarness();
});
afterAll(async () => {
  await h.close();
});

const PHASES = [
  { name: "session finish landed, response lost", route: "files/upload_session/finish", size: 12 * MiB + 5 },
  { name: "single upload landed, response lost", route: "files/upload", size: 5000 },
] as const;

test.each(PHASES.map((phase) => [phase.name, phase] as const))("SIGKILL after %s", async (_name, phase) => {
  const room = h.docspace.addRoom({ title: `Crash ${phase.route.replace(/\W/gu, "-")}` }).id;
  const source = h.docspace.addFile({ folderId: room, title: "big0.bin", size: phase.size });
  const folder = `/K${String(room)}`;
  const args = [
    "export",
    `room:${String(room)}`,
    "--portal",
    h.docspace.url,
    "--to",
    folder,
    "--conflict",
    "keep",
  ];
  // A foreign file already sits at the planned path.
  const foreign = h.docspace.addFile({
    folderId: h.docspace.addRoom({ title: "Other" }).id,
    title: "big0.bin",
    size: 77,
  });
  const placed = await h.run([
    "export",
    `file:${String(foreign.id)}`,
    "--portal",
    h.docspace.url,
    "--to",
    `${folder}/Crash ${phase.route.replace(/\W/gu, "-")}`,
  ]);
  expect(placed.code).toBe(0);

  h.dropbox.addFault({ kind: "drop", route: phase.route, phase: "response" });
  const child = h.spawn(args);
  const run = collect(child, h.outputs);
  const renamed = `${folder}/crash ${phase.route.replace(/\W/gu, "-")}/big0 (1).bin`.toLowerCase();
  while (!h.dropbox.files().some((file) => file.path === renamed)) await delay(5);
  child.kill("SIGKILL");
  await run;
  h.dropbox.faults.clear();

  let code: number | null = null;
  for (let attempt = 0; attempt < 3 && code !== 0; attempt += 1) code = (await h.run(args)).code;
  expect(code).toBe(0);
  const stored = h.dropbox.files().filter((file) => file.path.startsWith(`${folder.toLowerCase()}/`));
  const ours = stored.filter((file) => file.contentHash === h.docspace.content.dropboxContentHash(source.id));
  expect(ours.map((file) => file.path)).toEqual([renamed]);
  expect(stored.map((file) => file.contentHash).sort()).toEqual(
    [
      h.docspace.content.dropboxContentHash(source.id),
      h.docspace.content.dropboxContentHash(foreign.id),
    ].sort(),
  );
});
