import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";

import type { Clock } from "./clock";
import type { Faults } from "./faults";
import { send } from "./http";
import { extensionOf, mimeOf, type FileNode } from "./model";
import type { FileStore } from "./store";
import type { Link } from "../shared/link";
import { writeContent } from "./stream";
import type { TlsMaterial } from "./tls";
import { contentDisposition } from "./routes/filehandler";

const ONE_HOUR = 3_600_000;

function s3Error(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  cors: Record<string, string>,
): void {
  send(
    res,
    status,
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    {
      "Content-Type": "application/xml",
      ...cors,
    },
  );
}

/**
 * Cloud storage behind the file handler (ONLYOFFICE/DocSpace-server
 * products/ASC.Files/Core/HttpHandlers/FileHandler.ashx.cs DownloadFile): another origin serving presigned
 * URLs valid for one hour, S3-style. A request that also carries an Authorization header is
 * refused, as S3 refuses two auth mechanisms, so a client that forwards the portal credentials
 * across the redirect fails here as it would against real storage.
 */
export class CloudStorage {
  origin = "";
  private server: Server | undefined;

  constructor(
    private readonly store: FileStore,
    private readonly clock: Clock,
    private readonly faults: Faults,
    private readonly link: Link,
  ) {}

  private sign(fileId: string, version: number, issued: number): string {
    return createHmac("sha256", `s3:${this.store.seed}`)
      .update(`${fileId}\0${version}\0${issued}`)
      .digest("hex");
  }

  presign(file: FileNode): string {
    const issued = this.clock.now();
    const id = encodeURIComponent(String(file.id));
    const query = new URLSearchParams({
      "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
      "X-Amz-Date": String(issued),
      "X-Amz-Expires": "3600",
      "X-Amz-Signature": this.sign(String(file.id), file.version, issued),
      "response-content-disposition": contentDisposition(file.title),
    });
    return `${this.origin}/bucket/${id}/v${file.version}?${query.toString()}`;
  }

  async start(host: string, tls?: TlsMaterial): Promise<void> {
    const handler = (req: IncomingMessage, res: ServerResponse): void => {
      void this.handle(req, res).catch(() => res.destroy());
    };
    const server = tls ? createTlsServer({ key: tls.key, cert: tls.cert }, handler) : createServer(handler);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, host, () => resolve());
    });
    this.server = server;
    this.origin = `${tls ? "https" : "http"}://${host}:${(server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DocSpace configures no CORS on its bucket (nothing in ONLYOFFICE/DocSpace-server
    // common/ASC.Data.Storage/S3/S3Storage.cs); the least an admin must allow for the client's own
    // fetches of file-handler URLs (DocSpace-client packages/shared/components/media-viewer/MediaViewer.tsx,
    // default credentials) is GET from any origin. S3 then answers `*`, never allows credentials
    // (https://docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonResponseHeaders.html), and exposes
    // only the headers a rule lists: none here, so a browser reads no Content-Range or ETag.
    const cors: Record<string, string> = req.headers.origin ? { "Access-Control-Allow-Origin": "*" } : {};
    const method = (req.method ?? "GET").toUpperCase();
    if (method === "OPTIONS") {
      return send(res, 200, "", {
        ...cors,
        "Access-Control-Allow-Methods": "GET, HEAD",
        "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "*",
      });
    }
    const url = new URL(req.url ?? "/", this.origin);
    const m = url.pathname.match(/^\/bucket\/([^/]+)\/v(\d+)$/);
    const file = m ? this.store.file(decodeURIComponent(m[1] ?? "")) : undefined;
    if (!m || !file || Number(m[2]) !== file.version || (method !== "GET" && method !== "HEAD"))
      return s3Error(res, 404, "NoSuchKey", "The specified key does not exist.", cors);
    if (req.headers.authorization) {
      return s3Error(
        res,
        400,
        "InvalidArgument",
        "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified",
        cors,
      );
    }
    const issued = Number(url.searchParams.get("X-Amz-Date"));
    if (url.searchParams.get("X-Amz-Signature") !== this.sign(String(file.id), file.version, issued)) {
      return s3Error(
        res,
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided.",
        cors,
      );
    }
    if (this.clock.now() - issued > ONE_HOUR)
      return s3Error(res, 403, "AccessDenied", "Request has expired", cors);
    const fault = this.faults.take(method, url.pathname, String(file.id), ["status"]);
    if (fault?.type === "status")
      return send(res, fault.status, fault.body ?? "", {
        ...cors,
        ...(fault.retryAfterSeconds !== undefined ? { "Retry-After": String(fault.retryAfterSeconds) } : {}),
      });

    const size = file.size;
    let start = 0;
    let end = size - 1;
    let status = 200;
    const headers: Record<string, string> = {
      ...cors,
      "Content-Type": mimeOf(extensionOf(file.title)),
      "Content-Disposition":
        url.searchParams.get("response-content-disposition") ?? contentDisposition(file.title),
      ETag: `"${createHmac("md5", this.store.seed).update(file.contentKey).digest("hex")}"`,
      "Accept-Ranges": "bytes",
    };
    // S3 parses a-b, a- and suffix ranges; several ranges are ignored (whole object).
    const range = req.headers.range?.match(/^bytes=(\d*)-(\d*)$/);
    if (range && (range[1] || range[2])) {
      if (range[1]) {
        start = Number(range[1]);
        end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      } else {
        start = Math.max(0, size - Number(range[2]));
      }
      if (start >= size || end < start) {
        return s3Error(res, 416, "InvalidRange", "The requested range is not satisfiable", {
          ...cors,
          "Content-Range": `bytes */${size}`,
        });
      }
      status = 206;
      headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
    }
    const length = size === 0 ? 0 : end - start + 1;
    headers["Content-Length"] = String(length);
    res.writeHead(status, headers);
    if (method === "HEAD" || length === 0) {
      res.end();
      return;
    }
    const drop = this.faults.take(method, url.pathname, String(file.id), ["drop"]);
    await writeContent(
      res,
      { seed: this.store.seed, contentKey: file.contentKey, size },
      start,
      end,
      this.link,
      drop?.type === "drop" ? drop.afterBytes : undefined,
    );
  }
}
