import { FilesPage } from "./filesPage";
import { languageSwitch } from "./language";
import { PluginHost } from "./loader";
import { PluginsPage } from "./pluginsPage";
import { ProfileMenu } from "./profileMenu";
import type { BootConfig, HostProbe } from "./types";

function readBoot(): BootConfig {
  const text = document.getElementById("host-config")?.textContent ?? "{}";
  return JSON.parse(text) as BootConfig;
}

function installProbe(): HostProbe {
  const probe: HostProbe = window.__docspaceHost ?? {
    toasts: [],
    errors: [],
    consoleErrors: [],
    puts: [],
    ready: false,
  };
  window.__docspaceHost = probe;
  // Recorded, never swallowed: the real host does not catch plugin errors.
  window.addEventListener("error", (event) => probe.errors.push(String(event.message)));
  window.addEventListener("unhandledrejection", (event) => {
    const reason: unknown = event.reason;
    probe.errors.push(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
  });
  return probe;
}

async function main(): Promise<void> {
  const probe = installProbe();
  const boot = readBoot();
  const host = new PluginHost(boot);
  probe.plugin = (name) => host.find(name);
  probe.menuKeys = () => [...host.contextMenuItems.keys()];
  const app = document.getElementById("app");
  if (!app) return;
  const nav = document.createElement("nav");
  nav.dataset.testid = "main-nav";
  nav.className = "main-nav";
  // The article's logo (the client's left column); the page title follows the section.
  const logo = document.createElement("div");
  logo.className = "logo";
  logo.textContent = "DocSpace";
  const tag = document.createElement("span");
  tag.className = "logo-tag";
  tag.textContent = `emulator ${boot.hostVersion}`;
  logo.append(tag);
  nav.append(logo);
  document.documentElement.lang = boot.language;
  const content = document.createElement("main");
  content.dataset.testid = "content";
  const files = new FilesPage(host, boot.user.usersType, (url) => go(url));
  const plugins = new PluginsPage(host, boot);
  const render = async (): Promise<void> => {
    if (window.location.pathname.startsWith("/portal-settings")) await plugins.render(content);
    else await files.render(content);
  };
  // Client-side navigation, so the plugins keep their state as in the portal's SPA.
  const go = (url: string): void => {
    window.history.pushState(null, "", url);
    void render();
  };
  for (const [label, href, id] of [
    ["Rooms", "/rooms/shared", "nav-rooms"],
    ["My documents", "/rooms/personal", "nav-my"],
    ["Trash", "/rooms/trash", "nav-trash"],
    ["Plugins", "/portal-settings/integration/plugins", "nav-plugins"],
  ] as const) {
    const link = document.createElement("a");
    link.href = href;
    link.textContent = label;
    link.dataset.testid = id;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      go(href);
    });
    nav.append(link);
  }
  const spacer = document.createElement("span");
  spacer.className = "spacer";
  const switchUser = document.createElement("a");
  switchUser.href = "/logout";
  switchUser.textContent = "Switch user";
  switchUser.dataset.testid = "switch-user";
  const profile = new ProfileMenu(host, boot.user.usersType);
  nav.append(spacer, languageSwitch(boot), switchUser, profile.trigger(boot.user.displayName));
  app.replaceChildren(nav, content);
  window.addEventListener("popstate", () => void render());
  await Promise.all([host.initPlugins(), render()]);
  probe.ready = true;
}

void main();
