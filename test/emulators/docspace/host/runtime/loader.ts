import {
  Actions,
  PluginStatus,
  type IContextMenuItem,
  type IEventListenerItem,
  type IModalDialog,
  type ICreateDialog,
} from "@onlyoffice/docspace-plugin-sdk";

import { apiGet, apiSend } from "./api";
import { deepClone } from "./clone";
import { messageActions, type HostServices } from "./dispatch";
import { FloatingOperations } from "./floatingButton";
import { ModalHost, showToast } from "./overlays";
import { installDropboxRedirect } from "./sandboxRedirect";
import type { BootConfig, HostPlugin, RegisteredListener, RegisteredMenuItem, ServerPlugin } from "./types";

function scopesOf(plugin: HostPlugin): string[] {
  // Split on "," without trimming, case-sensitive (PluginStore.ts initPlugin `scopes.split(",")`).
  return typeof plugin.scopes === "string" ? plugin.scopes.split(",") : [];
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The portal's PluginStore: ONLYOFFICE/DocSpace-client packages/client/src/store/PluginStore.ts at
 * tag v3.6.1-server ("3.6") and on branch develop of Dec 2025 ("4.0", the newest client code
 * readable; it bundles the SDK 2.1 prerelease). Rules that differ are marked with the version.
 */
export class PluginHost implements HostServices {
  readonly hostVersion: "3.6" | "4.0";
  readonly plugins: HostPlugin[] = [];
  /** Portal-wide maps keyed by item key (PluginStore.ts contextMenuItems, profileMenuItems, …). */
  readonly contextMenuItems = new Map<string, RegisteredMenuItem>();
  readonly eventListenerItems = new Map<string, RegisteredListener>();
  readonly infoPanelItems = new Map<string, { pluginName: string; item: unknown }>();
  readonly mainButtonItems = new Map<string, { pluginName: string; item: unknown }>();
  readonly profileMenuItems = new Map<string, { pluginName: string; item: unknown }>();
  readonly fileItems = new Map<string, { pluginName: string; item: unknown }>();
  readonly modal = new ModalHost(() => this);
  /** Only the 4.0 host has the floating operations button (floatingButton.ts). */
  readonly floatingOperations: FloatingOperations | undefined;
  private frame: HTMLIFrameElement | undefined;
  /**
   * The status the store keeps per plugin (PluginStore.ts `this.plugins[idx].status`): a copy taken
   * when the plugin joins the list, changed only by updatePluginStatus.
   */
  private readonly listStatus = new Map<string, unknown>();
  private readonly changeListeners = new Set<() => void>();

  constructor(private readonly boot: BootConfig) {
    this.hostVersion = boot.hostVersion;
    this.floatingOperations =
      boot.hostVersion === "4.0"
        ? new FloatingOperations(
            () => this,
            // PluginStore.ts getPluginIconUrl: the plugin's assets folder, with its version as hash.
            (pluginName, icon) => {
              const plugin = this.find(pluginName);
              if (!plugin) return undefined;
              const base = plugin.url.slice(0, plugin.url.lastIndexOf("/") + 1);
              return `${base}assets/${icon}?hash=${encodeURIComponent(plugin.version)}`;
            },
          )
        : undefined;
  }

  onChange(listener: () => void): void {
    this.changeListeners.add(listener);
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  find(name: string): HostPlugin | undefined {
    return this.plugins.find((p) => p.name === name);
  }

  private get pluginWindow(): Window & { Plugins?: Record<string, unknown> } {
    const win = this.frame?.contentWindow;
    if (!win) throw new Error("plugin iframe missing");
    return win as Window & { Plugins?: Record<string, unknown> };
  }

  /**
   * One hidden same-origin iframe without src, appended to the portal's body, the list, a script per
   * plugin, enabled or not (PluginStore.ts initPlugins / setPluginFrame / loadPluginScript).
   */
  async initPlugins(): Promise<void> {
    if (!this.boot.pluginsEnabled) return;
    const frame = document.createElement("iframe");
    frame.id = "plugin-iframe";
    frame.dataset.testid = "plugin-iframe";
    frame.width = "0";
    frame.height = "0";
    frame.style.display = "none";
    document.body.append(frame);
    this.frame = frame;
    this.pluginWindow.Plugins = {};
    // Before any plugin script: the bundle's top-level code may already capture fetch.
    if (this.boot.dropboxRedirect)
      installDropboxRedirect([this.pluginWindow, window], this.boot.dropboxRedirect);
    const list = await apiGet<ServerPlugin[]>("settings/webplugins");
    for (const record of list) this.loadScript(record);
  }

  /** Appends `<script id=name src=url async>` to the iframe; the clone happens on load. */
  loadScript(record: ServerPlugin): void {
    const doc = this.pluginWindow.document;
    doc.getElementById(record.name)?.remove();
    const script = doc.createElement("script");
    script.type = "text/javascript";
    script.id = record.name;
    script.src = record.url;
    script.async = true;
    script.onload = () => {
      void this.initPlugin(record);
    };
    // The real onerror handler is empty.
    script.onerror = () => undefined;
    doc.head.append(script);
    // 4.0 only: develop PluginStore.ts injects plugin.css as a <link>; v3.6.1 never loads it.
    if (this.hostVersion === "4.0" && record.cssUrl) {
      document.getElementById(`${record.name}-css`)?.remove();
      const link = document.createElement("link");
      link.id = `${record.name}-css`;
      link.rel = "stylesheet";
      link.href = record.cssUrl;
      document.head.append(link);
    }
  }

  private iconUrl(record: ServerPlugin): string | undefined {
    if (!record.image) return undefined;
    const base = record.url.slice(0, record.url.lastIndexOf("/") + 1);
    return `${base}assets/${record.image}?hash=${encodeURIComponent(record.version)}`;
  }

  /** The clone `{...serverRecord, ...Plugins[pluginName]}` (PluginStore.ts initPlugin, cloneDeep). */
  private async initPlugin(record: ServerPlugin): Promise<void> {
    const registered = this.pluginWindow.Plugins?.[record.pluginName];
    const compatible =
      !!record.minDocSpaceVersion && compareVersions(record.minDocSpaceVersion, this.boot.portalVersion) <= 0;
    const base = { ...record, iconUrl: this.iconUrl(record), compatible };
    const plugin = deepClone({
      ...base,
      ...(registered && typeof registered === "object" ? registered : {}),
    }) as HostPlugin;
    const existing = this.plugins.findIndex((p) => p.name === record.name);
    if (existing >= 0) {
      this.removeItems(record.name);
      this.plugins.splice(existing, 1, plugin);
    }
    if (!registered) {
      // Listed but inert.
      if (existing < 0) this.plugins.push(plugin);
      this.changed();
      return;
    }
    const stored = record.settings;
    // Both versions: installPlugin is not awaited, so setAdminPluginSettingsValue runs as soon as it
    // first yields: after setAPI, during onLoadCallback, before getStatus and the items
    // (PluginStore.ts initPlugin at v3.6.1-server and develop).
    if (this.hostVersion === "4.0") plugin.setLanguage?.(this.boot.language); // develop initLocalePlugin
    const install = this.installPlugin(plugin, existing < 0);
    if (scopesOf(plugin).includes("Settings")) plugin.setAdminPluginSettingsValue?.(stored || null);
    await install;
  }

  /** PluginStore.ts installPlugin. */
  private async installPlugin(plugin: HostPlugin, addToList: boolean): Promise<void> {
    if (addToList) {
      this.plugins.push(plugin);
      // The list holds a shallow copy (`[{ ...plugin }, ...this.plugins]`): its status is the value
      // the clone had at load time, whatever the bundle's getStatus() says later.
      this.listStatus.set(plugin.name, plugin.status);
    }
    this.changed();
    if (!plugin.enabled) return;
    const scopes = scopesOf(plugin);
    // prefix "/api/2.0", with its leading slash: public/scripts/config.json `api.prefix`.
    if (scopes.includes("API")) plugin.setAPI?.(window.location.origin, "", "/api/2.0");
    if (typeof plugin.onLoadCallback === "function") {
      await plugin.onLoadCallback();
      this.updateStatus(plugin.name);
    }
    // installPlugin checks `plugin.status`, the property copied into the clone at load, not
    // getStatus(); on a re-run (addToList false) the list entry is this very object.
    const status = addToList ? plugin.status : this.listStatus.get(plugin.name);
    if (status === PluginStatus.hide) return;
    this.registerItems(plugin);
  }

  private registerItems(plugin: HostPlugin, only?: Actions, withFiles = true): void {
    const scopes = scopesOf(plugin);
    const want = (scope: string, action: Actions): boolean =>
      scopes.includes(scope) && (only === undefined || only === action);
    if (want("ContextMenu", Actions.updateContextMenuItems)) {
      for (const item of plugin.getContextMenuItems?.()?.values() ?? [])
        this.contextMenuItems.set(item.key, { pluginName: plugin.name, item });
    }
    if (want("EventListener", Actions.updateEventListenerItems)) {
      for (const item of plugin.getEventListenerItems?.()?.values() ?? []) this.addListener(plugin, item);
    }
    if (want("InfoPanel", Actions.updateInfoPanelItems)) {
      for (const item of plugin.getInfoPanelItems?.()?.values() ?? [])
        this.infoPanelItems.set(item.key, { pluginName: plugin.name, item });
    }
    const generic: [string, Actions, string, Map<string, { pluginName: string; item: unknown }>][] = [
      ["MainButton", Actions.updateMainButtonItems, "getMainButtonItems", this.mainButtonItems],
      ["ProfileMenu", Actions.updateProfileMenuItems, "getProfileMenuItems", this.profileMenuItems],
      ["File", Actions.updateFileItems, "getFileItems", this.fileItems],
    ];
    for (const [scope, action, getter, map] of generic) {
      if (scope === "File" && !withFiles) continue;
      const get = plugin[getter];
      if (!want(scope, action) || typeof get !== "function") continue;
      const items = (get as () => unknown)();
      if (Object.prototype.toString.call(items) !== "[object Map]") continue;
      for (const [key, item] of items as Map<string, unknown>)
        map.set(key, { pluginName: plugin.name, item });
    }
    this.changed();
  }

  private addListener(plugin: HostPlugin, item: IEventListenerItem): void {
    const previous = this.eventListenerItems.get(item.key);
    if (previous) window.removeEventListener(previous.item.eventType, previous.handler);
    const handler = (): void => {
      void (async () => {
        const message = await item.eventHandler();
        messageActions(message, { origin: "menu", pluginName: plugin.name }, this);
      })();
    };
    window.addEventListener(item.eventType, handler);
    this.eventListenerItems.set(item.key, { pluginName: plugin.name, item, handler });
  }

  private removeItems(pluginName: string): void {
    for (const map of [
      this.contextMenuItems,
      this.infoPanelItems,
      this.mainButtonItems,
      this.profileMenuItems,
      this.fileItems,
    ]) {
      for (const [key, value] of map) if (value.pluginName === pluginName) map.delete(key);
    }
    for (const [key, value] of this.eventListenerItems) {
      if (value.pluginName !== pluginName) continue;
      window.removeEventListener(value.item.eventType, value.handler);
      this.eventListenerItems.delete(key);
    }
    this.changed();
  }

  /**
   * Integration → Plugins toggle. Both versions send settings "" both ways, which erases them:
   * PluginStore.ts updatePlugin (`currentSettings = currentStatus ? settings : ""`, develop too).
   */
  async setEnabled(name: string, enabled: boolean): Promise<void> {
    const plugin = this.find(name);
    if (!plugin) return;
    const res = await apiSend("PUT", `settings/webplugins/${encodeURIComponent(name)}`, {
      enabled,
      settings: "",
    });
    if (!res.ok) {
      showToast("error", `HTTP ${res.status}`);
      return;
    }
    plugin.enabled = enabled;
    delete plugin.settings;
    if (!enabled) {
      this.removeItems(name);
      return;
    }
    // Re-runs step 5 without re-fetching the bundle and without setAdminPluginSettingsValue.
    await this.installPlugin(plugin, false);
  }

  /** After an upload: load (or reload) the plugin's script. */
  installUploaded(record: ServerPlugin): void {
    if (
      !record.minDocSpaceVersion ||
      compareVersions(record.minDocSpaceVersion, this.boot.portalVersion) > 0
    ) {
      showToast("error", `Plugin ${record.name} is not compatible with this DocSpace version`);
    }
    this.loadScript(record);
  }

  /* ---------------------------------------------------------------- HostServices */

  showToast(type: string, title: string): void {
    showToast(type, title);
  }

  showModal(pluginName: string, props: IModalDialog): void {
    this.modal.open(pluginName, props);
  }

  closeModal(): void {
    this.modal.close();
  }

  /**
   * PluginStore.ts updatePluginStatus: returns at once when getStatus() equals the stored status;
   * a change to active re-reads every item scope (File only on develop); a change to hide removes
   * nothing (neither version has a removal branch).
   */
  updateStatus(pluginName: string): void {
    const plugin = this.find(pluginName);
    if (!plugin) return;
    const status = plugin.getStatus?.();
    if (this.listStatus.get(pluginName) === status) return;
    this.listStatus.set(pluginName, status ?? PluginStatus.active);
    if (status === PluginStatus.active && plugin.enabled)
      this.registerItems(plugin, undefined, this.hostVersion === "4.0");
  }

  updateItems(pluginName: string, action: Actions): void {
    const plugin = this.find(pluginName);
    // Re-reads the map but does not drop keys that were removed (PluginStore.ts update*Items).
    if (plugin) this.registerItems(plugin, action);
  }

  saveSettings(pluginName: string, settings: string | undefined): void {
    const plugin = this.find(pluginName);
    const enabled = plugin?.enabled === true;
    // Saving while disabled stores nothing: PluginStore.ts updatePlugin sends "" when disabled.
    const body = { enabled, settings: enabled ? (settings ?? "") : "" };
    void apiSend("PUT", `settings/webplugins/${encodeURIComponent(pluginName)}`, body).then(async (res) => {
      const text = await res.text();
      window.__docspaceHost?.puts.push({ name: pluginName, status: res.status, body: text });
      if (res.ok) {
        if (plugin) plugin.settings = body.settings;
        return;
      }
      // v3.6.1 only logs the failure; develop PluginStore.ts updatePlugin shows toastr.error.
      console.error(`Failed to save plugin settings: HTTP ${res.status}`);
      window.__docspaceHost?.consoleErrors.push(`save-settings ${res.status}`);
      if (this.hostVersion === "4.0") showToast("error", `Failed to save settings (HTTP ${res.status})`);
    });
  }

  createDialog(pluginName: string, props: ICreateDialog | undefined, update: boolean): void {
    if (update) return;
    window.dispatchEvent(new CustomEvent("create_plugin_file", { detail: { pluginName, props } }));
  }

  menuItems(): RegisteredMenuItem[] {
    return [...this.contextMenuItems.values()];
  }

  isContextItem(value: unknown): value is IContextMenuItem {
    return !!value && typeof value === "object" && typeof (value as IContextMenuItem).key === "string";
  }
}
