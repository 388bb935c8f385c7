// The plugin driven as the host drives it, with the engine adapter and the browser faked: the
// descriptors it builds in each state, and what each callback answers.
import {
  Actions,
  type ButtonGroup,
  type ComboBoxGroup,
  type Component,
  type IContextMenuItem,
  type IMessage,
  type IModalDialog,
  type ISettings,
  type InputGroup,
} from "@onlyoffice/docspace-plugin-sdk";
import { tokenKey } from "../../../src/plugin/credentials";
import { encodeSettings, DEFAULT_SETTINGS, type PluginSettings } from "../../../src/plugin/settings/codec";
import { SendToDropbox } from "../../../src/plugin/SendToDropbox";
import type { PortalWindow } from "../../../src/plugin/progress";
import { TransferError } from "../../../src/core/errors";
import { deferred, fakeEnvironment, fakeServices, type FakeEnvironment, type FakeServices } from "./fakes";

const APP_KEY = "appkey123";
const APP_FOLDER = "inside this app's folder in Dropbox (under Apps)";
const personal: PluginSettings = { ...DEFAULT_SETTINGS, appKey: APP_KEY, folder: "/DocSpace" };
const shared: PluginSettings = {
  ...personal,
  mode: "shared",
  credential: { type: "refresh", token: "shared-refresh-token" },
};

interface Setup {
  plugin: SendToDropbox;
  services: FakeServices;
  env: FakeEnvironment;
}

async function setup(
  settings: PluginSettings | null,
  options: { connected?: boolean; services?: Partial<FakeServices>; env?: Partial<FakeEnvironment> } = {},
): Promise<Setup> {
  const services = fakeServices(options.services);
  const env = fakeEnvironment(options.env);
  if (options.connected) env.store.setItem(tokenKey(services.user.id, APP_KEY), "personal-refresh-token");
  const plugin = new SendToDropbox({ services: () => services, environment: env });
  // DocSpace 3.6 order (ONLYOFFICE/DocSpace-client packages/client/src/store/PluginStore.ts
  // installPlugin): setAPI, onLoadCallback (settings arrive as soon as it yields), getStatus.
  plugin.setAPI("https://portal.test", "", "api/2.0");
  const loading = plugin.onLoadCallback();
  plugin.setAdminPluginSettingsValue(settings ? encodeSettings(settings) : null);
  await loading;
  return { plugin, services, env };
}

/**
 * Waits until a condition holds: mostly on the event loop, with a short timer every tenth turn so
 * that work the plugin throttles with a timer (the floating button's pushes) gets to run.
 */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 2000; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => (i % 10 === 9 ? setTimeout(resolve, 5) : setImmediate(resolve)));
  }
  throw new Error("condition never held");
}

function sendItem(plugin: SendToDropbox): IContextMenuItem {
  const item = plugin.getContextMenuItems().get("send-to-dropbox-file");
  if (!item) throw new Error("no Send to Dropbox item");
  return item;
}

async function click(plugin: SendToDropbox, id: number | string = 42): Promise<IMessage> {
  return (await sendItem(plugin).onClick(id)) as IMessage;
}

/** The folder item's onClick: the host marks no row for it. */
async function clickFolder(plugin: SendToDropbox, id: number | string = 42): Promise<IMessage> {
  return (await plugin.getContextMenuItems().get("send-to-dropbox-folder")!.onClick(id)) as IMessage;
}

/** Every component in a tree, depth first. */
function flatten(children: Component[]): Component[] {
  return children.flatMap((child) =>
    child.component === "box" ? [child, ...flatten(child.props.children ?? [])] : [child],
  );
}

function texts(children: Component[]): string[] {
  return flatten(children).flatMap((c) =>
    c.component === "text" || c.component === "label" ? [c.props.text] : [],
  );
}

function buttonLabelled(children: Component[], label: string): ButtonGroup {
  const found = flatten(children).find(
    (c): c is ButtonGroup => c.component === "button" && c.props.label === label,
  );
  if (!found)
    throw new Error(
      `no button "${label}" among ${flatten(children)
        .map((c) => c.component)
        .join(",")}`,
    );
  return found;
}

function inputs(children: Component[]): InputGroup[] {
  return flatten(children).filter((c): c is InputGroup => c.component === "input");
}

function dialogChildren(dialog: IModalDialog | undefined): Component[] {
  if (!dialog) throw new Error("no dialog");
  return dialog.dialogBody.children ?? [];
}

/** The children a message re-renders through update-context. */
function contextChildren(message: IMessage): Component[] {
  const [entry] = message.contextProps ?? [];
  const props = entry?.props as { children?: Component[] } | undefined;
  return props?.children ?? [];
}

describe("not configured", () => {
  it("stays hidden, offers the item for files, folders and rooms where download is allowed, and explains a click", async () => {
    const { plugin } = await setup(null);
    expect(plugin.getStatus()).toBe("hide");
    const item = sendItem(plugin);
    expect(item).toMatchObject({
      icon: "send-to-dropbox.svg",
      itemSecurity: ["Download"],
    });
    // 3.6 has no group menu: a group item would show in every single-item menu, so none is made.
    expect(item.isGroupAction).toBeUndefined();
    expect(plugin.getContextMenuItemsKeys()).toEqual(["send-to-dropbox-file", "send-to-dropbox-folder"]);
    expect(item.withActiveItem).toBe(true);
    expect(plugin.getContextMenuItems().get("send-to-dropbox-folder")?.withActiveItem).toBeUndefined();
    expect(item.fileType).toEqual(["file", "image", "video"]);
    expect(plugin.getContextMenuItems().get("send-to-dropbox-folder")?.fileType).toEqual(["folder", "room"]);
    expect(item.usersTypes).toBeUndefined();
    const message = await click(plugin);
    expect(message.actions).toEqual(["show-toast"]);
    expect(message.toastProps?.[0]).toMatchObject({
      type: "error",
      title: expect.stringMatching(/not set up yet/u),
    });
  });

  it("stays hidden in shared mode until the portal's account is connected", async () => {
    const { plugin } = await setup({ ...shared, credential: null });
    expect(plugin.getStatus()).toBe("hide");
  });
});

describe("configured, personal mode, not connected", () => {
  it("is active and asks to connect on first use, with the authorize URL ready", async () => {
    const { plugin, services } = await setup(personal);
    expect(plugin.getStatus()).toBe("active");
    expect([...plugin.getContextMenuItems().keys()]).toEqual([
      "send-to-dropbox-file",
      "send-to-dropbox-folder",
    ]);
    const message = await click(plugin);
    expect(message.actions).toEqual(["show-modal"]);
    const body = dialogChildren(message.modalDialogProps);
    expect(message.modalDialogProps?.dialogHeader).toBe("Connect Dropbox");
    expect(texts(body).join(" ")).toMatch(/stored in this browser, for your DocSpace account only/u);
    expect(texts(body).join(" ")).toMatch(/Other plugins installed on this portal run in the same page/u);
    buttonLabelled(body, "Open Dropbox");
    buttonLabelled(body, "Connect");
    expect(services.sent).toHaveLength(0);
  });

  it("opens Dropbox in a new tab from the top window, or shows the URL when the tab is blocked", async () => {
    const { plugin, env } = await setup(personal, { env: { popupsBlocked: true } });
    const body = dialogChildren((await click(plugin)).modalDialogProps);
    const opened = (await buttonLabelled(body, "Open Dropbox").props.onClick()) as IMessage;
    expect(env.opened).toEqual([expect.stringContaining("client_id=appkey123")]);
    expect(opened.actions).toEqual(["update-context"]);
    const rerendered = contextChildren(opened);
    expect(texts(rerendered).join(" ")).toMatch(/blocked the new tab/u);
    expect(inputs(rerendered).map((i) => i.props.value)).toContain(env.opened[0]);
  });

  it("exchanges the pasted code, keeps the token in this browser only, and offers to send", async () => {
    const { plugin, services, env } = await setup(personal);
    const body = dialogChildren((await click(plugin, 7)).modalDialogProps);
    await buttonLabelled(body, "Open Dropbox").props.onClick();
    const [codeInput] = inputs(body);
    // Inputs answer synchronously with their own new props (the host replaces, not merges).
    const echo = codeInput!.props.onChange("  the-code  ") as IMessage;
    expect(echo).toMatchObject({ actions: ["update-props"], newProps: { value: "  the-code  " } });
    const connected = (await buttonLabelled(body, "Connect").props.onClick()) as IMessage;
    expect(services.exchanged).toEqual([{ appKey: APP_KEY, code: "the-code", verifier: "v" }]);
    expect(env.store.getItem(tokenKey("user-1", APP_KEY))).toBe("refresh-token-1");
    const rerendered = contextChildren(connected);
    expect(texts(rerendered)).toContain("Connected as Ada Lovelace (ada@example.com)");
    // The profile menu's "Dropbox connection" item stays where it was: nothing to re-register.
    expect(connected.actions).not.toContain("update-context-menu-items");
    // Send now never holds the dialog: it answers close-modal at once while the job is still
    // running, and the outcome waits for the next choice of the item.
    const gate = deferred();
    services.gate = gate.promise;
    const sent = (await buttonLabelled(rerendered, "Send now").props.onClick()) as IMessage;
    expect(sent.actions).toEqual(["close-modal", "show-toast"]);
    expect(sent.toastProps?.[0]?.title).toMatch(/^Sending to Dropbox\. Choose Send to Dropbox/u);
    await until(() => services.sent.length === 1);
    expect(services.sent[0]?.targets).toEqual([{ id: 7, kind: "file" }]);
    expect(services.sent[0]?.options.credential).toEqual({ type: "refresh", token: "refresh-token-1" });
    const whileRunning = await click(plugin, 7);
    expect(whileRunning.modalDialogProps?.dialogHeader).toBe("Sending to Dropbox");
    gate.resolve();
    await until(
      async () =>
        (await click(plugin, 7)).toastProps?.[0]?.title ===
        `Sent to Dropbox: /DocSpace/Report.docx ${APP_FOLDER}`,
    );
    // The outcome is shown once; the next choice sends again.
    await click(plugin, 7);
    expect(services.sent).toHaveLength(2);
  });

  it("explains a rejected or missing code without losing the dialog", async () => {
    const { plugin } = await setup(personal, {
      services: { exchangeResult: new TransferError("dropbox-auth", "invalid_grant") },
    });
    const body = dialogChildren((await click(plugin)).modalDialogProps);
    const empty = (await buttonLabelled(body, "Connect").props.onClick()) as IMessage;
    expect(texts(contextChildren(empty)).join(" ")).toMatch(/Paste the code/u);
    inputs(body)[0]!.props.onChange("stale");
    const rejected = (await buttonLabelled(body, "Connect").props.onClick()) as IMessage;
    expect(texts(contextChildren(rejected)).join(" ")).toMatch(/works once/u);
  });
});

describe("connected (personal)", () => {
  it("sends a single file and answers with where it is in Dropbox: inside the App-folder app's folder", async () => {
    const { plugin, services } = await setup(personal, { connected: true });
    const message = await click(plugin, 42);
    expect(services.sent[0]?.options).toEqual({
      appKey: APP_KEY,
      credential: { type: "refresh", token: "personal-refresh-token" },
      folder: "/DocSpace",
      conflict: "keep-both",
      shareLink: false,
    });
    expect(message).toEqual({
      actions: ["show-toast"],
      toastProps: [{ type: "success", title: `Sent to Dropbox: /DocSpace/Report.docx ${APP_FOLDER}` }],
    });
  });

  it("with a Full Dropbox app, says the path as it is", async () => {
    const { plugin } = await setup({ ...personal, access: "full" }, { connected: true });
    expect((await click(plugin, 42)).toastProps).toEqual([
      { type: "success", title: "Sent to Dropbox: /DocSpace/Report.docx" },
    ]);
  });

  it("in shared mode, says whose Dropbox the file went to", async () => {
    const { plugin } = await setup({ ...shared, access: "full" }, {});
    const message = await click(plugin, 42);
    expect(message.toastProps).toEqual([
      { type: "success", title: "Sent to Dropbox: /DocSpace/Report.docx" },
      { type: "info", title: "Dropbox account: Ada Lovelace" },
    ]);
  });

  it("a multi-selection sent to the top level never says “/”", async () => {
    const files = [
      { source: "a.txt", path: "/a.txt" },
      { source: "b.txt", path: "/b.txt" },
    ];
    const { plugin } = await setup(
      { ...personal, folder: "" },
      { connected: true, services: { nextResult: { destination: "", files } } },
    );
    const lines = texts(dialogChildren((await click(plugin)).modalDialogProps));
    expect(lines).toContain("2 of 2 files sent to this app's folder in Dropbox (under Apps).");
    const full = await setup(
      { ...personal, folder: "", access: "full" },
      { connected: true, services: { nextResult: { destination: "", files } } },
    );
    expect(texts(dialogChildren((await click(full.plugin)).modalDialogProps))).toContain(
      "2 of 2 files sent to the top level of Dropbox.",
    );
  });

  it("lists each rename a person can see with its reason in words", async () => {
    const files = [
      {
        source: "a_b.txt",
        path: "/DocSpace/a_b.txt",
        renamedFrom: "a:b.txt",
        renameReasons: ["reserved-character" as const],
      },
      {
        source: "README (2).md",
        path: "/DocSpace/README (2).md",
        renamedFrom: "readme.md",
        renameReasons: ["name-clash" as const],
      },
      {
        source: "Q1 (1).docx",
        path: "/DocSpace/Q1 (1).docx",
        renamedFrom: "Q1.docx",
        renameReasons: ["kept-both" as const],
      },
    ];
    const { plugin } = await setup(
      { ...personal, access: "full" },
      { connected: true, services: { nextResult: { destination: "/DocSpace", files } } },
    );
    const lines = texts(dialogChildren((await click(plugin)).modalDialogProps));
    expect(lines).toContain("3 files renamed for Dropbox:");
    expect(lines).toContain(
      "a:b.txt → /DocSpace/a_b.txt: Dropbox does not accept “/”, “\\” and some control characters in names",
    );
    expect(lines).toContain(
      "readme.md → /DocSpace/README (2).md: another item in this send has the same name (Dropbox ignores upper and lower case)",
    );
    expect(lines).toContain(
      "Q1.docx → /DocSpace/Q1 (1).docx: a file with this name was already there, so Dropbox numbered this one",
    );
  });

  it("reports a name that had to change as a notice, not a failure", async () => {
    const { plugin } = await setup(personal, {
      connected: true,
      services: {
        nextResult: {
          destination: "/DocSpace/a_b.txt",
          files: [{ source: "a_b.txt", path: "/DocSpace/a_b.txt", renamedFrom: "a:b.txt" }],
        },
      },
    });
    const message = await click(plugin);
    expect(message.toastProps?.[0]).toMatchObject({
      type: "warning",
      title: expect.stringContaining("“a:b.txt”"),
    });
  });

  it("copies the share link when it can, and shows it in a dialog when it cannot", async () => {
    const result = {
      destination: "/DocSpace/R.docx",
      files: [{ source: "R.docx", path: "/DocSpace/R.docx", shareLink: "https://www.dropbox.com/s/abc" }],
    };
    const copying = await setup(
      { ...personal, shareLink: true },
      { connected: true, services: { nextResult: result }, env: { clipboardWorks: true } },
    );
    const copied = await click(copying.plugin);
    expect(copying.env.copied).toEqual(["https://www.dropbox.com/s/abc"]);
    expect(copied.toastProps?.map((t) => t.title)).toContain("The share link was copied to the clipboard.");

    const showing = await setup(
      { ...personal, shareLink: true },
      { connected: true, services: { nextResult: result } },
    );
    const shown = await click(showing.plugin);
    expect(shown.actions).toEqual(["show-toast", "show-modal"]);
    expect(inputs(dialogChildren(shown.modalDialogProps)).map((i) => i.props.value)).toEqual([
      "https://www.dropbox.com/s/abc",
    ]);
  });

  it("summarises a multi-file job in a dialog with each failure and its reason", async () => {
    const files = [
      { source: "Folder/a.txt", path: "/DocSpace/Folder/a.txt" },
      { source: "Folder/b.txt", error: "insufficient-space" as const },
      { source: "", itemId: 99, error: "no-download-permission" as const },
    ];
    const { plugin } = await setup(personal, {
      connected: true,
      services: { nextResult: { destination: "/DocSpace/Folder", files } },
    });
    const message = await click(plugin);
    expect(message.actions).toEqual(["show-toast", "show-modal"]);
    expect(message.toastProps?.[0]).toMatchObject({
      type: "warning",
      title: "Send to Dropbox finished: 1 of 3 files sent.",
    });
    const lines = texts(dialogChildren(message.modalDialogProps));
    expect(lines).toContain(`1 of 3 files sent to /DocSpace/Folder ${APP_FOLDER}.`);
    expect(lines).toContain("2 files not sent:");
    expect(lines.some((l) => l.startsWith("Folder/b.txt: Your Dropbox is full."))).toBe(true);
    expect(lines.some((l) => l.startsWith("Item 99: You may not download"))).toBe(true);
    buttonLabelled(dialogChildren(message.modalDialogProps), "Close");
  });

  it("answers a second click on a running job with its progress instead of starting another", async () => {
    const gate = deferred();
    const { plugin, services } = await setup(personal, {
      connected: true,
      services: {
        gate: gate.promise,
        progress: {
          transferredBytes: 3 * 1024 ** 2,
          totalBytes: 10 * 1024 ** 2,
          finishedFiles: 2,
          totalFiles: 5,
        },
      },
    });
    const first = clickFolder(plugin, 42);
    await new Promise((resolve) => setImmediate(resolve));
    const second = await clickFolder(plugin, 42);
    expect(second.actions).toEqual(["show-modal"]);
    expect(second.modalDialogProps?.dialogHeader).toBe("Sending to Dropbox");
    const body = dialogChildren(second.modalDialogProps);
    expect(texts(body)).toContain("Still sending to Dropbox: 2 of 5 files, 3\u00a0MB of 10\u00a0MB.");
    // Refresh re-reads the job's progress; only buttons inside the dialog may update it.
    services.sent[0]?.onProgress({
      transferredBytes: 7 * 1024 ** 2,
      totalBytes: 10 * 1024 ** 2,
      finishedFiles: 4,
      totalFiles: 5,
    });
    const refreshed = (await buttonLabelled(body, "Refresh").props.onClick()) as IMessage;
    expect(refreshed.actions).toEqual(["update-context"]);
    expect(texts(contextChildren(refreshed))).toContain(
      "Still sending to Dropbox: 4 of 5 files, 7\u00a0MB of 10\u00a0MB.",
    );
    expect(services.sent).toHaveLength(1);
    expect(services.sent[0]?.signal?.aborted).toBe(false);
    gate.resolve();
    expect((await first).toastProps?.[0]?.type).toBe("success");
    // Finished jobs are forgotten: the next click sends again.
    await clickFolder(plugin, 42);
    expect(services.sent).toHaveLength(2);
  });

  it("cancels a running job from its progress dialog: the job's signal aborts, and nothing was sent", async () => {
    const gate = deferred();
    const { plugin, services } = await setup(personal, { connected: true, services: { gate: gate.promise } });
    const first = clickFolder(plugin, 42);
    await new Promise((resolve) => setImmediate(resolve));
    const body = dialogChildren((await clickFolder(plugin, 42)).modalDialogProps);
    const cancelled = (await buttonLabelled(body, "Cancel sending").props.onClick()) as IMessage;
    expect(cancelled.actions).toEqual(["close-modal", "show-toast"]);
    expect(cancelled.toastProps?.[0]?.title).toMatch(/^Cancelling\./u);
    expect(services.sent[0]?.signal?.aborted).toBe(true);
    // The engine answers an aborted job with no file sent.
    services.nextResult = {
      destination: "/DocSpace/Report.docx",
      files: [{ source: "Report.docx", error: "cancelled" }],
    };
    gate.resolve();
    expect((await first).toastProps?.[0]).toEqual({
      type: "info",
      title: "Sending was cancelled. Nothing partial was saved.",
    });
  });

  it("forgets a revoked token and asks to reconnect", async () => {
    const { plugin, env } = await setup(personal, {
      connected: true,
      services: { nextResult: new TransferError("dropbox-auth", "expired_access_token") },
    });
    const message = await click(plugin);
    expect(message.actions).toEqual(expect.arrayContaining(["show-toast", "show-modal"]));
    expect(message.toastProps?.[0]?.title).toMatch(/Connect Dropbox again/u);
    expect(env.store.getItem(tokenKey("user-1", APP_KEY))).toBeNull();
    expect([...plugin.getContextMenuItems().keys()]).toEqual([
      "send-to-dropbox-file",
      "send-to-dropbox-folder",
    ]);
  });

  it("a job that fails with the token it started with keeps the one connected since, and asks nothing", async () => {
    const gate = deferred();
    const { plugin, services, env } = await setup(personal, {
      connected: true,
      services: { gate: gate.promise },
    });
    const sending = clickFolder(plugin, 42);
    await until(() => services.sent.length === 1);
    expect(services.sent[0]?.options.credential).toEqual({
      type: "refresh",
      token: "personal-refresh-token",
    });
    // Meanwhile, in this tab or another, the user disconnected and connected again.
    env.store.setItem(tokenKey("user-1", APP_KEY), "refresh-token-2");
    services.nextResult = new TransferError("dropbox-auth", "invalid_access_token");
    gate.resolve();
    const message = await sending;
    expect(env.store.getItem(tokenKey("user-1", APP_KEY))).toBe("refresh-token-2");
    expect(message.actions).toEqual(["show-toast"]);
    expect(message.toastProps?.[0]).toEqual({
      type: "error",
      title:
        "The send stopped: Dropbox no longer accepts the connection it started with (it was revoked or has expired). You have connected Dropbox again since, so choose Send to Dropbox on the item again.",
    });
    // The next send uses the new connection.
    services.nextResult = {
      destination: "/DocSpace/Folder",
      files: [{ source: "a.txt", path: "/DocSpace/a.txt" }],
    };
    await clickFolder(plugin, 42);
    expect(services.sent[1]?.options.credential).toEqual({ type: "refresh", token: "refresh-token-2" });
  });

  it("a job that fails after the user disconnected elsewhere asks to connect, and removes nothing else", async () => {
    const gate = deferred();
    const { plugin, services, env } = await setup(personal, {
      connected: true,
      services: { gate: gate.promise },
    });
    env.store.setItem(tokenKey("user-1", "otherapp"), "other-app-token");
    const sending = clickFolder(plugin, 42);
    await until(() => services.sent.length === 1);
    env.store.removeItem(tokenKey("user-1", APP_KEY));
    services.nextResult = new TransferError("dropbox-auth", "invalid_access_token");
    gate.resolve();
    const message = await sending;
    expect(message.actions).toEqual(expect.arrayContaining(["show-toast", "show-modal"]));
    expect(message.modalDialogProps?.dialogHeader).toBe("Connect Dropbox");
    expect(env.store.getItem(tokenKey("user-1", "otherapp"))).toBe("other-app-token");
  });

  it("Disconnect forgets only the token it revoked: one connected in another tab meanwhile stays", async () => {
    const { plugin, env } = await setup(personal, {
      connected: true,
      services: {
        revoke: async () => {
          // The revoke is on its way when another tab stores a new connection.
          env.store.setItem(tokenKey("user-1", APP_KEY), "connected-in-another-tab");
        },
      },
    });
    const account = plugin.getProfileMenuItems().get("send-to-dropbox-account");
    const dialog = ((await account!.onClick()) as IMessage).modalDialogProps;
    await buttonLabelled(dialogChildren(dialog), "Disconnect").props.onClick();
    expect(env.store.getItem(tokenKey("user-1", APP_KEY))).toBe("connected-in-another-tab");
  });

  it("disconnects from the account item: revokes, forgets, and says so", async () => {
    const { plugin, services, env } = await setup(personal, { connected: true });
    const account = plugin.getProfileMenuItems().get("send-to-dropbox-account");
    const dialog = ((await account!.onClick()) as IMessage).modalDialogProps;
    expect(texts(dialogChildren(dialog))).toContain("Connected as Ada Lovelace (ada@example.com)");
    const after = (await buttonLabelled(dialogChildren(dialog), "Disconnect").props.onClick()) as IMessage;
    expect(services.revoked).toEqual([{ type: "refresh", token: "personal-refresh-token" }]);
    expect(env.store.getItem(tokenKey("user-1", APP_KEY))).toBeNull();
    buttonLabelled(contextChildren(after), "Open Dropbox");
  });

  it("never throws from a callback: an unexpected failure becomes a classified toast", async () => {
    const { plugin, env } = await setup(personal, {
      connected: true,
      services: { send: () => Promise.reject(new TypeError("boom sl.ABCDEFGHIJKLMNOP")) },
    });
    const message = await click(plugin);
    expect(message.toastProps?.[0]).toMatchObject({
      type: "error",
      title: expect.stringMatching(/unexpected reason/u),
    });
    // The log never carries a token.
    expect(env.logs.join("\n")).not.toContain("sl.ABCDEFGHIJKLMNOP");
  });
});

describe("shared mode", () => {
  it("uses the portal's credential without asking anyone to connect", async () => {
    const { plugin, services } = await setup(shared);
    expect(plugin.getStatus()).toBe("active");
    await click(plugin);
    expect(services.sent[0]?.options.credential).toEqual({ type: "refresh", token: "shared-refresh-token" });
  });

  it("tells members to ask an admin when the shared connection is revoked", async () => {
    const { plugin } = await setup(shared, {
      services: { nextResult: new TransferError("dropbox-auth", "x") },
    });
    const message = await click(plugin);
    expect(message.actions).toEqual(["show-toast"]);
    expect(message.toastProps?.[0]?.title).toMatch(/Ask a DocSpace admin to reconnect/u);
  });

  it("limits the item to the owner and admins when chosen, and refuses others who reach it anyway", async () => {
    const { plugin } = await setup({ ...shared, audience: "admins" });
    expect(sendItem(plugin).usersTypes).toEqual(["Owner", "DocSpaceAdmin"]);
    const message = await click(plugin);
    expect(message.toastProps?.[0]?.title).toMatch(/only DocSpace admins/u);
  });
});

describe("resuming an interrupted send", () => {
  const job = {
    id: "job-1",
    targets: [{ id: 42, kind: "file" as const }],
    transferredBytes: 4.5 * 1024 ** 3,
    totalBytes: 5 * 1024 ** 3,
  };

  it("offers Resume with what is already in Dropbox, and continues that job for this user", async () => {
    const asked: { userId: string; targets: unknown }[] = [];
    const { plugin, services } = await setup(shared, {
      services: {
        interruptedJob: async (userId, targets) => {
          asked.push({ userId, targets });
          return job;
        },
      },
    });
    const offer = await click(plugin, 42);
    expect(offer.actions).toEqual(["show-modal"]);
    expect(services.sent).toHaveLength(0);
    expect(asked).toEqual([{ userId: "user-1", targets: [{ id: 42, kind: "file" }] }]);
    const body = dialogChildren(offer.modalDialogProps);
    expect(texts(body)).toContain("An earlier send of this item stopped before it finished.");
    const resumed = (await buttonLabelled(
      body,
      "Resume — 4.5\u00a0GB of 5\u00a0GB already in Dropbox",
    ).props.onClick()) as IMessage;
    expect(resumed.actions).toEqual(["close-modal", "show-toast"]);
    await until(() => services.sent.length === 1);
    expect(services.sent[0]?.resume).toEqual({ userId: "user-1", job });
  });

  it("Start again forgets the interrupted job and sends afresh", async () => {
    const discarded: string[] = [];
    const { plugin, services } = await setup(shared, {
      services: {
        interruptedJob: async () => job,
        discardJob: async (_userId, jobId) => {
          discarded.push(jobId);
        },
      },
    });
    const body = dialogChildren((await click(plugin, 42)).modalDialogProps);
    await buttonLabelled(body, "Start again").props.onClick();
    await until(() => services.sent.length === 1);
    expect(discarded).toEqual(["job-1"]);
    expect(services.sent[0]?.resume).toEqual({ userId: "user-1", fresh: true });
  });

  it("nothing interrupted: the send starts at once, with resumable state for this user", async () => {
    const { plugin, services } = await setup(shared, { services: { interruptedJob: async () => undefined } });
    const message = await click(plugin, 42);
    expect(message.toastProps?.[0]?.type).toBe("success");
    expect(services.sent[0]?.resume).toEqual({ userId: "user-1" });
  });

  it("Send now after connecting asks the Resume question at once, instead of a toast for a send that never starts", async () => {
    const { plugin, services } = await setup(personal, { services: { interruptedJob: async () => job } });
    const body = dialogChildren((await click(plugin, 42)).modalDialogProps);
    await buttonLabelled(body, "Open Dropbox").props.onClick();
    inputs(body)[0]!.props.onChange("the-code");
    const connected = (await buttonLabelled(body, "Connect").props.onClick()) as IMessage;
    const answer = (await buttonLabelled(contextChildren(connected), "Send now").props.onClick()) as IMessage;
    // The question takes the connect dialog's place; no "Sending to Dropbox" toast.
    expect(answer.actions).toEqual(["show-modal"]);
    expect(answer.toastProps).toBeUndefined();
    expect(services.sent).toHaveLength(0);
    const question = dialogChildren(answer.modalDialogProps);
    expect(texts(question)).toContain("An earlier send of this item stopped before it finished.");
    const resumed = (await buttonLabelled(
      question,
      "Resume — 4.5\u00a0GB of 5\u00a0GB already in Dropbox",
    ).props.onClick()) as IMessage;
    expect(resumed.actions).toEqual(["close-modal", "show-toast"]);
    await until(() => services.sent.length === 1);
    expect(services.sent[0]?.resume).toEqual({ userId: "user-1", job });
  });

  it("Send the other items asks the Resume question at once when one of them has an interrupted send", async () => {
    const { plugin, services } = await setup(personal, {
      connected: true,
      services: { interruptedJob: async () => job },
    });
    plugin.setLanguage("en-US");
    services.denied.set("2", "Secret Plan.docx");
    const offer = (await plugin.getContextMenuItems().get("send-to-dropbox-files")!.onGroupClick!([
      42, 2, 3,
    ])) as IMessage;
    const others = (await buttonLabelled(
      dialogChildren(offer.modalDialogProps),
      "Send the other 2 items",
    ).props.onClick()) as IMessage;
    expect(others.actions).toEqual(["show-modal"]);
    expect(others.toastProps).toBeUndefined();
    expect(services.sent).toHaveLength(0);
    const question = dialogChildren(others.modalDialogProps);
    expect(texts(question)).toContain("An earlier send of this item stopped before it finished.");
    const again = (await buttonLabelled(question, "Start again").props.onClick()) as IMessage;
    expect(again.actions).toEqual(["close-modal", "show-toast"]);
    await until(() => services.sent.length === 1);
    expect(services.sent[0]?.targets).toEqual([
      { id: 42, kind: "file" },
      { id: 3, kind: "file" },
    ]);
    expect(services.sent[0]?.resume).toEqual({ userId: "user-1", fresh: true });
  });
});

describe("a send still running in another tab", () => {
  const OTHER_TAB =
    "This item is already being sent to Dropbox from another tab or window of this browser. Choose Send to Dropbox on it there to see its progress. If that tab was just closed, try again in a few seconds.";
  const interrupted = {
    id: "job-1",
    targets: [{ id: 42, kind: "file" as const }],
    transferredBytes: 1024 ** 2,
    totalBytes: 2 * 1024 ** 2,
  };
  const running = { ...interrupted, runningElsewhere: true };

  it("is not offered as interrupted: the click answers that it is being sent elsewhere, and sends nothing", async () => {
    const { plugin, services } = await setup(shared, { services: { interruptedJob: async () => running } });
    const message = await click(plugin, 42);
    expect(message).toEqual({ actions: ["show-toast"], toastProps: [{ type: "info", title: OTHER_TAB }] });
    expect(services.sent).toHaveLength(0);
  });

  it("Resume and Start again chosen after another tab took the job answer the same, and send nothing", async () => {
    const answers = [interrupted, running, interrupted, running];
    const discarded: string[] = [];
    const { plugin, services } = await setup(shared, {
      services: {
        interruptedJob: async () => answers.shift(),
        discardJob: async (_userId, jobId) => {
          discarded.push(jobId);
        },
      },
    });
    for (const choice of ["Resume — 1\u00a0MB of 2\u00a0MB already in Dropbox", "Start again"]) {
      const offer = await click(plugin, 42);
      const answer = (await buttonLabelled(
        dialogChildren(offer.modalDialogProps),
        choice,
      ).props.onClick()) as IMessage;
      expect(answer).toEqual({
        actions: ["close-modal", "show-toast"],
        toastProps: [{ type: "info", title: OTHER_TAB }],
      });
    }
    expect(services.sent).toHaveLength(0);
    // Start again asks to discard the job first; the real services keep the record of a job that
    // is still running (job-liveness.test.ts).
    expect(discarded).toEqual(["job-1"]);
  });

  it("when the services refuse at the start (another tab took the items meanwhile), says the same", async () => {
    const refused = Object.assign(new Error("busy"), { name: "JobRunningElsewhereError" });
    const { plugin, env } = await setup(shared, {
      services: { interruptedJob: async () => undefined, send: () => Promise.reject(refused) },
    });
    expect(await click(plugin, 42)).toEqual({
      actions: ["show-toast"],
      toastProps: [{ type: "info", title: OTHER_TAB }],
    });
    expect(env.logs.join("\n")).not.toMatch(/unknown/u);
  });
});

describe("a second send of items whose send is still being prepared", () => {
  const interrupted = {
    id: "job-1",
    targets: [{ id: 42, kind: "file" as const }],
    transferredBytes: 1024 ** 2,
    totalBytes: 2 * 1024 ** 2,
  };

  it("starts no second job: once the first starts, the second shows its progress, and Cancel stops the only job", async () => {
    const lookup = deferred();
    const gate = deferred();
    let lookups = 0;
    const { plugin, services } = await setup(shared, {
      services: {
        gate: gate.promise,
        interruptedJob: async () => {
          lookups += 1;
          await lookup.promise;
          return undefined;
        },
      },
    });
    const first = clickFolder(plugin, 42);
    // The first send is between its checks and its job: it waits for the resume look-up.
    await until(() => lookups === 1);
    let secondSettled = false;
    const second = clickFolder(plugin, 42).then((message) => {
      secondSettled = true;
      return message;
    });
    lookup.resolve();
    await until(() => secondSettled || services.sent.length > 1);
    expect(services.sent).toHaveLength(1);
    expect(lookups).toBe(1);
    const dialog = (await second).modalDialogProps;
    expect(dialog?.dialogHeader).toBe("Sending to Dropbox");
    await buttonLabelled(dialogChildren(dialog), "Cancel sending").props.onClick();
    expect(services.sent[0]?.signal?.aborted).toBe(true);
    services.nextResult = {
      destination: "/DocSpace/Report.docx",
      files: [{ source: "Report.docx", error: "cancelled" }],
    };
    gate.resolve();
    expect((await first).toastProps?.[0]?.title).toBe("Sending was cancelled. Nothing partial was saved.");
  });

  it("when the first ends with the Resume question, the second answers nothing and a later click asks again", async () => {
    const lookup = deferred();
    let lookups = 0;
    const { plugin, services } = await setup(shared, {
      services: {
        interruptedJob: async () => {
          lookups += 1;
          await lookup.promise;
          return interrupted;
        },
      },
    });
    const first = click(plugin, 42);
    await until(() => lookups === 1);
    const second = click(plugin, 42);
    lookup.resolve();
    expect(texts(dialogChildren((await first).modalDialogProps))).toContain(
      "An earlier send of this item stopped before it finished.",
    );
    expect(await second).toEqual({});
    expect(lookups).toBe(1);
    // The preparation answered with a dialog: nothing blocks the next send of the item.
    expect(texts(dialogChildren((await click(plugin, 42)).modalDialogProps))).toContain(
      "An earlier send of this item stopped before it finished.",
    );
    expect(lookups).toBe(2);
    expect(services.sent).toHaveLength(0);
  });

  it("when the first fails, the second answers nothing and a later click sends", async () => {
    const lookup = deferred();
    let offline = true;
    let lookups = 0;
    const { plugin, services } = await setup(
      { ...shared, audience: "admins" },
      {
        services: {
          currentUser: async () => {
            lookups += 1;
            if (!offline) return { id: "user-1", isAdmin: true };
            await lookup.promise;
            throw new TypeError("Failed to fetch");
          },
        },
      },
    );
    const first = click(plugin, 42);
    await until(() => lookups === 1);
    const second = click(plugin, 42);
    lookup.resolve();
    expect((await first).toastProps?.[0]?.type).toBe("error");
    expect(await second).toEqual({});
    offline = false;
    expect((await click(plugin, 42)).toastProps?.[0]?.type).toBe("success");
    expect(services.sent).toHaveLength(1);
  });
});

describe("group actions (SDK 2.1 clients)", () => {
  it("sends every selected item in one job; bare ids take the kind of the item that was chosen", async () => {
    const { plugin, services } = await setup(personal, { connected: true });
    plugin.setLanguage("en-US");
    const answer = (await plugin.getContextMenuItems().get("send-to-dropbox-files")!.onGroupClick!([
      1,
      "sbox-2",
      { id: 3, itemType: "folder" },
    ])) as IMessage;
    // One operation in the floating button for the whole selection. The host shows the button,
    // which ends the plugin's wait for it (a pending 10 s timer kept the test worker alive).
    expect(answer.floatingOperationsButtonProps?.operations).toHaveLength(1);
    await answer.floatingOperationsButtonProps?.onLoad?.(() => undefined);
    expect(services.sent[0]?.targets).toEqual([
      { id: 1, kind: "file" },
      { id: "sbox-2", kind: "file" },
      { id: 3, kind: "folder" },
    ]);
    await plugin.getContextMenuItems().get("send-to-dropbox-folders")!.onGroupClick!([4, 5]);
    expect(services.sent[1]?.targets).toEqual([
      { id: 4, kind: "folder" },
      { id: 5, kind: "folder" },
    ]);
  });

  it("a selection with items the user may not download names them and offers to send the others", async () => {
    const { plugin, services } = await setup(personal, { connected: true });
    plugin.setLanguage("en-US");
    services.denied.set("2", "Secret Plan.docx");
    const group = plugin.getContextMenuItems().get("send-to-dropbox-files")!;
    const offer = (await group.onGroupClick!([1, 2, 3])) as IMessage;
    expect(services.sent).toEqual([]);
    expect(offer.modalDialogProps?.dialogHeader).toBe("Some items cannot be sent");
    const body = dialogChildren(offer.modalDialogProps);
    expect(texts(body)).toEqual([
      "You may not download these selected items, so they are left out:",
      "• Secret Plan.docx",
    ]);
    const sending = (await buttonLabelled(body, "Send the other 2 items").props.onClick()) as IMessage;
    expect(sending.actions).toEqual(["close-modal", "show-toast"]);
    await until(() => services.sent.length === 1);
    expect(services.sent[0]?.targets).toEqual([
      { id: 1, kind: "file" },
      { id: 3, kind: "file" },
    ]);
    // Nothing to offer when nothing may be sent: the reason instead.
    services.denied.set("4", "a.txt").set("5", "b.txt");
    const none = (await group.onGroupClick!([4, 5])) as IMessage;
    expect(none.toastProps?.[0]?.title).toMatch(/You may not download this item/u);
  });
});

describe("jobs", () => {
  it("file 42 and folder 42 are different jobs: a running file does not stand in for the folder", async () => {
    const gate = deferred();
    const { plugin, services } = await setup(personal, { connected: true, services: { gate: gate.promise } });
    const file = click(plugin, 42);
    await until(() => services.sent.length === 1);
    const folder = plugin.getContextMenuItems().get("send-to-dropbox-folder")!.onClick!(42);
    await until(() => services.sent.length === 2);
    expect(services.sent.map((request) => request.targets)).toEqual([
      [{ id: 42, kind: "file" }],
      [{ id: 42, kind: "folder" }],
    ]);
    // A second choice of the file (through onItemClick: no busy row to keep) finds the file's own job.
    const again = (await sendItem(plugin).onItemClick!(42)) as IMessage;
    expect(again.modalDialogProps?.dialogHeader).toBe("Sending to Dropbox");
    gate.resolve();
    await Promise.all([file, folder]);
  });
});

describe("language", () => {
  it("follows setLanguage on 2.1+ hosts, otherwise the portal's cookie", async () => {
    const services = fakeServices();
    const env = fakeEnvironment({ cookieValue: "asc_language=de-DE" });
    const plugin = new SendToDropbox({ services: () => services, environment: env });
    await plugin.onLoadCallback();
    expect(sendItem(plugin).label).toBe("An Dropbox senden");
    // getLanguage names the config.json nameLocale key the host reads: DocSpace's culture names.
    expect(plugin.getLanguage()).toBe("de");
    plugin.setLanguage("ru-RU");
    expect(sendItem(plugin).label).toBe("Отправить в Dropbox");
    expect(plugin.getLanguage()).toBe("ru");
    plugin.setLanguage("pt-BR");
    expect(sendItem(plugin).label).toBe("Enviar para o Dropbox");
    expect(plugin.getLanguage()).toBe("pt-BR");
    plugin.setLanguage("he-IL");
    expect(sendItem(plugin).label).toBe("Send to Dropbox");
    expect(plugin.getLanguage()).toBe("en-US");
  });
});

describe("settings panel", () => {
  async function openPanel(settings: PluginSettings | null, options: Parameters<typeof setup>[1] = {}) {
    const context = await setup(settings, options);
    const panel = context.plugin.getAdminPluginSettings() as ISettings;
    const loaded = await panel.onLoad!();
    return { ...context, body: loaded.settings.children ?? [], save: loaded.saveButton ?? panel.saveButton };
  }

  function combo(body: Component[], key: string): ComboBoxGroup {
    const found = flatten(body).find(
      (c): c is ComboBoxGroup => c.component === "comboBox" && c.props.options.some((o) => o.key === key),
    );
    if (!found) throw new Error(`no combo box with "${key}"`);
    return found;
  }

  /** The props a message gives an element through its contextName. */
  function contextProps(message: IMessage, name: string): Record<string, unknown> | undefined {
    return message.contextProps?.find((entry) => entry.name === name)?.props as
      Record<string, unknown> | undefined;
  }

  function field(body: Component[], placeholder: string): InputGroup {
    const found = inputs(body).find((i) => i.props.placeholder === placeholder);
    if (!found) throw new Error(`no input "${placeholder}"`);
    return found;
  }

  it("shows the how-to, the app key and the transfer choices; personal mode explains where tokens stay", async () => {
    const { body } = await openPanel(null);
    const all = texts(body).join("\n");
    expect(all).toMatch(/files\.content\.write/u);
    expect(all).toMatch(/App folder/u);
    expect(all).toMatch(/not on the portal's server/u);
    expect(all).toMatch(/other plugins installed on this portal run in the same page/u);
    expect(all).not.toMatch(/browser of every portal member/u);
    expect(flatten(body).filter((c) => c.component === "comboBox")).toHaveLength(4);
    expect(flatten(body).filter((c) => c.component === "checkbox")).toHaveLength(1);
  });

  it("warns plainly in shared mode and shows the connected account", async () => {
    const { body } = await openPanel(shared);
    const all = texts(body).join("\n");
    expect(all).toMatch(/browser of every portal member/u);
    expect(all).toMatch(/App-folder/u);
    expect(all).toContain("Connected as Ada Lovelace (ada@example.com)");
  });

  it("switching to shared mode re-renders the body with the connect section and the token field", async () => {
    const { body } = await openPanel(personal);
    const message = combo(body, "shared").props.onSelect!({ key: "shared", label: "" }) as IMessage;
    expect(message.actions).toEqual(["update-context"]);
    const rerendered = contextChildren(message);
    buttonLabelled(rerendered, "Open Dropbox");
    field(rerendered, "Dropbox access token");
    expect(texts(rerendered).join(" ")).toMatch(/expire after 4 hours/u);
  });

  it("switching from shared to personal revokes the shared refresh token before dropping it", async () => {
    const { body, save, services, plugin } = await openPanel(shared);
    combo(body, "personal").props.onSelect!({ key: "personal", label: "" });
    expect(services.revoked).toEqual([]);
    const saved = (await save.props.onClick()) as IMessage;
    expect(services.revoked).toEqual([{ type: "refresh", token: "shared-refresh-token" }]);
    expect(saved.settings).not.toContain("shared-refresh-token");
    // Personal mode adds the profile item while the status stays active: named explicitly.
    expect(plugin.getProfileMenuItems().size).toBe(1);
    expect(saved.actions).toEqual(expect.arrayContaining(["update-profile-menu-items"]));
  });

  it("replacing the shared refresh token revokes the old one; saving it unchanged revokes nothing", async () => {
    const unchanged = await openPanel(shared);
    await unchanged.save.props.onClick();
    expect(unchanged.services.revoked).toEqual([]);
    // The account lookup failed, so the panel offers to connect or paste again.
    const { body, save, services } = await openPanel(shared, {
      services: { accountResult: new Error("none") },
    });
    field(body, "Dropbox access token").props.onChange("sl.u.pasted-token");
    const saved = (await save.props.onClick()) as IMessage;
    expect(saved.settings).toContain("sl.u.pasted-token");
    expect(services.revoked).toEqual([{ type: "refresh", token: "shared-refresh-token" }]);
  });

  it("adds a missing leading slash and says so, instead of refusing the folder", async () => {
    const { body, save } = await openPanel(personal);
    const typed = field(body, "/DocSpace").props.onChange("Backups/2025") as IMessage;
    expect(typed.newProps).toMatchObject({ value: "Backups/2025" });
    expect(typed.newProps).not.toHaveProperty("hasError");
    expect(contextProps(typed, "send-to-dropbox-folder-hint")?.text).toBe("Will be saved as /Backups/2025");
    expect(contextProps(typed, "send-to-dropbox-save")?.isDisabled).toBeUndefined();
    expect(((await save.props.onClick()) as IMessage).settings).toBe("s1|p-knea|appkey123|/Backups/2025|");
  });

  it("flags a bad destination folder as it is typed, disables Save with the reason, and re-enables it once fixed", async () => {
    const { body, save } = await openPanel(personal);
    expect(save.contextName).toBe("send-to-dropbox-save");
    expect(save.props.isDisabled).toBeUndefined();
    // No disableWhileRequestRunning on Save: it would make the client ignore isDisabled.
    expect(save.props.disableWhileRequestRunning).toBeUndefined();
    const folder = field(body, "/DocSpace");
    const typed = folder.props.onChange("/Reports: 2025") as IMessage;
    expect(typed.actions).toEqual(["update-props", "update-context"]);
    expect(typed.newProps).toMatchObject({ value: "/Reports: 2025", hasError: true });
    expect(contextProps(typed, "send-to-dropbox-folder-hint")?.text).toMatch(/must not contain < > :/u);
    expect(contextProps(typed, "send-to-dropbox-save")).toMatchObject({ isDisabled: true, label: "Save" });
    expect(contextProps(typed, "send-to-dropbox-save-note")?.text).toBe(
      "Save is unavailable until the problems marked above are fixed.",
    );
    // A click that still arrives is refused with the reason and stores nothing.
    const refused = (await save.props.onClick()) as IMessage;
    expect(refused.actions).toEqual(["show-toast"]);
    expect(refused.settings).toBeUndefined();
    const fixed = folder.props.onChange("/Reports 2025") as IMessage;
    expect(contextProps(fixed, "send-to-dropbox-save")?.isDisabled).toBeUndefined();
    expect(contextProps(fixed, "send-to-dropbox-save-note")?.text).toBe("");
    expect(((await save.props.onClick()) as IMessage).settings).toBe("s1|p-knea|appkey123|/Reports 2025|");
  });

  it("never alters an app key: one with a stray character is shown as invalid, as typed", async () => {
    const { body, save, plugin } = await openPanel(personal);
    const key = field(body, "e.g. a1b2c3d4e5f6g7h");
    const typed = key.props.onChange("wrong key!") as IMessage;
    expect(typed.newProps).toMatchObject({ value: "wrong key!", hasError: true });
    expect(contextProps(typed, "send-to-dropbox-app-key-hint")?.text).toBe(
      "A Dropbox app key has only letters, digits, “-” and “_”. Remove U+0020 “!”.",
    );
    expect(contextProps(typed, "send-to-dropbox-save")?.isDisabled).toBe(true);
    const refused = (await save.props.onClick()) as IMessage;
    expect(refused.settings).toBeUndefined();
    expect(plugin.getStatus()).toBe("active");
    const fixed = key.props.onChange("rightkey") as IMessage;
    expect(contextProps(fixed, "send-to-dropbox-app-key-hint")?.text).toMatch(/Invalid client_id/u);
    expect(contextProps(fixed, "send-to-dropbox-save")?.isDisabled).toBeUndefined();
    expect(((await save.props.onClick()) as IMessage).settings).toBe("s1|p-knea|rightkey|/DocSpace|");
  });

  it("saves, applies the settings at once (the host never hands them back) and updates status and menu", async () => {
    const { plugin, body, save } = await openPanel(null);
    field(body, "e.g. a1b2c3d4e5f6g7h").props.onChange("newkey");
    field(body, "/DocSpace").props.onChange("/Exports/");
    const saved = (await save.props.onClick()) as IMessage;
    // update-status re-reads nothing while the status stays the same, so every item scope is named.
    expect(saved.actions).toEqual([
      "save-settings",
      "update-status",
      "update-context-menu-items",
      "update-profile-menu-items",
      "show-toast",
    ]);
    expect(saved.settings).toBe("s1|p-knea|newkey|/Exports|");
    expect(plugin.getStatus()).toBe("active");
  });

  it("saves a value of exactly 255 characters and refuses one more, before any save-settings", async () => {
    const { body, save, plugin } = await openPanel(null);
    field(body, "e.g. a1b2c3d4e5f6g7h").props.onChange("k");
    const overhead = "s1|p-knea|k||".length;
    const exact = "/" + "a".repeat(255 - overhead - 1);
    // Folder components are limited to 255, so split the name.
    const folderAt = (length: number) => "/" + "a".repeat(200) + "/" + "b".repeat(length - 202);
    expect(exact.length).toBe(255 - overhead);
    const fits = field(body, "/DocSpace").props.onChange(folderAt(255 - overhead)) as IMessage;
    expect(contextProps(fits, "send-to-dropbox-budget")?.text).toBe(
      "0 characters of 255 left for these settings.",
    );
    const ok = (await save.props.onClick()) as IMessage;
    expect(ok.settings).toHaveLength(255);
    const over = field(body, "/DocSpace").props.onChange(folderAt(256 - overhead)) as IMessage;
    expect(contextProps(over, "send-to-dropbox-budget")?.text).toBe(
      "Too long: these settings need 256 characters and DocSpace stores at most 255. Shorten the destination folder by 1 character.",
    );
    expect(contextProps(over, "send-to-dropbox-save")?.isDisabled).toBe(true);
    const refused = (await save.props.onClick()) as IMessage;
    expect(refused.actions).toEqual(["show-toast"]);
    expect(refused.settings).toBeUndefined();
    expect(refused.toastProps?.[0]?.title).toBe(
      "The settings were not saved: they need 256 characters and DocSpace stores at most 255. Shorten the destination folder by 1 character.",
    );
    // The instance keeps the last saved settings.
    expect(plugin.getStatus()).toBe("active");
  });

  it("accepts a pasted access token in shared mode, with the 4-hour warning", async () => {
    const { body, save } = await openPanel(
      { ...personal, mode: "shared" },
      { services: { accountResult: new Error("none") } },
    );
    field(body, "Dropbox access token").props.onChange("sl.u.pasted-token");
    const saved = (await save.props.onClick()) as IMessage;
    expect(saved.settings).toBe("s1|saknea|appkey123|/DocSpace|sl.u.pasted-token");
    expect(saved.toastProps?.[0]).toMatchObject({
      type: "warning",
      title: expect.stringMatching(/4 hours/u),
    });
  });

  it("connects the shared account from the panel, and Disconnect removes the token from the stored settings at once", async () => {
    const { body, save, services, plugin } = await openPanel({ ...personal, mode: "shared" });
    await buttonLabelled(body, "Open Dropbox").props.onClick();
    inputs(body)
      .find((i) => i.props.placeholder === "Code from Dropbox")!
      .props.onChange("code-1");
    const connected = (await buttonLabelled(body, "Connect").props.onClick()) as IMessage;
    const rerendered = contextChildren(connected);
    expect(texts(rerendered)).toContain("Connected as Ada Lovelace (ada@example.com)");
    expect(texts(rerendered)).toContain("Choose Save to keep this connection.");
    const saved = (await save.props.onClick()) as IMessage;
    expect(saved.settings).toBe("s1|srknea|appkey123|/DocSpace|refresh-token-1");
    expect(plugin.getStatus()).toBe("active");

    const reopened = await (plugin.getAdminPluginSettings() as ISettings).onLoad!();
    const disconnected = (await buttonLabelled(
      reopened.settings.children ?? [],
      "Disconnect",
    ).props.onClick()) as IMessage;
    expect(services.revoked).toEqual([{ type: "refresh", token: "refresh-token-1" }]);
    expect(disconnected.actions).toEqual(
      expect.arrayContaining(["update-context", "save-settings", "update-status"]),
    );
    expect(disconnected.settings).toBe("s1|s-knea|appkey123|/DocSpace|");
    expect(plugin.getStatus()).toBe("hide");
  });

  describe("revoking the shared connection", () => {
    const NOT_REVOKED =
      "The shared connection was removed here, but Dropbox could not be reached to revoke it, so its token still works for anyone who read it from these settings. To revoke it, sign in to that Dropbox account, open Settings › Connected apps (https://www.dropbox.com/account/connected_apps) and remove this app.";

    function recordingRevoke(failure?: Error) {
      const calls: { appKey: string; token: string }[] = [];
      const revoke: FakeServices["revoke"] = async (appKey, credential) => {
        calls.push({ appKey, token: credential.token });
        if (failure) throw failure;
      };
      return { calls, revoke };
    }

    it.each([
      ["edited to another valid key", "otherkey456"],
      ["left invalid (the draft has no key)", "bad key!"],
    ])(
      "Disconnect revokes with the saved app key the token was issued for, with the App key field %s",
      async (_case, typed) => {
        const { calls, revoke } = recordingRevoke();
        const { body } = await openPanel(shared, { services: { revoke } });
        field(body, "e.g. a1b2c3d4e5f6g7h").props.onChange(typed);
        const disconnected = (await buttonLabelled(body, "Disconnect").props.onClick()) as IMessage;
        expect(calls).toEqual([{ appKey: APP_KEY, token: "shared-refresh-token" }]);
        expect(disconnected.toastProps).toBeUndefined();
        expect(disconnected.settings).toBe("s1|s-knea|appkey123|/DocSpace|");
      },
    );

    it("a token connected in the panel is revoked with the key it was connected with", async () => {
      const { calls, revoke } = recordingRevoke();
      const { body } = await openPanel({ ...personal, mode: "shared" }, { services: { revoke } });
      await buttonLabelled(body, "Open Dropbox").props.onClick();
      field(body, "Code from Dropbox").props.onChange("code-1");
      const connected = (await buttonLabelled(body, "Connect").props.onClick()) as IMessage;
      field(body, "e.g. a1b2c3d4e5f6g7h").props.onChange("laterkey789");
      await buttonLabelled(contextChildren(connected), "Disconnect").props.onClick();
      expect(calls).toEqual([{ appKey: APP_KEY, token: "refresh-token-1" }]);
    });

    it("when Dropbox cannot be reached, Disconnect still drops the token and says plainly that it still works and where to revoke it", async () => {
      const { revoke } = recordingRevoke(new TypeError("Failed to fetch"));
      const { body, plugin, env } = await openPanel(shared, { services: { revoke } });
      const disconnected = (await buttonLabelled(body, "Disconnect").props.onClick()) as IMessage;
      expect(disconnected.actions).toEqual(expect.arrayContaining(["save-settings", "show-toast"]));
      expect(disconnected.settings).toBe("s1|s-knea|appkey123|/DocSpace|");
      expect(disconnected.toastProps).toEqual([{ type: "warning", title: NOT_REVOKED }]);
      expect(plugin.getStatus()).toBe("hide");
      // Neither the toast nor the log carries the token.
      expect(JSON.stringify(disconnected)).not.toContain("shared-refresh-token");
      expect(env.logs.join("\n")).not.toContain("shared-refresh-token");
    });

    it("a token Dropbox already refuses counts as revoked: no warning", async () => {
      const { revoke } = recordingRevoke(new TransferError("dropbox-auth", "invalid_grant"));
      const { body } = await openPanel(shared, { services: { revoke } });
      const disconnected = (await buttonLabelled(body, "Disconnect").props.onClick()) as IMessage;
      expect(disconnected.toastProps).toBeUndefined();
    });

    it("Save that replaces the shared token says so too when the old one could not be revoked", async () => {
      const { calls, revoke } = recordingRevoke(new TypeError("Failed to fetch"));
      const { body, save } = await openPanel(shared, {
        services: { revoke, accountResult: new Error("none") },
      });
      field(body, "Dropbox access token").props.onChange("sl.u.pasted-token");
      const saved = (await save.props.onClick()) as IMessage;
      expect(calls).toEqual([{ appKey: APP_KEY, token: "shared-refresh-token" }]);
      expect(saved.settings).toContain("sl.u.pasted-token");
      expect(saved.toastProps).toEqual([
        expect.objectContaining({ type: "warning", title: expect.stringMatching(/4 hours/u) }),
        { type: "warning", title: NOT_REVOKED },
      ]);
    });
  });

  describe("settings changed in another window", () => {
    // Another tab of the admin replaced the shared account: A (the host's value here) by B.
    const sharedB: PluginSettings = {
      ...shared,
      folder: "/Other",
      credential: { type: "refresh", token: "shared-refresh-token-b" },
    };
    const CHANGED_ELSEWHERE =
      "The settings were not saved: they were changed in another window or tab since this panel was opened. Close the settings and open them again to see the current values.";

    it("opening the panel reads the stored settings and adopts newer ones before showing them", async () => {
      const { body, save, services, plugin } = await openPanel(shared, {
        services: { stored: encodeSettings(sharedB) },
      });
      expect(services.storedReads).toBe(1);
      expect(field(body, "/DocSpace").props.value).toBe("/Other");
      field(body, "/DocSpace").props.onChange("/Exports");
      const saved = (await save.props.onClick()) as IMessage;
      // B is kept, and A (already revoked by the other window) is neither written back nor revoked.
      expect(saved.settings).toBe("s1|srknea|appkey123|/Exports|shared-refresh-token-b");
      expect(services.revoked).toEqual([]);
      expect(plugin.getStatus()).toBe("active");
    });

    it("settings erased meanwhile (the plugin switched off and on) are adopted: the old token is not sent", async () => {
      const { body, services, plugin } = await openPanel(shared, { services: { stored: null } });
      expect(field(body, "e.g. a1b2c3d4e5f6g7h").props.value).toBe("");
      expect(plugin.getStatus()).toBe("hide");
      expect(services.revoked).toEqual([]);
    });

    it("Save refuses, and stores nothing, when the stored settings changed after the panel opened", async () => {
      const { body, save, services, plugin, env } = await openPanel(shared, {
        services: { stored: encodeSettings(shared) },
      });
      services.stored = encodeSettings(sharedB);
      field(body, "/DocSpace").props.onChange("/Exports");
      const refused = (await save.props.onClick()) as IMessage;
      expect(services.storedReads).toBe(2);
      expect(refused.settings).toBeUndefined();
      expect(refused.actions).not.toContain("save-settings");
      expect(refused.toastProps).toEqual([{ type: "error", title: CHANGED_ELSEWHERE }]);
      expect(services.revoked).toEqual([]);
      // This window now acts on the newer settings, and neither token reached a toast or the log.
      const reopened = await (plugin.getAdminPluginSettings() as ISettings).onLoad!();
      expect(field(reopened.settings.children ?? [], "/DocSpace").props.value).toBe("/Other");
      expect(JSON.stringify(refused)).not.toMatch(/shared-refresh-token/u);
      expect(env.logs.join("\n")).not.toMatch(/shared-refresh-token/u);
    });

    it("a failed read changes nothing: the panel and Save work from the settings the host handed over", async () => {
      const { body, save, services, env } = await openPanel(shared, {
        services: { stored: new TypeError("Failed to fetch") },
      });
      expect(services.storedReads).toBe(1);
      expect(env.logs.join("\n")).toMatch(/read the stored settings/u);
      expect(field(body, "/DocSpace").props.value).toBe("/DocSpace");
      field(body, "/DocSpace").props.onChange("/Exports");
      const saved = (await save.props.onClick()) as IMessage;
      expect(services.storedReads).toBe(2);
      expect(saved.settings).toBe("s1|srknea|appkey123|/Exports|shared-refresh-token");
      expect(services.revoked).toEqual([]);
    });

    it("a read that fails only at Save saves as before", async () => {
      const { body, save, services } = await openPanel(shared, {
        services: { stored: encodeSettings(shared) },
      });
      services.stored = new TypeError("Failed to fetch");
      field(body, "/DocSpace").props.onChange("/Exports");
      const saved = (await save.props.onClick()) as IMessage;
      expect(services.storedReads).toBe(2);
      expect(saved.settings).toBe("s1|srknea|appkey123|/Exports|shared-refresh-token");
    });

    it("keeps what the admin typed while the stored settings were still being read, when they had not changed", async () => {
      const context = await setup(personal, { services: { stored: encodeSettings(personal) } });
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const read = context.services.storedSettings.bind(context.services);
      context.services.storedSettings = async () => {
        await gate;
        return read();
      };
      const panel = context.plugin.getAdminPluginSettings() as ISettings;
      // The host renders the panel at once and calls onLoad; the admin types before it resolves.
      const loading = panel.onLoad!();
      field(panel.settings.children ?? [], "/DocSpace").props.onChange("/Typed");
      release();
      const loaded = await loading;
      const save = loaded.saveButton ?? panel.saveButton;
      expect(((await save.props.onClick()) as IMessage).settings).toContain("/Typed");
    });

    it("Disconnect leaves a shared connection made in another window since the panel opened", async () => {
      const { body, services } = await openPanel(shared, { services: { stored: encodeSettings(shared) } });
      const replaced: PluginSettings = { ...shared, credential: { type: "refresh", token: "token-b" } };
      services.stored = encodeSettings(replaced);
      const answer = (await buttonLabelled(body, "Disconnect").props.onClick()) as IMessage;
      // Only the token this panel held was revoked; the settings holding the new one are not
      // rewritten, and the admin is told why.
      expect(services.revoked).toEqual([{ type: "refresh", token: "shared-refresh-token" }]);
      expect(answer.actions).not.toContain("save-settings");
      expect(answer.settings).toBeUndefined();
      expect(answer.toastProps?.[0]).toMatchObject({ type: "error" });
      expect(JSON.stringify(answer)).not.toContain("token-b");
    });

    it("Disconnect in this panel is not mistaken for a change made elsewhere", async () => {
      const { body, save, services } = await openPanel(shared, {
        services: { stored: encodeSettings(shared) },
      });
      const disconnected = (await buttonLabelled(body, "Disconnect").props.onClick()) as IMessage;
      // The host stores what Disconnect answered.
      services.stored = disconnected.settings ?? null;
      const saved = (await save.props.onClick()) as IMessage;
      expect(saved.actions).toContain("save-settings");
    });
  });
});

describe("live progress", () => {
  /** A portal page that records its beforeunload listeners and can fire events. */
  function fakePortal(): {
    portal: PortalWindow;
    listeners: Map<string, Set<(event: Event) => void>>;
  } {
    const listeners = new Map<string, Set<(event: Event) => void>>();
    const portal: PortalWindow = {
      addEventListener: (type, listener) => {
        const set = listeners.get(type) ?? new Set();
        set.add(listener);
        listeners.set(type, set);
      },
      removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
      dispatchEvent: (event) => {
        for (const listener of listeners.get(event.type) ?? []) listener(event);
        return true;
      },
    };
    return { portal, listeners };
  }

  async function floatingSetup(options: Parameters<typeof setup>[1] = {}) {
    const { portal, listeners } = fakePortal();
    const services = fakeServices(options.services);
    const env = fakeEnvironment(options.env);
    env.store.setItem(tokenKey(services.user.id, APP_KEY), "personal-refresh-token");
    const plugin = new SendToDropbox({ services: () => services, environment: env, portal: () => portal });
    plugin.setAPI("https://portal.test", "", "api/2.0");
    const loading = plugin.onLoadCallback();
    plugin.setAdminPluginSettingsValue(encodeSettings(personal));
    await loading;
    return { plugin, services, env, listeners };
  }

  it("a send another tab took at the start leaves no row on the floating button", async () => {
    const refused = Object.assign(new Error("busy"), { name: "JobRunningElsewhereError" });
    const { plugin } = await floatingSetup({ services: { send: () => Promise.reject(refused) } });
    const answer = (await sendItem(plugin).onItemClick!(42)) as IMessage;
    const pushed: IMessage[] = [];
    await answer.floatingOperationsButtonProps?.onLoad?.((message) => pushed.push(message));
    await until(() => pushed.some((m) => m.floatingOperationsButtonProps?.operationsCompleted === true));
    const last = pushed.filter((m) => m.floatingOperationsButtonProps).at(-1)?.floatingOperationsButtonProps;
    expect(last?.operations).toEqual([]);
    expect(last?.operationsAlert).toBe(false);
  });

  it("through onItemClick: answers at once with the floating button, then pushes progress, the end and the result", async () => {
    const gate = deferred();
    const { plugin, services, listeners } = await floatingSetup({ services: { gate: gate.promise } });
    const answer = (await sendItem(plugin).onItemClick!(42)) as IMessage;
    // The callback does not hold the job: the button goes to the host first.
    expect(answer.actions).toEqual(["add-floating-operations-button", "update-floating-operations-button"]);
    const button = answer.floatingOperationsButtonProps!;
    expect(button.operations).toEqual([
      { id: "job-1", label: "Sending to Dropbox", operation: "upload", alert: false, completed: false },
    ]);
    expect(button.showCancelButton).toBe(true);
    expect(listeners.get("beforeunload")?.size).toBe(1);
    // The host shows it and hands over its dispatchMessage.
    const pushed: IMessage[] = [];
    await button.onLoad?.((message) => pushed.push(message));
    await until(() => services.sent.length === 1);
    services.sent[0]?.onProgress({
      transferredBytes: 50,
      totalBytes: 200,
      finishedFiles: 0,
      totalFiles: 1,
      item: "Report.docx",
    });
    await until(() => pushed.some((m) => m.floatingOperationsButtonProps?.operations?.[0]?.percent === 25));
    const running = pushed.at(-1)?.floatingOperationsButtonProps?.operations?.[0];
    expect(running).toMatchObject({
      label: "Sending to Dropbox: Report.docx",
      percent: 25,
      completed: false,
    });
    gate.resolve();
    await until(() => pushed.some((m) => m.actions?.includes(Actions.showToast) === true));
    const ended = pushed.filter((m) => m.floatingOperationsButtonProps).at(-1)?.floatingOperationsButtonProps;
    expect(ended).toMatchObject({
      operationsCompleted: true,
      operationsAlert: false,
      showCancelButton: false,
    });
    expect(ended?.operations?.[0]).toMatchObject({ completed: true, alert: false, percent: 100 });
    expect(pushed.find((m) => m.actions?.includes(Actions.showToast))?.toastProps?.[0]?.title).toBe(
      "Sent to Dropbox: /DocSpace/Report.docx inside this app's folder in Dropbox (under Apps)",
    );
    // No job runs: leaving the page no longer asks.
    expect(listeners.get("beforeunload")?.size).toBe(0);
  });

  it("a failed job shows the alert state; the button's Cancel aborts a running one", async () => {
    const gate = deferred();
    const { plugin, services } = await floatingSetup({ services: { gate: gate.promise } });
    const answer = (await sendItem(plugin).onItemClick!(1)) as IMessage;
    const pushed: IMessage[] = [];
    await answer.floatingOperationsButtonProps?.onLoad?.((message) => pushed.push(message));
    await until(() => services.sent.length === 1);
    const cancelled = (await answer.floatingOperationsButtonProps?.cancelOperation?.()) as IMessage;
    expect(cancelled.toastProps?.[0]?.title).toMatch(/^Cancelling\./u);
    expect(services.sent[0]?.signal?.aborted).toBe(true);
    services.nextResult = new TransferError("insufficient-space", "insufficient_space");
    gate.resolve();
    await until(() => pushed.some((m) => m.floatingOperationsButtonProps?.operationsCompleted === true));
    // Cancelled, then the next send fails: its operation is an alert.
    const second = (await sendItem(plugin).onItemClick!(2)) as IMessage;
    expect(second.floatingOperationsButtonProps?.operations?.map((op) => op.id)).toEqual(["job-2"]);
    await until(() => pushed.some((m) => m.floatingOperationsButtonProps?.operationsAlert === true));
    const failed = pushed
      .filter((m) => m.floatingOperationsButtonProps)
      .at(-1)?.floatingOperationsButtonProps;
    expect(failed?.operations?.[0]).toMatchObject({ id: "job-2", alert: true, completed: true });
  });

  it("on a host without the button, a second click on a running file waits for the job: its row stays busy", async () => {
    const gate = deferred();
    const { plugin, services } = await setup(personal, { connected: true, services: { gate: gate.promise } });
    const first = click(plugin, 42);
    await until(() => services.sent.length === 1);
    let secondSettled = false;
    const second = click(plugin, 42).then((message) => {
      secondSettled = true;
      return message;
    });
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(secondSettled).toBe(false);
    gate.resolve();
    expect((await first).toastProps?.[0]?.type).toBe("success");
    expect(await second).toEqual({});
    expect(services.sent).toHaveLength(1);
  });

  it("the progress dialog refreshes itself from an event the plugin fires on the portal page", async () => {
    const gate = deferred();
    const { plugin, services, listeners } = await floatingSetup({ services: { gate: gate.promise } });
    const folder = plugin.getContextMenuItems().get("send-to-dropbox-folder")!;
    const first = folder.onClick(5);
    await until(() => services.sent.length === 1);
    const dialog = ((await folder.onClick(5)) as IMessage).modalDialogProps!;
    const [listener] = dialog.eventListeners ?? [];
    expect(listener?.name).toBe("send-to-dropbox-progress-refresh");
    services.sent[0]?.onProgress({
      transferredBytes: 1024 ** 2,
      totalBytes: 4 * 1024 ** 2,
      finishedFiles: 0,
      totalFiles: 2,
    });
    const refreshed = (listener!.onAction as () => IMessage)();
    expect(refreshed.actions).toEqual(["show-modal"]);
    // A new onLoad: the mounted dialog loads its content again.
    expect(refreshed.modalDialogProps?.onLoad).not.toBe(dialog.onLoad);
    const loaded = await refreshed.modalDialogProps!.onLoad!();
    expect(texts(loaded.newDialogBody.children ?? [])).toContain(
      "Still sending to Dropbox: 0 of 2 files, 1\u00a0MB of 4\u00a0MB.",
    );
    // The beforeunload guard is on the portal page while the job runs.
    expect(listeners.get("beforeunload")?.size).toBe(1);
    gate.resolve();
    await first;
    expect(listeners.get("beforeunload")?.size).toBe(0);
  });
});
