import type { Browser } from "playwright-core";

import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";
import { buildFixturePlugin, zipEntries } from "../../fixtures/plugins/build";
import { launchBrowser } from "../../support/browser";
import { folderPath, openHost, pluginGlobal, waitForMenuKey } from "./helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("DocSpace 3.6 loader (store/PluginStore.ts)", () => {
  let emu: DocSpaceEmulator;
  beforeAll(async () => {
    emu = await startDocSpaceEmulator();
    emu.plugins.install(buildFixturePlugin("order-probe"));
  });
  afterAll(async () => {
    await emu.close();
  });

  test("one hidden about:blank iframe with window.Plugins, one async script per plugin", async () => {
    const { page, context } = await openHost(browser, emu, "user", "/rooms/shared");
    const frame = await page.evaluate(() => {
      const el = document.getElementById("plugin-iframe") as HTMLIFrameElement;
      const script = el.contentWindow?.document.getElementById("order-probe") as HTMLScriptElement | null;
      return {
        count: document.querySelectorAll("iframe#plugin-iframe").length,
        src: el.getAttribute("src"),
        sandbox: el.hasAttribute("sandbox"),
        display: el.style.display,
        href: el.contentWindow?.location.href,
        script: script ? { async: script.async, src: script.getAttribute("src"), type: script.type } : null,
      };
    });
    expect(frame).toEqual({
      count: 1,
      src: null,
      sandbox: false,
      display: "none",
      href: "about:blank",
      script: {
        async: true,
        src: "/storage/webplugins/order-probe/plugin.js?hash=1.0.0",
        type: "text/javascript",
      },
    });
    await context.close();
  });

  test("setAPI, onLoadCallback, then setAdminPluginSettingsValue during it, then getStatus and items", async () => {
    const { page, context } = await openHost(browser, emu, "owner", "/rooms/shared");
    await waitForMenuKey(page, "order-probe-item");
    expect(await pluginGlobal<string[]>(page, "calls")).toEqual([
      "setAPI",
      "onLoadCallback:start",
      "setAdminPluginSettingsValue:null",
      "onLoadCallback:end",
      "getStatus",
      "getContextMenuItems",
    ]);
    await context.close();
  });

  test("stored settings are handed over, and setLanguage is never called by DocSpace 3.6", async () => {
    emu.plugins.setState("order-probe", true, "stored-value");
    const { page, context } = await openHost(browser, emu, "guest", "/rooms/shared");
    await waitForMenuKey(page, "order-probe-item");
    const calls = await pluginGlobal<string[]>(page, "calls");
    expect(calls).toContain("setAdminPluginSettingsValue:stored-value");
    expect(calls.some((c) => c.startsWith("setLanguage"))).toBe(false);
    emu.plugins.setState("order-probe", true, null);
    await context.close();
  });

  test("the clone loses prototype methods and own properties override server fields", async () => {
    const { page, context } = await openHost(browser, emu, "owner", "/rooms/shared");
    await waitForMenuKey(page, "order-probe-item");
    const clone = await page.evaluate(() => {
      const plugin = window.__docspaceHost?.plugin?.("order-probe");
      return {
        protoMethod: typeof plugin?.protoMethod,
        getStatus: typeof plugin?.getStatus,
        version: plugin?.version,
        url: plugin?.url,
        compatible: plugin?.compatible,
        mapCopied: plugin?.contextMenuItems instanceof Map,
      };
    });
    expect(clone).toEqual({
      protoMethod: "undefined",
      getStatus: "function",
      version: "own-version",
      url: "/storage/webplugins/order-probe/plugin.js?hash=1.0.0",
      compatible: true,
      mapCopied: true,
    });
    await context.close();
  });

  test("disabled plugins are loaded and get their settings, but are not installed", async () => {
    emu.plugins.setState("order-probe", false, "while-off");
    const { page, context } = await openHost(browser, emu, "owner", "/rooms/shared");
    await page.waitForFunction(() => window.__docspaceHost?.plugin?.("order-probe") !== undefined);
    await page.waitForTimeout(200);
    expect(await pluginGlobal<string[]>(page, "calls")).toEqual(["setAdminPluginSettingsValue:while-off"]);
    expect(await page.evaluate(() => window.__docspaceHost?.menuKeys?.())).toEqual([]);
    emu.plugins.setState("order-probe", true, null);
    await context.close();
  });

  test("plugin.css is stored but never loaded", async () => {
    emu.plugins.install(buildFixturePlugin("csp-probe", {}, { "plugin.css": "body { --probe: 1; }" }));
    expect(emu.plugins.get("csp-probe")?.files).toContain("plugin.css");
    const { page, context } = await openHost(browser, emu, "owner", "/rooms/shared");
    await page.waitForFunction(() => window.__docspaceHost?.plugin?.("csp-probe") !== undefined);
    await expect(page.locator("link[href*='plugin.css']").count()).resolves.toBe(0);
    emu.plugins.remove("csp-probe");
    await context.close();
  });

  test("a bundle that does not register under pluginName is listed but inert", async () => {
    const zip = zipEntries({
      "config.json": JSON.stringify({
        name: "inert",
        version: "1",
        minDocSpaceVersion: "3.5.0",
        pluginName: "Inert",
        scopes: "API,ContextMenu",
      }),
      "plugin.js": "window.Plugins.SomethingElse = { getStatus: function () { return 'active'; } };",
    });
    emu.plugins.install(zip);
    const { page, context, errors } = await openHost(browser, emu, "owner", "/rooms/shared");
    await page.waitForFunction(() => window.__docspaceHost?.plugin?.("inert") !== undefined);
    expect(await page.evaluate(() => typeof window.__docspaceHost?.plugin?.("inert")?.getStatus)).toBe(
      "undefined",
    );
    expect(errors).toEqual([]);
    emu.plugins.remove("inert");
    await context.close();
  });
});

describe("4.0 loader additions (develop PluginStore.ts initLocalePlugin; store/PluginStore.ts)", () => {
  let emu: DocSpaceEmulator;
  beforeAll(async () => {
    emu = await startDocSpaceEmulator({ hostVersion: "4.0" });
    emu.plugins.install(buildFixturePlugin("order-probe"));
  });
  afterAll(async () => {
    await emu.close();
  });

  test("plugin.css is injected as a <link> (DocSpace 3.6 never loads it)", async () => {
    emu.plugins.install(buildFixturePlugin("csp-probe", {}, { "plugin.css": "body { --probe: 1; }" }));
    const { page, context } = await openHost(browser, emu, "owner", "/rooms/shared");
    await page.waitForFunction(() => window.__docspaceHost?.plugin?.("csp-probe") !== undefined);
    await expect(page.locator("link#csp-probe-css").getAttribute("href")).resolves.toBe(
      "/storage/webplugins/csp-probe/plugin.css?hash=1.0.0",
    );
    emu.plugins.remove("csp-probe");
    await context.close();
  });

  test("setLanguage comes before setAPI; settings arrive during onLoadCallback, as on 3.6", async () => {
    emu.plugins.setState("order-probe", true, "v40");
    const { page, context } = await openHost(browser, emu, "guest", folderPath(emu.seed.rooms.project));
    await page.waitForFunction(() => {
      const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement | null;
      const calls = (frame?.contentWindow as unknown as { calls?: string[] } | null)?.calls ?? [];
      // The whole sequence, not its first settings call: onLoadCallback ends after the settings arrive.
      return calls.includes("getContextMenuItems");
    });
    const calls = await pluginGlobal<string[]>(page, "calls");
    // develop PluginStore.ts initPlugin: initLocalePlugin, then installPlugin (not awaited), then
    // setAdminPluginSettingsValue.
    expect(calls.slice(0, 7)).toEqual([
      "setLanguage:de-DE",
      "setAPI",
      "onLoadCallback:start",
      "setAdminPluginSettingsValue:v40",
      "onLoadCallback:end",
      "getStatus",
      "getContextMenuItems",
    ]);
    await context.close();
  });
});
