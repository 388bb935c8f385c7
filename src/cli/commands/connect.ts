// `connect`: PKCE without a redirect (https://developers.dropbox.com/oauth-guide, "PKCE") — Dropbox shows a code on its own page,
// the user pastes it here. No app secret is involved, and the refresh token goes straight into a
// 0600 config file, never to the terminal.

import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import {
  completeDropboxAuthorization,
  getDropboxAccount,
  isTransferError,
  startDropboxAuthorization,
} from "../../core";
import type { ConnectCommand } from "../args";
import { configPath, fileCredentialStore, readConfig, writeConfig, type CliConfig } from "../config";
import type { Context } from "../context";
import { CliError, EXIT_OK, EXIT_USAGE, usageError } from "../errors";
import { hintFor } from "../messages";
import { terminalText } from "../output";
import { cliOptions, dropboxBase, ENV, rewriteDropboxUrl } from "../settings";

/** The first line on stdin, or undefined at end of input. */
export function readLine(input: Readable): Promise<string | undefined> {
  return new Promise((resolve) => {
    const lines = createInterface({ input, terminal: false });
    let answered = false;
    lines.once("line", (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once("close", () => {
      if (!answered) resolve(undefined);
    });
  });
}

export async function runConnect(command: ConnectCommand, context: Context): Promise<number> {
  const { env, out } = context;
  const appKey = (command.appKey ?? env[ENV.appKey])?.trim();
  if (!appKey) {
    throw usageError(
      `connect needs the key of your Dropbox app: pass --app-key <key> or set ${ENV.appKey} (App Console → your app → Settings → App key).`,
    );
  }
  const file = configPath(env, command.config);
  let existing: CliConfig | undefined;
  try {
    existing = await readConfig(file, (text) => out.warn(text));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    out.warn(`${error.message} It will be replaced.`);
  }
  const transport = { allowInsecure: command.allowInsecure, warn: (text: string) => out.warn(text) };
  const options = cliOptions(env, transport);
  const start = await startDropboxAuthorization({ appKey }, options);
  const url = rewriteDropboxUrl(start.url, dropboxBase(env, { ...transport, warn: () => undefined }));

  out.event({ event: "authorize", url });
  out.note(
    [
      "1. Open this address in a browser and sign in to Dropbox:",
      `   ${url}`,
      '2. Click "Allow" and copy the code Dropbox shows.',
      "3. Paste the code here and press Enter:",
    ].join("\n"),
  );
  const code = (await readLine(context.stdin))?.trim();
  if (!code) {
    throw new CliError(
      "No code was entered.",
      "Run `docspace-to-dropbox connect` again and paste the code Dropbox shows.",
      EXIT_USAGE,
      "usage",
    );
  }
  out.redactor.add(code);

  const store = fileCredentialStore(file, { ...(existing ?? {}), version: 1 });
  let connected: Awaited<ReturnType<typeof completeDropboxAuthorization>>;
  try {
    connected = await completeDropboxAuthorization(
      { appKey, code, codeVerifier: start.codeVerifier },
      store,
      options,
    );
  } catch (failure) {
    if (!isTransferError(failure)) throw failure;
    throw new CliError(
      `Dropbox did not accept the code: ${failure.message}`,
      "Codes work once and expire within minutes: run `docspace-to-dropbox connect` again and paste the new code right away.",
      EXIT_USAGE,
      "dropbox-auth",
    );
  }
  out.redactor.add(connected.credentials.accessToken);
  if (connected.credentials.kind === "refresh-token") out.redactor.add(connected.credentials.refreshToken);

  let account: { accountId: string; email: string; displayName: string };
  try {
    account = await getDropboxAccount({ ...options, store });
  } catch (failure) {
    const kind = isTransferError(failure) ? failure.kind : "unknown";
    throw new CliError(
      `Connected, but Dropbox would not describe the account: ${failure instanceof Error ? failure.message : String(failure)}`,
      hintFor(kind),
      EXIT_USAGE,
      "dropbox-auth",
    );
  }
  const saved = await store.load();
  await writeConfig(file, { version: 1, ...(saved ? { dropbox: saved } : {}), dropboxAccount: account });

  out.event({ event: "connected", ...account, config: file });
  out.print(
    `Connected to the Dropbox account of ${terminalText(account.displayName)} <${terminalText(account.email)}>.`,
  );
  out.print(`Credentials saved to ${file} (readable only by you).`);
  return EXIT_OK;
}
