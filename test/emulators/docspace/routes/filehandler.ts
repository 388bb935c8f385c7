import { send, sendEmpty } from "../http";
import { verifyJwt } from "../jwt";
import { extensionOf, mimeOf, type FileNode } from "../model";
import type { RequestContext } from "../state";
import { writeContent } from "../stream";
import { verifyStreamAuth } from "./files";

/**
 * RFC 6266 header; the `filename*` form only when the name is not ASCII (ONLYOFFICE/DocSpace-server
 * common/ASC.Common/Utils/ContentDispositionUtil.cs GetHeaderValue).
 */
export function contentDisposition(title: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(title);
  const fallback = title.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "\\$&");
  return ascii
    ? `attachment; filename="${fallback}"`
    : `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(title).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * Only `bytes=a-b` and `bytes=a-` are parsed; suffix and multi-ranges are ignored (ONLYOFFICE/DocSpace-server
 * products/ASC.Files/Core/HttpHandlers/FileHandler.ashx.cs ProcessRangeHeader).
 */
function parseRange(header: string | undefined): { start: number; end: number | undefined } | undefined {
  const m = header?.match(/^bytes=(\d+)-(\d*)$/);
  if (!m) return undefined;
  return { start: Number(m[1]), end: m[2] ? Number(m[2]) : undefined };
}

function authorizedForStream(ctx: RequestContext, file: FileNode): boolean {
  const { config } = ctx.state;
  const token = ctx.url.searchParams.get("stream_auth");
  if (!token || !verifyStreamAuth(ctx.state, String(file.id), file.version, token)) return false;
  if (config.docServiceSecret === null) return true;
  // Not a public link: an unauthenticated request also needs the doc-service JWT (DocSpace-server
  // FileHandler.ashx.cs StreamFileAsync).
  const headerName = (config.docServiceHeader || "Authorization").toLowerCase();
  const value = ctx.req.headers[headerName];
  const jwt = typeof value === "string" && value.startsWith("Bearer ") ? value.slice(7) : undefined;
  return !!jwt && verifyJwt(jwt, config.docServiceSecret);
}

/**
 * `/filehandler.ashx?action=download|view|stream&fileid=…` (ONLYOFFICE/DocSpace-server
 * products/ASC.Files/Core/HttpHandlers/FileHandler.ashx.cs DownloadFile, StreamFile).
 */
export async function handleFileHandler(ctx: RequestContext): Promise<void> {
  const { store, faults } = ctx.state;
  const action = ctx.url.searchParams.get("action") ?? "";
  const fileId = ctx.url.searchParams.get("fileid") ?? "";
  if (!["download", "view", "stream"].includes(action))
    return send(ctx.res, 400, "<html><body>Invalid action</body></html>", { "Content-Type": "text/html" });
  const file = store.file(fileId);
  const version = ctx.url.searchParams.get("version");
  if (!file || (version !== null && Number(version) !== file.version)) return sendEmpty(ctx.res, 404);

  const user = ctx.auth.user;
  const allowed = user
    ? store.canDownload(user, file)
    : action === "stream" && authorizedForStream(ctx, file);
  if (!allowed) return sendEmpty(ctx.res, 403);

  // Cloud storage: download and view answer 302 to a presigned URL on the storage origin, valid 1 h
  // (DocSpace-server FileHandler.ashx.cs DownloadFile, GetPreSignedUriAsync(file, TimeSpan.FromHours(1), …));
  // stream serves the bytes itself, whatever the storage (StreamFileAsync: GetFileStreamAsync, then
  // SendStreamByChunksAsync).
  if (ctx.state.storage && action !== "stream")
    return send(ctx.res, 302, "", { Location: ctx.state.storage.presign(file) });

  // No ETag and so no 304: DownloadFile compares If-None-Match with an ETag whose header lines
  // are commented out (FileHandler.ashx.cs `//context.Response.Cache.SetETag(GetEtag(file))`),
  // built from .NET's per-process string hash, and StreamFileAsync has neither.

  const size = file.size;
  const range = faults.rangeSupport ? parseRange(ctx.req.headers.range) : undefined;
  let start = 0;
  let end = size - 1;
  let status = 200;
  const headers: Record<string, string> = {
    "Content-Type": mimeOf(extensionOf(file.title)),
    "Content-Disposition": contentDisposition(file.title),
  };
  if (faults.rangeSupport) headers["Accept-Ranges"] = "bytes";
  if (range) {
    const last = range.end === undefined ? size - 1 : Math.min(range.end, size - 1);
    if (range.start >= size || last < range.start) {
      // The 416 is caught and rewrapped as 400 text/html (FileHandler.ashx.cs DownloadFile,
      // catch HttpException).
      return send(ctx.res, 400, "<html><body>Requested Range Not Satisfiable</body></html>", {
        "Content-Type": "text/html; charset=utf-8",
      });
    }
    start = range.start;
    end = last;
    // A range that covers the whole file is answered as the whole file: 200, no Content-Range
    // (FileHandler.ashx.cs SendStreamByChunksAsync: 206 only `if (toRead != fullLength)`).
    if (end - start + 1 !== size) {
      status = 206;
      // Note the leading space in the value, as the portal sends it.
      headers["Content-Range"] = ` bytes ${start}-${end}/${size}`;
    }
  }
  const length = size === 0 ? 0 : end - start + 1;
  headers["Content-Length"] = String(length);
  ctx.res.writeHead(status, headers);
  if (ctx.method === "HEAD" || length === 0) {
    ctx.res.end();
    return;
  }
  const drop = faults.take(ctx.method, ctx.path, String(file.id), ["drop"]);
  await writeContent(
    ctx.res,
    { seed: store.seed, contentKey: file.contentKey, size },
    start,
    end,
    ctx.state.link,
    drop?.type === "drop" ? drop.afterBytes : undefined,
  );
}
