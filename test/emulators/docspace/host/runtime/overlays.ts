import type { IModalDialog } from "@onlyoffice/docspace-plugin-sdk";

import { messageActions, syncMessage, type HostServices } from "./dispatch";
import { RenderTree, renderNode, type Descriptor } from "./render";
import type { HostPlugin } from "./types";

function probe(): NonNullable<Window["__docspaceHost"]> {
  window.__docspaceHost ??= { toasts: [], errors: [], consoleErrors: [], puts: [], ready: false };
  return window.__docspaceHost;
}

/** `toastr[type](title)`; withCross and timeout are ignored (§6). */
export function showToast(type: string, title: string): void {
  probe().toasts.push({ type, title });
  let area = document.querySelector<HTMLElement>("[data-testid=toasts]");
  if (!area) {
    area = document.createElement("div");
    area.dataset.testid = "toasts";
    area.className = "toasts";
    document.body.append(area);
  }
  const toast = document.createElement("div");
  toast.dataset.testid = "toast";
  toast.dataset.type = type;
  toast.className = `toast toast-${type}`;
  toast.textContent = title;
  toast.addEventListener("click", () => toast.remove());
  area.append(toast);
  setTimeout(() => toast.remove(), 15_000);
}

function boxDescriptor(box: unknown): Descriptor {
  return { component: "box", props: box && typeof box === "object" ? (box as Record<string, unknown>) : {} };
}

/** The plugin dialog (H36 PluginDialog): onClose decides, onLoad replaces header, body and footer together. */
export class ModalHost {
  private root: HTMLElement | undefined;
  private listeners: { name: string; handler: () => void }[] = [];

  constructor(private readonly host: () => HostServices) {}

  get isOpen(): boolean {
    return !!this.root;
  }

  open(pluginName: string, props: IModalDialog): void {
    this.close();
    const host = this.host();
    const root = document.createElement("div");
    root.dataset.testid = "plugin-modal";
    root.dataset.displayType = String(props.displayType);
    root.className = `modal-layer modal-${String(props.displayType)}`;
    const backdrop = document.createElement("div");
    backdrop.dataset.testid = "plugin-modal-backdrop";
    backdrop.className = "backdrop";
    const dialog = document.createElement("div");
    dialog.setAttribute("role", "dialog");
    dialog.className = "dialog";
    if (props.autoMaxHeight) dialog.classList.add("auto-max-height");
    if (props.autoMaxWidth) dialog.classList.add("auto-max-width");
    root.append(backdrop, dialog);

    const onClose = (): void => {
      // Esc, the cross and the backdrop: the dialog stays open unless onClose returns close-modal.
      messageActions(syncMessage(props.onClose?.()), { origin: "modalClose", pluginName }, host);
    };
    const fill = (header: string | undefined, body: unknown, footer: unknown): void => {
      dialog.replaceChildren();
      if (!props.fullScreen) {
        const head = document.createElement("header");
        head.dataset.testid = "plugin-modal-header";
        head.textContent = header ?? "";
        const cross = document.createElement("button");
        cross.type = "button";
        cross.dataset.testid = "plugin-modal-close";
        cross.textContent = "×";
        cross.addEventListener("click", onClose);
        head.append(cross);
        dialog.append(head);
      }
      // Body and footer are separate trees for contextName lookups (§5).
      const bodyEl = document.createElement("section");
      bodyEl.dataset.testid = "plugin-modal-body";
      bodyEl.append(renderNode(boxDescriptor(body), { pluginName, host, tree: new RenderTree() }));
      dialog.append(bodyEl);
      if (footer && !props.fullScreen) {
        const footEl = document.createElement("footer");
        footEl.dataset.testid = "plugin-modal-footer";
        footEl.append(renderNode(boxDescriptor(footer), { pluginName, host, tree: new RenderTree() }));
        dialog.append(footEl);
      }
    };
    fill(props.dialogHeader, props.dialogBody, props.dialogFooter);
    backdrop.addEventListener("click", onClose);
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === "Escape") onClose();
    };
    this.listeners.push({ name: "keydown", handler: onKey as () => void });
    window.addEventListener("keydown", onKey);
    for (const listener of props.eventListeners ?? []) {
      const handler = (): void =>
        messageActions(syncMessage(listener.onAction()), { origin: "modalClose", pluginName }, host);
      window.addEventListener(listener.name, handler);
      this.listeners.push({ name: listener.name, handler });
    }
    document.body.append(root);
    this.root = root;
    if (typeof props.onLoad === "function") {
      void props.onLoad().then((loaded) => {
        if (this.root === root && loaded)
          fill(loaded.newDialogHeader, loaded.newDialogBody, loaded.newDialogFooter);
      });
    }
  }

  close(): void {
    for (const { name, handler } of this.listeners) window.removeEventListener(name, handler);
    this.listeners = [];
    this.root?.remove();
    this.root = undefined;
  }
}

/**
 * The settings aside (H36 SettingsPluginDialog): getAdminPluginSettings() when rendering, onLoad
 * on every open, a forced Save look, and the panel closes right after dispatch without waiting
 * for the PUT (§6).
 */
export async function openSettingsAside(plugin: HostPlugin, host: HostServices): Promise<void> {
  document.querySelector("[data-testid=settings-aside]")?.remove();
  const aside = document.createElement("aside");
  aside.dataset.testid = "settings-aside";
  aside.dataset.plugin = plugin.name;
  aside.className = "aside";
  const header = document.createElement("header");
  header.textContent = plugin.name;
  const close = document.createElement("button");
  close.type = "button";
  close.dataset.testid = "settings-close";
  close.textContent = "×";
  close.addEventListener("click", () => aside.remove());
  header.append(close);
  const body = document.createElement("section");
  body.dataset.testid = "settings-body";
  const footer = document.createElement("footer");
  aside.append(header, body, footer);
  document.body.append(aside);

  let settings = typeof plugin.getAdminPluginSettings === "function" ? plugin.getAdminPluginSettings() : null;
  const render = (): void => {
    body.replaceChildren();
    footer.replaceChildren();
    if (!settings) return;
    const tree = new RenderTree();
    body.append(renderNode(boxDescriptor(settings.settings), { pluginName: plugin.name, host, tree }));
    footer.append(
      renderSaveButton(plugin, host, settings.saveButton as unknown as Descriptor | undefined, tree, () =>
        aside.remove(),
      ),
    );
  };
  render();
  if (settings && typeof settings.onLoad === "function") {
    const loaded = await settings.onLoad();
    if (loaded && aside.isConnected) {
      settings = {
        ...settings,
        settings: loaded.settings,
        saveButton: loaded.saveButton ?? settings.saveButton,
      };
      render();
    }
  }
}

function renderSaveButton(
  plugin: HostPlugin,
  host: HostServices,
  descriptor: Descriptor | undefined,
  tree: RenderTree,
  closePanel: () => void,
): HTMLElement {
  const own = descriptor?.props ?? {};
  const forced = (props: Record<string, unknown>): Record<string, unknown> => ({
    ...props,
    label: "Save",
    primary: true,
    scale: true,
    size: "normal",
  });
  let props: Record<string, unknown> = forced(own);
  const el = document.createElement("button");
  el.type = "button";
  el.dataset.testid = "settings-save";
  el.className = "plugin-button";
  const paint = (): void => {
    el.textContent = typeof props.label === "string" ? props.label : "";
    el.dataset.size = typeof props.size === "string" ? props.size : "";
    el.classList.toggle("primary", props.primary === true);
    el.classList.toggle("scale", props.scale === true);
    el.disabled = props.isDisabled === true;
    if (props.isLoading === true) el.dataset.loading = "true";
    else delete el.dataset.loading;
  };
  const handle = {
    el,
    setProps(next: unknown) {
      // Replaces everything, the forced look included (§5 table: "replaces the forced props").
      props = next && typeof next === "object" ? (next as Record<string, unknown>) : {};
      paint();
    },
  };
  // The body's tree can reach the Save button by contextName.
  if (descriptor?.contextName) {
    el.dataset.contextName = descriptor.contextName;
    tree.register(descriptor.contextName, {
      el,
      setProps: (p: unknown) =>
        handle.setProps(forced(p && typeof p === "object" ? (p as Record<string, unknown>) : {})),
    });
  }
  paint();
  el.addEventListener("click", () => {
    void (async () => {
      if (props.withLoadingAfterClick === true) el.dataset.loading = "true";
      if (props.disableWhileRequestRunning === true) el.disabled = true;
      const onClick = typeof props.onClick === "function" ? (props.onClick as () => unknown) : undefined;
      const result = await onClick?.();
      messageActions(
        syncMessage(result),
        { origin: "settingsSave", pluginName: plugin.name, setElementProps: handle.setProps },
        host,
      );
      closePanel();
    })();
  });
  return el;
}
