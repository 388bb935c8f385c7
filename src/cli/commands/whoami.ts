// `whoami`: who the API key signs in as and which Dropbox account the credentials reach, checked
// live, so a nightly job's setup can be verified before the first run.

import { createDocSpaceClient } from "../../core";
import type { WhoamiCommand } from "../args";
import { checkDocSpace, checkDropbox, type Context } from "../context";
import { CliError, EXIT_OK } from "../errors";
import { terminalText } from "../output";
import { cliOptions, docspaceSettings, dropboxSource } from "../settings";

type Side = { ok: true; lines: string[]; json: Record<string, unknown> } | { ok: false; error: CliError };

async function side(work: () => Promise<{ lines: string[]; json: Record<string, unknown> }>): Promise<Side> {
  try {
    return { ok: true, ...(await work()) };
  } catch (error) {
    if (error instanceof CliError) return { ok: false, error };
    throw error;
  }
}

export async function runWhoami(command: WhoamiCommand, context: Context): Promise<number> {
  const { env, out } = context;
  const transport = { allowInsecure: command.allowInsecure, warn: (text: string) => out.warn(text) };
  // Both sides are reported even when one fails, so one run shows everything to fix.
  const docspace = await side(async () => {
    const settings = docspaceSettings(env, command.portal, transport);
    const client = createDocSpaceClient(
      { kind: "api-key", portalUrl: settings.portalUrl, apiKey: settings.apiKey },
      cliOptions(env, transport),
    );
    const user = await checkDocSpace(client, settings.portalUrl);
    return {
      lines: [
        `DocSpace: ${user.displayName}${user.email ? ` <${user.email}>` : ""} on ${settings.portalUrl}`,
      ],
      json: {
        portal: settings.portalUrl,
        id: user.id,
        displayName: user.displayName,
        email: user.email ?? null,
      },
    };
  });
  const dropbox = await side(async () => {
    const source = await dropboxSource(env, command.config, (text) => out.warn(text));
    const { account } = await checkDropbox({ ...cliOptions(env, transport), store: source.store }, env);
    const from =
      source.origin === "environment"
        ? "credentials from the environment"
        : `credentials in ${source.origin}`;
    return {
      lines: [`Dropbox:  ${account.displayName} <${account.email}> (${account.accountId}), ${from}`],
      json: { ...account, credentials: source.origin },
    };
  });
  out.event({
    event: "whoami",
    docspace: docspace.ok
      ? docspace.json
      : { error: { kind: docspace.error.kind, message: docspace.error.message, hint: docspace.error.hint } },
    dropbox: dropbox.ok
      ? dropbox.json
      : { error: { kind: dropbox.error.kind, message: dropbox.error.message, hint: dropbox.error.hint } },
  });
  for (const result of [docspace, dropbox]) {
    // Each line holds names from DocSpace or Dropbox: no newline or control of theirs is kept.
    if (result.ok) out.print(result.lines.map((line) => terminalText(line)).join("\n"));
    else out.note(`error: ${result.error.message}\n  ${result.error.hint}`);
  }
  for (const result of [docspace, dropbox]) if (!result.ok) return result.error.exitCode;
  return EXIT_OK;
}
