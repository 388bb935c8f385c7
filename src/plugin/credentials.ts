// Personal mode keeps each user's Dropbox refresh token in that user's browser only: the plugin
// iframe is about:blank and same-origin with the portal (docspace-plugin-host.md §2.1), so its
// localStorage is the portal origin's. The key names the DocSpace user and the app key, so two
// people sharing a browser profile, or a changed app key, never pick up someone else's token.

/** The part of `Storage` we use; injectable for tests and for browsers that deny storage. */
export type TokenStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "send-to-dropbox:token:";

export function tokenKey(userId: string, appKey: string): string {
  return `${PREFIX}${userId}:${appKey}`;
}

export interface PersonalTokens {
  read(userId: string, appKey: string): string | null;
  write(userId: string, appKey: string, refreshToken: string): boolean;
  forget(userId: string, appKey: string): void;
}

/** Storage access can throw (privacy modes, disabled storage): treat that as "no token". */
export function personalTokens(storage: () => TokenStorage | null): PersonalTokens {
  return {
    read(userId, appKey) {
      try {
        const value = storage()?.getItem(tokenKey(userId, appKey));
        return value ? value : null;
      } catch {
        return null;
      }
    },
    write(userId, appKey, refreshToken) {
      try {
        const target = storage();
        if (!target) return false;
        target.setItem(tokenKey(userId, appKey), refreshToken);
        return true;
      } catch {
        return false;
      }
    },
    forget(userId, appKey) {
      try {
        storage()?.removeItem(tokenKey(userId, appKey));
      } catch {
        // Nothing stored, nothing to forget.
      }
    },
  };
}

/** In-memory storage for tests and as a fallback when the browser refuses localStorage. */
export function memoryStorage(): TokenStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
