// The admin settings panel's state and handlers. The draft starts from the saved settings each
// time the panel opens, read again from the portal: another window may have saved or erased them
// since the host handed them over at load. Every change is checked at once
// (settings/validation.ts) and Save stays disabled while anything is invalid, because the portal
// closes the panel on Save whatever the answer. Save checks once more, refuses when the stored
// settings changed after the panel opened (it would write back a token another window replaced),
// answers save-settings and applies the settings to this instance, because the host never hands
// settings back.
import { Actions, ToastType, type ISettings, type IMessage } from "@onlyoffice/docspace-plugin-sdk";
import { ConnectFlow, revokeFailed } from "./connect-flow";
import { guardAsync, guardSync, type Fallback } from "./guard";
import { formatted, type Translate } from "./i18n";
import { classifyProblem } from "./messages";
import {
  checkAppKey,
  decodeSettings,
  encodeSettings,
  encodeWithinLimit,
  type PluginSettings,
} from "./settings/codec";
import type { DropboxAccount, DropboxCredential, PluginServices } from "./transfer";
import { mergeMessages } from "./ui/components";
import { toast } from "./ui/results";
import {
  appKeyInputProps,
  appKeyProblemText,
  checkState,
  folderInputProps,
  folderProblemText,
  saveButton,
  settingsPanel,
  tokenInputProps,
  updateLiveParts,
  updateSettingsBody,
  type SettingsPanelHandlers,
  type SettingsPanelState,
} from "./ui/settings-panel";
import { codeInput, EMPTY_CONNECT_VIEW, type ConnectHandlers } from "./ui/connect-dialog";

export interface SettingsFlowHost {
  services: PluginServices;
  saved: () => PluginSettings;
  /** Applies saved settings to the plugin instance (status, items, panel). */
  apply: (settings: PluginSettings) => void;
  t: () => Translate;
  openTab: (url: string) => boolean;
  log: (what: string, error: unknown) => void;
  /** Logs an unexpected exception and answers with its classified message. */
  fail: Fallback;
}

/**
 * Every change of the saved settings can add or remove menu items (audience, personal mode), and
 * update-status alone re-reads nothing while the status stays the same (ONLYOFFICE/DocSpace-client
 * packages/client/src/store/PluginStore.ts updatePluginStatus), so each item scope is named.
 */
const ITEM_UPDATES = [Actions.updateStatus, Actions.updateContextMenuItems, Actions.updateProfileMenuItems];

/** Equal as stored: the codec's form drops what decoding would drop (a credential outside shared mode). */
function sameSettings(a: PluginSettings, b: PluginSettings): boolean {
  return encodeSettings(a) === encodeSettings(b);
}

function sameCredential(a: DropboxCredential | null, b: DropboxCredential | null): boolean {
  return a?.type === b?.type && a?.token === b?.token;
}

function updateProps(newProps: NonNullable<IMessage["newProps"]>): IMessage {
  return { actions: [Actions.updateProps], newProps };
}

/** How long after its own Save a panel trusts its own copy over what the portal answers. */
const OWN_WRITE_SETTLE_MS = 30_000;

export class SettingsFlow {
  state: SettingsPanelState;
  /** When this panel last handed the host settings to store (ms since the epoch). */
  private wroteAt = Number.NEGATIVE_INFINITY;
  readonly connect: ConnectFlow;
  /**
   * The app key the draft's credential was issued for: the saved key, or the key it was connected
   * with in this panel. The App key field may have been edited since (or left invalid, so the
   * draft's key is ""), and a refresh token is revoked only with its own app's key.
   */
  private issuedFor: string;
  /**
   * The stored settings the panel was opened on (or this panel's own Disconnect wrote since). Save
   * compares the portal's current value with it: anything else was written by another window.
   */
  private loaded: PluginSettings;

  constructor(private readonly host: SettingsFlowHost) {
    this.state = this.fresh();
    this.issuedFor = host.saved().appKey;
    this.loaded = host.saved();
    this.connect = new ConnectFlow({
      services: host.services,
      appKey: () => this.state.draft.appKey,
      openTab: host.openTab,
      onConnected: (refreshToken, _account, _persist, appKey) => {
        this.state.draft = { ...this.state.draft, credential: { type: "refresh", token: refreshToken } };
        this.issuedFor = appKey;
        this.state.tokenInput = "";
        this.state.unsavedCredential = true;
        return null;
      },
      current: () => {
        const credential = this.state.draft.credential;
        return credential ? { appKey: this.issuedFor, credential } : null;
      },
      onDisconnected: async ({ credential, notRevoked }) =>
        mergeMessages(
          await this.forgetSharedCredential(credential),
          notRevoked ? this.notRevokedWarning() : {},
        ),
      render: () => this.render(),
      echoCode: () => updateProps(codeInput(this.connect.view, this.connect.handlers, this.host.t()).props),
      unknownAccountName: () => this.host.t()("connect.accountUnknown"),
      log: host.log,
      fail: host.fail,
    });
  }

  private fresh(): SettingsPanelState {
    const saved = this.host.saved();
    return {
      draft: { ...saved },
      appKeyInput: saved.appKey,
      folderInput: saved.folder,
      tokenInput: "",
      // Replaced by the connect flow's view before every render.
      connect: EMPTY_CONNECT_VIEW,
      unsavedCredential: false,
    };
  }

  private render(): IMessage {
    this.state.connect = this.connect.view;
    // A connection or a mode change moves the budget, so Save follows every re-render.
    return updateSettingsBody(this.state, this.handlers, this.host.t());
  }

  /** The panel as the host renders it before onLoad resolves. */
  panel(): ISettings {
    this.state.connect = this.connect.view;
    return settingsPanel(this.state, this.handlers, this.host.t());
  }

  /** Called by the host on every open: start from the saved values and show the shared account. */
  async load(): Promise<{ settings: ISettings["settings"]; saveButton: ISettings["saveButton"] }> {
    // The host's copy is from this page's load: another window may have replaced the shared
    // account (and revoked this copy's token) or erased the settings since. Adopt what is stored,
    // as Save applies its own result, so the panel, the menus and the next Save start from it.
    // The host shows the panel before this resolves, and the admin may already type in it: the
    // draft is reset now, and again after the read only when the stored settings did change.
    this.loaded = this.host.saved();
    this.state = this.fresh();
    this.connect.reset();
    const stored = await this.readStored();
    if (stored && this.adopt(stored)) {
      this.loaded = this.host.saved();
      this.state = this.fresh();
      this.connect.reset();
    }
    const saved = this.host.saved();
    this.issuedFor = saved.appKey;
    if (saved.mode === "shared" && saved.credential) {
      try {
        const account: DropboxAccount = await this.host.services.account(saved.appKey, saved.credential);
        this.connect.reset(account);
      } catch (error) {
        this.host.log("look up shared account", error);
        this.connect.reset();
        this.connect.view = { ...this.connect.view, problem: classifyProblem(error) };
      }
    }
    // Only the shared account is connected from here; prepare its authorize URL ahead of the click.
    if (saved.mode === "shared") void this.connect.prepare();
    const panel = this.panel();
    return { settings: panel.settings, saveButton: panel.saveButton };
  }

  /**
   * The portal's current settings, or null when they cannot be read or cannot be trusted yet (the
   * caller keeps its copy). The host stores what this panel saves without telling the plugin when
   * the write has landed (ONLYOFFICE/DocSpace-client packages/client/src/helpers/plugins/utils.js
   * does not await `updatePlugin`), so for a while after its own write a read may still return the
   * value from before it: adopting that would undo the admin's change.
   */
  private async readStored(): Promise<PluginSettings | null> {
    if (Date.now() - this.wroteAt < OWN_WRITE_SETTLE_MS) return null;
    try {
      return decodeSettings(await this.host.services.storedSettings());
    } catch (error) {
      this.host.log("read the stored settings", error);
      return null;
    }
  }

  /**
   * Takes the settings another window stored as this window's, as Save applies its own. True when
   * they differed from this window's.
   */
  private adopt(stored: PluginSettings): boolean {
    if (sameSettings(stored, this.host.saved())) return false;
    this.host.apply(stored);
    return true;
  }

  /** Another window changed the settings since this panel opened: nothing is written. */
  private changedElsewhere(): IMessage {
    return mergeMessages(
      { actions: ITEM_UPDATES },
      toast(ToastType.error, this.host.t()("settings.changedElsewhere")),
    );
  }

  /**
   * The shared token left the settings but still works at Dropbox, where every member who read the
   * settings could use it: say so, and where its account's owner revokes it
   * (https://www.dropbox.com/account/connected_apps), instead of reporting a clean disconnect.
   */
  private notRevokedWarning(): IMessage {
    return toast(ToastType.warning, this.host.t()("settings.connect.notRevoked"));
  }

  /**
   * Disconnect removes the dead token from the stored settings at once, not at the next Save. It
   * removes it from what is stored now, which another window may have changed since this panel
   * opened: a connection made there, with a token this panel never held, is left as it is.
   */
  private async forgetSharedCredential(disconnected: DropboxCredential | null): Promise<IMessage> {
    this.state.draft = { ...this.state.draft, credential: null };
    this.state.unsavedCredential = false;
    const saved = (await this.readStored()) ?? this.host.saved();
    if (saved.credential === null) return {};
    if (!sameCredential(saved.credential, disconnected)) {
      this.adopt(saved);
      this.loaded = saved;
      return this.changedElsewhere();
    }
    const next: PluginSettings = { ...saved, credential: null };
    const encoded = encodeWithinLimit(next);
    if (!encoded.ok) return {};
    this.host.apply(next);
    // This panel's own write: a later Save in it must not take it for another window's.
    this.loaded = next;
    this.wroteAt = Date.now();
    return {
      actions: [Actions.saveSettings, ...ITEM_UPDATES],
      settings: encoded.value,
    };
  }

  readonly handlers: SettingsPanelHandlers = {
    ...this.connectHandlers(),
    onAppKey: (value) => guardSync(() => this.setAppKey(value), this.host.fail),
    onAccess: (access) => guardSync(() => this.update({ access }), this.host.fail),
    onMode: (mode) => guardSync(() => this.update({ mode }), this.host.fail),
    onFolder: (value) => guardSync(() => this.setFolder(value), this.host.fail),
    onConflict: (conflict) => guardSync(() => this.update({ conflict }), this.host.fail),
    onShareLink: () =>
      guardSync(() => this.update({ shareLink: !this.state.draft.shareLink }), this.host.fail),
    onAudience: (audience) => guardSync(() => this.update({ audience }), this.host.fail),
    onToken: (value) => guardSync(() => this.setToken(value), this.host.fail),
    onSave: () => guardAsync(() => this.save(), this.host.fail),
  };

  /** A choice changed: re-render the whole body from the new state. */
  private update(change: Partial<PluginSettings>): IMessage {
    this.state.draft = { ...this.state.draft, ...change };
    if (change.mode === "shared") void this.connect.prepare();
    return this.render();
  }

  /** The key is kept exactly as typed; only a valid one is used to connect. */
  private setAppKey(value: string): IMessage {
    this.state.appKeyInput = value;
    const check = checkAppKey(value);
    this.state.draft = { ...this.state.draft, appKey: check.ok ? check.appKey : "" };
    if (this.state.draft.mode === "shared") void this.connect.prepare();
    const t = this.host.t();
    return mergeMessages(
      updateProps(appKeyInputProps(this.state, this.handlers, t)),
      updateLiveParts(this.state, this.handlers, t),
    );
  }

  private setFolder(value: string): IMessage {
    this.state.folderInput = value;
    const t = this.host.t();
    return mergeMessages(
      updateProps(folderInputProps(this.state, this.handlers, t)),
      updateLiveParts(this.state, this.handlers, t),
    );
  }

  private setToken(value: string): IMessage {
    this.state.tokenInput = value;
    const t = this.host.t();
    return mergeMessages(
      updateProps(tokenInputProps(this.state, this.handlers, t)),
      updateLiveParts(this.state, this.handlers, t),
    );
  }

  private connectHandlers(): ConnectHandlers {
    // Late-bound: the handlers object is built by a field initialiser, before the constructor
    // creates `this.connect`.
    return {
      onOpenDropbox: () => this.connect.handlers.onOpenDropbox(),
      onCode: (value: string) => this.connect.handlers.onCode(value),
      onConnect: () => this.connect.handlers.onConnect(),
      onDisconnect: () => this.connect.handlers.onDisconnect(),
    };
  }

  /**
   * The Save button sits outside the body's tree: it may save and toast, not update the body. It is
   * disabled while anything is invalid; should a click still arrive (an older render), the same
   * check refuses it with the reason, and nothing is stored.
   */
  async save(): Promise<IMessage> {
    const t = this.host.t();
    const check = checkState(this.state);
    const appKeyProblem = appKeyProblemText(check.appKey, t);
    if (appKeyProblem)
      return toast(ToastType.error, t("settings.notSaved", { reason: formatted(appKeyProblem) }));
    if (!check.folder.ok) {
      return toast(
        ToastType.error,
        t("settings.folder.invalid", { reason: formatted(folderProblemText(check.folder.problem, t)) }),
      );
    }
    if (!check.tokenOk) return toast(ToastType.error, t("settings.token.invalid"));
    const next = check.next;
    const credential = next.credential;
    const encoded = encodeWithinLimit(next);
    if (!encoded.ok) {
      return toast(
        ToastType.error,
        t(
          next.mode === "shared" && credential?.type === "access"
            ? "settings.tooLong.token"
            : "settings.tooLong",
          {
            length: encoded.length,
            limit: encoded.limit,
            excess: encoded.excess,
          },
        ),
      );
    }
    // Read again just before writing: a value stored by another window since the panel opened would
    // be overwritten by this draft (a replaced shared token written back, the new one dropped
    // without a revoke). This window adopts it and the admin reopens the panel on it; the panel
    // closes after Save whatever the answer, so the draft cannot be kept anyway. A failed read
    // saves as before.
    const stored = await this.readStored();
    if (stored && !sameSettings(stored, this.loaded)) {
      this.adopt(stored);
      return this.changedElsewhere();
    }
    const previous = this.host.saved();
    const kept = next.mode === "shared" && sameCredential(next.credential, previous.credential);
    let notRevoked = false;
    if (previous.mode === "shared" && previous.credential?.type === "refresh" && !kept) {
      // Every member could read the shared refresh token in the settings: revoke it before it is
      // replaced or dropped, or it would stay valid in Dropbox with nobody holding it on purpose.
      try {
        await this.host.services.revoke(previous.appKey, previous.credential);
      } catch (error) {
        this.host.log("revoke the shared connection", error);
        notRevoked = revokeFailed(error);
      }
    }
    this.host.apply(next);
    const notices = [];
    if (next.appKey === "") notices.push({ type: ToastType.warning, title: t("settings.saved.noAppKey") });
    else if (next.mode === "shared" && !credential)
      notices.push({ type: ToastType.warning, title: t("settings.saved.sharedNotConnected") });
    else if (credential?.type === "access")
      notices.push({ type: ToastType.warning, title: t("settings.saved.accessToken") });
    else notices.push({ type: ToastType.success, title: t("settings.saved") });
    if (notRevoked) notices.push({ type: ToastType.warning, title: t("settings.connect.notRevoked") });
    this.wroteAt = Date.now();
    return mergeMessages(
      {
        actions: [Actions.saveSettings, ...ITEM_UPDATES],
        settings: encoded.value,
      },
      { actions: [Actions.showToast], toastProps: notices },
    );
  }

  /** The Save button as the host renders it (its look is forced by the portal). */
  saveButton() {
    return saveButton(this.state, this.handlers, this.host.t());
  }
}
