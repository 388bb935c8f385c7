import { createHash, randomBytes } from "node:crypto";

import type { Clock } from "./clock";
import { USER_KINDS, type User, type UserKind } from "./model";

function hex(seed: string, label: string): string {
  return createHash("sha256").update(`${seed}\0${label}`).digest("hex");
}

function uuid(seed: string, label: string): string {
  const h = hex(seed, label);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const PEOPLE: Record<UserKind, Pick<User, "firstName" | "lastName" | "userName" | "cultureName">> = {
  // Names with characters HTML encoding changes, so clients must decode displayName (DisplayUserSettings.cs).
  owner: { firstName: "Olivia", lastName: "Owner & Co", userName: "owner", cultureName: "en-US" },
  docspaceAdmin: { firstName: "Adam", lastName: "<Admin>", userName: "admin", cultureName: "en-US" },
  roomAdmin: { firstName: "Róisín", lastName: "Manager", userName: "roomadmin", cultureName: "en-GB" },
  user: { firstName: "Úna", lastName: "O'Brien", userName: "user", cultureName: "en-US" },
  guest: { firstName: "Günter", lastName: "Gast", userName: "guest", cultureName: "de-DE" },
};

export function seedUsers(seed: string): Map<UserKind, User> {
  const users = new Map<UserKind, User>();
  for (const kind of USER_KINDS) {
    const person = PEOPLE[kind];
    users.set(kind, {
      id: uuid(seed, `user:${kind}`),
      kind,
      ...person,
      email: `${person.userName}@docspace.example`,
      apiKey: `sk-${hex(seed, `key:${kind}`)}`,
      password: `${person.userName}-password`,
    });
  }
  return users;
}

export interface ApiKeyRecord {
  userId: string;
  /**
   * Empty or ["*"] grants everything (ONLYOFFICE/DocSpace-server
   * common/ASC.Api.Core/Auth/ApiKeyBearerAuthHandler.cs, web/ASC.Web.Core/Users/ApiKeyManager.cs).
   */
  permissions: string[];
  expiresAt?: number;
}

interface Session {
  userId: string;
  expiresAt: number;
}

/** Users, API keys and session tokens. Only hashes of keys would be stored by the real portal. */
export class Accounts {
  readonly byKind: Map<UserKind, User>;
  private readonly byId = new Map<string, User>();
  private readonly keys = new Map<string, ApiKeyRecord>();
  private readonly sessions = new Map<string, Session>();

  constructor(
    seed: string,
    private readonly clock: Clock,
    private readonly sessionLifetimeMs: number,
  ) {
    this.byKind = seedUsers(seed);
    for (const user of this.byKind.values()) {
      this.byId.set(user.id, user);
      this.keys.set(user.apiKey, { userId: user.id, permissions: [] });
    }
  }

  user(kind: UserKind): User {
    const user = this.byKind.get(kind);
    if (!user) throw new Error(`unknown user kind ${kind}`);
    return user;
  }

  userById(id: string): User | undefined {
    return this.byId.get(id);
  }

  findByLogin(login: string, password: string): User | undefined {
    const wanted = login.trim().toLowerCase();
    return [...this.byId.values()].find(
      (user) => (user.email === wanted || user.userName === wanted) && user.password === password,
    );
  }

  createApiKey(kind: UserKind, permissions: string[] = [], expiresInMs?: number): string {
    const key = `sk-${randomBytes(32).toString("hex")}`;
    this.keys.set(key, {
      userId: this.user(kind).id,
      permissions,
      ...(expiresInMs === undefined ? {} : { expiresAt: this.clock.now() + expiresInMs }),
    });
    return key;
  }

  revokeApiKey(key: string): void {
    this.keys.delete(key);
  }

  apiKey(key: string): (ApiKeyRecord & { user: User }) | undefined {
    const record = this.keys.get(key);
    if (!record) return undefined;
    if (record.expiresAt !== undefined && record.expiresAt <= this.clock.now()) return undefined;
    const user = this.byId.get(record.userId);
    return user ? { ...record, user } : undefined;
  }

  createSession(kind: UserKind | User): { token: string; expiresAt: number } {
    const user = typeof kind === "string" ? this.user(kind) : kind;
    const token = randomBytes(48).toString("base64url");
    const expiresAt = this.clock.now() + this.sessionLifetimeMs;
    this.sessions.set(token, { userId: user.id, expiresAt });
    return { token, expiresAt };
  }

  session(token: string): User | undefined {
    const session = this.sessions.get(token);
    if (!session || session.expiresAt <= this.clock.now()) return undefined;
    return this.byId.get(session.userId);
  }

  endSession(token: string): void {
    this.sessions.delete(token);
  }

  /** Fault: every current session stops working (as after a logout elsewhere or expiry). */
  expireSessions(): void {
    this.sessions.clear();
  }
}
