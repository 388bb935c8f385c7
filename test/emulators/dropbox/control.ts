import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppConfig, TokenAccessType } from "./auth";
import type { FaultSpec } from "./faults";
import { escapeHtml, page } from "./html";
import type { LockContention } from "./locks";
import { readText } from "./server";
import type { DropboxEmulator } from "./emulator";

/** Everything under this prefix is the emulator's own API, never Dropbox's. */
export const CONTROL_PREFIX = "/__emulator";

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value ?? null);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    "Access-Control-Allow-Origin": "*",
  });
  res.end(text);
}

function formatSize(n: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} B` : `${v.toFixed(1)} ${units[u]}`;
}

function listingPage(emulator: DropboxEmulator): string {
  const rows = emulator
    .entries()
    .map(
      (e) =>
        `<tr><td>${e.kind === "folder" ? "📁" : "📄"} <a href="${CONTROL_PREFIX}/files/content?path=${encodeURIComponent(e.path)}">${escapeHtml(e.pathDisplay)}</a></td>` +
        `<td class="num">${e.kind === "file" ? formatSize(e.size) : ""}</td><td class="num">${e.kind === "file" ? e.size : ""}</td>` +
        `<td><code>${e.kind === "file" ? e.contentHash : ""}</code></td><td><code>${e.kind === "file" ? e.rev : ""}</code></td></tr>`,
    )
    .join("");
  const files = emulator.files();
  const used = emulator.usedBytes;
  const full = used >= emulator.quotaBytes;
  const names = new Map(emulator.apps().map((a) => [a.appKey, a]));
  const connections = emulator
    .connections()
    .map(({ appKey, tokens }) => {
      const app = names.get(appKey);
      const kind = app?.accessType === "app_folder" ? "App folder" : "Full Dropbox";
      return (
        `<li data-testid="connection" data-app-key="${escapeHtml(appKey)}"><span><strong>${escapeHtml(app?.name ?? appKey)}</strong> ` +
        `<code>${escapeHtml(appKey)}</code> · ${kind} · ${tokens} grant(s)</span>` +
        `<form method="post" action="${CONTROL_PREFIX}/ui/revoke"><input type="hidden" name="appKey" value="${escapeHtml(appKey)}">` +
        `<button type="submit" data-testid="revoke">Disconnect</button></form></li>`
      );
    })
    .join("");
  return page(
    "Dropbox emulator",
    `<h1>Emulated Dropbox</h1>
<p data-testid="usage">${files.length} file(s), ${formatSize(used)} used of ${formatSize(emulator.quotaBytes)}${full ? " — <strong>full</strong>" : ""}. Open upload sessions: ${emulator.openSessions()}.</p>
<section class="panel"><h2>Try the failure paths</h2>
<form method="post" action="${CONTROL_PREFIX}/ui/${full ? "restore-quota" : "fill-quota"}">
<button type="submit" data-testid="${full ? "restore-quota" : "fill-quota"}">${full ? `Restore the quota (${formatSize(emulator.initialQuotaBytes)})` : "Fill the quota"}</button>
<span class="hint">${full ? "Uploads work again." : "The next upload fails with insufficient_space, as a full Dropbox answers."}</span></form>
<h3>Connected apps</h3>
${connections ? `<ul class="connections">${connections}</ul><p class="hint">Disconnect revokes every token of that app: the plugin's next call gets invalid_access_token and it asks to connect again.</p>` : `<p class="hint" data-testid="no-connections">No app is connected.</p>`}
</section>
<table id="files"><thead><tr><th>Path</th><th>Size</th><th>Bytes</th><th>content_hash</th><th>rev</th></tr></thead><tbody>${rows}</tbody></table>
<p>JSON: <a href="${CONTROL_PREFIX}/files">${CONTROL_PREFIX}/files</a> · <a href="${CONTROL_PREFIX}/state">${CONTROL_PREFIX}/state</a></p>`,
  );
}

/** After a page form: back to the listing (303 turns the POST into a GET). */
function backToPage(res: ServerResponse): void {
  res.writeHead(303, { Location: `${CONTROL_PREFIX}/`, "Content-Length": 0 });
  res.end();
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readText(req, 1024 * 1024);
  if (!text.trim()) return {};
  const value: unknown = JSON.parse(text);
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new TypeError("expected a JSON object");
  return value as Record<string, unknown>;
}

/**
 * The control API (JSON; loopback only, never on the real service):
 * GET  /__emulator/                 HTML listing of the emulated Dropbox
 * GET  /__emulator/state            quota, contention, faults, sessions, apps, calls
 * GET  /__emulator/files            [{path, pathDisplay, size, contentHash, rev, id}]
 * GET  /__emulator/files/content?path=/a.txt   raw bytes
 * GET|POST|DELETE /__emulator/faults   list / add (FaultSpec) / clear
 * POST /__emulator/quota            {bytes}
 * POST /__emulator/lock-contention  {enabled, maxConcurrentCommits?, holdMs?, retryAfterSeconds?}
 * POST /__emulator/tokens           {appKey, scopes?, tokenAccessType?, expiresIn?} → issued tokens
 * POST /__emulator/tokens/expire    expire every live access token
 * POST /__emulator/tokens/revoke-all
 * POST /__emulator/apps             AppConfig
 * POST /__emulator/clock            {advanceSeconds}
 * GET|DELETE /__emulator/calls      per-route call counts / reset
 * POST /__emulator/reset            wipe files, sessions, links, faults and counts
 * POST /__emulator/ui/revoke        form appKey=…: disconnect that app (all its tokens revoked) → 303
 * POST /__emulator/ui/fill-quota    quota := bytes used, so the next upload is refused → 303
 * POST /__emulator/ui/restore-quota quota back to the starting one → 303
 */
export async function handleControl(
  emulator: DropboxEmulator,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const path = url.pathname.slice(CONTROL_PREFIX.length).replace(/\/+$/, "") || "/";
  const method = req.method ?? "GET";
  if (method === "OPTIONS") {
    res.writeHead(204, {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
      "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "content-type",
    });
    res.end();
    return;
  }
  try {
    const key = `${method} ${path}`;
    switch (key) {
      case "GET /": {
        const html = listingPage(emulator);
        res.writeHead(200, {
          "Content-Type": "text/html; charset=utf-8",
          "Content-Length": Buffer.byteLength(html),
        });
        res.end(html);
        return;
      }
      // The page's buttons: plain form posts, so they work without script.
      case "POST /ui/revoke": {
        const form = new URLSearchParams(await readText(req, 64 * 1024));
        emulator.revokeApp(form.get("appKey") ?? "");
        return backToPage(res);
      }
      case "POST /ui/fill-quota":
        // Full: the quota is what is stored now, so any further byte is refused.
        emulator.quotaBytes = emulator.usedBytes;
        return backToPage(res);
      case "POST /ui/restore-quota":
        emulator.quotaBytes = emulator.initialQuotaBytes;
        return backToPage(res);
      case "GET /state":
        return sendJson(res, 200, emulator.describe());
      case "GET /files":
        return sendJson(res, 200, emulator.files());
      case "GET /files/content": {
        const data = await emulator.readFile(url.searchParams.get("path") ?? "");
        res.writeHead(200, {
          "Content-Type": "application/octet-stream",
          "Content-Length": data.byteLength,
          "Access-Control-Allow-Origin": "*",
        });
        res.end(data);
        return;
      }
      case "GET /faults":
        return sendJson(res, 200, emulator.faults.list());
      case "POST /faults":
        return sendJson(res, 200, emulator.faults.add((await body(req)) as unknown as FaultSpec));
      case "DELETE /faults":
        emulator.faults.clear();
        return sendJson(res, 200, null);
      case "POST /quota": {
        const b = await body(req);
        if (typeof b.bytes !== "number" || b.bytes < 0)
          throw new TypeError("quota needs {bytes: non-negative number}");
        emulator.quotaBytes = b.bytes;
        return sendJson(res, 200, { quotaBytes: emulator.quotaBytes });
      }
      case "POST /lock-contention":
        emulator.setLockContention((await body(req)) as Partial<LockContention>);
        return sendJson(res, 200, emulator.lockContention);
      case "POST /tokens": {
        const b = await body(req);
        if (typeof b.appKey !== "string") throw new TypeError("tokens needs {appKey}");
        return sendJson(
          res,
          200,
          emulator.issueTokens({
            appKey: b.appKey,
            ...(Array.isArray(b.scopes) ? { scopes: b.scopes.map(String) } : {}),
            ...(b.tokenAccessType === "online" || b.tokenAccessType === "offline"
              ? { tokenAccessType: b.tokenAccessType as TokenAccessType }
              : {}),
            ...(typeof b.expiresIn === "number" ? { expiresIn: b.expiresIn } : {}),
          }),
        );
      }
      case "POST /tokens/expire":
        return sendJson(res, 200, { expired: emulator.expireAccessTokens() });
      case "POST /tokens/revoke-all":
        emulator.revokeAll();
        return sendJson(res, 200, null);
      case "POST /apps":
        return sendJson(res, 200, emulator.registerApp((await body(req)) as unknown as AppConfig));
      case "POST /clock": {
        const b = await body(req);
        if (typeof b.advanceSeconds !== "number") throw new TypeError("clock needs {advanceSeconds}");
        emulator.advanceClock(b.advanceSeconds * 1000);
        return sendJson(res, 200, { now: emulator.now() });
      }
      case "GET /calls":
        return sendJson(res, 200, emulator.calls());
      case "DELETE /calls":
        emulator.resetCalls();
        return sendJson(res, 200, null);
      case "POST /reset":
        await emulator.reset();
        return sendJson(res, 200, null);
      default:
        return sendJson(res, 404, { error: `unknown control endpoint ${key}` });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return sendJson(res, /^ENOENT|not found/i.test(message) ? 404 : 400, { error: message });
  }
}
