import { connect } from "node:net";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonRecord = { [key: string]: JsonValue };

export interface Envelope {
  response?: JsonValue;
  count: number;
  total?: number;
  links: { href: string; action: string }[];
  status: number;
  statusCode: number;
}

export async function getJson(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: JsonRecord; text: string; headers: Headers }> {
  const res = await fetch(url, { headers });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as JsonRecord) : {},
    text,
    headers: res.headers,
  };
}

export function bearer(key: string): Record<string, string> {
  return { Authorization: `Bearer ${key}` };
}

export function record(value: JsonValue | undefined): JsonRecord {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new Error(`not an object: ${JSON.stringify(value)}`);
  return value;
}

export function list(value: JsonValue | undefined): JsonValue[] {
  if (!Array.isArray(value)) throw new Error(`not an array: ${JSON.stringify(value)}`);
  return value;
}

/** True when a null appears anywhere (the portal omits nulls). */
export function containsNull(value: JsonValue): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.some(containsNull);
  if (typeof value === "object") return Object.values(value).some(containsNull);
  return false;
}

/**
 * Reads the raw response head over a socket, because HTTP clients trim header values and the
 * leading space of Content-Range is part of what we emulate.
 */
export function rawHead(url: string, headers: Record<string, string>): Promise<string> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(target.port), target.hostname, () => {
      const lines = [
        `GET ${target.pathname}${target.search} HTTP/1.1`,
        `Host: ${target.host}`,
        "Connection: close",
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ];
      socket.write(`${lines.join("\r\n")}\r\n\r\n`);
    });
    let data = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      data += chunk;
      const end = data.indexOf("\r\n\r\n");
      if (end >= 0) {
        socket.destroy();
        resolve(data.slice(0, end));
      }
    });
    socket.on("error", reject);
    socket.setTimeout(10_000, () => {
      socket.destroy();
      reject(new Error("raw head timeout"));
    });
  });
}
