// The portal's floating operations button as the emulated host models it, driven by
// test/fixtures/plugins/floating-probe (installed twice, as two plugins). Only the 4.0 host has it,
// following the 2026 client (ONLYOFFICE/DocSpace-client packages/client/src/store/PluginStore.ts
// add/update/removePluginFloatingOperations, pages/Home/Hooks/usePluginOperations.ts,
// packages/shared/components/operations-progress-button); on 3.6 the actions are unknown and ignored.
import { readFileSync } from "node:fs";
import { join } from "node:path";

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
  loads: number;
  cancels: number;
  cleared: string[];
}

const ONE = "FloatingProbe";
const TWO = "FloatingProbeTwo";

/** The same probe under another plugin name and archive name. */
function secondProbe(): Uint8Array {
  const source = readFileSync(join(__dirname, "../../fixtures/plugins/floating-probe/plugin.js"), "utf8");
  return buildFixturePlugin(
    "floating-probe",
    { name: "floating-probe-two", pluginName: TWO },
    { "plugin.js": source.replace(`var NAME = "${ONE}";`, `var NAME = "${TWO}";`) },
  );
}

/** Calls a probe's function (setButton, push) in the plugin iframe. */
function call(page: Page, name: string, fn: "setButton" | "push", ...args: unknown[]): Promise<void> {
  return page.evaluate(
    ([plugin, method, values]) => {
      const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
      const probes = (frame.contentWindow as unknown as { probes: Record<string, Record<string, unknown>> })
        .probes;
      (probes[plugin]?.[method] as (...a: unknown[]) => void)(...values);
    },
    [name, fn, args] as const,
  );
}

/** What a probe recorded. */
async function probeOf(page: Page, name: string): Promise<Probe> {
  const probes = await pluginGlobal<Record<string, Probe>>(page, "probes");
  const probe = probes[name];
  if (!probe) throw new Error(`no probe ${name}`);
  return probe;
}

/** Clicks the toasts away: the emulated portal stacks them over the bottom-right corner. */
async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.getByTestId("toast");
  while ((await toasts.count()) > 0) await toasts.first().click();
}

async function waitToast(page: Page, title: string): Promise<void> {
  await page.waitForFunction((t) => window.__docspaceHost?.toasts.at(-1)?.title === t, title);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function choose(page: Page, key: string): Promise<void> {
  await menuFor(page, "Report.docx");
  await page.getByTestId(`menu-item-${key}`).click();
}

describe("3.6 host", () => {
  let emu: DocSpaceEmulator;
  let host: HostPage;

  beforeAll(async () => {
    emu = await startDocSpaceEmulator({ hostVersion: "3.6" });
    emu.plugins.install(buildFixturePlugin("floating-probe"));
    host = await openHost(browser, emu, "owner", folderPath(emu.seed.rooms.project));
    await waitForMenuKey(host.page, `${ONE}-add`);
  });
  afterAll(async () => {
    await host.context.close();
    await emu.close();
  });

  test("the floating-button actions are unknown: ignored silently, the rest of the message runs", async () => {
    const { page } = host;
    await call(page, ONE, "setButton", [["a", "A", 40]]);
    await choose(page, `${ONE}-add`);
    await waitToast(page, `${ONE} added`);
    await expect(page.getByTestId("floating-operations").count()).resolves.toBe(0);
    expect((await probeOf(page, ONE)).loads).toBe(0);
    expect(host.errors).toEqual([]);
  });
});

describe("4.0 host", () => {
  let emu: DocSpaceEmulator;
  let host: HostPage;
  const button = (page: Page) => page.getByTestId("floating-operations-button");
  const loads = async (page: Page, name: string): Promise<number> => (await probeOf(page, name)).loads;

  beforeAll(async () => {
    emu = await startDocSpaceEmulator({ hostVersion: "4.0" });
    emu.plugins.install(buildFixturePlugin("floating-probe"));
    emu.plugins.install(secondProbe());
    host = await openHost(browser, emu, "owner", folderPath(emu.seed.rooms.project));
    await waitForMenuKey(host.page, `${ONE}-add`);
    await waitForMenuKey(host.page, `${TWO}-add`);
  });
  afterAll(async () => {
    await host.context.close();
    await emu.close();
  });
  afterEach(async () => {
    await closeMenu(host.page);
  });

  test("a button without operations is not shown, yet its onLoad runs once and its answer is ignored", async () => {
    const { page } = host;
    await choose(page, `${ONE}-add`);
    await waitToast(page, `${ONE} added`);
    await page.waitForFunction(() => {
      const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
      const win = frame.contentWindow as unknown as { probes: Record<string, Probe> };
      return win.probes.FloatingProbe?.loads === 1;
    });
    await expect(page.getByTestId("floating-operations").count()).resolves.toBe(0);
    // Added again while present: no second onLoad, and onLoad's own answer was never dispatched.
    await choose(page, `${ONE}-add`);
    await waitToast(page, `${ONE} added`);
    expect(await loads(page, ONE)).toBe(1);
    const titles = await page.evaluate(() => window.__docspaceHost?.toasts.map((t) => t.title) ?? []);
    expect(titles).not.toContain(`${ONE} onLoad answer`);
  });

  test("update through dispatchMessage replaces the record: one operation shows its percent and Cancel", async () => {
    const { page } = host;
    await call(page, ONE, "setButton", [["a", "Probe job <b>A</b>", 40]]);
    await call(page, ONE, "push", ["update-floating-operations-button"]);
    await button(page).waitFor();
    await expect(button(page).getAttribute("data-percent")).resolves.toBe("40");
    await expect(button(page).getAttribute("data-count")).resolves.toBe("1");
    // The label is data: shown as text, never markup.
    await expect(page.getByTestId("floating-operations-tooltip").textContent()).resolves.toBe(
      "Probe job <b>A</b>",
    );
    // Cancel calls cancelOperation and dispatches its answer.
    await dismissToasts(page);
    await page.getByTestId("floating-operations-cancel").click();
    await waitToast(page, `${ONE} cancel`);
    expect((await probeOf(page, ONE)).cancels).toBe(1);
  });

  test("update for an id never added and add for an id present change nothing", async () => {
    const { page } = host;
    await call(page, ONE, "setButton", [
      ["a", "A", 90],
      ["b", "B", 10],
    ]);
    await call(page, ONE, "push", ["update-floating-operations-button"], "never-added");
    await call(
      page,
      ONE,
      "push",
      ["add-floating-operations-button", "remove-floating-operations-button"],
      "nope",
    );
    await call(page, ONE, "push", ["add-floating-operations-button"]);
    await expect(button(page).getAttribute("data-count")).resolves.toBe("1");
    await expect(button(page).getAttribute("data-percent")).resolves.toBe("40");
  });

  test("a dialog button's add never reaches the button (dialog controls pass no floating handlers)", async () => {
    const { page } = host;
    await call(page, TWO, "setButton", [["z", "Z", 5]]);
    await choose(page, `${TWO}-dialog`);
    const modal = page.getByTestId("plugin-modal");
    await modal.getByRole("button", { name: "Add from dialog" }).click();
    await waitToast(page, `${TWO} dialog answered`);
    await expect(button(page).getAttribute("data-count")).resolves.toBe("1");
    expect(await loads(page, TWO)).toBe(0);
    await page.getByTestId("plugin-modal-close").click();
    await modal.waitFor({ state: "detached" });
  });

  test("several plugins' operations show together: a count, no Cancel, a list with prefixed ids", async () => {
    const { page } = host;
    await call(page, TWO, "setButton", [
      ["x", "Two X", 30],
      ["y", "Two Y", 60, true],
    ]);
    await call(page, TWO, "setButton", [], { operationsAlert: true });
    await call(page, TWO, "setButton", [
      ["x", "Two X", 30],
      ["y", "Two Y", 60, true],
    ]);
    await choose(page, `${TWO}-add`);
    await page.locator("[data-testid=floating-operations-button][data-count='3']").waitFor();
    await expect(button(page).getAttribute("data-percent")).resolves.toBeNull();
    // Alert when any button says so; completed only when every one does.
    await expect(button(page).getAttribute("data-alert")).resolves.toBe("true");
    await expect(button(page).getAttribute("data-completed")).resolves.toBe("false");
    await expect(page.getByTestId("floating-operations-cancel").count()).resolves.toBe(0);
    await dismissToasts(page);
    await button(page).click();
    const rows = page.getByTestId("floating-operation");
    // Ids are prefixed with the plugin's name (its config.json `name`).
    await expect(rows.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id))).resolves.toEqual(
      ["floating-probe-a", "floating-probe-two-x", "floating-probe-two-y"],
    );
    // A completed row's clear goes to the first button whose plugin name starts the row id
    // (`operationId.startsWith(pluginName)`): "floating-probe" prefixes "floating-probe-two-y", so
    // the first plugin gets "two-y". The client really does this: a plugin whose name prefixes
    // another's receives the other's clears.
    await page
      .locator(
        "[data-testid=floating-operation][data-id='floating-probe-two-y'] [data-testid=floating-operation-clear]",
      )
      .click();
    await waitToast(page, `${ONE} cleared two-y`);
    expect((await probeOf(page, ONE)).cleared).toEqual(["two-y"]);
    expect((await probeOf(page, TWO)).cleared).toEqual([]);
    await dismissToasts(page);
    await button(page).click();
    await page.locator("[data-testid=floating-operations][data-list-open='false']").waitFor();
  });

  test("once every button says completed, it hides itself and is removed; adding again runs onLoad again", async () => {
    const { page } = host;
    const before = await loads(page, ONE);
    await call(page, ONE, "setButton", [["a", "A", 100, true]], { operationsCompleted: true });
    await call(page, ONE, "push", ["update-floating-operations-button"]);
    await call(page, TWO, "setButton", [["x", "Two X", 100, true]], {
      operationsCompleted: true,
      operationsAlert: false,
    });
    await call(page, TWO, "push", ["update-floating-operations-button"]);
    await page.mouse.move(1, 1);
    await page.locator("[data-testid=floating-operations-button][data-completed='true']").waitFor();
    await page.getByTestId("floating-operations").waitFor({ state: "detached", timeout: 15_000 });
    // The buttons were removed, not hidden: an update now finds nothing, an add starts over.
    await call(page, ONE, "setButton", [["c", "C", 10]], { operationsCompleted: false });
    await call(page, ONE, "push", ["update-floating-operations-button"]);
    await expect(page.getByTestId("floating-operations").count()).resolves.toBe(0);
    await choose(page, `${ONE}-add`);
    await button(page).waitFor();
    await page.waitForFunction((n) => {
      const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
      const win = frame.contentWindow as unknown as { probes: Record<string, Probe> };
      return win.probes.FloatingProbe?.loads === n + 1;
    }, before);
    expect(host.errors).toEqual([]);
  });
});
