/**
 * The hosts the SDK talks to (dropbox/dropbox-sdk-js src/utils.js baseApiUrl, OAuth2AuthorizationUrl,
 * OAuth2TokenUrl; src/constants.js), all served by the emulator's one origin.
 */
const DROPBOX_ORIGINS = [
  "https://api.dropboxapi.com",
  "https://content.dropboxapi.com",
  "https://www.dropbox.com",
  "https://dropbox.com",
];

/** Rewrites a Dropbox URL to the emulator; other URLs pass unchanged. */
export function rewriteDropboxUrl(url: string, emulatorUrl: string): string {
  const base = emulatorUrl.replace(/\/+$/, "");
  for (const origin of DROPBOX_ORIGINS) {
    if (url === origin || url.startsWith(`${origin}/`) || url.startsWith(`${origin}?`))
      return base + url.slice(origin.length);
  }
  return url;
}

/**
 * A `fetch` for `new Dropbox({ fetch })` / `new DropboxAuth({ fetch })` that sends the
 * SDK's https://api.dropboxapi.com, content.dropboxapi.com and www.dropbox.com calls to the
 * emulator, which serves the same paths on one origin.
 */
export function rewriteDropboxFetch(emulatorUrl: string, base: typeof fetch = fetch): typeof fetch {
  const rewritten = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (typeof input === "string" || input instanceof URL)
      return base(rewriteDropboxUrl(String(input), emulatorUrl), init);
    const target = rewriteDropboxUrl(input.url, emulatorUrl);
    return base(target === input.url ? input : new Request(target, input), init);
  };
  return rewritten as typeof fetch;
}
