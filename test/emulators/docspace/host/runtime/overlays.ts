import type { IModalDialog } from "@onlyoffice/docspace-plugin-sdk";

import { messageActions, syncMessage, type HostServices } from "./dispatch";
import { RenderTree, RequestLock, renderNode, type Descriptor, type RenderEnv } from "./render";
import type { HostPlugin } from "./types";

function probe(): NonNullable<Window["__docspaceHost"]> {
  window.__docspaceHost ??= { toasts: [], errors: [], consoleErrors: [], puts: [], ready: false };
  return window.__docspaceHost;
}

/** `toastr[type](title)` (helpers/plugins/utils.js messageActions); withCross and timeout are ignored. */
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
  // autoClose `timeout || 5000`, then a 0.3 s fade (ONLYOFFICE/DocSpace-client
  // packages/shared/components/toast/sub-components/Toastr.tsx getToastOptions; Toast.module.scss SlideOut).
  setTimeout(() => {
    toast.classList.add("fading");
    setTimeout(() => toast.remove(), 300);
  }, 5_000);
}

function boxDescriptor(box: unknown): Descriptor {
  return { component: "box", props: box && typeof box === "object" ? (box as Record<string, unknown>) : {} };
}

/**
 * The plugin dialog: components/dialogs/PluginDialog/index.js, rendered by
 * components/FilesPanels/index.js while `pluginDialogVisible` is true.
 */
export class ModalHost {
  private root: HTMLElement | undefined;
  private listeners: { name: string; handler: (event: Event) => void }[] = [];
  private props: IModalDialog | undefined;
  private pluginName = "";
  private lock = new RequestLock();
  private closing = false;
  private lastOnLoad: unknown;

  constructor(private readonly host: () => HostServices) {}

  get isOpen(): boolean {
    return !!this.root && !this.closing;
  }

  open(pluginName: string, props: IModalDialog): void {
    this.props = props;
    this.pluginName = pluginName;
    if (this.root) {
      // Still mounted (a close-modal earlier in the same message is batched away by React):
      // header, body and footer are React state, so they stay; eventListeners were bound once;
      // only a new onLoad (useCallback on [onLoad]) replaces the content.
      this.closing = false;
      this.runOnLoad(this.root);
      return;
    }
    this.mount(pluginName, props);
  }

  private mount(pluginName: string, props: IModalDialog): void {
    const host = this.host();
    this.lock = new RequestLock();
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
    this.fill = (header, body, footer) => {
      dialog.replaceChildren();
      const current = this.props ?? props;
      if (!current.fullScreen) {
        const head = document.createElement("header");
        head.dataset.testid = "plugin-modal-header";
        head.textContent = header ?? "";
        const cross = document.createElement("button");
        cross.type = "button";
        cross.dataset.testid = "plugin-modal-close";
        cross.textContent = "×";
        cross.addEventListener("click", () => void this.onCloseAction());
        head.append(cross);
        dialog.append(head);
      }
      // Body and footer are separate WrappedComponent trees for contextName lookups, sharing the
      // dialog's request state.
      const env = (): RenderEnv => ({ pluginName, host, tree: new RenderTree(), lock: this.lock });
      const bodyEl = document.createElement("section");
      bodyEl.dataset.testid = "plugin-modal-body";
      bodyEl.append(renderNode(boxDescriptor(body), env()));
      dialog.append(bodyEl);
      if (footer && !current.fullScreen) {
        const footEl = document.createElement("footer");
        footEl.dataset.testid = "plugin-modal-footer";
        footEl.append(renderNode(boxDescriptor(footer), env()));
        dialog.append(footEl);
      }
    };
    this.fill(props.dialogHeader, props.dialogBody, props.dialogFooter);
    backdrop.addEventListener("click", () => void this.onCloseAction());
    const onKey = (event: Event): void => {
      if (event instanceof KeyboardEvent && event.key === "Escape") void this.onCloseAction();
    };
    this.listeners.push({ name: "keydown", handler: onKey });
    window.addEventListener("keydown", onKey);
    // Bound once, on mount (a useEffect with [] deps); onAction holds the request state while
    // awaited, and its message is dispatched.
    for (const listener of props.eventListeners ?? []) {
      const handler = (event: Event): void => {
        void (async () => {
          this.lock.set(true);
          const message = await (listener.onAction as (event: Event) => unknown)(event);
          this.lock.set(false);
          messageActions(asMessage(message), { origin: "modalClose", pluginName }, host);
        })();
      };
      window.addEventListener(listener.name, handler);
      this.listeners.push({ name: listener.name, handler });
    }
    document.body.append(root);
    this.root = root;
    this.lastOnLoad = undefined;
    this.runOnLoad(root);
  }

  private fill: (header: string | undefined, body: unknown, footer: unknown) => void = () => undefined;

  private runOnLoad(root: HTMLElement): void {
    const onLoad = this.props?.onLoad;
    if (typeof onLoad !== "function" || onLoad === this.lastOnLoad) return;
    this.lastOnLoad = onLoad;
    void onLoad().then((loaded) => {
      if (this.root === root && loaded)
        this.fill(loaded.newDialogHeader, loaded.newDialogBody, loaded.newDialogFooter);
    });
  }

  /**
   * Esc, the cross and the backdrop: nothing while the request state is set; otherwise onClose is
   * awaited and its message dispatched, and the dialog stays open unless it says close-modal
   * (PluginDialog/index.js onCloseAction).
   */
  private async onCloseAction(): Promise<void> {
    if (this.lock.running) return;
    const props = this.props;
    if (!props) return;
    const message = await (props.onClose as () => unknown)();
    messageActions(asMessage(message), { origin: "modalClose", pluginName: this.pluginName }, this.host());
  }

  /**
   * close-modal sets `pluginDialogVisible` false (helpers/plugins/utils.js messageActions); React
   * applies state at the end of the handler, so a show-modal later in the same message keeps the
   * dialog mounted.
   */
  close(): void {
    if (!this.root) return;
    this.closing = true;
    queueMicrotask(() => {
      if (this.closing) this.unmount();
    });
  }

  private unmount(): void {
    for (const { name, handler } of this.listeners) window.removeEventListener(name, handler);
    this.listeners = [];
    this.root?.remove();
    this.root = undefined;
    this.props = undefined;
    this.closing = false;
  }
}

function asMessage(result: unknown): Parameters<typeof messageActions>[0] {
  return result && typeof result === "object" ? (result as Parameters<typeof messageActions>[0]) : undefined;
}

/**
 * The settings aside (DocSpace 3.6 SettingsPluginDialog): getAdminPluginSettings() when rendering, onLoad
 * on every open, a forced Save look, and the panel closes right after dispatch without waiting
 * for the PUT (components/dialogs/SettingsPluginDialog).
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
    const lock = new RequestLock();
    body.append(renderNode(boxDescriptor(settings.settings), { pluginName: plugin.name, host, tree, lock }));
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
  // For tests only: the panel as onLoad left it (the client marks nothing; a person sees it settle).
  aside.dataset.loaded = "true";
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
  // The panel's request state (SettingsPluginDialog/index.tsx `modalRequestRunning`).
  let running = false;
  const paint = (): void => {
    el.textContent = typeof props.label === "string" ? props.label : "";
    el.dataset.size = typeof props.size === "string" ? props.size : "";
    el.classList.toggle("primary", props.primary === true);
    el.classList.toggle("scale", props.scale === true);
    // On the Save button each flag replaces its prop by the request state: with
    // disableWhileRequestRunning, isDisabled is ignored (helpers/plugins/WrappedComponent.js, button
    // case: `disableWhileRequestRunning ? isSaveButton ? settingsModalRequestRunning : … : rest.isDisabled`).
    const disabled = props.disableWhileRequestRunning === true ? running : props.isDisabled === true;
    const loading = props.withLoadingAfterClick === true ? running : props.isLoading === true;
    el.disabled = disabled || loading;
    if (loading) el.dataset.loading = "true";
    else delete el.dataset.loading;
  };
  const handle = {
    el,
    setProps(next: unknown) {
      // Replaces everything, the forced look included (setElementProps in WrappedComponent.js).
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
      if (props.withLoadingAfterClick === true) {
        running = true;
        paint();
      }
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
