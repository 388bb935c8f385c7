// Connecting Dropbox without a redirect page (https://developers.dropbox.com/oauth-guide, code flow
// without redirect_uri): a button opens Dropbox's
// authorize page in a new tab, Dropbox shows a code, the user pastes it back, and we exchange it.
// The same section serves the personal connect dialog and the admin's shared-account settings.
import {
  ModalDisplayType,
  type BoxGroup,
  type Component,
  type IMessage,
  type IModalDialog,
  type InputGroup,
} from "@onlyoffice/docspace-plugin-sdk";
import type { Translate } from "../i18n";
import { problemMessageKey, type ProblemKind } from "../messages";
import type { DropboxAccount } from "../transfer";
import { box, button, checkbox, input, text, updateContext, MUTED_COLOR, WARNING_COLOR } from "./components";

export const CONNECT_CONTEXT = "send-to-dropbox-connect";

/** Problems specific to connecting, besides the general ones. */
export type ConnectProblem =
  ProblemKind | "code-missing" | "code-rejected" | "app-key-missing" | "storage-denied";

export interface ConnectView {
  /** Dropbox's authorize URL, once the user asked for it. */
  authorizeUrl: string | null;
  /** The browser refused the new tab: show the URL to copy instead. */
  popupBlocked: boolean;
  code: string;
  problem: ConnectProblem | null;
  account: DropboxAccount | null;
  /** "Don't keep me connected on this computer": the token goes to session storage only. */
  sessionOnly: boolean;
}

export const EMPTY_CONNECT_VIEW: ConnectView = Object.freeze({
  authorizeUrl: null,
  popupBlocked: false,
  code: "",
  problem: null,
  account: null,
  sessionOnly: false,
});

export interface ConnectHandlers {
  onOpenDropbox: () => Promise<IMessage> | IMessage;
  onCode: (value: string) => IMessage | void;
  onConnect: () => Promise<IMessage> | IMessage;
  onDisconnect: () => Promise<IMessage> | IMessage;
  /** Only the personal dialog has the "don't keep me connected" checkbox. */
  onSessionOnly?: () => IMessage | void;
}

export function connectProblemText(problem: ConnectProblem, t: Translate): string {
  switch (problem) {
    case "code-missing":
      return t("connect.codeMissing");
    case "code-rejected":
      return t("connect.codeRejected");
    case "app-key-missing":
      return t("connect.appKeyMissing");
    case "storage-denied":
      return t("connect.storageDenied");
    default:
      return t(problemMessageKey(problem, "personal"));
  }
}

export function connectedText(account: DropboxAccount, t: Translate): string {
  return account.email
    ? t("connect.connectedAs", { name: account.name, email: account.email })
    : t("connect.connectedAsName", { name: account.name });
}

/** Props of the code input; also returned by update-props when the user types. */
export function codeInput(view: ConnectView, handlers: ConnectHandlers, t: Translate): InputGroup {
  return input({ value: view.code, onChange: handlers.onCode, placeholder: t("connect.codePlaceholder") });
}

/**
 * `offerSessionOnly`: the personal dialog offers "don't keep me connected on this computer"; the
 * admin's shared account is stored in the plugin settings, so the choice means nothing there.
 */
export function connectSection(
  view: ConnectView,
  handlers: ConnectHandlers,
  t: Translate,
  offerSessionOnly = false,
): Component[] {
  if (view.account) {
    return [
      text(connectedText(view.account, t), { bold: true }),
      box([button({ label: t("connect.disconnect"), onClick: handlers.onDisconnect })], {
        marginProp: "8px 0 0 0",
      }),
    ];
  }
  const children: Component[] = [
    text(t("connect.step1")),
    box([button({ label: t("connect.openDropbox"), onClick: handlers.onOpenDropbox })], {
      marginProp: "4px 0 8px 0",
    }),
  ];
  if (view.popupBlocked && view.authorizeUrl) {
    children.push(
      text(t("connect.popupBlocked"), { color: WARNING_COLOR }),
      input({ value: view.authorizeUrl, onChange: () => undefined, readOnly: true, maxLength: 4096 }),
    );
  }
  children.push(text(t("connect.step2")), codeInput(view, handlers, t));
  if (offerSessionOnly && handlers.onSessionOnly) {
    children.push(
      checkbox({
        label: t("connect.sessionOnly"),
        checked: view.sessionOnly,
        onChange: handlers.onSessionOnly,
      }),
    );
  }
  children.push(
    box([button({ label: t("connect.connect"), onClick: handlers.onConnect, primary: true })], {
      marginProp: "8px 0 0 0",
    }),
  );
  if (view.problem) children.push(text(connectProblemText(view.problem, t), { color: WARNING_COLOR }));
  return children;
}

export interface ConnectDialogState {
  view: ConnectView;
  /** The user was sending when asked to connect: offer "Send now" once connected. */
  offerSend: boolean;
}

export interface ConnectDialogHandlers extends ConnectHandlers {
  onSendNow: () => Promise<IMessage> | IMessage;
  onClose: () => IMessage;
}

/**
 * The dialog body's one updatable tree: in DocSpace 3.6 the modal's body and footer are separate
 * trees (ONLYOFFICE/DocSpace-client packages/client/src/components/dialogs/PluginDialog).
 */
export function connectDialogBody(
  state: ConnectDialogState,
  handlers: ConnectDialogHandlers,
  t: Translate,
): BoxGroup {
  const children: Component[] = [];
  if (!state.view.account) {
    children.push(text(t("connect.intro")), text(t("connect.privacy"), { color: MUTED_COLOR }));
  }
  children.push(box(connectSection(state.view, handlers, t, true), { marginProp: "12px 0 0 0" }));
  if (state.view.account && state.offerSend) {
    children.push(
      box(
        [
          button({
            label: t("connect.sendNow"),
            onClick: handlers.onSendNow,
            primary: true,
          }),
        ],
        { marginProp: "12px 0 0 0" },
      ),
    );
  }
  return box(children, {}, CONNECT_CONTEXT);
}

export function connectDialog(
  state: ConnectDialogState,
  handlers: ConnectDialogHandlers,
  t: Translate,
): IModalDialog {
  return {
    displayType: ModalDisplayType.modal,
    dialogHeader: state.view.account ? t("account.title") : t("connect.title"),
    dialogBody: { children: [connectDialogBody(state, handlers, t)] },
    // Sized to the content, so every step shows without a scroll bar.
    autoMaxHeight: true,
    autoMaxWidth: true,
    onClose: handlers.onClose,
    // DocSpace 3.6 replaces header, body and footer together with onLoad's result (PluginDialog),
    // so all are given.
    onLoad: async () => ({
      newDialogHeader: state.view.account ? t("account.title") : t("connect.title"),
      newDialogBody: { children: [connectDialogBody(state, handlers, t)] },
    }),
  } satisfies IModalDialog;
}

/** Re-renders the dialog body in place (a button inside the dialog may update-context). */
export function updateConnectDialog(
  state: ConnectDialogState,
  handlers: ConnectDialogHandlers,
  t: Translate,
): IMessage {
  return updateContext({ name: CONNECT_CONTEXT, props: connectDialogBody(state, handlers, t).props });
}
