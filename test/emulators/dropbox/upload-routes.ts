import { BodyAbortedError, PayloadTooLargeError, type Part, type StoredBlob } from "./blobs";
import { Args, contentHashArg } from "./args";
import { ContentHasher } from "../shared/content-hash";
import { endpointError, nested, rateLimited, tag, type ApiError, type JsonObject } from "./errors";
import { json, type CallContext, type RouteDef } from "./route-types";
import { assembleSession, isAligned, MAX_FILE_SIZE, Sessions, type Session } from "./sessions";
import { commitBlob, fileMetadata, newOpaque, type CommitArg, type EmulatorState, type View } from "./state";

/** Every upload-style request carries at most 150 MiB (files.stone `payload_too_large`). */
export const MAX_REQUEST_BYTES = 150 * 1024 * 1024;

export function parseCommit(args: Args): CommitArg {
  const path = args.string("path", { required: true, alias: "WritePathOrId" });
  const mode = args.union("mode", ["add", "overwrite", "update"], "add");
  let writeMode: CommitArg["mode"] = { kind: "add" };
  if (mode?.tag === "overwrite") writeMode = { kind: "overwrite" };
  if (mode?.tag === "update") {
    if (typeof mode.value !== "string" || !/^[0-9a-f]{9,}$/.test(mode.value))
      args.fail("mode", `'${String(mode.value)}' did not match pattern '[0-9a-f]+' (at least 9 characters)`);
    writeMode = { kind: "update", rev: mode.value };
  }
  const clientModified = args.timestamp("client_modified");
  args.boolean("mute", false);
  return {
    path,
    mode: writeMode,
    autorename: args.boolean("autorename", false),
    strictConflict: args.boolean("strict_conflict", false),
    ...(clientModified ? { clientModified } : {}),
  };
}

/** Receives the body; a body over the limit becomes the route's `payload_too_large`. */
async function receiveBody(
  ctx: CallContext,
  hashers: ContentHasher[],
  tooLarge: () => JsonObject,
): Promise<Part | undefined> {
  try {
    return await ctx.state.blobs.receive(ctx.body, {
      limit: MAX_REQUEST_BYTES,
      hashers,
      ...(ctx.dropAfter ? { dropAfter: ctx.dropAfter } : {}),
    });
  } catch (error) {
    if (error instanceof PayloadTooLargeError) throw endpointError(tooLarge());
    throw error;
  }
}

/**
 * The error for a request refused before its body is looked at, once that body is read and
 * discarded: the client sends the whole body before it reads the answer, so those bytes crossed
 * the wire and count as received. A client that lost an answer sends a piece again and is told
 * where the session stands (dropbox/dropbox-api-spec files.stone UploadSessionLookupError
 * incorrect_offset: "a previous request was received and processed successfully but the client
 * did not receive the response"); the re-sent bytes are real traffic, so the counter sees them.
 */
async function refused(ctx: CallContext, error: JsonObject): Promise<ApiError> {
  await ctx.state.blobs.discard(ctx.body);
  return endpointError(error);
}

const declaredLength = (ctx: CallContext): number => Number(ctx.req.headers["content-length"] ?? 0) || 0;

function checkHash(
  state: EmulatorState,
  expected: string | undefined,
  actual: ContentHasher,
  part: Part | undefined,
): void {
  if (expected !== undefined && expected !== actual.digest()) {
    if (part) void state.blobs.release([part]);
    throw endpointError(tag("content_hash_mismatch"));
  }
}

function commitFailure(reason: JsonObject, sessionId: string): JsonObject {
  // UploadWriteFailed is a struct member of UploadError, so it is flattened beside ".tag".
  return { ".tag": "path", reason, upload_session_id: sessionId };
}

const upload: RouteDef = {
  style: "upload",
  scope: "files.content.write",
  async handle(ctx) {
    const { state, view, args, route, app } = ctx;
    const commit = parseCommit(args);
    const expected = contentHashArg(args);
    const hasher = new ContentHasher();
    const part = await receiveBody(ctx, [hasher], () => tag("payload_too_large"));
    checkHash(state, expected, hasher, part);
    const blob: StoredBlob = { size: hasher.size, contentHash: hasher.digest(), parts: part ? [part] : [] };
    let result;
    try {
      result = await state.locks.run(state.account.namespaceId, () => {
        if (state.faults.take(route, "too_many_write_operations"))
          throw rateLimited("too_many_write_operations", 1);
        return commitBlob(state, view, route, commit, blob);
      });
    } catch (error) {
      void state.blobs.release(blob.parts);
      throw error;
    }
    if (!result.ok) {
      // The bytes stay in a session so the commit can be retried with upload_session/finish.
      const session = state.sessions.create("sequential", app.appKey);
      session.parts = blob.parts;
      session.offset = blob.size;
      session.hasher = hasher;
      throw endpointError(commitFailure(result.error, session.id));
    }
    return json(fileMetadata(result.node, view, false));
  },
};

const start: RouteDef = {
  style: "upload",
  scope: "files.content.write",
  async handle(ctx) {
    const { state, args, app } = ctx;
    const close = args.boolean("close", false);
    const type = args.union("session_type", ["sequential", "concurrent"]);
    const expected = contentHashArg(args);
    const concurrent = type?.tag === "concurrent";
    if (concurrent && close) throw await refused(ctx, tag("concurrent_session_close_not_allowed"));
    if (concurrent && declaredLength(ctx) > 0)
      throw await refused(ctx, tag("concurrent_session_data_not_allowed"));
    const request = new ContentHasher();
    const sessionHasher = new ContentHasher();
    const part = await receiveBody(ctx, [request, sessionHasher], () => tag("payload_too_large"));
    if (concurrent && part) {
      void state.blobs.release([part]);
      throw endpointError(tag("concurrent_session_data_not_allowed"));
    }
    checkHash(state, expected, request, part);
    const session = state.sessions.create(concurrent ? "concurrent" : "sequential", app.appKey);
    if (part) session.parts.push(part);
    session.offset = request.size;
    session.hasher = sessionHasher;
    session.closed = close;
    return json({ session_id: session.id });
  },
};

const startBatch: RouteDef = {
  style: "rpc",
  scope: "files.content.write",
  async handle({ state, args, app }) {
    const n = args.uint("num_sessions", { required: true, min: 1, max: 1000 }) ?? 1;
    const type = args.union("session_type", ["sequential", "concurrent"]);
    const ids = Array.from(
      { length: n },
      () => state.sessions.create(type?.tag === "concurrent" ? "concurrent" : "sequential", app.appKey).id,
    );
    return json({ session_ids: ids });
  },
};

function cursorOf(args: Args): { sessionId: string; offset: number } {
  const cursor = args.struct("cursor", true);
  return {
    sessionId: cursor.string("session_id", { required: true }),
    offset: cursor.uint("offset", { required: true }) ?? 0,
  };
}

const incorrectOffset = (correct: number): JsonObject => tag("incorrect_offset", { correct_offset: correct });

/**
 * Appends one request's bytes to a session, by the rules of UploadSessionLookupError.
 * `wrap` nests lookup errors (finish puts them under `lookup_failed`); `payload_too_large`
 * and `content_hash_mismatch` are top-level tags of both error unions.
 */
async function appendToSession(
  ctx: CallContext,
  session: Session,
  offset: number,
  close: boolean,
  expected: string | undefined,
  wrap: (e: JsonObject) => JsonObject,
): Promise<void> {
  const { state, route } = ctx;
  const fail = (e: JsonObject): never => {
    throw endpointError(wrap(e));
  };
  // Refusals decided before the body is read: the body is read (and counted) first.
  const refuse = async (e: JsonObject): Promise<ApiError> => refused(ctx, wrap(e));
  if (state.faults.take(route, "incorrect_offset"))
    throw await refuse(incorrectOffset(Sessions.received(session)));
  if (session.type === "sequential") {
    if (session.closed) {
      if (declaredLength(ctx) > 0 || route.endsWith("append_v2")) throw await refuse(tag("closed"));
      if (offset !== session.offset) throw await refuse(incorrectOffset(session.offset));
      return;
    }
    if (session.busy || offset !== session.offset) throw await refuse(incorrectOffset(session.offset));
    session.busy = true;
    try {
      const request = new ContentHasher();
      const running = session.hasher.copy();
      const part = await receiveBody(ctx, [request, running], () => tag("payload_too_large"));
      if (session.offset + request.size > MAX_FILE_SIZE) {
        if (part) void state.blobs.release([part]);
        fail(tag("too_large"));
      }
      checkHash(state, expected, request, part);
      if (part) session.parts.push(part);
      session.offset += request.size;
      session.hasher = running;
      if (close) session.closed = true;
    } finally {
      session.busy = false;
    }
    return;
  }
  // After the closing append only the gaps before it may still arrive (pieces travel in parallel).
  if (session.closed && (session.totalSize === undefined || offset >= session.totalSize || close))
    throw await refuse(tag("closed"));
  if (!isAligned(offset)) throw await refuse(tag("concurrent_session_invalid_offset"));
  const existing = session.pieces.get(offset);
  // A repeated piece (its first response was lost) reports where it ends, which clients read as success.
  if (existing) throw await refuse(incorrectOffset(offset + existing.length));
  const request = new ContentHasher();
  const part = await receiveBody(ctx, [request], () => tag("payload_too_large"));
  const release = (): void => void (part && state.blobs.release([part]));
  if (!close && !isAligned(request.size)) {
    release();
    fail(tag("concurrent_session_invalid_data_size"));
  }
  if (offset + request.size > MAX_FILE_SIZE) {
    release();
    fail(tag("too_large"));
  }
  checkHash(state, expected, request, part);
  const end = session.totalSize;
  if ((end !== undefined && offset + request.size > end) || session.pieces.has(offset)) {
    release();
    fail(
      end !== undefined && offset + request.size > end
        ? tag("closed")
        : incorrectOffset(offset + request.size),
    );
  }
  session.pieces.set(offset, {
    ...(part ? { part } : {}),
    length: request.size,
    digests: request.blockDigests(true),
  });
  if (close) {
    session.closed = true;
    session.totalSize = offset + request.size;
  }
}

const appendV2: RouteDef = {
  style: "upload",
  scope: "files.content.write",
  async handle(ctx) {
    const { state, args, app } = ctx;
    const { sessionId, offset } = cursorOf(args);
    const close = args.boolean("close", false);
    const expected = contentHashArg(args);
    const session = state.sessions.get(sessionId, app.appKey);
    if (!session) throw await refused(ctx, tag("not_found"));
    await appendToSession(ctx, session, offset, close, expected, (e) => e);
    return json(null);
  },
};

/** Checks a session is ready to commit at `offset`; returns its contents or the finish error. */
function readyToCommit(session: Session, offset: number, requireClosed: boolean): StoredBlob | JsonObject {
  if (session.type === "concurrent") {
    if (!session.closed) return tag("concurrent_session_not_closed");
    const blob = assembleSession(session);
    if (blob === "missing") return tag("concurrent_session_missing_data");
    if (offset !== blob.size) return nested("lookup_failed", incorrectOffset(blob.size));
    return blob;
  }
  if (requireClosed && !session.closed) return nested("lookup_failed", tag("not_closed"));
  if (offset !== session.offset) return nested("lookup_failed", incorrectOffset(session.offset));
  return assembleSession(session) as StoredBlob;
}

const isBlob = (v: StoredBlob | JsonObject): v is StoredBlob => "parts" in v && Array.isArray(v.parts);

function finishOne(
  state: EmulatorState,
  view: View,
  route: string,
  appKey: string,
  entry: { sessionId: string; offset: number; commit: CommitArg },
  requireClosed: boolean,
): JsonObject {
  const session = state.sessions.get(entry.sessionId, appKey);
  if (!session) return { ".tag": "failure", failure: nested("lookup_failed", tag("not_found")) };
  const ready = readyToCommit(session, entry.offset, requireClosed);
  if (!isBlob(ready)) return { ".tag": "failure", failure: ready };
  const result = commitBlob(state, view, route, entry.commit, ready);
  if (!result.ok) return { ".tag": "failure", failure: nested("path", result.error) };
  state.sessions.drop(session, false);
  return { ".tag": "success", ...fileMetadata(result.node, view, false) };
}

const finish: RouteDef = {
  style: "upload",
  scope: "files.content.write",
  async handle(ctx) {
    const { state, args, app, view, route } = ctx;
    const { sessionId, offset } = cursorOf(args);
    const commit = parseCommit(args.struct("commit", true));
    const expected = contentHashArg(args);
    const session = state.sessions.get(sessionId, app.appKey);
    if (!session) throw await refused(ctx, nested("lookup_failed", tag("not_found")));
    if (session.type === "concurrent") {
      if (declaredLength(ctx) > 0) throw await refused(ctx, tag("concurrent_session_data_not_allowed"));
      const part = await receiveBody(ctx, [new ContentHasher()], () => tag("payload_too_large"));
      if (part) {
        void state.blobs.release([part]);
        throw endpointError(tag("concurrent_session_data_not_allowed"));
      }
      if (state.faults.take(route, "incorrect_offset"))
        throw endpointError(nested("lookup_failed", incorrectOffset(Sessions.received(session))));
    } else {
      await appendToSession(ctx, session, offset, false, expected, (e) => nested("lookup_failed", e));
    }
    const entryOffset = session.type === "sequential" ? session.offset : offset;
    const entry = await state.locks.run(state.account.namespaceId, () => {
      if (state.faults.take(route, "too_many_write_operations"))
        throw rateLimited("too_many_write_operations", 1);
      return finishOne(state, view, route, app.appKey, { sessionId, offset: entryOffset, commit }, false);
    });
    if (entry[".tag"] === "failure") {
      const failure = entry.failure;
      throw endpointError(
        failure && typeof failure === "object" && !Array.isArray(failure) ? failure : tag("other"),
      );
    }
    const { [".tag"]: _tag, ...metadata } = entry;
    return json(metadata);
  },
};

function batchEntries(args: Args): Array<{ sessionId: string; offset: number; commit: CommitArg }> {
  return args.list("entries", { required: true, maxItems: 1000 }).map((e) => {
    const { sessionId, offset } = cursorOf(e);
    return { sessionId, offset, commit: parseCommit(e.struct("commit", true)) };
  });
}

/** Commits the whole batch under one namespace lock (finish_batch docs: one lock per batch). */
async function runBatch(ctx: CallContext): Promise<JsonObject> {
  const { state, view, app, route, args } = ctx;
  const entries = batchEntries(args);
  return state.locks.run(state.account.namespaceId, () => {
    if (state.faults.take(route, "too_many_write_operations"))
      throw rateLimited("too_many_write_operations", 1);
    return {
      entries: entries.map((e) =>
        state.faults.take(route, "entry_too_many_write_operations")
          ? { ".tag": "failure", failure: tag("too_many_write_operations") }
          : finishOne(state, view, route, app.appKey, e, true),
      ),
    };
  });
}

const finishBatchV2: RouteDef = {
  style: "rpc",
  scope: "files.content.write",
  async handle(ctx) {
    return json(await runBatch(ctx));
  },
};

const finishBatch: RouteDef = {
  style: "rpc",
  scope: "files.content.write",
  async handle(ctx) {
    const result = await runBatch(ctx);
    const id = `dbjid:${newOpaque(30)}`;
    ctx.state.jobs.set(id, result);
    return json({ ".tag": "async_job_id", async_job_id: id });
  },
};

const finishBatchCheck: RouteDef = {
  style: "rpc",
  scope: "files.content.write",
  async handle({ state, args }) {
    const id = args.string("async_job_id", { required: true });
    const result = state.jobs.get(id);
    if (!result) throw endpointError(tag("invalid_async_job_id"));
    // `complete` holds a struct, so its fields sit beside ".tag".
    return json({ ".tag": "complete", ...result });
  },
};

export const uploadRoutes: Record<string, RouteDef> = {
  "files/upload": upload,
  "files/upload_session/start": start,
  "files/upload_session/start_batch": startBatch,
  "files/upload_session/append_v2": appendV2,
  "files/upload_session/finish": finish,
  "files/upload_session/finish_batch_v2": finishBatchV2,
  "files/upload_session/finish_batch": finishBatch,
  "files/upload_session/finish_batch/check": finishBatchCheck,
};

export { BodyAbortedError };
