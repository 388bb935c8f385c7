import type { PluginManifest } from "./archive";

export interface InstalledPlugin {
  manifest: PluginManifest;
  files: Map<string, Buffer>;
  createBy: string;
  createOn: number;
  system: boolean;
}

/** `WebPluginSettings.EnabledPlugins[name]`: an entry is kept only when enabled or with settings. */
interface SettingsEntry {
  enabled: boolean;
  settings: string | null;
}

/**
 * Installed plugins, their stored state and the tenant's shared CSP domain list (ONLYOFFICE/DocSpace-server
 * web/ASC.Web.Api/Api/Settings/WebPluginsController.cs, web/ASC.Web.Core/WebPluginSettings.cs).
 */
export class PluginRegistry {
  private readonly plugins = new Map<string, InstalledPlugin>();
  private readonly state = new Map<string, SettingsEntry>();
  /**
   * The tenant CSP list shared with Developer Tools "allowed domains" (ONLYOFFICE/DocSpace-server
   * web/ASC.Web.Api/Api/Settings/WebPluginsController.cs ChangeCspSettings, via CspSettingsHelper).
   */
  readonly cspDomains = new Set<string>();

  list(): InstalledPlugin[] {
    return [...this.plugins.values()];
  }

  /** Case-insensitive lookup by `name`. */
  find(name: string): InstalledPlugin | undefined {
    const lower = name.toLowerCase();
    return [...this.plugins.values()].find((p) => p.manifest.name.toLowerCase() === lower);
  }

  isEnabled(name: string): boolean {
    return this.state.get(name)?.enabled ?? false;
  }

  settingsOf(name: string): string | null {
    return this.state.get(name)?.settings ?? null;
  }

  /** Upload: replace the files, enable at once, keep settings stored under the same name. */
  install(plugin: InstalledPlugin): void {
    const name = plugin.manifest.name;
    this.plugins.set(name, plugin);
    this.write(name, true, this.settingsOf(name));
    this.addCsp(plugin);
  }

  /** PUT semantics: both values replaced; an empty string is stored as null. */
  update(name: string, enabled: boolean, settings: string | null): void {
    const plugin = this.plugins.get(name);
    this.write(name, enabled, settings);
    if (!plugin) return;
    if (enabled) this.addCsp(plugin);
    else this.removeCsp(plugin);
  }

  remove(name: string): void {
    const plugin = this.plugins.get(name);
    if (!plugin) return;
    this.plugins.delete(name);
    this.state.delete(name);
    this.removeCsp(plugin);
  }

  private write(name: string, enabled: boolean, settings: string | null): void {
    const value = settings === "" ? null : settings;
    if (enabled || value !== null) this.state.set(name, { enabled, settings: value });
    else this.state.delete(name);
  }

  private domains(plugin: InstalledPlugin): string[] {
    return plugin.manifest.cspDomains
      .split(",")
      .map((d) => d.trim())
      .filter(Boolean);
  }

  private addCsp(plugin: InstalledPlugin): void {
    for (const domain of this.domains(plugin)) this.cspDomains.add(domain);
  }

  /** Removes every matching domain, even one another plugin or an admin added (ChangeCspSettings). */
  private removeCsp(plugin: InstalledPlugin): void {
    for (const domain of this.domains(plugin)) this.cspDomains.delete(domain);
  }
}
