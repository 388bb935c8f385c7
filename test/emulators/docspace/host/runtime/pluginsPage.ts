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
    for (const record of list) rows.append(this.row(record));
    page.append(upload, rows);
    page.dataset.loaded = "true";
    root.replaceChildren(page);
  }

  private row(record: ServerPlugin): HTMLElement {
    const loaded = this.host.find(record.name);
    const row = document.createElement("div");
    row.dataset.testid = "plugin-row";
    row.dataset.name = record.name;
    row.dataset.enabled = String(record.enabled);
    row.className = "plugin-row";
    if (loaded?.iconUrl) {
      const img = document.createElement("img");
      img.src = loaded.iconUrl;
      img.alt = "";
      img.dataset.testid = "plugin-logo";
      row.append(img);
    }
    const name = document.createElement("strong");
    name.textContent = record.name;
    row.append(name, ` ${record.version} `);
    // DocSpace 3.6 shows the description only when an image is set.
    if (record.image && record.description) {
      const description = document.createElement("span");
      description.dataset.testid = "plugin-description";
      description.textContent = record.description;
      row.append(description);
    }
    if (!record.minDocSpaceVersion) {
      const badge = document.createElement("span");
      badge.dataset.testid = "plugin-incompatible";
      badge.className = "badge-error";
      badge.textContent = "Incompatible";
      row.append(badge);
    }
    const toggle = document.createElement("input");
    toggle.type = "checkbox";
    toggle.setAttribute("role", "switch");
    toggle.dataset.testid = "plugin-toggle";
    toggle.checked = record.enabled;
    toggle.addEventListener("change", () => {
      toggle.disabled = true;
      void this.host.setEnabled(record.name, toggle.checked).then(() => this.refresh());
    });
    const gear = document.createElement("button");
    gear.type = "button";
    gear.dataset.testid = "plugin-settings-button";
    gear.textContent = "⚙";
    gear.addEventListener("click", () => {
      const plugin = this.host.find(record.name);
      if (plugin) void openSettingsAside(plugin, this.host);
    });
    row.append(toggle, gear);
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
