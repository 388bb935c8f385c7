import { startDropboxEmulator } from "./index";

const USAGE =
  "usage: npm run emulator:dropbox -- [--port <p>] [--host <h>] [--https] [--data <dir>] [--page-size <n>] [--token-lifetime <s>] [--quiet]";

interface CliOptions {
  port: number;
  host: string;
  https: boolean;
  dataDir?: string;
  pageSize?: number;
  tokenLifetime?: number;
  quiet: boolean;
}

function parse(argv: readonly string[]): CliOptions {
  const options: CliOptions = { port: 0, host: "127.0.0.1", https: false, quiet: false };
  const number = (flag: string, value: string | undefined): number => {
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < 0)
      throw new Error(`${flag} expects a non-negative integer; got ${JSON.stringify(value)}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    switch (arg) {
      case "--port":
        options.port = number(arg, argv[++i]);
        break;
      case "--host":
        options.host = argv[++i] ?? options.host;
        break;
      case "--https":
        options.https = true;
        break;
      case "--data": {
        const dir = argv[++i];
        if (!dir) throw new Error(`--data expects a directory\n${USAGE}`);
        options.dataDir = dir;
        break;
      }
      case "--page-size":
        options.pageSize = number(arg, argv[++i]);
        break;
      case "--token-lifetime":
        options.tokenLifetime = number(arg, argv[++i]);
        break;
      case "--quiet":
        options.quiet = true;
        break;
      case "--help":
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${JSON.stringify(arg)}\n${USAGE}`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const emulator = await startDropboxEmulator({
    port: options.port,
    host: options.host,
    https: options.https,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.pageSize ? { listPageSize: options.pageSize } : {}),
    ...(options.tokenLifetime ? { accessTokenLifetimeSeconds: options.tokenLifetime } : {}),
    ...(options.quiet ? {} : { log: (line: string) => process.stderr.write(`${line}\n`) }),
  });
  process.stdout.write(`dropbox emulator listening on ${emulator.url}\n`);
  if (emulator.caPath) process.stdout.write(`ca ${emulator.caPath}\n`);
  process.stdout.write(`pid ${process.pid}\n`);
  process.stdout.write(`files ${emulator.url}/__emulator/\n`);
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    void emulator.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
