import { parseArgs } from "node:util";

import { startDocSpaceEmulator } from "./index";
import { USER_KINDS, isUserKind } from "./model";

const USAGE = `Usage: npm run emulator:docspace -- [--port <p>] [--host-version 3.6|4.0] [--storage disk|cloud] [--https] [--user <${USER_KINDS.join("|")}>] [--seed <s>] [--dropbox-redirect <dropbox emulator url> (sandbox only)]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
      "host-version": { type: "string", default: "3.6" },
      storage: { type: "string", default: "disk" },
      https: { type: "boolean", default: false },
      user: { type: "string" },
      seed: { type: "string" },
      "dropbox-redirect": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: expected 0–65535, got ${values.port}`);
  const hostVersion = values["host-version"];
  if (hostVersion !== "3.6" && hostVersion !== "4.0")
    throw new Error(`--host-version: expected 3.6 or 4.0, got ${hostVersion}`);
  const storage = values.storage;
  if (storage !== "disk" && storage !== "cloud")
    throw new Error(`--storage: expected disk or cloud, got ${storage}`);
  const user = values.user;
  if (user !== undefined && !isUserKind(user))
    throw new Error(`--user: expected one of ${USER_KINDS.join(", ")}, got ${user}`);

  const emulator = await startDocSpaceEmulator({
    port,
    host: values.host,
    hostVersion,
    storage,
    https: values.https,
    ...(values.seed ? { seed: values.seed } : {}),
    ...(values["dropbox-redirect"] ? { dropboxRedirect: values["dropbox-redirect"] } : {}),
  });
  if (emulator.caPem) console.log(`CA certificate (trust it to avoid warnings):\n${emulator.caPem}`);
  console.log(`docspace emulator listening on ${emulator.url}`);
  for (const kind of USER_KINDS) {
    const u = emulator.users[kind];
    console.log(`  ${kind.padEnd(13)} ${u.email} / ${u.password}  api key ${u.apiKey}`);
  }
  if (user) console.log(`sign in as ${user}: ${emulator.signInUrl(user)}`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exit(1);
});
