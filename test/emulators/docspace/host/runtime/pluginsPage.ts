import { apiGet } from "./api";
import type { PluginHost } from "./loader";
import { openSettingsAside, showToast } from "./overlays";
import type { BootConfig, ServerPlugin } from "./types";

/** Integration → Plugins: upload a zip, toggle, open the settings aside (DocSpace 3.6 PortalSettings page). */
export class PluginsPage {
  constructor(
    private readonly host: PluginHost,
    private readonly boot: BootConfig,
  ) {
    host.onChange(() => {
      const page = document.querySelector<HTMLElement>("[data-testid=plugins-page]");
      if (page?.parentElement) void this.render(page.parentElement);
    });
  }

  async render(root: HTMLElement): Promise<void> {
    const page = document.createElement("section");
    page.dataset.testid = "plugins-page";
    if (!this.boot.user.isAdmin) {
      page.textContent = "Access denied";
      root.replaceChildren(page);
      return;
    }
    const list = await apiGet<ServerPlugin[]>("settings/webplugins");
    const title = document.createElement("h1");
    title.className = "section-title";
    title.textContent = "Plugins";
    const upload = document.createElement("label");
    upload.className = "upload";
    upload.textContent = "Upload plugin ";
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".zip";
    input.dataset.testid = "plugin-upload-input";
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      if (file) void this.upload(file);
    });
    upload.append(input);
    const rows = document.createElement("div");
    rows.dataset.testid = "plugin-list";
    rows.className = "plugin-list";
    for (const record of list) rows.append(this.row(record));
    page.append(title, upload, rows);
    page.dataset.loaded = "true";
    root.replaceChildren(page);
  }

  /**
   * The card (Plugins/sub-components/PluginItem.tsx): logo, a header with the name, the settings
   * icon and the toggle, the version badge, the description. The title is `name` on 3.6
   * (v3.6.1-server PluginItem `{name}`) and the localized name on 4.0 (develop PluginItem
   * `{nameLocale}`, from PluginStore.ts initLocalePlugin: `nameLocaleMap[language] || name`).
   */
  private row(
    record: ServerPlugin & {
      nameLocale?: Record<string, string>;
      descriptionLocale?: Record<string, string>;
    },
  ): HTMLElement {
    const loaded = this.host.find(record.name);
    const row = document.createElement("div");
    row.dataset.testid = "plugin-row";
    row.dataset.name = record.name;
    row.dataset.enabled = String(record.enabled);
    row.className = "plugin-row";
    // Without an image the client shows its default logo (plugin.default-logo.png): a grey tile here.
    const img = document.createElement(loaded?.iconUrl ? "img" : "div");
    img.className = "plugin-logo";
    if (img instanceof HTMLImageElement && loaded?.iconUrl) {
      img.src = loaded.iconUrl;
      img.alt = "";
      img.dataset.testid = "plugin-logo";
    }
    const info = document.createElement("div");
    info.className = "plugin-info";
    const header = document.createElement("div");
    header.className = "plugin-header";
    const name = document.createElement("h3");
    name.className = "plugin-name";
    name.dataset.testid = "plugin-title";
    // 4.0 looks the names up by the plugin's own getLanguage() (develop PluginStore.ts initLocalePlugin).
    const v4 = this.boot.hostVersion === "4.0";
    const language = v4 && typeof loaded?.getLanguage === "function" ? String(loaded.getLanguage()) : "";
    name.textContent = (language && record.nameLocale?.[language]) || record.name;
    const controls = document.createElement("div");
    controls.className = "plugin-controls";
    const toggle = document.createElement("input");
    toggle.type = "checkbox";
    toggle.setAttribute("role", "switch");
    toggle.className = "toggle";
    toggle.dataset.testid = "plugin-toggle";
    toggle.checked = record.enabled;
    toggle.addEventListener("change", () => {
      toggle.disabled = true;
      void this.host.setEnabled(record.name, toggle.checked).then(() => this.refresh());
    });
    const gear = document.createElement("button");
    gear.type = "button";
    gear.className = "icon-button";
    gear.title = "Settings";
    gear.dataset.testid = "plugin-settings-button";
    gear.textContent = "⚙";
    gear.addEventListener("click", () => {
      const plugin = this.host.find(record.name);
      if (plugin) void openSettingsAside(plugin, this.host);
    });
    controls.append(gear, toggle);
    header.append(name, controls);
    const badges = document.createElement("div");
    badges.className = "plugin-badges";
    const version = document.createElement("span");
    version.className = "badge";
    version.textContent = record.version;
    badges.append(version);
    if (!record.minDocSpaceVersion) {
      version.classList.add("badge-incompatible");
      const badge = document.createElement("span");
      badge.dataset.testid = "plugin-incompatible";
      badge.className = "badge-error";
      badge.textContent = "Incompatible";
      badges.append(badge);
    }
    info.append(header, badges);
    // 3.6 shows the description only when an image is set; 4.0 whenever descriptionLocale
    // (descriptionLocaleMap[language] || description) is not empty (develop PluginItem.tsx).
    const text = v4
      ? (language && record.descriptionLocale?.[language]) || record.description
      : record.description;
    if ((v4 || record.image) && text) {
      const description = document.createElement("p");
      description.className = "plugin-description";
      description.dataset.testid = "plugin-description";
      description.textContent = text;
      description.title = text;
      info.append(description);
    }
    row.append(img, info);
    return row;
  }

  private refresh(): void {
    const page = document.querySelector<HTMLElement>("[data-testid=plugins-page]");
    if (page?.parentElement) void this.render(page.parentElement);
  }

  private async upload(file: File): Promise<void> {
    const form = new FormData();
    form.append("file", file, file.name);
    const res = await fetch("/api/2.0/settings/webplugins", {
      method: "POST",
      body: form,
      credentials: "include",
    });
    const json = (await res.json().catch(() => ({}))) as {
      response?: ServerPlugin;
      error?: { message?: string };
    };
    if (!res.ok || !json.response) {
      showToast("error", json.error?.message ?? `HTTP ${res.status}`);
      return;
    }
    showToast("success", "Plugin uploaded");
    this.host.installUploaded(json.response);
    this.refresh();
  }
}
