// Shared setup for the core's integration tests: both emulators on ephemeral ports, the DocSpace
// client in API-key mode, and Dropbox credentials issued by the emulator.

import {
  createDocSpaceClient,
  createTransferEngine,
  memoryCredentialStore,
  type CredentialStore,
  type TransferEngine,
  type TransferOptions,
} from "../../../src/core";
import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";
import {
  DEFAULT_APP_KEY,
  rewriteDropboxFetch,
  startDropboxEmulator,
  type DropboxEmulator,
} from "../../emulators/dropbox";

export interface Harness {
  docspace: DocSpaceEmulator;
  dropbox: DropboxEmulator;
  store: CredentialStore;
  engine(options?: TransferOptions): TransferEngine;
  /** Issues fresh credentials into `store` (after a test revoked them). */
  reconnect(): Promise<void>;
  close(): Promise<void>;
}

/** Fast retries: the emulators answer at once, and tests never assert timings. */
export const FAST_RETRIES: TransferOptions = { retryBaseDelayMs: 5, retryMaxDelayMs: 50, minRetryAfterMs: 1 };

export async function startHarness(options: { tokenLifetimeSeconds?: number } = {}): Promise<Harness> {
  const docspace = await startDocSpaceEmulator();
  const dropbox = await startDropboxEmulator(
    options.tokenLifetimeSeconds !== undefined
      ? { accessTokenLifetimeSeconds: options.tokenLifetimeSeconds }
      : {},
  );
  const store = memoryCredentialStore();
  const reconnect = async (): Promise<void> => {
    const tokens = dropbox.issueTokens({ tokenAccessType: "offline" });
    if (!tokens.refreshToken) throw new Error("the emulator issued no refresh token");
    await store.save({
      kind: "refresh-token",
      appKey: DEFAULT_APP_KEY,
      refreshToken: tokens.refreshToken,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: Date.now() + tokens.expiresIn * 1000,
    });
  };
  await reconnect();
  const fetch = rewriteDropboxFetch(dropbox.url);
  const client = createDocSpaceClient({
    kind: "api-key",
    portalUrl: docspace.url,
    apiKey: docspace.users.owner.apiKey,
  });
  return {
    docspace,
    dropbox,
    store,
    reconnect,
    engine: (transferOptions = {}) =>
      createTransferEngine({
        docspace: client,
        dropbox: { store },
        options: { ...FAST_RETRIES, fetch, ...transferOptions },
      }),
    close: async () => {
      await Promise.all([docspace.close(), dropbox.close()]);
    },
  };
}
