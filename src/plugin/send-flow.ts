// What happens when a member chooses Send to Dropbox: check the plugin is usable and the member
// allowed, find the Dropbox credential (asking a personal user to connect first), run the job and
// answer with the outcome. A click on an item whose job is still running opens its progress
// (refresh, cancel) instead. A send started from a dialog ("Send now") never holds the dialog:
// its buttons set the client's dialog-wide request lock while their onClick runs
// (ONLYOFFICE/DocSpace-client packages/client/src/helpers/plugins/WrappedComponent.js), so the
// dialog closes at once, the job runs on, and its outcome waits for the next ask on that item.
import { Actions, ToastType, type GroupSelection, type IMessage } from "@onlyoffice/docspace-plugin-sdk";
import { ConnectFlow } from "./connect-flow";
import { guardAsync, guardSync, type Fallback } from "./guard";
import type { PersonalTokens } from "./credentials";
import type { Language, Translate } from "./i18n";
import { jobKey, type JobRegistry, type RunningJob } from "./jobs";
import { classifyProblem, type ProblemKind } from "./messages";
import { isUsable, type PluginSettings } from "./settings/codec";
import type { DropboxAccount, DropboxCredential, PluginServices, PortalUser, SendTarget } from "./transfer";
import {
  codeInput,
  connectDialog,
  updateConnectDialog,
  type ConnectDialogHandlers,
  type ConnectDialogState,
} from "./ui/connect-dialog";
import { problemToast, progressDialog, resultMessage, toast, type ResultContext } from "./ui/results";
import { mergeMessages } from "./ui/components";
import { closeDialog, mixedSelectionDialog } from "./ui/mixed-dialog";

export interface SendFlowHost {
  services: PluginServices;
  tokens: PersonalTokens;
  jobs: JobRegistry;
  settings: () => PluginSettings;
  t: () => Translate;
  language: () => Language;
  user: () => Promise<PortalUser>;
  openTab: (url: string) => boolean;
  copyText: (text: string) => Promise<boolean>;
  log: (what: string, error: unknown) => void;
  /** Logs an unexpected exception and answers with its classified message. */
  fail: Fallback;
}

/**
 * The selection a 2.1+ client passes to onGroupClick: bare ids (develop ContextOptionsStore.js
 * onMultiLoadPlugins `onGroupClick(filesIds)`), which the item's own kind completes (the client
 * offers a group item only when every selected item matches its type filter), or `{id, itemType}`.
 */
export function groupTargets(selection: GroupSelection, kind: "file" | "folder"): SendTarget[] {
  const targets: SendTarget[] = [];
  for (const entry of Array.isArray(selection) ? selection : []) {
    if (typeof entry === "number" || typeof entry === "string") targets.push({ id: entry, kind });
    else if (
      typeof entry === "object" &&
      entry !== null &&
      (typeof entry.id === "number" || typeof entry.id === "string")
    )
      targets.push(
        entry.itemType === "file" || entry.itemType === "folder" || entry.itemType === "room"
          ? { id: entry.id, kind: entry.itemType }
          : { id: entry.id, kind },
      );
  }
  return targets;
}

export class SendFlow {
  /** Outcomes of sends started from a dialog, by job key, shown at the next ask on the item. */
  private readonly unreported = new Map<string, { keys: readonly string[]; message: IMessage }>();
  /** Shared mode: the account's display name, by credential. */
  private readonly accountNames = new Map<string, string>();

  constructor(private readonly host: SendFlowHost) {}

  private context(): ResultContext {
    const { mode, access } = this.host.settings();
    return { t: this.host.t(), language: this.host.language(), mode, access };
  }

  private fail(kind: ProblemKind): IMessage {
    return problemToast(kind, this.context());
  }

  /** The menu item's onClick and onGroupClick land here. Never throws. */
  async send(targets: SendTarget[]): Promise<IMessage> {
    try {
      if (targets.length === 0) return toast(ToastType.info, this.host.t()("send.nothingSelected"));
      const running = this.host.jobs.find(targets);
      if (running) return this.progress(running);
      const report = this.takeReport(targets);
      if (report) return report;
      const settings = this.host.settings();
      if (!isUsable(settings)) return this.fail("not-configured");
      if (settings.audience === "admins" && !(await this.host.user()).isAdmin)
        return this.fail("not-allowed");
      const credential = await this.credential(settings);
      if (!credential) return this.connectDialog(targets, null);
      const leftOut = targets.length > 1 ? await this.offerOthers(targets) : null;
      if (leftOut) return leftOut;
      return await this.run(targets, settings, credential);
    } catch (error) {
      this.host.log("send", error);
      return this.fail(classifyProblem(error));
    }
  }

  private takeReport(targets: SendTarget[]): IMessage | undefined {
    for (const target of targets) {
      const report = this.unreported.get(jobKey(target));
      if (!report) continue;
      for (const key of report.keys) this.unreported.delete(key);
      return report.message;
    }
    return undefined;
  }

  /** Starts a send without waiting for it; its outcome is kept for the next ask on these items. */
  private sendInBackground(targets: SendTarget[]): IMessage {
    const keys = targets.map(jobKey);
    for (const key of keys) this.unreported.delete(key);
    void this.send(targets).then((message) => {
      const report = { keys, message };
      for (const key of keys) this.unreported.set(key, report);
    });
    return mergeMessages(
      { actions: [Actions.closeModal] },
      toast(ToastType.info, this.host.t()("send.background")),
    );
  }

  /** A second click on a running job: its progress, with Refresh and Cancel. */
  private progress(job: RunningJob): IMessage {
    const ctx = this.context();
    return {
      actions: [Actions.showModal],
      modalDialogProps: progressDialog(
        {
          progress: () => job.progress,
          cancel: () => {
            job.controller.abort();
            return mergeMessages(
              { actions: [Actions.closeModal] },
              toast(ToastType.info, ctx.t("progress.cancelling")),
            );
          },
        },
        ctx,
      ),
    };
  }

  /**
   * A selection with items the user may not download: name them and offer to send the others
   * (in the background, as "Send now" does). Null when every item may be sent.
   */
  private async offerOthers(targets: SendTarget[]): Promise<IMessage | null> {
    const denied = await this.host.services.undownloadable(targets);
    if (denied.length === 0) return null;
    const others = targets.filter((target) => !denied.some((entry) => entry.target === target));
    if (others.length === 0) return this.fail("no-download-permission");
    const handlers = {
      onSendOthers: () => guardAsync(async () => this.sendInBackground(others), this.host.fail),
      onClose: () => closeDialog(),
    };
    return {
      actions: [Actions.showModal],
      modalDialogProps: mixedSelectionDialog(
        denied.map((entry) => entry.title),
        others.length,
        handlers,
        this.host.t(),
      ),
    };
  }

  /** Shared mode: whose Dropbox the files went to (users/get_current_account), once per credential. */
  private async sharedAccount(
    settings: PluginSettings,
    credential: DropboxCredential,
  ): Promise<{ account?: string }> {
    if (settings.mode !== "shared") return {};
    const known = this.accountNames.get(credential.token);
    if (known !== undefined) return { account: known };
    try {
      const { name } = await this.host.services.account(settings.appKey, credential);
      this.accountNames.set(credential.token, name);
      return { account: name };
    } catch (error) {
      this.host.log("look up shared account", error);
      return {};
    }
  }

  private async credential(settings: PluginSettings): Promise<DropboxCredential | null> {
    if (settings.mode === "shared") return settings.credential;
    const user = await this.host.user();
    const token = this.host.tokens.read(user.id, settings.appKey);
    return token ? { type: "refresh", token } : null;
  }

  private async run(
    targets: SendTarget[],
    settings: PluginSettings,
    credential: DropboxCredential,
  ): Promise<IMessage> {
    const job = this.host.jobs.start(targets);
    try {
      const result = await this.host.services.send({
        targets,
        options: {
          appKey: settings.appKey,
          credential,
          folder: settings.folder,
          conflict: settings.conflict,
          shareLink: settings.shareLink,
        },
        onProgress: (progress) => {
          job.progress = { ...progress };
        },
        signal: job.controller.signal,
      });
      if (job.controller.signal.aborted && !result.files.some((file) => file.path !== undefined)) {
        return this.fail("cancelled");
      }
      const [only] = result.files;
      const link = result.files.length === 1 ? (only?.shareLink ?? result.shareLink) : result.shareLink;
      const copied = link ? await this.host.copyText(link) : false;
      return resultMessage(
        result,
        { ...this.context(), ...(await this.sharedAccount(settings, credential)) },
        copied,
      );
    } catch (error) {
      const kind = classifyProblem(error);
      this.host.log("transfer", error);
      if (settings.mode === "personal" && (kind === "dropbox-auth" || kind === "not-connected")) {
        // The stored token no longer works (revoked, or the app changed): forget it and reconnect.
        const user = await this.host.user();
        this.host.tokens.forget(user.id, settings.appKey);
        return mergeMessages(this.fail(kind), await this.connectDialog(targets, kind));
      }
      return this.fail(kind);
    } finally {
      this.host.jobs.finish(job);
    }
  }

  /** The account item: shows who is connected, with Disconnect; or the connect dialog. */
  async account(): Promise<IMessage> {
    try {
      const settings = this.host.settings();
      if (!isUsable(settings)) return this.fail("not-configured");
      if (settings.mode === "shared") return toast(ToastType.info, this.host.t()("account.sharedMode"));
      const credential = await this.credential(settings);
      let account: DropboxAccount | null = null;
      if (credential) {
        try {
          account = await this.host.services.account(settings.appKey, credential);
        } catch (error) {
          this.host.log("look up account", error);
          account = { name: this.host.t()("connect.accountUnknown"), email: "" };
        }
      }
      return await this.connectDialog(null, null, account);
    } catch (error) {
      this.host.log("account", error);
      return this.fail(classifyProblem(error));
    }
  }

  /** The personal connect dialog; `pending` is offered again once connected. */
  private async connectDialog(
    pending: SendTarget[] | null,
    problem: ProblemKind | null,
    account: DropboxAccount | null = null,
  ): Promise<IMessage> {
    const settings = this.host.settings();
    const user = await this.host.user();
    const state: ConnectDialogState = {
      view: { authorizeUrl: null, popupBlocked: false, code: "", problem, account, sessionOnly: false },
      offerSend: pending !== null,
    };
    const handlers: ConnectDialogHandlers = {
      onOpenDropbox: () => flow.handlers.onOpenDropbox(),
      onCode: (value) => flow.handlers.onCode(value),
      onConnect: () => flow.handlers.onConnect(),
      onDisconnect: () => flow.handlers.onDisconnect(),
      onSessionOnly: () => flow.handlers.onSessionOnly(),
      onSendNow: () =>
        guardAsync(
          () => (pending ? this.sendInBackground(pending) : { actions: [Actions.closeModal] }),
          this.host.fail,
        ),
      onClose: () => guardSync(() => ({ actions: [Actions.closeModal] }), this.host.fail) ?? {},
    };
    const flow: ConnectFlow = new ConnectFlow({
      services: this.host.services,
      appKey: () => settings.appKey,
      openTab: this.host.openTab,
      onConnected: (refreshToken, _account, persist) =>
        this.host.tokens.write(user.id, settings.appKey, refreshToken, persist) ? null : "storage-denied",
      current: () => {
        const token = this.host.tokens.read(user.id, settings.appKey);
        return token ? { type: "refresh", token } : null;
      },
      onDisconnected: () => {
        this.host.tokens.forget(user.id, settings.appKey);
        return {};
      },
      render: () => {
        state.view = flow.view;
        return updateConnectDialog(state, handlers, this.host.t());
      },
      echoCode: () => ({
        actions: [Actions.updateProps],
        newProps: codeInput(flow.view, handlers, this.host.t()).props,
      }),
      unknownAccountName: () => this.host.t()("connect.accountUnknown"),
      log: this.host.log,
      fail: this.host.fail,
    });
    flow.reset(account);
    flow.view = { ...flow.view, problem };
    state.view = flow.view;
    // The authorize URL is ready before the user clicks Open Dropbox (user activation, PKCE).
    await flow.prepare();
    return { actions: [Actions.showModal], modalDialogProps: connectDialog(state, handlers, this.host.t()) };
  }
}
