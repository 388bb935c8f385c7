// What happens when a member chooses Send to Dropbox: check the plugin is usable and the member
// allowed, find the Dropbox credential (asking a personal user to connect first), run the job and
// answer with the outcome. A click on an item whose send is still being prepared or running starts
// nothing: it opens the job's progress (refresh, cancel) instead. A send started from a dialog
// ("Send now") holds the dialog only while it is prepared, never while its job runs: the dialog's
// buttons set the client's dialog-wide request lock while their onClick runs
// (ONLYOFFICE/DocSpace-client packages/client/src/helpers/plugins/WrappedComponent.js), so the
// dialog closes once the job starts, the job runs on, and its outcome waits for the next ask on
// that item.
import { Actions, ToastType, type GroupSelection, type IMessage } from "@onlyoffice/docspace-plugin-sdk";
import { ConnectFlow } from "./connect-flow";
import { guardAsync, guardSync, type Fallback } from "./guard";
import type { PersonalTokens } from "./credentials";
import type { Language, Translate } from "./i18n";
import { jobKey, type JobRegistry, type RunningJob } from "./jobs";
import { REFRESH_EVENT, type DialogRefresher, type Outcome, type ProgressBoard, type Via } from "./progress";
import { classifyProblem, type ProblemKind } from "./messages";
import { isUsable, type PluginSettings } from "./settings/codec";
import {
  isJobRunningElsewhere,
  type DropboxAccount,
  type DropboxCredential,
  type InterruptedJob,
  type PluginServices,
  type PortalUser,
  type SendTarget,
} from "./transfer";
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
import { resumeDialog } from "./ui/resume-dialog";

/** What the member chose when an interrupted send was offered: continue it, or start afresh. */
type ResumeChoice = { job: InterruptedJob } | { fresh: true };

export interface SendFlowHost {
  services: PluginServices;
  tokens: PersonalTokens;
  jobs: JobRegistry;
  /** Live progress: the portal's floating operations button and the leave-page guard. */
  board: ProgressBoard;
  /** Keeps an open progress dialog current where the host allows it. */
  refresher: DialogRefresher;
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

  /** The menu item's onClick, onItemClick and onGroupClick land here. Never throws. */
  async send(targets: SendTarget[], via: Via = "click"): Promise<IMessage> {
    return await this.begin(targets, via).answer;
  }

  /**
   * A send and, apart, whether it started a job: `started` settles true once the job is
   * registered, false when the answer came without one (a dialog, a refusal, a failure, or the
   * progress of these items' send already under way).
   */
  private begin(
    targets: SendTarget[],
    via: Via,
    choice?: ResumeChoice,
  ): { answer: Promise<IMessage>; started: Promise<boolean> } {
    let settle: (started: boolean) => void = () => undefined;
    const started = new Promise<boolean>((resolve) => {
      settle = resolve;
    });
    const answer = this.attempt(targets, via, choice, () => settle(true));
    void answer.then(
      () => settle(false),
      () => settle(false),
    );
    return { answer, started };
  }

  private async attempt(
    targets: SendTarget[],
    via: Via,
    choice: ResumeChoice | undefined,
    started: () => void,
  ): Promise<IMessage> {
    try {
      if (targets.length === 0) return toast(ToastType.info, this.host.t()("send.nothingSelected"));
      const running = this.host.jobs.find(targets);
      if (running) return await this.again(running, via);
      const preparation = this.host.jobs.preparation(targets);
      if (preparation) return await this.afterPreparation(preparation, targets, via);
      const report = this.takeReport(targets);
      if (report) return report;
      return await this.prepareAndRun(targets, via, choice, started);
    } catch (error) {
      this.host.log("send", error);
      return this.fail(classifyProblem(error));
    }
  }

  /**
   * Checks, look-ups and questions, then the job. The items are marked as being prepared from the
   * first statement, before anything is awaited, until the job is registered or the preparation
   * has answered, whether with a dialog, a refusal or a failure.
   */
  private async prepareAndRun(
    targets: SendTarget[],
    via: Via,
    choice: ResumeChoice | undefined,
    started: () => void,
  ): Promise<IMessage> {
    const release = this.host.jobs.prepare(targets);
    try {
      const settings = this.host.settings();
      if (!isUsable(settings)) return this.fail("not-configured");
      if (settings.audience === "admins" && !(await this.host.user()).isAdmin)
        return this.fail("not-allowed");
      const credential = await this.credential(settings);
      if (!credential) return await this.connectDialog(targets, null);
      const leftOut = targets.length > 1 ? await this.offerOthers(targets) : null;
      if (leftOut) return leftOut;
      const offer = await this.resumeOffer(targets, choice);
      if (offer) return offer;
      return await this.run(
        targets,
        settings,
        credential,
        via,
        () => {
          release();
          started();
        },
        choice,
      );
    } finally {
      release();
    }
  }

  /**
   * A send of these items is being prepared. Once it has started its job, this ask is answered as
   * a second ask on a running job; when the preparation answered without one, that answer (a
   * dialog, a refusal) is the one to see, and this ask answers with nothing.
   */
  private async afterPreparation(
    preparation: Promise<void>,
    targets: SendTarget[],
    via: Via,
  ): Promise<IMessage> {
    await preparation;
    const job = this.host.jobs.find(targets);
    return job ? await this.again(job, via) : {};
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

  /**
   * An interrupted send of any of these items, not cancelled: Resume, or Start again. A send of them
   * still running in another tab is neither (its upload sessions are in use there): that tab shows
   * its progress. Asked again after a choice, as another tab may have taken the job meanwhile.
   */
  private async resumeOffer(
    targets: SendTarget[],
    choice: ResumeChoice | undefined,
  ): Promise<IMessage | undefined> {
    const { services } = this.host;
    if (!services.interruptedJob) return undefined;
    let user: PortalUser;
    let job: InterruptedJob | undefined;
    try {
      user = await this.host.user();
      job = await services.interruptedJob(user.id, targets);
    } catch (error) {
      // Without its state the send simply starts from the first byte.
      this.host.log("look up interrupted send", error);
      return undefined;
    }
    if (!job) return undefined;
    if (job.runningElsewhere) return this.runningElsewhere();
    if (choice) return undefined;
    const found = job;
    return {
      actions: [Actions.showModal],
      modalDialogProps: resumeDialog(
        found,
        {
          resume: () =>
            guardAsync(() => this.sendInBackground(found.targets, { job: found }), this.host.fail),
          startAgain: () =>
            guardAsync(async () => {
              try {
                await services.discardJob?.(user.id, found.id);
              } catch (error) {
                this.host.log("discard interrupted send", error);
              }
              return this.sendInBackground(targets, { fresh: true });
            }, this.host.fail),
        },
        this.context(),
      ),
    };
  }

  private runningElsewhere(): IMessage {
    return toast(ToastType.info, this.host.t()("send.otherTab"));
  }

  /**
   * A send from a dialog's button (Send now, Send the other items, Resume, Start again). The button
   * waits while the send is prepared, then closes the dialog once the job has started, without
   * waiting for it; the outcome is kept for the next ask on these items. When the preparation
   * answers instead (the Resume question for an interrupted send of these items, a refusal, the
   * progress of a send already under way), that answer is shown now: a dialog in it takes this
   * dialog's place (the client's messageActions show-modal sets the dialog's props, and PluginDialog
   * loads a new onLoad: ONLYOFFICE/DocSpace-client packages/client/src/helpers/plugins/utils.js,
   * packages/client/src/components/dialogs/PluginDialog/index.js).
   */
  private async sendInBackground(targets: SendTarget[], choice?: ResumeChoice): Promise<IMessage> {
    const keys = targets.map(jobKey);
    for (const key of keys) this.unreported.delete(key);
    const { answer, started } = this.begin(targets, "background", choice);
    if (!(await started)) {
      const message = await answer;
      return message.actions?.includes(Actions.showModal)
        ? message
        : mergeMessages({ actions: [Actions.closeModal] }, message);
    }
    void answer.then((message) => {
      // Shown in the floating button, the outcome follows there; otherwise it waits for an ask.
      if (!message.floatingOperationsButtonProps) this.keep(keys, message);
    });
    return mergeMessages(
      { actions: [Actions.closeModal] },
      toast(ToastType.info, this.host.t()("send.background")),
    );
  }

  private keep(keys: readonly string[], message: IMessage): void {
    const report = { keys, message };
    for (const key of keys) this.unreported.set(key, report);
  }

  /**
   * A second click on a running job. Its file row is marked busy by the host while the click that
   * started it is pending, and this click marked it again: answering now would clear the mark when
   * this callback settles (ContextOptionsStore.js onLoadPlugins `setActiveFiles([])`) while the job
   * still runs. So the answer waits for the job's end (the first click shows its result).
   */
  private async again(job: RunningJob, via: Via): Promise<IMessage> {
    if (job.marked && via === "click") {
      await job.ended;
      return {};
    }
    return this.progress(job);
  }

  /** A second click on a running job: its progress, with Refresh and Cancel. */
  private progress(job: RunningJob): IMessage {
    this.host.refresher.start(job);
    const ctx = this.context();
    return {
      actions: [Actions.showModal],
      modalDialogProps: progressDialog(
        {
          progress: () => job.progress,
          cancel: () => {
            job.controller.abort();
            this.host.refresher.stop();
            return mergeMessages(
              { actions: [Actions.closeModal] },
              toast(ToastType.info, ctx.t("progress.cancelling")),
            );
          },
        },
        ctx,
        REFRESH_EVENT,
      ),
    };
  }

  /** The member's id for resumable state; without it the send is simply not resumable. */
  private async userId(): Promise<string | undefined> {
    try {
      return (await this.host.user()).id;
    } catch (error) {
      this.host.log("look up user for resume", error);
      return undefined;
    }
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
      onSendOthers: () => guardAsync(() => this.sendInBackground(others), this.host.fail),
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

  /**
   * Starts the job. Where the host has the floating operations button (or may have it: a click
   * through onItemClick or the group menu, before any evidence against it) the callback answers at
   * once with the button and the outcome follows through the button's dispatchMessage; otherwise
   * the callback holds until the job ends and answers with the outcome, as DocSpace 3.6 expects.
   */
  private async run(
    targets: SendTarget[],
    settings: PluginSettings,
    credential: DropboxCredential,
    via: Via,
    started: () => void,
    choice?: ResumeChoice,
  ): Promise<IMessage> {
    const job = this.host.jobs.start(targets);
    started();
    // A dialog's Send now cannot hand the host a button (the client's dialog controls pass no
    // floating-operations handlers), so it uses one only when the host has already loaded it.
    const floating =
      via === "background" ? this.host.board.present : via !== "click" && !this.host.board.absent;
    job.marked = via === "click" && !floating && targets.length === 1 && targets[0]?.kind === "file";
    this.host.board.begin(job);
    const outcome = this.execute(job, targets, settings, credential, choice).catch((error: unknown) => {
      this.host.log("send", error);
      return this.fail(classifyProblem(error));
    });
    if (!floating) return await outcome;
    // Without the button after all, the outcome waits for the next ask on these items.
    void outcome.then((message) => {
      if (!this.host.board.deliver(message)) this.keep(job.keys, message);
    });
    return this.host.board.showMessage();
  }

  private async execute(
    job: RunningJob,
    targets: SendTarget[],
    settings: PluginSettings,
    credential: DropboxCredential,
    choice: ResumeChoice | undefined,
  ): Promise<IMessage> {
    let ended: Exclude<Outcome, "running"> | "withdrawn" = "failed";
    try {
      const userId = this.host.services.interruptedJob ? await this.userId() : undefined;
      const result = await this.host.services.send({
        ...(userId !== undefined ? { resume: { userId, ...choice } } : {}),
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
          this.host.board.progress(job);
        },
        signal: job.controller.signal,
      });
      if (job.controller.signal.aborted && !result.files.some((file) => file.path !== undefined)) {
        ended = "cancelled";
        return this.fail("cancelled");
      }
      ended = result.files.some((file) => file.error !== undefined) ? "failed" : "done";
      const [only] = result.files;
      const link = result.files.length === 1 ? (only?.shareLink ?? result.shareLink) : result.shareLink;
      const copied = link ? await this.host.copyText(link) : false;
      return resultMessage(
        result,
        { ...this.context(), ...(await this.sharedAccount(settings, credential)) },
        copied,
      );
    } catch (error) {
      if (isJobRunningElsewhere(error)) {
        // Another tab took these items between the question and the start: nothing was sent,
        // and nothing was cancelled either.
        ended = "withdrawn";
        return this.runningElsewhere();
      }
      const kind = classifyProblem(error);
      if (kind === "cancelled") ended = "cancelled";
      this.host.log("transfer", error);
      if (settings.mode === "personal" && (kind === "dropbox-auth" || kind === "not-connected")) {
        // The token this job used no longer works (revoked, or the app changed): forget it and
        // reconnect. While the job ran the user may have disconnected and connected again, here or
        // in another tab; that newer token is not the one Dropbox refused, so it stays, and the
        // user only needs to send again.
        const user = await this.host.user();
        this.host.tokens.forgetIfStill(user.id, settings.appKey, credential.token);
        if (this.host.tokens.read(user.id, settings.appKey) !== null)
          return toast(ToastType.error, this.host.t()("error.dropboxAuth.reconnected"));
        return mergeMessages(this.fail(kind), await this.connectDialog(targets, kind));
      }
      return this.fail(kind);
    } finally {
      this.host.jobs.finish(job);
      this.host.board.end(job, ended);
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
        return token ? { appKey: settings.appKey, credential: { type: "refresh", token } } : null;
      },
      onDisconnected: ({ credential }) => {
        // Only the token that was revoked: one connected meanwhile in another tab stays.
        if (credential) this.host.tokens.forgetIfStill(user.id, settings.appKey, credential.token);
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
