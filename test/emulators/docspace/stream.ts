import { once } from "node:events";
import type { ServerResponse } from "node:http";

import type { Link } from "../shared/link";
import { contentChunks, type ContentRef } from "./content";

/**
 * Writes bytes [start, end] with backpressure, each piece across `link`; `dropAfter` destroys the
 * socket after that many bytes (a fault).
 */
export async function writeContent(
  res: ServerResponse,
  ref: ContentRef,
  start: number,
  end: number,
  link: Link,
  dropAfter?: number,
): Promise<void> {
  let sent = 0;
  // A client that goes away mid-body (a cancelled send) makes later writes fail; that is the
  // client's choice, not the emulator's failure, so the error is handled and the loop stops.
  res.on("error", () => undefined);
  const closed = once(res, "close").catch(() => undefined);
  for (const chunk of contentChunks(ref, start, end + 1)) {
    if (res.destroyed) return;
    if (dropAfter !== undefined && sent + chunk.length >= dropAfter) {
      res.write(chunk.subarray(0, dropAfter - sent));
      // Let the partial body reach the client before the connection dies.
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    sent += chunk.length;
    await link.carry(chunk.length);
    if (res.destroyed) return;
    if (!res.write(chunk)) await Promise.race([once(res, "drain").catch(() => undefined), closed]);
  }
  res.end();
}
