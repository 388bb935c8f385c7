// Drives the built bundle the way the portal does (docspace-plugin-host.md §2): run plugin.js in a
// fresh window, clone the registered object as the host does (losing prototype methods), then call
// the members the host calls, in the host's order, on the clone only.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { IContextMenuItem, IMessage, ISettings } from "@onlyoffice/docspace-plugin-sdk";
import { runBundle } from "../../../scripts/lib/bundle-sandbox";
import { hostClone } from "../../support/host-clone";

const BUNDLE = path.resolve(__dirname, "../../../dist/plugin.js");

const serverRecord = {
  name: "send-to-dropbox",
  version: "0.0.0",
  enabled: true,
  system: false,
  scopes: "API,Settings,ContextMenu",
  url: "/static/plugins/send-to-dropbox/plugin.js?hash=0.0.0",
  settings: "",
};

type HostView = Record<string, unknown>;

function loadPlugin(): HostView {
  if (!existsSync(BUNDLE))
    throw new Error("dist/plugin.js is missing: run `npm run build` first (npm test does).");
  const window = runBundle(readFileSync(BUNDLE, "utf8"));
  const registered = window.Plugins.SendToDropbox;
  if (typeof registered !== "object" || registered === null)
    throw new Error("SendToDropbox is not registered");
  return hostClone(serverRecord, registered);
}

function member<T extends (...args: never[]) => unknown>(plugin: HostView, name: string): T {
  const value = plugin[name];
  if (typeof value !== "function") throw new Error(`the host's clone has no function "${name}"`);
  return value as T;
}

// Members H36 and H40 call on a plugin with the API, Settings and ContextMenu scopes.
const HOST_CALLED = [
  "setAPI",
  "onLoadCallback",
  "getStatus",
  "setAdminPluginSettingsValue",
  "getAdminPluginSettings",
  "getContextMenuItems",
  "setLanguage",
];
const INTERFACE_MEMBERS = [
  ...HOST_CALLED,
  "updateStatus",
  "setOnLoadCallback",
  "setOrigin",
  "setProxy",
  "setPrefix",
  "getOrigin",
  "getProxy",
  "getPrefix",
  "getAPI",
  "setAdminPluginSettings",
  "addContextMenuItem",
  "getContextMenuItemsKeys",
  "updateContextMenuItem",
];

describe("the registered plugin as the portal sees it", () => {
  it("keeps every interface member after the host's clone (arrow fields, not prototype methods)", () => {
    const plugin = loadPlugin();
    const missing = INTERFACE_MEMBERS.filter((name) => typeof plugin[name] !== "function");
    expect(missing).toEqual([]);
  });

  it("overrides no server field the portal relies on", () => {
    const plugin = loadPlugin();
    for (const field of ["name", "version", "enabled", "system", "scopes", "url", "settings"]) {
      expect(plugin[field]).toEqual(serverRecord[field as keyof typeof serverRecord]);
    }
  });

  it("loads hidden on first run (H36 order: setAPI, settings during onLoadCallback, getStatus)", async () => {
    const plugin = loadPlugin();
    member<(o: string, p: string, x: string) => void>(plugin, "setAPI")("https://portal.test", "", "api/2.0");
    const loading = member<() => Promise<void>>(plugin, "onLoadCallback")();
    member<(v: string | null) => void>(plugin, "setAdminPluginSettingsValue")(null);
    await loading;
    expect(member<() => string>(plugin, "getStatus")()).toBe("hide");
    expect(member<() => unknown>(plugin, "getAPI")()).toEqual({
      origin: "https://portal.test",
      proxy: "",
      prefix: "api/2.0",
    });
  });

  it("survives stored settings it cannot parse", () => {
    const plugin = loadPlugin();
    for (const stored of ["", "not json", "{", "null", "[]", '{"k":5}', "x".repeat(255)]) {
      expect(() =>
        member<(v: string | null) => void>(plugin, "setAdminPluginSettingsValue")(stored),
      ).not.toThrow();
      expect(member<() => string>(plugin, "getStatus")()).toBe("hide");
    }
  });

  it("offers a settings panel whose Save stores settings that fit and make the plugin active", async () => {
    const plugin = loadPlugin();
    member<(v: string | null) => void>(plugin, "setAdminPluginSettingsValue")(null);
    const panel = member<() => ISettings | null>(plugin, "getAdminPluginSettings")();
    expect(panel).not.toBeNull();
    const input = panel!.settings.children?.find((c) => c.component === "input");
    if (!input || input.component !== "input") throw new Error("the settings panel has no input");
    input.props.onChange("abc123appkey");
    const message = (await panel!.saveButton.props.onClick()) as IMessage;
    expect(message.actions).toContain("save-settings");
    expect(typeof message.settings).toBe("string");
    expect(message.settings!.length).toBeLessThanOrEqual(255);
    expect(member<() => string>(plugin, "getStatus")()).toBe("active");

    // A new session: the portal hands the stored string back on load.
    const next = loadPlugin();
    member<(v: string | null) => void>(next, "setAdminPluginSettingsValue")(message.settings!);
    expect(member<() => string>(next, "getStatus")()).toBe("active");
  });

  it("adds a Send to Dropbox item with an asset icon, shown only where the user may download", () => {
    const plugin = loadPlugin();
    const items = member<() => Map<string, IContextMenuItem>>(plugin, "getContextMenuItems")();
    const item = [...items.values()].find((i) => i.key === "send-to-dropbox");
    expect(item).toMatchObject({
      label: expect.any(String),
      icon: "send-to-dropbox.svg",
      withActiveItem: true,
    });
    expect(item!.itemSecurity).toEqual(["Download"]);
    expect(item!.fileType).toBeUndefined(); // files, images, videos, folders and rooms
  });

  it("answers a click with a message and never throws, for numeric and string ids", async () => {
    const plugin = loadPlugin();
    const item = member<() => Map<string, IContextMenuItem>>(plugin, "getContextMenuItems")().get(
      "send-to-dropbox",
    );
    for (const id of [42, "sbox-42"]) {
      const message = (await item!.onClick(id)) as IMessage;
      expect(message.actions?.length).toBeGreaterThan(0);
    }
  });
});
