import {
  Actions,
  type ICreateDialog,
  type IMessage,
  type IModalDialog,
  type ToastType,
} from "@onlyoffice/docspace-plugin-sdk";
import type { FloatingOperationsHost } from "./floatingButton";

/** Where the callback that returned the message lives (helpers/plugins/utils.js). */
export type CallbackOrigin = "menu" | "button" | "settingsSave" | "control" | "modalClose" | "floating";

export type ContextProps = NonNullable<IMessage["contextProps"]>;

export interface HostServices {
  hostVersion: "3.6" | "4.0";
  showToast(type: ToastType | string, title: string): void;
  showModal(pluginName: string, props: IModalDialog): void;
  closeModal(): void;
  updateStatus(pluginName: string): void;
  updateItems(pluginName: string, action: Actions): void;
  saveSettings(pluginName: string, settings: string | undefined): void;
  createDialog(pluginName: string, props: ICreateDialog | undefined, update: boolean): void;
  /** The floating operations button; only the 4.0 host has one (see floatingButton.ts). */
  floatingOperations?: FloatingOperationsHost;
}

export interface DispatchTarget {
  origin: CallbackOrigin;
  pluginName: string;
  /** The calling element's prop setter (replace, not merge). */
  setElementProps?: (props: unknown) => void;
  /** contextName updates within the caller's rendered tree. */
  updateContext?: (contextProps: ContextProps) => void;
}

/**
 * Which handlers the client passes to `messageActions` for each origin. A handler that is not
 * passed is either skipped (update-props) or called anyway and throws a TypeError
 * (update-context, save-settings). Both versions call them unguarded:
 * ONLYOFFICE/DocSpace-client packages/client/src/helpers/plugins/utils.js messageActions
 * (`updatePropsContext(message.contextProps)`, `updatePlugin(pluginName, null, message.settings)`)
 * at tag v3.6.1-server and on develop alike.
 */
const CLIENT_RULES: Record<CallbackOrigin, { props: boolean; context: boolean; save: boolean }> = {
  menu: { props: false, context: false, save: false },
  button: { props: true, context: true, save: true },
  settingsSave: { props: true, context: false, save: true },
  control: { props: true, context: true, save: false },
  modalClose: { props: false, context: false, save: false },
  // The floating button's onLoad dispatchMessage, cancelOperation and onCancelOperationFromList go
  // through PluginStore.ts dispatchMessage, which passes no setElementProps nor updatePropsContext
  // but does pass updatePlugin (2026 client, packages/client/src/store/PluginStore.ts dispatchMessage).
  floating: { props: false, context: false, save: true },
};

/**
 * Only PluginStore.ts dispatchMessage passes add/update/removePluginFloatingOperations to
 * messageActions (2026 client): context-menu, main-button, profile-menu, file and event-listener
 * callbacks, and the floating button's own callbacks. WrappedComponent.tsx (dialog and settings
 * controls) passes none of them, so there the actions are skipped by `?.`.
 */
const FLOATING_ORIGINS: readonly CallbackOrigin[] = ["menu", "floating"];

/** Calls a handler the host may not have been given, failing like `undefined(...)` does. */
function callUnguarded<A extends unknown[]>(
  fn: ((...args: A) => void) | undefined,
  name: string,
  ...args: A
): void {
  if (typeof fn !== "function") throw new TypeError(`${name} is not a function`);
  fn(...args);
}

const ITEM_ACTIONS: readonly Actions[] = [
  Actions.updateContextMenuItems,
  Actions.updateInfoPanelItems,
  Actions.updateMainButtonItems,
  Actions.updateProfileMenuItems,
  Actions.updateFileItems,
  Actions.updateEventListenerItems,
];

/** Runs a message's actions in order with the per-callback rules; unknown actions are ignored. */
export function messageActions(
  message: IMessage | void | undefined,
  target: DispatchTarget,
  host: HostServices,
): void {
  if (!message || !Array.isArray(message.actions)) return;
  const rules = CLIENT_RULES[target.origin];
  const setProps = rules.props ? target.setElementProps : undefined;
  const updateContext = rules.context ? target.updateContext : undefined;
  const save = rules.save
    ? (settings: string | undefined) => host.saveSettings(target.pluginName, settings)
    : undefined;
  for (const action of message.actions) {
    switch (action) {
      case Actions.updateProps:
        setProps?.(message.newProps ?? {});
        break;
      case Actions.updateContext:
        callUnguarded(updateContext, "updateContextProps", message.contextProps ?? []);
        break;
      case Actions.saveSettings:
        callUnguarded(save, "updatePlugin", message.settings);
        break;
      case Actions.updateStatus:
        // A no-op unless getStatus() changed: PluginStore.ts updatePluginStatus.
        host.updateStatus(target.pluginName);
        break;
      case Actions.showToast:
        for (const toast of message.toastProps ?? []) host.showToast(toast.type, toast.title);
        break;
      case Actions.showModal:
        if (message.modalDialogProps) host.showModal(target.pluginName, message.modalDialogProps);
        break;
      case Actions.closeModal:
        host.closeModal();
        break;
      case Actions.showCreateDialogModal:
        host.createDialog(target.pluginName, message.createDialogProps, false);
        break;
      case Actions.updateCreateDialogModal:
        host.createDialog(target.pluginName, message.createDialogProps, true);
        break;
      case Actions.sendPostMessage: {
        // Without the frame nothing happens: helpers/plugins/utils.js messageActions `if (frame)`.
        // Without postMessage its `return` leaves only this action's forEach callback: the rest still run.
        if (!message.postMessage) continue;
        const frame = document.getElementById(String(message.postMessage.frameId)) as {
          contentWindow: Window;
        } | null;
        // Any element with that id passes the check; one without contentWindow throws, as there.
        if (frame) frame.contentWindow.postMessage(JSON.stringify(message.postMessage.message), "*");
        break;
      }
      case Actions.addFloatingOperationsButton:
      case Actions.updateFloatingOperationsButton:
      case Actions.removeFloatingOperationsButton:
        // A host without the button (3.6, and develop of Dec 2025) treats them as unknown actions.
        if (FLOATING_ORIGINS.includes(target.origin))
          host.floatingOperations?.apply(action, target.pluginName, message);
        break;
      default:
        if (ITEM_ACTIONS.includes(action)) host.updateItems(target.pluginName, action);
    }
  }
}

/**
 * The handlers the client calls without awaiting (input, textArea, checkbox, toggleButton and
 * comboBox in helpers/plugins/WrappedComponent.js) must answer synchronously; a Promise is ignored.
 */
export function syncMessage(result: unknown): IMessage | undefined {
  if (!result || typeof result !== "object" || typeof (result as { then?: unknown }).then === "function")
    return undefined;
  return result as IMessage;
}
