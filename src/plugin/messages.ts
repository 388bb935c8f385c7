// One table from every failure the user can meet to the message that tells them what to do next:
// the transfer core's kinds plus the states only the plugin knows. No catch-all text: an
// unclassified failure is the "unknown" kind, whose message says where the details are.
import { failureKind, TRANSFER_ERROR_KINDS, type FileRenameReason, type TransferErrorKind } from "./transfer";
import type { MessageKey, Translate } from "./i18n";
import type { ConnectionMode } from "./settings/codec";

/** States the plugin detects before the core runs. */
export const PLUGIN_PROBLEMS = ["not-configured", "not-allowed"] as const;
export type PluginProblem = (typeof PLUGIN_PROBLEMS)[number];
export type ProblemKind = TransferErrorKind | PluginProblem;
export const PROBLEM_KINDS: readonly ProblemKind[] = [...TRANSFER_ERROR_KINDS, ...PLUGIN_PROBLEMS];

export const PROBLEM_MESSAGES = {
  "not-connected": "error.notConnected",
  "dropbox-auth": "error.dropboxAuth",
  "dropbox-permission": "error.dropboxPermission",
  "insufficient-space": "error.insufficientSpace",
  "too-large": "error.tooLarge",
  "invalid-path": "error.invalidPath",
  conflict: "error.conflict",
  "not-found": "error.notFound",
  "no-download-permission": "error.noDownloadPermission",
  "docspace-signed-out": "error.docspaceSignedOut",
  "rate-limited": "error.rateLimited",
  network: "error.network",
  server: "error.server",
  "incomplete-download": "error.incompleteDownload",
  "incomplete-listing": "error.incompleteListing",
  integrity: "error.integrity",
  cancelled: "error.cancelled",
  unknown: "error.unknown",
  "not-configured": "error.notConfigured",
  "not-allowed": "error.notAllowed",
} as const satisfies Record<ProblemKind, MessageKey>;

/**
 * In shared mode the member cannot fix the connection themselves: only the admin can, in the
 * plugin settings, so the message says whom to ask.
 */
export const SHARED_MODE_MESSAGES = {
  "not-connected": "error.notConnected.shared",
  "dropbox-auth": "error.dropboxAuth.shared",
} as const satisfies Partial<Record<ProblemKind, MessageKey>>;

export function problemMessageKey(kind: ProblemKind, mode: ConnectionMode): MessageKey {
  if (mode === "shared" && (kind === "not-connected" || kind === "dropbox-auth"))
    return SHARED_MODE_MESSAGES[kind];
  return PROBLEM_MESSAGES[kind];
}

export function describeProblem(kind: ProblemKind, mode: ConnectionMode, t: Translate): string {
  return t(problemMessageKey(kind, mode));
}

/**
 * The problem behind anything a callback caught, by kind only: the core's classifier decides what
 * is a network failure (a CSP refusal is one too) or a cancel; nothing here reads message text.
 */
export function classifyProblem(error: unknown): ProblemKind {
  return failureKind(error);
}

/** Why a name changed on its way to Dropbox, in the user's words (one clause per reason). */
export const RENAME_REASON_MESSAGES = {
  "reserved-character": "rename.reservedCharacter",
  "control-character": "rename.controlCharacter",
  "invalid-text": "rename.invalidText",
  "surrounding-space": "rename.surroundingSpace",
  "relative-name": "rename.relativeName",
  "not-synced": "rename.notSynced",
  "too-long": "rename.tooLong",
  "name-clash": "rename.nameClash",
  "kept-both": "rename.keptBoth",
} as const satisfies Record<FileRenameReason, MessageKey>;

/** Every reason once, joined as clauses of one sentence. */
export function describeRenameReasons(reasons: readonly FileRenameReason[], t: Translate): string {
  return [...new Set(reasons)].map((reason) => t(RENAME_REASON_MESSAGES[reason])).join("; ");
}
