// Personal mode keeps each user's Dropbox refresh token in that user's browser, never on the portal's
// server. The portal loads every plugin's script into one hidden, unsandboxed iframe of its own page
// (ONLYOFFICE/DocSpace-client packages/client/src/store/PluginStore.ts initPlugins, initPlugin), so
// this storage is the portal origin's and every other plugin installed on the portal runs in the
// same window and can read it. What we can promise, and do:
// - the token is filed under the DocSpace user and the app key, and `bindTo` removes every other
//   user's token as soon as someone else uses the portal in this browser;
// - `forgetAll` runs when the user signs out of DocSpace in this browser;
// - "don't keep me connected" puts it in session storage (this tab, until it closes) instead of
//   local storage.

/** The part of `Storage` we use; injectable for tests and for browsers that deny storage. */
export type TokenStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

const PREFIX = "send-to-dropbox:token:";

export function tokenKey(userId: string, appKey: string): string {
  return `${PREFIX}${userId}:${appKey}`;
}

/** The DocSpace user a stored key belongs to, or null for keys that are not ours. */
function ownerOf(key: string): string | null {
  if (!key.startsWith(PREFIX)) return null;
  const rest = key.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  return colon > 0 ? rest.slice(0, colon) : null;
}

export interface PersonalTokens {
  read(userId: string, appKey: string): string | null;
  /** `persist: false` keeps it for this tab only (session storage, or memory when refused). */
  write(userId: string, appKey: string, refreshToken: string, persist?: boolean): boolean;
  forget(userId: string, appKey: string): void;
  /**
   * Forgets the token only where it is still `token` (compare-and-delete): a job that failed with
   * an old token must not remove the one the user connected since, in this tab or another.
   */
  forgetIfStill(userId: string, appKey: string, token: string): void;
  /** The user now signed in: every token stored here for anyone else is removed. */
  bindTo(userId: string): void;
  /** Sign-out: every token of ours is removed, whoever it belonged to. */
  forgetAll(): void;
}

/** Storage access can throw (privacy modes, disabled storage): treat that as "no token". */
export function personalTokens(
  persistent: () => TokenStorage | null,
  session: () => TokenStorage | null = () => null,
): PersonalTokens {
  // When the browser refuses session storage, a session-only token lives as long as this page.
  const memory = memoryStorage();
  const sessionStore = (): TokenStorage => {
    try {
      return session() ?? memory;
    } catch {
      return memory;
    }
  };
  const persistentStore = (): TokenStorage | null => {
    try {
      return persistent();
    } catch {
      return null;
    }
  };
  const stores = (): TokenStorage[] => {
    const found = [sessionStore(), persistentStore()].filter((s): s is TokenStorage => s !== null);
    return memory === found[0] ? found : [...found, memory];
  };
  const removeWhere = (drop: (owner: string) => boolean): void => {
    for (const store of stores()) {
      try {
        const keys: string[] = [];
        for (let i = 0; i < store.length; i++) {
          const key = store.key(i);
          const owner = key === null ? null : ownerOf(key);
          if (key !== null && owner !== null && drop(owner)) keys.push(key);
        }
        for (const key of keys) store.removeItem(key);
      } catch {
        // Storage refused: nothing readable there either.
      }
    }
  };
  return {
    read(userId, appKey) {
      for (const store of stores()) {
        try {
          const value = store.getItem(tokenKey(userId, appKey));
          if (value) return value;
        } catch {
          // Try the next store.
        }
      }
      return null;
    },
    write(userId, appKey, refreshToken, persist = true) {
      const key = tokenKey(userId, appKey);
      const target = persist ? persistentStore() : sessionStore();
      if (!target) return false;
      try {
        target.setItem(key, refreshToken);
      } catch {
        return false;
      }
      // One place per token: switching between "keep" and "this tab only" leaves no copy behind.
      for (const store of stores()) {
        if (store === target) continue;
        try {
          store.removeItem(key);
        } catch {
          // Nothing stored there.
        }
      }
      return true;
    },
    forget(userId, appKey) {
      for (const store of stores()) {
        try {
          store.removeItem(tokenKey(userId, appKey));
        } catch {
          // Nothing stored, nothing to forget.
        }
      }
    },
    forgetIfStill(userId, appKey, token) {
      const key = tokenKey(userId, appKey);
      for (const store of stores()) {
        try {
          if (store.getItem(key) === token) store.removeItem(key);
        } catch {
          // Nothing stored, nothing to forget.
        }
      }
    },
    bindTo(userId) {
      removeWhere((owner) => owner !== userId);
    },
    forgetAll() {
      removeWhere(() => true);
    },
  };
}

/** In-memory storage for tests and as a fallback when the browser refuses storage. */
export function memoryStorage(): TokenStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    key: (index) => [...values.keys()][index] ?? null,
    get length() {
      return values.size;
    },
  };
}
