// The browser facilities the plugin touches, behind one seam so the UI logic runs in Node tests and
// in the host-contract sandbox (which has no document, storage or clipboard).
import type { TokenStorage } from "./credentials";
import type { WorkerLike } from "./hash-worker";
import type { ProblemKind } from "./messages";
import { redactText } from "./transfer";

/**
 * The absolute URL this bundle was loaded from (`/storage/webplugins/<name>/plugin.js?hash=…`, the
 * `<script src>` the portal appends to the plugin iframe), or null. `document.currentScript` is
 * only set while a classic script's top-level code runs, so it is read once, at load.
 */
const bundleUrl: string | null = (() => {
  try {
    if (typeof document === "undefined") return null;
    const src: unknown = (document.currentScript as { src?: unknown } | null)?.src;
    return typeof src === "string" && src !== "" ? src : null;
  } catch {
    return null;
  }
})();

interface WorkerConstructor {
  new (url: string, options: { name: string }): WorkerLike;
}

/**
 * A dedicated worker running this bundle again (./hash-worker.ts says why a portal allows it), or
 * undefined when there is no bundle URL or no Worker. Throws what the constructor throws (a
 * policy refusing the URL, a cross-origin URL).
 */
export function startBundleWorker(): WorkerLike | undefined {
  const Worker = (globalThis as { Worker?: WorkerConstructor }).Worker;
  if (!bundleUrl || typeof Worker !== "function") return undefined;
  return new Worker(bundleUrl, { name: "send-to-dropbox-hash" });
}

/** One line for the console: the error's name and message, with every secret removed. */
export function describeForLog(error: unknown): string {
  try {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return redactText(detail);
  } catch {
    return "(unprintable error)";
  }
}

export interface Environment {
  /** `document.cookie` of the portal page (the iframe is same-origin), or "". */
  cookie(): string;
  storage(): TokenStorage | null;
  /** This tab's session storage ("don't keep me connected"); null when refused or absent. */
  sessionStorage?(): TokenStorage | null;
  /** Calls back when the user signs out of DocSpace in this page (see `browserEnvironment`). */
  onSignOut?(callback: () => void): void;
  /** The portal page's URL (it names the folder being browsed), or null. */
  pageUrl(): string | null;
  /** Opens a new tab; false when the browser blocked it. */
  openTab(url: string): boolean;
  /** Copies text to the clipboard; false when the browser refused. */
  copyText(text: string): Promise<boolean>;
  /** Diagnostics for the console; `detail` is already redacted (no token ever reaches a log). */
  log(what: string, kind: ProblemKind, detail: string): void;
}

interface BrowserWindow {
  parent?: BrowserWindow | null;
  open?: (url: string, target: string) => { opener: unknown } | null;
  document?: { cookie?: string };
  location?: { href?: string };
  localStorage?: TokenStorage;
  sessionStorage?: TokenStorage;
  addEventListener?: (type: string, listener: () => void) => void;
  /** Set by the portal's sign-out before it navigates to the login page. */
  __redirectToLogin?: unknown;
  navigator?: { clipboard?: { writeText(text: string): Promise<void> } };
}

function currentWindow(): BrowserWindow | null {
  return typeof window === "undefined" ? null : (window as unknown as BrowserWindow);
}

/**
 * The portal page. The client runs plugins in a hidden same-origin iframe appended to the portal's
 * own body (ONLYOFFICE/DocSpace-client packages/client/src/store/PluginStore.ts initPlugins), so
 * its `parent` is the portal; `top` is not when the portal itself is embedded in another site
 * (JavaScript SDK), and a cross-origin `top` refuses open(), location and clipboard.
 */
function portalWindow(): BrowserWindow | null {
  const self = currentWindow();
  try {
    return self?.parent ?? self;
  } catch {
    return self;
  }
}

export function browserEnvironment(): Environment {
  return {
    cookie() {
      try {
        return currentWindow()?.document?.cookie ?? portalWindow()?.document?.cookie ?? "";
      } catch {
        return "";
      }
    },
    storage() {
      try {
        return currentWindow()?.localStorage ?? null;
      } catch {
        return null;
      }
    },
    sessionStorage() {
      try {
        return currentWindow()?.sessionStorage ?? null;
      } catch {
        return null;
      }
    },
    onSignOut(callback) {
      // The portal's sign-out sets window.__redirectToLogin before it calls the logout API and
      // leaves for the login page (ONLYOFFICE/DocSpace-client packages/shared/store/AuthStore.ts
      // logout); the plugin frame's pagehide then sees the flag on the portal window.
      try {
        currentWindow()?.addEventListener?.("pagehide", () => {
          try {
            if (portalWindow()?.__redirectToLogin === true) callback();
          } catch {
            // The portal window is gone or foreign: nothing to compare.
          }
        });
      } catch {
        // No window (tests, the host-contract sandbox).
      }
    },
    pageUrl() {
      try {
        return portalWindow()?.location?.href ?? null;
      } catch {
        return null;
      }
    },
    openTab(url) {
      try {
        const target = portalWindow();
        // Not "noopener": with it, open() returns null even on success and blocking goes unnoticed.
        const opened = target?.open?.(url, "_blank") ?? null;
        if (!opened) return false;
        try {
          opened.opener = null;
        } catch {
          // Cross-origin already; nothing to detach.
        }
        return true;
      } catch {
        return false;
      }
    },
    async copyText(text) {
      // The portal page has the focus; the hidden iframe's clipboard calls are refused.
      for (const candidate of [portalWindow(), currentWindow()]) {
        try {
          const clipboard = candidate?.navigator?.clipboard;
          if (clipboard) {
            await clipboard.writeText(text);
            return true;
          }
        } catch {
          // Try the next window, then give up: the link is shown instead.
        }
      }
      return false;
    },
    log(what, kind, detail) {
      try {
        console.warn(`[Send to Dropbox] ${what} failed (${kind}): ${detail}`);
      } catch {
        // Logging must never be the thing that throws.
      }
    },
  };
}
