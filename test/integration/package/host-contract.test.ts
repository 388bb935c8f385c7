// Drives the built bundle the way the portal does (ONLYOFFICE/DocSpace-client packages/client/src/store/PluginStore.ts initPlugin): run plugin.js in a
// fresh window, clone the registered object as the host does (losing prototype methods), then call
// the members the host calls, in the host's order, on the clone only.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type {
  Component,
  IContextMenuItem,
  IMessage,
  ISettings,
  InputGroup,
} from "@onlyoffice/docspace-plugin-sdk";
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

/** The first input in a component tree, depth first (the settings panel nests it in boxes). */
function firstInput(children: Component[]): InputGroup | undefined {
  for (const child of children) {
    if (child.component === "input") return child;
    if (child.component === "box") {
      const found = firstInput(child.props.children ?? []);
      if (found) return found;
    }
  }
  return undefined;
}

function member<T extends (...args: never[]) => unknown>(plugin: HostView, name: string): T {
  const value = plugin[name];
  if (typeof value !== "function") throw new Error(`the host's clone has no function "${name}"`);
  return value as T;
}

// Members the 3.6 and develop clients call on a plugin with the API, Settings, ContextMenu and ProfileMenu scopes.
const HOST_CALLED = [
  "setAPI",
  "onLoadCallback",
  "getStatus",
  "setAdminPluginSettingsValue",
  "getAdminPluginSettings",
  "getContextMenuItems",
  "getProfileMenuItems",
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
  "addProfileMenuItem",
  "updateProfileMenuItem",
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

  it("loads hidden on first run (the 3.6 order: setAPI, settings during onLoadCallback, getStatus)", async () => {
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
    // The host renders the panel, then calls onLoad on every open and renders its result.
    const loaded = panel!.onLoad ? await panel!.onLoad() : panel!;
    const input = firstInput(loaded.settings.children ?? []);
    if (!input) throw new Error("the settings panel has no input");
    // Inputs answer synchronously, echoing the typed value (the host shows only what it is given),
    // and update the hints and the Save button through their contextName.
    const echo = input.props.onChange("abc123appkey") as IMessage;
    expect(echo.actions).toEqual(["update-props", "update-context"]);
    expect(echo.newProps).toMatchObject({ value: "abc123appkey" });
    const saveUpdate = echo.contextProps?.find((entry) => entry.name === "send-to-dropbox-save");
    expect(saveUpdate?.props).not.toHaveProperty("isDisabled");
    const save = loaded.saveButton ?? panel!.saveButton;
    const message = (await save.props.onClick()) as IMessage;
    expect(message.actions).toContain("save-settings");
    expect(typeof message.settings).toBe("string");
    expect(message.settings!.length).toBeLessThanOrEqual(255);
    expect(member<() => string>(plugin, "getStatus")()).toBe("active");

    // A new session: the portal hands the stored string back on load.
    const next = loadPlugin();
    member<(v: string | null) => void>(next, "setAdminPluginSettingsValue")(message.settings!);
    expect(member<() => string>(next, "getStatus")()).toBe("active");
  });

  it("adds Send to Dropbox for files and for folders and rooms, only where the user may download", () => {
    const plugin = loadPlugin();
    const items = [...member<() => Map<string, IContextMenuItem>>(plugin, "getContextMenuItems")().values()];
    // One item per kind: the client passes only the id, and files and folders are numbered separately.
    expect(items.map((i) => [i.key, i.fileType])).toEqual([
      ["send-to-dropbox-file", ["file", "image", "video"]],
      ["send-to-dropbox-folder", ["folder", "room"]],
    ]);
    for (const item of items) {
      expect(item).toMatchObject({ label: "Send to Dropbox", icon: "send-to-dropbox.svg" });
      // Not a group item: the 4.0 client keeps those out of the single-item menu
      // (ONLYOFFICE/DocSpace-client packages/client/src/store/contextOptionsStore/plugins.helpers.ts).
      expect(item.isGroupAction).toBeUndefined();
      expect(item.itemSecurity).toEqual(["Download"]);
    }
    // withActiveItem on the file item only: the client marks file rows by id (a folder id would
    // mark the file with the same id: ONLYOFFICE/DocSpace-client packages/client/src/HOCs/withFileActions.js).
    expect(items.map((i) => i.withActiveItem)).toEqual([true, undefined]);
  });

  it("on clients with a group menu (they call setLanguage), adds group items that need no Download right", () => {
    const plugin = loadPlugin();
    member<(language: string) => void>(plugin, "setLanguage")("en-US");
    const items = [...member<() => Map<string, IContextMenuItem>>(plugin, "getContextMenuItems")().values()];
    expect(items.map((i) => [i.key, i.isGroupAction === true, i.itemSecurity])).toEqual([
      ["send-to-dropbox-file", false, ["Download"]],
      ["send-to-dropbox-folder", false, ["Download"]],
      ["send-to-dropbox-files", true, undefined],
      ["send-to-dropbox-folders", true, undefined],
    ]);
  });

  it("answers a click with a message and never throws, for numeric and string ids", async () => {
    const plugin = loadPlugin();
    const items = member<() => Map<string, IContextMenuItem>>(plugin, "getContextMenuItems")();
    for (const item of items.values()) {
      for (const id of [42, "sbox-42"]) {
        const message = (await item.onClick(id)) as IMessage;
        expect(message.actions?.length).toBeGreaterThan(0);
      }
    }
  });
});
