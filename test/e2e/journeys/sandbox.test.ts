// `npm start` tried as a new user would: run the real command, open the one URL it prints in a
// plain Chromium (no resolver rules, no trusted certificates: an ordinary browser), configure the
// plugin, send a file, connect Dropbox on the way, find the file on the emulated Dropbox page, and
// stop everything with Ctrl-C.
import type { Browser, Page } from "playwright-core";

import { launchBrowser } from "../../support/browser";
import { reachable, startSandboxProcess, type SandboxProcess } from "../../support/sandbox-process";
import {
  chooseSendToDropbox,
  connectDropbox,
  enterAppKey,
  modal,
  nextToast,
  rightClick,
  saveSettings,
  screenshot,
  text,
  toastCount,
  waitForSendItem,
  waitReady,
  openSettings,
} from "./portal";

let sandbox: SandboxProcess | undefined;
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

// Both clients the sandbox offers: `npm start` and `npm start -- --host 4.0`.
test.each(["3.6", "4.0"])(
  "npm start --host %s: one URL, configure, send, find the file in the emulated Dropbox, Ctrl-C",
  async (host) => {
    await sandbox?.stop();
    sandbox = await startSandboxProcess({ host: host === "4.0" ? "4.0" : "3.6" });
    const { signInUrl, dropboxPage } = sandbox;
    expect(sandbox.output()).toContain(`emulated DocSpace ${host} portal`);
    await browser?.close();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page: Page = await context.newPage();
    // The sandbox runs three processes of its own: under load, its pages answer slower than the in-process stack.
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    // The URL signs in as the admin, on Integration → Plugins, with the plugin already uploaded.
    await page.goto(signInUrl);
    await waitReady(page);
    const aside = await openSettings(page);
    await enterAppKey(aside, "emulator-app-folder");
    expect((await saveSettings(page)).status).toBe(200);
    await waitForSendItem(page);

    await page.getByTestId("nav-rooms").click();
    await page.getByText("Project Room", { exact: true }).click();
    await page.locator("[data-testid=file-row][data-title='Report.docx']").waitFor();
    await rightClick(page, "Report.docx");
    await chooseSendToDropbox(page);
    const dialog = modal(page);
    await connectDropbox(page, dialog);
    const before = await toastCount(page);
    await dialog.getByRole("button", { name: text["connect.sendNow"], exact: true }).click();
    // Send now closes the dialog and the job runs on; choosing the file again shows the outcome.
    await expect(nextToast(page, before)).resolves.toEqual({ type: "info", title: text["send.background"] });
    await dialog.waitFor({ state: "detached" });
    // The emulated Dropbox page lists the file once the job is done (read from here, so the portal
    // page, which holds the outcome, stays open).
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const listing = await fetch(dropboxPage).then((response) => response.text());
      if (listing.includes("/Apps/Send to Dropbox/Report.docx")) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const count = await toastCount(page);
    await rightClick(page, "Report.docx");
    await chooseSendToDropbox(page);
    const outcome = await nextToast(page, count);
    expect(outcome).toEqual({
      type: "success",
      title: "Sent to Dropbox: /Report.docx inside this app's folder in Dropbox (under Apps)",
    });
    await screenshot(page, "sandbox-sent");

    await page.goto(dropboxPage);
    await expect(page.locator("#files").textContent()).resolves.toContain(
      "/Apps/Send to Dropbox/Report.docx",
    );
    await screenshot(page, "sandbox-dropbox-page");

    // The ordinary member is one link away.
    await page.goto(new URL("/rooms/shared", signInUrl).toString());
    await page.getByTestId("switch-user").click();
    await page.getByTestId("sign-in-as-user").click();
    await waitReady(page);
    await expect(page.getByTestId("current-user").textContent()).resolves.toBe("Úna O'Brien");
    expect(errors).toEqual([]);

    // npm re-raises the SIGINT its child got, so it ends by that signal (or 0 on some shells).
    await expect(sandbox.stop()).resolves.toMatch(/^(0|SIGINT)$/);
    await expect(reachable(signInUrl)).resolves.toBe(false);
    await expect(reachable(dropboxPage)).resolves.toBe(false);
  },
  240_000,
);
