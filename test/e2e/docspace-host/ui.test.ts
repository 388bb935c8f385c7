import type { Browser, Page } from "playwright-core";

import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";
import { buildFixturePlugin } from "../../fixtures/plugins/build";
import { launchBrowser } from "../../support/browser";
import { folderPath, menuFor, openHost, pluginGlobal, waitForMenuKey, type HostPage } from "./helpers";

const PLUGINS_PAGE = "/portal-settings/integration/plugins";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function setPluginGlobal(page: Page, name: string, value: unknown): Promise<void> {
  await page.evaluate(
    ([key, v]) => {
      const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
      (frame.contentWindow as unknown as Record<string, unknown>)[key as string] = v;
    },
    [name, value] as const,
  );
}

describe("modal dialogs (helpers/plugins/utils.js; helpers/plugins/WrappedComponent.js)", () => {
  let emu: DocSpaceEmulator;
  let host: HostPage;
  beforeAll(async () => {
    emu = await startDocSpaceEmulator();
    emu.plugins.install(buildFixturePlugin("menu-probe"));
    host = await openHost(browser, emu, "owner", folderPath(emu.seed.rooms.project));
    await waitForMenuKey(host.page, "mp-modal");
    await menuFor(host.page, "Report.docx");
    await host.page.getByTestId("menu-item-mp-modal").click();
    await host.page.getByTestId("plugin-modal").waitFor();
  });
  afterAll(async () => {
    await host.context.close();
    await emu.close();
  });

  test("renders header, body and footer from the descriptors", async () => {
    const modal = host.page.getByTestId("plugin-modal");
    await expect(modal.getByTestId("plugin-modal-header").textContent()).resolves.toContain("Probe dialog");
    await expect(
      modal.getByTestId("plugin-modal-body").getByTestId("plugin-text").textContent(),
    ).resolves.toBe("nothing yet");
    await expect(modal.getByTestId("plugin-modal-footer").getByTestId("plugin-button").count()).resolves.toBe(
      2,
    );
  });

  test("update-props from an input keeps what was typed; update-context from a body button reaches the body", async () => {
    const body = host.page.getByTestId("plugin-modal-body");
    await expect(body.getByTestId("plugin-input").getAttribute("placeholder")).resolves.toBe("type");
    await body.getByTestId("plugin-input").pressSequentially("abc");
    await expect(body.getByTestId("plugin-input").inputValue()).resolves.toBe("abc");
    // newProps replace the props: the placeholder it did not repeat is gone.
    await expect(body.getByTestId("plugin-input").getAttribute("placeholder")).resolves.toBeNull();
    await body.getByRole("button", { name: "Echo" }).click();
    await expect(body.getByTestId("plugin-text").textContent()).resolves.toBe("echo: abc");
  });

  test("the footer is a separate tree: its update-context does not reach the body", async () => {
    await host.page
      .getByTestId("plugin-modal-footer")
      .getByRole("button", { name: "Footer reaches body" })
      .click();
    await host.page.waitForTimeout(100);
    await expect(
      host.page.getByTestId("plugin-modal-body").getByTestId("plugin-text").textContent(),
    ).resolves.toBe("echo: abc");
    expect(host.errors).toEqual([]);
  });

  test("ButtonSize.extraSmall ('extra-small') renders a collapsed button", async () => {
    const box = await host.page
      .getByTestId("plugin-modal-body")
      .getByTestId("plugin-button")
      .filter({ hasText: "Tiny" })
      .boundingBox();
    expect(box?.height ?? 0).toBe(0);
  });

  test("Esc and the cross call onClose; the dialog stays open unless it returns close-modal", async () => {
    await host.page.keyboard.press("Escape");
    await host.page.getByTestId("plugin-modal-close").click();
    expect(await pluginGlobal<number>(host.page, "closeAttempts")).toBe(2);
    await expect(host.page.getByTestId("plugin-modal").count()).resolves.toBe(1);
    await setPluginGlobal(host.page, "allowClose", true);
    await host.page.getByTestId("plugin-modal-backdrop").click({ position: { x: 5, y: 5 } });
    await expect(host.page.getByTestId("plugin-modal").count()).resolves.toBe(0);
  });
});

describe("settings aside (helpers/plugins/WrappedComponent.js; store/PluginStore.ts updatePlugin)", () => {
  let emu: DocSpaceEmulator;
  let host: HostPage;
  const aside = (): ReturnType<Page["getByTestId"]> => host.page.getByTestId("settings-aside");
  const open = async (): Promise<void> => {
    await host.page
      .locator("[data-testid=plugin-row][data-name=ui-probe] [data-testid=plugin-settings-button]")
      .click();
    await aside().getByTestId("plugin-input").first().waitFor();
  };

  beforeAll(async () => {
    emu = await startDocSpaceEmulator();
    emu.plugins.install(buildFixturePlugin("ui-probe"));
    host = await openHost(browser, emu, "owner", PLUGINS_PAGE);
    await host.page.waitForFunction(() => window.__docspaceHost?.plugin?.("ui-probe") !== undefined);
    await open();
  });
  afterAll(async () => {
    await host.context.close();
    await emu.close();
  });

  test("the list shows the logo and, because an image is set, the description", async () => {
    const row = host.page.locator("[data-testid=plugin-row][data-name=ui-probe]");
    await expect(row.getByTestId("plugin-logo").getAttribute("src")).resolves.toBe(
      "/storage/webplugins/ui-probe/assets/logo.svg?hash=1.0.0",
    );
    await expect(row.getByTestId("plugin-description").textContent()).resolves.toBe(
      "A settings panel built from component descriptors.",
    );
  });

  test("getAdminPluginSettings on render, onLoad on open; the Save button's look is forced", async () => {
    const log = await pluginGlobal<string[]>(host.page, "uiLog");
    expect(log).toEqual(expect.arrayContaining(["settingsValue:null", "getAdminPluginSettings", "onLoad"]));
    const save = aside().getByTestId("settings-save");
    await expect(save.textContent()).resolves.toBe("Save");
    await expect(save.getAttribute("data-size")).resolves.toBe("normal");
    await expect(save.getAttribute("class")).resolves.toContain("primary");
  });

  test("inputs default to maxLength 255 and tabIndex -1, and are controlled", async () => {
    const fixed = aside().locator("[data-context-name=revert-input]");
    await expect(fixed.getAttribute("maxlength")).resolves.toBe("255");
    await expect(fixed.getAttribute("tabindex")).resolves.toBe("-1");
    await fixed.pressSequentially("zz");
    await expect(fixed.inputValue()).resolves.toBe("fixed");
  });

  test("only button.onClick is awaited: a Promise from a control's onChange is ignored", async () => {
    const area = aside().locator("[data-context-name=async-area]");
    await area.pressSequentially("q");
    await expect(area.inputValue()).resolves.toBe("");
    expect(await pluginGlobal<string[]>(host.page, "uiLog")).toContain("async-area:q");
  });

  test("img, skeleton, iFrame and box render as the host does", async () => {
    // img src is not resolved against the plugin's assets.
    await expect(aside().getByTestId("plugin-img").getAttribute("src")).resolves.toBe("logo.svg");
    await expect(
      aside()
        .getByTestId("plugin-skeleton")
        .evaluate((el) => (el as HTMLElement).style.width),
    ).resolves.toBe("40px");
    await expect(aside().locator("iframe#probe-frame").count()).resolves.toBe(1);
    const box = await aside()
      .getByTestId("plugin-box")
      .filter({ has: host.page.locator(":scope:not(:has(*))") })
      .last()
      .evaluate((el) => ({
        width: (el as HTMLElement).style.width,
        direction: (el as HTMLElement).style.flexDirection,
        border: (el as HTMLElement).style.border,
      }));
    // *Prop fields map to CSS, other props go into style verbatim, a string borderProp is ignored.
    expect(box).toEqual({ width: "50px", direction: "row", border: "" });
  });

  test("checkbox and combo box change only through update-props", async () => {
    const box = aside().getByTestId("plugin-checkbox").locator("input");
    await box.click();
    await expect(aside().getByTestId("plugin-checkbox").locator("input").isChecked()).resolves.toBe(true);
    await aside().getByTestId("plugin-combobox-selected").click();
    await aside().getByTestId("plugin-combobox-option").filter({ hasText: "Option B" }).click();
    await expect(aside().getByTestId("plugin-combobox-selected").textContent()).resolves.toBe("Option B");
    expect(await pluginGlobal<string[]>(host.page, "uiLog")).toEqual(
      expect.arrayContaining(["checkbox:true", "select:b"]),
    );
  });

  test("save-settings from a control's onChange throws a TypeError", async () => {
    const before = host.errors.length;
    await aside().getByTestId("plugin-toggle-button").locator("input").click();
    await host.page.waitForFunction((n) => (window.__docspaceHost?.errors.length ?? 0) > n, before);
    expect(host.errors.slice(before)).toEqual(["TypeError: updatePlugin is not a function"]);
    expect(emu.plugins.get("ui-probe")?.settings).toBeNull();
  });

  test("Save stores the value with a PUT and closes the panel", async () => {
    await aside().locator("[data-context-name=value-input]").fill("hello");
    await aside().getByTestId("settings-save").click();
    await host.page.waitForFunction(() => (window.__docspaceHost?.puts.length ?? 0) === 1);
    await expect(aside().count()).resolves.toBe(0);
    expect(emu.plugins.get("ui-probe")).toMatchObject({ enabled: true, settings: "hello" });
    await expect(host.page.getByTestId("toast").last().textContent()).resolves.toBe("saved");
  });

  test("more than 255 characters: the PUT fails with 400, DocSpace 3.6 only logs it and closes the panel", async () => {
    await open();
    await aside().locator("[data-context-name=value-input]").fill("v".repeat(300));
    const toasts = await host.page.evaluate(() => window.__docspaceHost?.toasts.length ?? 0);
    await aside().getByTestId("settings-save").click();
    await expect(aside().count()).resolves.toBe(0);
    await host.page.waitForFunction(() => (window.__docspaceHost?.puts.length ?? 0) === 2);
    const put = await host.page.evaluate(() => window.__docspaceHost?.puts[1]);
    expect(put?.status).toBe(400);
    expect(put?.body).toContain("maximum length of 255");
    const after = await host.page.evaluate(() => window.__docspaceHost?.toasts ?? []);
    expect(after.slice(toasts).map((t) => t.type)).toEqual(["success"]);
    expect(emu.plugins.get("ui-probe")?.settings).toBe("hello");
  });

  test("the body can reach the Save button by contextName; the forced look stays", async () => {
    await open();
    await aside().getByRole("button", { name: "Disable save" }).click();
    const save = aside().getByTestId("settings-save");
    await expect(save.isDisabled()).resolves.toBe(true);
    await expect(save.textContent()).resolves.toBe("Save");
  });
});

describe("Integration → Plugins toggle (store/PluginStore.ts; store/PluginStore.ts updatePlugin)", () => {
  test("DocSpace 3.6: off and on both erase the stored settings; on re-runs the install without the settings value", async () => {
    const emu = await startDocSpaceEmulator();
    try {
      emu.plugins.install(buildFixturePlugin("order-probe"));
      emu.plugins.setState("order-probe", true, "precious");
      const host = await openHost(browser, emu, "owner", PLUGINS_PAGE);
      await waitForMenuKey(host.page, "order-probe-item");
      const toggle = (): ReturnType<Page["locator"]> =>
        host.page.locator("[data-testid=plugin-row][data-name=order-probe] [data-testid=plugin-toggle]");
      await toggle().click();
      await host.page.waitForFunction(() => window.__docspaceHost?.menuKeys?.().length === 0);
      expect(emu.plugins.get("order-probe")).toMatchObject({ enabled: false, settings: null });
      await toggle().click();
      await waitForMenuKey(host.page, "order-probe-item");
      expect(emu.plugins.get("order-probe")).toMatchObject({ enabled: true, settings: null });
      const calls = await pluginGlobal<string[]>(host.page, "calls");
      expect(calls.slice(6)).toEqual([
        "setAPI",
        "onLoadCallback:start",
        "onLoadCallback:end",
        "getStatus",
        "getContextMenuItems",
      ]);
      await host.context.close();
    } finally {
      await emu.close();
    }
  });

  // develop PluginStore.ts updatePlugin: `currentSettings = currentStatus ? settings : ""`.
  test("4.0: the toggle erases the settings too", async () => {
    const emu = await startDocSpaceEmulator({ hostVersion: "4.0" });
    try {
      emu.plugins.install(buildFixturePlugin("order-probe"));
      emu.plugins.setState("order-probe", true, "precious");
      const host = await openHost(browser, emu, "owner", PLUGINS_PAGE);
      await waitForMenuKey(host.page, "order-probe-item");
      await host.page
        .locator("[data-testid=plugin-row][data-name=order-probe] [data-testid=plugin-toggle]")
        .click();
      await host.page.waitForFunction(() => window.__docspaceHost?.menuKeys?.().length === 0);
      expect(emu.plugins.get("order-probe")?.enabled).toBe(false);
      expect(emu.plugins.get("order-probe")?.settings ?? "").toBe("");
      await host.context.close();
    } finally {
      await emu.close();
    }
  });
});
