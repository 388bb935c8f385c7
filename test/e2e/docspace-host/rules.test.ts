// The host rules the real client enforces and a lenient host would let through, one test each,
// driven by test/fixtures/plugins/rules-probe. Sources, in ONLYOFFICE/DocSpace-client
// packages/client/src (tag v3.6.1-server; branch develop for the 4.0 host):
// helpers/plugins/WrappedComponent.js and components/dialogs/PluginDialog/index.js (request lock,
// awaited onClose, state kept while mounted), store/PluginStore.ts updatePluginStatus,
// store/ContextOptionsStore.js onLoadPlugins / onMultiLoadPlugins, HOCs/withFileActions.js and
// pages/Home/Section/Body/TableView/StyledTable.js (active rows).
import type { Browser, Page } from "playwright-core";

import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";
import { buildFixturePlugin } from "../../fixtures/plugins/build";
import { launchBrowser } from "../../support/browser";
import {
  closeMenu,
  folderPath,
  menuFor,
  openHost,
  pluginGlobal,
  waitForMenuKey,
  type HostPage,
} from "./helpers";

interface Probe {
  reads: { context: number; profile: number };
  closeCalls: number;
  api: { origin: string; proxy: string; prefix: string } | null;
  groups: unknown[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

function probe(page: Page): Promise<Probe> {
  return pluginGlobal<Probe>(page, "probe");
}

function release(page: Page, name: string): Promise<void> {
  return page.evaluate((key) => {
    const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
    (frame.contentWindow as unknown as { release(name: string): void }).release(key);
  }, name);
}

async function choose(page: Page, title: string, key: string): Promise<void> {
  await menuFor(page, title);
  await page.getByTestId(`menu-item-${key}`).click();
}

describe.each(["3.6", "4.0"] as const)("%s host", (hostVersion) => {
  let emu: DocSpaceEmulator;
  let host: HostPage;

  beforeAll(async () => {
    emu = await startDocSpaceEmulator({ hostVersion });
    emu.plugins.install(buildFixturePlugin("rules-probe"));
    host = await openHost(browser, emu, "owner", folderPath(emu.seed.rooms.project));
    await waitForMenuKey(host.page, "rp-lock");
  });
  afterAll(async () => {
    await host.context.close();
    await emu.close();
  });
  afterEach(async () => {
    await closeMenu(host.page);
  });

  test("plugins get api.prefix '/api/2.0' and run in a hidden iframe whose parent is the portal page", async () => {
    expect((await probe(host.page)).api).toEqual({
      origin: emu.url,
      proxy: "",
      prefix: "/api/2.0",
    });
    const parentIsPortal = await host.page.evaluate(() => {
      const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
      return frame.contentWindow?.parent === window && frame.parentElement === document.body;
    });
    expect(parentIsPortal).toBe(true);
  });

  test("the dialog cannot be closed while a withLoadingAfterClick button's onClick runs", async () => {
    const { page } = host;
    await choose(page, "Report.docx", "rp-lock");
    const modal = page.getByTestId("plugin-modal");
    await modal.waitFor();
    const long = modal.getByRole("button", { name: "Long job" });
    const other = modal.getByRole("button", { name: "Other" });
    await expect(other.isDisabled()).resolves.toBe(false);
    await long.click();
    await modal.locator('[data-loading="true"]').waitFor();
    // Every flagged button in the dialog follows the lock.
    await expect(other.isDisabled()).resolves.toBe(true);
    await page.getByTestId("plugin-modal-close").click();
    await page.keyboard.press("Escape");
    await page.getByTestId("plugin-modal-backdrop").click({ position: { x: 5, y: 5 } });
    // onClose was never even called, and the dialog is still there.
    expect((await probe(page)).closeCalls).toBe(0);
    await expect(modal.count()).resolves.toBe(1);
    await release(page, "long");
    await page.waitForFunction(() => window.__docspaceHost?.toasts.at(-1)?.title === "long done");
    await expect(other.isDisabled()).resolves.toBe(false);
    // Now the cross works; onClose is async and awaited, and its close-modal closes the dialog.
    await page.getByTestId("plugin-modal-close").click();
    await modal.waitFor({ state: "detached" });
    expect((await probe(page)).closeCalls).toBe(1);
  });

  test("a second update-status with an unchanged status re-reads no items; update-profile-menu-items does", async () => {
    const { page } = host;
    const before = (await probe(page)).reads;
    // The probe adds a profile item and answers update-status; its status stays "active".
    await choose(page, "Report.docx", "rp-add-profile");
    await page.getByTestId("current-user").click();
    await page.getByTestId("profile-menu-switch-user").waitFor();
    await expect(page.getByTestId("profile-menu-item-rp-profile").count()).resolves.toBe(0);
    await page.keyboard.press("Escape");
    expect((await probe(page)).reads).toEqual(before);
    await choose(page, "Report.docx", "rp-profile-items");
    await page.waitForFunction((n) => {
      const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
      return (frame.contentWindow as unknown as { probe: Probe }).probe.reads.profile > n;
    }, before.profile);
    await page.getByTestId("current-user").click();
    await page.getByTestId("profile-menu-item-rp-profile").waitFor();
    await page.keyboard.press("Escape");
  });

  test("withActiveItem marks the file row and blocks its menu button; a folder's row is never marked", async () => {
    const { page } = host;
    const file = page.locator('[data-testid=file-row][data-title="Report.docx"]');
    await choose(page, "Report.docx", "rp-active");
    await expect(file.getAttribute("data-active")).resolves.toBe("true");
    const blocked = await file.getByTestId("row-menu-button").evaluate((button) => {
      const box = button.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return { pointerEvents: getComputedStyle(button).pointerEvents, hitsButton: hit === button };
    });
    expect(blocked).toEqual({ pointerEvents: "none", hitsButton: false });
    await release(page, "active");
    await page.waitForFunction(() => window.__docspaceHost?.toasts.at(-1)?.title?.startsWith("active done"));
    await expect(file.getAttribute("data-active")).resolves.toBe("false");

    const folder = page.locator('[data-testid=file-row][data-title="Folder A"]');
    await choose(page, "Folder A", "rp-active");
    // setActiveFiles([folderId]) matches only a file with that id; the folder row stays usable.
    await expect(folder.getAttribute("data-active")).resolves.toBe("false");
    await release(page, "active");
    await page.waitForFunction(
      (id) => window.__docspaceHost?.toasts.at(-1)?.title === `active done ${id}`,
      emu.seed.folders.folderA,
    );
  });

  test("a dialog re-shown without onLoad keeps its old header and body; a new onLoad replaces them", async () => {
    const { page } = host;
    await choose(page, "Report.docx", "rp-reshow");
    const modal = page.getByTestId("plugin-modal");
    await modal.getByText("first body").waitFor();
    await modal.getByRole("button", { name: "Reshow plain" }).click();
    // close-modal + show-modal in one message: the dialog stays mounted with its state.
    await page.waitForFunction(() => document.querySelector("[data-testid=plugin-modal]") !== null);
    await expect(modal.getByText("second body").count()).resolves.toBe(0);
    await expect(modal.getByText("first body").count()).resolves.toBe(1);
    await expect(page.getByTestId("plugin-modal-header").textContent()).resolves.toContain("First");
    await modal.getByRole("button", { name: "Reshow with onLoad" }).click();
    await modal.getByText("loaded body").waitFor();
    await page.getByTestId("plugin-modal-close").click();
    await modal.waitFor({ state: "detached" });
  });

  test(
    hostVersion === "4.0"
      ? "group clicks get bare ids, and only when every selected item matches the item"
      : "multi-selection offers no plugin items",
    async () => {
      const { page } = host;
      const check = (title: string) =>
        page.locator(`[data-title="${title}"] [data-testid=row-checkbox]`).check();
      await check("Report.docx");
      await check("Photo.jpg");
      const files = await menuFor(page, "Photo.jpg");
      expect(await page.getByTestId("context-menu").getAttribute("data-group")).toBe("true");
      if (hostVersion === "3.6") {
        expect(files.keys).toEqual(["download", "delete"]);
        await closeMenu(page);
        await page.locator('[data-title="Photo.jpg"]').click();
        return;
      }
      expect(files.keys).toContain("rp-group-files");
      await page.getByTestId("menu-item-rp-group-files").click();
      await page.waitForFunction(() => window.__docspaceHost?.toasts.at(-1)?.title === "group 2");
      const groups = (await probe(page)).groups;
      expect(groups.at(-1)).toEqual(expect.arrayContaining([emu.seed.files.oneKib, emu.seed.files.image]));
      // A file and a folder: the files-only item is not in the folder's options, so it is not offered.
      await page.locator('[data-title="Photo.jpg"]').click();
      await check("Report.docx");
      await check("Folder A");
      const mixed = await menuFor(page, "Report.docx");
      expect(mixed.keys).not.toContain("rp-group-files");
      await closeMenu(page);
      await page.locator('[data-title="Report.docx"]').click();
    },
  );

  test("no uncaught errors", () => {
    expect(host.errors).toEqual([]);
  });
});
