// A selection with items the user may not download: the group menu still offers Send to Dropbox
// (its group items ask for no Download right, see menu.ts), and this dialog names the items left
// out and offers to send the others.
import { Actions, ModalDisplayType, type IMessage, type IModalDialog } from "@onlyoffice/docspace-plugin-sdk";
import { displayText } from "../display-text";
import type { Translate } from "../i18n";
import { box, button, text, MUTED_COLOR } from "./components";
import { MAX_LISTED } from "./results";

export interface MixedSelectionHandlers {
  /** Sends the items the user may download. */
  onSendOthers: () => Promise<IMessage> | IMessage;
  onClose: () => IMessage;
}

export function mixedSelectionDialog(
  leftOut: readonly string[],
  sendable: number,
  handlers: MixedSelectionHandlers,
  t: Translate,
): IModalDialog {
  // DocSpace titles, shown without a message around them, so cleaned here.
  const listed = leftOut.slice(0, MAX_LISTED).map((title) => text(`• ${displayText(title)}`));
  if (leftOut.length > MAX_LISTED)
    listed.push(text(t("result.andMore", { count: leftOut.length - MAX_LISTED }), { color: MUTED_COLOR }));
  const body = box([
    text(t("mixed.intro")),
    box(listed, { marginProp: "8px 0 0 0" }),
    box(
      [
        button({
          label: t("mixed.send", { count: sendable }),
          onClick: handlers.onSendOthers,
          primary: true,
        }),
        button({ label: t("common.close"), onClick: handlers.onClose }),
      ],
      {
        marginProp: "16px 0 0 0",
        displayProp: "flex",
        flexDirection: "row",
        justifyContent: "space-between",
      },
    ),
  ]);
  const header = t("mixed.title");
  return {
    displayType: ModalDisplayType.modal,
    dialogHeader: header,
    dialogBody: { children: [body] },
    autoMaxHeight: true,
    onClose: handlers.onClose,
    onLoad: async () => ({ newDialogHeader: header, newDialogBody: { children: [body] } }),
  } satisfies IModalDialog;
}

export function closeDialog(): IMessage {
  return { actions: [Actions.closeModal] };
}
