// What every command gets: the environment, the streams, stdin for `connect`, and the output
// (with its secret scrubber). Passed in, never read from globals, so commands run in tests too.

import type { Readable } from "node:stream";
import {
  isTransferError,
  openDropboxSession,
  type DocSpaceClient,
  type DocSpaceUser,
  type DropboxAccount,
  type DropboxConnectOptions,
  type DropboxSession,
} from "../core";
import type { Env } from "./config";
import { CliError, EXIT_FAILED, EXIT_USAGE } from "./errors";
import { hintFor } from "./messages";
import type { Output } from "./output";

export interface Context {
  env: Env;
  out: Output;
  stdin: Readable;
  /** Set by main on SIGINT: the export stops and saves what it finished. */
  signal?: AbortSignal;
}

/**
 * Checks the API key once, up front: a bad key is a configuration error, not 1000 failed files.
 * Exit 2 only for what the caller must change (the key, --portal); a portal that is down, failing
 * or answering oddly is an outage, exit 1 like Dropbox's, so a scheduled job just runs again.
 */
export async function checkDocSpace(
  client: Pick<DocSpaceClient, "getCurrentUser">,
  portal: string,
): Promise<DocSpaceUser> {
  try {
    return await client.getCurrentUser();
  } catch (failure) {
    if (!isTransferError(failure)) throw failure;
    if (failure.kind === "docspace-signed-out" || failure.kind === "no-download-permission") {
      throw new CliError(
        `${portal} did not accept DOCSPACE_API_KEY (HTTP ${failure.context.status ?? "?"}).`,
        `${hintFor("docspace-signed-out")} The key must be the whole sk-… value and may lack the accounts.self:read permission.`,
        EXIT_USAGE,
        "docspace-auth",
      );
    }
    // Every DocSpace portal serves people/@self, so a 404 means --portal names something else.
    if (failure.kind === "not-found") {
      throw new CliError(
        `${portal} does not answer like a DocSpace portal (${failure.message})`,
        "Check --portal: it is the address you open in the browser, e.g. https://example.onlyoffice.com.",
        EXIT_USAGE,
        "docspace",
      );
    }
    if (failure.kind === "unknown") {
      throw new CliError(
        `${portal} gave an answer that is not DocSpace's (${failure.message})`,
        "Check --portal (the address you open in the browser, e.g. https://example.onlyoffice.com); if it is right, the portal may be failing: run it again later.",
        EXIT_FAILED,
        "docspace",
      );
    }
    throw new CliError(
      `Could not reach DocSpace at ${portal}: ${failure.message}`,
      failure.kind === "network" ? "Check --portal and the network, then run again." : hintFor(failure.kind),
      EXIT_FAILED,
      "docspace",
    );
  }
}

/**
 * Checks the Dropbox credentials once, up front (and refreshes the access token if needed); the
 * session it opens serves the rest of the command, renewing the token whenever it expires.
 */
export async function checkDropbox(
  options: DropboxConnectOptions,
  env: Env,
): Promise<{ account: DropboxAccount; session: DropboxSession }> {
  try {
    const session = await openDropboxSession(options);
    return { account: await session.account(), session };
  } catch (failure) {
    if (!isTransferError(failure)) throw failure;
    const config = ["not-connected", "dropbox-auth", "dropbox-permission"].includes(failure.kind);
    // django-storages users often hold a refresh token issued with the app secret, which only
    // refreshes with that secret; the CLI never uses one (PKCE), so say so.
    const secret =
      failure.kind === "dropbox-auth" && env.DROPBOX_APP_SECRET
        ? " DROPBOX_APP_SECRET is set but never used: a refresh token issued with the app secret cannot be refreshed here; run `docspace-to-dropbox connect` to get one that can."
        : "";
    throw new CliError(
      `${config ? "Dropbox refused the credentials" : "Could not reach Dropbox"}: ${failure.message}`,
      hintFor(failure.kind) + secret,
      config ? EXIT_USAGE : EXIT_FAILED,
      config ? "dropbox-auth" : "dropbox",
    );
  }
}
