import type { Browser } from "playwright-core";

import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";
import { buildFixturePlugin } from "../../fixtures/plugins/build";
import { launchBrowser } from "../../support/browser";
import { closeMenu, folderPath, menuFor, openHost, waitForMenuKey, type HostPage } from "./helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("context menu filters and dispatch (DocSpace 3.6: ContextOptionsStore.js, helpers/plugins/utils.js)", () => {
  let emu: DocSpaceEmulator;
  let host: HostPage;

  beforeAll(async () => {
    emu = await startDocSpaceEmulator();
    emu.plugins.install(buildFixturePlugin("menu-probe"));
    host = await openHost(browser, emu, "owner", folderPath(emu.seed.rooms.project));
    await waitForMenuKey(host.page, "mp-modal");
  });
  afterAll(async () => {
    await host.context.close();
    await emu.close();
  });
  afterEach(async () => {
    await closeMenu(host.page);
  });

  test("a .docx file: file filters, extension, role, item and parent security, submenu children", async () => {
    const { labels, keys } = await menuFor(host.page, "Report.docx");
    expect(labels[0]).toBe("Open");
    expect(labels[1]).toBe("Actions");
    expect(keys).toEqual(
      expect.arrayContaining([
        "mp-any",
        "mp-files",
        "mp-file-only",
        "mp-docx",
        "mp-owner",
        "mp-download",
        "mp-parent-create",
        "mp-sub",
        "mp-sub-docx",
      ]),
    );
    for (const key of ["mp-images", "mp-videos", "mp-rooms", "mp-jpg", "mp-sub-pdf"])
      expect(keys).not.toContain(key);
  });

  test("images and videos are typed image/video, not file", async () => {
    const photo = await menuFor(host.page, "Photo.jpg");
    expect(photo.keys).toEqual(expect.arrayContaining(["mp-files", "mp-images", "mp-jpg"]));
    expect(photo.keys).not.toContain("mp-file-only");
    // No child matches, so the submenu parent is hidden.
    expect(photo.keys).not.toContain("mp-sub");
    await closeMenu(host.page);
    const clip = await menuFor(host.page, "Clip.mp4");
    expect(clip.keys).toContain("mp-videos");
    expect(clip.keys).not.toContain("mp-file-only");
  });

  test("folders match items without fileType, and fileExt is not checked for them", async () => {
    const { keys } = await menuFor(host.page, "Folder A");
    expect(keys).toEqual(expect.arrayContaining(["mp-any", "mp-docx", "mp-jpg"]));
    expect(keys).not.toContain("mp-files");
  });

  test("itemSecurity: no Download, no item", async () => {
    const { keys } = await menuFor(host.page, "Secret Plan.docx");
    expect(keys).toContain("mp-docx");
    expect(keys).not.toContain("mp-download");
  });

  test("onClick gets the id and its message is dispatched", async () => {
    await menuFor(host.page, "Report.docx");
    await host.page.getByTestId("menu-item-mp-toast").click();
    await expect(host.page.getByTestId("toast").last().textContent()).resolves.toBe(
      `clicked ${emu.seed.files.oneKib}`,
    );
  });

  test("save-settings from a menu callback throws a TypeError after the earlier actions ran", async () => {
    emu.clearRequests();
    const before = host.errors.length;
    const toasts = await host.page.evaluate(() => window.__docspaceHost?.toasts.length ?? 0);
    await menuFor(host.page, "Report.docx");
    await host.page.getByTestId("menu-item-mp-save").click();
    await host.page.waitForFunction((n) => (window.__docspaceHost?.errors.length ?? 0) > n, before);
    expect(host.errors.slice(before)).toEqual(["TypeError: updatePlugin is not a function"]);
    const after = await host.page.evaluate(() => window.__docspaceHost?.toasts ?? []);
    expect(after.slice(toasts)).toEqual([{ type: "info", title: "before save" }]);
    expect(emu.requests.filter((r) => r.method === "PUT")).toEqual([]);
  });

  test("update-context from a menu callback throws a TypeError too", async () => {
    const before = host.errors.length;
    await menuFor(host.page, "Report.docx");
    await host.page.getByTestId("menu-item-mp-context").click();
    await host.page.waitForFunction((n) => (window.__docspaceHost?.errors.length ?? 0) > n, before);
    expect(host.errors.slice(before)).toEqual(["TypeError: updateContextProps is not a function"]);
  });

  test("withActiveItem: the row is busy until onClick settles, and stays busy when it throws", async () => {
    const row = host.page.locator('[data-testid=file-row][data-title="notes.txt"]');
    await menuFor(host.page, "notes.txt");
    await host.page.getByTestId("menu-item-mp-active").click();
    await expect(row.getAttribute("data-active")).resolves.toBe("true");
    await host.page.evaluate(() => {
      const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
      (frame.contentWindow as unknown as { releaseSlow: () => void }).releaseSlow();
    });
    await host.page.waitForFunction(
      () => document.querySelector('[data-title="notes.txt"]')?.getAttribute("data-active") === "false",
    );

    const before = host.errors.length;
    const other = host.page.locator('[data-testid=file-row][data-title="Manual.pdf"]');
    await menuFor(host.page, "Manual.pdf");
    await host.page.getByTestId("menu-item-mp-throws").click();
    await host.page.waitForFunction((n) => (window.__docspaceHost?.errors.length ?? 0) > n, before);
    expect(host.errors.slice(before)).toEqual(["Error: plugin failure"]);
    await expect(other.getAttribute("data-active")).resolves.toBe("true");
    // The stuck row stays blocked, as in the client; a reload clears the client's state.
    await host.page.reload();
    await host.page.waitForFunction(() => window.__docspaceHost?.ready === true);
    await host.page.locator("[data-testid=files-page][data-loaded=true]").waitFor();
  });

  test("multi-selection shows no plugin items in DocSpace 3.6", async () => {
    await host.page.locator('[data-title="Report.docx"] [data-testid=row-checkbox]').check();
    await host.page.locator('[data-title="Manual.pdf"] [data-testid=row-checkbox]').check();
    const { keys } = await menuFor(host.page, "Report.docx");
    expect(await host.page.getByTestId("context-menu").getAttribute("data-group")).toBe("true");
    expect(keys).toEqual(["download", "delete"]);
    await closeMenu(host.page);
    await host.page.locator('[data-title="Manual.pdf"]').click();
  });

  test("rooms: fileType room matches, file types do not", async () => {
    await host.page.getByTestId("nav-rooms").click();
    await host.page.locator('[data-testid=file-row][data-title="Project Room"]').waitFor();
    const { keys } = await menuFor(host.page, "Project Room");
    expect(keys).toEqual(expect.arrayContaining(["mp-any", "mp-rooms"]));
    expect(keys).not.toContain("mp-files");
  });

  test("third-party items pass their string id", async () => {
    await host.page.goto(`${emu.url}${folderPath(emu.seed.rooms.thirdParty)}`);
    await waitForMenuKey(host.page, "mp-toast");
    await menuFor(host.page, "Box Doc.docx");
    await host.page.getByTestId("menu-item-mp-toast").click();
    await expect(host.page.getByTestId("toast").last().textContent()).resolves.toBe("clicked sbox-file-1");
  });

  test("never in the Trash", async () => {
    await host.page.goto(`${emu.url}/rooms/trash`);
    await waitForMenuKey(host.page, "mp-any");
    const { labels, keys } = await menuFor(host.page, "deleted.docx");
    expect(labels).toEqual(["Open", "Download", "Copy link", "Info"]);
    expect(keys.filter((k) => k.startsWith("mp-"))).toEqual([]);
  });

  test("usersTypes and parent security follow the signed-in user", async () => {
    const guest = await openHost(browser, emu, "guest", folderPath(emu.seed.rooms.project));
    try {
      await waitForMenuKey(guest.page, "mp-any");
      const { keys } = await menuFor(guest.page, "Report.docx");
      expect(keys).toContain("mp-download");
      expect(keys).not.toContain("mp-owner");
      expect(keys).not.toContain("mp-parent-create");
    } finally {
      await guest.context.close();
    }
  });
});

describe("placement", () => {
  test("a single matching item goes in at index 1", async () => {
    const emu = await startDocSpaceEmulator();
    try {
      emu.plugins.install(buildFixturePlugin("order-probe"));
      const host = await openHost(browser, emu, "owner", folderPath(emu.seed.rooms.project));
      await waitForMenuKey(host.page, "order-probe-item");
      const { labels } = await menuFor(host.page, "Report.docx");
      expect(labels).toEqual(["Open", "Order probe", "Download", "Copy link", "Info"]);
      await host.context.close();
    } finally {
      await emu.close();
    }
  });
});

describe("4.0 additions", () => {
  let emu: DocSpaceEmulator;
  let host: HostPage;
  beforeAll(async () => {
    emu = await startDocSpaceEmulator({ hostVersion: "4.0" });
    emu.plugins.install(buildFixturePlugin("menu-probe"));
    host = await openHost(browser, emu, "owner", folderPath(emu.seed.rooms.project));
    await waitForMenuKey(host.page, "mp-group");
  });
  afterAll(async () => {
    await host.context.close();
    await emu.close();
  });

  test("group actions appear for a multi-selection and get the selected items", async () => {
    await host.page.locator('[data-title="Report.docx"] [data-testid=row-checkbox]').check();
    await host.page.locator('[data-title="Photo.jpg"] [data-testid=row-checkbox]').check();
    const { keys } = await menuFor(host.page, "Photo.jpg");
    expect(keys).toEqual(["download", "delete", "mp-group"]);
    await host.page.getByTestId("menu-item-mp-group").click();
    await expect(host.page.getByTestId("toast").last().textContent()).resolves.toBe("group 2");
    const selection = await host.page.evaluate(() => {
      const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
      return (frame.contentWindow as unknown as { groupSelection: unknown }).groupSelection;
    });
    // develop ContextOptionsStore.js onMultiLoadPlugins: `onGroupClick(filesIds)`, bare ids.
    expect(selection).toEqual(expect.arrayContaining([emu.seed.files.oneKib, emu.seed.files.image]));
    await host.page.locator('[data-title="Photo.jpg"]').click();
  });

  test("save-settings from a menu callback throws there too (develop utils.js calls updatePlugin unguarded)", async () => {
    const before = host.errors.length;
    await menuFor(host.page, "Report.docx");
    await host.page.getByTestId("menu-item-mp-save").click();
    await host.page.waitForFunction((n) => (window.__docspaceHost?.errors.length ?? 0) > n, before);
    expect(host.errors.slice(before)).toEqual(["TypeError: updatePlugin is not a function"]);
    expect(emu.plugins.get("menu-probe")?.settings ?? "").toBe("");
  });
});
