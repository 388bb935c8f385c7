// A member whose portal speaks German, then Russian, in a real Chromium on the 4.0 host (which
// hands the portal's language to setLanguage): the menu item, the result toast and the result
// dialog use the language's own plural forms for 1, 2 and 5 files, counted from real sends of the
// built dist/plugin.zip to the emulated Dropbox.
import type { BrowserContext, Page } from "playwright-core";

import { SEED } from "../../emulators/docspace";
import { configurePlugin, startStack, type Stack } from "../../support/stack";
import {
  closeModal,
  connectDropbox,
  folderPath,
  gotoFolder,
  modal,
  nextToast,
  openDropboxConnection,
  openPortal,
  rightClick,
  screenshot,
  sendItem,
  toastCount,
  waitForSendItem,
} from "./portal";

let stack: Stack;
let context: BrowserContext;
let page: Page;

/** A folder in the project room with `files` small files, the first `denied` of them not downloadable. */
function addFolder(title: string, files: number, denied: number): void {
  const { id } = stack.docspace.addFolder({ parentId: SEED.rooms.project, title });
  for (let i = 1; i <= files; i += 1) {
    stack.docspace.addFile({ folderId: id, title: `${i}.txt`, size: 100 + i, denyDownload: i <= denied });
  }
}

/** Switches the portal's language as its language menu does (the asc_language cookie) and reloads. */
async function speak(language: string): Promise<void> {
  await context.addCookies([{ name: "asc_language", value: language, url: stack.docspace.url }]);
  await gotoFolder(page, SEED.rooms.project);
  await waitForSendItem(page);
}

/** Sends a folder; returns the toast title and every line of the result dialog. */
async function send(title: string): Promise<{ toast: string; lines: string[] }> {
  const before = await toastCount(page);
  await rightClick(page, title);
  await sendItem(page).click();
  const toast = await nextToast(page, before);
  const dialog = modal(page);
  await dialog.waitFor();
  const lines = (await dialog.innerText()).split("\n").map((line) => line.trim());
  return { toast: toast.title, lines };
}

beforeAll(async () => {
  stack = await startStack({ docspace: { hostVersion: "4.0" } });
  configurePlugin(stack, { appKey: "emulator-app", mode: "personal", folder: "/DocSpace" });
  addFolder("Zwei", 2, 1);
  addFolder("Sieben", 7, 5);
  addFolder("Два", 2, 1);
  addFolder("Семь", 7, 5);
  context = await stack.newContext();
  ({ page } = await openPortal(context, stack.docspace, "user", folderPath(SEED.rooms.project)));
  await waitForSendItem(page);
  // Connected once in English; the connection stays in the browser across reloads.
  const dialog = await openDropboxConnection(page);
  await connectDropbox(page, dialog);
  await closeModal(page);
}, 120_000);
afterAll(async () => {
  await stack?.close();
});

describe("plural forms in the portal's language", () => {
  test("German: 1 Datei, 2 Dateien, 5 Dateien", async () => {
    await speak("de");
    const menu = await rightClick(page, "Zwei");
    await expect(menu.locator(":scope > li > span").allTextContents()).resolves.toContain(
      "An Dropbox senden",
    );
    await page.keyboard.press("Escape");

    const two = await send("Zwei");
    expect(two.toast).toBe("Senden an Dropbox abgeschlossen: 1 von 2 Dateien gesendet.");
    expect(two.lines).toContain("1 von 2 Dateien an /DocSpace/Zwei gesendet.");
    expect(two.lines).toContain("1 Datei nicht gesendet:");
    await screenshot(page, "result-de");
    await closeModal(page);

    const seven = await send("Sieben");
    expect(seven.toast).toBe("Senden an Dropbox abgeschlossen: 2 von 7 Dateien gesendet.");
    expect(seven.lines).toContain("2 von 7 Dateien an /DocSpace/Sieben gesendet.");
    expect(seven.lines).toContain("5 Dateien nicht gesendet:");
    await closeModal(page);
  });

  test("Russian: 1 файл, 2 файла, 5 файлов", async () => {
    await speak("ru");
    const menu = await rightClick(page, "Два");
    await expect(menu.locator(":scope > li > span").allTextContents()).resolves.toContain(
      "Отправить в Dropbox",
    );
    await page.keyboard.press("Escape");

    const two = await send("Два");
    expect(two.toast).toBe("Отправка в Dropbox завершена: отправлен 1 файл из 2.");
    expect(two.lines).toContain("Отправлен 1 файл из 2 в /DocSpace/Два.");
    expect(two.lines).toContain("1 файл не отправлен:");
    await closeModal(page);

    const seven = await send("Семь");
    expect(seven.toast).toBe("Отправка в Dropbox завершена: отправлено 2 файла из 7.");
    expect(seven.lines).toContain("Отправлено 2 файла из 7 в /DocSpace/Семь.");
    expect(seven.lines).toContain("5 файлов не отправлено:");
    await screenshot(page, "result-ru");
    await closeModal(page);

    // Each failure is a real one: the files that could not be downloaded are not in Dropbox.
    const sent = stack.dropbox
      .files()
      .map((file) => file.pathDisplay)
      .filter((p) => p.startsWith("/DocSpace/Семь/"));
    expect(sent.sort()).toEqual(["/DocSpace/Семь/6.txt", "/DocSpace/Семь/7.txt"]);
  });
});
