import { parseItemRef } from "../../../src/cli/args";
import { CliError } from "../../../src/cli/errors";
import { buildPlan, problemName } from "../../../src/cli/plan";
import { TransferError, type DocSpaceClient } from "../../../src/core";
import { fakeDocSpaceClient, fakeFile as file, fakeFolder as folder } from "../../support/fake-docspace";

/** A small tree: room 1 "Room" with a.txt, Readme.md, README.md and folder 2 "Sub" with b.txt. */
function fakeClient(overrides: Partial<DocSpaceClient> = {}): DocSpaceClient & { listed: number[] } {
  return fakeDocSpaceClient(
    {
      listings: {
        1: {
          current: { ...folder(1, "Room"), roomType: 5 },
          files: [file(10, "a.txt"), file(11, "Readme.md"), file(12, "README.md")],
          folders: [folder(2, "Sub")],
        },
        2: { current: folder(2, "Sub"), files: [file(20, "b.txt")], folders: [] },
      },
      files: { 10: file(10, "a.txt"), 30: file(30, "solo\\ 1.txt") },
    },
    overrides,
  );
}

test("plans paths as the engine will: tree order, sanitized names, case twins de-duplicated", async () => {
  const plan = await buildPlan(fakeClient(), [parseItemRef("room:1"), parseItemRef("file:30")], "/Archive");
  expect(plan.files.map((entry) => entry.path)).toEqual([
    "/Archive/Room/a.txt",
    "/Archive/Room/Readme.md",
    "/Archive/Room/README (2).md",
    "/Archive/Room/Sub/b.txt",
    "/Archive/solo_ 1.txt",
  ]);
  expect(plan.items.map((item) => item.item)).toEqual([
    { type: "room", id: 1 },
    { type: "file", id: 30 },
  ]);
  expect(plan.problems).toEqual([]);
});

test("a bare id is resolved by asking DocSpace; an unknown one is an item problem", async () => {
  const client = fakeClient();
  const plan = await buildPlan(client, [parseItemRef("1"), parseItemRef("30"), parseItemRef("99")], "");
  expect(plan.items.map((item) => item.item)).toEqual([
    { type: "room", id: 1 },
    { type: "file", id: 30 },
  ]);
  expect(plan.problems.map((problem) => [problem.ref.text, problem.error.kind])).toEqual([
    ["99", "not-found"],
  ]);
  // The listing fetched to resolve the bare id is reused, not fetched again.
  expect(client.listed.filter((id) => id === 1)).toHaveLength(1);
});

test("an id that is both a file and a folder must be prefixed", async () => {
  await expect(buildPlan(fakeClient(), [parseItemRef("10")], "")).resolves.toBeDefined();
  const both = fakeClient({
    listFolder: () => Promise.resolve({ current: folder(10, "F"), files: [], folders: [] }),
  });
  const failure = buildPlan(both, [parseItemRef("10")], "");
  await expect(failure).rejects.toThrow(CliError);
  await expect(failure).rejects.toThrow(/both a file and a folder with id 10/u);
});

test("a subfolder that cannot be read fails by its own name; the rest of its room is exported", async () => {
  const client = fakeClient();
  const broken = fakeClient({
    listFolder: (id) =>
      Number(id) === 2
        ? Promise.reject(new TransferError("no-download-permission", "denied"))
        : client.listFolder(id),
  });
  const plan = await buildPlan(broken, [parseItemRef("room:1"), parseItemRef("file:30")], "");
  expect(plan.files.map((entry) => entry.file.id)).toEqual([10, 11, 12, 30]);
  expect(plan.problems.map((problem) => [problemName(problem), problem.error.kind])).toEqual([
    ['room:1 folder "Room/Sub"', "no-download-permission"],
  ]);
});

test("the plan carries the engine's own plan: the same paths, one entry per file", async () => {
  const plan = await buildPlan(fakeClient(), [parseItemRef("room:1"), parseItemRef("file:30")], "/Archive");
  expect(plan.export.files.map((entry) => entry.dropboxPath)).toEqual(plan.files.map((entry) => entry.path));
  expect(plan.files.map((entry) => plan.entries.get(entry)?.file.id)).toEqual([10, 11, 12, 20, 30]);
  expect(plan.export.itemFailures).toEqual([]);
});

test("an unreadable item fails alone, and a same-titled folder still keeps its own name", async () => {
  const client = fakeClient();
  const broken = fakeClient({
    listFolder: (id) => {
      if (Number(id) === 1) return Promise.reject(new TransferError("no-download-permission", "denied"));
      if (Number(id) === 3)
        return Promise.resolve({ current: folder(3, "Room"), files: [file(31, "a.txt")], folders: [] });
      return client.listFolder(id);
    },
  });
  const plan = await buildPlan(broken, [parseItemRef("room:1"), parseItemRef("folder:3")], "");
  expect(plan.files.map((entry) => entry.path)).toEqual(["/Room/a.txt"]);
  expect(plan.problems.map((problem) => problemName(problem))).toEqual(["room:1"]);
});

test("Ctrl-C while planning stops the export with exit code 1 instead of reporting every item", async () => {
  const controller = new AbortController();
  const client = fakeClient({
    listFolder: (_id, signal) =>
      signal?.aborted
        ? Promise.reject(new DOMException("aborted", "AbortError"))
        : Promise.reject(new Error("unexpected")),
  });
  controller.abort();
  await expect(buildPlan(client, [parseItemRef("room:1")], "", controller.signal)).rejects.toMatchObject({
    kind: "cancelled",
    exitCode: 1,
  });
});
