// Live progress of running sends, and the "leave site?" guard while any runs.
//
// Where the portal has a floating operations button (the 2026 DocSpace client, plugin SDK with
// IFloatingOperationsButton), every job is one operation there from its first second: label with
// the item's name, percent by bytes, alert on failure, completed at the end, Cancel while one runs.
// The plugin learns that the host has the button from the host itself: the client calls the
// button's `onLoad(dispatchMessage)` once it shows it (ONLYOFFICE/DocSpace-client
// packages/client/src/pages/Home/Hooks/usePluginOperations.ts), and that dispatchMessage lets the
// plugin push updates at any time. A host that was handed the button and did not call onLoad
// within LOAD_GRACE_MS does not have it (3.6 and the December 2025 develop branch ignore the action
// as unknown: packages/client/src/helpers/plugins/utils.js messageActions). No version number is
// consulted.
import {
  Actions,
  FloatingOperationType,
  ToastType,
  type IFloatingOperation,
  type IFloatingOperationsButton,
  type IMessage,
} from "@onlyoffice/docspace-plugin-sdk";
import type { Translate } from "./i18n";
import type { RunningJob } from "./jobs";

/** Portal-wide id of this plugin's button (the client keys every plugin's buttons by id alone). */
export const OPERATIONS_BUTTON_ID = "send-to-dropbox-sends";
/** How long a host handed the button may take to call its onLoad before it counts as absent. */
export const LOAD_GRACE_MS = 10_000;
/** Progress pushes at most this often; the end of a job is pushed at once. */
const PUSH_EVERY_MS = 250;

/** The parts of the portal page the plugin uses: events only. */
export interface PortalWindow {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  dispatchEvent(event: Event): boolean;
}

/**
 * The portal page: plugins run in a hidden same-origin iframe appended to the portal's body
 * (ONLYOFFICE/DocSpace-client packages/client/src/store/PluginStore.ts initPlugins), so `parent` is
 * the page the user may leave. Null where that page is out of reach (cross-origin, or no DOM).
 */
export function portalWindow(): PortalWindow | null {
  try {
    if (typeof window === "undefined") return null;
    const page = window.parent;
    // Reading a property of a cross-origin window throws; then nothing is reachable.
    return typeof page.addEventListener === "function" ? page : null;
  } catch {
    return null;
  }
}

export type Outcome = "running" | "done" | "failed" | "cancelled";

/**
 * How the send was started: the deprecated onClick, the newer onItemClick, the group menu, or a
 * dialog's Send now (a dialog button, whose message cannot reach the floating button).
 */
export type Via = "click" | "item" | "group" | "background";

interface Operation {
  job: RunningJob;
  outcome: Outcome;
}

export interface ProgressBoardHost {
  t: () => Translate;
  /** The portal page, for beforeunload. */
  portal: () => PortalWindow | null;
  log: (what: string, error: unknown) => void;
}

/** The job's share of bytes sent, 0-100; none until the job knows its size (the host shows a loader). */
export function percentOf(job: RunningJob): number | undefined {
  const { transferredBytes, totalBytes, totalFiles } = job.progress;
  if (totalFiles === 0) return undefined;
  if (totalBytes === 0) return 0;
  return Math.min(100, Math.floor((transferredBytes * 100) / totalBytes));
}

export class ProgressBoard {
  #dispatch: ((message: IMessage) => void) | null = null;
  /** Evidence that the host has no floating button: it was handed one and never loaded it. */
  #absent = false;
  #grace: ReturnType<typeof setTimeout> | null = null;
  readonly #operations = new Map<string, Operation>();
  #lastPush = 0;
  #pushTimer: ReturnType<typeof setTimeout> | null = null;
  readonly #leave: LeaveGuard;

  constructor(private readonly host: ProgressBoardHost) {
    this.#leave = new LeaveGuard(host.portal);
  }

  /** The host called the button's onLoad: it shows plugin operations. */
  get present(): boolean {
    return this.#dispatch !== null;
  }

  /** The host was handed the button and did not load it. */
  get absent(): boolean {
    return this.#absent && this.#dispatch === null;
  }

  /** A job started: it shows in the button (when there is one) and leaving the page asks first. */
  begin(job: RunningJob): void {
    this.#leave.arm(job);
    // Operations the user has already seen finish are dropped when a new send starts.
    if ([...this.#operations.values()].every((op) => op.outcome !== "running")) this.#operations.clear();
    this.#operations.set(job.id, { job, outcome: "running" });
    this.#push(true);
  }

  progress(job: RunningJob): void {
    if (this.#operations.has(job.id)) this.#push(false);
  }

  /** The job ended; "withdrawn": it never started (another tab runs it), so its row goes. */
  end(job: RunningJob, outcome: Exclude<Outcome, "running"> | "withdrawn"): void {
    this.#leave.disarm(job);
    const op = this.#operations.get(job.id);
    if (outcome === "withdrawn") this.#operations.delete(job.id);
    else if (op) op.outcome = outcome;
    this.#push(true);
  }

  /**
   * Pushes a message through the button's dispatchMessage (a result toast or dialog at the end of
   * a job started without holding the menu callback). False when the host gave none.
   */
  deliver(message: IMessage): boolean {
    if (!this.#dispatch) return false;
    try {
      this.#dispatch(message);
      return true;
    } catch (error) {
      this.host.log("deliver", error);
      return false;
    }
  }

  /**
   * What a callback answers to show the button: add (ignored by the client while the id is
   * present: PluginStore.ts addPluginFloatingOperations) then update (ignored while it is absent:
   * updatePluginFloatingOperations), so either way the host ends with the current state.
   */
  showMessage(): IMessage {
    if (!this.#dispatch && !this.#absent && !this.#grace) {
      this.#grace = setTimeout(() => {
        this.#grace = null;
        if (!this.#dispatch) this.#absent = true;
      }, LOAD_GRACE_MS);
    }
    const props = this.#button();
    return {
      actions: [Actions.addFloatingOperationsButton, Actions.updateFloatingOperationsButton],
      floatingOperationsButtonProps: props,
    };
  }

  #push(now: boolean): void {
    if (!this.#dispatch) return;
    const wait = PUSH_EVERY_MS - (Date.now() - this.#lastPush);
    if (!now && wait > 0) {
      this.#pushTimer ??= setTimeout(() => {
        this.#pushTimer = null;
        this.#push(true);
      }, wait);
      return;
    }
    if (this.#pushTimer) {
      clearTimeout(this.#pushTimer);
      this.#pushTimer = null;
    }
    this.#lastPush = Date.now();
    this.deliver(this.showMessage());
  }

  #label(job: RunningJob): string {
    const t = this.host.t();
    if (job.targets.length > 1) return t("progress.operationMany", { count: job.targets.length });
    const name = job.progress.item;
    return name ? t("progress.operation", { name }) : t("progress.title");
  }

  #operation({ job, outcome }: Operation): IFloatingOperation {
    const percent = outcome === "done" ? 100 : percentOf(job);
    return {
      id: job.id,
      label: this.#label(job),
      operation: FloatingOperationType.Upload,
      alert: outcome === "failed",
      completed: outcome !== "running",
      ...(percent === undefined ? {} : { percent }),
    };
  }

  #button(): IFloatingOperationsButton {
    const ops = [...this.#operations.values()];
    return {
      id: OPERATIONS_BUTTON_ID,
      operations: ops.map((op) => this.#operation(op)),
      // The client needs every plugin's button completed before it shows "completed"
      // (usePluginOperations.ts pluginOperationsCompleted): an empty one never holds others up.
      operationsCompleted: ops.every((op) => op.outcome !== "running"),
      operationsAlert: ops.some((op) => op.outcome === "failed"),
      showCancelButton: ops.some((op) => op.outcome === "running"),
      cancelOperation: () => this.#cancelAll(),
      onCancelOperationFromList: (id) => this.#cancelOne(id),
      onLoad: (dispatchMessage) => {
        this.#dispatch = dispatchMessage;
        if (this.#grace) clearTimeout(this.#grace);
        this.#grace = null;
        this.#absent = false;
        // Whatever changed between the add and this call shows at once.
        this.#push(true);
      },
    };
  }

  /** The button's Cancel: the client shows it for a single operation, so it cancels what runs. */
  #cancelAll(): IMessage {
    try {
      for (const op of this.#operations.values()) if (op.outcome === "running") op.job.controller.abort();
      return {
        actions: [Actions.showToast],
        toastProps: [{ type: ToastType.info, title: this.host.t()("progress.cancelling") }],
      };
    } catch (error) {
      this.host.log("cancel", error);
      return {};
    }
  }

  /** A row's clear (completed rows only, in the client): forget it; a running one is cancelled. */
  #cancelOne(id: string): IMessage {
    try {
      const op = this.#operations.get(id);
      if (op?.outcome === "running") op.job.controller.abort();
      else this.#operations.delete(id);
      return {
        actions: [Actions.updateFloatingOperationsButton],
        floatingOperationsButtonProps: this.#button(),
      };
    } catch (error) {
      this.host.log("clear", error);
      return {};
    }
  }
}

/**
 * While a job runs, leaving or reloading the portal asks the browser's "leave site?" question:
 * a beforeunload listener that cancels the event, on the portal page the plugin frame lives in,
 * removed as soon as no job runs (https://developer.mozilla.org/docs/Web/API/Window/beforeunload_event).
 */
export class LeaveGuard {
  readonly #jobs = new Set<RunningJob>();
  #target: PortalWindow | null = null;
  readonly #listener = (event: Event): void => {
    event.preventDefault();
    // Older Chromium asks only when returnValue is set as well.
    Reflect.set(event, "returnValue", "");
  };

  constructor(private readonly portal: () => PortalWindow | null) {}

  get armed(): boolean {
    return this.#target !== null;
  }

  arm(job: RunningJob): void {
    this.#jobs.add(job);
    if (this.#target) return;
    try {
      const target = this.portal();
      target?.addEventListener("beforeunload", this.#listener);
      this.#target = target;
    } catch {
      this.#target = null;
    }
  }

  disarm(job: RunningJob): void {
    this.#jobs.delete(job);
    if (this.#jobs.size > 0 || !this.#target) return;
    try {
      this.#target.removeEventListener("beforeunload", this.#listener);
    } catch {
      // The page is gone: nothing is left to ask.
    }
    this.#target = null;
  }
}

/**
 * The progress dialog refreshes itself while open where the host binds dialog event listeners on
 * the portal window and re-runs a new onLoad: components/dialogs/PluginDialog/index.js adds
 * `window.addEventListener(e.name, onAction)` for each `eventListeners` entry, awaits onAction and
 * dispatches its message, and a show-modal with a new `onLoad` makes the mounted dialog load its
 * content again (useCallback on [onLoad]). The plugin fires that event on the portal page once a
 * second while the dialog is open and the job runs.
 */
export const REFRESH_EVENT = "send-to-dropbox-progress-refresh";
const REFRESH_EVERY_MS = 1_000;

export class DialogRefresher {
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly portal: () => PortalWindow | null) {}

  /** Starts firing for a job; stops when it ends or the dialog closes. */
  start(job: RunningJob): void {
    this.stop();
    const target = this.portal();
    if (!target) return;
    this.#timer = setInterval(() => {
      try {
        target.dispatchEvent(new Event(REFRESH_EVENT));
      } catch {
        this.stop();
      }
    }, REFRESH_EVERY_MS);
    void job.ended.then(() => this.stop());
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}
