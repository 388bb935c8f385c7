import type { IncomingMessage } from "node:http";
import type { Args } from "./args";
import type { AppConfig } from "./auth";
import type { StoredBlob } from "./blobs";
import type { Json, JsonObject } from "./errors";
import type { EmulatorState, View } from "./state";

export interface CallContext {
  route: string;
  state: EmulatorState;
  view: View;
  app: AppConfig;
  token: string;
  args: Args;
  req: IncomingMessage;
  /** Request body of upload-style routes. */
  body: AsyncIterable<Buffer>;
  /** Set by a request-phase `drop` fault. */
  dropAfter?: { bytes: number; drop: () => void };
}

export type RouteResult =
  { kind: "json"; value: Json } | { kind: "download"; blob: StoredBlob; result: JsonObject; rev: string };

export interface RouteDef {
  /** RPC on api.dropboxapi.com, upload/download on content.dropboxapi.com (the `style` attrs). */
  style: "rpc" | "upload" | "download";
  /** The route's `scope` attr; null when none is checked. */
  scope: string | null;
  /** Void argument: no body, or the JSON text `null`. */
  voidArg?: boolean;
  handle(ctx: CallContext): Promise<RouteResult>;
}

export const json = (value: Json): RouteResult => ({ kind: "json", value });
