// Personal connections in a real Chromium with the built bundle: the refresh token is filed under
// the DocSpace user, removed when another user signs in on the same browser, kept for this tab
// only when the user asks, and removed when the user signs out of DocSpace.
import type { BrowserContext, Page } from "playwright-core";

import { configurePlugin, startStack, type Stack } from "../../support/stack";
import { connectDropbox, openDropboxConnection, openPortal, text, waitForSendItem } from "./portal";

let stack: Stack;
let context: BrowserContext;
let page: Page;

const PREFIX = "send-to-dropbox:token:";

/** Our keys in the portal origin's local and session storage. */
function storedKeys(target: Page): Promise<{ local: string[]; session: string[] }> {
  return target.evaluate((prefix) => {
    const keys = (storage: Storage): string[] => Object.keys(storage).filter((k) => k.startsWith(prefix));
    return { local: keys(localStorage), session: keys(sessionStorage) };
  }, PREFIX);
}

beforeAll(async () => {
  stack = await startStack();
  configurePlugin(stack, { appKey: "emulator-app", mode: "personal", folder: "/DocSpace" });
  context = await stack.newContext();
  ({ page } = await openPortal(context, stack.docspace, "user"));
  await waitForSendItem(page);
}, 60_000);
afterAll(async () => {
  await stack?.close();
});

test("the connection is filed under its DocSpace user and removed when another user signs in here", async () => {
  const dialog = await openDropboxConnection(page);
  await expect(connectDropbox(page, dialog)).resolves.toMatch(/^Connected as /u);
  const user = stack.docspace.users.user;
  expect(await storedKeys(page)).toEqual({ local: [`${PREFIX}${user.id}:emulator-app`], session: [] });

  // Someone else signs in on the same browser: their first page load removes the first user's token.
  await page.goto(stack.docspace.signInUrl("roomAdmin"));
  await waitForSendItem(page);
  await page.waitForFunction(
    (prefix) => !Object.keys(localStorage).some((k) => k.startsWith(prefix)),
    PREFIX,
  );
  expect(await storedKeys(page)).toEqual({ local: [], session: [] });
});

test('"don\'t keep me connected" keeps it in this tab only, and signing out removes it', async () => {
  const dialog = await openDropboxConnection(page);
  await dialog.getByTestId("plugin-checkbox").filter({ hasText: text["connect.sessionOnly"] }).click();
  await expect(connectDropbox(page, dialog)).resolves.toMatch(/^Connected as /u);
  const roomAdmin = stack.docspace.users.roomAdmin;
  expect(await storedKeys(page)).toEqual({ local: [], session: [`${PREFIX}${roomAdmin.id}:emulator-app`] });

  // Sign out the way the portal does: AuthStore.logout sets window.__redirectToLogin, then the
  // page leaves for the login page (ONLYOFFICE/DocSpace-client packages/shared/store/AuthStore.ts).
  await page.evaluate(() => {
    (window as unknown as { __redirectToLogin?: boolean }).__redirectToLogin = true;
    window.location.href = "/logout";
  });
  await page.waitForURL(/\/login/u);
  // Session storage survives navigation within the tab: only the plugin's sign-out handling empties it.
  expect(await storedKeys(page)).toEqual({ local: [], session: [] });
});
