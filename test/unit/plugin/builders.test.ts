// The pure descriptor builders on their own: explicit state in, plain data out.
import { Actions, ToastType, type IMessage } from "@onlyoffice/docspace-plugin-sdk";
import { translator } from "../../../src/plugin/i18n";
import { mergeMessages } from "../../../src/plugin/ui/components";
import { contextMenuItems, profileMenuItems } from "../../../src/plugin/ui/menu";
import { progressLine, resultMessage, summarize } from "../../../src/plugin/ui/results";

const handlers = {
  onSend: async (): Promise<IMessage> => ({}),
  onGroupSend: async (): Promise<IMessage> => ({}),
  onAccount: async (): Promise<IMessage> => ({}),
};
const t = translator("en");

describe("menu items", () => {
  const sent: unknown[] = [];
  const recording = {
    ...handlers,
    onSend: async (target: unknown): Promise<IMessage> => (sent.push(target), {}),
  };

  it("tells the send which callback the host used: onClick (3.6) or onItemClick (2026 client)", async () => {
    const vias: unknown[] = [];
    const items = contextMenuItems(
      { audience: "everyone", personal: true },
      { ...handlers, onSend: async (_target, via): Promise<IMessage> => (vias.push(via), {}) },
      t,
    );
    await items[0]?.onClick(1);
    await items[0]?.onItemClick?.(1);
    await items[1]?.onItemClick?.(2);
    expect(vias).toEqual(["click", "item", "item"]);
  });

  it("one item for files and one for folders and rooms, each telling the click what it got", async () => {
    const items = contextMenuItems({ audience: "everyone", personal: true }, recording, t);
    expect(items.map((i) => [i.key, i.label, i.icon, i.fileType, i.usersTypes])).toEqual([
      [
        "send-to-dropbox-file",
        "Send to Dropbox",
        "send-to-dropbox.svg",
        ["file", "image", "video"],
        undefined,
      ],
      ["send-to-dropbox-folder", "Send to Dropbox", "send-to-dropbox.svg", ["folder", "room"], undefined],
    ]);
    await items[0]?.onClick(7);
    await items[1]?.onClick(7);
    expect(sent).toEqual([
      { id: 7, kind: "file" },
      { id: 7, kind: "folder" },
    ]);
    // Single items need Download rights and are not group items; only the file item asks the host
    // to mark its row busy (the host marks file rows by id, so a folder id would mark the file with
    // the same id). Without a group menu (3.6) there is nothing else.
    expect(items.map((item) => [item.isGroupAction, item.withActiveItem, item.itemSecurity])).toEqual([
      [undefined, true, ["Download"]],
      [undefined, undefined, ["Download"]],
    ]);
  });

  it("adds group items that need no Download right where the host has a group menu", async () => {
    const items = contextMenuItems({ audience: "everyone", personal: true, groupMenu: true }, recording, t);
    expect(items.map((i) => [i.key, i.isGroupAction === true, i.itemSecurity, i.fileType])).toEqual([
      ["send-to-dropbox-file", false, ["Download"], ["file", "image", "video"]],
      ["send-to-dropbox-folder", false, ["Download"], ["folder", "room"]],
      ["send-to-dropbox-files", true, undefined, ["file", "image", "video"]],
      ["send-to-dropbox-folders", true, undefined, ["folder", "room"]],
    ]);
  });

  it("only the owner and admins see the items when the admin chose so", () => {
    for (const item of contextMenuItems(
      { audience: "admins", personal: true, groupMenu: true },
      handlers,
      t,
    )) {
      expect(item.usersTypes).toEqual(["Owner", "DocSpaceAdmin"]);
    }
    expect(profileMenuItems({ audience: "admins", personal: true }, handlers, t)[0]?.usersType).toEqual([
      "Owner",
      "DocSpaceAdmin",
    ]);
  });

  it("offers Dropbox connection in the profile menu in personal mode only", () => {
    expect(
      profileMenuItems({ audience: "everyone", personal: true }, handlers, t).map((i) => i.label),
    ).toEqual(["Dropbox connection"]);
    expect(profileMenuItems({ audience: "everyone", personal: false }, handlers, t)).toEqual([]);
  });

  it("is labelled in the user's language", () => {
    expect(
      contextMenuItems({ audience: "everyone", personal: true }, handlers, translator("fr"))[0]?.label,
    ).toBe("Envoyer vers Dropbox");
  });
});

describe("results", () => {
  const ctx = { t, language: "en" as const, mode: "personal" as const };

  it("an empty folder says nothing was sent", () => {
    expect(resultMessage({ destination: "/Out/Empty", files: [] }, ctx, false).toastProps).toEqual([
      {
        type: "info",
        title: "Nothing to send: the selection contains no files. /Out/Empty was not changed.",
      },
    ]);
  });

  it("a single failed file names the file and the reason", () => {
    const message = resultMessage(
      { destination: "/Out", files: [{ source: "a/b.txt", error: "too-large" }] },
      ctx,
      false,
    );
    expect(message.toastProps).toEqual([
      {
        type: "error",
        title: "“b.txt” was not sent. The file is larger than Dropbox accepts for a single file.",
      },
    ]);
  });

  it("a long list is cut, with a count of the rest", () => {
    const files = Array.from({ length: 15 }, (_, i) => ({ source: `f${i}.txt`, error: "network" as const }));
    const message = resultMessage({ destination: "/Out", files }, ctx, false);
    const body = JSON.stringify(message.modalDialogProps?.dialogBody);
    expect(body).toContain("f9.txt");
    expect(body).not.toContain("f10.txt");
    expect(body).toContain("…and 5 more.");
    expect(summarize({ destination: "/Out", files }).failed).toHaveLength(15);
  });

  it("progress says when the job is still listing folders", () => {
    expect(
      progressLine({ transferredBytes: 0, totalBytes: 0, finishedFiles: 0, totalFiles: 0 }, ctx),
    ).toMatch(/still preparing/u);
  });
});

describe("merging answers", () => {
  it("keeps each action once and accumulates toasts and context updates", () => {
    const merged = mergeMessages(
      { actions: [Actions.showToast], toastProps: [{ type: ToastType.info, title: "a" }] },
      undefined,
      {
        actions: [Actions.showToast, Actions.showModal],
        toastProps: [{ type: ToastType.error, title: "b" }],
      },
    );
    expect(merged.actions).toEqual(["show-toast", "show-modal"]);
    expect(merged.toastProps?.map((toast) => toast.title)).toEqual(["a", "b"]);
  });
});
