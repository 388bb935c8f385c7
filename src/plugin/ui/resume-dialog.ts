// The question asked when the member chooses Send to Dropbox on an item whose earlier send stopped
// (reload, browser crash, lost network): continue it, or start again from the first byte.
import {
  Actions,
  ModalDisplayType,
  type IBox,
  type IMessage,
  type IModalDialog,
} from "@onlyoffice/docspace-plugin-sdk";
import { formatBytes, formatted } from "../i18n";
import type { InterruptedJob } from "../transfer";
import { box, button, text } from "./components";
import type { ResultContext } from "./results";

export interface ResumeHandlers {
  resume: () => Promise<IMessage>;
  startAgain: () => Promise<IMessage>;
}

export function resumeDialog(
  job: InterruptedJob,
  handlers: ResumeHandlers,
  ctx: ResultContext,
): IModalDialog {
  const { t, language } = ctx;
  const header = t("menu.send");
  const body = (): IBox => ({
    children: [
      box([
        text(t("resume.question")),
        box(
          [
            button({
              label: t("resume.resume", {
                bytes: formatted(formatBytes(job.transferredBytes, language, t)),
                totalBytes: formatted(formatBytes(job.totalBytes, language, t)),
              }),
              onClick: handlers.resume,
              primary: true,
            }),
            button({ label: t("resume.startAgain"), onClick: handlers.startAgain }),
          ],
          {
            marginProp: "16px 0 0 0",
            displayProp: "flex",
            flexDirection: "row",
            justifyContent: "space-between",
          },
        ),
      ]),
    ],
  });
  return {
    displayType: ModalDisplayType.modal,
    dialogHeader: header,
    dialogBody: body(),
    autoMaxHeight: true,
    onClose: () => ({ actions: [Actions.closeModal] }),
    onLoad: async () => ({ newDialogHeader: header, newDialogBody: body() }),
  } satisfies IModalDialog;
}
