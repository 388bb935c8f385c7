import { Actions, ToastType, type IMessage } from "@onlyoffice/docspace-plugin-sdk";

import {
  messageActions,
  type CallbackOrigin,
  type HostServices,
} from "../../emulators/docspace/host/runtime/dispatch";

// The host page's dispatcher against the per-callback table (docspace-plugin-host.md §5). The
// browser tests cover the same rules end to end for the menu, controls, buttons and the Save button.

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

// Rows: callback origin; columns: update-props, update-context, save-settings (H36).
const H36: Record<CallbackOrigin, [Outcome, Outcome, Outcome]> = {
  menu: ["no-op", "TypeError", "TypeError"],
  button: ["works", "works", "works"],
  settingsSave: ["works", "TypeError", "works"],
  control: ["works", "works", "TypeError"],
  modalClose: ["no-op", "TypeError", "TypeError"],
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

describe.each(Object.entries(H36) as [CallbackOrigin, [Outcome, Outcome, Outcome]][])(
  "H36 %s callbacks",
  (origin, [props, context, save]) => {
    test(`update-props ${props}, update-context ${context}, save-settings ${save}`, () => {
      expect(run("3.6", origin, "props").outcome).toBe(props);
      expect(run("3.6", origin, "context").outcome).toBe(context);
      expect(run("3.6", origin, "save").outcome).toBe(save);
    });
  },
);

test("4.0 guards every handler: nothing throws and save-settings works from anywhere", () => {
  for (const origin of Object.keys(H36) as CallbackOrigin[]) {
    expect(run("4.0", origin, "context").outcome).not.toBe("TypeError");
    expect(run("4.0", origin, "save").calls).toEqual(["save:s"]);
  }
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
