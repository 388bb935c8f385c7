import type { IMessage, IProfileMenuItem } from "@onlyoffice/docspace-plugin-sdk";

import { messageActions } from "./dispatch";
import type { PluginHost } from "./loader";

interface ProfileEntry {
  pluginName: string;
  item: IProfileMenuItem;
}

/** An untrusted map value is usable when it has what the host reads: key, label and onClick. */
function isProfileItem(value: unknown): value is IProfileMenuItem {
  if (!value || typeof value !== "object") return false;
  const item = value as Partial<IProfileMenuItem>;
  return typeof item.key === "string" && typeof item.onClick === "function";
}

/**
 * The header's profile menu (the signed-in user's name): the portal's own entries plus plugin
 * ProfileMenu items. Plugin items are filtered by `usersType` (singular in IProfileMenuItem,
 * store/PluginStore.ts) and `devices`; onClick is awaited and its message dispatched with the menu
 * callback rules (helpers/plugins/utils.js).
 */
export class ProfileMenu {
  constructor(
    private readonly host: PluginHost,
    private readonly usersType: string,
  ) {
    document.addEventListener("click", (event) => {
      if (
        !(event.target instanceof Element) ||
        !event.target.closest("[data-testid=profile-menu], [data-testid=current-user]")
      )
        this.close();
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.close();
    });
  }

  /** The trigger element for the header. */
  trigger(displayName: string): HTMLElement {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.testid = "current-user";
    button.className = "current-user";
    button.textContent = displayName;
    button.setAttribute("aria-haspopup", "menu");
    button.addEventListener("click", (event) => {
      event.stopPropagation();
      if (document.querySelector("[data-testid=profile-menu]")) this.close();
      else this.open(button);
    });
    return button;
  }

  entries(): ProfileEntry[] {
    const entries: ProfileEntry[] = [];
    for (const { pluginName, item } of this.host.profileMenuItems.values()) {
      if (!isProfileItem(item)) continue;
      if (item.usersType && !item.usersType.map(String).includes(this.usersType)) continue;
      if (item.devices && !item.devices.map(String).includes("desktop")) continue;
      entries.push({ pluginName, item });
    }
    return entries;
  }

  close(): void {
    document.querySelector("[data-testid=profile-menu]")?.remove();
  }

  private open(anchor: HTMLElement): void {
    this.close();
    const menu = document.createElement("ul");
    menu.dataset.testid = "profile-menu";
    menu.setAttribute("role", "menu");
    menu.className = "context-menu profile-menu";
    const rect = anchor.getBoundingClientRect();
    menu.style.top = `${rect.bottom + 4}px`;
    menu.style.right = `${Math.max(0, window.innerWidth - rect.right)}px`;
    for (const { pluginName, item } of this.entries()) {
      const li = document.createElement("li");
      li.dataset.testid = `profile-menu-item-${item.key}`;
      li.setAttribute("role", "menuitem");
      li.textContent = typeof item.label === "string" ? item.label : "";
      li.addEventListener("click", (event) => {
        event.stopPropagation();
        this.close();
        void this.run(item, pluginName);
      });
      menu.append(li);
    }
    // The portal's own entries: signing out leads to the sign-in page, which offers every user.
    const switchUser = document.createElement("li");
    switchUser.dataset.testid = "profile-menu-switch-user";
    switchUser.setAttribute("role", "menuitem");
    const link = document.createElement("a");
    link.href = "/logout";
    link.textContent = "Sign out / switch user";
    switchUser.append(link);
    menu.append(switchUser);
    document.body.append(menu);
  }

  /** Awaited like a context-menu click; exceptions are not caught, as in the portal. */
  private async run(item: IProfileMenuItem, pluginName: string): Promise<void> {
    const message: IMessage | void = await item.onClick();
    messageActions(message, { origin: "menu", pluginName }, this.host);
  }
}
