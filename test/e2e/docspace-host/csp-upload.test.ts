import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import type { Browser, Page } from "playwright-core";

import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";
import { buildFixturePlugin, zipEntries } from "../../fixtures/plugins/build";
import { launchBrowser } from "../../support/browser";
import { openHost } from "./helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A loopback origin that answers every request with CORS allowed, so only the CSP can block it. */
async function startOrigin(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Access-Control-Allow-Origin": "*", "Content-Type": "text/plain" });
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function probeFetch(page: Page, url: string): Promise<string> {
  return page.evaluate((target) => {
    const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
    return (frame.contentWindow as unknown as { probeFetch: (u: string) => Promise<string> }).probeFetch(
      target,
    );
  }, url);
}

describe("Content-Security-Policy from cspDomains (DocSpace-server CspSettingsHelper.cs)", () => {
  let emu: DocSpaceEmulator;
  let listed: { url: string; server: Server };
  let unlisted: { url: string; server: Server };

  beforeAll(async () => {
    emu = await startDocSpaceEmulator();
    listed = await startOrigin();
    unlisted = await startOrigin();
    emu.plugins.install(buildFixturePlugin("csp-probe", { cspDomains: listed.url }));
  });
  afterAll(async () => {
    await emu.close();
    listed.server.close();
    unlisted.server.close();
  });

  test("the plugin iframe inherits the page CSP: a listed origin works, an unlisted one fails like in the portal", async () => {
    const host = await openHost(browser, emu, "user", "/rooms/shared");
    await host.page.waitForFunction(() => window.__docspaceHost?.plugin?.("csp-probe") !== undefined);
    await expect(probeFetch(host.page, `${listed.url}/x`)).resolves.toBe("ok:200");
    await expect(probeFetch(host.page, `${unlisted.url}/x`)).resolves.toBe(
      "error:TypeError: Failed to fetch",
    );
    await expect(probeFetch(host.page, `${emu.url}/api/2.0/people/@self`)).resolves.toBe("ok:200");
    await host.context.close();
  });

  test("disabling the plugin removes its domains after a reload; its script still loads", async () => {
    emu.plugins.setState("csp-probe", false, null);
    const host = await openHost(browser, emu, "user", "/rooms/shared");
    await host.page.waitForFunction(() => window.__docspaceHost?.plugin?.("csp-probe") !== undefined);
    await expect(probeFetch(host.page, `${listed.url}/x`)).resolves.toBe("error:TypeError: Failed to fetch");
    emu.plugins.setState("csp-probe", true, null);
    await host.context.close();
  });
});

describe("uploading from Integration → Plugins", () => {
  test("a valid zip installs and loads at once; a bad one shows the server's message", async () => {
    const emu = await startDocSpaceEmulator();
    try {
      const host = await openHost(browser, emu, "docspaceAdmin", "/portal-settings/integration/plugins");
      await host.page.getByTestId("plugin-upload-input").setInputFiles({
        name: "ui-probe.zip",
        mimeType: "application/zip",
        buffer: Buffer.from(buildFixturePlugin("ui-probe")),
      });
      await host.page.locator("[data-testid=plugin-row][data-name=ui-probe]").waitFor();
      await host.page.waitForFunction(() => window.__docspaceHost?.plugin?.("ui-probe") !== undefined);
      await expect(host.page.getByTestId("toast").last().textContent()).resolves.toBe("Plugin uploaded");
      expect(emu.plugins.get("ui-probe")?.enabled).toBe(true);

      const broken = zipEntries({
        "config.json": JSON.stringify({
          name: "broken",
          pluginName: "Broken",
          version: "1",
          minDocSpaceVersion: "3.5.0",
        }),
      });
      await host.page
        .getByTestId("plugin-upload-input")
        .setInputFiles({ name: "broken.zip", mimeType: "application/zip", buffer: Buffer.from(broken) });
      await host.page.locator("[data-testid=toast][data-type=error]").waitFor();
      await expect(host.page.locator("[data-testid=toast][data-type=error]").textContent()).resolves.toBe(
        "Wrong plugin archive. plugin.js not found",
      );

      const noVersion = buildFixturePlugin("csp-probe", { minDocSpaceVersion: "" });
      await host.page
        .getByTestId("plugin-upload-input")
        .setInputFiles({ name: "csp.zip", mimeType: "application/zip", buffer: Buffer.from(noVersion) });
      await host.page
        .locator("[data-testid=plugin-row][data-name=csp-probe] [data-testid=plugin-incompatible]")
        .waitFor();
      await expect(
        host.page.locator("[data-testid=toast][data-type=error]").last().textContent(),
      ).resolves.toContain("not compatible");
      await host.context.close();
    } finally {
      await emu.close();
    }
  });

  test("the page is for admins only", async () => {
    const emu = await startDocSpaceEmulator();
    try {
      const host = await openHost(browser, emu, "roomAdmin", "/portal-settings/integration/plugins");
      await expect(host.page.getByTestId("plugins-page").textContent()).resolves.toBe("Access denied");
      await host.context.close();
    } finally {
      await emu.close();
    }
  });
});

describe("sign-in page", () => {
  test("signs in with email and password and returns to the requested page", async () => {
    const emu = await startDocSpaceEmulator();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${emu.url}/rooms/shared`);
      await page.getByTestId("login-page").waitFor();
      await page.getByTestId("login-email").fill(emu.users.user.email);
      await page.getByTestId("login-password").fill(emu.users.user.password);
      await page.getByTestId("login-submit").click();
      await page.locator("[data-testid=file-row][data-title='Project Room']").waitFor();
      await expect(page.getByTestId("current-user").textContent()).resolves.toBe("Úna O'Brien");
      const cookie = (await context.cookies()).find((c) => c.name === "asc_auth_key");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
      await context.close();
    } finally {
      await emu.close();
    }
  });
});
