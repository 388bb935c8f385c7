// The `--help` text: every command, option and environment variable, with the defaults.

import {
  DEFAULT_CONCURRENCY,
  DEFAULT_RECONCILE,
  DEFAULT_WEBHOOK_PATH,
  MAX_CONCURRENCY,
  type CommandName,
} from "./args";

const USAGE = `Usage:
  docspace-to-dropbox export <id>... --portal <url> [--to <folder>] [options]
  docspace-to-dropbox watch <id>... --portal <url> --listen <host:port> [--to <folder>] [options]
  docspace-to-dropbox connect [--app-key <key>]
  docspace-to-dropbox whoami --portal <url>
  docspace-to-dropbox help [command] | --help | --version`;

const EXPORT = `export <id>...
  Copies DocSpace files, folders and rooms to Dropbox, keeping the folder tree (a folder or
  room becomes a folder of the same name under --to). Ids are DocSpace ids, optionally
  prefixed: file:123, folder:456, room:100. A bare id is looked up as a file and as a folder;
  if both exist, the prefix is required.
  Running the same export again copies only what is new or changed: a file is skipped when
  Dropbox already holds it with the same content hash (recorded after each run in
  sync-state.json next to the config file, per destination folder, so exporting to another
  --to copies everything there once; without a record, a same-size file at the destination
  is downloaded and hashed, and skipped if equal).
  A name Dropbox refuses or cannot store faithfully (a backslash or control character, more
  than 255 characters, two names that become the same) is changed; the file's line says from
  what and why (JSON: renamedFrom and renameReasons).

  --portal <url>        DocSpace portal address (or DOCSPACE_PORTAL_URL).
  --to <folder>         Dropbox folder to export into, e.g. /Archive (default: DROPBOX_ROOT_PATH,
                        else the Dropbox root; for App-folder apps, the app's folder).
  --conflict keep|overwrite
                        When a different file already has the name: keep both (Dropbox adds
                        " (1)") or overwrite it. Default: keep, or DROPBOX_WRITE_MODE (add|overwrite).
  --link                Print a Dropbox shared link for every exported file (created, or the
                        existing one reused; also for files already in Dropbox).
  --concurrency <n>     Files transferred at once, 1-${MAX_CONCURRENCY} (default ${DEFAULT_CONCURRENCY}).
  --dry-run             Show what would be copied and skipped; change nothing.
  --skip-forbidden      A file or folder the API key's user may not download (the room forbids
                        downloads) is reported as skipped and does not make the run fail (exit 0),
                        for scheduled jobs over rooms that hold such files on purpose.
  --no-resume           Start every large file from its first byte. By default a file an
                        interrupted run (crash, Ctrl-C, lost network) left half uploaded continues
                        in its Dropbox upload session (kept 7 days) and only the missing chunks
                        are sent; state in transfers/ next to the config file.
  --allow-insecure      Accept an http:// --portal or DROPBOX_API_BASE_URL off this machine (the
                        API key or tokens then cross the network unencrypted), with a warning.
                        Without it such an address is refused (exit 2); loopback is always allowed.
  --json                One JSON object per line on stdout (events: plan, file, progress, item,
                        link, summary, warning, error). Also the default when stderr is not a terminal.
  --config <file>       Config file (default below).`;

const WATCH = `watch <id>...
  Keeps Dropbox up to date continuously: serves a webhook endpoint for DocSpace
  (Settings > Developer Tools > Webhooks, triggers file.created, file.uploaded, file.updated,
  file.moved) and copies every new or changed file under the ids within seconds, exactly as
  \`export\` would (same folders, names, --conflict and sync record). Each webhook is written
  to a journal (fsync) before it is answered, so a crash or restart loses nothing. At start and
  every --reconcile interval it runs the full sync over the ids, catching anything missed while
  it was down. Nothing is ever deleted or moved in Dropbox: a renamed or moved file is copied
  under its new name, the old copy stays.

  --listen <host:port>  Address to serve, e.g. 127.0.0.1:8080 (0.0.0.0:8080 for all interfaces).
  --path <path>         The webhook's path (default ${DEFAULT_WEBHOOK_PATH}); GET /healthz reports
                        the journal depth, last success and last error kind.
  --reconcile <time>    Full sync interval: 30m, 6h, 1d, 30d (default ${DEFAULT_RECONCILE}); any length,
                        at least 1s.
  --journal <file>      Journal file (default: watch-journal.jsonl next to the config file).
                        One journal and one config directory per watcher.
  --portal, --to, --conflict, --concurrency, --json, --config, --allow-insecure  As for export.
  SIGTERM or Ctrl-C: stop taking webhooks (DocSpace retries them), finish the copy in flight.`;

const CONNECT = `connect
  Connects a Dropbox account: prints an authorization address, you open it, click Allow
  and paste the code Dropbox shows. The refresh token is stored in the config file,
  created readable only by you (mode 600). No app secret is needed (PKCE).

  --app-key <key>       Your Dropbox app's key (or DROPBOX_APP_KEY). The app needs the
                        files.content.write, files.metadata.read, account_info.read and,
                        for --link, sharing.write permissions.
  --json, --config <file>, --allow-insecure  As for export.`;

const WHOAMI = `whoami
  Shows the DocSpace user the API key belongs to and the Dropbox account the credentials
  reach, checking both.

  --portal <url>, --json, --config <file>, --allow-insecure  As for export.`;

const ENVIRONMENT = `Environment:
  DOCSPACE_API_KEY              DocSpace API key (sk-...), required for export and whoami.
                                Create one in Settings > Developer Tools > API keys.
  DOCSPACE_PORTAL_URL           Portal address when --portal is not given.
  DOCSPACE_WEBHOOK_SECRET       The webhook's secret key, required for watch (8-50 characters,
                                the same value as in DocSpace's webhook settings).
  DROPBOX_OAUTH2_REFRESH_TOKEN  Dropbox refresh token (with DROPBOX_APP_KEY); takes precedence
                                over the config file. It must come from a PKCE flow such as
                                \`connect\` (an app secret is never used).
  DROPBOX_APP_KEY               The Dropbox app key for the refresh token and for \`connect\`.
  DROPBOX_APP_SECRET            Not used (PKCE needs no secret); never printed.
  DROPBOX_OAUTH2_TOKEN          A Dropbox access token, used when no refresh token is set
                                (neither DROPBOX_OAUTH2_REFRESH_TOKEN nor one in the config file;
                                if both are there, the refresh token is used, with a warning).
                                Short-lived tokens expire after 4 hours.
  DROPBOX_ROOT_PATH             Default for --to.
  DROPBOX_WRITE_MODE            Default for --conflict: add (= keep) or overwrite.
  XDG_CONFIG_HOME               The config file is $XDG_CONFIG_HOME/docspace-to-dropbox/config.json
                                (default ~/.config/docspace-to-dropbox/config.json).
  DROPBOX_API_BASE_URL          Testing aid: send every Dropbox request (api, content, and the
                                authorization page) to this origin, e.g. a local emulator.
                                Default: Dropbox's real hosts.`;

const OUTPUT = `Output and exit codes:
  On a terminal, progress bars and messages go to stderr; otherwise (or with --json) JSON
  lines go to stdout. API keys and tokens never appear in either.
  0  every file was copied or already in Dropbox (or, with --skip-forbidden, may not be downloaded)
  1  some files or ids failed (the others were copied; run again to retry only those), or
     DocSpace or Dropbox could not be reached or kept failing (run again later)
  2  usage or configuration error (bad option, a --portal that is not a DocSpace portal,
     missing or rejected key or token)`;

export function helpText(topic: CommandName | undefined): string {
  if (topic === "export") return `${EXPORT}\n\n${ENVIRONMENT}\n\n${OUTPUT}\n`;
  if (topic === "watch") return `${WATCH}\n\n${ENVIRONMENT}\n`;
  if (topic === "connect") return `${CONNECT}\n\n${ENVIRONMENT}\n`;
  if (topic === "whoami") return `${WHOAMI}\n\n${ENVIRONMENT}\n`;
  return `docspace-to-dropbox: copy ONLYOFFICE DocSpace files, folders and rooms to Dropbox.\n\n${USAGE}\n\nCommands:\n\n${EXPORT}\n\n${WATCH}\n\n${CONNECT}\n\n${WHOAMI}\n\n${ENVIRONMENT}\n\n${OUTPUT}\n`;
}
