// The portal's floating operations button (bottom right), as far as plugins reach it. Only the
// 4.0 host has it, and it follows the 2026 client ("ONLYOFFICE Apps" 4.0): DocSpace-client's
// develop branch of December 2025 has none of it (no add/update/removeFloatingOperationsButton in
// packages/client/src/helpers/plugins/utils.js, no pluginFloatingOperationsButtons in
// packages/client/src/store/PluginStore.ts). Every rule below cites the 2026 client's file and
// function; the files are packages/client/src/store/PluginStore.ts (the store),
// packages/client/src/pages/Home/Hooks/usePluginOperations.ts (aggregation and callbacks),
// packages/shared/components/section/Section.tsx (merging into the portal's own operations) and
// packages/shared/components/operations-progress-button/{index,ProgressList,ProgressBar}.tsx and
// OperationsProgressButton.module.scss (what is drawn, Cancel, the list, auto-hide).
import {
  Actions,
  type IFloatingOperation,
  type IFloatingOperationsButton,
  type IMessage,
} from "@onlyoffice/docspace-plugin-sdk";

import { messageActions, type HostServices } from "./dispatch";

export interface FloatingOperationsHost {
  apply(action: Actions, pluginName: string, message: IMessage): void;
}

/** The store's record: the plugin's props plus its name (utils.js messageActions `{...props, pluginName}`). */
type ClientButton = IFloatingOperationsButton & { pluginName: string };

/** One row as the progress button gets it: the id prefixed with the plugin's name. */
type ShownOperation = Omit<IFloatingOperation, "icon"> & { iconUrl?: string };

/** OperationsProgressButton.module.scss `.autoHide`: `hideButton 0.3s ease-in-out 4s`. */
const AUTO_HIDE_MS = 4_000 + 300;
/** ProgressBar.tsx onClearClick/onCloseClick: the row fades, then clears after 300 ms. */
const CLEAR_DELAY_MS = 300;

const STYLE = `
.floating-operations { position: fixed; inset-inline-end: 24px; bottom: 24px; z-index: 201;
  display: flex; flex-direction: column; align-items: flex-end; gap: 8px; font: 13px sans-serif; }
.floating-operations[data-list-open="true"] { z-index: 211; }
.floating-operations .fab { position: relative; width: 48px; height: 48px; border-radius: 50%;
  border: none; background: #4781d1; color: #fff; cursor: pointer; font-size: 12px; }
.floating-operations .fab[data-alert="true"] { box-shadow: 0 0 0 3px #f2665a; }
.floating-operations .fab[data-completed="true"] { background: #35ad17; }
.floating-operations .cancel { border: 1px solid #ccc; background: #fff; border-radius: 12px;
  padding: 2px 8px; cursor: pointer; }
.floating-operations .tooltip { display: none; }
.floating-operations:hover .tooltip { display: block; }
.floating-operations .tooltip { background: #333; color: #fff; padding: 4px 8px; border-radius: 4px;
  max-width: 320px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.floating-operations .list { width: 344px; background: #fff; border: 1px solid #ddd; }
.floating-operations .op { display: flex; gap: 8px; align-items: center; padding: 8px 16px; }
.floating-operations .op .label { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.floating-operations .op[data-alert="true"] .state { color: #f2665a; }
`;

export class FloatingOperations implements FloatingOperationsHost {
  /** PluginStore.ts pluginFloatingOperationsButtons: one Map keyed by the button's id, portal-wide. */
  private readonly buttons = new Map<string, ClientButton>();
  /** usePluginOperations.ts loadedPluginsRef: `${pluginName}-${id}` keys whose onLoad ran. */
  private loaded = new Set<string>();
  private root: HTMLElement | undefined;
  private listOpen = false;
  private hovered = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Kept across renders, as React keeps a mounted element: a click never lands on a stale node. */
  private parts:
    { tooltip: HTMLElement; row: HTMLElement; cancel: HTMLElement; fab: HTMLElement } | undefined;
  private several = false;

  constructor(
    private readonly host: () => HostServices,
    private readonly iconUrl: (pluginName: string, icon: string) => string | undefined,
  ) {}

  /** helpers/plugins/utils.js messageActions, the three floating-operations cases. */
  apply(action: Actions, pluginName: string, message: IMessage): void {
    switch (action) {
      case Actions.addFloatingOperationsButton: {
        // Without props the action is skipped: utils.js messageActions `if (!...Props) return`.
        const props = message.floatingOperationsButtonProps;
        if (!props) return;
        // An id already present is not replaced: PluginStore.ts addPluginFloatingOperations.
        if (this.buttons.has(props.id)) return;
        this.buttons.set(props.id, { ...props, pluginName });
        break;
      }
      case Actions.updateFloatingOperationsButton: {
        const props = message.floatingOperationsButtonProps;
        if (!props) return;
        // Only an id present is updated, and the record is replaced, not merged:
        // PluginStore.ts updatePluginFloatingOperations (`set(value.id, value)`).
        if (!this.buttons.has(props.id)) return;
        this.buttons.set(props.id, { ...props, pluginName });
        break;
      }
      case Actions.removeFloatingOperationsButton: {
        // utils.js messageActions `if (!message.floatingOperationsButtonPropsId) return`;
        // PluginStore.ts removePluginFloatingOperations deletes by id, whoever added it.
        const id = message.floatingOperationsButtonPropsId;
        if (!id) return;
        this.buttons.delete(id);
        break;
      }
      default:
        return;
    }
    this.changed();
  }

  private changed(): void {
    this.render();
    // usePluginOperations.ts runs onLoad in a React effect, after the render that shows the button.
    queueMicrotask(() => this.runOnLoads());
  }

  /**
   * usePluginOperations.ts useEffect on the set of `${pluginName}-${id}` keys: onLoad runs once per
   * key, with a dispatchMessage bound to the plugin (PluginStore.ts dispatchMessage); what onLoad
   * returns is ignored, and a removed key forgets it, so adding the id again runs onLoad again.
   */
  private runOnLoads(): void {
    for (const button of [...this.buttons.values()]) {
      const key = `${button.pluginName}-${button.id}`;
      if (this.loaded.has(key) || typeof button.onLoad !== "function") continue;
      this.loaded.add(key);
      const pluginName = button.pluginName;
      void button.onLoad((message) => this.dispatch(message, pluginName));
    }
    this.loaded = new Set([...this.buttons.values()].map((b) => `${b.pluginName}-${b.id}`));
  }

  /** PluginStore.ts dispatchMessage: `if (!message) return`, then messageActions for that plugin. */
  private dispatch(message: IMessage | void, pluginName: string): void {
    if (!message) return;
    messageActions(message, { origin: "floating", pluginName }, this.host());
  }

  /** usePluginOperations.ts pluginOperations: every button's operations, ids prefixed `${pluginName}-`. */
  private operations(): ShownOperation[] {
    const all: ShownOperation[] = [];
    for (const { pluginName, operations } of this.buttons.values()) {
      if (!operations) continue;
      for (const { icon, id, ...rest } of operations) {
        const iconUrl = icon ? this.iconUrl(pluginName, icon) : undefined;
        all.push({ ...rest, id: `${pluginName}-${id}`, ...(iconUrl ? { iconUrl } : {}) });
      }
    }
    return all;
  }

  /** usePluginOperations.ts pluginOperationsCompleted: every button says operationsCompleted. */
  private completed(): boolean {
    return [...this.buttons.values()].every((b) => b.operationsCompleted === true);
  }

  /** usePluginOperations.ts pluginOperationsAlert: some button says operationsAlert. */
  private alert(): boolean {
    return [...this.buttons.values()].some((b) => b.operationsAlert === true);
  }

  /** usePluginOperations.ts pluginShowCancelButton: a button with operations asks for it. */
  private cancelWanted(): boolean {
    return [...this.buttons.values()].some(
      (b) => (b.operations?.length ?? 0) > 0 && b.showCancelButton === true,
    );
  }

  /**
   * Cancel: Home/Section onCancelUpload → usePluginOperations.ts handlePluginCancelOperation, which
   * awaits the cancelOperation of every plugin button that has one (not only the one shown) and
   * dispatches each answer.
   */
  private async cancel(): Promise<void> {
    await Promise.all(
      [...this.buttons.values()].map(async (button) => {
        if (typeof button.cancelOperation !== "function") return;
        const message = await button.cancelOperation();
        this.dispatch(message, button.pluginName);
      }),
    );
  }

  /**
   * A row's clear icon: usePluginOperations.ts handlePluginClearOperation finds the first button
   * whose pluginName starts the row id (`operationId.startsWith(pluginProps.pluginName)`), strips
   * the `${pluginName}-` prefix and awaits its onCancelOperationFromList.
   */
  private async clearOne(operationId: string): Promise<void> {
    const button = [...this.buttons.values()].find((b) => operationId.startsWith(b.pluginName));
    if (!button || typeof button.onCancelOperationFromList !== "function") return;
    const message = await button.onCancelOperationFromList(operationId.replace(`${button.pluginName}-`, ""));
    this.dispatch(message, button.pluginName);
  }

  /** The button hid itself: usePluginOperations.ts handlePluginClearOperation() removes every button. */
  private clearAll(): void {
    this.buttons.clear();
    this.loaded = new Set();
    this.listOpen = false;
    this.render();
  }

  private ensureRoot(): HTMLElement {
    if (this.root) return this.root;
    if (!document.getElementById("floating-operations-style")) {
      const style = document.createElement("style");
      style.id = "floating-operations-style";
      style.textContent = STYLE;
      document.head.append(style);
    }
    const root = document.createElement("div");
    root.dataset.testid = "floating-operations";
    root.className = "floating-operations";
    // index.tsx: hovering keeps a completed button from hiding (`!isHovered`).
    root.addEventListener("mouseenter", () => {
      this.hovered = true;
      this.render();
    });
    root.addEventListener("mouseleave", () => {
      this.hovered = false;
      this.render();
    });
    document.body.append(root);
    this.root = root;
    return root;
  }

  private render(): void {
    const operations = this.operations();
    // Section.tsx isShowOperationButton: shown while there is an operation (the emulated portal
    // has no uploads or conversions of its own, so only plugin operations count).
    if (operations.length === 0) {
      this.stopHide();
      this.listOpen = false;
      this.root?.remove();
      this.root = undefined;
      return;
    }
    const root = this.ensureRoot();
    const several = operations.length > 1;
    // index.tsx: the list closes when one operation is left.
    if (!several) this.listOpen = false;
    const completed = this.completed();
    const alert = this.alert();
    const [first] = operations;
    root.dataset.listOpen = String(this.listOpen);
    this.several = several;
    const parts = this.partsOf(root);
    root.querySelector("[data-testid=floating-operations-list]")?.remove();
    if (this.listOpen) root.prepend(this.list(operations));

    const { tooltip, cancel, fab } = parts;
    // index.tsx getTooltipLabel: a count for several, else the one operation's label; the label is
    // plugin data, shown as text.
    tooltip.textContent = several ? `${operations.length} processes` : (first?.label ?? "");
    // index.tsx: Cancel only when a single operation is shown (`!isSeveralOperations && …
    // showCancelButton`), whichever plugin asked for it.
    const showCancel = !several && this.cancelWanted();
    if (showCancel && !cancel.isConnected) fab.before(cancel);
    if (!showCancel) cancel.remove();
    fab.dataset.alert = String(alert);
    fab.dataset.completed = String(completed);
    fab.dataset.count = String(operations.length);
    // index.tsx getIcons: dots (or an arrow with the list open) for several, else the operation's icon.
    fab.dataset.icon = several ? (this.listOpen ? "arrow" : "dots") : String(first?.operation ?? "other");
    // index.tsx getPercent: a percentage only for a single operation; without one, a loader.
    const percent = several ? undefined : first?.percent;
    if (typeof percent === "number") {
      fab.dataset.percent = String(percent);
      fab.textContent = `${Math.round(percent)}%`;
    } else {
      delete fab.dataset.percent;
      fab.textContent = several ? "…" : "";
    }
    fab.setAttribute("aria-label", tooltip.textContent);

    // index.tsx `.autoHide` while completed, list closed and not hovered; animationend clears all
    // (Section onClearSecondaryProgressData with no arguments).
    if (completed && !this.listOpen && !this.hovered) this.startHide();
    else this.stopHide();
  }

  private partsOf(root: HTMLElement): NonNullable<FloatingOperations["parts"]> {
    if (this.parts?.row.parentElement === root) return this.parts;
    const tooltip = document.createElement("div");
    tooltip.dataset.testid = "floating-operations-tooltip";
    tooltip.className = "tooltip";
    const row = document.createElement("div");
    row.style.display = "flex";
    row.style.gap = "8px";
    row.style.alignItems = "center";
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.dataset.testid = "floating-operations-cancel";
    cancel.className = "cancel";
    cancel.textContent = "Cancel";
    cancel.addEventListener("click", () => void this.cancel());
    const fab = document.createElement("button");
    fab.type = "button";
    fab.dataset.testid = "floating-operations-button";
    fab.className = "fab";
    // index.tsx handleFloatingButtonClick: with several operations it opens or closes the list.
    fab.addEventListener("click", () => {
      if (!this.several) return;
      this.listOpen = !this.listOpen;
      this.render();
    });
    row.append(fab);
    root.replaceChildren(tooltip, row);
    this.parts = { tooltip, row, cancel, fab };
    return this.parts;
  }

  /** ProgressList.tsx: plugin operations are "background" rows, drawn withoutProgress. */
  private list(operations: ShownOperation[]): HTMLElement {
    const list = document.createElement("div");
    list.dataset.testid = "floating-operations-list";
    list.className = "list";
    for (const op of operations) {
      const item = document.createElement("div");
      item.dataset.testid = "floating-operation";
      item.dataset.id = op.id;
      item.dataset.completed = String(op.completed);
      item.dataset.alert = String(op.alert);
      item.className = "op";
      const label = document.createElement("span");
      label.className = "label";
      label.textContent = op.label;
      const state = document.createElement("span");
      state.className = "state";
      // ProgressBar.tsx: a status mark for alert or completed; a loader while running, a clear
      // icon once completed (withoutProgress: no percentage in the list).
      state.textContent = op.alert ? "!" : op.completed ? "✓" : "…";
      item.append(state, label);
      if (op.completed) {
        const clear = document.createElement("button");
        clear.type = "button";
        clear.dataset.testid = "floating-operation-clear";
        clear.textContent = "×";
        clear.addEventListener("click", (event) => {
          event.stopPropagation();
          item.style.opacity = "0";
          setTimeout(() => void this.clearOne(op.id), CLEAR_DELAY_MS);
        });
        item.append(clear);
      }
      list.append(item);
    }
    return list;
  }

  private startHide(): void {
    if (this.hideTimer) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      this.clearAll();
    }, AUTO_HIDE_MS);
  }

  private stopHide(): void {
    if (!this.hideTimer) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }
}
