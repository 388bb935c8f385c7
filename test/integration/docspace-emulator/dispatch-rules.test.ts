import { Actions, ToastType, type IMessage } from "@onlyoffice/docspace-plugin-sdk";

import {
  messageActions,
  type CallbackOrigin,
  type HostServices,
} from "../../emulators/docspace/host/runtime/dispatch";

// The host page's dispatcher against the per-callback table: which handlers each caller passes to
// ONLYOFFICE/DocSpace-client packages/client/src/helpers/plugins/utils.js messageActions
// (PluginStore.ts menu wrappers, WrappedComponent.js controls and buttons, PluginDialog/index.js
// onClose and eventListeners). The browser tests cover the same rules end to end.

function harness(hostVersion: "3.6" | "4.0"): { host: HostServices; calls: string[] } {
  const calls: string[] = [];
  const host: HostServices = {
    hostVersion,
    showToast: (type, title) => calls.push(`toast:${type}:${title}`),
    showModal: () => calls.push("showModal"),
    closeModal: () => calls.push("closeModal"),
    updateStatus: () => calls.push("updateStatus"),
    updateItems: (_name, action) => calls.push(`items:${action}`),
    saveSettings: (_name, settings) => calls.push(`save:${settings ?? ""}`),
    createDialog: () => calls.push("createDialog"),
  };
  return { host, calls };
}

const MESSAGES: Record<"props" | "context" | "save", IMessage> = {
  props: { actions: [Actions.updateProps], newProps: { value: "v", onChange: () => undefined } },
  context: { actions: [Actions.updateContext], contextProps: [{ name: "x", props: { text: "t" } }] },
  save: { actions: [Actions.saveSettings], settings: "s" },
};

type Outcome = "works" | "no-op" | "TypeError";

// Rows: callback origin; columns: update-props, update-context, save-settings (both versions).
const OUTCOMES_BY_ORIGIN: Record<CallbackOrigin, [Outcome, Outcome, Outcome]> = {
  menu: ["no-op", "TypeError", "TypeError"],
  button: ["works", "works", "works"],
  settingsSave: ["works", "TypeError", "works"],
  control: ["works", "works", "TypeError"],
  modalClose: ["no-op", "TypeError", "TypeError"],
  // The floating button's callbacks (2026 client PluginStore.ts dispatchMessage: updatePlugin yes,
  // setElementProps and updatePropsContext no).
  floating: ["no-op", "TypeError", "works"],
};

function run(
  hostVersion: "3.6" | "4.0",
  origin: CallbackOrigin,
  kind: keyof typeof MESSAGES,
): { outcome: Outcome; calls: string[] } {
  const { host, calls } = harness(hostVersion);
  const target = {
    origin,
    pluginName: "p",
    setElementProps: () => calls.push("setElementProps"),
    updateContext: () => calls.push("updateContext"),
  };
  try {
    messageActions(MESSAGES[kind], target, host);
  } catch (error) {
    if (error instanceof TypeError) return { outcome: "TypeError", calls };
    throw error;
  }
  return { outcome: calls.length > 0 ? "works" : "no-op", calls };
}

// develop's utils.js calls `updatePropsContext(...)` and `updatePlugin(...)` unguarded, like
// v3.6.1: the 4.0 host is no more lenient.
describe.each(
  (["3.6", "4.0"] as const).flatMap((version) =>
    (Object.entries(OUTCOMES_BY_ORIGIN) as [CallbackOrigin, [Outcome, Outcome, Outcome]][]).map(
      ([origin, outcomes]) => [version, origin, outcomes] as const,
    ),
  ),
)("%s host, %s callbacks", (version, origin, [props, context, save]) => {
  test(`update-props ${props}, update-context ${context}, save-settings ${save}`, () => {
    expect(run(version, origin, "props").outcome).toBe(props);
    expect(run(version, origin, "context").outcome).toBe(context);
    expect(run(version, origin, "save").outcome).toBe(save);
  });
});

test("send-post-message to a frame that is not there does nothing (utils.js `if (frame)`)", () => {
  const { host, calls } = harness("3.6");
  const documentStub = { getElementById: () => null };
  const saved = Object.getOwnPropertyDescriptor(globalThis, "document");
  Object.defineProperty(globalThis, "document", { value: documentStub, configurable: true });
  try {
    const message: IMessage = {
      actions: [Actions.sendPostMessage, Actions.showToast],
      postMessage: { frameId: "missing", message: { a: 1 } },
      toastProps: [{ type: ToastType.info, title: "after" }],
    };
    expect(() => messageActions(message, { origin: "button", pluginName: "p" }, host)).not.toThrow();
    expect(calls).toEqual(["toast:info:after"]);
  } finally {
    if (saved) Object.defineProperty(globalThis, "document", saved);
    else Reflect.deleteProperty(globalThis, "document");
  }
});

test("send-post-message without postMessage skips only itself: the client's `return` leaves one forEach callback", () => {
  const { host, calls } = harness("4.0");
  const message: IMessage = {
    actions: [Actions.sendPostMessage, Actions.showToast],
    toastProps: [{ type: ToastType.info, title: "still shown" }],
  };
  expect(() => messageActions(message, { origin: "button", pluginName: "p" }, host)).not.toThrow();
  expect(calls).toEqual(["toast:info:still shown"]);
});

test("actions run in order and stop at the first TypeError", () => {
  const { host, calls } = harness("3.6");
  const message: IMessage = {
    actions: [Actions.showToast, Actions.saveSettings, Actions.updateStatus],
    toastProps: [{ type: ToastType.info, title: "a" }],
    settings: "s",
  };
  expect(() => messageActions(message, { origin: "menu", pluginName: "p" }, host)).toThrow(
    new TypeError("updatePlugin is not a function"),
  );
  expect(calls).toEqual(["toast:info:a"]);
});

test("update-props without newProps wipes the props; unknown actions are ignored", () => {
  const { host } = harness("3.6");
  const received: unknown[] = [];
  const message = { actions: [Actions.updateProps, "navigate" as Actions] };
  messageActions(
    message,
    { origin: "button", pluginName: "p", setElementProps: (p) => received.push(p) },
    host,
  );
  expect(received).toEqual([{}]);
});

describe("floating operations actions reach the button only from PluginStore.ts dispatchMessage callers", () => {
  const button = { id: "b", operations: [] };
  const all: IMessage = {
    actions: [
      Actions.addFloatingOperationsButton,
      Actions.updateFloatingOperationsButton,
      Actions.removeFloatingOperationsButton,
      Actions.showToast,
    ],
    floatingOperationsButtonProps: button,
    floatingOperationsButtonPropsId: "b",
    toastProps: [{ type: ToastType.info, title: "after" }],
  };
  function withButton(origin: CallbackOrigin): string[] {
    const { host, calls } = harness("4.0");
    host.floatingOperations = { apply: (action, pluginName) => calls.push(`${action}:${pluginName}`) };
    messageActions(all, { origin, pluginName: "p" }, host);
    return calls;
  }

  test.each(["menu", "floating"] as const)("%s callbacks add, update and remove", (origin) => {
    expect(withButton(origin)).toEqual([
      "add-floating-operations-button:p",
      "update-floating-operations-button:p",
      "remove-floating-operations-button:p",
      "toast:info:after",
    ]);
  });

  test.each(["button", "control", "settingsSave", "modalClose"] as const)(
    "%s callbacks (WrappedComponent.tsx, PluginDialog) skip them",
    (origin) => {
      expect(withButton(origin)).toEqual(["toast:info:after"]);
    },
  );

  test("a host without the button (3.6) ignores them as unknown actions", () => {
    const { host, calls } = harness("3.6");
    expect(() => messageActions(all, { origin: "menu", pluginName: "p" }, host)).not.toThrow();
    expect(calls).toEqual(["toast:info:after"]);
  });
});
