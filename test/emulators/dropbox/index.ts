export {
  DropboxEmulator,
  startDropboxEmulator,
  DEFAULT_APP_KEY,
  DEFAULT_APP_FOLDER_KEY,
  type DropboxEmulatorOptions,
  type StoredFile,
  type StoredEntry,
} from "./emulator";
export { rewriteDropboxFetch, rewriteDropboxUrl } from "./fetch";
export { dropboxContentHash, ContentHasher, CONTENT_HASH_BLOCK } from "../shared/content-hash";
export {
  ALL_SCOPES,
  type AppConfig,
  type AccessType,
  type IssuedTokens,
  type TokenAccessType,
  type TokenSnapshot,
} from "./auth";
export { FAULT_KINDS, type FaultSpec, type FaultKind, type Fault } from "./faults";
export type { LockContention } from "./locks";
export { CONTROL_PREFIX } from "./control";
export { MAX_REQUEST_BYTES } from "./upload-routes";
export { CONCURRENT_ALIGNMENT, MAX_FILE_SIZE } from "./sessions";
export { TLS_NAMES } from "./tls";
