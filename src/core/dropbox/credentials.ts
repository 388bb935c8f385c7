// Dropbox credentials and the storage port that keeps them. Two shapes: a bare
// access token (as django-storages and the usual scripts take), or a refresh token + app key
// from the PKCE flow (no app secret, so it is safe in a browser), refreshed automatically.

export type DropboxCredentials =
  | { kind: "access-token"; accessToken: string }
  | {
      kind: "refresh-token";
      /** The Dropbox app key (OAuth client_id). */
      appKey: string;
      refreshToken: string;
      /** The current short-lived token, when one is known. */
      accessToken?: string;
      /** When `accessToken` expires, in epoch milliseconds. */
      accessTokenExpiresAt?: number;
    };

/** Where credentials live (plugin: browser storage; CLI: a file; tests: memory). */
export interface CredentialStore {
  load(): Promise<DropboxCredentials | null>;
  /** Called after every token refresh and after connecting. */
  save(credentials: DropboxCredentials): Promise<void>;
  /** Called after disconnecting. */
  clear(): Promise<void>;
}

export function memoryCredentialStore(initial: DropboxCredentials | null = null): CredentialStore {
  let current = initial;
  return {
    load: () => Promise.resolve(current),
    save: (credentials) => {
      current = credentials;
      return Promise.resolve();
    },
    clear: () => {
      current = null;
      return Promise.resolve();
    },
  };
}
