// Bundled for Chromium by browser.test.ts: the unchanged core, in plugin mode (same origin,
// session cookie, Blob upload bodies), with the Dropbox emulator reached through the rewriting fetch.

import {
  blobBody,
  createDocSpaceClient,
  createTransferEngine,
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

(globalThis as unknown as { coreSpec: { run: typeof run } }).coreSpec = { run };
