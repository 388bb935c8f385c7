import {
  InvalidOptionError,
  planExport,
  TransferError,
  type DocSpaceClient,
  type FolderListing,
} from "../../../src/core";
import { fakeDocSpaceClient, fakeFile as file, fakeFolder as folder } from "../../support/fake-docspace";

/** Room 1 "Room": a.txt, Readme.md, README.md, folder 2 "Sub" (b.txt) and folder 3 "Empty". */
function fakeClient(overrides: Partial<DocSpaceClient> = {}): DocSpaceClient {
  return fakeDocSpaceClient(
    {
      listings: {
        1: {
          current: { ...folder(1, "Room"), roomType: 5 },
          files: [file(10, "a.txt"), file(11, "Readme.md"), file(12, "README.md", 0)],
          folders: [folder(2, "Sub"), folder(3, "Empty")],
        },
        2: { current: folder(2, "Sub"), files: [file(20, "b.txt")], folders: [] },
        3: { current: folder(3, "Empty"), files: [], folders: [] },
      },
      files: { 30: file(30, "solo\\ 1.txt") },
    },
    overrides,
  );
}

test("plans depth first, files before subfolders, with sanitized and de-duplicated names", async () => {
  const plan = await planExport(fakeClient(), {
    items: [
      { type: "room", id: 1 },
      { type: "file", id: 30 },
    ],
    destinationFolder: "/Archive/",
  });
  expect(plan.destinationFolder).toBe("/Archive");
  expect(
    plan.files.map((entry) => [entry.itemIndex, entry.dropboxPath, entry.size, entry.renamedFrom]),
  ).toEqual([
    [0, "/Archive/Room/a.txt", 10, undefined],
    [0, "/Archive/Room/Readme.md", 10, undefined],
    [0, "/Archive/Room/README (2).md", 0, "Room/README.md"],
    [0, "/Archive/Room/Sub/b.txt", 10, undefined],
    [1, "/Archive/solo_ 1.txt", 10, "solo\\ 1.txt"],
  ]);
  expect(plan.files[3]?.folders).toEqual(["Room", "Sub"]);
  expect(plan.emptyFolders).toEqual(["/Archive/Room/Empty"]);
  expect(plan.itemFailures).toEqual([]);
});

test("a subfolder that vanished mid-walk fails by its own path; every other file is planned", async () => {
  const client = fakeDocSpaceClient({
    files: {},
    listings: {
      1: {
        current: { ...folder(1, "Room"), roomType: 5 },
        files: [file(10, "a.txt")],
        folders: [folder(2, "Gone"), folder(4, "Kept")],
      },
      4: { current: folder(4, "Kept"), files: [file(40, "k.txt")], folders: [folder(5, "Deep")] },
      5: { current: folder(5, "Deep"), files: [file(50, "d.txt")], folders: [] },
    },
  });
  const plan = await planExport(
    {
      ...client,
      listFolder: (id) =>
        Number(id) === 2 ? Promise.reject(new TransferError("not-found", "gone")) : client.listFolder(id),
    },
    {
      items: [
        { type: "room", id: 1 },
        { type: "file", id: 99 },
      ],
    },
  );
  expect(plan.files.map((entry) => entry.dropboxPath)).toEqual([
    "/Room/a.txt",
    "/Room/Kept/k.txt",
    "/Room/Kept/Deep/d.txt",
  ]);
  expect(plan.itemFailures.map((failure) => [failure.item, failure.error.kind, failure.path])).toEqual([
    [{ type: "room", id: 1 }, "not-found", "Room/Gone"],
    [{ type: "file", id: 99 }, "not-found", undefined],
  ]);
});

test("an item that cannot be listed at all fails as the item", async () => {
  const plan = await planExport(
    fakeClient({ listFolder: () => Promise.reject(new TransferError("no-download-permission", "denied")) }),
    { items: [{ type: "room", id: 1 }] },
  );
  expect(plan.files).toEqual([]);
  expect(plan.itemFailures.map((failure) => [failure.item, failure.error.kind, failure.path])).toEqual([
    [{ type: "room", id: 1 }, "no-download-permission", undefined],
  ]);
});

test("a file and a folder that sanitize to the same name get distinct names, with the reason", async () => {
  const plan = await planExport(
    fakeDocSpaceClient({
      files: {},
      listings: {
        1: {
          current: { ...folder(1, "Room"), roomType: 5 },
          // "report" (file) vs "Report" (folder); ".." (file) vs ".." (folder): both "_".
          files: [file(10, "report"), file(11, "..")],
          folders: [folder(2, "Report"), folder(3, "..")],
        },
        2: { current: folder(2, "Report"), files: [file(20, "in-report.txt")], folders: [] },
        3: { current: folder(3, ".."), files: [file(30, "in-dots.txt")], folders: [] },
      },
    }),
    { items: [{ type: "room", id: 1 }], destinationFolder: "/D" },
  );
  expect(plan.files.map((entry) => [entry.dropboxPath, entry.renamedFrom, entry.renameReasons])).toEqual([
    ["/D/Room/report (2)", "Room/report", ["name-clash"]],
    ["/D/Room/_ (2)", "Room/..", ["relative-name", "name-clash"]],
    ["/D/Room/Report/in-report.txt", undefined, undefined],
    ["/D/Room/_/in-dots.txt", "Room/../in-dots.txt", ["relative-name"]],
  ]);
});

test("two rooms with the same title land in distinct folders, never in one", async () => {
  const plan = await planExport(
    fakeDocSpaceClient({
      files: {},
      listings: {
        1: { current: { ...folder(1, "Team"), roomType: 5 }, files: [file(10, "a.txt")], folders: [] },
        2: { current: { ...folder(2, "team"), roomType: 5 }, files: [file(20, "a.txt")], folders: [] },
      },
    }),
    {
      items: [
        { type: "room", id: 1 },
        { type: "room", id: 2 },
      ],
      destinationFolder: "/K",
    },
  );
  expect(plan.files.map((entry) => [entry.file.id, entry.dropboxPath, entry.renameReasons])).toEqual([
    [10, "/K/Team/a.txt", undefined],
    [20, "/K/team (2)/a.txt", ["name-clash"]],
  ]);
});

test("de-duplicating a 255-character name keeps it at 255 characters", async () => {
  const long = `${"n".repeat(251)}.bin`;
  const plan = await planExport(
    fakeDocSpaceClient({
      files: {},
      listings: {
        1: {
          current: { ...folder(1, "Room"), roomType: 5 },
          files: [file(10, long), file(11, long.toUpperCase())],
          folders: [],
        },
      },
    }),
    { items: [{ type: "room", id: 1 }] },
  );
  const names = plan.files.map((entry) => entry.dropboxPath.slice("/Room/".length));
  expect(names[0]).toBe(long);
  expect(names[1]).toHaveLength(255);
  expect(names[1]?.endsWith(" (2).BIN")).toBe(true);
});

test("a bad destination folder fails before DocSpace is asked anything", async () => {
  const listFolder = jest.fn<Promise<FolderListing>, Parameters<DocSpaceClient["listFolder"]>>();
  await expect(
    planExport(fakeClient({ listFolder }), {
      items: [{ type: "folder", id: 1 }],
      destinationFolder: "no-slash",
    }),
  ).rejects.toThrow(InvalidOptionError);
  expect(listFolder).not.toHaveBeenCalled();
});

test("cancelling stops planning with the abort reason instead of an item failure", async () => {
  const controller = new AbortController();
  const reason = new Error("stop");
  controller.abort(reason);
  const client = fakeClient({ listFolder: () => Promise.reject(new DOMException("aborted", "AbortError")) });
  await expect(
    planExport(client, { items: [{ type: "folder", id: 1 }], signal: controller.signal }),
  ).rejects.toBe(reason);
});

test("lists a wide tree several folders at a time, capped, and still plans in depth-first order", async () => {
  // Folder 100 holds folders 101-130, each holding folder 2xx (one file each): 61 listings.
  const listings: Record<number, FolderListing> = {
    100: {
      current: folder(100, "Top"),
      files: [],
      folders: Array.from({ length: 30 }, (_, i) => folder(101 + i, `d${i}`)),
    },
  };
  for (let i = 0; i < 30; i += 1) {
    listings[101 + i] = { current: folder(101 + i, `d${i}`), files: [], folders: [folder(201 + i, "e")] };
    listings[201 + i] = { current: folder(201 + i, "e"), files: [file(1000 + i, `f${i}.txt`)], folders: [] };
  }
  const plain = fakeDocSpaceClient({ listings, files: {} });
  let active = 0;
  let most = 0;
  let calls = 0;
  const client = fakeDocSpaceClient(
    { listings, files: {} },
    {
      listFolder: async (id) => {
        calls += 1;
        active += 1;
        most = Math.max(most, active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active -= 1;
        return plain.listFolder(id);
      },
    },
  );
  const plan = await planExport(client, { items: [{ type: "folder", id: 100 }], destinationFolder: "" });
  expect(plan.files.map((entry) => entry.dropboxPath)).toEqual(
    Array.from({ length: 30 }, (_, i) => `/Top/d${i}/e/f${i}.txt`),
  );
  expect(calls).toBe(61);
  expect(most).toBeGreaterThan(1);
  // Sixteen ahead (of 30 waiting), plus at most the one the walk asks for itself.
  expect(most).toBeLessThanOrEqual(17);
});

test("a subfolder failing among concurrent listings fails alone, by its path; every other file is planned", async () => {
  const listings: Record<number, FolderListing> = {
    100: {
      current: folder(100, "Top"),
      files: [file(99, "top.txt")],
      folders: Array.from({ length: 12 }, (_, i) => folder(101 + i, `d${i}`)),
    },
  };
  for (let i = 0; i < 12; i += 1) {
    listings[101 + i] = {
      current: folder(101 + i, `d${i}`),
      files: [file(1000 + i, `f${i}.txt`)],
      folders: [],
    };
  }
  const plain = fakeDocSpaceClient({ listings, files: {} });
  const client = fakeDocSpaceClient(
    { listings, files: {} },
    {
      // d5 fails at once, the others answer later: it fails alone, the walk keeps every other file.
      listFolder: async (id) => {
        if (Number(id) === 106) throw new TransferError("no-download-permission", "denied");
        await new Promise((resolve) => setTimeout(resolve, 5));
        return plain.listFolder(id);
      },
    },
  );
  const plan = await planExport(client, { items: [{ type: "folder", id: 100 }], destinationFolder: "" });
  expect(plan.files.map((entry) => entry.dropboxPath)).toEqual([
    "/Top/top.txt",
    ...Array.from({ length: 12 }, (_, i) => `/Top/d${i}/f${i}.txt`).filter((path) => !path.includes("/d5/")),
  ]);
  expect(plan.itemFailures.map((failure) => [failure.path, failure.error.kind])).toEqual([
    ["Top/d5", "no-download-permission"],
  ]);
});
