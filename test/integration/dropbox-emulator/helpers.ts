import { Dropbox, DropboxResponseError } from "dropbox";
import {
  rewriteDropboxFetch,
  startDropboxEmulator,
  type DropboxEmulator,
  type DropboxEmulatorOptions,
} from "../../emulators/dropbox/index";

export interface ErrorEnvelope {
  error_summary: string;
  error: Record<string, unknown>;
}

export interface CaughtError {
  status: number;
  headers: Headers;
  /** Parsed JSON envelope, or the plain-text body of a 400. */
  body: unknown;
}

/** Awaits a rejected SDK call and returns what DropboxResponseError carried. */
export async function sdkError(call: Promise<unknown>): Promise<CaughtError> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof DropboxResponseError)) throw error;
    const e = error as DropboxResponseError<unknown> & { headers: Headers };
    return { status: e.status, headers: e.headers, body: e.error };
  }
  throw new Error("expected the call to fail");
}

/** The body as a Stone error envelope; fails the test when it has another shape. */
export function envelope(caught: CaughtError): ErrorEnvelope {
  const b = caught.body;
  if (!b || typeof b !== "object" || typeof (b as { error_summary?: unknown }).error_summary !== "string") {
    throw new Error(`not an error envelope: ${JSON.stringify(b)}`);
  }
  const error = (b as { error?: unknown }).error;
  if (!error || typeof error !== "object") throw new Error(`envelope without error: ${JSON.stringify(b)}`);
  return {
    error_summary: (b as { error_summary: string }).error_summary,
    error: error as Record<string, unknown>,
  };
}

/** `{".tag":"path","path":{".tag":"not_found"}}` → "path/not_found" (follows nested or `reason` members). */
export function tagChain(error: unknown): string {
  const tags: string[] = [];
  let node: unknown = error;
  while (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    const t = record[".tag"];
    if (typeof t !== "string") break;
    tags.push(t);
    node = record[t] && typeof record[t] === "object" ? record[t] : record.reason;
  }
  return tags.join("/");
}

export async function startEmulator(options: DropboxEmulatorOptions = {}): Promise<DropboxEmulator> {
  return startDropboxEmulator({ port: 0, ...options });
}

/** Before each test of the file, a fresh emulator and an SDK client for it; after it, the emulator closes. */
export function emulatorForEachTest(use: (emulator: DropboxEmulator, dbx: Dropbox) => void): void {
  let current: DropboxEmulator | undefined;
  beforeEach(async () => {
    current = await startEmulator();
    use(current, sdk(current));
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
}

export function sdk(
  emulator: DropboxEmulator,
  options: { appKey?: string; scopes?: string[]; accessToken?: string } = {},
): Dropbox {
  const accessToken =
    options.accessToken ??
    emulator.issueTokens({
      ...(options.appKey ? { appKey: options.appKey } : {}),
      ...(options.scopes ? { scopes: options.scopes } : {}),
    }).accessToken;
  return new Dropbox({ accessToken, fetch: rewriteDropboxFetch(emulator.url) });
}

export const MiB = 1024 * 1024;

/** Deterministic bytes: byte i = (i * 31 + seed) mod 251. */
export function pattern(size: number, seed = 0, from = 0): Buffer {
  const out = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) out[i] = ((from + i) * 31 + seed) % 251;
  return out;
}
