// The connect state machine shared by the personal connect dialog and the admin's shared-account
// section: prepare the authorize URL, open it, take the pasted code, exchange it, look the account
// up; and disconnect. It owns the PKCE verifier, which lives only in memory.
import type { IMessage } from "@onlyoffice/docspace-plugin-sdk";
import { guardAsync, guardSync, type Fallback } from "./guard";
import { mergeMessages } from "./ui/components";
import { classifyProblem } from "./messages";
import type { DropboxAccount, DropboxCredential, PluginServices } from "./transfer";
import {
  EMPTY_CONNECT_VIEW,
  type ConnectHandlers,
  type ConnectProblem,
  type ConnectView,
} from "./ui/connect-dialog";

export interface ConnectFlowOptions {
  services: PluginServices;
  appKey: () => string;
  /** Opens a URL in a new tab; false when the browser blocked it. */
  openTab: (url: string) => boolean;
  /**
   * Stores the new refresh token; returns a problem when it could not. `persist` is false when the
   * user chose "don't keep me connected on this computer"; `appKey` is the key it was issued for.
   */
  onConnected: (
    refreshToken: string,
    account: DropboxAccount,
    persist: boolean,
    appKey: string,
  ) => ConnectProblem | null;
  /**
   * The credential to revoke on Disconnect, with the app key it was issued for: a refresh token
   * only refreshes with its own app's key, so a key edited since would fail the revoke.
   */
  current: () => IssuedCredential | null;
  /** Forgets what was disconnected; may add to the answer (a warning when the revoke failed). */
  onDisconnected: (disconnected: Disconnected) => IMessage | void | Promise<IMessage | void>;
  /** Re-renders the surrounding UI from the flow's view (update-context). */
  render: () => IMessage;
  /** The code input's full props for update-props (the host replaces them, it does not merge). */
  echoCode: () => IMessage;
  /** Used when the account lookup fails after a successful exchange. */
  unknownAccountName: () => string;
  log: (what: string, error: unknown) => void;
  /** Turns an unexpected exception into a message (the host would not catch it). */
  fail: Fallback;
}

export interface IssuedCredential {
  appKey: string;
  credential: DropboxCredential;
}

export interface Disconnected {
  /** What Disconnect revoked; null when nothing was connected. */
  credential: DropboxCredential | null;
  /** True when Dropbox could not be reached to revoke it: the token still works there. */
  notRevoked: boolean;
}

/**
 * Whether a failed revoke left the token working. The core already counts a token Dropbox refuses
 * as revoked (src/core/dropbox/connect.ts disconnectDropbox); a refusal seen here still means the
 * token is dead, and anything else (offline, Dropbox down, blocked by the portal's CSP) means it is not.
 */
export function revokeFailed(error: unknown): boolean {
  const kind = classifyProblem(error);
  return kind !== "dropbox-auth" && kind !== "not-connected";
}

export class ConnectFlow {
  view: ConnectView = { ...EMPTY_CONNECT_VIEW };
  private prepared: { appKey: string; url: string; verifier: string } | null = null;

  constructor(private readonly options: ConnectFlowOptions) {}

  reset(account: DropboxAccount | null = null): void {
    this.view = { ...EMPTY_CONNECT_VIEW, account, sessionOnly: this.view.sessionOnly };
    this.prepared = null;
  }

  /**
   * Computes the authorize URL ahead of the click: window.open must run while the click's user
   * activation is still fresh, and PKCE hashing is asynchronous.
   */
  async prepare(): Promise<void> {
    const appKey = this.options.appKey();
    if (appKey === "" || this.prepared?.appKey === appKey) return;
    try {
      const { url, verifier } = await this.options.services.startAuthorization(appKey);
      this.prepared = { appKey, url, verifier };
    } catch (error) {
      this.options.log("prepare authorization", error);
    }
  }

  readonly handlers: Required<ConnectHandlers> = {
    onOpenDropbox: () => guardAsync(() => this.open(), this.options.fail),
    onCode: (value: string) => guardSync(() => this.code(value), this.options.fail),
    onConnect: () => guardAsync(() => this.connect(), this.options.fail),
    onDisconnect: () => guardAsync(() => this.disconnect(), this.options.fail),
    onSessionOnly: () => guardSync(() => this.toggleSessionOnly(), this.options.fail),
  };

  private toggleSessionOnly(): IMessage {
    // Checkbox handlers must answer synchronously; the whole section is re-rendered.
    this.view = { ...this.view, sessionOnly: !this.view.sessionOnly };
    return this.options.render();
  }

  private async open(): Promise<IMessage> {
    try {
      if (this.options.appKey() === "") {
        this.view = { ...this.view, problem: "app-key-missing" };
        return this.options.render();
      }
      await this.prepare();
      if (!this.prepared) {
        this.view = { ...this.view, problem: "unknown" };
        return this.options.render();
      }
      const opened = this.options.openTab(this.prepared.url);
      this.view = { ...this.view, authorizeUrl: this.prepared.url, popupBlocked: !opened, problem: null };
    } catch (error) {
      this.options.log("open Dropbox", error);
      this.view = { ...this.view, problem: classifyProblem(error) };
    }
    return this.options.render();
  }

  private code(value: string): IMessage {
    // Inputs must answer synchronously, and the host's input shows only the value it is given
    // back, so the typed value is echoed with update-props.
    this.view = { ...this.view, code: value };
    return this.options.echoCode();
  }

  private async connect(): Promise<IMessage> {
    const code = this.view.code.trim();
    if (code === "") {
      this.view = { ...this.view, problem: "code-missing" };
      return this.options.render();
    }
    const prepared = this.prepared;
    if (!prepared || prepared.appKey !== this.options.appKey()) {
      this.view = { ...this.view, problem: "code-rejected" };
      return this.options.render();
    }
    let refreshToken: string;
    try {
      refreshToken = await this.options.services.exchangeCode(prepared.appKey, code, prepared.verifier);
    } catch (error) {
      const kind = classifyProblem(error);
      this.options.log("exchange code", error);
      this.view = { ...this.view, problem: kind === "dropbox-auth" ? "code-rejected" : kind };
      return this.options.render();
    }
    // A code and its verifier work once: the next connect needs a fresh pair.
    this.prepared = null;
    let account: DropboxAccount;
    try {
      account = await this.options.services.account(prepared.appKey, {
        type: "refresh",
        token: refreshToken,
      });
    } catch (error) {
      this.options.log("look up account", error);
      account = { name: this.options.unknownAccountName(), email: "" };
    }
    const problem = this.options.onConnected(refreshToken, account, !this.view.sessionOnly, prepared.appKey);
    this.view = problem ? { ...EMPTY_CONNECT_VIEW, problem } : { ...EMPTY_CONNECT_VIEW, account };
    return this.options.render();
  }

  private async disconnect(): Promise<IMessage> {
    const current = this.options.current();
    let notRevoked = false;
    if (current) {
      try {
        await this.options.services.revoke(current.appKey, current.credential);
      } catch (error) {
        // Forget it locally anyway; a token we no longer hold cannot be used from here. Whoever
        // disconnected is told when it still works at Dropbox.
        this.options.log("revoke", error);
        notRevoked = revokeFailed(error);
      }
    }
    const after = await this.options.onDisconnected({ credential: current?.credential ?? null, notRevoked });
    this.reset();
    return mergeMessages(this.options.render(), after);
  }
}
