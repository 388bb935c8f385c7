// Bundled for Chromium by browser.test.ts: the unchanged core, in plugin mode (same origin,
// session cookie, Blob upload bodies), with the Dropbox emulator reached through the rewriting fetch.

import {
  blobBody,
  completeDropboxAuthorization,
  createDocSpaceClient,
  createTransferEngine,
  failureKind,
  getDropboxAccount,
  memoryCredentialStore,
  type DropboxCredentials,
  type ExportItem,
  type TransferOptions,
} from "../../../../src/core";
import { rewriteDropboxFetch } from "../../../emulators/dropbox/fetch";
import { summarize, type ExportSummary } from "../summary";

export interface BrowserRun {
  dropboxUrl: string;
  credentials: DropboxCredentials;
  items: ExportItem[];
  options: TransferOptions;
}

async function run(input: BrowserRun): Promise<ExportSummary> {
  const docspace = createDocSpaceClient({
    kind: "plugin",
    origin: location.origin,
    proxy: "",
    prefix: "api/2.0",
  });
  const engine = createTransferEngine({
    docspace,
    dropbox: { store: memoryCredentialStore(input.credentials) },
    options: {
      ...input.options,
      fetch: rewriteDropboxFetch(input.dropboxUrl),
      // As the plugin does: Blob bodies, so uploads never block the main thread.
      uploadBody: blobBody,
    },
  });
  return summarize(await engine.exportItems({ items: input.items }));
}

export interface TokenRun {
  dropboxUrl: string;
  options: TransferOptions;
  /** Credentials whose access token must be renewed before the call. */
  credentials: DropboxCredentials;
  appKey: string;
  code: string;
  verifier: string;
}

/** A token renewal and a code exchange, as the plugin does them; resolves with each one's error kind. */
async function tokens(input: TokenRun): Promise<{ refresh: string; exchange: string }> {
  const options = { ...input.options, fetch: rewriteDropboxFetch(input.dropboxUrl) };
  const outcome = (promise: Promise<unknown>): Promise<string> =>
    promise.then(
      () => "ok",
      (error: unknown) => failureKind(error),
    );
  return {
    refresh: await outcome(
      getDropboxAccount({ ...options, store: memoryCredentialStore(input.credentials) }),
    ),
    exchange: await outcome(
      completeDropboxAuthorization(
        { appKey: input.appKey, code: input.code, codeVerifier: input.verifier },
        memoryCredentialStore(),
        options,
      ),
    ),
  };
}

(globalThis as unknown as { coreSpec: { run: typeof run; tokens: typeof tokens } }).coreSpec = {
  run,
  tokens,
};
