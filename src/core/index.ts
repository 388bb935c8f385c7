// The public face of the transfer core. The plugin UI and the CLI import from here only.

export { createTransferEngine } from "./engine";
export type {
  ExportItem,
  ExportRequest,
  ExportResult,
  FileResult,
  FileResultStatus,
  FolderLink,
  FolderResult,
  ItemFailure,
  SkipDecision,
  TransferEngine,
  TransferEngineConfig,
} from "./engine";
export { planExport } from "./plan";
export type { ExportPlan, ExportPlanFile, PlanRequest } from "./plan";

export { createDocSpaceClient } from "./docspace/client";
export type { DocSpaceClient, DocSpaceClientOptions, DocSpaceConnection } from "./docspace/client";
export type { DocSpaceFile, DocSpaceFolder, DocSpaceId, DocSpaceUser, FolderListing } from "./docspace/types";

export { hashDocSpaceFile } from "./download";
export {
  memoryTransferStateStore,
  pruneTransferState,
  uploadKey,
  versionStamp,
  UPLOAD_SESSION_LIFETIME_MS,
} from "./resume";
export type {
  AcknowledgedChunk,
  RestartReason,
  ResumeEvent,
  TransferStateStore,
  UploadRecord,
  UploadStart,
} from "./resume";

export {
  completeDropboxAuthorization,
  disconnectDropbox,
  startDropboxAuthorization,
} from "./dropbox/connect";
export type {
  AuthorizationCompletion,
  AuthorizationRequest,
  AuthorizationStart,
  DropboxConnectOptions,
  DropboxEnvironment,
} from "./dropbox/connect";
export { getDropboxAccount, openDropboxSession } from "./dropbox/session";
export type { DropboxAccount, DropboxFileEntry, DropboxSession } from "./dropbox/session";
export { memoryCredentialStore } from "./dropbox/credentials";
export type { CredentialStore, DropboxCredentials } from "./dropbox/credentials";

export { DEFAULT_PORTS, InvalidOptionError, resolveOptions } from "./options";
export type { ConflictPolicy, CoreOptions, Ports, ResolvedOptions, TransferOptions } from "./options";
export { forEachConcurrently } from "./pool";
export type { FileProgress, FileStatus, OverallProgress, ProgressEvent, ProgressListener } from "./progress";
export { readBodyStream, systemClock } from "./ports";
export type { BodyReader, Clock, FetchLike, RandomSource } from "./ports";
export { TRANSFER_ERROR_KINDS, TransferError, isTransferError } from "./errors";
export { failureKind, isNetworkError, toTransferError } from "./classify";
export type { TransferErrorContext, TransferErrorKind } from "./errors";
export { contentHashOf, ContentHasher } from "./content-hash";
export type { Sha256 } from "./content-hash";
export { arrivedBlobOf, blobBody, bytesBody, hashesArrivedBlobs } from "./body";
export type { UploadBodyEncoder } from "./body";
export {
  autorenamePattern,
  checkFolder,
  destinationPath,
  nameProblem,
  numberedName,
  sanitizeName,
  splitPath,
  MAX_NAME_LENGTH,
} from "./naming";
export type { DestinationPath, FolderCheck, FolderProblem, NameProblem, RenameReason } from "./naming";
export { redactText, redactUrl } from "./redact";
export {
  BIDI_CHARACTERS,
  CONTROL_CHARACTERS,
  INVISIBLE_CHARACTERS,
  JSON_RAW_INVISIBLE_CHARACTERS,
  visibleEscape,
} from "./visible-text";
