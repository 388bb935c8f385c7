// The public face of the transfer core. The plugin UI and the CLI import from here only.

export { createTransferEngine } from "./engine";
export type {
  ExportItem,
  ExportRequest,
  ExportResult,
  FileResult,
  FileResultStatus,
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

export {
  completeDropboxAuthorization,
  disconnectDropbox,
  getDropboxAccount,
  startDropboxAuthorization,
} from "./dropbox/connect";
export type {
  AuthorizationCompletion,
  AuthorizationRequest,
  AuthorizationStart,
  DropboxAccount,
  DropboxConnectOptions,
  DropboxEnvironment,
} from "./dropbox/connect";
export { memoryCredentialStore } from "./dropbox/credentials";
export type { CredentialStore, DropboxCredentials } from "./dropbox/credentials";

export { InvalidOptionError, resolveOptions } from "./options";
export type { ConflictPolicy, ResolvedOptions, TransferOptions } from "./options";
export type { FileProgress, FileStatus, OverallProgress, ProgressEvent, ProgressListener } from "./progress";
export { systemClock } from "./ports";
export type { Clock, FetchLike, RandomSource } from "./ports";
export { TRANSFER_ERROR_KINDS, TransferError, isTransferError } from "./errors";
export type { TransferErrorContext, TransferErrorKind } from "./errors";
export { contentHashOf, ContentHasher } from "./content-hash";
export { blobBody, bytesBody } from "./body";
export type { UploadBodyEncoder } from "./body";
export { destinationPath, nameProblem, MAX_NAME_LENGTH } from "./naming";
export type { DestinationPath, NameProblem } from "./naming";
export { redactText, redactUrl } from "./redact";
