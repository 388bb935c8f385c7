// The webhook endpoint: checks DocSpace's signature over the raw body in constant time, reads only
// what the watcher needs from the body, and answers HEAD (DocSpace's check when the webhook is
// saved) and GET /healthz.

import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * DocSpace signs `sha256=` + upper-case hex HMAC-SHA256 of the UTF-8 body, keyed by the webhook's
 * secret (ONLYOFFICE/DocSpace-server web/ASC.Web.Studio/WebHooks/WebhookSender.cs GetSecretHash).
 * Hex case is not significant; anything but 64 hex digits is refused before any comparison.
 */
export function signatureMatches(secret: string, body: Buffer, header: string | undefined): boolean {
  const match = /^sha256=([0-9a-fA-F]{64})$/u.exec(header?.trim() ?? "");
  if (!match?.[1]) return false;
  const expected = createHmac("sha256", Buffer.from(secret, "utf8")).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(match[1], "hex"));
}

/** The file triggers that can put new bytes or a new name under a watched item. */
export const EXPORT_TRIGGERS = new Set([
  "file.created",
  "file.uploaded",
  "file.updated",
  "file.moved",
  "file.copied",
  "file.restored",
]);

export interface Delivery {
  key: string;
  trigger: string;
  fileId: number | string;
  parentId: number | string | undefined;
  title: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is number | string {
  return (
    (typeof value === "number" && Number.isSafeInteger(value)) || (typeof value === "string" && value !== "")
  );
}

/**
 * `{event:{id,trigger,…}, payload:<File entry>, webhook:{id,…}}` (ONLYOFFICE/DocSpace-server
 * common/ASC.Webhooks.Core/WebhookPayload.cs; the payload is the `File<T>` entry, whose name is
 * `pureTitle`, products/ASC.Files/Core/Core/Entries/File.cs). Undefined when the shape is wrong.
 */
export function parseDelivery(body: Buffer): Delivery | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isRecord(value.event) || !isRecord(value.payload) || !isRecord(value.webhook))
    return undefined;
  const { event, payload, webhook } = value;
  if (!isId(event.id) || typeof event.trigger !== "string" || !isId(webhook.id) || !isId(payload.id))
    return undefined;
  const parent = payload.parentId ?? payload.folderIdDisplay;
  const title =
    typeof payload.pureTitle === "string"
      ? payload.pureTitle
      : typeof payload.title === "string"
        ? payload.title
        : "";
  return {
    key: `${String(webhook.id)}:${String(event.id)}`,
    trigger: event.trigger,
    fileId: payload.id,
    parentId: isId(parent) ? parent : undefined,
    title,
  };
}

/** Reads at most `limit` bytes; undefined when the body is larger. */
export async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(text)),
    "Cache-Control": "no-store",
  });
  res.end(text);
}
