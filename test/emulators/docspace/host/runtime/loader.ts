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
import { ModalHost, showToast } from "./overlays";
import { installDropboxRedirect } from "./sandboxRedirect";
import type { BootConfig, HostPlugin, RegisteredListener, RegisteredMenuItem, ServerPlugin } from "./types";

function scopesOf(plugin: HostPlugin): string[] {
  // Split on "," without trimming, case-sensitive (host fact sheet §1.2).
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

/** The portal's PluginStore (H36, with the 4.0 differences behind `hostVersion`). */
export class PluginHost implements HostServices {
  readonly hostVersion: "3.6" | "4.0";
  readonly plugins: HostPlugin[] = [];
  /** Portal-wide maps keyed by item key (§2 step 5e). */
  readonly contextMenuItems = new Map<string, RegisteredMenuItem>();
  readonly eventListenerItems = new Map<string, RegisteredListener>();
  readonly infoPanelItems = new Map<string, { pluginName: string; item: unknown }>();
  readonly mainButtonItems = new Map<string, { pluginName: string; item: unknown }>();
  readonly profileMenuItems = new Map<string, { pluginName: string; item: unknown }>();
  readonly fileItems = new Map<string, { pluginName: string; item: unknown }>();
  readonly modal = new ModalHost(() => this);
  private frame: HTMLIFrameElement | undefined;
  private readonly changeListeners = new Set<() => void>();

  constructor(private readonly boot: BootConfig) {
    this.hostVersion = boot.hostVersion;
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

  /** §2 steps 1–3: one hidden same-origin iframe, the list, a script per plugin (enabled or not). */
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
    // H36 never loads plugin.css; HDEV/H40 inject it as a <link> (host fact sheet §1.1).
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

  /** §2 step 4: the clone; own properties override the server fields and the host's additions. */
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
    if (this.hostVersion === "4.0") {
      await this.installPlugin(plugin, existing < 0);
      if (scopesOf(plugin).includes("Settings")) plugin.setAdminPluginSettingsValue?.(stored || null);
      this.updateStatus(plugin.name);
      return;
    }
    // Not awaited: setAdminPluginSettingsValue runs as soon as installPlugin first yields, i.e.
    // after setAPI, during onLoadCallback, before getStatus and the items (§2 step 6).
    const install = this.installPlugin(plugin, existing < 0);
    if (scopesOf(plugin).includes("Settings")) plugin.setAdminPluginSettingsValue?.(stored || null);
    await install;
  }

  /** §2 step 5. */
  private async installPlugin(plugin: HostPlugin, addToList: boolean): Promise<void> {
    if (addToList) this.plugins.push(plugin);
    this.changed();
    if (!plugin.enabled) return;
    const scopes = scopesOf(plugin);
    if (this.hostVersion === "4.0") plugin.setLanguage?.(this.boot.language);
    if (scopes.includes("API")) plugin.setAPI?.(window.location.origin, "", "api/2.0");
    await plugin.onLoadCallback?.();
    const status = plugin.getStatus?.();
    if (status === PluginStatus.hide) return;
    this.registerItems(plugin);
  }

  private registerItems(plugin: HostPlugin, only?: Actions): void {
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

  /** Integration → Plugins toggle (§2 "Admin toggle"). */
  async setEnabled(name: string, enabled: boolean): Promise<void> {
    const plugin = this.find(name);
    if (!plugin) return;
    // H36 sends settings "" both ways, which erases them; H40 resends what it has.
    const settings = this.hostVersion === "4.0" ? (plugin.settings ?? "") : "";
    const res = await apiSend("PUT", `settings/webplugins/${encodeURIComponent(name)}`, {
      enabled,
      settings,
    });
    if (!res.ok) {
      showToast("error", `HTTP ${res.status}`);
      return;
    }
    plugin.enabled = enabled;
    if (this.hostVersion !== "4.0") delete plugin.settings;
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

  updateStatus(pluginName: string): void {
    const plugin = this.find(pluginName);
    if (!plugin) return;
    const status = plugin.getStatus?.();
    if (status === PluginStatus.active) this.registerItems(plugin);
    // H36 leaves the items in place on "hide"; H40 removes them.
    else if (status === PluginStatus.hide && this.hostVersion === "4.0") this.removeItems(pluginName);
  }

  updateItems(pluginName: string, action: Actions): void {
    const plugin = this.find(pluginName);
    // H36 re-reads the map but does not drop keys that were removed.
    if (plugin) this.registerItems(plugin, action);
  }

  saveSettings(pluginName: string, settings: string | undefined): void {
    const plugin = this.find(pluginName);
    const enabled = plugin?.enabled === true;
    // Saving while disabled stores nothing: the client sends "" (§7).
    const body = { enabled, settings: enabled ? (settings ?? "") : "" };
    void apiSend("PUT", `settings/webplugins/${encodeURIComponent(pluginName)}`, body).then(async (res) => {
      const text = await res.text();
      window.__docspaceHost?.puts.push({ name: pluginName, status: res.status, body: text });
      if (res.ok) {
        if (plugin) plugin.settings = body.settings;
        return;
      }
      // H36 only logs the failure; HDEV/H40 show an error toast.
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
