import type { IComboBoxItem } from "@onlyoffice/docspace-plugin-sdk";

import {
  messageActions,
  syncMessage,
  type CallbackOrigin,
  type ContextProps,
  type HostServices,
} from "./dispatch";

/** A descriptor as the plugin sent it: `{component, props, contextName?}`, untrusted. */
export interface Descriptor {
  component: string;
  props: Record<string, unknown>;
  contextName?: string;
}

interface Handle {
  el: HTMLElement;
  setProps(props: unknown): void;
}

/**
 * One rendered tree: contextName lookups stay inside it (a modal's body and footer are separate
 * trees: PluginDialog/index.js renders each with its own WrappedComponent).
 */
export class RenderTree {
  private readonly contexts = new Map<string, Set<Handle>>();

  register(name: string, handle: Handle): void {
    const set = this.contexts.get(name) ?? new Set<Handle>();
    set.add(handle);
    this.contexts.set(name, set);
  }

  unregister(name: string, handle: Handle): void {
    this.contexts.get(name)?.delete(handle);
  }

  /** update-context: replaces the props of every element with that contextName. */
  update(contextProps: ContextProps): void {
    for (const { name, props } of contextProps) {
      for (const handle of [...(this.contexts.get(name) ?? [])]) handle.setProps(props);
    }
  }
}

/**
 * The dialog-wide request state (PluginDialog/index.js `modalRequestRunning`): a button with
 * withLoadingAfterClick sets it while its onClick runs, and every flagged button in the dialog
 * reads it (helpers/plugins/WrappedComponent.js, button case).
 */
export class RequestLock {
  private value = false;
  private readonly listeners = new Set<() => void>();

  get running(): boolean {
    return this.value;
  }

  set(value: boolean): void {
    this.value = value;
    for (const listener of [...this.listeners]) listener();
  }

  subscribe(listener: () => void): void {
    this.listeners.add(listener);
  }
}

export interface RenderEnv {
  pluginName: string;
  host: HostServices;
  tree: RenderTree;
  lock: RequestLock;
}

const str = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
const bool = (value: unknown): boolean => value === true;
const fn = (value: unknown): ((...args: unknown[]) => unknown) | undefined =>
  typeof value === "function" ? (value as (...args: unknown[]) => unknown) : undefined;

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** IBox `*Prop` fields that map to CSS; any other prop goes verbatim into `style` (helpers/plugins/WrappedComponent.js). */
const BOX_PROPS: Record<string, string> = {
  widthProp: "width",
  heightProp: "height",
  paddingProp: "padding",
  marginProp: "margin",
  displayProp: "display",
  backgroundProp: "background",
  flexProp: "flex",
  overflowProp: "overflow",
};

function applyBoxStyle(el: HTMLElement, props: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(props)) {
    if (key === "children" || key === "borderProp") continue;
    const css = BOX_PROPS[key] ?? kebab(key);
    const text = str(value);
    if (text !== undefined) el.style.setProperty(css, text);
  }
  const border = props.borderProp;
  // Only the object form renders; a string is ignored.
  if (border && typeof border === "object") {
    const b = border as Record<string, unknown>;
    el.style.border = `${str(b.width) ?? "1px"} ${str(b.style) ?? "solid"} ${str(b.color) ?? "currentColor"}`;
    if (str(b.radius)) el.style.borderRadius = str(b.radius) ?? "";
  }
}

function asDescriptors(value: unknown): Descriptor[] {
  return Array.isArray(value)
    ? value.filter(
        (c): c is Descriptor =>
          !!c && typeof c === "object" && typeof (c as Descriptor).component === "string",
      )
    : [];
}

/** Renders a descriptor; the returned element replaces itself in place on update-props / update-context. */
export function renderNode(node: Descriptor, env: RenderEnv): HTMLElement {
  let props: Record<string, unknown> = node.props && typeof node.props === "object" ? node.props : {};
  const handle: Handle = {
    el: document.createElement("div"),
    setProps(next: unknown) {
      // Replace, never merge (helpers/plugins/utils.js): missing newProps wipes them.
      props = next && typeof next === "object" ? (next as Record<string, unknown>) : {};
      const old = handle.el;
      const hadFocus = old.contains(document.activeElement);
      handle.el = build();
      old.replaceWith(handle.el);
      if (hadFocus) focusField(handle.el);
    },
  };
  const dispatch = (result: unknown, origin: CallbackOrigin): void => {
    messageActions(
      syncMessage(result),
      {
        origin,
        pluginName: env.pluginName,
        setElementProps: handle.setProps,
        updateContext: (c) => env.tree.update(c),
      },
      env.host,
    );
  };
  const build = (): HTMLElement => {
    const el = buildElement(node.component, props, env, dispatch, () => props);
    el.dataset.component = node.component;
    if (node.contextName) el.dataset.contextName = node.contextName;
    return el;
  };
  handle.el = build();
  if (node.contextName) env.tree.register(node.contextName, handle);
  return handle.el;
}

function focusField(el: HTMLElement): void {
  const field =
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
      ? el
      : el.querySelector("input, textarea");
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    field.focus();
    const end = field.value.length;
    if (field.type !== "checkbox") field.setSelectionRange(end, end);
  }
}

type Dispatch = (result: unknown, origin: CallbackOrigin) => void;

function buildElement(
  kind: string,
  props: Record<string, unknown>,
  env: RenderEnv,
  dispatch: Dispatch,
  current: () => Record<string, unknown>,
): HTMLElement {
  switch (kind) {
    case "box": {
      const el = document.createElement("div");
      el.dataset.testid = "plugin-box";
      applyBoxStyle(el, props);
      for (const child of asDescriptors(props.children)) el.append(renderNode(child, env));
      return el;
    }
    case "text": {
      const el = document.createElement(bool(props.isInline) ? "span" : "p");
      el.dataset.testid = "plugin-text";
      el.textContent = str(props.text) ?? "";
      if (str(props.title)) el.title = str(props.title) ?? "";
      if (str(props.fontSize)) el.style.fontSize = str(props.fontSize) ?? "";
      if (props.fontWeight !== undefined) el.style.fontWeight = str(props.fontWeight) ?? "";
      if (bool(props.isBold)) el.style.fontWeight = "700";
      if (bool(props.isItalic)) el.style.fontStyle = "italic";
      if (str(props.color)) el.style.color = str(props.color) ?? "";
      if (str(props.textAlign)) el.style.textAlign = str(props.textAlign) ?? "";
      if (bool(props.truncate)) el.classList.add("truncate");
      return el;
    }
    case "label": {
      const el = document.createElement("label");
      el.dataset.testid = "plugin-label";
      el.textContent = `${str(props.text) ?? ""}${bool(props.isRequired) ? " *" : ""}`;
      if (str(props.htmlFor)) el.htmlFor = str(props.htmlFor) ?? "";
      if (bool(props.error)) el.classList.add("error");
      return el;
    }
    case "input":
    case "textArea": {
      const el = kind === "input" ? document.createElement("input") : document.createElement("textarea");
      el.dataset.testid = kind === "input" ? "plugin-input" : "plugin-textarea";
      el.value = str(props.value) ?? "";
      if (el instanceof HTMLInputElement) {
        el.type = str(props.type) === "password" ? "password" : "text";
        // Host defaults: maxLength 255, tabIndex -1 (helpers/plugins/WrappedComponent.js).
        el.maxLength = Number(str(props.maxLength) ?? "255");
        el.tabIndex = typeof props.tabIndex === "number" ? props.tabIndex : -1;
        // Only base/middle/large are styled; big and huge fall through unstyled.
        el.dataset.size = str(props.size) ?? "base";
        if (str(props.autoComplete)) el.autocomplete = (str(props.autoComplete) ?? "off") as AutoFill;
        if (bool(props.isAutoFocused)) queueMicrotask(() => el.focus());
      } else if (typeof props.maxLength === "number") el.maxLength = props.maxLength;
      if (str(props.placeholder)) el.placeholder = str(props.placeholder) ?? "";
      if (str(props.name)) el.name = str(props.name) ?? "";
      el.disabled = bool(props.isDisabled);
      el.readOnly = bool(props.isReadOnly);
      if (bool(props.hasError)) el.classList.add("error");
      if (bool(props.scale)) el.classList.add("scale");
      el.addEventListener("input", () => {
        const typed = el.value;
        dispatch(fn(current().onChange)?.(typed), "control");
        // A controlled field: unless update-props changed `value`, it shows the props again.
        if (el.isConnected) el.value = str(current().value) ?? "";
      });
      for (const [event, key] of [
        ["blur", "onBlur"],
        ["focus", "onFocus"],
      ] as const) {
        el.addEventListener(event, () => dispatch(fn(current()[key])?.(el.value), "control"));
      }
      return el;
    }
    case "button": {
      const el = document.createElement("button");
      el.type = "button";
      el.dataset.testid = "plugin-button";
      el.className = "plugin-button";
      el.textContent = str(props.label) ?? "";
      // The host expects "extraSmall"; ButtonSize.extraSmall = "extra-small" is unstyled (helpers/plugins/WrappedComponent.js).
      el.dataset.size = str(props.size) ?? "";
      if (bool(props.primary)) el.classList.add("primary");
      if (bool(props.scale)) el.classList.add("scale");
      // WrappedComponent.js: loading/disabled follow the request state only for flagged buttons.
      const paint = (): void => {
        const p = current();
        const loading = bool(p.withLoadingAfterClick)
          ? env.lock.running || bool(p.isLoading)
          : bool(p.isLoading);
        const disabled = bool(p.disableWhileRequestRunning)
          ? env.lock.running || bool(p.isDisabled)
          : bool(p.isDisabled);
        el.disabled = disabled || loading;
        if (loading) el.dataset.loading = "true";
        else delete el.dataset.loading;
      };
      paint();
      env.lock.subscribe(() => {
        if (el.isConnected) paint();
      });
      el.addEventListener("click", () => {
        void (async () => {
          const p = current();
          if (bool(p.withLoadingAfterClick)) env.lock.set(true);
          const result = await fn(p.onClick)?.();
          dispatch(result, "button");
          // Cleared after every click, flagged or not (WrappedComponent.js onClickAction).
          env.lock.set(false);
        })();
      });
      return el;
    }
    case "checkbox":
    case "toggleButton": {
      const el = document.createElement("label");
      el.dataset.testid = kind === "checkbox" ? "plugin-checkbox" : "plugin-toggle-button";
      const box = document.createElement("input");
      box.type = "checkbox";
      if (kind === "toggleButton") box.setAttribute("role", "switch");
      box.checked = bool(props.isChecked);
      box.disabled = bool(props.isDisabled);
      if (kind === "checkbox" && bool(props.isIndeterminate)) box.indeterminate = true;
      el.append(box, document.createTextNode(str(props.label) ?? ""));
      box.addEventListener("change", () => {
        // onChange gets no value: the plugin keeps its own state (helpers/plugins/WrappedComponent.js).
        dispatch(fn(current().onChange)?.(), "control");
        if (box.isConnected) box.checked = bool(current().isChecked);
      });
      return el;
    }
    case "comboBox": {
      const el = document.createElement("div");
      el.dataset.testid = "plugin-combobox";
      el.className = "combobox";
      if (props.scaled !== false) el.classList.add("scale");
      const selected = props.selectedOption as IComboBoxItem | undefined;
      const toggle = document.createElement("button");
      toggle.type = "button";
      toggle.dataset.testid = "plugin-combobox-selected";
      toggle.textContent = selected?.label ?? "";
      toggle.disabled = bool(props.isDisabled);
      const list = document.createElement("ul");
      list.hidden = true;
      list.dataset.testid = "plugin-combobox-options";
      const options = Array.isArray(props.options) ? (props.options as IComboBoxItem[]) : [];
      for (const option of options) {
        if (option.disabled && !bool(props.showDisabledItems)) continue;
        const li = document.createElement("li");
        li.dataset.testid = "plugin-combobox-option";
        li.dataset.key = option.key;
        li.textContent = option.label;
        li.addEventListener("click", () => {
          list.hidden = true;
          const onSelect = fn(current().onSelect);
          // Called without a guard (helpers/plugins/WrappedComponent.js).
          if (!onSelect) throw new TypeError("onSelect is not a function");
          dispatch(onSelect(option), "control");
        });
        list.append(li);
      }
      toggle.addEventListener("click", () => {
        list.hidden = !list.hidden;
      });
      el.append(toggle, list);
      return el;
    }
    case "img": {
      const el = document.createElement("img");
      el.dataset.testid = "plugin-img";
      // src is not resolved against the plugin's assets (helpers/plugins/WrappedComponent.js).
      el.src = str(props.src) ?? "";
      el.alt = str(props.alt) ?? "";
      if (str(props.width)) el.style.width = str(props.width) ?? "";
      if (str(props.height)) el.style.height = str(props.height) ?? "";
      if (str(props.id)) el.id = str(props.id) ?? "";
      return el;
    }
    case "iFrame": {
      const el = document.createElement("iframe");
      el.dataset.testid = "plugin-iframe-component";
      if (str(props.id)) el.id = str(props.id) ?? "";
      if (str(props.name)) el.name = str(props.name) ?? "";
      if (str(props.sandbox) !== undefined) el.setAttribute("sandbox", str(props.sandbox) ?? "");
      el.style.width = str(props.width) ?? "100%";
      el.style.height = str(props.height) ?? "150px";
      el.src = str(props.src) ?? "about:blank";
      return el;
    }
    case "skeleton": {
      const el = document.createElement("div");
      el.dataset.testid = "plugin-skeleton";
      el.className = "skeleton";
      el.style.width = str(props.width) ?? "100%";
      el.style.height = str(props.height) ?? "1em";
      if (str(props.borderRadius)) el.style.borderRadius = str(props.borderRadius) ?? "";
      return el;
    }
    default: {
      // Unknown component kinds are ignored silently (helpers/plugins/WrappedComponent.js).
      const el = document.createElement("span");
      el.dataset.testid = "plugin-unknown";
      el.hidden = true;
      return el;
    }
  }
}
