// How a job ends, as the host can show it: a toast for one file, a dialog for several (counts,
// renamed names, each failure with its reason), and a progress dialog when asked while running.
// Places are said as the user finds them in Dropbox: inside the app's folder under Apps for an
// App-folder app (whose paths are relative to that folder, and whose name the API never gives:
// https://developers.dropbox.com/oauth-guide "App folder"), and whose Dropbox in shared mode.
import {
  Actions,
  ModalDisplayType,
  ToastType,
  type BoxGroup,
  type Component,
  type IBox,
  type IMessage,
  type IModalDialog,
} from "@onlyoffice/docspace-plugin-sdk";
import { displayText } from "../display-text";
import { formatBytes, formatted, type Language, type Translate } from "../i18n";
import { describeProblem, describeRenameReasons, type ProblemKind } from "../messages";
import type { AppAccess, ConnectionMode } from "../settings/codec";
import type { FileOutcome, JobProgress, JobResult } from "../transfer";
import { box, button, input, label, text, updateContext, MUTED_COLOR, WARNING_COLOR } from "./components";

export interface ResultContext {
  t: Translate;
  language: Language;
  mode: ConnectionMode;
  /** The Dropbox app's access type, as the admin set it; without it, paths are shown as they are. */
  access?: AppAccess;
  /** Shared mode: the shared account's display name, when Dropbox gave it. */
  account?: string;
}

/**
 * A Dropbox path as the user finds it, as display text: "" is the top level (the app's folder for
 * App-folder apps).
 */
export function whereText(path: string, ctx: Pick<ResultContext, "t" | "access">): string {
  const { t, access } = ctx;
  if (path === "" || path === "/")
    return access === "app-folder" ? t("result.where.appFolderRoot") : t("result.where.root");
  return access === "app-folder" ? t("result.where.appFolder", { path }) : displayText(path);
}

/** Shared mode: which account the files went to. */
function accountToasts(ctx: ResultContext): { type: ToastType; title: string }[] {
  return ctx.mode === "shared" && ctx.account
    ? [{ type: ToastType.info, title: ctx.t("result.account", { name: ctx.account }) }]
    : [];
}

/** Lines listed per section in the result dialog; the rest is counted. */
export const MAX_LISTED = 10;

export function toast(type: ToastType, title: string): IMessage {
  return { actions: [Actions.showToast], toastProps: [{ type, title }] };
}

export function problemToast(kind: ProblemKind, ctx: ResultContext): IMessage {
  const type = kind === "cancelled" ? ToastType.info : ToastType.error;
  return toast(type, describeProblem(kind, ctx.mode, ctx.t));
}

/** How far a running job is, in one sentence. */
export function progressLine(progress: JobProgress, ctx: ResultContext): string {
  const { t, language } = ctx;
  if (progress.totalFiles === 0) return t("progress.preparing");
  return t("progress.running", {
    files: progress.finishedFiles,
    totalFiles: progress.totalFiles,
    bytes: formatted(formatBytes(progress.transferredBytes, language, t)),
    totalBytes: formatted(formatBytes(progress.totalBytes, language, t)),
  });
}

export const PROGRESS_CONTEXT = "send-to-dropbox-progress";

export interface ProgressHandlers {
  /** The job's progress now (it keeps changing while the dialog is open). */
  progress: () => JobProgress;
  /** Cancels the job; answers with what the user sees. */
  cancel: () => IMessage;
}

function progressBody(handlers: ProgressHandlers, ctx: ResultContext): BoxGroup {
  const { t } = ctx;
  const refresh = (): IMessage =>
    updateContext({ name: PROGRESS_CONTEXT, props: progressBody(handlers, ctx).props });
  return box(
    [
      text(progressLine(handlers.progress(), ctx)),
      text(t("progress.explain"), { color: MUTED_COLOR }),
      box(
        [
          // Only buttons inside the dialog may update it (helpers/plugins/utils.js), hence Refresh.
          button({ label: t("progress.refresh"), onClick: refresh }),
          button({ label: t("progress.cancel"), onClick: handlers.cancel }),
          button({ label: t("common.close"), onClick: closeMessage }),
        ],
        {
          marginProp: "16px 0 0 0",
          displayProp: "flex",
          flexDirection: "row",
          justifyContent: "space-between",
        },
      ),
    ],
    {},
    PROGRESS_CONTEXT,
  );
}

/**
 * The answer to a second click on a running job: its progress, with Refresh and Cancel. The row
 * keeps its busy state until the job ends, and then the usual result appears.
 */
export function progressDialog(
  handlers: ProgressHandlers,
  ctx: ResultContext,
  refreshEvent?: string,
): IModalDialog {
  const header = ctx.t("progress.title");
  const body = (): IBox => ({ children: [progressBody(handlers, ctx)] });
  const dialog: IModalDialog = {
    displayType: ModalDisplayType.modal,
    dialogHeader: header,
    dialogBody: body(),
    autoMaxHeight: true,
    onClose: closeMessage,
    onLoad: async () => ({ newDialogHeader: header, newDialogBody: body() }),
  };
  if (refreshEvent) {
    // The dialog listens on the portal window (PluginDialog/index.js binds each eventListeners
    // entry there) and answers with itself under a new onLoad, which the mounted dialog runs again.
    dialog.eventListeners = [
      {
        name: refreshEvent,
        onAction: () => ({
          actions: [Actions.showModal],
          modalDialogProps: {
            ...dialog,
            onLoad: async () => ({ newDialogHeader: header, newDialogBody: body() }),
          },
        }),
      },
    ];
  }
  return dialog;
}

export interface JobSummary {
  sent: FileOutcome[];
  renamed: FileOutcome[];
  failed: FileOutcome[];
}

export function summarize(result: JobResult): JobSummary {
  const failed = result.files.filter((file) => file.error !== undefined);
  const sent = result.files.filter((file) => file.error === undefined && file.path !== undefined);
  return { sent, failed, renamed: sent.filter((file) => file.renamedFrom !== undefined) };
}

function lastComponent(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The outcome as toasts (one file) or a dialog (several files, or any failure among several). */
export function resultMessage(result: JobResult, ctx: ResultContext, linkCopied: boolean): IMessage {
  const { t } = ctx;
  const summary = summarize(result);
  const [only] = result.files;
  if (result.files.length === 0) {
    return toast(ToastType.info, t("result.empty", { path: formatted(whereText(result.destination, ctx)) }));
  }
  if (result.files.length === 1 && only) {
    if (only.error !== undefined) {
      return toast(
        ToastType.error,
        t("result.fileFailed", {
          name: lastComponent(only.source),
          reason: formatted(describeProblem(only.error, ctx.mode, t)),
        }),
      );
    }
    const path = formatted(whereText(only.path ?? result.destination, ctx));
    const toasts =
      only.renamedFrom !== undefined
        ? [
            {
              type: ToastType.warning,
              title: t("result.fileRenamedWhy", {
                path,
                name: lastComponent(only.renamedFrom),
                reasons: formatted(describeRenameReasons(only.renameReasons ?? [], t)),
              }),
            },
          ]
        : [{ type: ToastType.success, title: t("result.fileSent", { path }) }];
    toasts.push(...accountToasts(ctx));
    const link = only.shareLink ?? result.shareLink;
    if (link && linkCopied) toasts.push({ type: ToastType.info, title: t("result.linkCopied") });
    if (link && !linkCopied) {
      return {
        actions: [Actions.showToast, Actions.showModal],
        toastProps: toasts,
        modalDialogProps: linkDialog(link, ctx),
      };
    }
    return { actions: [Actions.showToast], toastProps: toasts };
  }
  const type = summary.failed.length === 0 ? ToastType.success : ToastType.warning;
  return {
    actions: [Actions.showToast, Actions.showModal],
    toastProps: [
      {
        type,
        title: t("result.summaryToast", { sent: summary.sent.length, total: result.files.length }),
      },
      ...accountToasts(ctx),
    ],
    modalDialogProps: resultDialog(result, summary, ctx, linkCopied),
  };
}

function closeMessage(): IMessage {
  return { actions: [Actions.closeModal] };
}

function closeButton(t: Translate): Component {
  return box([button({ label: t("common.close"), onClick: closeMessage })], { marginProp: "16px 0 0 0" });
}

function linkRow(link: string, ctx: ResultContext, linkCopied: boolean): Component[] {
  return [
    label(ctx.t("result.linkLabel")),
    input({ value: link, onChange: () => undefined, readOnly: true, maxLength: 4096 }),
    ...(linkCopied ? [text(ctx.t("result.linkCopied"), { color: MUTED_COLOR })] : []),
  ];
}

export function linkDialog(link: string, ctx: ResultContext): IModalDialog {
  const body = box([text(ctx.t("result.linkIntro")), ...linkRow(link, ctx, false), closeButton(ctx.t)]);
  return {
    displayType: ModalDisplayType.modal,
    dialogHeader: ctx.t("result.linkTitle"),
    dialogBody: { children: [body] },
    autoMaxHeight: true,
    onClose: closeMessage,
    onLoad: async () => ({ newDialogHeader: ctx.t("result.linkTitle"), newDialogBody: { children: [body] } }),
  } satisfies IModalDialog;
}

function listed<T>(items: readonly T[], render: (item: T) => Component, t: Translate): Component[] {
  const shown = items.slice(0, MAX_LISTED).map(render);
  if (items.length > MAX_LISTED)
    shown.push(text(t("result.andMore", { count: items.length - MAX_LISTED }), { color: MUTED_COLOR }));
  return shown;
}

export function resultDialog(
  result: JobResult,
  summary: JobSummary,
  ctx: ResultContext,
  linkCopied: boolean,
): IModalDialog {
  const { t } = ctx;
  const children: Component[] = [
    text(
      t("result.counts", {
        sent: summary.sent.length,
        total: result.files.length,
        path: formatted(whereText(result.destination, ctx)),
      }),
      { bold: true },
    ),
  ];
  if (ctx.mode === "shared" && ctx.account) children.push(text(t("result.account", { name: ctx.account })));
  if (summary.failed.length > 0) {
    children.push(
      box(
        [
          text(t("result.failedHeading", { count: summary.failed.length }), {
            color: WARNING_COLOR,
            bold: true,
          }),
          ...listed(
            summary.failed,
            (file) =>
              text(
                t("result.failedLine", {
                  name: file.source || formatted(t("result.item", { id: String(file.itemId ?? "") })),
                  reason: formatted(describeProblem(file.error ?? "unknown", ctx.mode, t)),
                }),
              ),
            t,
          ),
        ],
        { marginProp: "12px 0 0 0" },
      ),
    );
  }
  if (summary.renamed.length > 0) {
    children.push(
      box(
        [
          text(t("result.renamedHeading", { count: summary.renamed.length }), { bold: true }),
          ...listed(
            summary.renamed,
            (file) =>
              text(
                t("result.renamedLineWhy", {
                  name: file.renamedFrom ?? file.source,
                  path: file.path ?? "",
                  reasons: formatted(describeRenameReasons(file.renameReasons ?? [], t)),
                }),
              ),
            t,
          ),
        ],
        { marginProp: "12px 0 0 0" },
      ),
    );
  }
  if (result.shareLink)
    children.push(box(linkRow(result.shareLink, ctx, linkCopied), { marginProp: "12px 0 0 0" }));
  children.push(closeButton(t));
  const header = summary.failed.length === 0 ? t("result.title") : t("result.titleWithProblems");
  const body = box(children);
  return {
    displayType: ModalDisplayType.modal,
    dialogHeader: header,
    dialogBody: { children: [body] },
    autoMaxHeight: true,
    autoMaxWidth: true,
    onClose: closeMessage,
    onLoad: async () => ({ newDialogHeader: header, newDialogBody: { children: [body] } }),
  } satisfies IModalDialog;
}
