// The adapter between the UI and the transfer core: how it tells files from folders when the host
// gives only an id, how it shapes the core's result for the UI, and the portal calls it makes itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { TransferError } from "../../../src/core/errors";
import type { ExportResult } from "../../../src/core";
import {
  createServices,
  jobFailure,
  locationHintFrom,
  PLUGIN_NAME,
  resolveKind,
  toJobResult,
} from "../../../src/plugin/transfer";

const noHint = { folderId: null, mediaViewer: false };
const fileIn = (folderId: number) => async () => ({ id: 42, title: "a.txt", viewUrl: "u", folderId });
const missing = async () => {
  throw new TransferError("not-found", "404");
};

describe("telling a file id from a folder id", () => {
  it("takes the host's kind when it gives one", async () => {
    const item = await resolveKind({ id: 5, kind: "room" }, { getFile: missing }, missing, noHint);
    expect(item).toEqual({ type: "room", id: 5 });
  });

  it("uses whichever exists when only one does", async () => {
    expect(await resolveKind({ id: 42 }, { getFile: fileIn(1) }, missing, noHint)).toEqual({
      type: "file",
      id: 42,
    });
    expect(
      await resolveKind({ id: 42 }, { getFile: missing }, async () => ({ id: 42, parentId: 1 }), noHint),
    ).toEqual({
      type: "folder",
      id: 42,
    });
    expect(
      await resolveKind(
        { id: 42 },
        { getFile: missing },
        async () => ({ id: 42, parentId: 0, roomType: 6 }),
        noHint,
      ),
    ).toEqual({ type: "room", id: 42 });
  });

  it("when both exist, prefers the one shown in the folder the user is browsing", async () => {
    const folder = async () => ({ id: 42, parentId: 7 });
    expect(
      await resolveKind({ id: 42 }, { getFile: fileIn(3) }, folder, { folderId: "7", mediaViewer: false }),
    ).toEqual({ type: "folder", id: 42 });
    expect(
      await resolveKind({ id: 42 }, { getFile: fileIn(7) }, folder, { folderId: "7", mediaViewer: false }),
    ).toEqual({ type: "file", id: 42 });
    expect(
      await resolveKind({ id: 42 }, { getFile: fileIn(7) }, folder, { folderId: null, mediaViewer: true }),
    ).toEqual({ type: "file", id: 42 });
  });

  it("reports why neither could be read", async () => {
    const denied = async () => {
      throw new TransferError("no-download-permission", "403");
    };
    await expect(resolveKind({ id: 42 }, { getFile: denied }, missing, noHint)).rejects.toMatchObject({
      kind: "no-download-permission",
    });
  });

  it("reads the browsed folder from the portal page's URL", () => {
    expect(locationHintFrom("https://p.test/rooms/shared/5/filter?folder=17&page=1")).toEqual({
      folderId: "17",
      mediaViewer: false,
    });
    expect(locationHintFrom("https://p.test/rooms/shared/5/filter?page=1")).toEqual({
      folderId: "5",
      mediaViewer: false,
    });
    expect(locationHintFrom("https://p.test/rooms/shared/filter?page=1")).toEqual(noHint);
    expect(locationHintFrom("https://p.test/media/view/42")).toEqual({ folderId: null, mediaViewer: true });
    expect(locationHintFrom("not a url")).toEqual(noHint);
    expect(locationHintFrom(null)).toEqual(noHint);
  });
});

describe("shaping the core's result for the UI", () => {
  const result: ExportResult = {
    files: [
      {
        docspaceId: 1,
        title: "a.txt",
        dropboxPath: "/Out/Reports/a.txt",
        plannedPath: "/Out/Reports/a.txt",
        size: 1,
        status: "done",
        link: "https://l",
      },
      {
        docspaceId: 2,
        title: "b:c.txt",
        dropboxPath: "/Out/Reports/sub/b_c.txt",
        plannedPath: "/Out/Reports/sub/b_c.txt",
        size: 1,
        status: "done",
        renamedFrom: "Reports/sub/b:c.txt",
      },
      {
        docspaceId: 3,
        title: "big.bin",
        dropboxPath: "/Out/Reports/big.bin",
        plannedPath: "/Out/Reports/big.bin",
        size: 1,
        status: "failed",
        error: new TransferError("too-large", "x"),
      },
      {
        docspaceId: 4,
        title: "d.txt",
        dropboxPath: "/Out/Reports/d.txt",
        plannedPath: "/Out/Reports/d.txt",
        size: 1,
        status: "cancelled",
      },
    ],
    itemFailures: [{ item: { type: "folder", id: 9 }, error: new TransferError("not-found", "x") }],
    emptyFolders: [],
    folderLinks: [],
  };

  it("gives each file its outcome, relative name, rename and link; unreadable items by id", () => {
    expect(toJobResult([{ type: "folder", id: 5 }], "/Out", result)).toEqual({
      destination: "/Out/Reports",
      files: [
        { source: "Reports/a.txt", path: "/Out/Reports/a.txt", shareLink: "https://l" },
        {
          source: "Reports/sub/b_c.txt",
          path: "/Out/Reports/sub/b_c.txt",
          renamedFrom: "Reports/sub/b:c.txt",
        },
        { source: "Reports/big.bin", error: "too-large" },
        { source: "Reports/d.txt", error: "cancelled" },
        { source: "", itemId: 9, error: "not-found" },
      ],
    });
  });

  it("reports a copy Dropbox numbered because the name was taken, and never a change of normalisation or case", () => {
    const file = (title: string, dropboxPath: string) => ({
      docspaceId: 1,
      title,
      dropboxPath,
      plannedPath: dropboxPath,
      size: 1,
      status: "done" as const,
    });
    const shaped = toJobResult([{ type: "folder", id: 5 }], "/Out", {
      files: [
        file("Q1.docx", "/Out/R/Q1 (1).docx"),
        // Dropbox keeps the stored case of an existing file it overwrote, and names arrive in NFC.
        file("Plan.txt", "/Out/R/plan.txt"),
        file("Cafe\u0301.txt", "/Out/R/Café.txt"),
      ],
      itemFailures: [],
      emptyFolders: [],
      folderLinks: [],
    });
    expect(shaped.files).toEqual([
      {
        source: "R/Q1 (1).docx",
        path: "/Out/R/Q1 (1).docx",
        renamedFrom: "R/Q1.docx",
        renameReasons: ["kept-both"],
      },
      { source: "R/plan.txt", path: "/Out/R/plan.txt" },
      { source: "R/Café.txt", path: "/Out/R/Café.txt" },
    ]);
  });

  it("names the file itself as the destination of a single-file job, and the folder otherwise", () => {
    const one: ExportResult = {
      files: [result.files[0]!],
      itemFailures: [],
      emptyFolders: [],
      folderLinks: [],
    };
    expect(toJobResult([{ type: "file", id: 1 }], "", one).destination).toBe("/Out/Reports/a.txt");
    expect(
      toJobResult(
        [
          { type: "file", id: 1 },
          { type: "file", id: 2 },
        ],
        "/Out",
        result,
      ).destination,
    ).toBe("/Out");
  });
});

describe("a folder's own share link", () => {
  it("is the job's link when one folder or room was sent with links on", () => {
    const item = { type: "folder" as const, id: 5 };
    const linked: ExportResult = {
      files: [
        {
          docspaceId: 1,
          title: "a.txt",
          dropboxPath: "/Out/Reports/a.txt",
          plannedPath: "/Out/Reports/a.txt",
          size: 1,
          status: "done",
        },
      ],
      itemFailures: [],
      emptyFolders: [],
      folderLinks: [{ item, dropboxPath: "/Out/Reports", link: "https://folder" }],
    };
    expect(toJobResult([item], "/Out", linked).shareLink).toBe("https://folder");
    const failed: ExportResult = {
      ...linked,
      folderLinks: [
        {
          item,
          dropboxPath: "/Out/Reports",
          linkError: new TransferError("dropbox-permission", "x"),
        },
      ],
    };
    expect(toJobResult([item], "/Out", failed)).not.toHaveProperty("shareLink");
  });
});

describe("when a whole job has one reason", () => {
  const file = (status: "done" | "failed", error?: TransferError) => ({
    docspaceId: 1,
    title: "a.txt",
    dropboxPath: "/a.txt",
    plannedPath: "/a.txt",
    size: 1,
    status,
    ...(error ? { error } : {}),
  });
  const revoked = new TransferError("dropbox-auth", "invalid_access_token");

  it("a refused Dropbox connection with nothing sent is the job's reason, so the user reconnects", () => {
    const result = { files: [file("failed", revoked), file("failed", revoked)], itemFailures: [] };
    expect(jobFailure(result as unknown as ExportResult, 1)).toBe(revoked);
  });

  it("files that did arrive keep the per-file report", () => {
    const result = { files: [file("done"), file("failed", revoked)], itemFailures: [] };
    expect(jobFailure(result as unknown as ExportResult, 1)).toBeNull();
  });

  it("other per-file failures stay per file", () => {
    const result = {
      files: [file("failed", new TransferError("insufficient-space", "full"))],
      itemFailures: [],
    };
    expect(jobFailure(result as unknown as ExportResult, 1)).toBeNull();
  });

  it("nothing readable at all is the job's reason", () => {
    const denied = new TransferError("no-download-permission", "403");
    const result = { files: [], itemFailures: [{ item: { type: "file", id: 1 }, error: denied }] };
    expect(jobFailure(result as unknown as ExportResult, 1)).toBe(denied);
  });
});

describe("portal calls the adapter makes itself", () => {
  it("reads the user's id and role with the session cookie, and classifies a signed-out session", async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const answers = [
      new Response(JSON.stringify({ response: { id: "u-1", isAdmin: false, isOwner: true } }), {
        status: 200,
      }),
      new Response("", { status: 401 }),
    ];
    const fetchStub = async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init });
      return answers.shift()!;
    };
    const services = createServices(
      { origin: "https://p.test", proxy: "", prefix: "api/2.0" },
      { fetch: fetchStub, pageOrigin: "https://p.test" },
    );
    expect(await services.currentUser()).toEqual({ id: "u-1", isAdmin: true });
    expect(calls[0]).toMatchObject({
      url: "https://p.test/api/2.0/people/@self",
      init: { credentials: "same-origin" },
    });
    await expect(services.currentUser()).rejects.toMatchObject({ kind: "docspace-signed-out" });
  });

  it("sends the cookie across origins only to an API the portal serves from another origin", async () => {
    const modes: (RequestCredentials | undefined)[] = [];
    const fetchStub = async (_url: string | URL | Request, init?: RequestInit) => {
      modes.push(init?.credentials);
      return new Response(JSON.stringify({ response: { id: "u-1" } }), { status: 200 });
    };
    const page = "https://portal.test";
    for (const origin of ["", page, "https://api.portal.test"])
      await createServices({ origin, proxy: "", prefix: "api/2.0" }, { fetch: fetchStub, pageOrigin: page })
        .currentUser()
        .catch(() => undefined);
    // A page of unknown origin keeps sending the cookie to an absolute API origin.
    await createServices({ origin: page, proxy: "", prefix: "api/2.0" }, { fetch: fetchStub })
      .currentUser()
      .catch(() => undefined);
    expect(modes).toEqual(["same-origin", "same-origin", "include", "include"]);
  });
});

describe("reading the stored admin settings", () => {
  function answering(...answers: Response[]) {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const fetchStub = async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init });
      return answers.shift()!;
    };
    const services = createServices(
      { origin: "https://p.test", proxy: "", prefix: "api/2.0" },
      { fetch: fetchStub, pageOrigin: "https://p.test" },
    );
    return { calls, services };
  }

  const record = (settings?: string | null) =>
    new Response(JSON.stringify({ response: { name: PLUGIN_NAME, enabled: true, settings } }), {
      status: 200,
    });

  it("is keyed by plugin.json's name", () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, "../../../plugin.json"), "utf8")) as {
      name: string;
    };
    expect(PLUGIN_NAME).toBe(manifest.name);
  });

  it("GETs this plugin's record with the session cookie and answers its settings, or null when none", async () => {
    const { calls, services } = answering(record("s1|p-knea|appkey123|/DocSpace|"), record(), record(null));
    expect(await services.storedSettings()).toBe("s1|p-knea|appkey123|/DocSpace|");
    expect(calls[0]).toMatchObject({
      url: "https://p.test/api/2.0/settings/webplugins/send-to-dropbox",
      init: { method: "GET", credentials: "same-origin" },
    });
    expect(await services.storedSettings()).toBeNull();
    expect(await services.storedSettings()).toBeNull();
  });

  it("rejects on a refusal or an unexpected body, so the caller keeps its own copy", async () => {
    const { services } = answering(
      new Response("", { status: 401 }),
      new Response(JSON.stringify({ response: { name: "other-plugin", settings: "x" } }), { status: 200 }),
    );
    await expect(services.storedSettings()).rejects.toMatchObject({ kind: "docspace-signed-out" });
    await expect(services.storedSettings()).rejects.toMatchObject({ kind: "unknown" });
  });
});
