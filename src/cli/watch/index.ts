// `watch <ids…>`: continuous archiving driven by DocSpace webhooks.
//
// A webhook is checked, journaled (append + fsync) and answered; one worker then carries out the
// journal's events in order, each through `export` itself (same naming, conflict policy, content
// hash check and sync record), and marks them done. The same worker runs the full sync over the
// watched ids at start and every --reconcile interval, so nothing missed is lost. Only one
// export runs at a time: two would race on the sync record and could both upload one file.

import { createServer, type Server } from "node:http";
import { dirname, join } from "node:path";
import { createDocSpaceClient, destinationPath, isTransferError } from "../../core";
import type { ExportCommand, WatchCommand } from "../args";
import { runExport } from "../commands/export";
import { configPath, type Env } from "../config";
import type { Context } from "../context";
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, messageOf } from "../errors";
import { Output, terminalText, type JsonEvent } from "../output";
import { docspaceSettings, ENV } from "../settings";
import { EXPORT_TRIGGERS, parseDelivery, readLimited, reply, signatureMatches } from "./endpoint";
import { Journal, type JournalEntry } from "./journal";

export const SECRET_ENV = "DOCSPACE_WEBHOOK_SECRET";
/** Kinds a retry cannot fix: the event is dropped with an error line instead of blocking the rest. */
const PERMANENT = new Set(["not-found", "no-download-permission", "too-large", "invalid-path"]);
const MAX_BACKOFF_MS = 60_000;
/**
 * The longest delay setTimeout holds: a longer one fires after 1 ms with a TimeoutOverflowWarning
 * (https://nodejs.org/api/timers.html#settimeoutcallback-delay-args). A longer --reconcile (30d)
 * is waited in steps of this size; the loop checks the reconcile time after each.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Health {
  lastSuccess: string | undefined;
  lastErrorKind: string | undefined;
  lastErrorAt: string | undefined;
  lastReconcile: string | undefined;
}

type Scope = { folders: string[] } | "out" | "unknown";

declare const shownBrand: unique symbol;
/** A line for people made by `shown`, the only kind `log` prints. */
type Shown = string & { readonly [shownBrand]: true };

/**
 * Titles, ids, triggers, keys and messages come from DocSpace, Dropbox or whoever can reach the
 * endpoint; a newline in one would print a status line of its own. Every interpolated value goes
 * through `terminalText` as `export` shows its data (export-view.ts `shown`), so only this
 * template's own text can break a line.
 */
function shown(text: TemplateStringsArray, ...values: unknown[]): Shown {
  // The brand is what lets the type checker refuse a line built any other way.
  return text.reduce((line, part, i) => line + terminalText(String(values[i - 1])) + part) as Shown;
}

function secretOf(env: Env): string {
  const secret = env[SECRET_ENV];
  if (!secret || secret.length < 8) {
    throw new CliError(
      `${SECRET_ENV} is not set${secret ? " (it is shorter than the 8 characters DocSpace requires)" : ""}.`,
      `Export ${SECRET_ENV} with the secret key of the webhook registered in DocSpace (Settings → Developer Tools → Webhooks).`,
      EXIT_USAGE,
      "config",
    );
  }
  return secret;
}

/** A Writer that keeps `export`'s JSON lines for the watcher to read. */
class Capture {
  text = "";
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  events(): JsonEvent[] {
    const out: JsonEvent[] = [];
    for (const line of this.text.split("\n")) {
      if (line.trim() === "") continue;
      try {
        out.push(JSON.parse(line) as JsonEvent);
      } catch {
        // Not a JSON line: ignore.
      }
    }
    return out;
  }
}

export async function runWatch(command: WatchCommand, context: Context): Promise<number> {
  const { env, out } = context;
  const secret = secretOf(env);
  out.redactor.add(secret);
  const settings = docspaceSettings(env, command.portal);
  const client = createDocSpaceClient({
    kind: "api-key",
    portalUrl: settings.portalUrl,
    apiKey: settings.apiKey,
  });
  const journalPath =
    command.journal ?? join(dirname(configPath(env, command.config)), "watch-journal.jsonl");
  const journal = await Journal.open(journalPath);
  const health: Health = {
    lastSuccess: undefined,
    lastErrorKind: undefined,
    lastErrorAt: undefined,
    lastReconcile: undefined,
  };
  const log = (event: JsonEvent, text: Shown): void => {
    if (out.json) out.event(event);
    else out.note(text);
  };
  let stopping = false;

  // --- scope: is a file under one of the watched ids? -------------------------------------------
  const watchedFiles = new Set(
    command.items
      .filter((item) => item.kind === "file" || item.kind === undefined)
      .map((item) => String(item.id)),
  );
  const watchedFolders = new Map(
    command.items.filter((item) => item.kind !== "file").map((item) => [String(item.id), item]),
  );
  /** Folder id → relative folders from the watched item (included), or "out". */
  const scopeCache = new Map<string, string[] | "out">();
  const folderPath = async (id: number | string): Promise<{ id: string; title: string }[] | undefined> => {
    try {
      const path = await client.getFolderPath(id, AbortSignal.timeout(10_000));
      return path.map((folder) => ({ id: String(folder.id), title: folder.title ?? "" }));
    } catch (error) {
      // Gone or not ours to read: outside the watched scope.
      if (isTransferError(error) && (error.kind === "not-found" || error.kind === "no-download-permission"))
        return undefined;
      throw error;
    }
  };
  const scopeOf = async (fileId: number | string, parentId: number | string | undefined): Promise<Scope> => {
    if (watchedFiles.has(String(fileId)) && (parentId === undefined || watchedFolders.size === 0))
      return { folders: [] };
    if (parentId === undefined) return watchedFiles.has(String(fileId)) ? { folders: [] } : "out";
    const cached = scopeCache.get(String(parentId));
    if (cached === "out") return watchedFiles.has(String(fileId)) ? { folders: [] } : "out";
    if (cached) return { folders: cached };
    let path: { id: string; title: string }[] | undefined;
    try {
      path = await folderPath(parentId);
    } catch {
      return "unknown";
    }
    const at = path ? path.findIndex((folder) => watchedFolders.has(folder.id)) : -1;
    if (!path || at < 0) {
      if (path) scopeCache.set(String(parentId), "out");
      return watchedFiles.has(String(fileId)) ? { folders: [] } : "out";
    }
    const folders = path.slice(at).map((folder) => folder.title);
    scopeCache.set(String(parentId), folders);
    return { folders };
  };

  // --- the worker ---------------------------------------------------------------------------
  let wake: (() => void) | undefined;
  const poke = (): void => {
    wake?.();
  };
  let reconcileDue = true;
  let failures = 0;
  /**
   * Events carried out whose "done" line the journal could not take (disk full, I/O error): the
   * next pass records them without exporting them again. After a restart they are exported again
   * and the content-hash check skips what Dropbox already holds.
   */
  const unrecorded = new Set<number>();

  const exportCommand = (items: ExportCommand["items"], to: string | undefined): ExportCommand => ({
    command: "export",
    json: true,
    config: command.config,
    items,
    portal: command.portal,
    to,
    conflict: command.conflict,
    link: false,
    concurrency: command.concurrency,
    dryRun: false,
    allowInsecure: command.allowInsecure,
    skipForbidden: false,
  });
  /** Runs `export` in-process and returns its JSON lines; a thrown error becomes an error line. */
  const exportNow = async (cmd: ExportCommand): Promise<{ code: number; events: JsonEvent[] }> => {
    const capture = new Capture();
    const quiet = new Output({ stdout: capture, stderr: { write: () => true } }, out.redactor, true);
    try {
      const code = await runExport(cmd, { env, out: quiet, stdin: context.stdin });
      return { code, events: capture.events() };
    } catch (error) {
      const kind = error instanceof CliError ? error.kind : isTransferError(error) ? error.kind : "unknown";
      return { code: 1, events: [...capture.events(), { event: "error", kind, message: messageOf(error) }] };
    }
  };
  const failed = (kind: string): void => {
    health.lastErrorKind = kind;
    health.lastErrorAt = new Date().toISOString();
  };

  const reconcile = async (): Promise<boolean> => {
    log({ event: "reconcile", status: "started" }, shown`Reconciling: syncing every watched id…`);
    const result = await exportNow(exportCommand(command.items, command.to));
    const summary = result.events.find((e) => e.event === "summary");
    const error = result.events.find((e) => e.event === "error");
    const fileFailure = result.events.find((e) => e.event === "file" && e.status === "failed");
    if (!summary || error) {
      failed(typeof error?.kind === "string" ? error.kind : "unknown");
      log(
        { event: "reconcile", status: "failed", kind: health.lastErrorKind, message: error?.message },
        shown`Reconcile failed: ${error?.message ?? "unknown error"}`,
      );
      return false;
    }
    health.lastReconcile = new Date().toISOString();
    health.lastSuccess = health.lastReconcile;
    if (fileFailure) failed(String((fileFailure.error as { kind?: unknown } | undefined)?.kind ?? "unknown"));
    log(
      {
        event: "reconcile",
        status: "done",
        transferred: summary.transferred,
        skipped: summary.skipped,
        failed: summary.failed,
      },
      shown`Reconciled: ${summary.transferred} copied, ${summary.skipped} already in Dropbox, ${summary.failed} failed.`,
    );
    return true;
  };

  /** Carries out every pending event; true when none is left for a retry. */
  const processPending = async (): Promise<boolean> => {
    const entries = journal.entries();
    if (entries.length === 0) return true;
    const finished: number[] = [];
    const byFile = new Map<string, JournalEntry[]>();
    for (const entry of entries) {
      if (unrecorded.has(entry.seq)) finished.push(entry.seq);
      else byFile.set(String(entry.fileId), [...(byFile.get(String(entry.fileId)) ?? []), entry]);
    }
    const finish = (list: JournalEntry[]): void => {
      for (const entry of list) finished.push(entry.seq);
    };
    const groups = new Map<string, { fileId: string; entries: JournalEntry[] }[]>();
    let retry = false;
    for (const [fileId, list] of byFile) {
      let file;
      try {
        file = await client.getFile(/^\d+$/u.test(fileId) ? Number(fileId) : fileId);
      } catch (error) {
        const kind = isTransferError(error) ? error.kind : "unknown";
        if (PERMANENT.has(kind)) {
          log(
            { event: "watch", status: "dropped", fileId, kind },
            shown`File ${fileId}: ${kind}; nothing to copy.`,
          );
          finish(list);
        } else {
          failed(kind);
          retry = true;
        }
        continue;
      }
      const scope = await scopeOf(file.id, file.folderId);
      if (scope === "unknown") {
        retry = true;
        continue;
      }
      if (scope === "out") {
        log(
          { event: "watch", status: "ignored", fileId, reason: "outside the watched ids" },
          shown`File ${fileId} is no longer under a watched id; ignored.`,
        );
        finish(list);
        continue;
      }
      const base = command.to ?? env[ENV.rootPath] ?? "";
      const folder =
        scope.folders.length === 0
          ? base
          : destinationPath(base, scope.folders, "x").path.replace(/\/x$/u, "");
      groups.set(folder, [...(groups.get(folder) ?? []), { fileId, entries: list }]);
    }
    for (const [folder, files] of groups) {
      const result = await exportNow(
        exportCommand(
          files.map((f) => ({
            kind: "file" as const,
            id: /^\d+$/u.test(f.fileId) ? Number(f.fileId) : f.fileId,
            text: `file:${f.fileId}`,
          })),
          folder,
        ),
      );
      const error = result.events.find((e) => e.event === "error");
      if (error) {
        failed(typeof error.kind === "string" ? error.kind : "unknown");
        retry = true;
        continue;
      }
      for (const f of files) {
        const line = result.events.find((e) => e.event === "file" && String(e.id) === f.fileId);
        const item = result.events.find((e) => e.event === "item" && e.item === `file:${f.fileId}`);
        const kind = String(((line?.error ?? item?.error) as { kind?: unknown } | undefined)?.kind ?? "");
        if (line && (line.status === "done" || line.status === "skipped")) {
          health.lastSuccess = new Date().toISOString();
          log(
            {
              event: "exported",
              status: line.status === "done" ? "copied" : "unchanged",
              fileId: f.fileId,
              dropboxPath: line.dropboxPath,
              contentHash: line.contentHash,
              events: f.entries.map((e) => e.key),
            },
            line.status === "done"
              ? shown`Copied: ${line.dropboxPath}`
              : shown`Already in Dropbox: ${line.dropboxPath}`,
          );
          finish(f.entries);
        } else if (PERMANENT.has(kind)) {
          log(
            { event: "watch", status: "dropped", fileId: f.fileId, kind },
            shown`File ${f.fileId}: ${kind}; not copied.`,
          );
          failed(kind);
          finish(f.entries);
        } else {
          failed(kind || "unknown");
          retry = true;
        }
      }
    }
    try {
      await journal.done(finished);
    } catch (error) {
      // Like a webhook the journal cannot take: said, and tried again (here with the backoff).
      const pending = new Set(journal.entries().map((entry) => entry.seq));
      for (const seq of finished) if (pending.has(seq)) unrecorded.add(seq);
      failed("journal");
      log(
        {
          event: "journal",
          status: "failed",
          kind: "journal",
          message: messageOf(error),
          events: finished.length,
        },
        shown`Could not write to the journal: ${messageOf(error)}. ${finished.length} events are carried out but not yet recorded as done; they will not be copied again.`,
      );
      return false;
    }
    for (const seq of finished) unrecorded.delete(seq);
    return !retry;
  };

  const worker = async (): Promise<void> => {
    let nextReconcile = Date.now() + command.reconcileMs;
    while (!stopping) {
      let ok = true;
      if (reconcileDue) {
        ok = await reconcile();
        if (ok) {
          reconcileDue = false;
          nextReconcile = Date.now() + command.reconcileMs;
        }
      }
      if (!stopping && ok) ok = await processPending();
      if (stopping) break;
      failures = ok ? 0 : failures + 1;
      const backoff = ok ? Infinity : Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - 1));
      if (!ok)
        log(
          { event: "retry", kind: health.lastErrorKind, inMs: backoff, journalDepth: journal.depth },
          shown`Will retry in ${Math.round(backoff / 1000)} s (${health.lastErrorKind}); ${journal.depth} events kept.`,
        );
      // Events that arrived during the export are carried out at once, not at the next webhook.
      const more = ok && journal.depth > 0;
      const wait = more ? 0 : Math.max(0, Math.min(backoff, nextReconcile - Date.now(), MAX_TIMER_MS));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        wake = () => {
          // New events do not cut a backoff short.
          if (ok || stopping) {
            clearTimeout(timer);
            resolve();
          }
        };
      });
      wake = undefined;
      if (Date.now() >= nextReconcile) reconcileDue = true;
    }
  };

  // --- the endpoint -----------------------------------------------------------------------------
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://watcher.invalid");
    const method = req.method ?? "GET";
    if (url.pathname === "/healthz" && (method === "GET" || method === "HEAD")) {
      reply(res, stopping ? 503 : 200, {
        status: stopping ? "stopping" : "ok",
        journalDepth: journal.depth,
        lastSuccess: health.lastSuccess ?? null,
        lastReconcile: health.lastReconcile ?? null,
        lastErrorKind: health.lastErrorKind ?? null,
        lastErrorAt: health.lastErrorAt ?? null,
      });
      return;
    }
    if (url.pathname !== command.path) return reply(res, 404, { error: "not-found" });
    // DocSpace checks the URL with a HEAD request when the webhook is saved (WebhooksController CheckWebhook).
    if (method === "HEAD") return reply(res, 200, {});
    if (method !== "POST") return reply(res, 405, { error: "method-not-allowed" });
    void (async () => {
      // 503 makes DocSpace retry later (WebhookSender retries any non-2xx).
      if (stopping) return reply(res, 503, { error: "stopping" });
      const body = await readLimited(req, command.maxBodyBytes);
      if (!body) {
        log(
          { event: "webhook", status: "rejected", reason: "too-large" },
          shown`Rejected a webhook: body too large.`,
        );
        res.setHeader("Connection", "close");
        return reply(res, 413, { error: "too-large" });
      }
      const signature = req.headers["x-docspace-signature-256"];
      if (!signatureMatches(secret, body, typeof signature === "string" ? signature : undefined)) {
        log(
          { event: "webhook", status: "rejected", reason: "signature" },
          shown`Rejected a webhook: missing or wrong signature.`,
        );
        return reply(res, 401, { error: "signature" });
      }
      const delivery = parseDelivery(body);
      if (!delivery) {
        log(
          { event: "webhook", status: "rejected", reason: "malformed" },
          shown`Rejected a webhook: not a DocSpace file event.`,
        );
        return reply(res, 400, { error: "malformed" });
      }
      // A 4xx would only make DocSpace retry 5 times, so events the watcher does not act on are
      // answered 200 and not journaled.
      if (!EXPORT_TRIGGERS.has(delivery.trigger)) {
        log(
          {
            event: "webhook",
            status: "ignored",
            trigger: delivery.trigger,
            fileId: delivery.fileId,
            reason: "trigger",
          },
          shown`Ignored ${delivery.trigger} for file ${delivery.fileId} (nothing is ever deleted in Dropbox).`,
        );
        return reply(res, 200, { status: "ignored" });
      }
      if (journal.has(delivery.key)) {
        log(
          { event: "webhook", status: "duplicate", key: delivery.key, fileId: delivery.fileId },
          shown`Duplicate delivery ${delivery.key}; already journaled.`,
        );
        return reply(res, 200, { status: "duplicate" });
      }
      const scope = await scopeOf(delivery.fileId, delivery.parentId);
      if (scope === "out") {
        log(
          {
            event: "webhook",
            status: "ignored",
            trigger: delivery.trigger,
            fileId: delivery.fileId,
            reason: "scope",
          },
          shown`Ignored ${delivery.trigger} for file ${delivery.fileId}: not under a watched id.`,
        );
        return reply(res, 200, { status: "ignored" });
      }
      await journal.append({
        key: delivery.key,
        trigger: delivery.trigger,
        fileId: delivery.fileId,
        title: delivery.title,
        at: Date.now(),
      });
      log(
        {
          event: "webhook",
          status: "accepted",
          key: delivery.key,
          trigger: delivery.trigger,
          fileId: delivery.fileId,
          journalDepth: journal.depth,
        },
        delivery.title
          ? shown`Accepted ${delivery.trigger} for ${delivery.title}.`
          : shown`Accepted ${delivery.trigger} for file ${delivery.fileId}.`,
      );
      reply(res, 200, { status: "accepted" });
      poke();
    })().catch((error: unknown) => {
      // The journal could not be written: 500 makes DocSpace deliver it again.
      failed("journal");
      log(
        {
          event: "webhook",
          status: "failed",
          kind: "journal",
          message: messageOf(error),
        },
        shown`Could not journal a webhook; DocSpace will retry it.`,
      );
      if (!res.headersSent) reply(res, 500, { error: "journal" });
    });
  });
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(command.listen.port, command.listen.host, () => resolve());
  }).catch((error: unknown) => {
    throw new CliError(
      `Cannot listen on ${command.listen.host}:${command.listen.port}: ${messageOf(error)}`,
      "Pick another --listen address or stop what uses it.",
      EXIT_USAGE,
      "usage",
    );
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : command.listen.port;
  const host = command.listen.host.includes(":") ? `[${command.listen.host}]` : command.listen.host;
  log(
    {
      event: "listening",
      url: `http://${host}:${port}${command.path}`,
      healthz: `http://${host}:${port}/healthz`,
      journal: journalPath,
      journalDepth: journal.depth,
    },
    shown`Listening on http://${host}:${port}${command.path} (journal ${journalPath}, ${journal.depth} pending).`,
  );

  // A failure the worker does not handle itself stops the watcher as SIGTERM does, then exits 1
  // so a service manager restarts it; the journal keeps what was not finished.
  let crash: { error: unknown } | undefined;
  let halt: (() => void) | undefined;
  const work = worker().catch((error: unknown) => {
    crash = { error };
    halt?.();
  });
  await new Promise<void>((resolve) => {
    halt = resolve;
    if (context.signal?.aborted) resolve();
    context.signal?.addEventListener("abort", () => resolve(), { once: true });
  });
  // Graceful stop: refuse new webhooks (503, DocSpace retries them), finish the export in
  // flight, keep everything else in the journal for the next start.
  stopping = true;
  poke();
  wake?.();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  await work;
  await journal.close();
  log(
    { event: "stopped", journalDepth: journal.depth },
    shown`Stopped; ${journal.depth} events kept in the journal.`,
  );
  if (crash) {
    throw new CliError(
      `The watcher stopped after an unexpected failure: ${messageOf(crash.error)}`,
      "Unfinished events are kept in the journal and carried out when it starts again.",
      EXIT_FAILED,
      "watch",
    );
  }
  return EXIT_OK;
}
