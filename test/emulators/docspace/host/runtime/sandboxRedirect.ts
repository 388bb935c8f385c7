// Sandbox only (`npm start`): a person's own browser cannot resolve api.dropboxapi.com and friends
// to the local Dropbox emulator the way the e2e tests' Chromium does with --host-resolver-rules. So
// when the portal was started with `dropboxRedirect`, the host page rewrites the plugin's Dropbox
// calls to the emulator before any plugin script runs. The plugin bundle is unchanged and still
// names the real hosts; the e2e tests never use this.

const API_HOSTS = ["https://api.dropboxapi.com", "https://content.dropboxapi.com"];
/** The Dropbox SDK builds the authorize URL on dropbox.com; Dropbox's docs name www.dropbox.com. */
const WEB_HOSTS = ["https://www.dropbox.com", "https://dropbox.com"];

/** The emulator URL for a real Dropbox URL, or undefined when it is not one of the rewritten hosts. */
export function redirectDropboxUrl(url: string, emulator: string): string | undefined {
  const base = emulator.replace(/\/+$/, "");
  for (const host of API_HOSTS) {
    if (url === host || url.startsWith(`${host}/`)) return base + url.slice(host.length);
  }
  for (const host of WEB_HOSTS) {
    if (url.startsWith(`${host}/oauth2/authorize`)) return base + url.slice(host.length);
  }
  return undefined;
}

type FetchFn = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
type OpenFn = (url?: string | URL, target?: string, features?: string) => Window | null;

/** Patches `fetch` and `open` of the given windows (the plugin iframe and the portal page). */
export function installDropboxRedirect(windows: Window[], emulator: string): void {
  for (const win of windows) {
    const target = win as Window & { fetch: FetchFn; open: OpenFn };
    const originalFetch = target.fetch.bind(win);
    target.fetch = (input, init) => {
      if (typeof input === "string" || input instanceof URL) {
        const rewritten = redirectDropboxUrl(String(input), emulator);
        return originalFetch(rewritten ?? input, init);
      }
      const rewritten = redirectDropboxUrl(input.url, emulator);
      return originalFetch(rewritten ? new Request(rewritten, input) : input, init);
    };
    const originalOpen = target.open.bind(win);
    target.open = (url, name, features) => {
      const rewritten = url === undefined ? undefined : redirectDropboxUrl(String(url), emulator);
      return originalOpen(rewritten ?? url, name, features);
    };
  }
}
