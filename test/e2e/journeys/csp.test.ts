// The portal's Content-Security-Policy comes from the plugin's cspDomains, the hidden plugin iframe
// inherits it, and the production bundle reaches Dropbox at its real host names (Chromium resolves
// them to the emulator and trusts only the emulator's key). Shared mode, so no connect step.
import type { BrowserContext, Page } from "playwright-core";

import { SEED } from "../../emulators/docspace";
import { connectSharedDropbox, type Stack } from "../../support/stack";
import { folderPath, openPortal, sendAndWaitForToast, waitForSendItem } from "./portal";
import manifest from "../../../plugin.json";
import { embedderOf, portalVariants, startVariantStack } from "./variants";

describe.each(portalVariants())("$name", (variant) => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    stack = await startVariantStack(variant);
    connectSharedDropbox(stack, {
      folder: "/CSP",
    });
    context = await stack.newContext();
    ({ page } = await openPortal(context, stack.docspace, "roomAdmin", folderPath(SEED.rooms.project)));
    await waitForSendItem(page);
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  /** Runs a fetch inside the plugin iframe and reports how it ended, plus any CSP violation. */
  function fetchFromPlugin(url: string): Promise<{ outcome: string; violations: string[] }> {
    return page.evaluate(async (target) => {
      const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
      const win = frame.contentWindow as Window;
      const violations: string[] = [];
      const record = (event: SecurityPolicyViolationEvent): void => {
        violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
      };
      win.document.addEventListener("securitypolicyviolation", record);
      let outcome: string;
      try {
        const response = await win.fetch(target, { method: "POST" });
        outcome = `status ${response.status}`;
      } catch (error) {
        outcome = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      // Violation events are queued as tasks: let them arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      win.document.removeEventListener("securitypolicyviolation", record);
      return { outcome, violations };
    }, url);
  }

  describe("CSP and real host names", () => {
    test("the page's connect-src lists exactly the manifest's cspDomains beyond the defaults", async () => {
      const csp = await page.evaluate(async () =>
        (await fetch(location.href)).headers.get("content-security-policy"),
      );
      const connect = csp?.split("; ").find((directive) => directive.startsWith("connect-src ")) ?? "";
      // A framed portal's embedding site is on the same tenant list (JavaScript SDK allowed domains).
      const embedder = embedderOf(stack.docspace);
      expect(connect.split(" ").slice(1)).toEqual([
        "'self'",
        "data:",
        "ws:",
        ...manifest.cspDomains,
        ...(embedder ? [embedder] : []),
      ]);
      expect(stack.docspace.plugins.cspDomains()).toEqual(manifest.cspDomains);
    });

    test("from the plugin iframe, a listed Dropbox host is reachable and an unlisted origin is blocked", async () => {
      const listed = await fetchFromPlugin("https://api.dropboxapi.com/2/check/user");
      expect(listed.violations).toEqual([]);
      expect(listed.outcome).toMatch(/^status \d+$/);
      // www.dropbox.com resolves to the emulator too, so only the CSP can stop this request.
      const unlisted = await fetchFromPlugin("https://www.dropbox.com/2/check/user");
      expect(unlisted.outcome).toBe("TypeError: Failed to fetch");
      expect(unlisted.violations).toEqual(["connect-src https://www.dropbox.com/2/check/user"]);
    });

    test("a transfer goes to api.dropboxapi.com and content.dropboxapi.com, nowhere else", async () => {
      const toast = await sendAndWaitForToast(page, "Report.docx");
      expect(toast).toEqual({ type: "success", title: "Sent to Dropbox: /CSP/Report.docx" });
      const origins = await page.evaluate(() => {
        const frame = document.getElementById("plugin-iframe") as HTMLIFrameElement;
        const win = frame.contentWindow as Window;
        return [
          ...new Set(
            win.performance
              .getEntriesByType("resource")
              .map((entry) => new URL(entry.name).origin)
              .filter((origin) => origin !== location.origin),
          ),
        ].sort();
      });
      expect(origins).toEqual(["https://api.dropboxapi.com", "https://content.dropboxapi.com"]);
      expect(stack.dropbox.files().map((file) => file.pathDisplay)).toEqual(["/CSP/Report.docx"]);
    });
  });
});
